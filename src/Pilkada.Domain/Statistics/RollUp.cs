using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.Statistics;

/// <summary>What a roll-up counts cases by. The values are stable.</summary>
public enum RollUpDimension
{
    /// <summary>Not stated: the value of <c>default</c>.</summary>
    None = 0,

    /// <summary>Provinsi (province) of the case's region.</summary>
    Provinsi = 1,

    /// <summary>Kabupaten/kota (regency or city) of the case's region.</summary>
    KabupatenKota = 2,

    /// <summary>Kecamatan (district) of the case's region.</summary>
    Kecamatan = 3,

    /// <summary>Desa/kelurahan (village) of the case's region.</summary>
    DesaKelurahan = 4,

    /// <summary>Jenis pelanggaran (category of the decision).</summary>
    Category = 10,

    /// <summary>Status penanganan (where the case stands).</summary>
    Status = 11,

    /// <summary>Bawaslu's outcome category (pelanggaran / bukan pelanggaran / …).</summary>
    Outcome = 12,

    /// <summary>Bawaslu's registration category (diregister / tidak diregister / …).</summary>
    Registration = 13,

    /// <summary>Asal (laporan or temuan).</summary>
    Origin = 14,

    /// <summary>Institutions forwarded or recommended to (a case can count under several).</summary>
    Institution = 15,

    /// <summary>Tahapan (election stage) at receipt.</summary>
    Stage = 16,

    /// <summary>Month of receipt, in the case's local time.</summary>
    Month = 17,
}

/// <summary>
/// One row of a <see cref="RollUp{TKey}"/>: a key and how many cases have it; for a region, its name, population and the
/// rate per 100,000 inhabitants.
/// </summary>
/// <typeparam name="TKey">The key: a <see cref="Regions.RegionCode"/>, a category, a status, a month, …</typeparam>
/// <param name="Key">The key.</param>
/// <param name="Count">How many cases.</param>
public readonly record struct RollUpRow<TKey>(TKey Key, long Count)
{
    /// <summary>The region's name in the catalogue (region roll-ups only); <see langword="null"/> for a code the catalogue does not know.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Jumlah penduduk (population) of the region in the catalogue (provinces and kabupaten/kota); <see langword="null"/>
    /// where it is unknown (kecamatan, desa, codes not in the catalogue) or for other roll-ups.
    /// </summary>
    public long? Population { get; init; }

    /// <summary>
    /// Cases per 100,000 inhabitants: <c>Count × 100000 / Population</c>; <see langword="null"/> where the population is
    /// unknown or zero.
    /// </summary>
    public double? RatePer100000 { get; init; }

    /// <summary>The rate of a count in a population: <c>count × 100000 / population</c>, or <see langword="null"/> when the population is unknown or not positive.</summary>
    /// <param name="count">The count.</param>
    /// <param name="population">The population.</param>
    public static double? Rate(long count, long? population) =>
        population is > 0 and var p ? count * 100_000d / p : null;
}

