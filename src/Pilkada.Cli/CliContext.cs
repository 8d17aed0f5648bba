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
    public Option<string> Lang { get; } = new("--lang")
    {
        Description = "Language of the output: id (Bahasa Indonesia) or en (English). Default: en.",
        Recursive = true,
        DefaultValueFactory = _ => "en",
    };

    public PilkadaLanguage LanguageOf(ParseResult result) =>
        PilkadaLanguages.TryParse(result.GetValue(Lang), out var language) ? language : PilkadaLanguage.English;

    public bool JsonOf(ParseResult result) => result.GetValue(Json);
}
