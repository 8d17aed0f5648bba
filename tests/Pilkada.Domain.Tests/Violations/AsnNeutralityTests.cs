using Pilkada.Domain.Institutions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Violations;

public class AsnNeutralityTests
{
    // Domain brief §5.1 A: seven ethics breaches with a moral sanction (PP 42/2004 Pasal 15).
    [Fact]
    public void The_decree_lists_seven_ethics_breaches_E1_to_E7()
    {
        Assert.Equal(["E1", "E2", "E3", "E4", "E5", "E6", "E7"], AsnNeutralityCatalog.KodeEtik.Select(b => b.Number));
        Assert.All(AsnNeutralityCatalog.KodeEtik, b =>
        {
            Assert.Equal(AsnBreachList.KodeEtik, b.List);
            Assert.Equal(DisciplineLevel.None, b.Level);
            Assert.Equal("PP 42/2004", b.Punishment!.Instrument);
        });
    }

    // Domain brief §5.1 B: twelve disciplinary breaches and their levels.
    [Theory]
    [InlineData("D1", DisciplineLevel.Berat)]
    [InlineData("D2", DisciplineLevel.Berat)]
    [InlineData("D3", DisciplineLevel.Sedang)]
    [InlineData("D4", DisciplineLevel.Berat)]
    [InlineData("D6", DisciplineLevel.Berat)]
    [InlineData("D7", DisciplineLevel.Berat)]
    [InlineData("D8", DisciplineLevel.Berat)]
    [InlineData("D9", DisciplineLevel.Sedang)]
    [InlineData("D10", DisciplineLevel.Berat)]
    [InlineData("D11", DisciplineLevel.Berat)]
    [InlineData("D12", DisciplineLevel.Berat)]
    public void Disciplinary_breaches_and_their_levels(string number, DisciplineLevel level)
    {
        Assert.True(AsnNeutralityCatalog.TryGet(number, out var breach));
        Assert.Equal(level, breach.Level);
        Assert.Equal(AsnBreachList.Disiplin, breach.List);
        Assert.False(breach.DismissalWithoutHonour);
    }

    [Fact]
    public void There_are_twelve_disciplinary_breaches() =>
        Assert.Equal(Enumerable.Range(1, 12).Select(n => "D" + n), AsnNeutralityCatalog.Disiplin.Select(b => b.Number));

    // UU 5/2014 Pasal 87 ayat (4) huruf c.
    [Fact]
    public void D5_party_membership_is_dismissal_without_honour()
    {
        Assert.True(AsnNeutralityCatalog.TryGet("SKB-2022/d5", out var d5));
        Assert.True(d5.DismissalWithoutHonour);
        Assert.Equal(DisciplineLevel.None, d5.Level);
        Assert.Equal("UU 5/2014 Pasal 87 ayat (4) huruf c", d5.Punishment!.ToString());
        var pasal87 = Statutes.Provision(new LegalReference("UU 5/2014", "Pasal 87"));
        Assert.Contains("(4) PNS diberhentikan tidak dengan hormat karena:", pasal87, StringComparison.Ordinal);
        Assert.Contains("c. menjadi anggota dan/atau pengurus partai politik", pasal87, StringComparison.Ordinal);
    }

