using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Violations;

namespace Pilkada.Cli.Commands;

/// <summary>
/// <c>pilkada case &lt;case.json&gt; [--at &lt;instant&gt;]</c>: replays a case file and prints its status history, its
/// deadlines and what is overdue (and by how much) at an instant, with where the matter should go.
/// </summary>
internal static class CaseCommand
{
    private static readonly Dictionary<string, (string En, string Id)> Labels = new(StringComparer.Ordinal)
    {
        ["case"] = ("Case", "Perkara"),
        ["regime"] = ("Regime", "Rezim hukum"),
        ["statusAt"] = ("Status at {0}", "Status per {0}"),
        ["published"] = ("Published as", "Kategori publikasi"),
        ["register"] = ("Register number", "Nomor registrasi"),
        ["history"] = ("Status history", "Riwayat status"),
        ["deadlines"] = ("Deadlines", "Tenggat"),
        ["noDeadlines"] = ("none yet", "belum ada"),
        ["overdue"] = ("Overdue", "Lewat waktu"),
        ["nothingOverdue"] = ("Nothing is overdue.", "Tidak ada yang lewat waktu."),
        ["due"] = ("Due next", "Jatuh tempo berikutnya"),
        ["routing"] = ("Where it goes", "Jalur penanganan"),
        ["competent"] = ("competent", "berwenang"),
        ["pending"] = ("not yet reached", "belum dituju"),
        ["warning"] = ("warning", "peringatan"),
        ["redacted"] = ("(published copy: personal data redacted)", "(salinan publikasi: data pribadi disamarkan)"),
        ["cannotRead"] = ("Cannot read '{0}': {1}", "Tidak dapat membaca '{0}': {1}"),
        ["badJson"] = ("'{0}' is not a valid case file: {1}", "'{0}' bukan berkas perkara yang sah: {1}"),
        ["badAt"] = ("--at: '{0}' is not an instant (2024-11-01T08:00Z, 2024-11-01T15:00+08:00) or a local date and time (2024-11-01T15:00).",
                     "--at: '{0}' bukan instan (2024-11-01T08:00Z, 2024-11-01T15:00+08:00) atau tanggal dan jam setempat (2024-11-01T15:00)."),
    };

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("case.json") { Description = "A case file: {\"id\", \"regime\", \"region\", \"timeZone\", \"contest\", \"events\": [...]} (see examples/cases/)." };
        var at = new Option<string?>("--at")
        {
            Description = "The instant to judge the deadlines at: 2024-11-01T08:00Z, 2024-11-01T15:00+08:00, or a local date and time in the case's time zone (2024-11-01T15:00). Default: now.",
        };
        var command = new Command("case", "Replay a case file: the status history, the deadlines, and what is overdue (and by how much) at an instant.")
        {
            file,
            at,
        };
        command.SetAction(result => Run(context, result.GetRequiredValue(file), result.GetValue(at), context.LanguageOf(result), context.JsonOf(result)));

