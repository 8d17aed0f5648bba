using System.CommandLine;
using System.Text.Json;
using NodaTime;
using Pilkada.Cli;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cli;

/// <summary>Every command takes --json and --lang id|en and answers with the exit codes of <see cref="ExitCodes"/>.</summary>
public class CliConsistencyTests
{
    private static readonly Instant Now = Instant.FromUtc(2024, 11, 2, 2, 0);

    private static IEnumerable<Command> AllCommands(Command command) =>
        command.Subcommands.SelectMany(c => AllCommands(c).Prepend(c));

    private static IEnumerable<Option> OptionsOf(Command command)
    {
        var options = command.Options.ToList();
        foreach (var parent in Ancestors(command))
        {
            options.AddRange(parent.Options.Where(o => o.Recursive));
        }

        return options;
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return parent;
        }
    }

    [Fact]
    public void Every_registered_command_takes_json_and_lang()
    {
        var root = PilkadaCli.Build(new CliContext(TextWriter.Null, TextWriter.Null));
        var commands = AllCommands(root).ToList();

        Assert.True(commands.Count >= 12, $"only {commands.Count} commands registered");
        Assert.All(commands, command =>
        {
            var names = OptionsOf(command).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
            Assert.True(names.Contains("--json") && names.Contains("--lang"), $"'{command.Name}' lacks --json or --lang: {string.Join(", ", names)}");
        });
        Assert.Contains(commands, c => c.Name == "replay" && c.Parents.OfType<Command>().Single().Name == "case");
    }

    [Theory]
    [InlineData("region")]
    [InlineData("schedule")]
    [InlineData("contests")]
    [InlineData("nik")]
    [InlineData("nip")]
    [InlineData("offence")]
    [InlineData("validate")]
    [InlineData("case")]
    [InlineData("deadline")]
    [InlineData("risk")]
    [InlineData("stats")]
    public void A_language_the_CLI_does_not_speak_is_a_wrong_command_line(string command)
    {
        var (exit, _, error) = CliRunner.RunAt(Now, command, "x", "--lang", "fr");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--lang: 'fr'", error, StringComparison.Ordinal);
    }

    public static TheoryData<string[], int> OneExitCodePerCommand() => new()
    {
        { ["region", "52.99"], ExitCodes.NotFound },
        { ["region", "52.7x"], ExitCodes.Invalid },
        { ["schedule", "--on", "2024-13-45"], ExitCodes.Invalid },
        { ["contests", "--kind", "presiden"], ExitCodes.Usage },
        { ["nik", "5272016609860000"], ExitCodes.Invalid },
        { ["nip", "19860926201505100"], ExitCodes.Invalid },
        { ["nik", "1971026609860003", "--on", "kemarin"], ExitCodes.Usage },
        { ["offence", "tidak ada pasal seperti ini"], ExitCodes.NotFound },
        { ["validate", "no-such-laporan.json"], ExitCodes.FileError },
        { ["validate", "no-such-laporan.json", "--regime", "dpr"], ExitCodes.Usage },
        { ["case", "no-such-case.json"], ExitCodes.FileError },
        { ["case", "replay", "no-such-case.json"], ExitCodes.FileError },
        { ["deadline", "--known", "kemarin", "--region", "19.71"], ExitCodes.Invalid },
        { ["risk", "52.72", "--score", "250"], ExitCodes.Invalid },
        { ["risk", "--score", "50"], ExitCodes.Usage },
        { ["stats", "no-such-cases.jsonl"], ExitCodes.FileError },
        { ["stats", "no-such-cases.jsonl", "--by", "planet"], ExitCodes.Usage },
    };

    [Theory]
    [MemberData(nameof(OneExitCodePerCommand))]
    public void Each_command_answers_with_its_exit_code_in_text_and_in_JSON(string[] args, int expected)
    {
        var text = CliRunner.RunAt(Now, args);
        var json = CliRunner.RunAt(Now, [.. args, "--json", "--lang", "id"]);

        Assert.Equal(expected, text.ExitCode);
        Assert.Equal(expected, json.ExitCode);
        // Under --json the answer (or the error) is a JSON document on stdout, also when the parser rejects the command line.
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Theory]
    [InlineData(new[] { "nik" }, "Required argument 'number' missing")]
    [InlineData(new[] { "region", "52.72", "--bogus" }, "'--bogus'")]
    [InlineData(new[] { "planet" }, "'planet'")]
    [InlineData(new[] { "nip", "198609262015051001", "--lang", "fr" }, "--lang: 'fr'")]
    public void Under_json_a_wrong_command_line_is_a_JSON_error_with_the_parser_s_reason(string[] args, string reason)
    {
        var (exit, output, error) = CliRunner.RunAt(Now, [.. args, "--json"]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(error);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("usage", document.RootElement.GetProperty("status").GetString());
        Assert.Contains(reason, document.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_json_a_wrong_command_line_gets_the_reason_and_the_help_text()
    {
        var (exit, output, error) = CliRunner.RunAt(Now, "nik");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Required argument 'number' missing", error + output, StringComparison.Ordinal);
        Assert.Contains("Usage:", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_replay_is_the_same_command_as_case()
    {
        var file = Directory.GetFiles(RepositoryRoot.Combine("examples/cases"), "*.json").Order(StringComparer.Ordinal).First();

        var plain = CliRunner.RunAt(Now, "case", file, "--json");
        var replay = CliRunner.RunAt(Now, "case", "replay", file, "--json");

        Assert.Equal(ExitCodes.Ok, replay.ExitCode);
        Assert.Equal(plain.Out, replay.Out);
    }
}
