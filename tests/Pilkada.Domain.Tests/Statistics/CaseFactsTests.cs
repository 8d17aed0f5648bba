using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Statistics;
using Pilkada.Domain.Tests.Infrastructure;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Statistics;

public class CaseFactsTests
{
    [Fact]
    public void The_Kota_Bima_neutrality_case_is_a_sanctioned_violation_of_other_laws_received_during_the_campaign()
    {
        var facts = CaseFacts.From(CaseExamples.Load("kota-bima-netralitas-asn.json"));

        Assert.Equal(RegionCode.Parse("52.72"), facts.Region);
        Assert.Equal(CaseOrigin.Laporan, facts.Origin);
        Assert.Equal(CaseStatus.Ditutup, facts.Status);
        Assert.Equal(PublishedRegistration.Diregister, facts.Registration);
        Assert.Equal(PublishedOutcome.Pelanggaran, facts.Outcome);
        Assert.Equal(ViolationCategory.PeraturanPerundanganLainnya, facts.Category);
        Assert.Equal(Instant.FromUtc(2024, 10, 9, 2, 0), facts.ReceivedAt);
        Assert.Equal(new YearMonth(2024, 10), facts.ReceivedMonth);
        Assert.Equal(InstitutionSet.Of(InstitutionKind.Bkn, InstitutionKind.PejabatPembinaKepegawaian), facts.Institutions);
        Assert.Equal(StageKind.Kampanye, facts.Stage);
        Assert.True(facts.IsSanctioned);
        Assert.True(facts.IsClosed);
    }

    [Fact]
    public void A_conviction_on_the_Gakkumdu_track_counts_as_sanctioned()
    {
        var facts = CaseFacts.From(CaseExamples.Load("politik-uang-gakkumdu.json"));

        Assert.Equal(ViolationCategory.TindakPidanaPemilihan, facts.Category);
        Assert.True(facts.Institutions.Contains(InstitutionKind.Polri));
        Assert.True(facts.IsSanctioned);
    }

    [Fact]
    public void A_late_report_is_not_registered_and_has_no_category_or_sanction()
    {
        var facts = CaseFacts.From(CaseExamples.Load("laporan-daluwarsa.json"));

        Assert.Equal(PublishedRegistration.TidakDiregister, facts.Registration);
        Assert.Equal(PublishedOutcome.TidakDitangani, facts.Outcome);
        Assert.Equal(ViolationCategory.None, facts.Category);
        Assert.True(facts.Institutions.IsEmpty);
        Assert.False(facts.IsSanctioned);
    }

    [Fact]
    public void A_recommendation_without_a_sanction_is_not_sanctioned_and_an_acquittal_is_not_either()
    {
        var recommended = CaseFacts.From(StatisticsFixtures.Build(StatisticsFixtures.Kind.HukumLainnya, false, 1));
        Assert.False(recommended.IsSanctioned);
        Assert.True(recommended.Institutions.Contains(InstitutionKind.Bkn));

        var acquitted = CaseExamples.Load("politik-uang-gakkumdu.json");
        var events = acquitted.Events.Select(e => e switch
        {
            HighCourtVerdict h => new HighCourtVerdict(h.At, CourtVerdict.Acquitted),
            _ => e,
        });
        Assert.False(CaseFacts.From(ViolationCase.Replay(acquitted.Header, events)).IsSanctioned);
    }

    [Fact]
    public void Without_a_contest_the_stage_is_unknown()
    {
        var @case = ViolationCase.Create("X-1", LegalRegime.Pilkada, StatisticsFixtures.Bima)
            .Apply(new TemuanRecorded(StatisticsFixtures.Day(2), new Temuan { FoundOn = new LocalDate(2024, 10, 1) })).Case;

        var facts = CaseFacts.From(@case);

        Assert.Null(facts.Stage);
        Assert.Equal(new YearMonth(2024, 10), facts.ReceivedMonth);
    }

    [Theory]
    [InlineData(2024, 11, 25, StageKind.MasaTenang)] // masa tenang 24–26 Nov 2024, beside nothing shorter
    [InlineData(2024, 11, 27, StageKind.PemungutanSuara)] // voting day; counting starts the same day but runs to 16 Dec
    [InlineData(2024, 10, 15, StageKind.Kampanye)] // kampanye 25 Sep–23 Nov 2024, beside months-long preparation stages
    [InlineData(2024, 9, 22, StageKind.PenetapanPasanganCalon)]
    public void The_stage_of_a_day_is_the_most_specific_stage_in_force(int year, int month, int day, StageKind expected) =>
        Assert.Equal(expected, CaseFacts.StageOn(ElectionCatalog.Default.Pilkada2024.Schedule, new LocalDate(year, month, day), StatisticsFixtures.Bima));

