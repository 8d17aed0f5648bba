using System.Globalization;
using FluentValidation;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Tests.Infrastructure;
using Pilkada.Domain.Validation;

namespace Pilkada.Domain.Tests.Validation;

public class ElectionStageRuleTests
{
    private static readonly ElectionSchedule Schedule = ElectionCatalog.Default.Pilkada2024.Schedule;

    public sealed record Kejadian(LocalDate TanggalKampanye, LocalDate? TanggalLain, Instant Waktu, Instant? WaktuLain, RegionCode Wilayah);

    private sealed class KejadianValidator : AbstractValidator<Kejadian>
    {
        public KejadianValidator()
        {
            RuleFor(k => k.TanggalKampanye).WithinStage(Schedule, "kampanye");
            RuleFor(k => k.TanggalLain).WithinStage(Schedule["masa-tenang"]);
            RuleFor(k => k.Waktu).WithinStage(Schedule, "masa-tenang", k => k.Wilayah);
            RuleFor(k => k.WaktuLain).WithinStage(Schedule["pemungutan-suara"], k => k.Wilayah);
        }
    }

    private static readonly RegionCode Bima = RegionCode.Parse("52.72", CultureInfo.InvariantCulture);

    // 25 Nov 2024 00:30 WITA in Kota Bima.
    private static readonly Instant QuietNight = Instant.FromUtc(2024, 11, 24, 16, 30);

    private static Kejadian Valid => new(new LocalDate(2024, 10, 1), null, QuietNight, null, Bima);

    [Fact]
    public void Dates_and_instants_within_their_stages_pass_and_null_values_are_left_to_NotNull()
    {
        var result = new KejadianValidator().Validate(Valid);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.True(new KejadianValidator().Validate(Valid with { TanggalLain = new LocalDate(2024, 11, 26), WaktuLain = Instant.FromUtc(2024, 11, 27, 5, 0) }).IsValid);
    }

    [Fact]
    public void A_date_outside_the_campaign_names_the_date_and_the_campaigns_dates()
    {
        using var _ = new CultureScope("en-US");
        var result = new KejadianValidator().Validate(Valid with { TanggalKampanye = new LocalDate(2024, 11, 25) });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Stage.DateOutside", error.ErrorCode);
        Assert.Equal("Tanggal Kampanye: 25 November 2024 is outside the stage Campaign period (25 September 2024 – 23 November 2024).", error.ErrorMessage);
    }

    [Fact]
    public void The_message_is_in_Indonesian_when_asked()
    {
        var result = new KejadianValidator().Validate(Valid with { TanggalKampanye = new LocalDate(2024, 9, 24) }, PilkadaLanguage.Indonesian);

        Assert.Equal(
            "Tanggal Kampanye: 24 September 2024 berada di luar tahapan Kampanye (25 September 2024 – 23 November 2024).",
            Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void An_instant_is_judged_by_the_regions_local_date()
    {
        // 23 Nov 2024 16:30 UTC is 24 Nov 00:30 in Kota Bima (WITA) but 23 Nov 23:30 in Jakarta (WIB).
        var evening = Instant.FromUtc(2024, 11, 23, 16, 30);
        var jakarta = RegionCode.Parse("31.71", CultureInfo.InvariantCulture);

        Assert.True(new KejadianValidator().Validate(Valid with { Waktu = evening }).IsValid);
        var result = new KejadianValidator().Validate(Valid with { Waktu = evening, Wilayah = jakarta }, PilkadaLanguage.English);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Stage.InstantOutside", error.ErrorCode);
        Assert.Equal(
            "Waktu: 23 November 2024 23:30 WIB in Kota Administrasi Jakarta Pusat (31.71) falls on 23 November 2024, outside the stage Quiet period (24 November 2024 – 26 November 2024).",
            error.ErrorMessage);
    }

    [Fact]
    public void The_instant_message_in_Indonesian()
    {
        var result = new KejadianValidator().Validate(Valid with { Waktu = Instant.FromUtc(2024, 11, 27, 0, 0) }, PilkadaLanguage.Indonesian);

        Assert.Equal(
            "Waktu: 27 November 2024 08.00 WITA di Kota Bima (52.72) jatuh pada 27 November 2024, di luar tahapan Masa tenang (24 November 2024 – 26 November 2024).",
            Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void A_region_without_a_known_time_zone_is_reported()
    {
        var result = new KejadianValidator().Validate(Valid with { Wilayah = default }, PilkadaLanguage.English);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Stage.InstantOutside", error.ErrorCode);
        Assert.Equal("Waktu: the local date cannot be told because the region '' has no known time zone.", error.ErrorMessage);
    }

    [Fact]
    public void A_stage_without_dates_or_an_unknown_stage_cannot_make_a_rule()
    {
        var undated = Assert.Throws<ElectionArgumentException>(() => new InlineValidator<Kejadian>
        {
            v => v.RuleFor(k => k.TanggalKampanye).WithinStage(Schedule, "pembentukan-pengawas-ad-hoc"),
        });
        Assert.Equal("Stage.Undated", undated.ErrorCode);

        var unknown = Assert.Throws<ElectionArgumentException>(() => new InlineValidator<Kejadian>
        {
            v => v.RuleFor(k => k.TanggalKampanye).WithinStage(Schedule, "masa-kampanye"),
        });
        Assert.Equal("Schedule.UnknownStage", unknown.ErrorCode);
    }
}