/// <summary>
/// Rekapitulasi (a roll-up): an immutable table of case counts by one dimension — region at a level, category,
/// status, outcome, registration, origin, institution, stage or month — with the total number of cases and those that
/// could not be attributed to any row.
/// </summary>
/// <remarks>
/// <para>
/// Rows are in key order (region code, enum value, month) and only keys with at least one case appear;
/// <see cref="CountOf"/> gives 0 for any other key. For every dimension but <see cref="RollUpDimension.Institution"/>
/// each case counts once: <c>sum of rows + Unattributed = Total</c>. A case can be forwarded to several institutions,
/// so an institution roll-up counts it under each of them and <see cref="Unattributed"/> holds the cases forwarded nowhere.
/// </para>
/// <para>
/// <see cref="Unattributed"/> is the explicit "not attributable at this level" bucket: a region roll-up by
/// kabupaten/kota puts there the cases whose region is a province (or empty); a stage roll-up the cases with no known
/// stage; a category roll-up the cases with no decision category; a month roll-up the cases never received. Nothing is
/// dropped.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
public sealed class RollUp<TKey>
    where TKey : struct
{
    private readonly ImmutableArray<RollUpRow<TKey>> _rows;

    /// <summary>Creates a roll-up (the roll-up methods of <see cref="CaseTally"/> and <see cref="CaseStatistics"/> do; also used to read one back from JSON).</summary>
    /// <param name="dimension">What it counts by.</param>
    /// <param name="rows">The rows, in key order, one per key.</param>
    /// <param name="total">The number of cases.</param>
    /// <param name="unattributed">The cases not attributable to any row.</param>
    /// <param name="regionEdition">For region roll-ups: the region catalogue's edition.</param>
    /// <param name="populationSource">For region roll-ups: where the population figures come from.</param>
    /// <exception cref="ArgumentException">A count is negative, a key repeats, or the rows and <paramref name="unattributed"/> exceed <paramref name="total"/> for a dimension that counts each case once.</exception>
    [JsonConstructor]
    public RollUp(RollUpDimension dimension, IReadOnlyList<RollUpRow<TKey>> rows, long total, long unattributed, string? regionEdition = null, string? populationSource = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (total < 0 || unattributed < 0 || unattributed > total)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The total ({total}) and unattributed ({unattributed}) counts must be 0 or more, unattributed at most the total."), nameof(total));
        }

        long sum = 0;
        var seen = new HashSet<TKey>();
        foreach (var row in rows)
        {
            if (row.Count < 0 || !seen.Add(row.Key))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The row {row.Key} has a negative count ({row.Count}) or repeats a key."), nameof(rows));
            }

            sum += row.Count;
        }

        if (dimension != RollUpDimension.Institution && sum + unattributed != total)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The rows ({sum}) and unattributed cases ({unattributed}) must add up to the total ({total}) for a {dimension} roll-up."), nameof(rows));
        }

        Dimension = dimension;
        _rows = [.. rows];
        Total = total;
        Unattributed = unattributed;
        RegionEdition = regionEdition;
        PopulationSource = populationSource;
    }

    /// <summary>What it counts by.</summary>
    public RollUpDimension Dimension { get; }

    /// <summary>The rows, in key order: only keys with at least one case.</summary>
    public IReadOnlyList<RollUpRow<TKey>> Rows => _rows;

    /// <summary>The number of cases rolled up.</summary>
    public long Total { get; }

    /// <summary>The cases not attributable to any row ("tidak dapat diatribusikan pada tingkat ini"), e.g. a province-level case in a kabupaten/kota roll-up.</summary>
    public long Unattributed { get; }

    /// <summary>For region roll-ups, the edition of the region catalogue, e.g. <c>Kepmendagri 300.2.2-2138/2025</c>; otherwise <see langword="null"/>.</summary>
    public string? RegionEdition { get; }

    /// <summary>For region roll-ups, the source of the population figures behind <see cref="RollUpRow{TKey}.RatePer100000"/>; otherwise <see langword="null"/>.</summary>
    public string? PopulationSource { get; }

    /// <summary>Whether the dimension counts every case once (every one but <see cref="RollUpDimension.Institution"/>).</summary>
    [JsonIgnore]
    public bool CountsEachCaseOnce => Dimension != RollUpDimension.Institution;

    /// <summary>Whether this is a roll-up by region.</summary>
    [JsonIgnore]
    public bool IsByRegion => Dimension is >= RollUpDimension.Provinsi and <= RollUpDimension.DesaKelurahan;

    /// <summary>The count of a key, 0 when it has no row.</summary>
    /// <param name="key">The key.</param>
    public long CountOf(TKey key)
    {
        foreach (var row in _rows)
        {
            if (EqualityComparer<TKey>.Default.Equals(row.Key, key))
            {
                return row.Count;
            }
        }

        return 0;
    }

    /// <summary>The dimension, the number of rows and the total.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Dimension}: {_rows.Length} rows, {Total} cases ({Unattributed} not attributable)");
}
