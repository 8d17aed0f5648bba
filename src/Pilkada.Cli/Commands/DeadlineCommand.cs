using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Regions;

namespace Pilkada.Cli.Commands;

/// <summary>
/// <c>pilkada deadline --known &lt;local date-time&gt; --region &lt;code&gt; [--regime pilkada|pemilu] [--registered &lt;local date-time&gt;]</c>:
/// the last day to report a violation, and the follow-up deadlines as they would run from registration.
/// </summary>
internal static class DeadlineCommand
{
    private static readonly Dictionary<string, (string En, string Id)> Labels = new(StringComparer.Ordinal)
    {
        ["known"] = ("Known", "Diketahui"),
        ["registered"] = ("Registered", "Diregistrasi"),
        ["assumed"] = ("assumed: registered on the last day to report", "asumsi: diregistrasi pada hari terakhir penyampaian laporan"),
        ["regime"] = ("Regime", "Rezim hukum"),
        ["report"] = ("Report", "Laporan"),
        ["followUp"] = ("Follow-up", "Tindak lanjut"),
        ["withInfo"] = ("With additional information", "Dengan keterangan tambahan"),
        ["badKnown"] = ("--known: '{0}' is not a local date and time; write 2024-10-28T15:00 (or a date, 2024-10-28).",
                        "--known: '{0}' bukan tanggal dan jam setempat; tulis 2024-10-28T15:00 (atau tanggal, 2024-10-28)."),
        ["badRegistered"] = ("--registered: '{0}' is not a local date and time; write 2024-10-30T10:00.",
                             "--registered: '{0}' bukan tanggal dan jam setempat; tulis 2024-10-30T10:00."),
        ["badRegime"] = ("--regime: '{0}' is not pilkada or pemilu.", "--regime: '{0}' bukan pilkada atau pemilu."),
        ["noRegime"] = ("No {0} regime is encoded for {1}.", "Tidak ada rezim {0} yang dimuat untuk {1}."),
        ["registeredBeforeKnown"] = ("--registered ({0}) is before --known ({1}).", "--registered ({0}) lebih awal dari --known ({1})."),
        ["notComputed"] = ("Cannot compute: {0}", "Tidak dapat dihitung: {0}"),
    };

    public static Command Create(CliContext context)
    {
        var known = new Option<string>("--known") { Description = "When the violation became known, local time in the region: 2024-10-28T15:00 (or a date).", Required = true };
        var region = new Option<string>("--region") { Description = "The region (code or name): its time zone (WIB, WITA, WIT) counts the days.", Required = true };
        var regime = new Option<string?>("--regime") { Description = "pilkada (default: UU 10/2016, 7 calendar days) or pemilu (UU 7/2017, 7 working days)." };
        var registered = new Option<string?>("--registered") { Description = "When the report was registered, local time; default: the last day to report." };
        var command = new Command("deadline", "Show the last day to report a violation and the follow-up deadlines after registration, in the region's local time.")
        {
            known,
            region,
            regime,
            registered,
        };
        command.SetAction(result => Run(
            context,
            result.GetRequiredValue(known),
            result.GetRequiredValue(region),
            result.GetValue(regime),
            result.GetValue(registered),
            context.LanguageOf(result),
            context.JsonOf(result)));
        return command;
    }

    private static string L(string key, PilkadaLanguage language) => language == PilkadaLanguage.Indonesian ? Labels[key].Id : Labels[key].En;

    private static string L(string key, PilkadaLanguage language, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, L(key, language), args);

