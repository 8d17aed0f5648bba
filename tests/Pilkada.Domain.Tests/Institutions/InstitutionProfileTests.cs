using NodaTime;
using Pilkada.Domain.Institutions;

namespace Pilkada.Domain.Tests.Institutions;

public class InstitutionProfileTests
{
    private static readonly InstitutionProfiles Profiles = InstitutionProfiles.Default;

    [Fact]
    public void Every_kind_has_exactly_one_profile()
    {
        var kinds = Enum.GetValues<InstitutionKind>().Where(k => k != InstitutionKind.None).ToList();

        Assert.Equal(kinds.Count, Profiles.Count);
        Assert.All(kinds, k => Assert.Equal(k, Profiles[k].Kind));
        Assert.All(Profiles, p => Assert.NotEmpty(p.Levels));
    }

    // Member counts (domain brief §6; statute texts: UU 1/2015 Pasal 23, UU 10/2016 Pasal 16/19/21, UU 7/2017 Pasal 10, 92, 155).
    [Theory]
    [InlineData(InstitutionKind.BawasluRI, new[] { 5 }, MemberCountUnit.PerBody, "UU 7/2017", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.BawasluProvinsi, new[] { 5, 7 }, MemberCountUnit.PerBody, "UU 7/2017", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.BawasluKabupatenKota, new[] { 3, 5 }, MemberCountUnit.PerBody, "UU 7/2017", SourceConfidence.Uncertain)]
    [InlineData(InstitutionKind.PanwasKabupatenKota, new[] { 3 }, MemberCountUnit.PerBody, "UU 1/2015", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.PanwasluKecamatan, new[] { 3 }, MemberCountUnit.PerBody, "UU 1/2015", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.PanwasluKelurahanDesa, new[] { 1 }, MemberCountUnit.PerVillage, "UU 1/2015", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.PengawasTps, new[] { 1 }, MemberCountUnit.PerTps, "UU 1/2015", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.KpuRI, new[] { 7 }, MemberCountUnit.PerBody, "UU 7/2017", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.KpuProvinsi, new[] { 5, 7 }, MemberCountUnit.PerBody, "UU 7/2017", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.KpuKabupatenKota, new[] { 3, 5 }, MemberCountUnit.PerBody, "UU 7/2017", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.Ppk, new[] { 5 }, MemberCountUnit.PerBody, "UU 10/2016", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.Pps, new[] { 3 }, MemberCountUnit.PerBody, "UU 10/2016", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.Kpps, new[] { 7 }, MemberCountUnit.PerBody, "UU 10/2016", SourceConfidence.Confirmed)]
    [InlineData(InstitutionKind.Dkpp, new[] { 7 }, MemberCountUnit.PerBody, "UU 7/2017", SourceConfidence.Confirmed)]
    public void Member_counts_are_data_with_their_source(InstitutionKind kind, int[] options, MemberCountUnit unit, string instrument, SourceConfidence confidence)
    {
        var members = Profiles[kind].Members!;

        Assert.Equal(options, members.Options);
        Assert.Equal(unit, members.Unit);
        Assert.Equal(instrument, members.Source.Instrument);
        Assert.Equal(confidence, members.Confidence);
    }

    [Theory]
    [InlineData(InstitutionKind.BawasluProvinsi)]
    [InlineData(InstitutionKind.BawasluKabupatenKota)]
    [InlineData(InstitutionKind.KpuProvinsi)]
    [InlineData(InstitutionKind.KpuKabupatenKota)]
    [InlineData(InstitutionKind.Kpps)]
    [InlineData(InstitutionKind.Dkpp)]
    public void Counts_the_domain_brief_left_open_carry_their_assumption(InstitutionKind kind) =>
        Assert.False(string.IsNullOrWhiteSpace(Profiles[kind].Members!.Assumption));

    [Fact]
    public void Bawaslu_Provinsi_has_5_or_7_members_and_not_the_3_of_the_base_text()
    {
        var members = Profiles[InstitutionKind.BawasluProvinsi].Members!;

        Assert.True(members.Allows(5));
        Assert.True(members.Allows(7));
        Assert.False(members.Allows(3));
        Assert.Equal(5, members.Minimum);
        Assert.Equal(7, members.Maximum);
        Assert.False(members.IsFixed);
        Assert.Equal("5 or 7", members.ToString());
    }

    [Fact]
    public void One_Pengawas_TPS_per_polling_station_and_one_PKD_per_village()
    {
        Assert.Equal("1 per TPS", Profiles[InstitutionKind.PengawasTps].Members!.ToString());
        Assert.Equal("1 per desa/kelurahan", Profiles[InstitutionKind.PanwasluKelurahanDesa].Members!.ToString());
    }

    [Fact]
    public void PPK_has_5_members_in_Pilkada_though_the_Pemilu_law_says_3() =>
        Assert.Contains("52 ayat (1) says 3", Profiles[InstitutionKind.Ppk].Members!.Source.Note, StringComparison.Ordinal);

