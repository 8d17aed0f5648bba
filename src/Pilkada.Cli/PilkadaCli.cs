using System.CommandLine;
using Pilkada.Cli.Commands;

namespace Pilkada.Cli;

/// <summary>The pilkada command line: builds the commands and runs one.</summary>
internal static class PilkadaCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, NodaTime.IClock? clock = null)
    {
        var context = new CliContext(output, error) { Clock = clock ?? NodaTime.SystemClock.Instance };
        var root = Build(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && WantsJson(parseResult, context))
        {
            // Under --json a command line the parser rejects (a missing argument, an unknown option) is answered like
            // every other failure: a JSON object with status and message on stdout, exit 1 — not the help text.
            var message = string.Join(" ", parseResult.Errors.Select(e => e.Message));
            CliJson.Write(output, new ErrorDto("usage", message), CliJsonContext.Default.ErrorDto);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parseResult.InvokeAsync(configuration).ConfigureAwait(false);
    }

    private static bool WantsJson(ParseResult parseResult, CliContext context) =>
        parseResult.GetResult(context.Json) is { Implicit: false } result && !result.Errors.Any() && parseResult.GetValue(context.Json);

    /// <summary>The root command with every subcommand; <c>--json</c> and <c>--lang</c> are recursive, so every command takes them.</summary>
    internal static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "pilkada — Indonesia's regional head elections (Pilkada) from the data inside Pilkada.Domain. " + ExitCodes.Description);
        root.Options.Add(context.Json);
        root.Options.Add(context.Lang);
        root.Subcommands.Add(RegionCommand.Create(context));
        root.Subcommands.Add(RiskCommand.Create(context));
        root.Subcommands.Add(NikCommand.Create(context));
        root.Subcommands.Add(NipCommand.Create(context));
        root.Subcommands.Add(ScheduleCommand.Create(context));
        root.Subcommands.Add(ContestsCommand.Create(context));
        root.Subcommands.Add(OffenceCommand.Create(context));
        root.Subcommands.Add(CaseCommand.Create(context));
        root.Subcommands.Add(DeadlineCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        return root;
    }
}
