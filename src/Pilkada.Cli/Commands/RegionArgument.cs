using Pilkada.Domain;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Cli.Commands;

/// <summary>Reads the --region, --province and --election options of the election commands, with the usual exit codes.</summary>
internal static class RegionArgument
{
    /// <summary>
    /// Resolves a code or name to one region. On failure writes the reason (or the candidates) and returns the exit
    /// code: 2 for a malformed code, 3 for an unknown or ambiguous name.
    /// </summary>
    public static bool TryResolve(CliContext context, string text, RegionLevel? level, PilkadaLanguage language, bool json, out Region? region, out int exit)
    {
        region = null;
        exit = ExitCodes.Ok;
        var trimmed = text.Trim();
        RegionResolution resolution;
        if (level is { } wanted && trimmed.Length > 0 && !char.IsAsciiDigit(trimmed[0]))
        {
            // A name for a given level: search that level only, so that "Papua Barat" is the province, not a kabupaten.
            var matches = context.Regions.Search(trimmed, new RegionSearchOptions { Level = wanted, Limit = 20 });
            var exact = matches.Where(m => m.Kind == RegionMatchKind.Exact).ToList();
            if (exact.Count == 1 || (exact.Count == 0 && matches.Count == 1))
            {
                region = (exact.Count == 1 ? exact[0] : matches[0]).Region;
                return true;
            }

            resolution = new RegionResolution(new RegionLookup(RegionLookupStatus.NotInCatalog, default, null, null, default), exact.Count > 1 ? exact : matches);
        }
        else
        {
            resolution = context.Regions.Resolve(trimmed);
        }

        var lookup = resolution.Lookup;
        if (lookup.Status == RegionLookupStatus.Found)
        {
            region = lookup.Region!;
            if (level is { } required && region.Level != required)
            {
                exit = Fail(context, json, "wrongLevel", ExitCodes.Invalid, CliText.Format("wrongLevel", language, region.Code, region.Name, CliText.Get(required == RegionLevel.Provinsi ? "levelProvince" : "levelKabupatenKota", language)));
                region = null;
                return false;
            }

            return true;
        }

        if (lookup.Status == RegionLookupStatus.Malformed)
        {
            var message = RegionCodeFormatException.Describe(lookup.ParseError, trimmed, language);
            if (json)
            {
                CliJson.Write(context.Out, new ErrorDto("malformed", message, lookup.ParseError.MessageKey, lookup.ParseError.Position), CliJsonContext.Default.ErrorDto);
            }
            else
            {
                context.Error.WriteLine(message);
            }

            exit = ExitCodes.Invalid;
            return false;
        }

        if (!lookup.Code.IsEmpty)
        {
            exit = Fail(context, json, "notInCatalog", ExitCodes.NotFound, CliText.Format("notInCatalog", language, lookup.Code, context.Regions.Edition));
            return false;
        }

        var candidates = resolution.Candidates;
        if (candidates.Count == 0)
        {
            exit = Fail(context, json, "notFound", ExitCodes.NotFound, CliText.Format("noMatch", language, trimmed));
            return false;
        }

        var list = string.Join(Environment.NewLine, candidates.Select(c => $"  {c.Region.Code,-13}  {c.Region.DisplayName}"));
        exit = Fail(context, json, resolution.IsAmbiguous ? "ambiguous" : "noExactMatch", ExitCodes.NotFound,
            (resolution.IsAmbiguous ? CliText.Format("ambiguous", language, trimmed) : CliText.Format("noMatch", language, trimmed) + " " + CliText.Get("closest", language)) +
            Environment.NewLine + list);
        return false;
    }

    /// <summary>Reads --election; on failure writes the known ids and returns exit code 2 (malformed) or 3 (unknown).</summary>
    public static bool TryElection(CliContext context, string? text, PilkadaLanguage language, bool json, out Election? election, out int exit)
    {
        election = null;
        exit = ExitCodes.Ok;
        if (text is null)
        {
            election = context.Elections.Pilkada2024;
            return true;
        }

        if (!ElectionId.TryParse(text.AsSpan(), out var id, out var error))
        {
            exit = ExitCodes.Invalid;
            var message = ElectionIdFormatException.Describe(error, text, language);
            if (json)
            {
                CliJson.Write(context.Out, new ErrorDto("malformed", message, error.MessageKey, error.Position), CliJsonContext.Default.ErrorDto);
            }
            else
            {
                context.Error.WriteLine(message);
            }

            return false;
        }

        if (context.Elections.TryGet(id, out election))
        {
            return true;
        }

        exit = Fail(context, json, "notFound", ExitCodes.NotFound, PilkadaMessages.Format("ElectionCatalog.NotFound", language,
            new MessageArgument("election", id.ToString()), new MessageArgument("known", string.Join(", ", context.Elections.Elections.Select(e => e.Id)))));
        return false;
    }

    private static int Fail(CliContext context, bool json, string status, int exit, string message)
    {
        if (json)
        {
            CliJson.Write(context.Out, new ErrorDto(status, message), CliJsonContext.Default.ErrorDto);
        }
        else
        {
            context.Error.WriteLine(message);
        }

        return exit;
    }
}