    // LEGAL-VERIFICATION §7: Pasal 13 huruf g gives angka 2 sedang; Pasal 14 huruf i gives angka 3–7 berat; angka 1 has no level.
    [Theory]
    [InlineData(1, DisciplineLevel.None, null)]
    [InlineData(2, DisciplineLevel.Sedang, "PP 94/2021 Pasal 13 huruf g")]
    [InlineData(3, DisciplineLevel.Berat, "PP 94/2021 Pasal 14 huruf i angka 1")]
    [InlineData(4, DisciplineLevel.Berat, "PP 94/2021 Pasal 14 huruf i angka 2")]
    [InlineData(5, DisciplineLevel.Berat, "PP 94/2021 Pasal 14 huruf i angka 3")]
    [InlineData(6, DisciplineLevel.Berat, "PP 94/2021 Pasal 14 huruf i angka 4")]
    [InlineData(7, DisciplineLevel.Berat, "PP 94/2021 Pasal 14 huruf i angka 5")]
    public void PP_94_2021_Pasal_5_huruf_n_angka_1_to_7_and_their_levels(int number, DisciplineLevel level, string? provision)
    {
        var prohibition = AsnNeutralityCatalog.PnsCampaignProhibitions[number - 1];

        Assert.Equal(number, prohibition.Number);
        Assert.Equal(level, prohibition.Level);
        Assert.Equal(provision, prohibition.LevelProvision?.ToString());
        Assert.Equal($"PP 94/2021 Pasal 5 huruf n angka {number}", prohibition.Prohibition.ToString());
    }

    [Fact]
    public void The_statute_text_gives_angka_2_sedang_and_angka_3_to_7_berat()
    {
        var text = string.Join(" ", File.ReadAllLines(Infrastructure.RepositoryRoot.Combine("data", "statutes", "PP-2021-94.md")));

        Assert.Contains("dengan cara menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS sebagaimana dimaksud dalam Pasal 5 huruf n angka 2", text, StringComparison.Ordinal);
        Assert.Contains("sebagaimana dimaksud dalam Pasal 5 huruf n angka 3, angka 4, angka 5, angka 6, dan angka 7", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pasal 5 huruf n angka 1", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("D4", 1)]
    [InlineData("D8", 6)]
    [InlineData("D11", 7)]
    [InlineData("D12", 5)]
    public void Disciplinary_breaches_link_to_the_PP_prohibition_they_match(string number, int angka)
    {
        Assert.True(AsnNeutralityCatalog.TryGet(number, out var breach));
        Assert.Equal(angka, breach.PnsProhibitionNumber);
        Assert.Equal($"PP 94/2021 Pasal 5 huruf n angka {angka}", breach.Prohibition.ToString());
        Assert.Equal(SourceConfidence.Uncertain, breach.LinkConfidence);
    }

    [Fact]
    public void Where_the_PP_gives_a_level_the_decree_agrees()
    {
        foreach (var breach in AsnNeutralityCatalog.Disiplin.Where(b => b.PnsProhibitionNumber is > 1))
        {
            Assert.Equal(AsnNeutralityCatalog.PnsCampaignProhibitions[breach.PnsProhibitionNumber!.Value - 1].Level, breach.Level);
        }
    }

    [Fact]
    public void Counterparts_point_both_ways()
    {
        foreach (var breach in AsnNeutralityCatalog.All.Where(b => b.Counterpart is not null))
        {
            Assert.True(AsnNeutralityCatalog.TryGet(breach.Counterpart!, out var other));
            Assert.Equal(breach.Number, other.Counterpart);
            Assert.NotEqual(breach.List, other.List);
        }

        Assert.Equal(10, AsnNeutralityCatalog.All.Count(b => b.Counterpart is not null));
    }

    [Fact]
    public void Every_breach_is_a_breach_of_other_laws_routed_as_ASN_neutrality()
    {
        Assert.Equal(19, AsnNeutralityCatalog.All.Count);
        Assert.All(AsnNeutralityCatalog.All, b =>
        {
            Assert.Equal(ViolationCategory.PeraturanPerundanganLainnya, b.Category);
            Assert.Equal(RoutingMatter.NetralitasAsn, b.Matter);
            Assert.StartsWith("SKB-2022/", b.Code, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("netralitas", 19)]
    [InlineData("ASN", 19)]
    [InlineData("d12", 1)]
    [InlineData("baliho", 2)]
    [InlineData("tidak ada", 0)]
    public void Search(string query, int count) => Assert.Equal(count, AsnNeutralityCatalog.Search(query).Count);

    [Fact]
    public void The_decree_date_is_22_September_2022() =>
        Assert.Equal(new NodaTime.LocalDate(2022, 9, 22), AsnNeutralityCatalog.DecreeDate);
}