        // `pilkada case replay <case.json>`, as DESIGN.md writes it: the same command under its verb.
        var replayFile = new Argument<string>("case.json") { Description = file.Description };
        var replayAt = new Option<string?>("--at") { Description = at.Description };
        var replay = new Command("replay", "The same as `pilkada case <case.json>`: replay a case file.")
        {
            replayFile,
            replayAt,
        };
        replay.SetAction(result => Run(context, result.GetRequiredValue(replayFile), result.GetValue(replayAt), context.LanguageOf(result), context.JsonOf(result)));
        command.Subcommands.Add(replay);
        return command;
    }

    private static string L(string key, PilkadaLanguage language) => language == PilkadaLanguage.Indonesian ? Labels[key].Id : Labels[key].En;

    private static string L(string key, PilkadaLanguage language, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, L(key, language), args);

    internal static int Run(CliContext context, string path, string? atText, PilkadaLanguage language, bool json)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(context, json, "unreadable", L("cannotRead", language, path, ex.Message), ExitCodes.FileError);
        }

        ViolationCase @case;
        try
        {
            @case = JsonSerializer.Deserialize(text, PilkadaJsonContext.Default.ViolationCase)
                ?? throw new JsonException("The file holds null, not a case.");
        }
        catch (CaseRejectedJsonException rejected)
        {
            return Fail(context, json, "rejected", rejected.GetMessage(language), ExitCodes.Invalid, rejected.Transition.Error.ToString());
        }
        catch (JsonException ex)
        {
            var where = ex.Path is null || ex.Message.Contains(ex.Path, StringComparison.Ordinal) ? string.Empty : $" (path {ex.Path})";
            return Fail(context, json, "badJson", L("badJson", language, path, ex.Message + where), ExitCodes.FileError);
        }

        Instant now;
        if (atText is null)
        {
            now = context.Clock.GetCurrentInstant();
        }
        else if (ReadInstant(atText.Trim(), @case.Zone) is { } parsed)
        {
            now = parsed;
        }
        else
        {
            return Fail(context, json, "invalid", L("badAt", language, atText), ExitCodes.Invalid);
        }

        var asOf = @case.AsOf(now);
        var report = asOf.DeadlinesAt(now);
        var routing = asOf.Routing();
        if (json)
        {
            CliJson.Write(context.Out, ToDto(asOf, report, routing, now, language), CliJsonContext.Default.CaseAnswerDto);
        }
        else
        {
            Write(context.Out, asOf, report, routing, now, language);
        }

        return ExitCodes.Ok;
    }

    /// <summary>An ISO instant (Z or an offset) or a local date and time (read in the zone).</summary>
    internal static Instant? ReadInstant(string text, DateTimeZone zone)
    {
        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant)
        {
            return instant.Value;
        }

        foreach (var pattern in (ReadOnlySpan<string>)["uuuu'-'MM'-'dd'T'HH':'mmo<G>", "uuuu'-'MM'-'dd'T'HH':'mm':'sso<G>"])
        {
            if (OffsetDateTimePattern.CreateWithInvariantCulture(pattern).Parse(text) is { Success: true } offset)
            {
                return offset.Value.ToInstant();
            }
        }

        if (ReadLocal(text) is { } local)
        {
            return local.InZoneLeniently(zone).ToInstant();
        }

        return null;
    }

    /// <summary>A local date and time (<c>2024-10-28T15:00</c>, with seconds, or a date alone meaning 00:00).</summary>
    internal static LocalDateTime? ReadLocal(string text)
    {
        foreach (var pattern in (ReadOnlySpan<string>)["uuuu'-'MM'-'dd'T'HH':'mm", "uuuu'-'MM'-'dd'T'HH':'mm':'ss", "uuuu'-'MM'-'dd' 'HH':'mm"])
        {
            if (LocalDateTimePattern.CreateWithInvariantCulture(pattern).Parse(text) is { Success: true } local)
            {
                return local.Value;
            }
        }

        return LocalDatePattern.Iso.Parse(text) is { Success: true } date ? date.Value.AtMidnight() : null;
    }

    private static int Fail(CliContext context, bool json, string status, string message, int exit, string? error = null)
    {
        if (json)
        {
            CliJson.Write(context.Out, new ErrorDto(status, message, error), CliJsonContext.Default.ErrorDto);
        }
        else
        {
            context.Error.WriteLine(message);
        }

        return exit;
    }

    private static string RegionText(ViolationCase @case)
    {
        var region = RegionCatalog.Default.Find(@case.Region);
        return region is null ? @case.Region.ToString() : $"{region.Name} {region.Code}";
    }

    private static string Local(Instant instant, DateTimeZone zone, PilkadaLanguage language) =>
        PilkadaMessages.FormatTemplate("{at}", language, new MessageArgument("at", instant.InZone(zone)));

    private static void Write(TextWriter output, ViolationCase @case, CaseDeadlineReport report, CaseRouting routing, Instant now, PilkadaLanguage language)
    {
        var state = @case.State;
        output.WriteLine($"{L("case", language)} {@case.Id}  ({RegionText(@case)}, {@case.Zone.Id}{(@case.Contest is { } contest ? "; " + contest : string.Empty)})");
        if (@case.IsRedacted)
        {
            output.WriteLine(L("redacted", language));
        }

        output.WriteLine($"{L("regime", language)}: {@case.Regime.NameIn(language)} — {@case.Regime.DescribeValidity(language)}");
        output.WriteLine($"{L("statusAt", language, Local(now, @case.Zone, language))}: {state.Status.Describe(language)} — {L("published", language)}: {PublishedText(state, language)}");
        if (state.RegisterNumber is { } number)
        {
            output.WriteLine($"{L("register", language)}: {number}");
        }

        output.WriteLine();
        output.WriteLine(L("history", language));
        var events = @case.Events;
        foreach (var step in state.History)
        {
            var e = events[step.Index];
            var detail = Detail(e, language);
            output.WriteLine($"  {step.Index + 1,3}. {Local(step.At, @case.Zone, language),-28} {step.Event.Describe(language)}{detail} → {step.Status.Describe(language)}");
        }

        output.WriteLine();
        output.WriteLine(L("deadlines", language));
        if (report.All.Count == 0)
        {
            output.WriteLine("  " + L("noDeadlines", language));
        }

        foreach (var deadline in report.All)
        {
            output.WriteLine("  - " + deadline.Describe(language));
        }

        output.WriteLine();
        output.WriteLine(L("overdue", language));
        if (report.Overdue.Count == 0)
        {
            output.WriteLine("  " + L("nothingOverdue", language));
        }

        foreach (var deadline in report.Overdue)
        {
            var reference = deadline.Reference is null ? string.Empty : " [" + deadline.Reference + "]";
            output.WriteLine($"  - {deadline.Title(language)}{reference}: {CaseText.FormatDuration(deadline.Delay!.Value, language)} ({Local(deadline.Due!.Value, @case.Zone, language)})");
        }

        if (report.Due.Count > 0)
        {
            var next = report.Due[0];
            output.WriteLine($"{L("due", language)}: {next.Title(language)} — {Local(next.Due!.Value, @case.Zone, language)} ({CaseText.FormatDuration(next.Remaining!.Value, language)})");
        }

        if (routing.Suggested is { } route)
        {
            output.WriteLine();
            output.WriteLine($"{L("routing", language)} ({route.Matter}): {route.Competent.Name} — {L("competent", language)} ({route.CompetenceBasis})");
            var n = 1;
            foreach (var step in route.Steps)
            {
                var reached = routing.Pending.Contains(step.To) ? " (" + L("pending", language) + ")" : string.Empty;
                output.WriteLine($"  {n++}. {step.To.Name} ({step.Basis}){reached}");
            }

            foreach (var warning in routing.Warnings)
            {
                output.WriteLine($"  {L("warning", language)}: {warning.Describe(language)}");
            }
        }
    }

    private static string Detail(CaseEvent e, PilkadaLanguage language) => e switch
    {
        Registered r => ": " + r.RegisterNumber,
        NotRegistered n => ": " + string.Join(", ", n.Requirements),
        CorrectionRequested c => ": " + string.Join(", ", c.Requirements),
        Decided d => ": " + DecisionText(d.Decision, language),
        Forwarded f => ": " + f.To.Name,
        RecommendationIssued r => ": " + r.Number + " → " + r.To.Name,
        FollowUpRecorded f => ": " + f.RecommendationNumber + " — " + OutcomeText(f.Outcome),
        CoordinationHeld c => ": " + c.With.Name,
        DistrictCourtVerdict v => ": " + v.Verdict,
        HighCourtVerdict v => ": " + v.Verdict,
        _ => string.Empty,
    };

    internal static string DecisionText(CaseDecision decision, PilkadaLanguage language) => decision switch
    {
        ViolationFound v => (language == PilkadaLanguage.Indonesian ? v.Category.IndonesianName() : v.Category.EnglishName()) +
                            (v.Offences.Count == 0 ? string.Empty : " (" + string.Join(", ", v.Offences) + ")"),
        NotAViolation => language == PilkadaLanguage.Indonesian ? "bukan pelanggaran" : "not a violation",
        HandlingStopped h => (language == PilkadaLanguage.Indonesian ? "dihentikan: " : "stopped: ") + h.Reason,
        DisputeFound => language == PilkadaLanguage.Indonesian ? "sengketa pemilihan" : "election dispute",
        _ => decision.ToString(),
    };

    private static string OutcomeText(FollowUpOutcome outcome) => outcome switch
    {
        SanctionImposed s => s.Sanction?.Indonesian ?? s.SanctionCode,
        KpuAction k => k.Description,
        FollowUpRefused r => "ditolak" + (r.Reason is null ? string.Empty : ": " + r.Reason),
        OnwardRecommendation o => o.Number,
        _ => "tidak ada",
    };

    private static string PublishedText(CaseState state, PilkadaLanguage language)
    {
        var id = language == PilkadaLanguage.Indonesian;
        var registration = state.PublishedRegistration switch
        {
            PublishedRegistration.Diregister => id ? "diregister" : "registered",
            PublishedRegistration.TidakDiregister => id ? "tidak diregister" : "not registered",
            PublishedRegistration.Dicabut => id ? "dicabut" : "withdrawn",
            PublishedRegistration.BelumDiregister => id ? "belum diregister" : "not yet registered",
            _ => "—",
        };
        var outcome = state.PublishedOutcome switch
        {
            PublishedOutcome.Pelanggaran => id ? "pelanggaran" : "violation",
            PublishedOutcome.BukanPelanggaran => id ? "bukan pelanggaran" : "not a violation",
            PublishedOutcome.Sengketa => id ? "sengketa" : "dispute",
            PublishedOutcome.TidakDitangani => id ? "tidak ditangani" : "not handled",
            PublishedOutcome.DalamProses => id ? "dalam proses" : "in process",
            _ => "—",
        };
        return registration + ", " + outcome;
    }

    private static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string IsoLocal(Instant instant, DateTimeZone zone) =>
        LocalDateTimePattern.ExtendedIso.Format(instant.InZone(zone).LocalDateTime);

    private static CaseAnswerDto ToDto(ViolationCase @case, CaseDeadlineReport report, CaseRouting routing, Instant now, PilkadaLanguage language)
    {
        var state = @case.State;
        var region = RegionCatalog.Default.Find(@case.Region);
        return new CaseAnswerDto(
            "ok",
            @case.Id,
            @case.Region.ToString(),
            region?.Name,
            @case.Zone.Id,
            @case.Contest?.ToString(),
            @case.Regime.Id,
            @case.IsRedacted,
            Iso(now),
            state.Status.ToString(),
            state.Status.Describe(language),
            state.PublishedRegistration.ToString(),
            state.PublishedOutcome.ToString(),
            state.RegisterNumber,
            [.. state.History.Select(s => new CaseStepDto(s.Index, Iso(s.At), IsoLocal(s.At, @case.Zone), @case.Events[s.Index].TypeName, s.Status.ToString(), s.Event.Describe(language) + Detail(@case.Events[s.Index], language)))],
            [.. report.All.Select(d => ToDto(d, language))],
            [.. report.Overdue.Select(d => ToDto(d, language))],
            [.. report.Due.Select(d => ToDto(d, language))],
            routing.Suggested is { } route
                ? new CaseRoutingDto(
                    route.Matter.ToString(),
                    route.Competent.Name,
                    [.. route.Steps.Select(s => s.To.Name)],
                    [.. routing.Pending.Select(i => i.Name)],
                    [.. routing.Warnings.Select(w => new RoutingWarningDto(w.Kind.ToString(), w.EventIndex, w.Recipient.Name, w.Describe(language)))])
                : null);
    }

    private static CaseDeadlineDto ToDto(CaseDeadline d, PilkadaLanguage language) => new(
        d.Kind.ToString(),
        d.Title(language),
        d.Rule?.Id,
        d.Rule?.Period.ToString(),
        d.DayType?.ToString(),
        d.Source.ToString(),
        d.Zone.Id,
        d.StartEventIndex,
        Iso(d.Start),
        d.Due is { } due ? Iso(due) : null,
        d.Due is { } dueLocal ? IsoLocal(dueLocal, d.Zone) : null,
        d.LastDay?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        d.MetAt is { } met ? Iso(met) : null,
        d.Status.ToString(),
        d.Delay is { } delay ? (long)delay.TotalSeconds : null,
        d.Delay is { } delayText ? CaseText.FormatDuration(delayText, language) : null,
        d.Remaining is { } remaining ? (long)remaining.TotalSeconds : null,
        d.Reference,
        d.Confidence.ToString(),
        d.Note,
        d.Describe(language));
}

