using Pilkada.Domain.People;
using NodaTime;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Violations;

public class SanctionLadderTests
{
    private static readonly SanctionLadder Pp94 = SanctionLadders.Pp94Of2021;

    // PP 94/2021 Pasal 8 (LEGAL-VERIFICATION §7).
    [Fact]
    public void Ringan_is_three_reprimands()
    {
        Assert.Equal(
            ["teguran lisan", "teguran tertulis", "pernyataan tidak puas secara tertulis"],
            Pp94.At(DisciplineLevel.Ringan).Select(s => s.Indonesian));
        Assert.All(Pp94.At(DisciplineLevel.Ringan), s => Assert.Null(s.DurationMonths));
    }

    [Theory]
    [InlineData("PP94-2021/8-3-a", 6)]
    [InlineData("PP94-2021/8-3-b", 9)]
    [InlineData("PP94-2021/8-3-c", 12)]
    public void Sedang_cuts_the_performance_allowance_by_25_percent_for_6_9_or_12_months(string code, int months)
    {
        var sanction = Pp94.Sanctions.Single(s => s.Code == code);

        Assert.Equal(DisciplineLevel.Sedang, sanction.Level);
        Assert.Equal(25, sanction.AllowanceCutPercent);
        Assert.Equal(months, sanction.DurationMonths);
        Assert.Contains("Pasal 42", sanction.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Berat_is_12_months_demotion_12_months_release_or_dismissal()
    {
        var berat = Pp94.At(DisciplineLevel.Berat);

        Assert.Equal([12, 12, null], berat.Select(s => s.DurationMonths));
        Assert.Equal("penurunan jabatan setingkat lebih rendah selama 12 bulan", berat[0].Indonesian);
        Assert.Equal("pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan", berat[1].Indonesian);
        Assert.Equal("pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS", berat[2].Indonesian);
        Assert.All(berat, s => Assert.Null(s.AllowanceCutPercent));
    }

    [Fact]
    public void The_statute_text_says_25_percent_for_6_9_and_12_months_and_12_months_for_the_heavy_penalties()
    {
        var text = string.Join(" ", File.ReadAllLines(Infrastructure.RepositoryRoot.Combine("data", "statutes", "PP-2021-94.md")));

        Assert.Contains("pemotongan tunjangan kinerja sebesar 25o/o (dua puluh lima persen) selama 6 (enam) bulan", text, StringComparison.Ordinal);
        Assert.Contains("pemotongan tunjangan kinerja sebesar 25o/o (dua puluh lima persen) selama 9 (sembilan) bulan", text, StringComparison.Ordinal);
        Assert.Contains("pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama 12 (dua belas) bulan", text, StringComparison.Ordinal);
        Assert.Contains("jabatan setingkat lebih rendah selama 12 (dua belas) bulan", text, StringComparison.Ordinal);
        Assert.Contains("pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 (dua belas) bulan", text, StringComparison.Ordinal);
        Assert.Contains("berlaku setelah Peraturan Pemerintah mengenai Gaji dan Tunjangan berlaku", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ladder_has_nine_penalties_three_per_level() =>
        Assert.Equal([3, 3, 3], new[] { DisciplineLevel.Ringan, DisciplineLevel.Sedang, DisciplineLevel.Berat }.Select(l => Pp94.At(l).Count));

    [Theory]
    [InlineData(2021, 8, 30, "PP53-2010")]
    [InlineData(2021, 8, 31, "PP94-2021")]
    [InlineData(2020, 12, 9, "PP53-2010")]
    [InlineData(2024, 11, 27, "PP94-2021")]
    public void The_ladder_in_force_follows_the_date_of_the_breach(int year, int month, int day, string id)
    {
        var ladder = SanctionLadders.PnsDisciplineOn(new LocalDate(year, month, day));

        Assert.Equal(id, ladder.Id);
        Assert.True(ladder.IsInForceOn(new LocalDate(year, month, day)));
    }

    // Domain brief §5.2: the PP 53/2010 ladder of Pilkada 2020 records.
    [Fact]
    public void The_historical_PP_53_2010_ladder()
    {
        var pp53 = SanctionLadders.Pp53Of2010;

        Assert.Equal([12, 12, 12], pp53.At(DisciplineLevel.Sedang).Select(s => s.DurationMonths));
        Assert.Equal("penurunan pangkat setingkat lebih rendah selama 3 tahun", pp53.At(DisciplineLevel.Berat)[0].Indonesian);
        Assert.Equal(36, pp53.At(DisciplineLevel.Berat)[0].DurationMonths);
        Assert.Equal(5, pp53.At(DisciplineLevel.Berat).Count);
        Assert.Empty(pp53.At(DisciplineLevel.Ringan));
        Assert.Equal(SourceConfidence.SingleSource, pp53.Confidence);
    }

    // PP 42/2004 Pasal 15 ayat (3).
    [Fact]
    public void Moral_sanctions_are_a_statement_in_private_or_in_public()
    {
        Assert.Equal(["pernyataan secara tertutup", "pernyataan secara terbuka"], SanctionLadders.MoralSanctions.Sanctions.Select(s => s.Indonesian));
        Assert.Equal("PP 42/2004 Pasal 15 ayat (3) huruf b", SanctionLadders.MoralSanctions.Sanctions[1].Basis.ToString());
    }

    [Fact]
    public void DKPP_sanctions_and_rehabilitation_when_not_proven()
    {
        Assert.Equal(["teguran tertulis", "pemberhentian sementara", "pemberhentian tetap"], SanctionLadders.Dkpp.Sanctions.Select(s => s.Indonesian));
        Assert.Equal("rehabilitasi", SanctionLadders.DkppRehabilitation.Indonesian);
        Assert.DoesNotContain(SanctionLadders.DkppRehabilitation, SanctionLadders.Dkpp.Sanctions);
        Assert.Contains("not a sanction", SanctionLadders.DkppRehabilitation.English + SanctionLadders.Dkpp.Note, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PPPK_discipline_follows_PP_49_2018_with_no_invented_ladder()
    {
        var pppk = SanctionLadders.For(AsnKind.Pppk, new LocalDate(2024, 10, 1));
        var pns = SanctionLadders.For(AsnKind.Pns, new LocalDate(2024, 10, 1));

        Assert.Null(pppk.Ladder);
        Assert.Equal("PP 49/2018", pppk.Instrument.Instrument);
        Assert.Same(Pp94, pns.Ladder);
        Assert.Throws<ArgumentOutOfRangeException>(() => SanctionLadders.For((AsnKind)0, new LocalDate(2024, 10, 1)));
    }

    [Fact]
    public void Sanction_codes_are_unique() =>
        Assert.Equal(
            SanctionLadders.All.SelectMany(l => l.Sanctions).Count(),
            SanctionLadders.All.SelectMany(l => l.Sanctions).Select(s => s.Code).Distinct(StringComparer.Ordinal).Count());
}
