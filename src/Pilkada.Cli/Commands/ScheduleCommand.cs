using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Cli.Commands;

/// <summary>
/// <c>pilkada schedule [--on &lt;date or instant&gt;] [--region &lt;code or name&gt;] [--election &lt;id&gt;]</c>: the stages of an
/// election and which are in force on a date, in the region's local time.
/// </summary>
internal static class ScheduleCommand
{
    public static Command Create(CliContext context)
    {
        var on = new Option<string>("--on")
        {
            Description = "The date: yyyy-MM-dd (local), yyyy-MM-ddTHH:mm (local), or an instant such as 2024-11-24T16:30Z or 2024-11-25T00:30+08:00 (needs --region). Default: today in the region's time zone (WIB without a region).",
        };
        var region = new Option<string>("--region") { Description = "A region code or name; dates are read in its time zone (WIB, WITA, WIT) and stages limited to other regions are left out." };
        var election = new Option<string>("--election") { Description = "The election id (default pilkada-2024; also pilkada-ulang-2025)." };
        var command = new Command("schedule", "Show the stages (tahapan) of an election and which are in force on a date, in the region's local time.")
        {
            on,
            region,
            election,
        };
        command.SetAction(result => Run(
            context,
            result.GetValue(on),
            result.GetValue(region),
            result.GetValue(election),
            context.LanguageOf(result),
            context.JsonOf(result)));
        return command;
    }

    internal static int Run(CliContext context, string? onText, string? regionText, string? electionText, PilkadaLanguage language, bool json)
    {
        if (!RegionArgument.TryElection(context, electionText, language, json, out var election, out var exit))
        {
            return exit;
        }

        Region? region = null;
        if (regionText is not null && !RegionArgument.TryResolve(context, regionText, null, language, json, out region, out exit))
        {
            return exit;
        }

        var zone = region?.DateTimeZone ?? DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
        LocalDate date;
        if (onText is null)
        {
            date = context.Clock.GetCurrentInstant().InZone(zone).Date;
        }
        else
        {
            switch (ReadDate(onText.Trim(), zone, region is not null))
            {
                case (DateReading.Date, var value):
                    date = value;
                    break;
                case (DateReading.NeedsRegion, _):
                    return Invalid(context, json, CliText.Format("instantNeedsRegion", language, onText));
                default:
                    return Invalid(context, json, CliText.Format("badDate", language, onText));
            }
        }

        var schedule = election!.Schedule;
        var inForce = region is null ? schedule.InForceOn(date) : schedule.InForceOn(date, region.Code);
        if (json)
        {
            CliJson.Write(context.Out, ToDto(election, region, date, onText is null, inForce), CliJsonContext.Default.ScheduleAnswerDto);
            return ExitCodes.Ok;
        }

        Write(context.Out, election, region, date, onText is null, inForce, language);
        return ExitCodes.Ok;
    }

    private enum DateReading
    {
        Invalid,
        Date,
        NeedsRegion,
    }

