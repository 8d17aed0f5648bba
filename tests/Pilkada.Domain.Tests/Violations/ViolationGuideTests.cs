using Pilkada.Domain.People;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Violations;

public class ViolationGuideTests
{
    private static readonly ViolationGuide Guide = ViolationGuide.Default;
    private static readonly LocalDate Date = new(2024, 10, 2);

    private static RegionCode Code(string text) => RegionCode.Parse(text, CultureInfo.InvariantCulture);

    private static Offence Offence(string code) => OffenceCatalog.Default.TryGet(code, out var o) ? o : throw new KeyNotFoundException(code);

    private static AsnNeutralityBreach Asn(string number) => AsnNeutralityCatalog.TryGet(number, out var b) ? b : throw new KeyNotFoundException(number);

    [Fact]
    public void Politik_uang_giver_category_articles_route_and_penalty()
    {
        var assessment = Guide.Assess(Offence("UU10-2016/187A-1"), ContestKind.WaliKota, Code("52.72"), Date);

        Assert.Equal(ViolationCategory.TindakPidanaPemilihan, assessment.Category);
        Assert.Equal("UU 10/2016 Pasal 73 ayat (4)", assessment.Prohibition.ToString());
        Assert.Equal("UU 10/2016 Pasal 187A ayat (1)", assessment.Punishment!.ToString());
        Assert.Equal("Polres Kota Bima", assessment.Route.Steps[1].To.Name);
        Assert.Equal(36, assessment.Penalty!.MinimumPrisonMonths);
        Assert.Empty(assessment.Sanctions);
    }

    [Fact]
    public void Replacing_officials_has_a_criminal_route_and_an_administrative_route_for_the_incumbent()
    {
        var assessment = Guide.Assess(Offence("UU1-2015/190"), ContestKind.Bupati, Code("52.06"), Date);

        Assert.Equal(RoutingMatter.TindakPidana, assessment.Route.Matter);
        var administrative = Assert.Single(assessment.AdministrativeRoutes);
        Assert.Equal(RoutingMatter.AdministrasiPemilihan, administrative.Matter);
        Assert.Equal("KPU Kabupaten Bima", administrative.Steps[0].To.Name);
        Assert.Single(assessment.AdministrativeConsequences);
    }

    [Fact]
    public void Politik_uang_by_a_calon_in_a_bupati_contest_is_decided_by_Bawaslu_Provinsi()
    {
        var assessment = Guide.Assess(Offence("UU10-2016/73-2"), ContestKind.Bupati, Code("52.06"), Date);

        Assert.Equal("Bawaslu Provinsi Nusa Tenggara Barat", assessment.Route.Competent.Name);
        Assert.Empty(assessment.AdministrativeRoutes);
        Assert.Equal(ViolationCategory.AdministrasiPemilihan, assessment.Category);
    }

