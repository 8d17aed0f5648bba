using Pilkada.Domain.Calendars;
using System.Globalization;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Institutions;

public class JurisdictionTests
{
    private static readonly Jurisdiction Rules = Jurisdiction.Default;
    private static readonly LocalDate October2024 = new(2024, 10, 2);

    private static RegionCode Code(string text) => RegionCode.Parse(text, CultureInfo.InvariantCulture);

    // SE MenPAN-RB 4/2024: KASN handled neutrality cases until 23 August 2024; BKN from 24 August 2024.
    [Theory]
    [InlineData(2024, 8, 20, InstitutionKind.Kasn, "KASN")]
    [InlineData(2024, 8, 23, InstitutionKind.Kasn, "KASN")]
    [InlineData(2024, 8, 24, InstitutionKind.Bkn, "BKN")]
    [InlineData(2024, 8, 30, InstitutionKind.Bkn, "BKN")]
    public void A_neutrality_case_goes_to_KASN_or_BKN_by_its_date(int year, int month, int day, InstitutionKind kind, string name)
    {
        var date = new LocalDate(year, month, day);
        var route = Rules.Route(RoutingMatter.NetralitasAsn, ContestKind.WaliKota, Code("52.72"), date);

        Assert.Equal("Bawaslu Kota Bima", route.Competent.Name);
        Assert.Equal(kind, route.Steps[0].To.Kind);
        Assert.Equal(name, route.Steps[0].To.Name);
        Assert.Equal(kind, AsnNeutralityAuthority.KindOn(date));
        Assert.Equal(InstitutionKind.PejabatPembinaKepegawaian, route.Steps[1].To.Kind);
        Assert.Equal(RouteAction.ImposeSanction, route.Steps[1].Action);
    }

    [Fact]
    public void The_recommending_body_cites_its_own_basis()
    {
        Assert.Equal("UU 5/2014", Rules.Route(RoutingMatter.NetralitasAsn, ContestKind.WaliKota, Code("52.72"), new LocalDate(2024, 8, 20)).Steps[0].Basis.Instrument);
        Assert.Equal("SE MenPAN-RB 4/2024", Rules.Route(RoutingMatter.NetralitasAsn, ContestKind.WaliKota, Code("52.72"), new LocalDate(2024, 8, 30)).Steps[0].Basis.Instrument);
    }

    [Fact]
    public void The_Pejabat_Pembina_Kepegawaian_has_no_day_count_to_act()
    {
        var step = Rules.Route(RoutingMatter.NetralitasAsn, ContestKind.WaliKota, Code("52.72"), October2024, new RouteOptions { SubjectRegion = Code("52.72") }).Steps[1];

        Assert.Empty(step.Deadlines);
        Assert.Contains("No day count", step.Note, StringComparison.Ordinal);
        Assert.Equal(SourceConfidence.Confirmed, step.Confidence);
        Assert.Equal("Pejabat Pembina Kepegawaian Kota Bima (Wali Kota Bima)", step.To.Name);
    }

