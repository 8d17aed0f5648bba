using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Statistics;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Benchmarks;

/// <summary>
/// Statistics (DESIGN.md budget): rolling up 1,000,000 cases by kabupaten/kota (≤ 300 ms, ≥ 3× a LINQ
/// <c>GroupBy(f =&gt; f.Region.AncestorAt(KabupatenKota))</c> + count baseline), and the projection
/// <see cref="CaseFacts.From"/> of a typical case (the Kota Bima neutrality case: 8 events, two recommendations, a sanction).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StatisticsBenchmarks
{
    private const int Cases = 1_000_000;

    private CaseFacts[] _facts = [];
    private ViolationCase _typical = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Deterministic: every kabupaten/kota of the catalogue, a third of the cases in one of its kecamatan and a
        // third in one of its desa.
        var random = new Random(20241127);
        var kabupatenKota = RegionCatalog.Default.AtLevel(RegionLevel.KabupatenKota).ToArray();
        _facts = new CaseFacts[Cases];
        for (var i = 0; i < _facts.Length; i++)
        {
            var region = kabupatenKota[i % kabupatenKota.Length];
            var depth = random.Next(3);
            if (depth > 0 && region.Children.Count > 0)
            {
                region = region.Children[random.Next(region.Children.Count)];
                if (depth > 1 && region.Children.Count > 0)
                {
                    region = region.Children[random.Next(region.Children.Count)];
                }
            }

            _facts[i] = new CaseFacts(region.Code)
            {
                Origin = random.Next(5) == 0 ? CaseOrigin.Temuan : CaseOrigin.Laporan,
                Registration = PublishedRegistration.Diregister,
                Outcome = PublishedOutcome.Pelanggaran,
                Category = (ViolationCategory)random.Next(1, 5),
                ReceivedMonth = new YearMonth(2024, random.Next(8, 13)),
                Institutions = InstitutionSet.Of(InstitutionKind.Bkn),
            };
        }

        _typical = Typical();
        if (CaseStatistics.ByRegion(_facts, RegionLevel.KabupatenKota).Rows.Count != LinqGroupByKabupatenKota())
        {
            throw new InvalidOperationException("The baseline and the roll-up disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("RollUp1M")]
    public int LinqGroupByKabupatenKota() =>
        _facts.GroupBy(f => f.Region.AncestorAt(RegionLevel.KabupatenKota)).Select(g => (g.Key, Count: g.Count())).ToList().Count;

    [Benchmark]
    [BenchmarkCategory("RollUp1M")]
    public int RollUpByKabupatenKota() => CaseStatistics.ByRegion(_facts, RegionLevel.KabupatenKota).Rows.Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Project")]
    public (PublishedOutcome, ViolationCategory, bool) ReadFromState()
    {
        // The naive projection: the same facts read through the state's LINQ-friendly lists.
        var state = _typical.State;
        var sanctioned = state.Recommendations.Any(r => r.FollowUps.Any(f => f.Outcome is SanctionImposed));
        var category = state.Decision is ViolationFound found ? found.Category : ViolationCategory.None;
        var stage = Elections.ElectionCatalog.Default.Pilkada2024.Schedule.InForceAt(state.ReceivedAt!.Value, _typical.Region).OrderBy(s => s.LengthInDays).FirstOrDefault();
        return (state.PublishedOutcome, category, sanctioned && stage is not null);
    }

    [Benchmark]
    [BenchmarkCategory("Project")]
    public CaseFacts FromCase() => CaseFacts.From(_typical);

    private static ViolationCase Typical()
    {
        var kotaBima = RegionCode.Parse("52.72", System.Globalization.CultureInfo.InvariantCulture);
        var @case = ViolationCase.Create("001/Reg/LP/PW/Kota/52.72/X/2024", LegalRegime.Pilkada, kotaBima, Elections.ContestId.Parse("pilkada-2024/52.72", System.Globalization.CultureInfo.InvariantCulture));
        Instant Wita(int month, int day) => new LocalDateTime(2024, month, day, 10, 0).InZoneStrictly(@case.Zone).ToInstant();
        var bkn = new Institution(InstitutionKind.Bkn, default, "BKN");
        var ppk = new Institution(InstitutionKind.PejabatPembinaKepegawaian, kotaBima, "Pejabat Pembina Kepegawaian Kota Bima (Wali Kota Bima)");
        var laporan = new Laporan { Pelapor = new Pelapor { Name = "Pelapor Contoh" }, KnownOn = new LocalDate(2024, 10, 7), FiledAt = Wita(10, 9) };
        return ViolationCase.Replay(@case.Header, [
            new LaporanReceived(Wita(10, 9), laporan),
            new Registered(Wita(10, 10), "001/Reg/LP/PW/Kota/52.72/X/2024"),
            new ClarificationHeld(Wita(10, 11), "terlapor"),
            new Decided(Wita(10, 12), new ViolationFound(ViolationCategory.PeraturanPerundanganLainnya) { Offences = ["SKB-2022/D8"] }),
            new RecommendationIssued(Wita(10, 13), bkn, "012/PP.01.02/K.NB-14/X/2024"),
            new RecommendationIssued(Wita(11, 14), ppk, "BKN/2024/123") { InResponseTo = "012/PP.01.02/K.NB-14/X/2024", IssuedBy = bkn },
            new FollowUpRecorded(Wita(11, 21), "BKN/2024/123", new SanctionImposed("PP94-2021/8-4-a")),
            new Closed(Wita(11, 22)),
        ]);
    }
}
