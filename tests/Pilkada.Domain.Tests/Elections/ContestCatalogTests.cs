using System.Globalization;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Elections;

/// <summary>The 2024 catalogue of contests (DOMAIN-BRIEF §2 and §8; Kemendagri: "37 gubernur (kecuali DIY), 415 bupati, 93 wali kota").</summary>
public class ContestCatalogTests
{
    private static readonly ContestCatalog Contests = ElectionCatalog.Default.Pilkada2024.Contests;

    private static RegionCode Code(string text) => RegionCode.Parse(text, CultureInfo.InvariantCulture);

    private static ContestId Id(string text) => ContestId.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Pilkada_2024_has_545_contests_37_gubernur_415_bupati_93_wali_kota()
    {
        Assert.Equal(545, Contests.Count);
        Assert.Equal(37, Contests.CountOf(ContestKind.Gubernur));
        Assert.Equal(415, Contests.CountOf(ContestKind.Bupati));
        Assert.Equal(93, Contests.CountOf(ContestKind.WaliKota));
        Assert.Equal(508, Contests.OfKind(ContestKind.Bupati).Count + Contests.OfKind(ContestKind.WaliKota).Count);
        Assert.All(Contests, c => Assert.Equal(ElectionCatalog.Pilkada2024Id, c.Election));
    }

    [Fact]
    public void DI_Yogyakarta_elects_no_governor_but_its_four_kabupaten_and_one_kota_vote()
    {
        Assert.False(Contests.TryGet(Id("pilkada-2024/34"), out _));
        Assert.Equal(
            ["pilkada-2024/34.01", "pilkada-2024/34.02", "pilkada-2024/34.03", "pilkada-2024/34.04", "pilkada-2024/34.71"],
            Contests.InProvince(Code("34")).Select(c => c.Id.ToString()));
    }

    [Fact]
    public void DKI_Jakartas_administrative_units_hold_no_pilkada_but_Jakarta_elects_its_governor()
    {
        foreach (var unit in new[] { "31.01", "31.71", "31.72", "31.73", "31.74", "31.75" })
        {
            Assert.False(Contests.TryGet(Id("pilkada-2024/" + unit), out _), unit);
        }

        var jakarta = Assert.Single(Contests.InProvince(Code("31")));
        Assert.Equal(ContestKind.Gubernur, jakarta.Kind);
        Assert.Equal("Daerah Khusus Ibukota Jakarta", jakarta.RegionName);
    }

    [Fact]
    public void Every_other_province_kabupaten_and_kota_has_exactly_its_contest()
    {
        var regions = RegionCatalog.Default;
        var expected = regions.AtLevel(RegionLevel.Provinsi).Count(r => r.Code != Code("34")) +
                       regions.AtLevel(RegionLevel.KabupatenKota).Count(r => r.Kind is RegionKind.Kabupaten or RegionKind.Kota);

        Assert.Equal(expected, Contests.Count);
        Assert.All(Contests, c => Assert.Equal(regions[c.Region].Name, c.RegionName));
    }

    [Fact]
    public void Kota_Bima_votes_for_its_mayor_and_the_governor_of_Nusa_Tenggara_Barat()
    {
        var contests = Contests.ForRegion(Code("52.72.01.1001"));

        Assert.Equal(["pilkada-2024/52", "pilkada-2024/52.72"], contests.Select(c => c.Id.ToString()));
        Assert.Equal("Pemilihan Wali Kota Bima", contests[1].Title(PilkadaLanguage.Indonesian));
        Assert.Equal("Kota Bima mayoral election", contests[1].Title(PilkadaLanguage.English));
        Assert.Equal("Pemilihan Gubernur Nusa Tenggara Barat", contests[0].Title(PilkadaLanguage.Indonesian));
        Assert.Equal(contests, Contests.In(Code("52.72")).Concat(Contests.In(Code("52"))).OrderBy(c => c.Id));
    }

    [Fact]
    public void A_province_query_gives_its_governor_election_and_its_kabupaten_and_kota()
    {
        var babel = Contests.InProvince(Code("19.71"));

        Assert.Equal(8, babel.Count); // Kepulauan Bangka Belitung: 1 gubernur, 6 bupati, 1 wali kota
        Assert.Equal(ContestKind.Gubernur, babel[0].Kind);
        Assert.Equal([ContestKind.Gubernur], Contests.ForRegion(Code("19")).Select(c => c.Kind));
        Assert.Empty(Contests.ForRegion(default));
        Assert.Empty(Contests.InProvince(default));
    }