    [Fact]
    public void Without_the_employer_the_PPK_of_the_contest_region_is_assumed_and_marked_uncertain()
    {
        var step = Rules.Route(RoutingMatter.NetralitasAsn, ContestKind.Gubernur, Code("52"), October2024).Steps[1];

        Assert.Equal("Pejabat Pembina Kepegawaian Provinsi Nusa Tenggara Barat (Gubernur Nusa Tenggara Barat)", step.To.Name);
        Assert.Equal(SourceConfidence.Uncertain, step.Confidence);
        Assert.StartsWith("Assumed", step.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_employer_can_be_a_regency_inside_a_governor_contest_or_a_central_agency()
    {
        var regional = Rules.Route(RoutingMatter.NetralitasAsn, ContestKind.Gubernur, Code("52"), October2024, new RouteOptions { SubjectRegion = Code("52.06.01") });
        var central = Rules.Route(RoutingMatter.NetralitasAsn, ContestKind.Gubernur, Code("52"), October2024, new RouteOptions { CentralAgency = "Kementerian Agama" });

        Assert.Equal("Bawaslu Provinsi Nusa Tenggara Barat", regional.Competent.Name);
        Assert.Equal("Pejabat Pembina Kepegawaian Kabupaten Bima (Bupati Bima)", regional.Steps[1].To.Name);
        Assert.Equal("Pejabat Pembina Kepegawaian Kementerian Agama", central.Steps[1].To.Name);
    }

    // UU 8/2015 Pasal 22A ayat (2)–(3), 28; UU 10/2016 Pasal 30; LEGAL-VERIFICATION §4.
    [Theory]
    [InlineData(ContestKind.Gubernur, "52", "Bawaslu Provinsi Nusa Tenggara Barat")]
    [InlineData(ContestKind.Bupati, "52.06", "Bawaslu Kabupaten Bima")]
    [InlineData(ContestKind.WaliKota, "52.72", "Bawaslu Kota Bima")]
    public void Administrative_violations_are_handled_at_the_contest_level_and_recommended_to_its_KPU(ContestKind contest, string region, string bawaslu)
    {
        var route = Rules.Route(RoutingMatter.AdministrasiPemilihan, contest, Code(region), October2024);

        Assert.Equal(bawaslu, route.Competent.Name);
        var kpu = Assert.Single(route.Steps);
        Assert.Equal(bawaslu.Replace("Bawaslu", "KPU", StringComparison.Ordinal), kpu.To.Name);
        Assert.Equal(RouteAction.Recommendation, kpu.Action);
        var deadline = Assert.Single(kpu.Deadlines);
        Assert.Equal((7, DeadlineUnit.CalendarDays, DeadlineStart.RecommendationReceived), (deadline.Count, deadline.Unit, deadline.Start));
        Assert.Equal("UU 1/2015 Pasal 140 ayat (1)", deadline.Basis.ToString());
    }

    [Fact]
    public void The_competent_Bawaslu_follows_a_report_up_within_3_days_of_registration()
    {
        var deadline = Assert.Single(Rules.Route(RoutingMatter.AdministrasiPemilihan, ContestKind.WaliKota, Code("52.72"), October2024).CompetentDeadlines);

        Assert.Equal((3, DeadlineUnit.CalendarDays, DeadlineStart.ReportRegistered), (deadline.Count, deadline.Unit, deadline.Start));
        Assert.Equal("UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (5)", deadline.Basis.ToString());
        Assert.Contains("2 days", deadline.Note, StringComparison.Ordinal);
    }

    // Pasal 73 ayat (2) and 135A ayat (2): Bawaslu Provinsi decides even in a bupati or wali kota contest.
    [Theory]
    [InlineData(ContestKind.Bupati, "52.06", "KPU Kabupaten Bima")]
    [InlineData(ContestKind.WaliKota, "19.71", "KPU Kota Pangkal Pinang")]
    [InlineData(ContestKind.Gubernur, "52", "KPU Provinsi Nusa Tenggara Barat")]
    public void Politik_uang_by_a_calon_goes_to_Bawaslu_Provinsi_in_every_contest(ContestKind contest, string region, string kpu)
    {
        var route = Rules.Route(RoutingMatter.AdministrasiTsm, contest, Code(region), October2024);

        Assert.Equal(InstitutionKind.BawasluProvinsi, route.Competent.Kind);
        Assert.Equal(Code(region).Province, route.Competent.Region);
        var decide = Assert.Single(route.CompetentDeadlines);
        Assert.Equal((14, DeadlineUnit.WorkingDays), (decide.Count, decide.Unit));
        Assert.Equal(kpu, route.Steps[0].To.Name);
        Assert.Equal((3, DeadlineUnit.WorkingDays, DeadlineStart.PutusanIssued), (route.Steps[0].Deadlines[0].Count, route.Steps[0].Deadlines[0].Unit, route.Steps[0].Deadlines[0].Start));
        Assert.Equal("Mahkamah Agung", route.Steps[1].To.Name);
        Assert.Equal([3, 14], route.Steps[1].Deadlines.Select(d => d.Count));
    }

    [Fact]
    public void Pasal_73_2_in_Kabupaten_Bima_is_decided_by_Bawaslu_Provinsi_Nusa_Tenggara_Barat() =>
        Assert.Equal("Bawaslu Provinsi Nusa Tenggara Barat", Rules.Route(RoutingMatter.AdministrasiTsm, ContestKind.Bupati, Code("52.06"), October2024).Competent.Name);

    // UU 1/2015 Pasal 135 ayat (2): to Polri within 1 x 24 hours of the Bawaslu decision, through Sentra Gakkumdu.
    [Fact]
    public void An_election_crime_goes_through_Sentra_Gakkumdu_to_Polri_within_24_hours_and_on_to_the_courts()
    {
        var route = Rules.Route(RoutingMatter.TindakPidana, ContestKind.WaliKota, Code("52.72"), October2024);

        Assert.Equal("Bawaslu Kota Bima", route.Competent.Name);
        Assert.Equal(
            ["Sentra Gakkumdu Kota Bima", "Polres Kota Bima", "Kejaksaan Negeri Kota Bima", "Pengadilan Negeri Kota Bima", "Pengadilan Tinggi Nusa Tenggara Barat"],
            route.Steps.Select(s => s.To.Name));
        var forward = route.Steps[1].Deadlines[0];
        Assert.Equal((DeadlineAction.Forward, 24, DeadlineUnit.Hours, DeadlineStart.BawasluDecision), (forward.Action, forward.Count, forward.Unit, forward.Start));
        Assert.Equal("UU 1/2015 Pasal 135 ayat (2)", forward.Basis.ToString());
        Assert.Equal((14, DeadlineUnit.WorkingDays), (route.Steps[1].Deadlines[1].Count, route.Steps[1].Deadlines[1].Unit));
        Assert.Equal((5, DeadlineUnit.WorkingDays), (route.Steps[2].Deadlines[0].Count, route.Steps[2].Deadlines[0].Unit));
        Assert.Equal((7, DeadlineUnit.CalendarDays), (route.Steps[3].Deadlines[0].Count, route.Steps[3].Deadlines[0].Unit));
        Assert.Equal([3, 3, 7], route.Steps[4].Deadlines.Select(d => d.Count));
        Assert.Equal(["UU 1/2015 Pasal 148 ayat (2)", "UU 1/2015 Pasal 148 ayat (3)", "UU 1/2015 Pasal 148 ayat (4)"], route.Steps[4].Deadlines.Select(d => d.Basis.ToString()));
        Assert.All(route.Steps[4].Deadlines, d => Assert.Equal(DeadlineUnit.CalendarDays, d.Unit));
    }

    [Fact]
    public void A_governor_contest_crime_goes_to_the_provincial_police_and_prosecutor()
    {
        var route = Rules.Route(RoutingMatter.TindakPidana, ContestKind.Gubernur, Code("52"), October2024, new RouteOptions { SubjectRegion = Code("52.72.01") });

        Assert.Equal(["Sentra Gakkumdu Provinsi Nusa Tenggara Barat", "Polda Nusa Tenggara Barat", "Kejaksaan Tinggi Nusa Tenggara Barat", "Pengadilan Negeri Kota Bima", "Pengadilan Tinggi Nusa Tenggara Barat"],
            route.Steps.Select(s => s.To.Name));
    }

    [Fact]
    public void Without_the_place_of_the_crime_a_governor_route_leaves_the_courts_out_and_says_why()
    {
        var route = Rules.Route(RoutingMatter.TindakPidana, ContestKind.Gubernur, Code("52"), October2024);

        Assert.Equal(3, route.Steps.Count);
        Assert.Contains("SubjectRegion", route.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Ethics_violations_of_election_officials_go_to_DKPP()
    {
        var route = Rules.Route(RoutingMatter.KodeEtikPenyelenggara, ContestKind.Bupati, Code("52.06"), October2024);

        Assert.Equal("DKPP", Assert.Single(route.Steps).To.Name);
        Assert.Equal("UU 1/2015 Pasal 135 ayat (1) huruf a", route.Steps[0].Basis.ToString());
    }

    // UU 1/2015 Pasal 143 ayat (2): 12 days; UU 10/2016 Pasal 144 ayat (2): the KPU follows up within 3 working days.
    [Fact]
    public void A_dispute_is_settled_by_Bawaslu_itself_within_12_days()
    {
        var route = Rules.Route(RoutingMatter.SengketaPemilihan, ContestKind.WaliKota, Code("52.72"), October2024);

        Assert.Equal("Bawaslu Kota Bima", route.Competent.Name);
        var decide = Assert.Single(route.CompetentDeadlines);
        Assert.Equal((12, DeadlineUnit.CalendarDays, DeadlineStart.ReportOrFindingReceived), (decide.Count, decide.Unit, decide.Start));
        Assert.Equal("KPU Kota Bima", Assert.Single(route.Steps).To.Name);
        Assert.Equal((3, DeadlineUnit.WorkingDays), (route.Steps[0].Deadlines[0].Count, route.Steps[0].Deadlines[0].Unit));
    }

    [Fact]
    public void A_keberatan_goes_to_Bawaslu_RI()
    {
        var route = Rules.Route(RoutingMatter.Keberatan, ContestKind.Bupati, Code("52.06"), October2024);

        Assert.Equal("Bawaslu RI", route.Competent.Name);
        Assert.Equal("UU 10/2016 Pasal 22B huruf b", route.CompetenceBasis.ToString());
        Assert.Empty(route.Steps);
    }

    // UU 10/2016 Pasal 157 ayat (5) and (8): 3 working days to file, 45 working days to decide.
    [Fact]
    public void A_dispute_over_the_result_goes_to_the_Constitutional_Court()
    {
        var route = Rules.Route(RoutingMatter.PerselisihanHasil, ContestKind.WaliKota, Code("19.71"), new LocalDate(2024, 12, 9));

        Assert.Equal("Mahkamah Konstitusi", route.Competent.Name);
        Assert.Equal([(3, DeadlineUnit.WorkingDays), (45, DeadlineUnit.WorkingDays)], route.CompetentDeadlines.Select(d => (d.Count, d.Unit)));
    }

    [Fact]
    public void A_village_head_goes_to_the_bupati_of_the_village()
    {
        var village = RegionCatalog.Default.Find(Code("52.06"))!.Descendants(RegionLevel.DesaKelurahan).First(r => r.Code.IsDesa);
        var route = Rules.Route(RoutingMatter.KepalaDesa, ContestKind.Gubernur, Code("52"), October2024, new RouteOptions { SubjectRegion = village.Code });

        Assert.Equal("Bupati Bima", Assert.Single(route.Steps).To.Name);
        Assert.Equal(SourceConfidence.Uncertain, route.Steps[0].Confidence);
        Assert.Equal("Bupati Bima", Rules.Route(RoutingMatter.KepalaDesa, ContestKind.Bupati, Code("52.06"), October2024).Steps[0].To.Name);
    }

    [Fact]
    public void A_village_head_in_a_governor_contest_needs_the_village()
    {
        Assert.False(Rules.TryRoute(RoutingMatter.KepalaDesa, ContestKind.Gubernur, Code("52"), October2024, out _, out var error));
        Assert.Equal(InstitutionError.MissingSubjectRegion, error);

        var ex = Assert.Throws<InstitutionException>(() => Rules.Route(RoutingMatter.KepalaDesa, ContestKind.Gubernur, Code("52"), October2024));
        Assert.Equal(InstitutionError.MissingSubjectRegion, ex.Error);
        Assert.Contains("52", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_laws_name_no_agency_but_say_so()
    {
        var route = Rules.Route(RoutingMatter.PeraturanLainnya, ContestKind.WaliKota, Code("52.72"), October2024);

        Assert.Empty(route.Steps);
        Assert.Contains("instansi yang berwenang", route.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_2018_route_names_the_ad_hoc_Panwas()
    {
        var route = Rules.Route(RoutingMatter.TindakPidana, ContestKind.WaliKota, Code("52.72"), new LocalDate(2018, 6, 27));

        Assert.Equal("Panwas Kota Bima", route.Competent.Name);
    }

    [Fact]
    public void A_contest_that_does_not_exist_is_rejected_with_its_reason()
    {
        Assert.False(Rules.TryRoute(RoutingMatter.TindakPidana, ContestKind.Gubernur, Code("34"), October2024, out var route, out var error));
        Assert.Null(route);
        Assert.Equal(InstitutionError.NoElection, error);

        var ex = Assert.Throws<InstitutionException>(() => Rules.Route(RoutingMatter.TindakPidana, ContestKind.Bupati, Code("52.72"), October2024));
        Assert.Equal(InstitutionError.NotAKabupaten, ex.Error);
        Assert.Contains("52.72 is not a kabupaten", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_employer_region_is_named_in_the_error()
    {
        var options = new RouteOptions { SubjectRegion = Code("52.99") };

        Assert.False(Rules.TryRoute(RoutingMatter.NetralitasAsn, ContestKind.Gubernur, Code("52"), October2024, out _, out var error, options));
        Assert.Equal(InstitutionError.RegionNotFound, error);
        var ex = Assert.Throws<InstitutionException>(() => Rules.Route(RoutingMatter.NetralitasAsn, ContestKind.Gubernur, Code("52"), October2024, options));
        Assert.Equal("Pejabat Pembina Kepegawaian: the region code 52.99 is neither in the region catalogue nor among its retired codes.", ex.Message);
    }

    [Fact]
    public void An_undefined_matter_is_rejected()
    {
        Assert.False(Rules.TryRoute(RoutingMatter.None, ContestKind.WaliKota, Code("52.72"), October2024, out _, out var error));
        Assert.Equal(InstitutionError.UnknownKind, error);
        Assert.Throws<ArgumentOutOfRangeException>(() => Rules.Plan((RoutingMatter)99, null, October2024));
    }

    [Fact]
    public void A_plan_without_a_contest_lists_both_Bawaslu_levels()
    {
        var plan = Rules.Plan(RoutingMatter.AdministrasiPemilihan, null, October2024);

        Assert.Equal([InstitutionKind.BawasluProvinsi, InstitutionKind.BawasluKabupatenKota], plan.Competent);
        Assert.Equal([InstitutionKind.KpuProvinsi, InstitutionKind.KpuKabupatenKota], plan.Steps[0].Kinds);
        Assert.Equal([InstitutionKind.BawasluKabupatenKota], Rules.Plan(RoutingMatter.AdministrasiPemilihan, ContestKind.Bupati, October2024).Competent);
        Assert.Equal([InstitutionKind.Kasn], Rules.Plan(RoutingMatter.NetralitasAsn, null, new LocalDate(2024, 8, 20)).Steps[0].Kinds);
    }

    [Fact]
    public void The_route_lists_its_institutions_competent_first()
    {
        var route = Rules.Route(RoutingMatter.KodeEtikPenyelenggara, ContestKind.WaliKota, Code("52.72"), October2024);

        Assert.Equal(["Bawaslu Kota Bima", "DKPP"], route.Institutions.Select(i => i.Name));
    }
}
