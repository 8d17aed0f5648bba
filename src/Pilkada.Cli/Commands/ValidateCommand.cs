using System.CommandLine;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Serialization;

namespace Pilkada.Cli.Commands;

/// <summary>
/// <c>pilkada validate &lt;laporan.json&gt; [--regime pilkada|pemilu] [--at &lt;instant&gt;]</c>: the kajian awal of a report —
/// every unmet syarat formil and syarat materiil, the reporting period, the correction deadline and the filing-hours
/// answer. Exit 0 when the report can be registered, 2 when it cannot, 4 when the file cannot be read as a laporan.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("laporan.json") { Description = "A report (laporan) as JSON: see examples/laporan/ for the shape." };
        var regime = new Option<string>("--regime") { Description = "pilkada (UU 1/2015 Pasal 134 ayat (4): 7 hari kalender; the default) or pemilu (UU 7/2017 Pasal 454 ayat (6): 7 hari kerja)." };
        var at = new Option<string>("--at") { Description = "The moment of the check, an instant such as 2024-11-02T02:00Z or 2024-11-02T09:00+07:00. Default: now." };
        var command = new Command("validate", "Check a report's syarat formil and syarat materiil (Perbawaslu 8/2020 as amended by 9/2024): every unmet requirement with its code, the reporting period, the correction deadline and whether it was filed inside Bawaslu's hours.")
        {
            file,
            regime,
            at,
        };
        command.SetAction(result => Run(
            context, result.GetRequiredValue(file), result.GetValue(regime), result.GetValue(at), context.LanguageOf(result), context.JsonOf(result)));
        return command;
    }

    internal static int Run(CliContext context, string path, string? regimeText, string? atText, PilkadaLanguage language, bool json)
    {
        if (!TryRegime(regimeText, out var regime))
        {
            return context.Fail(json, "usage", CliText.Format("badRegime", language, regimeText ?? string.Empty), ExitCodes.Usage);
        }

        Instant now;
        if (atText is null)
        {
            now = context.Clock.GetCurrentInstant();
        }
        else if (!TryInstant(atText.Trim(), out now))
        {
            return context.Fail(json, "usage", CliText.Format("badInstant", language, atText), ExitCodes.Usage);
        }

        if (!TryRead(context, path, language, json, out var laporan))
        {
            return ExitCodes.FileError;
        }

        var validator = new LaporanValidator(new LaporanValidatorOptions { Regime = regime, ReferenceInstant = now });
        var assessment = validator.ValidateAll(laporan, language);
        if (json)
        {
            CliJson.Write(context.Out, ToDto(path, regime, assessment, language), CliJsonContext.Default.ValidateAnswerDto);
        }
        else
        {
            Write(context.Out, path, assessment, language);
        }

        return assessment.CanBeRegistered ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private static bool TryRegime(string? text, out LegalRegimeKind regime)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case null or "PILKADA" or "PEMILIHAN":
                regime = LegalRegimeKind.Pilkada;
                return true;
            case "PEMILU":
                regime = LegalRegimeKind.Pemilu;
                return true;
            default:
                regime = default;
                return false;
        }
    }

    private static bool TryInstant(string text, out Instant instant)
    {
        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } utc)
        {
            instant = utc.Value;
            return true;
        }

        foreach (var pattern in (ReadOnlySpan<string>)["uuuu'-'MM'-'dd'T'HH':'mmo<G>", "uuuu'-'MM'-'dd'T'HH':'mm':'sso<G>"])
        {
            if (OffsetDateTimePattern.CreateWithInvariantCulture(pattern).Parse(text) is { Success: true } offset)
            {
                instant = offset.Value.ToInstant();
                return true;
            }
        }

        instant = default;
        return false;
    }

    private static bool TryRead(CliContext context, string path, PilkadaLanguage language, bool json, out Laporan laporan)
    {
        laporan = null!;
        string message;
        try
        {
            var text = File.ReadAllText(path);
            if (PilkadaJson.Deserialize<Laporan>(text) is { } read)
            {
                laporan = read;
                return true;
            }

            message = CliText.Format("nullLaporan", language, path);
        }
        catch (JsonException ex)
        {
            message = CliText.Format("badLaporanJson", language, path, ex.Message);
        }
        catch (IOException ex)
        {
            message = CliText.Format("cannotRead", language, path, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            message = CliText.Format("cannotRead", language, path, ex.Message);
        }

        if (json)
        {
            CliJson.Write(context.Out, new ErrorDto("unreadable", message), CliJsonContext.Default.ErrorDto);
        }
        else
        {
            context.Error.WriteLine(message);
        }

        return false;
    }

    private static void Write(TextWriter output, string path, LaporanAssessment assessment, PilkadaLanguage language)
    {
        string Label(string key) => (CliText.Get(key, language) + ":").PadRight(24);
        output.WriteLine(path);
        output.WriteLine($"{Label("result")}{assessment.Summary}");
        output.WriteLine();
        WriteRuleSet(output, Label("syaratFormil"), assessment.UnmetFormil, language);
        WriteRuleSet(output, Label("syaratMateriil"), assessment.UnmetMateriil, language);
        output.WriteLine();
        var period = assessment.ReportingPeriod;
        var periodText = period.Deadline?.Describe(language) ?? period.DescribeProblem(language) ?? CliText.Get("noReportingDeadline", language);
        output.WriteLine($"{Label("reportingPeriod")}{periodText}");
        output.WriteLine($"{new string(' ', 24)}{CliText.Format("countedIn", language, period.Place, CliText.Get("placeFrom" + period.Place.Source, language))}");
        if (assessment.DescribeCorrection(language) is { } correction)
        {
            output.WriteLine($"{Label("correction")}{correction}");
            if (assessment.IsCorrectionOverdue == true && assessment.ReferenceInstant is { } now)
            {
                output.WriteLine($"{new string(' ', 24)}{CliText.Format("correctionOver", language, PilkadaMessages.FormatTemplate("{now}", language, new MessageArgument("now", now.InZone(period.Place.Zone))))}");
            }
        }

        output.WriteLine($"{Label("filingHours")}{assessment.FilingHours.Describe(language)}");
    }

    private static void WriteRuleSet(TextWriter output, string label, IReadOnlyList<UnmetRequirement> unmet, PilkadaLanguage language)
    {
        if (unmet.Count == 0)
        {
            output.WriteLine($"{label}{CliText.Get("met", language)}");
            return;
        }

        output.WriteLine($"{label}{CliText.Format("unmetCount", language, unmet.Count)}");
        foreach (var requirement in unmet)
        {
            output.WriteLine($"  x {requirement.Code}");
            output.WriteLine($"    {requirement.Message}");
        }
    }

    private static ValidateAnswerDto ToDto(string path, LegalRegimeKind regime, LaporanAssessment assessment, PilkadaLanguage language)
    {
        var period = assessment.ReportingPeriod;
        var deadline = period.Deadline;
        var correction = assessment.CorrectionDeadline;
        var hours = assessment.FilingHours;
        return new ValidateAnswerDto(
            assessment.CanBeRegistered ? "registrable" : "not-registrable",
            path,
            regime.ToString(),
            language == PilkadaLanguage.Indonesian ? "id" : "en",
            assessment.CanBeRegistered,
            assessment.Summary,
            [.. assessment.Unmet.Select(u => new RequirementDto(u.Code, u.RuleSet, u.PropertyName, u.Message, u.Source.ToString()))],
            new ReportingPeriodDto(
                period.Status.ToString(),
                period.Rule.Id,
                period.Rule.Period.ToString(),
                period.Rule.Source.ToString(),
                period.Place.Zone.Id,
                period.Place.Source.ToString(),
                deadline?.LastDay is { } lastDay ? LocalDatePattern.Iso.Format(lastDay) : null,
                deadline is null ? null : InstantPattern.ExtendedIso.Format(deadline.End),
                deadline?.Describe(language) ?? period.DescribeProblem(language)),
            assessment.DescribeCorrection(language) is { } correctionText
                ? new CorrectionDto(
                    assessment.CorrectionCountedFrom?.ToString(),
                    correction is null ? null : InstantPattern.ExtendedIso.Format(correction.End),
                    correction is null ? null : LocalDateTimePattern.GeneralIso.Format(correction.EndLocal.LocalDateTime),
                    correction?.Zone.Id,
                    assessment.IsCorrectionOverdue,
                    correctionText)
                : null,
            new FilingHoursDto(
                hours.Outcome.ToString(),
                hours.IsWithinFilingHours,
                hours.Channel?.ToString(),
                hours.FiledAtLocal is { } local ? LocalDateTimePattern.GeneralIso.Format(local.LocalDateTime) : null,
                hours.NextOpening is { } next ? InstantPattern.ExtendedIso.Format(next) : null,
                hours.Source.ToString(),
                hours.Describe(language)),
            assessment.ReferenceInstant is { } now ? InstantPattern.ExtendedIso.Format(now) : null);
    }
}

internal sealed record RequirementDto(string Code, string RuleSet, string Property, string Message, string Source);

internal sealed record ReportingPeriodDto(
    string Status,
    string Rule,
    string Period,
    string Source,
    string Zone,
    string ZoneFrom,
    string? LastDay,
    string? End,
    string? Text);

internal sealed record CorrectionDto(string? CountedFrom, string? Due, string? DueLocal, string? Zone, bool? Overdue, string Text);

internal sealed record FilingHoursDto(string Outcome, bool WithinFilingHours, string? Channel, string? FiledAtLocal, string? NextOpening, string Source, string Text);

internal sealed record ValidateAnswerDto(
    string Status,
    string File,
    string Regime,
    string Language,
    bool CanBeRegistered,
    string Summary,
    IReadOnlyList<RequirementDto> Unmet,
    ReportingPeriodDto ReportingPeriod,
    CorrectionDto? Correction,
    FilingHoursDto FilingHours,
    string? CheckedAt);