    [Fact]
    public void A_missing_contest_is_a_clear_KeyNotFoundException()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Contests[Id("pilkada-2024/34")]);

        Assert.Equal("There is no contest pilkada-2024/34.", ex.Message);
    }

    [Theory]
    [InlineData("34", "Contest.GovernorNotElected", "There is no governor election in Daerah Istimewa Yogyakarta (34): the governor is the reigning Sultan Hamengku Buwono (UU 13/2012 Pasal 18 ayat (1)).")]
    [InlineData("31.71", "Contest.AdministrativeUnit", "Kota Administrasi Jakarta Pusat (31.71) is an administrative unit of DKI Jakarta: its head is appointed by the governor, so there is no mayoral election.")]
    [InlineData("31.01", "Contest.AdministrativeUnit", "Kabupaten Administrasi Kepulauan Seribu (31.01) is an administrative unit of DKI Jakarta: its head is appointed by the governor, so there is no regent election.")]
    [InlineData("52.72.01", "Contest.NotAContestLevel", "Rasanae Barat (52.72.01) is below kabupaten/kota level; no regional head is elected there, so there is no governor election.")]
    public void Contest_For_refuses_regions_where_no_head_is_elected(string code, string errorCode, string message)
    {
        var ex = Assert.Throws<ElectionArgumentException>(() => Contest.For(ElectionCatalog.Pilkada2024Id, RegionCatalog.Default[Code(code)]));

        Assert.Equal(errorCode, ex.ErrorCode);
        Assert.Equal(message, ex.GetMessage(PilkadaLanguage.English));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_must_fit_the_region_governor_province_bupati_kabupaten_wali_kota_kota()
    {
        var ex = Assert.Throws<ElectionArgumentException>(() => new Contest(Id("pilkada-2024/52.72"), ContestKind.Bupati, "Kota Bima"));

        Assert.Equal("Contest.KindMismatch", ex.ErrorCode);
        Assert.Equal(
            "Kota Bima (52.72) menyelenggarakan pemilihan wali kota, bukan pemilihan bupati: gubernur dipilih di provinsi, bupati di kabupaten, wali kota di kota.",
            ex.GetMessage(PilkadaLanguage.Indonesian));
        Assert.Equal(ContestError.KindMismatch, ContestRules.Check(ContestKind.Gubernur, RegionCatalog.Default[Code("52.72")]));
        Assert.Equal(ContestError.None, ContestRules.Check(ContestKind.WaliKota, RegionCatalog.Default[Code("52.72")]));
        Assert.Equal(ContestError.None, ContestRules.Check(ContestKind.Bupati, RegionCatalog.Default[Code("52.06")]));
        Assert.Equal(ContestError.None, ContestRules.Check(ContestKind.Gubernur, RegionCatalog.Default[Code("52")]));
    }

    [Fact]
    public void A_catalogue_refuses_duplicate_ids_and_an_election_refuses_contests_of_another_election()
    {
        var bima = Contest.For(ElectionCatalog.Pilkada2024Id, RegionCatalog.Default[Code("52.72")]);

        var duplicate = Assert.Throws<ElectionArgumentException>(() => new ContestCatalog([bima, bima]));
        Assert.Equal("Contest.DuplicateId", duplicate.ErrorCode);

        var schedule = new ElectionSchedule(ElectionId.Parse("psu-bima-2026", CultureInfo.InvariantCulture), new LegalReference("PKPU 1/2026"), []);
        var mismatch = Assert.Throws<ElectionArgumentException>(() => new Election(
            schedule.Election, "PSU Bima 2026", "Bima re-vote 2026", new NodaTime.LocalDate(2026, 3, 1), [], schedule, [bima]));
        Assert.Equal("Contest.ElectionMismatch", mismatch.ErrorCode);
    }

    [Fact]
    public void Derive_works_over_any_region_catalogue()
    {
        var regions = RegionCatalog.Create("test", [
            new RegionRecord(Code("34"), "Daerah Istimewa Yogyakarta"),
            new RegionRecord(Code("34.71"), "Kota Yogyakarta"),
            new RegionRecord(Code("52"), "Nusa Tenggara Barat"),
            new RegionRecord(Code("52.06"), "Kabupaten Bima"),
            new RegionRecord(Code("52.06.01"), "Monta"),
        ]);

        var contests = ContestCatalog.Derive(ElectionId.Parse("test-2029", CultureInfo.InvariantCulture), regions);

        Assert.Equal(["test-2029/34.71", "test-2029/52", "test-2029/52.06"], contests.Select(c => c.Id.ToString()));
    }
}
