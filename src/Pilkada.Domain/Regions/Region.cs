using System.Globalization;
using NodaTime;

namespace Pilkada.Domain.Regions;

/// <summary>
/// Wilayah (region): one entry of a <see cref="RegionCatalog"/> — a province, kabupaten/kota, kecamatan or
/// desa/kelurahan with its Kemendagri code and name.
/// </summary>
/// <remarks>
/// Instances are created by the catalogue and shared; compare them by reference or by <see cref="Code"/>.
/// Names are exactly as in the source list (title case, with the kind as prefix for kabupaten and kota:
/// "Kabupaten Bima", "Kota Bima"; apostrophes kept: "Pasi Kuala Ba'u").
/// </remarks>
public sealed class Region
{
    private readonly RegionCatalog _catalog;
    private readonly int _index;

    internal Region(RegionCatalog catalog, int index, RegionCode code, string name, RegionKind kind, RegionPopulation? population, double? area)
    {
        _catalog = catalog;
        _index = index;
        Code = code;
        Name = name;
        Kind = kind;
        Population = population;
        AreaSquareKilometres = area;
    }

    /// <summary>Kode wilayah (the Kemendagri code).</summary>
    public RegionCode Code { get; }

    /// <summary>Nama wilayah (the official name), exactly as in the catalogue's source.</summary>
    public string Name { get; }

    /// <summary>Jenis wilayah (kind): provinsi, kabupaten, kota, kecamatan, distrik, kelurahan, desa, …</summary>
    public RegionKind Kind { get; }

    /// <summary>Tingkat wilayah (level).</summary>
    public RegionLevel Level => Code.Level;

    /// <summary>
    /// Jumlah penduduk (population: male, female, total) for provinces and kabupaten/kota; <see langword="null"/> below
    /// kabupaten/kota level. Source: the population table published with Kepmendagri 300.2.2-2138/2025
    /// (see <see cref="RegionCatalog.PopulationSource"/>).
    /// </summary>
    public RegionPopulation? Population { get; }

    /// <summary>Luas wilayah (area) in km² for provinces and kabupaten/kota; <see langword="null"/> below kabupaten/kota level.</summary>
    public double? AreaSquareKilometres { get; }

    /// <summary>The catalogue this region belongs to.</summary>
    public RegionCatalog Catalog => _catalog;

    internal int Index => _index;

    /// <summary>The region one level up, or <see langword="null"/> for a province.</summary>
    public Region? Parent => _catalog.ParentOf(_index);

    /// <summary>The province this region is in (itself for a province).</summary>
    public Region Province => _catalog.ProvinceOf(_index);

    /// <summary>The kabupaten/kota this region is in (itself at that level), or <see langword="null"/> for a province.</summary>
    public Region? KabupatenKota => Level >= RegionLevel.KabupatenKota ? AncestorAt(RegionLevel.KabupatenKota) : null;

    /// <summary>The containing regions from the province down to the parent (empty for a province).</summary>
    public IReadOnlyList<Region> Ancestors
    {
        get
        {
            var list = new List<Region>(3);
            for (var p = Parent; p is not null; p = p.Parent)
            {
                list.Add(p);
            }

            list.Reverse();
            return list;
        }
    }

    /// <summary>The regions one level down, in code order (empty for a village).</summary>
    public IReadOnlyList<Region> Children => _catalog.ChildrenOf(_index);

    /// <summary>Every region below this one at a level, in code order: e.g. all desa/kelurahan of a kabupaten.</summary>
    /// <param name="level">A level below this region's level.</param>
    public IReadOnlyList<Region> Descendants(RegionLevel level) => _catalog.DescendantsOf(_index, level);

    /// <summary>The number of regions below this one at a level, counted without building a list.</summary>
    /// <param name="level">A level below this region's level.</param>
    public int CountDescendants(RegionLevel level) => _catalog.CountDescendantsOf(_index, level);

    /// <summary>The ancestor at a level (itself at its own level).</summary>
    /// <param name="level">A level at or above this region's level.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is below this region's level.</exception>
    public Region AncestorAt(RegionLevel level)
    {
        var code = Code.AncestorAt(level);
        return _catalog.TryGet(code, out var region)
            ? region
            : throw new InvalidOperationException($"The catalogue has no region {code} above {Code}.");
    }

    /// <summary>Whether this region is <paramref name="other"/> or lies inside it.</summary>
    /// <param name="other">The containing region.</param>
    public bool IsWithin(Region other) => Code.IsWithin(other.Code);

    /// <summary>Whether this region is the region with code <paramref name="other"/> or lies inside it.</summary>
    /// <param name="other">The containing code.</param>
    public bool IsWithin(RegionCode other) => Code.IsWithin(other);

    /// <summary>The Indonesian time zone of the region (WIB, WITA or WIT), Keppres 41/1987.</summary>
    public IndonesianTimeZone TimeZone => RegionTimeZones.ZoneOf(Code) ?? IndonesianTimeZone.Wib;

    /// <summary>The IANA time zone: <c>Asia/Jakarta</c>, <c>Asia/Pontianak</c>, <c>Asia/Makassar</c> or <c>Asia/Jayapura</c>.</summary>
    public DateTimeZone DateTimeZone => RegionTimeZones.GetDateTimeZone(Code);

    /// <summary>
    /// The name with its kind when the name does not say it: "Kecamatan Rasanae Barat", "Distrik Sentani",
    /// "Kelurahan Paruga", "Provinsi Nusa Tenggara Barat"; kabupaten and kota names already carry it.
    /// </summary>
    public string DisplayName => Kind switch
    {
        RegionKind.Provinsi => "Provinsi " + Name,
        RegionKind.Kecamatan => "Kecamatan " + Name,
        RegionKind.Distrik => "Distrik " + Name,
        RegionKind.Kelurahan => "Kelurahan " + Name,
        RegionKind.Desa => "Desa " + Name,
        _ => Name,
    };

    /// <summary>The code and the name: <c>52.72 Kota Bima</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {Name}");
}

/// <summary>Jumlah penduduk (population) of a province or kabupaten/kota.</summary>
/// <param name="Male">Pria (men).</param>
/// <param name="Female">Wanita (women).</param>
/// <param name="Total">Total.</param>
public readonly record struct RegionPopulation(long Male, long Female, long Total);