    private static (DateReading, LocalDate) ReadDate(string text, DateTimeZone zone, bool hasRegion)
    {
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } date)
        {
            return (DateReading.Date, date.Value);
        }

        foreach (var pattern in (ReadOnlySpan<string>)["uuuu'-'MM'-'dd'T'HH':'mm", "uuuu'-'MM'-'dd'T'HH':'mm':'ss"])
        {
            if (LocalDateTimePattern.CreateWithInvariantCulture(pattern).Parse(text) is { Success: true } local)
            {
                return (DateReading.Date, local.Value.Date);
            }
        }

        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant)
        {
            return hasRegion ? (DateReading.Date, instant.Value.InZone(zone).Date) : (DateReading.NeedsRegion, default);
        }

        foreach (var pattern in (ReadOnlySpan<string>)["uuuu'-'MM'-'dd'T'HH':'mmo<G>", "uuuu'-'MM'-'dd'T'HH':'mm':'sso<G>"])
        {
            if (OffsetDateTimePattern.CreateWithInvariantCulture(pattern).Parse(text) is { Success: true } offset)
            {
                return hasRegion ? (DateReading.Date, offset.Value.ToInstant().InZone(zone).Date) : (DateReading.NeedsRegion, default);
            }
        }

        return (DateReading.Invalid, default);
    }

    private static int Invalid(CliContext context, bool json, string message)
    {
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

    private static void Write(TextWriter output, Election election, Region? region, LocalDate date, bool today, IReadOnlyList<ElectionStage> inForce, PilkadaLanguage language)
    {
        var label = (string key) => (CliText.Get(key, language) + ":").PadRight(24);
        var schedule = election.Schedule;
        output.WriteLine($"{election.Id}  {election.GetName(language)}");
        output.WriteLine($"{label("votingDay")}{PilkadaMessages.FormatDate(election.VotingDay, language)}");
        output.WriteLine($"{label("schedule")}{schedule.Basis}");
        if (region is not null)
        {
            output.WriteLine($"{label("region")}{region.Code}  {region.DisplayName} ({region.TimeZone.Abbreviation()}, {region.DateTimeZone.Id})");
        }

        var zone = region?.TimeZone.Abbreviation() ?? "WIB";
        output.WriteLine($"{label("on")}{PilkadaMessages.FormatDate(date, language)} ({zone}{(today ? ", " + CliText.Get("today", language) : string.Empty)})");
        if (inForce.Count == 0)
        {
            output.WriteLine($"{label("inForce")}{CliText.Get("noStageInForce", language)}");
        }

        for (var i = 0; i < inForce.Count; i++)
        {
            output.WriteLine($"{(i == 0 ? label("inForce") : new string(' ', 24))}{inForce[i].GetName(language)} ({inForce[i].Id})");
        }
        if (inForce.Any(s => s.SuspendsOfficeHours) && date >= OfficeHoursExemption.AppliesFrom)
        {
            output.WriteLine($"{label("officeHours")}{CliText.Get("officeHoursNote", language)}");
        }

        output.WriteLine();
        var idWidth = schedule.Stages.Max(s => s.Id.Length);
        var dateWidth = schedule.Stages.Max(s => Dates(s, language).Length);
        StagePhase? phase = null;
        foreach (var stage in schedule.Stages)
        {
            if (stage.Phase != phase)
            {
                phase = stage.Phase;
                output.WriteLine(stage.Phase.GetName(language));
            }

            var mark = inForce.Contains(stage) ? "*" : " ";
            var confidence = stage.Confidence switch
            {
                SourceConfidence.Uncertain => $" [{CliText.Get("uncertain", language)}]",
                SourceConfidence.SingleSource => $" [{CliText.Get("oneSource", language)}]",
                _ => string.Empty,
            };
            var limited = stage.AppliesTo.Count == 0 ? string.Empty : $" ({string.Join(", ", stage.AppliesTo)})";
            var text = stage.Start is null && stage.End is null && stage.DateText is { } dateText ? " — " + dateText : string.Empty;
            output.WriteLine($"  {mark} {stage.Id.PadRight(idWidth)}  {Dates(stage, language).PadRight(dateWidth)}  {stage.GetName(language)}{limited}{confidence}{text}");
        }
    }

    private static string Dates(ElectionStage stage, PilkadaLanguage language) =>
        stage.Start is null && stage.End is null ? CliText.Get("noDates", language) : stage.DescribeDates(language);

    private static ScheduleAnswerDto ToDto(Election election, Region? region, LocalDate date, bool today, IReadOnlyList<ElectionStage> inForce) => new(
        "ok",
        new ElectionRefDto(election.Id.ToString(), election.Name, election.EnglishName, Iso(election.VotingDay)),
        election.Schedule.Basis.ToString(),
        region is null ? null : new RegionRef(region.Code.ToString(), region.Name, region.Kind.ToString()),
        region?.DateTimeZone.Id ?? "Asia/Jakarta",
        Iso(date),
        today,
        [.. inForce.Select(s => s.Id)],
        [.. election.Schedule.Stages.Select(s => new StageDto(
            s.Id,
            s.Kind.ToString(),
            s.Phase.ToString(),
            s.Name,
            s.EnglishName,
            s.Start is { } start ? Iso(start) : null,
            s.End is { } end ? Iso(end) : null,
            s.DateText,
            s.Confidence.ToString(),
            s.Source.ToString(),
            s.AppliesTo.Count == 0 ? null : [.. s.AppliesTo.Select(c => c.ToString())],
            inForce.Contains(s),
            s.SuspendsOfficeHours,
            s.Note))],
        [.. election.Schedule.OfficeHoursExemptions.Select(p => new PeriodDto(Iso(p.Start), Iso(p.End), p.StageId))]);

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
