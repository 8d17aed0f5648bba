using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Daftar kontestasi (list of contests): an immutable set of <see cref="Contest"/>s in id order, with lookups by id,
/// kind, province and region.
/// </summary>
/// <remarks>
/// The contests of the 2024 simultaneous elections are <see cref="ElectionCatalog.Pilkada2024"/>'s
/// <see cref="Election.Contests"/>: 545 = 37 gubernur + 415 bupati + 93 wali kota, derived from the region catalogue by
/// <see cref="Derive(ElectionId, RegionCatalog)"/>. A catalogue is safe to share between threads.
/// </remarks>
public sealed class ContestCatalog : IReadOnlyList<Contest>
{
    private readonly Contest[] _contests;
    private readonly FrozenDictionary<ContestId, Contest> _byId;

    /// <summary>Creates a catalogue from contests in any order.</summary>
    /// <param name="contests">The contests.</param>
    /// <exception cref="ElectionArgumentException">Two contests have the same id.</exception>
    public ContestCatalog(IEnumerable<Contest> contests)
    {
        ArgumentNullException.ThrowIfNull(contests);
        var list = new List<Contest>();
        foreach (var contest in contests)
        {
            ArgumentNullException.ThrowIfNull(contest, nameof(contests));
            list.Add(contest);
        }

        list.Sort((a, b) => a.Id.CompareTo(b.Id));
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Id == list[i - 1].Id)
            {
                throw new ElectionArgumentException("Contest.DuplicateId", nameof(contests), new MessageArgument("contest", list[i].Id.ToString()));
            }
        }

        _contests = [.. list];
        _byId = _contests.ToFrozenDictionary(c => c.Id);
    }

    /// <summary>An empty catalogue.</summary>
    public static ContestCatalog Empty { get; } = new([]);

    /// <summary>
    /// The contests of a nationwide simultaneous election (pemilihan serentak nasional, UU 10/2016 Pasal 201 ayat (8))
    /// over a region catalogue: a governor election in every province except DI Yogyakarta, a regent election in every
    /// kabupaten and a mayoral election in every kota, none in DKI Jakarta's administrative units (see
    /// <see cref="ContestRules.KindFor(Region)"/>). Over the Kepmendagri 2025 list this gives 37 + 415 + 93 = 545.
    /// </summary>
    /// <param name="election">The election.</param>
    /// <param name="regions">The regions.</param>
    public static ContestCatalog Derive(ElectionId election, RegionCatalog regions) =>
        Derive(election, regions, static _ => null, static _ => []);

    internal static ContestCatalog Derive(
        ElectionId election,
        RegionCatalog regions,
        Func<ContestId, SingleCandidateContest?> singleCandidate,
        Func<ContestId, IReadOnlyList<RevoteOrder>> revoteOrders)
    {
        ArgumentNullException.ThrowIfNull(regions);
        if (election.IsEmpty)
        {
            throw new ElectionArgumentException("Contest.EmptyId", nameof(election));
        }

        var contests = new List<Contest>(560);
        foreach (var level in (ReadOnlySpan<RegionLevel>)[RegionLevel.Provinsi, RegionLevel.KabupatenKota])
        {
            foreach (var region in regions.AtLevel(level))
            {
                if (ContestRules.KindFor(region) is { } kind)
                {
                    var id = new ContestId(election, region.Code);
                    contests.Add(new Contest(id, kind, region.Name)
                    {
                        SingleCandidate = singleCandidate(id),
                        RevoteOrders = revoteOrders(id),
                    });
                }
            }
        }

        return new ContestCatalog(contests);
    }

    /// <summary>The number of contests.</summary>
    public int Count => _contests.Length;

    /// <summary>The contest at a position, in id order.</summary>
    /// <param name="index">The position.</param>
    public Contest this[int index] => _contests[index];

    /// <summary>The contest with an id.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No contest has this id.</exception>
    public Contest this[ContestId id] => _byId.TryGetValue(id, out var contest)
        ? contest
        : throw new KeyNotFoundException(PilkadaMessages.Format("ContestCatalog.NotFound", PilkadaLanguage.English, new MessageArgument("contest", id.ToString())));

    /// <summary>Finds a contest by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="contest">The contest, when found.</param>
    public bool TryGet(ContestId id, [NotNullWhen(true)] out Contest? contest) => _byId.TryGetValue(id, out contest);

    /// <summary>The contests held in exactly this region (one per election in the catalogue, usually one).</summary>
    /// <param name="region">A province, kabupaten or kota code.</param>
    public IReadOnlyList<Contest> In(RegionCode region) => [.. _contests.Where(c => c.Region == region)];

    /// <summary>The contests of a kind, in id order.</summary>
    /// <param name="kind">The kind.</param>
    public IReadOnlyList<Contest> OfKind(ContestKind kind) => [.. _contests.Where(c => c.Kind == kind)];

    /// <summary>The number of contests of a kind.</summary>
    /// <param name="kind">The kind.</param>
    public int CountOf(ContestKind kind) => _contests.Count(c => c.Kind == kind);

    /// <summary>The contests held in a province: its governor election and those of its kabupaten and kota.</summary>
    /// <param name="province">The province code (a code below province level is read as its province).</param>
    public IReadOnlyList<Contest> InProvince(RegionCode province)
    {
        if (province.IsEmpty)
        {
            return [];
        }

        var code = province.Province;
        return [.. _contests.Where(c => c.Region.IsWithin(code))];
    }

    /// <summary>
    /// The contests a place votes in: for a kabupaten/kota or anything inside it, its own contest and its province's
    /// governor election (<c>52.72</c> → Pemilihan Gubernur Nusa Tenggara Barat and Pemilihan Wali Kota Bima); for a
    /// province, its governor election.
    /// </summary>
    /// <param name="region">Any region code.</param>
    public IReadOnlyList<Contest> ForRegion(RegionCode region)
    {
        if (region.IsEmpty)
        {
            return [];
        }

        return [.. _contests.Where(c => region.IsWithin(c.Region))];
    }

    /// <summary>The single-candidate contests (one pair against the empty column), in id order.</summary>
    public IReadOnlyList<Contest> SingleCandidate => [.. _contests.Where(c => c.IsSingleCandidate)];

    /// <summary>The contests in which the Constitutional Court ordered a re-vote or re-tabulation, in id order.</summary>
    public IReadOnlyList<Contest> WithRevoteOrders => [.. _contests.Where(c => c.RevoteOrders.Count > 0)];

    /// <inheritdoc/>
    public IEnumerator<Contest> GetEnumerator() => ((IEnumerable<Contest>)_contests).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
