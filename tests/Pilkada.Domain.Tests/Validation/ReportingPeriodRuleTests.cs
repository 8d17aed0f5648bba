using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Tests.Infrastructure;
using Pilkada.Domain.Validation;

namespace Pilkada.Domain.Tests.Validation;

/// <summary><c>.WithinReportingPeriod(...)</c> on a type of the user's own (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4)).</summary>
public class ReportingPeriodRuleTests
{
    public sealed record Aduan(Instant? DiterimaPada, LocalDate? TanggalDiketahui, string? Wilayah);

    private sealed class AduanValidator : AbstractValidator<Aduan>
    {
        public AduanValidator(ReportingPeriodRuleOptions? options = null) =>
            RuleFor(a => a.DiterimaPada).WithinReportingPeriod(
                a => a.TanggalDiketahui,
                a => RegionCode.TryParse(a.Wilayah, out var code) ? code : null,
                options);
    }

    private static readonly AduanValidator Pilkada = new();

    [Fact]
    public void A_late_complaint_gets_the_dates_in_the_message()
    {
        var aduan = new Aduan(Instant.FromUtc(2024, 11, 2, 2, 0), new LocalDate(2024, 10, 25), "19.71");

        var error = Assert.Single(Pilkada.Validate(aduan, PilkadaLanguage.English).Errors);

        Assert.Equal("ReportingPeriod.Late", error.ErrorCode);
        Assert.Equal(
            "Diterima Pada: the report came on 2 November 2024 at 09:00 WIB while the violation was known on 25 October 2024; the last day to report was 1 November 2024 (7 calendar days counted in WIB (Asia/Jakarta); UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4)).",
            error.ErrorMessage);
    }

    [Fact]
    public void Pemilu_counts_working_days_and_missing_values_pass()
    {
        var aduan = new Aduan(Instant.FromUtc(2024, 11, 2, 2, 0), new LocalDate(2024, 10, 25), "19.71");

        Assert.True(new AduanValidator(ReportingPeriodRuleOptions.Pemilu).Validate(aduan).IsValid);
        Assert.True(Pilkada.Validate(aduan with { DiterimaPada = null }).IsValid);
        Assert.True(Pilkada.Validate(aduan with { TanggalDiketahui = null }).IsValid);
    }

    [Fact]
    public void The_region_decides_the_day_and_without_one_WIB_is_used()
    {
        var lastNight = new Aduan(Instant.FromUtc(2024, 11, 1, 16, 30), new LocalDate(2024, 10, 25), "91.71");

        Assert.False(Pilkada.Validate(lastNight).IsValid);
        Assert.True(Pilkada.Validate(lastNight with { Wilayah = null }).IsValid);
        Assert.False(new AduanValidator(new ReportingPeriodRuleOptions { FallbackZone = DateTimeZoneProviders.Tzdb["Asia/Jayapura"] }).Validate(lastNight with { Wilayah = null }).IsValid);
    }

    [Fact]
    public void A_period_that_cannot_be_counted_says_why_in_Indonesian()
    {
        var old = new Aduan(Instant.FromUtc(2014, 12, 3, 2, 0), new LocalDate(2014, 12, 1), "19.71");
        var known = new Aduan(Instant.FromUtc(2024, 10, 20, 2, 0), new LocalDate(2024, 10, 25), "19.71");

        var error = Assert.Single(Pilkada.Validate(old, PilkadaLanguage.Indonesian).Errors);

        Assert.Equal("ReportingPeriod.Late", error.ErrorCode);
        Assert.StartsWith("Diterima Pada: batas waktu pelaporan tidak dapat diperiksa: ", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("diketahui pada 25 Oktober 2024, setelah laporan disampaikan pada 20 Oktober 2024", Assert.Single(Pilkada.Validate(known, PilkadaLanguage.Indonesian).Errors).ErrorMessage, StringComparison.Ordinal);
    }

    // The rule and the Daluwarsa requirement of LaporanValidator are the same law: they must agree.
    [Property(MaxTest = 150)]
    public Property The_rule_agrees_with_the_Daluwarsa_requirement() =>
        Prop.ForAll(
            IntakeArbitraries.CompleteLaporan.ToArbitrary(),
            Gen.Choose(-2 * 24 * 60, 6 * 24 * 60).ToArbitrary(),
            (laporan, shift) =>
            {
                var filed = laporan.FiledAt!.Value + Duration.FromMinutes(shift);
                var moved = laporan with { FiledAt = filed };
                var daluwarsa = new LaporanValidator().Validate(moved).Errors.Any(e => e.ErrorCode == LaporanRequirements.Daluwarsa);
                var rule = !Pilkada.Validate(new Aduan(filed, laporan.KnownOn, laporan.Incident!.RegionCode)).IsValid;
                return daluwarsa == rule;
            });
}
