using System.CommandLine;
using Pilkada.Domain;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Cli.Commands;

/// <summary>
/// <c>pilkada contests [--kind gubernur|bupati|wali-kota] [--province &lt;code or name&gt;] [--single-candidate] [--election &lt;id&gt;]</c>:
/// the contests of an election, with single-candidate, re-run and re-vote facts.
/// </summary>
internal static class ContestsCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Option<string>("--kind") { Description = "Only contests of this kind: gubernur, bupati or wali-kota." };
        var province = new Option<string>("--province") { Description = "Only contests in this province (code or name, e.g. 19 or \"Kepulauan Bangka Belitung\")." };
        var single = new Option<bool>("--single-candidate") { Description = "Only single-candidate contests (one pair against the empty column)." };
        var election = new Option<string>("--election") { Description = "The election id (default pilkada-2024; also pilkada-ulang-2025)." };
        var command = new Command("contests", "List the contests (pemilihan gubernur, bupati, wali kota) of an election, with single-candidate, re-run and re-vote facts.")
        {
            kind,
            province,
            single,
            election,
        };
        command.SetAction(result => Run(
            context,
            result.GetValue(kind),
            result.GetValue(province),
            result.GetValue(single),
            result.GetValue(election),
            context.LanguageOf(result),
            context.JsonOf(result)));
        return command;
    }

    internal static int Run(CliContext context, string? kindText, string? provinceText, bool singleCandidate, string? electionText, PilkadaLanguage language, bool json)
    {
        ContestKind? kind = null;
        if (kindText is not null)
        {
            if (!ContestKinds.TryParse(kindText, out var parsed))
            {
                var message = CliText.Format("badKind", language, kindText);
                if (json)
                {
                    CliJson.Write(context.Out, new ErrorDto("usage", message), CliJsonContext.Default.ErrorDto);
                }
                else
                {
                    context.Error.WriteLine(message);
                }

                return ExitCodes.Usage;
            }

            kind = parsed;
        }

        if (!RegionArgument.TryElection(context, electionText, language, json, out var election, out var exit))
        {
            return exit;
        }

        Region? province = null;
        if (provinceText is not null && !RegionArgument.TryResolve(context, provinceText, RegionLevel.Provinsi, language, json, out province, out exit))
        {
            return exit;
        }

        IEnumerable<Contest> contests = province is null ? election!.Contests : election!.Contests.InProvince(province.Code);
        if (kind is { } k)
        {
            contests = contests.Where(c => c.Kind == k);
        }

        if (singleCandidate)
        {
            contests = contests.Where(c => c.IsSingleCandidate);
        }

        var list = contests.ToList();
        if (json)
        {
            CliJson.Write(
                context.Out,
                new ContestsAnswerDto(
                    "ok",
                    election.Id.ToString(),
                    list.Count,
                    Counts(list),
                    [.. list.Select(c => ToDto(c, language))]),
                CliJsonContext.Default.ContestsAnswerDto);
            return ExitCodes.Ok;
        }

        var output = context.Out;
        output.WriteLine($"{election.Id}  {election.GetName(language)}");
        var counts = Counts(list);
        output.WriteLine(CliText.Format("contestCount", language, list.Count, counts["gubernur"], counts["bupati"], counts["wali-kota"]));
        if (list.Count == 0)
        {
            output.WriteLine(CliText.Get("noContests", language));
            return ExitCodes.Ok;
        }

        var idWidth = list.Max(c => c.Id.ToString().Length);
        foreach (var contest in list)
        {
            output.WriteLine($"  {contest.Id.ToString().PadRight(idWidth)}  {contest.Title(language)}{Facts(contest, language)}");
        }

        return ExitCodes.Ok;
    }

    private static Dictionary<string, int> Counts(List<Contest> contests) => new(StringComparer.Ordinal)
    {
        ["gubernur"] = contests.Count(c => c.Kind == ContestKind.Gubernur),
        ["bupati"] = contests.Count(c => c.Kind == ContestKind.Bupati),
        ["wali-kota"] = contests.Count(c => c.Kind == ContestKind.WaliKota),
    };

    /// <summary>The single-candidate, re-run and re-vote facts of a contest, as a suffix: " — calon tunggal (…): kolom kosong menang; …".</summary>
    internal static string Facts(Contest contest, PilkadaLanguage language)
    {
        var parts = new List<string>();
        if (contest.SingleCandidate is { } single)
        {
            var outcome = single.Outcome switch
            {
                SingleCandidateOutcome.KolomKosongWon => CliText.Get("kolomKosongWon", language),
                SingleCandidateOutcome.PaslonWon => CliText.Get("paslonWon", language),
                _ => CliText.Get("outcomeUnknown", language),
            };
            var rerun = single.Rerun is { } id ? $"; {CliText.Get("rerun", language)} {id}" : string.Empty;
            parts.Add($"{CliText.Get("singleCandidate", language)} ({single.CandidatePair}): {outcome}{rerun}");
        }

        foreach (var order in contest.RevoteOrders)
        {
            parts.Add(CliText.Format("revote", language, order.CaseNumber, Remedy(order, language)));
        }

        return parts.Count == 0 ? string.Empty : " — " + string.Join("; ", parts);
    }

    internal static string Remedy(RevoteOrder order, PilkadaLanguage language)
    {
        var date = order.RevoteDate is { } d ? PilkadaMessages.FormatDate(d, language) : string.Empty;
        return order.Remedy switch
        {
            RevoteRemedy.PsuAllTps => CliText.Format("psuAll", language, date),
            RevoteRemedy.PsuSomeTps => CliText.Format("psuSome", language, date),
            RevoteRemedy.RekapUlang => CliText.Get("rekapUlang", language),
            _ => CliText.Get("otherRemedy", language),
        };
    }

    internal static ContestRefDto ToDto(Contest contest, PilkadaLanguage language) => new(
        contest.Id.ToString(),
        contest.Kind.ToSlug(),
        contest.IsSingleCandidate,
        contest.Title(language),
        contest.Region.ToString(),
        contest.RegionName,
        contest.SingleCandidate?.CandidatePair,
        contest.SingleCandidate?.Outcome.ToString(),
        contest.SingleCandidate?.Rerun?.ToString(),
        contest.RevoteOrders.Count == 0
            ? null
            : [.. contest.RevoteOrders.Select(o => new RevoteRefDto(o.CaseNumber, ScheduleCommand.Iso(o.RulingDate), o.Remedy.ToString(), o.RevoteDate is { } d ? ScheduleCommand.Iso(d) : null))]);
}
