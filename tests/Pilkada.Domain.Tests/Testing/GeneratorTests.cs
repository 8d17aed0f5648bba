using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Testing;

namespace Pilkada.Domain.Tests.Testing;

/// <summary>Each generator of Pilkada.Domain.Testing yields what it claims.</summary>
[Properties(Arbitrary = [typeof(PilkadaArbitraries)], MaxTest = 200)]
public class GeneratorTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(60);

    // Reference instants inside the Pilkada 2024 campaign and after the vote, and one in 2026 (the calendar covers 2024–2027).
    private static readonly Instant[] ReferenceInstants =
    [
        Instant.FromUtc(2024, 10, 28, 3, 0), Instant.FromUtc(2024, 11, 27, 12, 30), Instant.FromUtc(2025, 1, 6, 0, 0), Instant.FromUtc(2026, 6, 1, 9, 0),
    ];

    public static TheoryData<NikError> NikErrors() => [.. Enum.GetValues<NikError>().Where(e => e != NikError.None)];

    public static TheoryData<NipError> NipErrors() => [.. Enum.GetValues<NipError>().Where(e => e != NipError.None)];

    public static TheoryData<LaporanRequirement> Requirements() => [.. LaporanRequirements.All];

    [Property]
    public bool The_Nik_arbitrary_gives_NIKs_that_parse_back(Nik nik) =>
        Nik.TryParse(nik.ToFullString(), out var parsed) && parsed == nik;

    [Property]
    public bool The_Nip_arbitrary_gives_NIPs_that_parse_back_with_their_kind(Nip nip) =>
        Nip.TryParse(nip.ToString("D", null).AsSpan(), nip.Kind, out var parsed, out _) && parsed == nip;

    [Property]
    public Property Written_NIKs_parse_to_the_NIK_they_were_written_from() =>
        Prop.ForAll(PilkadaGenerators.WrittenNik.ToArbitrary(), w => Nik.TryParse(w.Text, out var parsed) && parsed == w.Nik);

    [Property]
    public Property Written_NIPs_parse_to_the_NIP_they_were_written_from() =>
        Prop.ForAll(PilkadaGenerators.WrittenNip.ToArbitrary(), w => Nip.TryParse(w.Text, out var parsed) && parsed == w.Nip && parsed.Kind == w.Nip.Kind);

    [Property]
    public Property NIKs_from_the_catalogue_name_a_kecamatan_of_the_catalogue() =>
        Prop.ForAll(PilkadaGenerators.CatalogNik.ToArbitrary(), nik => nik.RegistrationRegion is { } code && RegionCatalog.Default.Contains(code));

    [Property]
    public Property An_invalid_NIK_fails_with_exactly_its_expected_code() =>
        Prop.ForAll(PilkadaGenerators.InvalidNik.ToArbitrary(), x =>
            (!Nik.TryParse(x.Text.AsSpan(), out _, out var error) && error.Error == x.Expected)
                .Label($"'{x.Text}': expected {x.Expected}, got {error.Error}"));

    [Theory]
    [MemberData(nameof(NikErrors))]
    public void Each_NIK_error_has_a_generator_that_gives_only_that_error(NikError expected) =>
        Check.One(Quick, Prop.ForAll(PilkadaGenerators.InvalidNikWith(expected).ToArbitrary(), x =>
            (!Nik.TryParse(x.Text.AsSpan(), out _, out var error) && error.Error == expected && x.Expected == expected)
                .Label($"'{x.Text}': expected {expected}, got {error.Error}")));

    [Theory]
    [MemberData(nameof(NipErrors))]
    public void Each_NIP_error_has_a_generator_that_gives_only_that_error_for_a_PNS_NIP(NipError expected) =>
        Check.One(Quick, Prop.ForAll(PilkadaGenerators.InvalidNipWith(expected).ToArbitrary(), x =>
            (!Nip.TryParse(x.Text.AsSpan(), AsnKind.Pns, out _, out var error) && error.Error == expected && x.Expected == expected)
                .Label($"'{x.Text}': expected {expected}, got {error.Error}")));

    [Property]
    public Property Without_a_kind_an_invalid_NIP_gives_the_same_error_except_a_labelled_NI_PPPK() =>
        Prop.ForAll(PilkadaGenerators.InvalidNip.ToArbitrary(), x =>
        {
            var ok = Nip.TryParse(x.Text.AsSpan(), null, out var nip, out var error);
            return (x.Expected == NipError.KindMismatch ? ok && nip.Kind == AsnKind.Pppk : !ok && error.Error == x.Expected)
                .Label($"'{x.Text}': expected {x.Expected}, got {error.Error}");
        });

    [Fact]
    public void NIK_and_NIP_generators_refuse_None()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PilkadaGenerators.InvalidNikWith(NikError.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => PilkadaGenerators.InvalidNipWith(NipError.None));
    }

    [Property]
    public Property Personal_number_like_text_never_makes_the_parsers_throw() =>
        Prop.ForAll(PilkadaGenerators.PersonalNumberLikeText.ToArbitrary(), text =>
        {
            _ = Nik.TryParse(text.AsSpan(), out _, out _);
            _ = Nip.TryParse(text.AsSpan(), out _, out _);
            return true;
        });

    [Theory]
    [InlineData(LegalRegimeKind.Pilkada)]
    [InlineData(LegalRegimeKind.Pemilu)]
    public void A_complete_laporan_is_valid_at_its_reference_instant(LegalRegimeKind regime)
    {
        foreach (var at in ReferenceInstants)
        {
            var validator = new LaporanValidator(new LaporanValidatorOptions { Regime = regime, ReferenceInstant = at });
            Check.One(Quick, Prop.ForAll(PilkadaGenerators.CompleteLaporan(at).ToArbitrary(), laporan =>
            {
                var assessment = validator.ValidateAll(laporan, PilkadaLanguage.English);
                return (assessment.CanBeRegistered && laporan.FiledAt <= at).Label($"{at}: {string.Join(" | ", assessment.Unmet.Select(u => u.ToString()))}");
            }));
        }
    }

    [Fact]
    public void A_complete_laporan_is_valid_by_a_fake_clock_showing_the_reference_instant()
    {
        var at = Instant.FromUtc(2024, 11, 2, 2, 0);
        var validator = new LaporanValidator(new LaporanValidatorOptions { Clock = new FakeClock(at) });

        Check.One(Quick, Prop.ForAll(PilkadaGenerators.CompleteLaporan(at).ToArbitrary(), laporan => validator.Validate(laporan).IsValid));
    }

    [Property(MaxTest = 300)]
    public Property A_laporan_with_one_requirement_missing_fails_with_exactly_that_code() =>
        Prop.ForAll(
            Gen.Elements(ReferenceInstants).SelectMany(PilkadaGenerators.LaporanMissingOne).ToArbitrary(),
            x =>
            {
                var at = x.Laporan.FiledAt ?? Instant.FromUtc(2024, 10, 28, 3, 0);
                var validator = new LaporanValidator(new LaporanValidatorOptions { ReferenceInstant = ReferenceInstants.First(i => i >= at) });
                var codes = validator.Validate(x.Laporan).Errors.Select(e => e.ErrorCode).Distinct().ToList();
                return (codes.Count == 1 && codes[0] == x.ExpectedCode).Label($"{x.How}: expected {x.ExpectedCode}, got {string.Join(", ", codes)}");
            });

    [Theory]
    [MemberData(nameof(Requirements))]
    public void Every_requirement_has_a_generator_that_breaks_only_it(LaporanRequirement requirement)
    {
        var at = Instant.FromUtc(2024, 11, 27, 12, 30);
        var validator = new LaporanValidator(new LaporanValidatorOptions { ReferenceInstant = at });

        Check.One(Quick, Prop.ForAll(PilkadaGenerators.LaporanMissing(at, requirement).ToArbitrary(), x =>
        {
            var codes = validator.Validate(x.Laporan).Errors.Select(e => e.ErrorCode).Distinct().ToList();
            return (x.Missing == requirement && codes.Count == 1 && codes[0] == LaporanRequirements.CodeOf(requirement))
                .Label($"{x.How}: got {string.Join(", ", codes)}");
        }));
    }

    public static TheoryData<string, string> StagesAndRegions()
    {
        var data = new TheoryData<string, string>();
        foreach (var stage in ElectionCatalog.Default.Pilkada2024.Schedule.Stages.Where(s => s.IsDated))
        {
            foreach (var region in new[] { "31.71", "52.72", "91.71" })
            {
                data.Add(stage.Id, region);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StagesAndRegions))]
    public void Instants_fall_inside_the_stage_in_the_regions_local_time(string stageId, string regionCode)
    {
        var stage = ElectionCatalog.Default.Pilkada2024.Schedule[stageId];
        var region = RegionCode.Parse(regionCode);
        var zone = RegionTimeZones.GetDateTimeZone(region);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25), Prop.ForAll(PilkadaGenerators.InstantIn(stage, region).ToArbitrary(), instant =>
        {
            var local = instant.InZone(zone).Date;
            return (stage.IsInForceOn(local) && ElectionCatalog.Default.Pilkada2024.Schedule.InForceAt(instant, zone).Contains(stage))
                .Label($"{instant} is {local} in {zone.Id}, outside {stage.DescribeDates(PilkadaLanguage.English)}");
        }));
    }

    [Fact]
    public void The_first_and_last_instants_of_masa_tenang_in_Jayapura_are_reachable()
    {
        // Masa tenang Pilkada 2024: 24–26 November 2024 (PKPU 2/2024); Jayapura is WIT (UTC+9).
        var stage = ElectionCatalog.Default.Pilkada2024.Schedule.Find(StageKind.MasaTenang)!;
        var instants = PilkadaGenerators.InstantIn(stage, RegionCode.Parse("91.71")).Sample(400);

        Assert.Contains(Instant.FromUtc(2024, 11, 23, 15, 0), instants.Select(i => i - Duration.FromSeconds(i.InUtc().Second)));
        Assert.All(instants, i => Assert.InRange(i, Instant.FromUtc(2024, 11, 23, 15, 0), Instant.FromUtc(2024, 11, 26, 15, 0) - Duration.FromTicks(1)));
    }

    [Fact]
    public void An_undated_stage_has_no_instants()
    {
        var undated = new ElectionStage("tanpa-tanggal", StageKind.Other, StagePhase.Persiapan, "Tahapan tanpa tanggal", "Undated stage", null, null, new LegalReference("test"));

        Assert.Throws<ArgumentException>(() => PilkadaGenerators.InstantIn(undated, RegionCode.Parse("52.72")));
    }

    [Property]
    public bool The_case_event_arbitrary_gives_allowed_histories_in_time_order(IReadOnlyList<CaseEvent> events) =>
        events.Count > 0 && events.Zip(events.Skip(1)).All(p => p.First.At <= p.Second.At) &&
        ViolationCase.Replay(CaseGenerators.DefaultHeader, events).Events.Count == events.Count;
}
