using Pilkada.Domain.Statistics;
using static Pilkada.Domain.Tests.Statistics.StatisticsFixtures;

namespace Pilkada.Domain.Tests.Statistics;

/// <summary>
/// Bawaslu's handling summary (domain brief §3.6: laporan and temuan received; diregister / tidak diregister / belum
/// diregister; pelanggaran / bukan pelanggaran / masih dalam proses; by category), from cases built through the engine.
/// </summary>
public class BawasluSummaryTests
{
    // A small known table. Laporan: 20 received = 14 registered + 4 not registered (1 of them withdrawn) + 2 not yet;
    // 14 registered = 8 pelanggaran (2 administrasi, 1 pidana, 1 kode etik, 4 hukum lainnya) + 4 bukan pelanggaran
    // (1 dihentikan, 1 sengketa) + 2 in process. Temuan: 7 received = 6 registered + 1 not yet; 6 = 5 pelanggaran
    // (2 kode etik, 3 hukum lainnya) + 1 bukan pelanggaran.
    private static readonly (Kind Kind, int Laporan, int Temuan)[] Table =
    [
        (Kind.BelumDiregister, 2, 1),
        (Kind.TidakDiregister, 3, 0),
        (Kind.Dicabut, 1, 0),
        (Kind.DalamProses, 2, 0),
        (Kind.Administrasi, 2, 0),
        (Kind.Pidana, 1, 0),
        (Kind.KodeEtik, 1, 2),
        (Kind.HukumLainnya, 4, 3),
        (Kind.BukanPelanggaran, 2, 1),
        (Kind.Dihentikan, 1, 0),
        (Kind.Sengketa, 1, 0),
    ];

    private static readonly Lazy<BawasluSummary> Summary = new(() =>
    {
        var serial = 0;
        var cases = Table.SelectMany(row =>
            Enumerable.Range(0, row.Laporan).Select(_ => Build(row.Kind, temuan: false, ++serial))
                .Concat(Enumerable.Range(0, row.Temuan).Select(_ => Build(row.Kind, temuan: true, ++serial))))
            .ToList();
        return BawasluSummary.Of(cases);
    });

    public static TheoryData<SummaryLine, long, long> Cells => new()
    {
        { SummaryLine.Received, 20, 7 },
        { SummaryLine.Registered, 14, 6 },
        { SummaryLine.NotRegistered, 4, 0 },
        { SummaryLine.Withdrawn, 1, 0 },
        { SummaryLine.NotYetRegistered, 2, 1 },
        { SummaryLine.Pelanggaran, 8, 5 },
        { SummaryLine.BukanPelanggaran, 4, 1 },
        { SummaryLine.Sengketa, 1, 0 },
        { SummaryLine.InProcess, 2, 0 },
        { SummaryLine.Administrasi, 2, 0 },
        { SummaryLine.Pidana, 1, 0 },
        { SummaryLine.KodeEtik, 1, 2 },
        { SummaryLine.HukumLainnya, 4, 3 },
        { SummaryLine.Unclassified, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Every_cell_of_a_known_table_is_counted(SummaryLine line, long laporan, long temuan)
    {
        var summary = Summary.Value;

        Assert.Equal(laporan, summary.Laporan[line]);
        Assert.Equal(temuan, summary.Temuan[line]);
        Assert.Equal(laporan + temuan, summary.Total[line]);
    }

    [Fact]
    public void The_identities_of_Bawaslus_table_hold()
    {
        foreach (var counts in new[] { Summary.Value.Laporan, Summary.Value.Temuan, Summary.Value.Total })
        {
            Assert.Equal(counts.Received, counts.Registered + counts.NotRegistered + counts.NotYetRegistered);
            Assert.Equal(counts.Registered, counts.Pelanggaran + counts.BukanPelanggaran + counts.InProcess);
            Assert.Equal(counts.Pelanggaran, counts.Administrasi + counts.Pidana + counts.KodeEtik + counts.HukumLainnya);
            Assert.True(counts.IsConsistent);
        }
    }

    [Fact]
    public void Withdrawn_counts_as_not_registered_and_sengketa_as_not_a_violation()
    {
        var withdrawn = BawasluSummary.Of([Build(Kind.Dicabut, false, 1)]).Total;
        var sengketa = BawasluSummary.Of([Build(Kind.Sengketa, false, 2)]).Total;
        var stopped = BawasluSummary.Of([Build(Kind.Dihentikan, false, 3)]).Total;

        Assert.Equal((1, 1, 0), (withdrawn.NotRegistered, withdrawn.Withdrawn, withdrawn.NotYetRegistered));
        Assert.Equal((1, 1, 0, 0), (sengketa.BukanPelanggaran, sengketa.Sengketa, sengketa.Pelanggaran, sengketa.InProcess));
        Assert.Equal((1, 0), (stopped.BukanPelanggaran, stopped.Sengketa));
    }

    [Fact]
    public void A_case_with_no_event_is_not_counted_as_received()
    {
        var summary = BawasluSummary.Of([default(CaseFacts), new CaseFacts(Bima)]);

        Assert.Equal(0, summary.Total.Received);
    }

    [Fact]
    public void Describe_gives_the_table_in_Indonesian_and_English_with_grouped_numbers()
    {
        var many = new CaseFacts(Bima) { Origin = Pilkada.Domain.Cases.CaseOrigin.Laporan, Registration = Pilkada.Domain.Cases.PublishedRegistration.BelumDiregister };
        var summary = BawasluSummary.Of(Enumerable.Repeat(many, 2755));

        var id = summary.Describe(PilkadaLanguage.Indonesian);
        var en = summary.Describe(PilkadaLanguage.English);

        Assert.Contains("Rekapitulasi penanganan pelanggaran", id, StringComparison.Ordinal);
        Assert.Matches(@"Diterima\s+2\.755\s+0\s+2\.755", id);
        Assert.Matches(@"Belum diregister\s+2\.755", id);
        Assert.Contains("Masih dalam proses", id, StringComparison.Ordinal);
        Assert.Matches(@"Received\s+2,755\s+0\s+2,755", en);
        Assert.Contains("Not yet registered", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Category not recorded", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_line_has_a_label_in_both_languages()
    {
        foreach (var line in Enum.GetValues<SummaryLine>())
        {
            Assert.Contains(line, BawasluSummary.Lines);
            Assert.NotEqual(BawasluSummary.Label(line, PilkadaLanguage.English), BawasluSummary.Label(line, PilkadaLanguage.Indonesian));
        }
    }
}
