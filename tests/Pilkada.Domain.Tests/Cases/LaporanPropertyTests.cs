using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cases;

[Properties(MaxTest = 150)]
public class LaporanPropertyTests
{
    private static readonly LaporanValidator Validator = new();
    private static readonly LaporanValidator PemiluValidator = new(new LaporanValidatorOptions { Regime = LegalRegimeKind.Pemilu });

    [Property]
    public Property A_complete_generated_report_passes_both_rule_sets() =>
        Prop.ForAll(IntakeArbitraries.CompleteLaporan.ToArbitrary(), laporan =>
        {
            var assessment = Validator.ValidateAll(laporan, PilkadaLanguage.English);
            return (assessment.CanBeRegistered && Validator.Validate(laporan).IsValid)
                .Label(string.Join(" | ", assessment.Unmet.Select(u => u.ToString())));
        });

    [Property]
    public Property A_report_with_exactly_one_requirement_removed_fails_with_exactly_that_code() =>
        Prop.ForAll(
            IntakeArbitraries.OneRequirementMissing.ToArbitrary(),
            removal =>
            {
                var codes = Validator.Validate(removal.Laporan).Errors.Select(e => e.ErrorCode).Distinct().ToList();
                return (codes.Count == 1 && codes[0] == removal.ExpectedCode)
                    .Label($"{removal.How}: expected {removal.ExpectedCode}, got {string.Join(", ", codes)}");
            });

    [Property]
    public Property A_report_with_one_syarat_materiil_removed_gets_a_correction_deadline_48_hours_after_filing() =>
        Prop.ForAll(
            IntakeArbitraries.OneRequirementMissing.Where(r => LaporanRequirements.IsMateriil(r.Missing)).ToArbitrary(),
            removal =>
            {
                var assessment = Validator.ValidateAll(removal.Laporan);
                return assessment.CorrectionDue == removal.Laporan.FiledAt!.Value + Duration.FromHours(48) && !assessment.CanBeRegistered;
            });

    // Privacy (DESIGN.md "Privacy by default"): whatever is written where a NIK goes, no message shows its digits.
    [Property]
    public Property NIK_digits_never_appear_unmasked_in_any_message() =>
        Prop.ForAll(
            IntakeArbitraries.CompleteLaporan.ToArbitrary(),
            (from nik in IntakeArbitraries.NikLikeText
             from kuasaNik in IntakeArbitraries.NikLikeText
             from language in Gen.Elements(PilkadaLanguage.English, PilkadaLanguage.Indonesian)
             select (nik, kuasaNik, language)).ToArbitrary(),
            (laporan, texts) =>
            {
                var (nik, kuasaNik, language) = texts;
                var exposed = laporan with
                {
                    Pelapor = laporan.Pelapor! with { Nik = nik, Name = null, Kuasa = new Kuasa { Nik = kuasaNik } },
                    Description = "singkat",
                    Evidence = [],
                };
                var assessment = Validator.ValidateAll(exposed, language);
                var messages = assessment.Unmet.Select(u => u.Message)
                    .Append(assessment.Summary)
                    .Append(assessment.DescribeCorrection(language) ?? string.Empty)
                    .Append(assessment.FilingHours.Describe(language))
                    .ToList();
                return messages.All(t => !ShowsDigits(t, nik) && !ShowsDigits(t, kuasaNik))
                    .Label(string.Join(" | ", messages));
            });

    // The reporting deadline never moves earlier when the violation becomes known later (both regimes).
    [Property]
    public Property The_reporting_deadline_is_monotone_in_KnownOn() =>
        Prop.ForAll(
            Gen.Choose(0, (3 * 365) + 300).ToArbitrary(),
            Gen.Choose(0, 40).ToArbitrary(),
            Gen.Elements("19.71", "52.72", "91.71", "61.71").ToArbitrary(),
            (offset, later, region) =>
            {
                var first = new LocalDate(2024, 1, 1).PlusDays(offset);
                var second = first.PlusDays(later);
                var incident = new Incident { RegionCode = region };
                Deadline DeadlineOf(LaporanValidator v, LocalDate known) =>
                    v.CheckReportingPeriod(new Laporan { KnownOn = known, FiledAt = Instant.FromUtc(2028, 1, 1, 0, 0), Incident = incident }).Deadline!;

                return DeadlineOf(Validator, first).End <= DeadlineOf(Validator, second).End &&
                       DeadlineOf(PemiluValidator, first).End <= DeadlineOf(PemiluValidator, second).End &&
                       DeadlineOf(Validator, first).LastDay == first.PlusDays(7) &&
                       (later == 0 || DeadlineOf(Validator, first).End < DeadlineOf(Validator, second).End);
            });

    // A report filed at t is in time exactly when t is before the deadline's end, whatever the zone.
    [Property]
    public Property Filing_is_in_time_exactly_before_the_end_of_the_last_local_day() =>
        Prop.ForAll(
            IntakeArbitraries.CompleteLaporan.ToArbitrary(),
            Gen.Choose(-3 * 24 * 60, 3 * 24 * 60).ToArbitrary(),
            (laporan, minutes) =>
            {
                var end = Validator.CheckReportingPeriod(laporan).Deadline!.End;
                var filed = end + Duration.FromMinutes(minutes);
                if (filed.InZone(RegionTimeZones.GetDateTimeZone(RegionCode.Parse(laporan.Incident!.RegionCode!))).Date < laporan.KnownOn)
                {
                    return true;
                }

                var status = Validator.CheckReportingPeriod(laporan with { FiledAt = filed }).Status;
                return status == (minutes < 0 ? ReportingPeriodStatus.InTime : ReportingPeriodStatus.Late);
            });

    private static bool ShowsDigits(string text, string written)
    {
        var digits = new string([.. written.Where(char.IsAsciiDigit)]);
        if (digits.Length < 10)
        {
            return false;
        }

        // Masking shows at most the first four and the last two digits: the middle must never appear.
        var middle = digits[4..^2];
        return text.Contains(middle, StringComparison.Ordinal) || text.Contains(digits, StringComparison.Ordinal);
    }
}
