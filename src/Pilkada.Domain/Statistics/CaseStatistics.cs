using System.Runtime.InteropServices;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Statistics;

/// <summary>
/// Statistik perkara (case statistics): roll-ups of cases by region (any level, with population and the rate per
/// 100,000 inhabitants), and a <see cref="CaseTally"/> of every dimension in one pass, from
/// <see cref="IEnumerable{T}"/> or <see cref="IAsyncEnumerable{T}"/> of <see cref="CaseFacts"/> or
/// <see cref="ViolationCase"/>.
/// </summary>
/// <remarks>
/// <para>
/// Region roll-ups count in a dense array indexed by the code's own digits (province, kabupaten/kota) or the catalogue
/// position (kecamatan, desa), never a dictionary, and allocate nothing per case: a million facts in an array roll up
/// by kabupaten/kota in a few milliseconds. A kecamatan's or desa's cases count toward its kabupaten/kota and province;
/// a case whose region is above the level asked for is counted in <see cref="RollUp{TKey}.Unattributed"/>, never dropped.
/// </para>
/// <para>
/// Names and population come from the region catalogue (<see cref="RegionCatalog.Default"/>: Kepmendagri
/// 300.2.2-2138/2025 and the population table published with it, <see cref="RegionCatalog.PopulationSource"/>);
/// the roll-up carries both editions. Population is known for provinces and kabupaten/kota only.
/// </para>
/// </remarks>
public static class CaseStatistics
{
    /// <summary>The cases by region at a level.</summary>
    /// <param name="facts">The cases' facts (an array or <see cref="List{T}"/> is read as a span).</param>
    /// <param name="level">Provinsi, kabupaten/kota, kecamatan or desa/kelurahan.</param>
    /// <param name="regions">The catalogue for names and population; <see langword="null"/> for <see cref="RegionCatalog.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is <see cref="RegionLevel.None"/> or not defined.</exception>
    public static RollUp<RegionCode> ByRegion(IEnumerable<CaseFacts> facts, RegionLevel level, RegionCatalog? regions = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var counter = new RegionCounter(level, regions ?? RegionCatalog.Default);
        switch (facts)
        {
            case CaseFacts[] array:
                counter.AddAll(array);
                break;
            case List<CaseFacts> list:
                counter.AddAll(CollectionsMarshal.AsSpan(list));
                break;
            default:
                foreach (var f in facts)
                {
                    counter.Add(f.Region);
                }

                break;
        }

        return counter.ToRollUp();
    }

    /// <summary>The cases by region at a level (see <see cref="ByRegion(IEnumerable{CaseFacts}, RegionLevel, RegionCatalog?)"/>).</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="level">Provinsi, kabupaten/kota, kecamatan or desa/kelurahan.</param>
    /// <param name="regions">The catalogue for names and population; <see langword="null"/> for <see cref="RegionCatalog.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is <see cref="RegionLevel.None"/> or not defined.</exception>
    public static RollUp<RegionCode> ByRegion(IEnumerable<ViolationCase> cases, RegionLevel level, RegionCatalog? regions = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var counter = new RegionCounter(level, regions ?? RegionCatalog.Default);
        foreach (var c in cases)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            counter.Add(c.Region);
        }

        return counter.ToRollUp();
    }

    /// <summary>The cases by region at a level, as they arrive.</summary>
    /// <param name="facts">The cases' facts.</param>
    /// <param name="level">Provinsi, kabupaten/kota, kecamatan or desa/kelurahan.</param>
    /// <param name="regions">The catalogue for names and population; <see langword="null"/> for <see cref="RegionCatalog.Default"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is <see cref="RegionLevel.None"/> or not defined.</exception>
    public static async Task<RollUp<RegionCode>> ByRegionAsync(
        IAsyncEnumerable<CaseFacts> facts, RegionLevel level, RegionCatalog? regions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var counter = new RegionCounter(level, regions ?? RegionCatalog.Default);
        await foreach (var f in facts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            counter.Add(f.Region);
        }

        return counter.ToRollUp();
    }

    /// <summary>The cases by region at a level, as they arrive.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="level">Provinsi, kabupaten/kota, kecamatan or desa/kelurahan.</param>
    /// <param name="regions">The catalogue for names and population; <see langword="null"/> for <see cref="RegionCatalog.Default"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is <see cref="RegionLevel.None"/> or not defined.</exception>
    public static async Task<RollUp<RegionCode>> ByRegionAsync(
        IAsyncEnumerable<ViolationCase> cases, RegionLevel level, RegionCatalog? regions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var counter = new RegionCounter(level, regions ?? RegionCatalog.Default);
        await foreach (var c in cases.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            counter.Add(c.Region);
        }

        return counter.ToRollUp();
    }

    /// <summary>Counts cases by every dimension in one pass.</summary>
    /// <param name="facts">The cases' facts.</param>
    /// <param name="regions">The catalogue for names and population; <see langword="null"/> for <see cref="RegionCatalog.Default"/>.</param>
    public static CaseTally Tally(IEnumerable<CaseFacts> facts, RegionCatalog? regions = null) => new CaseTally(regions).AddRange(facts);

    /// <summary>Counts cases by every dimension in one pass.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="regions">The catalogue for names and population; <see langword="null"/> for <see cref="RegionCatalog.Default"/>.</param>
    /// <param name="elections">The elections for the stage at receipt; <see langword="null"/> for <see cref="ElectionCatalog.Default"/>.</param>
    public static CaseTally Tally(IEnumerable<ViolationCase> cases, RegionCatalog? regions = null, ElectionCatalog? elections = null) =>
        new CaseTally(regions, elections).AddRange(cases);

    /// <summary>Counts cases by every dimension as they arrive.</summary>
    /// <param name="facts">The cases' facts.</param>
    /// <param name="regions">The catalogue for names and population; <see langword="null"/> for <see cref="RegionCatalog.Default"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static Task<CaseTally> TallyAsync(IAsyncEnumerable<CaseFacts> facts, RegionCatalog? regions = null, CancellationToken cancellationToken = default) =>
        new CaseTally(regions).AddRangeAsync(facts, cancellationToken);

    /// <summary>Counts cases by every dimension as they arrive.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="regions">The catalogue for names and population; <see langword="null"/> for <see cref="RegionCatalog.Default"/>.</param>
    /// <param name="elections">The elections for the stage at receipt; <see langword="null"/> for <see cref="ElectionCatalog.Default"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static Task<CaseTally> TallyAsync(
        IAsyncEnumerable<ViolationCase> cases, RegionCatalog? regions = null, ElectionCatalog? elections = null, CancellationToken cancellationToken = default) =>
        new CaseTally(regions, elections).AddRangeAsync(cases, cancellationToken);
}