    [Fact]
    public void An_ethics_breach_of_the_decree_gets_a_moral_sanction()
    {
        var assessment = Guide.Assess(Asn("E1"), ContestKind.WaliKota, Code("52.72"), new LocalDate(2024, 8, 30));

        Assert.Equal(SanctionLadders.MoralSanctions.Sanctions, assessment.Sanctions);
        Assert.Equal("BKN", assessment.Route.Steps[0].To.Name);
        Assert.Contains(assessment.Notes, n => n.Contains("(E)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_berat_breach_gets_the_heavy_penalties_of_the_ladder_in_force()
    {
        var assessment = Guide.Assess(Asn("D12"), ContestKind.WaliKota, Code("52.72"), new LocalDate(2024, 8, 20));

        Assert.Equal(SanctionLadders.Pp94Of2021.At(DisciplineLevel.Berat), assessment.Sanctions);
        Assert.Empty(assessment.TransitionalSanctions);
        Assert.Equal("KASN", assessment.Route.Steps[0].To.Name);
        Assert.Contains(assessment.Notes, n => n.Contains("PP 49/2018", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sedang_breach_also_gets_the_transitional_PP_53_2010_penalties()
    {
        var (sanctions, transitional, notes) = ViolationGuide.SanctionsFor(Asn("D3"), Date, AsnKind.Pns);

        Assert.Equal([6, 9, 12], sanctions.Select(s => s.DurationMonths!.Value));
        Assert.Equal(SanctionLadders.Pp53Of2010.At(DisciplineLevel.Sedang), transitional);
        Assert.Contains(notes, n => n.Contains("Pasal 42", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, n => n.Contains("PP 49/2018", StringComparison.Ordinal));
    }

    [Fact]
    public void A_2020_breach_is_judged_by_PP_53_2010() =>
        Assert.Equal(SanctionLadders.Pp53Of2010.At(DisciplineLevel.Berat), ViolationGuide.SanctionsFor(Asn("D1"), new LocalDate(2020, 11, 1)).Sanctions);

    [Fact]
    public void Ikut_kampanye_has_its_level_from_the_decree_not_the_PP() =>
        Assert.Contains(ViolationGuide.SanctionsFor(Asn("D4"), Date).Notes, n => n.Contains("angka 1", StringComparison.Ordinal));

    [Fact]
    public void Party_membership_means_dismissal_without_honour() =>
        Assert.Equal([SanctionLadders.PartyMembershipDismissal], ViolationGuide.SanctionsFor(Asn("D5"), Date).Sanctions);

    [Fact]
    public void A_PPPK_gets_no_invented_ladder()
    {
        var assessment = Guide.Assess(Asn("D1"), ContestKind.WaliKota, Code("52.72"), Date, new AssessmentOptions { Employee = AsnKind.Pppk });

        Assert.Empty(assessment.Sanctions);
        Assert.Contains(assessment.Notes, n => n.Contains("PP 49/2018", StringComparison.Ordinal));
    }

    [Fact]
    public void TryAssess_reports_a_bad_contest_as_data()
    {
        Assert.False(Guide.TryAssess(Asn("D1"), ContestKind.Gubernur, Code("34"), Date, out var assessment, out var error));
        Assert.Null(assessment);
        Assert.Equal(InstitutionError.NoElection, error);
        Assert.Throws<InstitutionException>(() => Guide.Assess(Asn("D1"), ContestKind.Gubernur, Code("34"), Date));
    }

    [Fact]
    public void Find_searches_offences_then_decree_entries()
    {
        Assert.Equal(["UU8-2015/189", "UU1-2015/188"], Guide.Find("netralitas").Take(2).Select(b => b.Code));
        Assert.Equal(21, Guide.Find("netralitas").Count);
        Assert.Equal(["SKB-2022/D5"], Guide.Find("D5").Select(b => b.Code));
        Assert.Empty(Guide.Find("tidak ada yang cocok"));
    }

    [Fact]
    public void An_offence_before_its_text_was_in_force_gets_a_note() =>
        Assert.Contains(Guide.Assess(Offence("UU10-2016/187A-1"), ContestKind.WaliKota, Code("52.72"), new LocalDate(2015, 12, 9)).Notes,
            n => n.Contains("in force from 2016-07-01", StringComparison.Ordinal));

    [Fact]
    public void A_route_serialises_with_ISO_dates_and_names()
    {
        var route = Jurisdiction.Default.Route(RoutingMatter.TindakPidana, ContestKind.WaliKota, Code("52.72"), Date);

        var json = PilkadaJson.Serialize(route);
        using var document = JsonDocument.Parse(json);

        Assert.Equal("2024-10-02", document.RootElement.GetProperty("date").GetString());
        Assert.Equal("TindakPidana", document.RootElement.GetProperty("matter").GetString());
        Assert.Equal("52.72", document.RootElement.GetProperty("contestRegion").GetString());
        Assert.Equal("Bawaslu Kota Bima", document.RootElement.GetProperty("competent").GetProperty("name").GetString());
        Assert.Equal("Hours", document.RootElement.GetProperty("steps")[1].GetProperty("deadlines")[0].GetProperty("unit").GetString());
    }

    [Fact]
    public void An_institution_round_trips_through_JSON()
    {
        var institution = InstitutionDirectory.Default.Get(InstitutionKind.PengawasTps, Code("52.72.01.1001"), Date, 3);

        var json = PilkadaJson.Serialize(institution);

        Assert.Equal(institution, PilkadaJson.Deserialize<Institution>(json));
        Assert.Contains("\"kind\":\"PengawasTps\"", json, StringComparison.Ordinal);
    }
}

public class ViolationCategoryTests
{
    [Fact]
    public void Sengketa_is_a_dispute_not_a_violation()
    {
        Assert.False(ViolationCategory.SengketaPemilihan.IsViolation());
        Assert.False(ViolationCategory.None.IsViolation());
        Assert.Equal(4, ViolationCategories.All.Count(c => c.IsViolation()));
        Assert.Contains("bukan pelanggaran", ViolationCategory.SengketaPemilihan.IndonesianName(), StringComparison.Ordinal);
    }

    // UU 1/2015 Pasal 135 ayat (1).
    [Theory]
    [InlineData(ViolationCategory.KodeEtikPenyelenggara, RoutingMatter.KodeEtikPenyelenggara)]
    [InlineData(ViolationCategory.AdministrasiPemilihan, RoutingMatter.AdministrasiPemilihan)]
    [InlineData(ViolationCategory.TindakPidanaPemilihan, RoutingMatter.TindakPidana)]
    [InlineData(ViolationCategory.PeraturanPerundanganLainnya, RoutingMatter.PeraturanLainnya)]
    [InlineData(ViolationCategory.SengketaPemilihan, RoutingMatter.SengketaPemilihan)]
    public void Each_category_has_a_default_route(ViolationCategory category, RoutingMatter matter) =>
        Assert.Equal(matter, category.DefaultMatter());

    [Fact]
    public void An_unclassified_matter_has_no_route() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ViolationCategory.None.DefaultMatter());

    [Theory]
    [InlineData(ViolationCategory.KodeEtikPenyelenggara, 1)]
    [InlineData(ViolationCategory.AdministrasiPemilihan, 2)]
    [InlineData(ViolationCategory.TindakPidanaPemilihan, 3)]
    [InlineData(ViolationCategory.PeraturanPerundanganLainnya, 4)]
    [InlineData(ViolationCategory.SengketaPemilihan, 5)]
    public void Regression_category_values_are_stable(ViolationCategory category, int value) => Assert.Equal(value, (int)category);
}