    [Theory]
    [InlineData(InstitutionKind.BawasluRI, InstitutionTenure.Permanent)]
    [InlineData(InstitutionKind.BawasluProvinsi, InstitutionTenure.Permanent)]
    [InlineData(InstitutionKind.BawasluKabupatenKota, InstitutionTenure.Permanent)]
    [InlineData(InstitutionKind.PanwasKabupatenKota, InstitutionTenure.AdHoc)]
    [InlineData(InstitutionKind.PanwasluKecamatan, InstitutionTenure.AdHoc)]
    [InlineData(InstitutionKind.PanwasluKelurahanDesa, InstitutionTenure.AdHoc)]
    [InlineData(InstitutionKind.PengawasTps, InstitutionTenure.AdHoc)]
    [InlineData(InstitutionKind.KpuRI, InstitutionTenure.Permanent)]
    [InlineData(InstitutionKind.Ppk, InstitutionTenure.AdHoc)]
    [InlineData(InstitutionKind.Pps, InstitutionTenure.AdHoc)]
    [InlineData(InstitutionKind.Kpps, InstitutionTenure.AdHoc)]
    [InlineData(InstitutionKind.Dkpp, InstitutionTenure.Permanent)]
    [InlineData(InstitutionKind.PokjaNetralitasAsn, InstitutionTenure.AdHoc)]
    public void Permanent_or_ad_hoc(InstitutionKind kind, InstitutionTenure tenure) =>
        Assert.Equal(tenure, Profiles[kind].Tenure);

    [Theory]
    [InlineData(InstitutionKind.BawasluRI, InstitutionLevel.National)]
    [InlineData(InstitutionKind.BawasluProvinsi, InstitutionLevel.Provinsi)]
    [InlineData(InstitutionKind.BawasluKabupatenKota, InstitutionLevel.KabupatenKota)]
    [InlineData(InstitutionKind.PanwasluKecamatan, InstitutionLevel.Kecamatan)]
    [InlineData(InstitutionKind.PanwasluKelurahanDesa, InstitutionLevel.DesaKelurahan)]
    [InlineData(InstitutionKind.PengawasTps, InstitutionLevel.Tps)]
    [InlineData(InstitutionKind.Ppk, InstitutionLevel.Kecamatan)]
    [InlineData(InstitutionKind.Pps, InstitutionLevel.DesaKelurahan)]
    [InlineData(InstitutionKind.Kpps, InstitutionLevel.Tps)]
    [InlineData(InstitutionKind.Dkpp, InstitutionLevel.National)]
    [InlineData(InstitutionKind.Kasn, InstitutionLevel.National)]
    public void Levels(InstitutionKind kind, InstitutionLevel level) => Assert.Equal([level], Profiles[kind].Levels);

    [Fact]
    public void Sentra_Gakkumdu_sits_with_Bawaslu_at_three_levels() =>
        Assert.Equal([InstitutionLevel.National, InstitutionLevel.Provinsi, InstitutionLevel.KabupatenKota], Profiles[InstitutionKind.SentraGakkumdu].Levels);

    // MK 48/PUU-XVII/2019, pronounced 29 January 2020.
    [Fact]
    public void Bawaslu_Kabupaten_Kota_is_permanent_in_Pilkada_from_29_January_2020()
    {
        var bawaslu = Profiles[InstitutionKind.BawasluKabupatenKota];
        var panwas = Profiles[InstitutionKind.PanwasKabupatenKota];

        Assert.Equal(new LocalDate(2020, 1, 29), bawaslu.InForceFrom);
        Assert.Equal(new LocalDate(2020, 1, 29), panwas.InForceUntil);
        Assert.True(panwas.IsInForceOn(new LocalDate(2020, 1, 28)));
        Assert.False(panwas.IsInForceOn(new LocalDate(2020, 1, 29)));
        Assert.True(bawaslu.IsInForceOn(new LocalDate(2020, 1, 29)));
        Assert.Equal(InstitutionKind.BawasluKabupatenKota, panwas.Successor);
        Assert.Equal(InstitutionKind.PanwasKabupatenKota, bawaslu.Predecessor);
    }

    // SE MenPAN-RB 4/2024: KASN until 23 August 2024, BKN from 24 August 2024.
    [Fact]
    public void KASN_holds_its_role_until_23_August_2024()
    {
        var kasn = Profiles[InstitutionKind.Kasn];

        Assert.True(kasn.IsInForceOn(new LocalDate(2024, 8, 23)));
        Assert.False(kasn.IsInForceOn(new LocalDate(2024, 8, 24)));
        Assert.Equal(InstitutionKind.Bkn, kasn.Successor);
    }

    [Fact]
    public void With_replaces_one_profile_and_leaves_the_default_alone()
    {
        var known = Profiles[InstitutionKind.BawasluKabupatenKota] with
        {
            Members = new MemberCount([5], MemberCountUnit.PerBody, new LegalReference("Keputusan Bawaslu", null, "the caller's own figure"), SourceConfidence.SingleSource),
        };

        var custom = Profiles.With(known);

        Assert.Equal([5], custom[InstitutionKind.BawasluKabupatenKota].Members!.Options);
        Assert.Equal([3, 5], Profiles[InstitutionKind.BawasluKabupatenKota].Members!.Options);
        Assert.Equal(Profiles.Count, custom.Count);
    }

    [Fact]
    public void With_rejects_a_profile_with_no_members_in_its_count()
    {
        var broken = Profiles[InstitutionKind.Kpps] with
        {
            Members = new MemberCount([7, 3], MemberCountUnit.PerBody, new LegalReference("x"), SourceConfidence.Uncertain),
        };

        Assert.Throws<ArgumentException>(() => Profiles.With(broken));
    }

    [Fact]
    public void Every_profile_but_the_Pokja_names_its_legal_basis() =>
        Assert.All(Profiles.Where(p => p.Kind != InstitutionKind.PokjaNetralitasAsn), p => Assert.NotEmpty(p.LegalBasis));
}
