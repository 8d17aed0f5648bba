using Pilkada.Cli;

namespace Pilkada.Domain.Tests.Infrastructure;

/// <summary>Runs the pilkada CLI in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PilkadaCli.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the CLI with "now" fixed at an instant (for commands whose default date is today).</summary>
    public static (int ExitCode, string Out, string Error) RunAt(NodaTime.Instant now, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PilkadaCli.RunAsync(args, output, error, new FixedClock(now)).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }
}

