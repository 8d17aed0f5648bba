using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Statistics;
using Pilkada.Domain.Testing;

namespace Pilkada.Domain.Tests.Statistics;

/// <summary>Roll-ups agree with each other, with the number of cases, with their CSV and with their async variants.</summary>
[Properties(MaxTest = 40)]
public class StatisticsPropertyTests
{
    private static Arbitrary<CaseFacts[]> AnyFacts => StatisticsFixtures.FactsArray.ToArbitrary();

    private static Arbitrary<ViolationCase[]> GeneratedCases => Gen.ArrayOf(CaseGenerators.AllowedCase(12)).Select(a => a.Take(15).ToArray()).ToArbitrary();

    [Property]
    public Property Kabupaten_kota_summed_to_provinces_equals_the_province_roll_up() =>
        Prop.ForAll(AnyFacts, facts =>
        {
            var byKab = CaseStatistics.ByRegion(facts, RegionLevel.KabupatenKota);
            var byProvince = CaseStatistics.ByRegion(facts, RegionLevel.Provinsi);
            var summed = byKab.Rows.GroupBy(r => r.Key.Province).Select(g => (g.Key, g.Sum(r => r.Count))).ToList();
            var provinceLevelCases = facts.LongCount(f => f.Region.Level == RegionLevel.Provinsi);

            return byProvince.Rows.All(p => p.Count == (summed.SingleOrDefault(s => s.Key == p.Key).Item2 + facts.LongCount(f => f.Region == p.Key)))
                && byKab.Unattributed == byProvince.Unattributed + provinceLevelCases
                && byProvince.Total == byKab.Total;
        });

    [Property]
    public Property Kabupaten_kota_summed_to_provinces_equals_the_province_roll_up_for_generated_cases() =>
        Prop.ForAll(GeneratedCases, cases =>
        {
            var byKab = CaseStatistics.ByRegion(cases, RegionLevel.KabupatenKota);
            var byProvince = CaseStatistics.ByRegion(cases, RegionLevel.Provinsi);
            return byProvince.Rows.All(p => p.Count == byKab.Rows.Where(k => k.Key.Province == p.Key).Sum(k => k.Count))
                && byKab.Total == cases.Length && byProvince.Total == cases.Length && byKab.Unattributed == 0;
        });

    [Property]
    public Property Every_roll_up_counts_every_case() =>
        Prop.ForAll(AnyFacts, facts =>
        {
            var tally = CaseStatistics.Tally(facts);
            long n = facts.Length;
            static long Sum<T>(RollUp<T> r)
                where T : struct => r.Rows.Sum(x => x.Count) + r.Unattributed;
            var singleValued = new[]
            {
                Sum(tally.ByRegion(RegionLevel.Provinsi)), Sum(tally.ByRegion(RegionLevel.KabupatenKota)),
                Sum(tally.ByRegion(RegionLevel.Kecamatan)), Sum(tally.ByRegion(RegionLevel.DesaKelurahan)),
                Sum(tally.ByCategory()), Sum(tally.ByStatus()), Sum(tally.ByOutcome()), Sum(tally.ByRegistration()),
                Sum(tally.ByOrigin()), Sum(tally.ByStage()), Sum(tally.ByMonth()),
            };
            var institutions = tally.ByInstitution();
            return tally.Count == n && singleValued.All(s => s == n) && institutions.Total == n
                && institutions.Rows.Sum(r => r.Count) == facts.Sum(f => (long)f.Institutions.Count)
                && institutions.Unattributed == facts.LongCount(f => f.Institutions.IsEmpty);
        });

    [Property]
    public Property The_summary_identities_hold_for_any_facts() =>
        Prop.ForAll(AnyFacts, facts =>
        {
            var summary = BawasluSummary.Of(facts);
            return summary.Laporan.IsConsistent && summary.Temuan.IsConsistent && summary.Total.IsConsistent
                && summary.Total.Received == facts.LongCount(f => f.Origin != CaseOrigin.None);
        });

    [Property]
    public Property The_summary_identities_hold_for_generated_cases() =>
        Prop.ForAll(GeneratedCases, cases =>
        {
            var summary = BawasluSummary.Of(cases);
            return summary.Total.IsConsistent && summary.Total.Unclassified == 0 && summary.Total.Received == cases.Length;
        });

