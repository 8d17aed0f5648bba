using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Benchmarks;

/// <summary>Rupiah.TryParse beside a Regex check plus string replacing and long.Parse.</summary>
[MemoryDiagnoser]
public class RupiahParseBenchmarks
{
    // The naive way: validate with a Regex built once, strip the prefix, dots and sen, then long.Parse.
    private static readonly Regex AmountPattern = new(@"^\s*(?:[Rr][Pp]\.?\s*)?\d{1,3}(?:\.?\d{3})*(?:,(?:0{1,2}|-))?\s*$");

    [Params("Rp200.000.000", "Rp 1.000.000.000,00", "600000")]
    public string Input { get; set; } = "";

    [Benchmark(Baseline = true)]
    public long RegexAndReplace()
    {
        if (!AmountPattern.IsMatch(Input))
        {
            return -1;
        }

        var digits = Input.Trim().Replace("Rp", string.Empty, StringComparison.OrdinalIgnoreCase).Replace(".", string.Empty, StringComparison.Ordinal).Split(',')[0].Trim();
        return long.Parse(digits, CultureInfo.InvariantCulture);
    }

    [Benchmark]
    public long TryParse()
    {
        Rupiah.TryParse(Input.AsSpan(), out var amount);
        return amount.Amount;
    }
}

/// <summary>Rupiah formatting beside the culture-based "N0" with the id-ID culture and a concatenated prefix.</summary>
[MemoryDiagnoser]
public class RupiahFormatBenchmarks
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    private readonly char[] _buffer = new char[Rupiah.MaxFormattedLength];
    private readonly Rupiah _amount = Rupiah.FromMiliar(1);

    [Benchmark(Baseline = true)]
    public string CultureN0() => "Rp" + _amount.Amount.ToString("N0", Indonesian);

    [Benchmark]
    public string ToStringG() => _amount.ToString();

    [Benchmark]
    public int TryFormatIntoBuffer()
    {
        _amount.TryFormat(_buffer, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }
}

/// <summary>
/// Routing a neutrality case and an election crime for a contest (names built from the catalogue), beside a naive
/// lookup that scans the whole catalogue by code for every name.
/// </summary>
[MemoryDiagnoser]
public class RouteBenchmarks
{
    private static readonly LocalDate Date = new(2024, 10, 2);
    private readonly RegionCode _kotaBima = RegionCode.Parse("52.72", CultureInfo.InvariantCulture);
    private Jurisdiction _jurisdiction = Jurisdiction.Default;
    private Region[] _all = [];

    [GlobalSetup]
    public void Setup()
    {
        _jurisdiction = Jurisdiction.Default;
        _all = [.. RegionCatalog.Default.All];
        _jurisdiction.Route(RoutingMatter.TindakPidana, ContestKind.WaliKota, _kotaBima, Date);
    }

    // The naive way: every name found by a linear scan of the regions, then the same strings put together.
    [Benchmark(Baseline = true)]
    public int NaiveScanForNames()
    {
        var city = _all.First(r => r.Code == _kotaBima).Name;
        var province = _all.First(r => r.Code == _kotaBima.Province).Name;
        string[] names = ["Bawaslu " + city, "Sentra Gakkumdu " + city, "Polres " + city, "Kejaksaan Negeri " + city, "Pengadilan Negeri " + city, "Pengadilan Tinggi " + province];
        return names.Length;
    }

    [Benchmark]
    public int RouteElectionCrime() => _jurisdiction.Route(RoutingMatter.TindakPidana, ContestKind.WaliKota, _kotaBima, Date).Steps.Count;

    [Benchmark]
    public int RouteNeutrality() => _jurisdiction.Route(RoutingMatter.NetralitasAsn, ContestKind.WaliKota, _kotaBima, Date).Steps.Count;
}
