using System.CommandLine;
using Pilkada.Domain;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Cli.Commands;

/// <summary><c>pilkada region &lt;code or name&gt;</c>: what a region is, where it is, its zone and population, and the contests it votes in.</summary>
internal static class RegionCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("code-or-name") { Description = "A region code (52.72, 5272) or a name (\"Kota Bima\", \"Pangkal Pinang\")." };
        var command = new Command("region", "Show a region: code, kind, name, the regions above it, time zone, population and the contests it votes in (with single-candidate, re-run and re-vote facts); or the candidates when a name is ambiguous.")
        {
            query,
        };
        command.SetAction(result => Run(context, result.GetRequiredValue(query), context.LanguageOf(result), context.JsonOf(result)));
        return command;
    }

    internal static int Run(CliContext context, string text, PilkadaLanguage language, bool json)
    {
        var resolution = context.Regions.Resolve(text);
        var lookup = resolution.Lookup;
        switch (lookup.Status)
        {
            case RegionLookupStatus.Found:
                var region = lookup.Region!;
                if (json)
                {
                    var dto = ToDto(region) with
                    {
                        Contests = [.. context.Elections.ContestsFor(region.Code).Select(c => ContestsCommand.ToDto(c, language))],
                        NoContestReason = NoContestReason(region, language),
                    };
                    CliJson.Write(context.Out, new RegionAnswerDto("found", dto, null, null), CliJsonContext.Default.RegionAnswerDto);
                }
                else
                {
                    WriteRegion(context.Out, region, language);
                    WriteContests(context, region, language);
                }

                return ExitCodes.Ok;

            case RegionLookupStatus.Malformed:
                var message = RegionCodeFormatException.Describe(lookup.ParseError, text.Trim(), language);
                if (json)
                {
                    CliJson.Write(context.Out, new ErrorDto("malformed", message, lookup.ParseError.MessageKey, lookup.ParseError.Position), CliJsonContext.Default.ErrorDto);
                }
                else
                {
                    context.Error.WriteLine(message);
                }

                return ExitCodes.Invalid;

            case RegionLookupStatus.Retired:
                var retired = lookup.RetiredRegion!;
                return NotFound(context, json, CliText.Format("retired", language, lookup.Code, context.Regions.Edition, retired.LastEdition, retired.Name), "retired");

            default:
                if (!lookup.Code.IsEmpty)
                {
                    return NotFound(context, json, CliText.Format("notInCatalog", language, lookup.Code, context.Regions.Edition), "notInCatalog");
                }

                return Candidates(context, text, resolution, language, json);
        }
    }

    private static int NotFound(CliContext context, bool json, string message, string status)
    {
        if (json)
        {
            CliJson.Write(context.Out, new RegionAnswerDto(status, null, null, message), CliJsonContext.Default.RegionAnswerDto);
        }
        else
        {
            context.Error.WriteLine(message);
        }

        return ExitCodes.NotFound;
    }

    private static int Candidates(CliContext context, string text, RegionResolution resolution, PilkadaLanguage language, bool json)
    {
        var candidates = resolution.Candidates;
        if (json)
        {
            var dto = candidates.Select(c => new CandidateDto(
                c.Region.Code.ToString(), c.Region.Name, c.Region.Kind.ToString(), c.Kind.ToString(), c.Region.Parent?.Name)).ToList();
            var status = candidates.Count == 0 ? "notFound" : resolution.IsAmbiguous ? "ambiguous" : "noExactMatch";
            var message = candidates.Count == 0 ? CliText.Format("noMatch", language, text) : null;
            CliJson.Write(context.Out, new RegionAnswerDto(status, null, dto, message), CliJsonContext.Default.RegionAnswerDto);
            return ExitCodes.NotFound;
        }

        if (candidates.Count == 0)
        {
            context.Error.WriteLine(CliText.Format("noMatch", language, text));
            return ExitCodes.NotFound;
        }

        context.Out.WriteLine(resolution.IsAmbiguous
            ? CliText.Format("ambiguous", language, text)
            : CliText.Format("noMatch", language, text) + " " + CliText.Get("closest", language));
        foreach (var candidate in candidates)
        {
            var r = candidate.Region;
            var within = string.Join(", ", r.Ancestors.Reverse().Select(a => a.Name));
            context.Out.WriteLine($"  {r.Code,-13}  {r.DisplayName}{(within.Length > 0 ? " — " + within : string.Empty)}");
        }

        return ExitCodes.NotFound;
    }

    private static void WriteRegion(TextWriter output, Region region, PilkadaLanguage language)
    {
        var label = (string key) => (CliText.Get(key, language) + ":").PadRight(21);
        output.WriteLine($"{region.Code}  {region.DisplayName}");
        output.WriteLine($"{label("kind")}{region.Kind}");
        foreach (var ancestor in region.Ancestors.Reverse())
        {
            output.WriteLine($"{label("parents")}{ancestor.Code}  {ancestor.DisplayName}");
        }

        var zone = region.DateTimeZone;
        output.WriteLine($"{label("timeZone")}{region.TimeZone.Abbreviation()} ({zone.Id}, UTC+{(int)region.TimeZone})");
        if (region.Population is { } population)
        {
            output.WriteLine($"{label("population")}{CliText.Number(population.Total, language)} ({CliText.Get("male", language)} {CliText.Number(population.Male, language)}, {CliText.Get("female", language)} {CliText.Number(population.Female, language)})");
        }

        if (region.AreaSquareKilometres is { } area)
        {
            output.WriteLine($"{label("area")}{CliText.Decimal(area, language)} km²");
        }

        var below = Below(region);
        if (below.Count > 0)
        {
            output.WriteLine($"{label("children")}{string.Join(", ", below.Select(b => $"{CliText.Number(b.Value, language)} {b.Key}"))}");
        }

        output.WriteLine($"{label("edition")}{region.Catalog.Edition}");
    }

    private static void WriteContests(CliContext context, Region region, PilkadaLanguage language)
    {
        var label = (CliText.Get("contests", language) + ":").PadRight(21);
        var contests = context.Elections.ContestsFor(region.Code);
        var idWidth = contests.Count == 0 ? 0 : contests.Max(c => c.Id.ToString().Length);
        foreach (var contest in contests)
        {
            var day = context.Elections.Find(contest.Election)?.VotingDay;
            var when = day is { } d ? ", " + PilkadaMessages.FormatDate(d, language) : string.Empty;
            context.Out.WriteLine($"{label}{contest.Id.ToString().PadRight(idWidth)}  {contest.Title(language)}{when}{ContestsCommand.Facts(contest, language)}");
            label = new string(' ', 21);
        }

        if (NoContestReason(region, language) is { } reason)
        {
            context.Out.WriteLine($"{label}{reason}");
        }
    }

    /// <summary>Why the region itself holds no contest (DI Yogyakarta's governor, DKI Jakarta's administrative units), or null.</summary>
    private static string? NoContestReason(Region region, PilkadaLanguage language)
    {
        if (region.Level is not (RegionLevel.Provinsi or RegionLevel.KabupatenKota) || ContestRules.KindFor(region) is not null)
        {
            return null;
        }

        var kind = ContestId.KindOf(region.Code) ?? ContestKind.Gubernur;
        var error = ContestRules.Check(kind, region);
        return error == ContestError.None
            ? null
            : PilkadaMessages.Format("Contest." + error, language,
                new MessageArgument("region", $"{region.Name} ({region.Code})"),
                new MessageArgument("kind", kind.GetName(language)),
                new MessageArgument("expected", kind.GetName(language)));
    }

    private static Dictionary<string, int> Below(Region region)
    {
        var below = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var level = region.Level + 1; level <= RegionLevel.DesaKelurahan; level++)
        {
            below[level switch
            {
                RegionLevel.KabupatenKota => "kabupaten/kota",
                RegionLevel.Kecamatan => region.Code.ProvinceNumber is >= 91 and <= 96 ? "distrik" : "kecamatan",
                _ => "desa/kelurahan",
            }] = region.CountDescendants(level);
        }

        return below;
    }

    internal static RegionDto ToDto(Region region) => new(
        region.Code.ToString(),
        region.Name,
        region.Kind.ToString(),
        region.Level.ToString(),
        region.Ancestors.Select(a => new RegionRef(a.Code.ToString(), a.Name, a.Kind.ToString())).ToList(),
        new TimeZoneInfoDto(region.TimeZone.Abbreviation(), region.DateTimeZone.Id, (int)region.TimeZone),
        region.Population is { } p ? new PopulationDto(p.Male, p.Female, p.Total) : null,
        region.AreaSquareKilometres,
        Below(region),
        region.Catalog.Edition);
}