    [Property]
    public Property A_CSV_round_trip_preserves_every_count() =>
        Prop.ForAll(AnyFacts, facts =>
        {
            var tally = CaseStatistics.Tally(facts);
            return RoundTrips(tally.ByRegion(RegionLevel.KabupatenKota)) && RoundTrips(tally.ByRegion(RegionLevel.DesaKelurahan))
                && RoundTrips(tally.ByCategory()) && RoundTrips(tally.ByMonth()) && RoundTrips(tally.ByStage()) && RoundTrips(tally.ByInstitution());
        });

    [Property]
    public Property Async_and_sync_give_equal_results() =>
        Prop.ForAll(AnyFacts, facts =>
        {
            var token = TestContext.Current.CancellationToken;
            var sync = CaseStatistics.ByRegion(facts.Select(f => f), RegionLevel.KabupatenKota);
            var async = CaseStatistics.ByRegionAsync(StatisticsFixtures.Async(facts), RegionLevel.KabupatenKota, cancellationToken: token).GetAwaiter().GetResult();
            var syncTally = CaseStatistics.Tally(facts);
            var asyncTally = CaseStatistics.TallyAsync(StatisticsFixtures.Async(facts), cancellationToken: token).GetAwaiter().GetResult();
            var asyncSummary = BawasluSummary.OfAsync(StatisticsFixtures.Async(facts), token).GetAwaiter().GetResult();
            return sync.Rows.SequenceEqual(async.Rows) && sync.Unattributed == async.Unattributed && sync.Total == async.Total
                && syncTally.ByMonth().Rows.SequenceEqual(asyncTally.ByMonth().Rows)
                && syncTally.ByStatus().Rows.SequenceEqual(asyncTally.ByStatus().Rows)
                && syncTally.Summary().Total == asyncSummary.Total;
        });

    [Property(MaxTest = 10)]
    public Property Async_and_sync_give_equal_results_for_generated_cases() =>
        Prop.ForAll(GeneratedCases, cases =>
        {
            var token = TestContext.Current.CancellationToken;
            var sync = CaseStatistics.Tally(cases);
            var async = CaseStatistics.TallyAsync(StatisticsFixtures.Async(cases), cancellationToken: token).GetAwaiter().GetResult();
            var byRegion = CaseStatistics.ByRegionAsync(StatisticsFixtures.Async(cases), RegionLevel.Provinsi, cancellationToken: token).GetAwaiter().GetResult();
            return sync.Summary().Total == async.Summary().Total && sync.ByStage().Rows.SequenceEqual(async.ByStage().Rows)
                && byRegion.Rows.SequenceEqual(sync.ByRegion(RegionLevel.Provinsi).Rows);
        });

    [Property]
    public Property The_rate_is_the_count_times_100000_over_the_catalogue_population() =>
        Prop.ForAll(AnyFacts, facts =>
            CaseStatistics.ByRegion(facts, RegionLevel.KabupatenKota).Rows.Concat(CaseStatistics.ByRegion(facts, RegionLevel.Provinsi).Rows).All(row =>
            {
                var population = RegionCatalog.Default.Find(row.Key)?.Population?.Total;
                return row.Population == population
                    && (population is > 0 ? row.RatePer100000 == row.Count * 100_000d / population.Value : row.RatePer100000 is null);
            }));

    [Fact]
    public async Task Cancelling_stops_an_async_roll_up()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            CaseStatistics.ByRegionAsync(Endless(TestContext.Current.CancellationToken), RegionLevel.Provinsi, cancellationToken: cancel.Token));
    }

    private static async IAsyncEnumerable<CaseFacts> Endless([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
    {
        while (true)
        {
            token.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new CaseFacts(StatisticsFixtures.Bima);
        }
    }

    /// <summary>Parses the CSV back (an RFC 4180 reader of its own) and compares every count.</summary>
    private static bool RoundTrips<TKey>(RollUp<TKey> rollUp)
        where TKey : struct
    {
        var records = ParseCsv(StatisticsExport.ToCsv(rollUp));
        var header = records[0];
        var countColumn = Array.IndexOf(header, "count");
        var parsed = records.Skip(1).ToList();
        var expected = rollUp.Rows.Select(r => (StatisticsText.KeyText(r.Key), r.Count)).ToList();
        if (rollUp.Unattributed > 0)
        {
            expected.Add((string.Empty, rollUp.Unattributed));
        }

        return countColumn == 2 && parsed.Count == expected.Count
            && parsed.Select(p => (p[0], long.Parse(p[countColumn], System.Globalization.CultureInfo.InvariantCulture))).SequenceEqual(expected)
            && parsed.All(p => p.Length == header.Length);
    }

    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
