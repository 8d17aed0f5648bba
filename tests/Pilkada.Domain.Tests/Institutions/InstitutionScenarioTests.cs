using System.Globalization;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Institutions;

/// <summary>Facts from the 2024 news reports in the domain scenarios.</summary>
public class InstitutionScenarioTests
{
    private static RegionCode Code(string text) => RegionCode.Parse(text, CultureInfo.InvariantCulture);

    // Article 1 (ANTARA, Kota Bima, 2024): Bawaslu Kota Bima works through a Pokja Netralitas ASN; the Pj Wali Kota, as the
    // officer who disciplines civil servants, promises disciplinary punishment; 218 polling-station supervisors recruited.
    [Fact]
    public void Article_1_Kota_Bima_neutrality_bodies()
    {
        var date = new LocalDate(2024, 10, 1);
        var directory = InstitutionDirectory.Default;

        Assert.Equal("Bawaslu Kota Bima", directory.Supervisor(ContestKind.WaliKota, Code("52.72"), date).Name);
        Assert.Equal("Pokja Netralitas ASN Kota Bima", directory.Get(InstitutionKind.PokjaNetralitasAsn, Code("52.72"), date).Name);
        Assert.Equal(SourceConfidence.SingleSource, InstitutionProfiles.Default[InstitutionKind.PokjaNetralitasAsn].Confidence);

        var route = Jurisdiction.Default.Route(RoutingMatter.NetralitasAsn, ContestKind.WaliKota, Code("52.72"), date, new RouteOptions { SubjectRegion = Code("52.72") });
        Assert.Equal(["Bawaslu Kota Bima", "BKN", "Pejabat Pembina Kepegawaian Kota Bima (Wali Kota Bima)"], route.Institutions.Select(i => i.Name));
        Assert.Contains("penjabat", InstitutionProfiles.Default[InstitutionKind.PejabatPembinaKepegawaian].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_1_one_Pengawas_TPS_is_recruited_per_polling_station()
    {
        var ptps = InstitutionProfiles.Default[InstitutionKind.PengawasTps].Members!;

        Assert.Equal(MemberCountUnit.PerTps, ptps.Unit);
        Assert.True(ptps.IsFixed);
        Assert.Equal(1, ptps.Minimum);
        Assert.Equal(InstitutionTenure.AdHoc, InstitutionProfiles.Default[InstitutionKind.PengawasTps].Tenure);
    }

    // Article 5 (Pangkalpinang, 28 October 2024): "Bawaslu bekerja secara hirarki" — Bawaslu Kota Pangkalpinang does its
    // kajian awal in coordination with Bawaslu Provinsi.
    [Fact]
    public void Article_5_Pangkalpinang_works_hierarchically()
    {
        var date = new LocalDate(2024, 10, 28);
        var chain = InstitutionDirectory.Default.OversightChain(Code("19.71"), date);

        Assert.Equal(["Bawaslu Kota Pangkal Pinang", "Bawaslu Provinsi Kepulauan Bangka Belitung", "Bawaslu RI"], chain.Select(i => i.Name));
    }

    [Fact]
    public void Article_5_a_neutrality_report_after_the_rally_goes_to_BKN()
    {
        var breach = AsnNeutralityCatalog.Disiplin.Single(b => b.Number == "D4");
        var assessment = ViolationGuide.Default.Assess(breach, ContestKind.WaliKota, Code("19.71"), new LocalDate(2024, 10, 28));

        Assert.Equal("Bawaslu Kota Pangkal Pinang", assessment.Route.Competent.Name);
        Assert.Equal("BKN", assessment.Route.Steps[0].To.Name);
        Assert.Equal(ViolationCategory.PeraturanPerundanganLainnya, assessment.Category);
    }

    // Article 3 (Kota Bengkulu): two earlier ASN cases "were finished by KASN" — before 24 August 2024.
    [Fact]
    public void Article_3_earlier_Bengkulu_cases_went_to_KASN()
    {
        var route = Jurisdiction.Default.Route(RoutingMatter.NetralitasAsn, ContestKind.WaliKota, Code("17.71"), new LocalDate(2024, 7, 15));

        Assert.Equal("KASN", route.Steps[0].To.Name);
        Assert.Equal("Bawaslu Kota Bengkulu", route.Competent.Name);
    }
}
