using System.CommandLine;
using NodaTime;
using Pilkada.Domain;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Cli;

/// <summary>What every command needs: where to write, the global options, the catalogues.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public RegionCatalog Regions => RegionCatalog.Default;

    public ElectionCatalog Elections => ElectionCatalog.Default;

    /// <summary>"Now", for commands whose default date is today (tests pass a fixed clock).</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>--json: machine-readable output.</summary>
    public Option<bool> Json { get; } = new("--json") { Description = "Write the answer as JSON.", Recursive = true };

    /// <summary>--lang id|en: the language of the output.</summary>
    public Option<string> Lang { get; } = CreateLang();

    private static Option<string> CreateLang()
    {
        var lang = new Option<string>("--lang")
        {
            Description = "Language of the output: id (Bahasa Indonesia) or en (English). Default: en.",
            Recursive = true,
            DefaultValueFactory = _ => "en",
        };

        // A language the CLI does not speak is a wrong command line (exit 1), not a silent English answer.
        lang.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!PilkadaLanguages.TryParse(value, out _))
            {
                result.AddError($"--lang: '{value}' is not a language of the output; use id (Bahasa Indonesia) or en (English). / --lang: '{value}' bukan bahasa keluaran; gunakan id atau en.");
            }
        });
        return lang;
    }

    public PilkadaLanguage LanguageOf(ParseResult result) =>
        PilkadaLanguages.TryParse(result.GetValue(Lang), out var language) ? language : PilkadaLanguage.English;

    public bool JsonOf(ParseResult result) => result.GetValue(Json);

    /// <summary>Reports an error the way the output was asked for (a JSON error object on stdout, or text on stderr) and returns the exit code.</summary>
    public int Fail(bool json, string status, string message, int exit)
    {
        if (json)
        {
            CliJson.Write(Out, new ErrorDto(status, message), CliJsonContext.Default.ErrorDto);
        }
        else
        {
            Error.WriteLine(message);
        }

        return exit;
    }
}
