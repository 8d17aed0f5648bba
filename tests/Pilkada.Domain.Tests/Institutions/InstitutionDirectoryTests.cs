using System.Globalization;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Institutions;

public class InstitutionDirectoryTests
{
    private static readonly InstitutionDirectory Directory = InstitutionDirectory.Default;
    private static readonly LocalDate VotingDay2024 = new(2024, 11, 27);

    private static RegionCode Code(string text) => RegionCode.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(InstitutionKind.BawasluKabupatenKota, "52.72", "Bawaslu Kota Bima")]
    [InlineData(InstitutionKind.BawasluKabupatenKota, "52.06", "Bawaslu Kabupaten Bima")]
    [InlineData(InstitutionKind.PanwasluKecamatan, "52.72.01", "Panwaslu Kecamatan Rasanae Barat")]
    [InlineData(InstitutionKind.BawasluProvinsi, "52", "Bawaslu Provinsi Nusa Tenggara Barat")]
    [InlineData(InstitutionKind.PanwasluKelurahanDesa, "52.72.01.1001", "Panwaslu Kelurahan Paruga")]
    [InlineData(InstitutionKind.KpuKabupatenKota, "52.72", "KPU Kota Bima")]
    [InlineData(InstitutionKind.KpuProvinsi, "52", "KPU Provinsi Nusa Tenggara Barat")]
    [InlineData(InstitutionKind.Ppk, "52.72.01", "PPK Kecamatan Rasanae Barat")]
    [InlineData(InstitutionKind.Pps, "52.72.01.1001", "PPS Kelurahan Paruga")]
    [InlineData(InstitutionKind.SentraGakkumdu, "52.72", "Sentra Gakkumdu Kota Bima")]
    [InlineData(InstitutionKind.Polri, "52", "Polda Nusa Tenggara Barat")]
    [InlineData(InstitutionKind.Kejaksaan, "52.72", "Kejaksaan Negeri Kota Bima")]
    [InlineData(InstitutionKind.PengadilanTinggi, "52", "Pengadilan Tinggi Nusa Tenggara Barat")]
    [InlineData(InstitutionKind.Bakesbangpol, "52.71", "Bakesbangpol Kota Mataram")]
    [InlineData(InstitutionKind.PokjaNetralitasAsn, "52.72", "Pokja Netralitas ASN Kota Bima")]
    [InlineData(InstitutionKind.PejabatPembinaKepegawaian, "52.72", "Pejabat Pembina Kepegawaian Kota Bima (Wali Kota Bima)")]
    [InlineData(InstitutionKind.PejabatPembinaKepegawaian, "52.06", "Pejabat Pembina Kepegawaian Kabupaten Bima (Bupati Bima)")]
    [InlineData(InstitutionKind.PejabatPembinaKepegawaian, "52", "Pejabat Pembina Kepegawaian Provinsi Nusa Tenggara Barat (Gubernur Nusa Tenggara Barat)")]
    [InlineData(InstitutionKind.KepalaDaerah, "52.06", "Bupati Bima")]
    [InlineData(InstitutionKind.PanwasluKecamatan, "91.03.01", "Panwaslu Distrik Sentani")]
    public void An_institution_is_a_kind_at_a_region_with_a_proper_name(InstitutionKind kind, string region, string name)
    {
        var institution = Directory.Get(kind, Code(region), VotingDay2024);

        Assert.Equal(name, institution.Name);
        Assert.Equal(kind, institution.Kind);
        Assert.Equal(Code(region), institution.Region);
    }

    [Theory]
    [InlineData(InstitutionKind.BawasluRI, "Bawaslu RI")]
    [InlineData(InstitutionKind.KpuRI, "KPU RI")]
    [InlineData(InstitutionKind.Dkpp, "DKPP")]
    [InlineData(InstitutionKind.Bkn, "BKN")]
    [InlineData(InstitutionKind.MahkamahKonstitusi, "Mahkamah Konstitusi")]
    public void National_bodies_have_the_empty_region(InstitutionKind kind, string name)
    {
        var institution = Directory.Get(kind, default, VotingDay2024);

        Assert.Equal(name, institution.Name);
        Assert.True(institution.Region.IsEmpty);
        Assert.Equal(InstitutionLevel.National, institution.Level);
        Assert.Equal(name, institution.ToString());
    }

    [Fact]
    public void The_Bima_hierarchy_above_Rasanae_Barat_level_by_level()
    {
        var chain = Directory.OversightChain(Code("52.72.01"), VotingDay2024);

        Assert.Equal(
            ["Panwaslu Kecamatan Rasanae Barat", "Bawaslu Kota Bima", "Bawaslu Provinsi Nusa Tenggara Barat", "Bawaslu RI"],
            chain.Select(i => i.Name));
        Assert.Equal(
            [InstitutionLevel.Kecamatan, InstitutionLevel.KabupatenKota, InstitutionLevel.Provinsi, InstitutionLevel.National],
            chain.Select(i => i.Level));
    }

    [Fact]
    public void The_chain_from_a_polling_station_starts_at_its_Pengawas_TPS()
    {
        var chain = Directory.OversightChain(Code("52.72.01.1001"), VotingDay2024, tpsNumber: 3);

        Assert.Equal(
            ["Pengawas TPS 003 Kelurahan Paruga", "Panwaslu Kelurahan Paruga", "Panwaslu Kecamatan Rasanae Barat", "Bawaslu Kota Bima", "Bawaslu Provinsi Nusa Tenggara Barat", "Bawaslu RI"],
            chain.Select(i => i.Name));
        Assert.Equal(InstitutionLevel.Tps, chain[0].Level);
        Assert.Equal(3, chain[0].TpsNumber);
    }

    // Before MK 48/PUU-XVII/2019 (29 January 2020) the regency/city body in Pilkada was the ad hoc Panwas.
    [Fact]
    public void A_2018_chain_names_the_ad_hoc_Panwas_Kabupaten_Kota()
    {
        var chain = Directory.OversightChain(Code("52.72"), new LocalDate(2018, 6, 27));

        Assert.Equal(["Panwas Kota Bima", "Bawaslu Provinsi Nusa Tenggara Barat", "Bawaslu RI"], chain.Select(i => i.Name));
        Assert.Equal(InstitutionKind.PanwasKabupatenKota, chain[0].Kind);
    }

    [Fact]
    public void The_day_of_MK_48_names_Bawaslu_Kabupaten_Kota()
    {
        Assert.Equal(InstitutionKind.PanwasKabupatenKota, InstitutionDirectory.RegencySupervisorOn(new LocalDate(2020, 1, 28)));
        Assert.Equal(InstitutionKind.BawasluKabupatenKota, InstitutionDirectory.RegencySupervisorOn(new LocalDate(2020, 1, 29)));
    }

    [Fact]
    public void A_chain_over_an_unknown_region_names_the_body_and_the_code()
    {
        Assert.False(Directory.TryGetOversightChain(Code("52.99.01"), VotingDay2024, out var chain, out var error));
        Assert.Null(chain);
        Assert.Equal(InstitutionError.RegionNotFound, error);

        var ex = Assert.Throws<InstitutionException>(() => Directory.OversightChain(Code("52.99.01"), VotingDay2024));
        Assert.StartsWith("Panitia Pengawas Pemilihan Kecamatan: the region code 52.99.01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_empty_region_gives_Bawaslu_RI_alone() =>
        Assert.Equal(["Bawaslu RI"], Directory.OversightChain(default, VotingDay2024).Select(i => i.Name));

    [Theory]
    [InlineData(ContestKind.Gubernur, "52", "Bawaslu Provinsi Nusa Tenggara Barat")]
    [InlineData(ContestKind.Bupati, "52.06", "Bawaslu Kabupaten Bima")]
    [InlineData(ContestKind.WaliKota, "52.72", "Bawaslu Kota Bima")]
    [InlineData(ContestKind.WaliKota, "19.71", "Bawaslu Kota Pangkal Pinang")]
    public void The_Bawaslu_supervising_a_contest(ContestKind contest, string region, string name) =>
        Assert.Equal(name, Directory.Supervisor(contest, Code(region), VotingDay2024).Name);

    [Theory]
    [InlineData(ContestKind.Gubernur, "52.72", InstitutionError.WrongRegionLevel)]
    [InlineData(ContestKind.Gubernur, "34", InstitutionError.NoElection)]
    [InlineData(ContestKind.Bupati, "52.72", InstitutionError.NotAKabupaten)]
    [InlineData(ContestKind.WaliKota, "52.06", InstitutionError.NotAKota)]
    [InlineData(ContestKind.WaliKota, "31.71", InstitutionError.NoElection)]
    [InlineData(ContestKind.Bupati, "31.01", InstitutionError.NoElection)]
    [InlineData(ContestKind.Bupati, "52.99", InstitutionError.RegionNotFound)]
    [InlineData(ContestKind.Bupati, "52.06.01", InstitutionError.WrongRegionLevel)]
    public void A_region_that_does_not_hold_the_contest_is_an_error(ContestKind contest, string region, InstitutionError error)
    {
        Assert.Equal(error, Directory.CheckContest(contest, Code(region)));
        Assert.False(Directory.TryGetSupervisor(contest, Code(region), VotingDay2024, out var supervisor, out var actual));
        Assert.Null(supervisor);
        Assert.Equal(error, actual);
    }

    [Fact]
    public void The_empty_contest_region_is_an_error() =>
        Assert.Equal(InstitutionError.EmptyRegion, Directory.CheckContest(ContestKind.Gubernur, default));

    [Fact]
    public void A_body_at_the_wrong_level_fails_with_a_message_naming_the_region_and_the_levels()
    {
        var ex = Assert.Throws<InstitutionException>(() => Directory.Get(InstitutionKind.BawasluProvinsi, Code("52.72.01"), VotingDay2024));

        Assert.Equal(InstitutionError.WrongRegionLevel, ex.Error);
        Assert.Equal("Institution.WrongRegionLevel", ex.MessageKey);
        Assert.Contains("52.72.01", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Provinsi", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tidak berada pada tingkat wilayah 52.72.01", ex.GetMessage(PilkadaLanguage.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void KASN_after_23_August_2024_is_not_in_force_and_the_message_names_BKN_and_the_dates()
    {
        Assert.False(Directory.TryGet(InstitutionKind.Kasn, default, new LocalDate(2024, 9, 1), out _, out var error));
        Assert.Equal(InstitutionError.NotInForce, error);

        var ex = Assert.Throws<InstitutionException>(() => Directory.Get(InstitutionKind.Kasn, default, new LocalDate(2024, 9, 1)));
        Assert.Contains("1 September 2024", ex.Message, StringComparison.Ordinal);
        Assert.Contains("24 August 2024", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Badan Kepegawaian Negara", ex.Message, StringComparison.Ordinal);
        Assert.Contains("24 Agustus 2024", ex.GetMessage(PilkadaLanguage.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void Bawaslu_Kabupaten_Kota_before_29_January_2020_is_not_in_force_and_the_message_names_the_Panwas()
    {
        Assert.False(Directory.TryGet(InstitutionKind.BawasluKabupatenKota, Code("52.72"), new LocalDate(2018, 6, 27), out _, out var error));
        Assert.Equal(InstitutionError.NotInForce, error);

        var ex = Assert.Throws<InstitutionException>(() => Directory.Get(InstitutionKind.BawasluKabupatenKota, Code("52.72"), new LocalDate(2018, 6, 27)));
        Assert.Equal(
            "Badan Pengawas Pemilihan Umum Kabupaten/Kota did not hold its role in Pilkada on 27 June 2018: the role changed hands on 29 January 2020 (see Panitia Pengawas Pemilihan Kabupaten/Kota).",
            ex.Message);
    }

    [Theory]
    [InlineData(InstitutionKind.PengawasTps, "52.72.01.1001", null, InstitutionError.MissingTpsNumber)]
    [InlineData(InstitutionKind.PengawasTps, "52.72.01.1001", 0, InstitutionError.InvalidTpsNumber)]
    [InlineData(InstitutionKind.PengawasTps, "52.72.01.1001", 1000, InstitutionError.InvalidTpsNumber)]
    [InlineData(InstitutionKind.PengawasTps, "52.72.01", 1, InstitutionError.WrongRegionLevel)]
    [InlineData(InstitutionKind.BawasluKabupatenKota, "52.72", 1, InstitutionError.InvalidTpsNumber)]
    [InlineData(InstitutionKind.BawasluProvinsi, "", null, InstitutionError.EmptyRegion)]
    [InlineData(InstitutionKind.BawasluRI, "52", null, InstitutionError.WrongRegionLevel)]
    [InlineData(InstitutionKind.BawasluKabupatenKota, "52.99", null, InstitutionError.RegionNotFound)]
    [InlineData(InstitutionKind.None, "", null, InstitutionError.UnknownKind)]
    public void Bad_input_gives_an_error_code_not_an_exception(InstitutionKind kind, string region, int? tps, InstitutionError expected)
    {
        var code = region.Length == 0 ? default : Code(region);

        Assert.False(Directory.TryGet(kind, code, VotingDay2024, out var institution, out var error, tps));
        Assert.Null(institution);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void DKI_Jakarta_administrative_cities_are_disciplined_by_the_governor()
    {
        var ppk = Directory.Get(InstitutionKind.PejabatPembinaKepegawaian, Code("31.71"), VotingDay2024);

        Assert.Equal(Code("31"), ppk.Region);
        Assert.Equal("Pejabat Pembina Kepegawaian Provinsi Daerah Khusus Ibukota Jakarta (Gubernur Daerah Khusus Ibukota Jakarta)", ppk.Name);
    }

    [Fact]
    public void Bawaslu_has_an_office_in_an_administrative_city() =>
        Assert.Equal("Bawaslu Kota Administrasi Jakarta Pusat", Directory.Get(InstitutionKind.BawasluKabupatenKota, Code("31.71"), VotingDay2024).Name);

    [Fact]
    public void A_central_agency_has_its_own_Pejabat_Pembina_Kepegawaian()
    {
        var ppk = Directory.CentralPejabatPembinaKepegawaian(" Kementerian Agama ");

        Assert.Equal("Pejabat Pembina Kepegawaian Kementerian Agama", ppk.Name);
        Assert.Equal(InstitutionLevel.National, ppk.Level);
        Assert.Throws<ArgumentException>(() => Directory.CentralPejabatPembinaKepegawaian(" "));
    }

    [Fact]
    public void A_retired_code_is_named_from_the_previous_edition()
    {
        var retired = RegionCatalog.Default.Retired.First(r => r.Code.Level == RegionLevel.KabupatenKota && RegionCatalog.Default.Contains(r.Code.Province));

        var bawaslu = Directory.Get(InstitutionKind.BawasluKabupatenKota, retired.Code, VotingDay2024);

        Assert.Equal("Bawaslu " + retired.Name, bawaslu.Name);
    }

    [Fact]
    public void An_instance_knows_its_profile() =>
        Assert.Equal(InstitutionTenure.AdHoc, Directory.Get(InstitutionKind.PanwasluKecamatan, Code("52.72.01"), VotingDay2024).Profile.Tenure);

    [Fact]
    public void ToString_adds_the_region_code() =>
        Assert.Equal("Bawaslu Kota Bima (52.72)", Directory.Get(InstitutionKind.BawasluKabupatenKota, Code("52.72"), VotingDay2024).ToString());
}
