using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Benchmarks;

/// <summary>RegionCode.TryParse (budget ≤ 15 ns, 0 B) beside Regex + string.Split (must be ≥ 20× slower).</summary>
[MemoryDiagnoser]
public class RegionCodeParseBenchmarks
{
    [Params("52.72.01.1001", "5272", "52 72 01")]
    public string Input { get; set; } = "";

    // The naive way: a Regex built once (interpreted), then Split to take the parts apart.
    private static readonly Regex CodePattern = new(@"^\s*\d{2}(?:[.\- ]?\d{2}(?:[.\- ]?\d{2}(?:[.\- ]?\d{4})?)?)?\s*$");

    [Benchmark(Baseline = true)]
    public long RegexAndSplit()
    {
        if (!CodePattern.IsMatch(Input))
        {
            return -1;
        }

        var digits = string.Concat(Input.Trim().Split('.', '-', ' '));
        return long.Parse(digits.PadRight(10, '0'), CultureInfo.InvariantCulture);
    }

    [Benchmark]
    public RegionCode TryParse()
    {
        RegionCode.TryParse(Input.AsSpan(), out var code);
        return code;
    }
}

/// <summary>Lookup by code (budget ≤ 20 ns, 0 B) beside a Dictionary&lt;string, …&gt; filled from CSV (must be ≥ 5× slower).</summary>
[MemoryDiagnoser]
public class RegionLookupBenchmarks
{
    private Dictionary<string, NaiveRegionData.NaiveRegion> _naive = [];
    private RegionCatalog _catalog = RegionCatalog.Default;
    private string[] _keys = [];
    private RegionCode[] _codes = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _naive = NaiveRegionData.Load(NaiveRegionData.Csv);
        _catalog = RegionCatalog.Default;
        var random = new Random(2024);
        var all = RegionCatalog.Default.All;
        _codes = Enumerable.Range(0, 1024).Select(_ => all[random.Next(all.Count)].Code).ToArray();
        _keys = _codes.Select(c => c.ToString()).ToArray();
    }

    [Benchmark(Baseline = true)]
    public string? DictionaryOfStrings()
    {
        var i = _next++ & 1023;
        return _naive.TryGetValue(_keys[i], out var region) ? region.Name : null;
    }

    [Benchmark]
    public string? Catalog()
    {
        var i = _next++ & 1023;
        return _catalog.TryGet(_codes[i], out var region) ? region.Name : null;
    }
}

/// <summary>
/// First load of the whole catalogue (budget ≤ 40 ms, ≤ 20 MB retained) beside a naive CSV read and split
/// (must be ≥ 3× slower). The Retained column is measured in the host process after a full collection.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class RegionCatalogLoadBenchmarks
{
    private string _csv = "";

    [GlobalSetup]
    public void Setup() => _csv = NaiveRegionData.Csv;

    [Benchmark(Baseline = true)]
    public int NaiveCsvReadAndSplit() => NaiveRegionData.Load(_csv).Count;

    [Benchmark]
    public int EmbeddedCatalogColdLoad() => RegionCatalog.LoadEmbedded().Count;

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RetainedColumn());
    }

    private sealed class RetainedColumn : IColumn
    {
        private readonly Dictionary<string, string> _cache = [];

        public string Id => nameof(RetainedColumn);

        public string ColumnName => "Retained";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Size;

        public string Legend => "Memory still reachable after loading, measured with a full GC in the host process";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
            if (!_cache.TryGetValue(method, out var value))
            {
                var csv = NaiveRegionData.Csv;
                var before = GC.GetTotalMemory(forceFullCollection: true);
                object kept = method == nameof(EmbeddedCatalogColdLoad) ? RegionCatalog.LoadEmbedded() : NaiveRegionData.Load(csv);
                var after = GC.GetTotalMemory(forceFullCollection: true);
                GC.KeepAlive(kept);
                _cache[method] = value = NaiveRegionData.Describe(after - before);
            }

            return value;
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

/// <summary>Name search (budget ≤ 50 µs per query) beside a LINQ Contains scan (must be ≥ 50× slower).</summary>
[MemoryDiagnoser]
public class RegionNameSearchBenchmarks
{
    private IReadOnlyList<Region> _all = [];

    [Params("bima", "pangkalpinang", "Kota Bima")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _all = RegionCatalog.Default.All;
        RegionCatalog.Default.Search("warm up the index");
    }

    [Benchmark(Baseline = true)]
    public int LinqContainsScan() =>
        _all.Where(r => r.Name.Contains(Query, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Name.Length)
            .Take(20)
            .Count();

    [Benchmark]
    public int CatalogSearch() => RegionCatalog.Default.Search(Query).Count;
}
