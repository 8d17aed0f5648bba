using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Statistics;

/// <summary>
/// Counts cases by region at one level in a dense array: for provinces and kabupaten/kota the code's own digits are
/// the index (<c>PP</c>, <c>PPKK</c>: 100 and 10,000 slots, so codes the catalogue does not know are counted too); for
/// kecamatan and desa the position in the catalogue, with a small dictionary for codes it does not know.
/// No allocation per case.
/// </summary>
internal sealed class RegionCounter
{
    private const long ProvinceUnit = 100_000_000;
    private const long KabupatenKotaUnit = 1_000_000;
    private const long KecamatanUnit = 10_000;

    private readonly RegionCatalog _catalog;
    private readonly long _unit;
    private readonly long _modulus;
    private readonly long[] _counts;
    private Dictionary<long, long>? _unknown;

    public RegionCounter(RegionLevel level, RegionCatalog catalog)
    {
        if (level is < RegionLevel.Provinsi or > RegionLevel.DesaKelurahan)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Roll up by provinsi, kabupaten/kota, kecamatan or desa/kelurahan.");
        }

        Level = level;
        _catalog = catalog;
        (_unit, _modulus, _counts) = level switch
        {
            RegionLevel.Provinsi => (ProvinceUnit, 0L, new long[100]),
            RegionLevel.KabupatenKota => (KabupatenKotaUnit, 100L, new long[10_000]),
            RegionLevel.Kecamatan => (KecamatanUnit, 100L, new long[catalog.Count]),
            _ => (1L, KecamatanUnit, new long[catalog.Count]),
        };
    }

    public RegionLevel Level { get; }

    public long Total { get; private set; }

    public long Unattributed { get; private set; }

    public void Add(RegionCode region)
    {
        Total++;
        var value = region.Value;
        if (value == 0 || (_modulus != 0 && value / _unit % _modulus == 0))
        {
            Unattributed++;
            return;
        }

        var key = value / _unit;
        if (Level <= RegionLevel.KabupatenKota)
        {
            _counts[key]++;
            return;
        }

        var index = _catalog.IndexOf(key * _unit);
        if (index >= 0)
        {
            _counts[index]++;
        }
        else
        {
            _unknown ??= [];
            _unknown[key * _unit] = _unknown.GetValueOrDefault(key * _unit) + 1;
        }
    }

    /// <summary>Counts a span of facts (the fast path of <see cref="CaseStatistics.ByRegion(IEnumerable{CaseFacts}, RegionLevel, RegionCatalog?)"/>).</summary>
    public void AddAll(ReadOnlySpan<CaseFacts> facts)
    {
        if (Level == RegionLevel.KabupatenKota)
        {
            // The budgeted path: two divisions and an increment per case.
            var counts = _counts;
            long unattributed = 0;
            foreach (ref readonly var f in facts)
            {
                var value = f.Region.Value;
                var key = value / KabupatenKotaUnit;
                if (key % 100 == 0)
                {
                    unattributed++;
                }
                else
                {
                    counts[key]++;
                }
            }

            Total += facts.Length;
            Unattributed += unattributed;
            return;
        }

        foreach (ref readonly var f in facts)
        {
            Add(f.Region);
        }
    }

    public void Merge(RegionCounter other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        if (other._unknown is not null)
        {
            _unknown ??= [];
            foreach (var (code, count) in other._unknown)
            {
                _unknown[code] = _unknown.GetValueOrDefault(code) + count;
            }
        }

        Total += other.Total;
        Unattributed += other.Unattributed;
    }

    public RollUp<RegionCode> ToRollUp()
    {
        var rows = new List<RollUpRow<RegionCode>>();
        if (Level <= RegionLevel.KabupatenKota)
        {
            for (var i = 0; i < _counts.Length; i++)
            {
                if (_counts[i] != 0)
                {
                    rows.Add(Row(RegionCode.FromValue(i * _unit), _counts[i]));
                }
            }
        }
        else
        {
            for (var i = 0; i < _counts.Length; i++)
            {
                if (_counts[i] != 0)
                {
                    rows.Add(Row(RegionCode.FromValue(_catalog.CodeValueAt(i)), _counts[i]));
                }
            }

            if (_unknown is not null)
            {
                foreach (var (code, count) in _unknown)
                {
                    rows.Add(Row(RegionCode.FromValue(code), count));
                }

                rows.Sort((a, b) => a.Key.CompareTo(b.Key));
            }
        }

        var dimension = Level switch
        {
            RegionLevel.Provinsi => RollUpDimension.Provinsi,
            RegionLevel.KabupatenKota => RollUpDimension.KabupatenKota,
            RegionLevel.Kecamatan => RollUpDimension.Kecamatan,
            _ => RollUpDimension.DesaKelurahan,
        };
        return new RollUp<RegionCode>(dimension, rows, Total, Unattributed, _catalog.Edition, _catalog.PopulationSource);
    }

    private RollUpRow<RegionCode> Row(RegionCode code, long count)
    {
        var region = _catalog.Find(code);
        var population = region?.Population?.Total;
        return new RollUpRow<RegionCode>(code, count)
        {
            Name = region?.Name,
            Population = population,
            RatePer100000 = RollUpRow<RegionCode>.Rate(count, population),
        };
    }
}