internal sealed record CaseAnswerDto(
    string Status,
    string Id,
    string Region,
    string? RegionName,
    string TimeZone,
    string? Contest,
    string Regime,
    bool Redacted,
    string At,
    string CaseStatus,
    string CaseStatusText,
    string PublishedRegistration,
    string PublishedOutcome,
    string? RegisterNumber,
    IReadOnlyList<CaseStepDto> History,
    IReadOnlyList<CaseDeadlineDto> Deadlines,
    IReadOnlyList<CaseDeadlineDto> Overdue,
    IReadOnlyList<CaseDeadlineDto> Due,
    CaseRoutingDto? Routing);

internal sealed record CaseStepDto(int Index, string At, string AtLocal, string Event, string Status, string Text);

internal sealed record CaseDeadlineDto(
    string Kind,
    string Title,
    string? Rule,
    string? Period,
    string? DayType,
    string Source,
    string TimeZone,
    int StartEvent,
    string Start,
    string? Due,
    string? DueLocal,
    string? LastDay,
    string? MetAt,
    string Status,
    long? DelaySeconds,
    string? Delay,
    long? RemainingSeconds,
    string? Reference,
    string Confidence,
    string? Note,
    string Text);

internal sealed record CaseRoutingDto(string Matter, string Competent, IReadOnlyList<string> Steps, IReadOnlyList<string> Pending, IReadOnlyList<RoutingWarningDto> Warnings);

internal sealed record RoutingWarningDto(string Kind, int EventIndex, string Recipient, string Text);
