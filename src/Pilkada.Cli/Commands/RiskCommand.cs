using System.CommandLine;
using System.Globalization;
using Pilkada.Domain;
using Pilkada.Domain.Oversight;
using Pilkada.Domain.Regions;

namespace Pilkada.Cli.Commands;

/// <summary><c>pilkada risk &lt;region&gt; [--score n]</c>: the published vulnerability ratings of a region and its province.</summary>
internal static class RiskCommand
{
    public static Command Create(CliContext context)
    {
        var region = new Argument<string>("region") { Description = "A region code or name (kabupaten/kota or province)." };
        var score = new Option<double?>("--score") { Description = "A score (0–100) to classify under the IKP 2024 bands of the region's level." };
        var command = new Command("risk", "Show the vulnerability ratings published for a region (Bawaslu IKP 2024, the Pilkada 2024 mapping, the ASN-neutrality index, Polri IPKP) and classify a score.")
        {
            region,
            score,
        };
        command.SetAction(result => Run(context, result.GetRequiredValue(region), result.GetValue(score), context.LanguageOf(result), context.JsonOf(result)));
        return command;
    }

    internal static int Run(CliContext context, string text, double? score, PilkadaLanguage language, bool json)
    {
        var resolution = context.Regions.Resolve(text);
        if (resolution.Region is not { } region)
        {
            return RegionCommand.Run(context, text, language, json);
        }

        var rated = region.Level >= RegionLevel.KabupatenKota ? region.AncestorAt(RegionLevel.KabupatenKota) : region;
        var chain = rated.Level == RegionLevel.Provinsi ? new[] { rated } : [rated, rated.Province];
        var ratings = chain.SelectMany(r => VulnerabilityIndices.RatingsOf(r.Code)).ToList();
        var thresholds = VulnerabilityIndices.Ikp2024.ThresholdsFor(rated.Level)!;
        VulnerabilityBand? band = null;
        if (score is { } s)
        {
            if (!thresholds.TryClassify(s, out var b))
            {
                var message = PilkadaMessages.Format("Vulnerability.ScoreOutOfRange", language, new MessageArgument("score", s));
                if (json)
                {
                    CliJson.Write(context.Out, new ErrorDto("invalid", message), CliJsonContext.Default.ErrorDto);
                }
                else
                {
                    context.Error.WriteLine(message);
                }

                return ExitCodes.Invalid;
            }

            band = b;
        }

        if (json)
        {
            var dto = new RiskAnswerDto(
                rated.Code.ToString(),
                rated.Name,
                ratings.Select(r => new RatingDto(r.IndexId, IndexName(r.IndexId, language), r.Region.ToString(), context.Regions[r.Region].Name,
                    r.Score, r.Band?.ToString(), r.Rank, r.Confidence.ToString(), r.SourceUrl, r.Note)).ToList(),
                thresholds.PublishedRanges,
                score,
                band?.ToString());
            CliJson.Write(context.Out, dto, CliJsonContext.Default.RiskAnswerDto);
            return ExitCodes.Ok;
        }

        context.Out.WriteLine($"{rated.Code}  {rated.DisplayName}");
        foreach (var r in chain)
        {
            var own = ratings.Where(x => x.Region == r.Code).ToList();
            if (r != rated)
            {
                context.Out.WriteLine($"{r.Code}  {r.DisplayName}");
            }

            if (own.Count == 0)
            {
                context.Out.WriteLine("  " + CliText.Get("noRating", language));
            }

            foreach (var rating in own)
            {
                var parts = new List<string>();
                if (rating.Band is { } rb)
                {
                    parts.Add(rb.ToString().ToLowerInvariant());
                }

                if (rating.Score is { } rs)
                {
                    parts.Add(CliText.Decimal(rs, language));
                }

                if (rating.Rank is { } rank)
                {
                    parts.Add(string.Format(CultureInfo.InvariantCulture, CliText.Get("rank", language), rank));
                }

                context.Out.WriteLine($"  {IndexName(rating.IndexId, language)}: {string.Join(", ", parts)}");
                if (rating.Note is { } note)
                {
                    context.Out.WriteLine($"    {note}");
                }
            }
        }

        context.Out.WriteLine($"{CliText.Get("ikpBands", language)} ({rated.Level}): {thresholds.PublishedRanges}");
        if (score is { } value)
        {
            context.Out.WriteLine($"{CliText.Get("score", language)} {CliText.Decimal(value, language)} → {band!.Value.ToString().ToLowerInvariant()} {thresholds.IntervalOf(band.Value)}");
        }

        return ExitCodes.Ok;
    }

    private static string IndexName(string id, PilkadaLanguage language)
    {
        var index = VulnerabilityIndices.All.FirstOrDefault(i => i.Id == id);
        return index is not null
            ? (language == PilkadaLanguage.Indonesian ? index.NameId : index.NameEn) + $" ({index.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"
            : id == PolriVulnerability.Ipkp2024Stage1Id ? "Polri IPKP 2024 tahap I" : id;
    }
}