    [Fact]
    public void The_stage_of_a_day_outside_the_schedule_is_null() =>
        Assert.Null(CaseFacts.StageOn(ElectionCatalog.Default.Pilkada2024.Schedule, new LocalDate(2030, 1, 1), StatisticsFixtures.Bima));

    [Fact]
    public void Default_facts_are_no_case()
    {
        var facts = default(CaseFacts);

        Assert.True(facts.Region.IsEmpty);
        Assert.Equal(CaseOrigin.None, facts.Origin);
        Assert.Null(facts.ReceivedAt);
        Assert.Null(facts.ReceivedMonth);
        Assert.Null(facts.Stage);
        Assert.True(facts.Institutions.IsEmpty);
        Assert.False(facts.IsSanctioned || facts.IsClosed);
        Assert.Equal(default, new CaseFacts(default));
    }

    [Fact]
    public void Every_value_round_trips_through_the_compact_fields()
    {
        var facts = new CaseFacts(RegionCode.Parse("52.72.01.1001"))
        {
            Origin = CaseOrigin.Temuan,
            Status = CaseStatus.Ditutup,
            Registration = PublishedRegistration.Dicabut,
            Outcome = PublishedOutcome.TidakDitangani,
            Category = ViolationCategory.SengketaPemilihan,
            ReceivedAt = Instant.FromUtc(1970, 1, 1, 0, 0),
            ReceivedMonth = new YearMonth(2024, 12),
            Institutions = InstitutionSet.Of(InstitutionKind.KepalaDaerah, InstitutionKind.BawasluRI),
            Stage = StageKind.Other,
            IsSanctioned = true,
            IsClosed = false,
        };

        Assert.Equal(Instant.FromUtc(1970, 1, 1, 0, 0), facts.ReceivedAt); // the Unix epoch is a time, not "unknown"
        Assert.Equal(new YearMonth(2024, 12), facts.ReceivedMonth);
        Assert.Equal(StageKind.Other, facts.Stage);
        Assert.Equal([InstitutionKind.BawasluRI, InstitutionKind.KepalaDaerah], facts.Institutions);
        Assert.True(facts.IsSanctioned);
        Assert.False(facts.IsClosed);
        Assert.Equal(CaseStatus.Ditutup, facts.Status);
        Assert.Equal(ViolationCategory.SengketaPemilihan, facts.Category);
    }

    [Fact]
    public void An_undefined_value_is_rejected_naming_the_property()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CaseFacts(default) { Status = (CaseStatus)99 });
        Assert.Equal("Status", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CaseFacts(default) { Stage = (StageKind)200 });
    }

    [Fact]
    public void The_compact_sizes_match_the_enums() // regression: a new enum member must widen the counting arrays
    {
        Assert.Equal(CaseFacts.OriginCount, Enum.GetValues<CaseOrigin>().Length);
        Assert.Equal(CaseFacts.StatusCount, Enum.GetValues<CaseStatus>().Length);
        Assert.Equal(CaseFacts.RegistrationCount, Enum.GetValues<PublishedRegistration>().Length);
        Assert.Equal(CaseFacts.OutcomeCount, Enum.GetValues<PublishedOutcome>().Length);
        Assert.Equal(CaseFacts.CategoryCount, Enum.GetValues<ViolationCategory>().Length);
        Assert.Equal(CaseFacts.StageCount, Enum.GetValues<StageKind>().Length);
        Assert.Equal((StageKind)CaseFacts.StageCount, Enum.GetValues<StageKind>().Max() + 1);
        Assert.All(Enum.GetValues<InstitutionKind>(), k => Assert.InRange((int)k, 0, 63));
    }

    [Fact]
    public void The_projection_is_compact() =>
        Assert.True(System.Runtime.CompilerServices.Unsafe.SizeOf<CaseFacts>() <= 40);

    [Fact]
    public void An_institution_set_adds_counts_and_enumerates_in_order()
    {
        var set = InstitutionSet.Empty.With(InstitutionKind.Dkpp).With(InstitutionKind.Bkn).With(InstitutionKind.None).With(InstitutionKind.Dkpp);

        Assert.Equal(2, set.Count);
        Assert.Equal([InstitutionKind.Dkpp, InstitutionKind.Bkn], set.ToArray());
        Assert.False(set.Contains(InstitutionKind.None));
        Assert.Equal("Dkpp, Bkn", set.ToString());
        Assert.Equal(set, InstitutionSet.FromBits(set.Bits | 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.With((InstitutionKind)64));
    }
}