    internal static int Run(CliContext context, string knownText, string regionText, string? regimeText, string? registeredText, PilkadaLanguage language, bool json)
    {
        if (CaseCommand.ReadLocal(knownText.Trim()) is not { } known)
        {
            return Invalid(context, json, L("badKnown", language, knownText));
        }

        var kind = (regimeText?.Trim().ToUpperInvariant()) switch
        {
            null or "PILKADA" => LegalRegimeKind.Pilkada,
            "PEMILU" => LegalRegimeKind.Pemilu,
            _ => LegalRegimeKind.None,
        };
        if (kind == LegalRegimeKind.None)
        {
            return Invalid(context, json, L("badRegime", language, regimeText!));
        }

        if (!RegionArgument.TryResolve(context, regionText, null, language, json, out var region, out var exit))
        {
            return exit;
        }

        if (!LegalRegime.TryFor(kind, known.Date, out var legalRegime))
        {
            return Invalid(context, json, L("noRegime", language, kind.ToString().ToLowerInvariant(), PilkadaMessages.FormatDate(known.Date, language)));
        }

        LocalDateTime? registeredLocal = null;
        if (registeredText is not null)
        {
            registeredLocal = CaseCommand.ReadLocal(registeredText.Trim());
            if (registeredLocal is null)
            {
                return Invalid(context, json, L("badRegistered", language, registeredText));
            }

            if (registeredLocal < known)
            {
                return Invalid(context, json, L("registeredBeforeKnown", language, registeredText.Trim(), knownText.Trim()));
            }
        }

        var zone = region!.DateTimeZone;
        try
        {
            var knownAt = known.InZoneLeniently(zone).ToInstant();
            var report = legalRegime.Report.Apply(knownAt, zone, null, legalRegime.DeadlineOptions);
            var assumed = registeredLocal is null;
            var registeredAt = registeredLocal is { } given
                ? given.InZoneLeniently(zone).ToInstant()
                : zone.AtStartOfDay(report.LastDay!.Value).ToInstant();
            var followUp = legalRegime.FollowUp.Apply(registeredAt, zone, null, legalRegime.DeadlineOptions);
            var extended = legalRegime.FollowUpWithAdditionalInformation.Apply(registeredAt, zone, null, legalRegime.DeadlineOptions);
            if (json)
            {
                CliJson.Write(
                    context.Out,
                    new DeadlineAnswerDto(
                        "ok",
                        region.Code.ToString(),
                        region.Name,
                        zone.Id,
                        legalRegime.Id,
                        LocalDateTimePattern.ExtendedIso.Format(known),
                        LocalDateTimePattern.ExtendedIso.Format(registeredAt.InZone(zone).LocalDateTime),
                        assumed,
                        [ToDto("report", report, language), ToDto("followUp", followUp, language), ToDto("followUpWithAdditionalInformation", extended, language)]),
                    CliJsonContext.Default.DeadlineAnswerDto);
                return ExitCodes.Ok;
            }

            var output = context.Out;
            var label = (string key) => (L(key, language) + ":").PadRight(30);
            output.WriteLine($"{label("regime")}{legalRegime.NameIn(language)} ({legalRegime.Id})");
            output.WriteLine($"{label("known")}{PilkadaMessages.FormatDateTime(known, language)} {Abbreviation(region)} ({region.Code} {region.Name})");
            output.WriteLine($"{label("report")}{report.Describe(language)}");
            output.WriteLine($"{label("registered")}{PilkadaMessages.FormatDateTime(registeredAt.InZone(zone).LocalDateTime, language)} {Abbreviation(region)}{(assumed ? " (" + L("assumed", language) + ")" : string.Empty)}");
            output.WriteLine($"{label("followUp")}{followUp.Describe(language)}");
            output.WriteLine($"{label("withInfo")}{extended.Describe(language)}");
            if (extended.Rule.Confidence == SourceConfidence.Uncertain)
            {
                output.WriteLine("  " + extended.Rule.Source.Note);
            }

            return ExitCodes.Ok;
        }
        catch (DeadlineRuleNotInForceException ex)
        {
            return Invalid(context, json, L("notComputed", language, ex.Message));
        }
        catch (DateOutsideCoverageException ex)
        {
            return Invalid(context, json, L("notComputed", language, ex.Message));
        }
    }

    private static string Abbreviation(Region region) => region.TimeZone.Abbreviation();

    private static DeadlineItemDto ToDto(string what, Deadline deadline, PilkadaLanguage language) => new(
        what,
        deadline.Rule.Id,
        deadline.Rule.Period.ToString(),
        deadline.Rule.Period.Unit.ToString(),
        deadline.Rule.Source.ToString(),
        deadline.Rule.Confidence.ToString(),
        LocalDateTimePattern.ExtendedIso.Format(deadline.StartLocal.LocalDateTime),
        deadline.LastDay?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        InstantPattern.ExtendedIso.Format(deadline.End),
        LocalDateTimePattern.ExtendedIso.Format(deadline.EndLocal.LocalDateTime),
        deadline.Describe(language));

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
}

internal sealed record DeadlineAnswerDto(
    string Status,
    string Region,
    string RegionName,
    string TimeZone,
    string Regime,
    string Known,
    string Registered,
    bool RegisteredAssumed,
    IReadOnlyList<DeadlineItemDto> Deadlines);

internal sealed record DeadlineItemDto(
    string What,
    string Rule,
    string Period,
    string DayType,
    string Source,
    string Confidence,
    string Start,
    string? LastDay,
    string End,
    string EndLocal,
    string Text);
