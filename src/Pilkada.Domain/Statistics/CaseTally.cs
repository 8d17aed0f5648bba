using System.Runtime.InteropServices;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Statistics;

/// <summary>
/// Penghitung perkara (a case tally): counts cases by every dimension in one pass — region at all four levels,
/// category, status, outcome, registration, origin, institution, stage and month — and gives each roll-up and
/// <see cref="BawasluSummary"/> from the counts.
/// </summary>
/// <remarks>
/// <para>
/// Add cases with <see cref="Add(in CaseFacts)"/>, <see cref="AddRange(IEnumerable{CaseFacts})"/> or
/// <see cref="AddRangeAsync(IAsyncEnumerable{CaseFacts}, CancellationToken)"/> (or the <see cref="ViolationCase"/>
/// overloads, which project each case with <see cref="CaseFacts.From"/>), then read the roll-ups: each is a new
/// immutable <see cref="RollUp{TKey}"/>, a snapshot of the counts so far.
/// </para>
/// <para>
/// A tally is mutable and not thread-safe: use one per thread and <see cref="Merge"/> them. Counting allocates nothing
/// per case (the region counts are dense arrays; months and codes the catalogue does not know go to small dictionaries).
/// </para>
/// </remarks>
public sealed class CaseTally
{
    private readonly RegionCounter[] _regions;
    private readonly ElectionCatalog? _elections;

    // origin × registration × outcome × category: the cube behind the summary and four roll-ups.
    private readonly long[] _cube = new long[CaseFacts.OriginCount * CaseFacts.RegistrationCount * CaseFacts.OutcomeCount * CaseFacts.CategoryCount];
    private readonly long[] _status = new long[CaseFacts.StatusCount];
    private readonly long[] _stage = new long[CaseFacts.StageCount + 1];
    private readonly long[] _institution = new long[64];
    private readonly Dictionary<int, long> _month = [];
    private long _forwardedNowhere;
    private long _sanctioned;
    private long _closed;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="regions">The region catalogue for names and population; <see langword="null"/> for <see cref="RegionCatalog.Default"/>.</param>
    /// <param name="elections">The elections for the stage at receipt of added <see cref="ViolationCase"/>s; <see langword="null"/> for <see cref="ElectionCatalog.Default"/>.</param>
    public CaseTally(RegionCatalog? regions = null, ElectionCatalog? elections = null)
    {
        Regions = regions ?? RegionCatalog.Default;
        _elections = elections;
        _regions =
        [
            new RegionCounter(RegionLevel.Provinsi, Regions),
            new RegionCounter(RegionLevel.KabupatenKota, Regions),
            new RegionCounter(RegionLevel.Kecamatan, Regions),
            new RegionCounter(RegionLevel.DesaKelurahan, Regions),
        ];
    }

    /// <summary>The region catalogue used for names and population.</summary>
    public RegionCatalog Regions { get; }

    /// <summary>How many cases were added.</summary>
    public long Count { get; private set; }

    /// <summary>How many of them were sanctioned (<see cref="CaseFacts.IsSanctioned"/>).</summary>
    public long Sanctioned => _sanctioned;

    /// <summary>How many of them are closed.</summary>
    public long Closed => _closed;

    /// <summary>Adds one case.</summary>
    /// <param name="facts">The case's facts.</param>
    public void Add(in CaseFacts facts)
    {
        Count++;
        var region = facts.Region;
        _regions[0].Add(region);
        _regions[1].Add(region);
        _regions[2].Add(region);
        _regions[3].Add(region);
        _cube[CubeIndex((int)facts.Origin, (int)facts.Registration, (int)facts.Outcome, (int)facts.Category)]++;
        _status[(int)facts.Status]++;
        _stage[facts.StageOrdinal]++;
        var bits = facts.InstitutionBits;
        if (bits == 0)
        {
            _forwardedNowhere++;
        }

        while (bits != 0)
        {
            _institution[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
            bits &= bits - 1;
        }

        ref var month = ref CollectionsMarshal.GetValueRefOrAddDefault(_month, facts.MonthOrdinal, out _);
        month++;
        _sanctioned += facts.IsSanctioned ? 1 : 0;
        _closed += facts.IsClosed ? 1 : 0;
    }

    /// <summary>Adds one case, projected with <see cref="CaseFacts.From"/>.</summary>
    /// <param name="case">The case.</param>
    public void Add(ViolationCase @case) => Add(CaseFacts.From(@case, _elections));

    /// <summary>Adds cases.</summary>
    /// <param name="facts">The cases' facts.</param>
    /// <returns>This tally.</returns>
    public CaseTally AddRange(IEnumerable<CaseFacts> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var f in facts)
        {
            Add(f);
        }

        return this;
    }

    /// <summary>Adds cases.</summary>
    /// <param name="facts">The cases' facts.</param>
    /// <returns>This tally.</returns>
    public CaseTally AddRange(ReadOnlySpan<CaseFacts> facts)
    {
        foreach (ref readonly var f in facts)
        {
            Add(f);
        }

        return this;
    }

    /// <summary>Adds cases, projecting each with <see cref="CaseFacts.From"/>.</summary>
    /// <param name="cases">The cases.</param>
    /// <returns>This tally.</returns>
    public CaseTally AddRange(IEnumerable<ViolationCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        foreach (var c in cases)
        {
            Add(c);
        }

        return this;
    }

    /// <summary>Adds cases as they arrive.</summary>
    /// <param name="facts">The cases' facts.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>This tally.</returns>
    public async Task<CaseTally> AddRangeAsync(IAsyncEnumerable<CaseFacts> facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        await foreach (var f in facts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Add(f);
        }

        return this;
    }

    /// <summary>Adds cases as they arrive, projecting each with <see cref="CaseFacts.From"/>.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>This tally.</returns>
    public async Task<CaseTally> AddRangeAsync(IAsyncEnumerable<ViolationCase> cases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        await foreach (var c in cases.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Add(c);
        }

        return this;
    }

    /// <summary>Adds the counts of another tally (e.g. one filled on another thread) to this one.</summary>
    /// <param name="other">The other tally; it must use the same region catalogue.</param>
    /// <returns>This tally.</returns>
    /// <exception cref="ArgumentException">The other tally uses another region catalogue.</exception>
    public CaseTally Merge(CaseTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other.Regions, Regions))
        {
            throw new ArgumentException("Only tallies over the same region catalogue can be merged.", nameof(other));
        }

        for (var i = 0; i < _regions.Length; i++)
        {
            _regions[i].Merge(other._regions[i]);
        }

        Add(_cube, other._cube);
        Add(_status, other._status);
        Add(_stage, other._stage);
        Add(_institution, other._institution);
        foreach (var (month, count) in other._month)
        {
            _month[month] = _month.GetValueOrDefault(month) + count;
        }

        _forwardedNowhere += other._forwardedNowhere;
        _sanctioned += other._sanctioned;
        _closed += other._closed;
        Count += other.Count;
        return this;
    }

    /// <summary>
    /// The cases by region at a level: a kecamatan's or desa's cases count toward its kabupaten/kota and province;
    /// cases whose region is above the level go to <see cref="RollUp{TKey}.Unattributed"/>. Rows carry the name,
    /// population and rate per 100,000 inhabitants from <see cref="Regions"/>.
    /// </summary>
    /// <param name="level">Provinsi, kabupaten/kota, kecamatan or desa/kelurahan.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is <see cref="RegionLevel.None"/> or not defined.</exception>
    public RollUp<RegionCode> ByRegion(RegionLevel level) =>
        level is >= RegionLevel.Provinsi and <= RegionLevel.DesaKelurahan
            ? _regions[(int)level - 1].ToRollUp()
            : throw new ArgumentOutOfRangeException(nameof(level), level, "Roll up by provinsi, kabupaten/kota, kecamatan or desa/kelurahan.");

    /// <summary>The cases by decision category (<see cref="CaseFacts.Category"/>); cases with no category are unattributed.</summary>
    public RollUp<ViolationCategory> ByCategory() => Marginal<ViolationCategory>(RollUpDimension.Category, 3, c => (ViolationCategory)c, skipZero: true);

    /// <summary>The cases by Bawaslu's outcome category; cases with <see cref="PublishedOutcome.None"/> (no event) are unattributed.</summary>
    public RollUp<PublishedOutcome> ByOutcome() => Marginal<PublishedOutcome>(RollUpDimension.Outcome, 2, c => (PublishedOutcome)c, skipZero: true);

    /// <summary>The cases by Bawaslu's registration category; cases with <see cref="PublishedRegistration.None"/> (no event) are unattributed.</summary>
    public RollUp<PublishedRegistration> ByRegistration() => Marginal<PublishedRegistration>(RollUpDimension.Registration, 1, c => (PublishedRegistration)c, skipZero: true);

    /// <summary>The cases by origin (laporan or temuan); cases not started are unattributed.</summary>
    public RollUp<CaseOrigin> ByOrigin() => Marginal<CaseOrigin>(RollUpDimension.Origin, 0, c => (CaseOrigin)c, skipZero: true);

    /// <summary>The cases by status; <see cref="CaseStatus.None"/> (no event) is unattributed.</summary>
    public RollUp<CaseStatus> ByStatus() => FromArray(RollUpDimension.Status, _status, i => (CaseStatus)i, 0);

    /// <summary>The cases by election stage at receipt; cases with no known stage are unattributed.</summary>
    public RollUp<StageKind> ByStage()
    {
        var rows = new List<RollUpRow<StageKind>>();
        for (var i = 1; i < _stage.Length; i++)
        {
            if (_stage[i] != 0)
            {
                rows.Add(new RollUpRow<StageKind>((StageKind)(i - 1), _stage[i]));
            }
        }

        return new RollUp<StageKind>(RollUpDimension.Stage, rows, Count, _stage[0]);
    }

    /// <summary>
    /// The cases by institution forwarded or recommended to: a case counts under every kind it went to; the cases that
    /// went nowhere are unattributed.
    /// </summary>
    public RollUp<InstitutionKind> ByInstitution()
    {
        var rows = new List<RollUpRow<InstitutionKind>>();
        for (var i = 1; i < _institution.Length; i++)
        {
            if (_institution[i] != 0)
            {
                rows.Add(new RollUpRow<InstitutionKind>((InstitutionKind)i, _institution[i]));
            }
        }

        return new RollUp<InstitutionKind>(RollUpDimension.Institution, rows, Count, _forwardedNowhere);
    }

    /// <summary>The cases by month of receipt in their local time; cases never received are unattributed.</summary>
    public RollUp<YearMonth> ByMonth()
    {
        var rows = new List<RollUpRow<YearMonth>>(_month.Count);
        foreach (var (ordinal, count) in _month)
        {
            if (ordinal != 0 && count != 0)
            {
                rows.Add(new RollUpRow<YearMonth>(new YearMonth((ordinal - 1) / 12, ((ordinal - 1) % 12) + 1), count));
            }
        }

        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
        return new RollUp<YearMonth>(RollUpDimension.Month, rows, Count, _month.GetValueOrDefault(0));
    }

    /// <summary>Bawaslu's handling summary of the cases (see <see cref="BawasluSummary"/>).</summary>
    public BawasluSummary Summary()
    {
        var laporan = new SummaryCounts.Builder();
        var temuan = new SummaryCounts.Builder();
        for (var o = 1; o < CaseFacts.OriginCount; o++)
        {
            var target = o == (int)CaseOrigin.Laporan ? laporan : temuan;
            for (var r = 0; r < CaseFacts.RegistrationCount; r++)
            {
                for (var u = 0; u < CaseFacts.OutcomeCount; u++)
                {
                    for (var c = 0; c < CaseFacts.CategoryCount; c++)
                    {
                        var count = _cube[CubeIndex(o, r, u, c)];
                        if (count != 0)
                        {
                            target.Add((PublishedRegistration)r, (PublishedOutcome)u, (ViolationCategory)c, count);
                        }
                    }
                }
            }
        }

        return new BawasluSummary(laporan.Build(), temuan.Build());
    }

    private static int CubeIndex(int origin, int registration, int outcome, int category) =>
        (((((origin * CaseFacts.RegistrationCount) + registration) * CaseFacts.OutcomeCount) + outcome) * CaseFacts.CategoryCount) + category;

    private static void Add(long[] target, long[] source)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    private RollUp<TKey> Marginal<TKey>(RollUpDimension dimension, int axis, Func<int, TKey> key, bool skipZero)
        where TKey : struct
    {
        Span<int> sizes = [CaseFacts.OriginCount, CaseFacts.RegistrationCount, CaseFacts.OutcomeCount, CaseFacts.CategoryCount];
        var counts = new long[sizes[axis]];
        for (var o = 0; o < sizes[0]; o++)
        {
            for (var r = 0; r < sizes[1]; r++)
            {
                for (var u = 0; u < sizes[2]; u++)
                {
                    for (var c = 0; c < sizes[3]; c++)
                    {
                        var index = axis switch { 0 => o, 1 => r, 2 => u, _ => c };
                        counts[index] += _cube[CubeIndex(o, r, u, c)];
                    }
                }
            }
        }

        return FromArray(dimension, counts, key, skipZero ? 0 : -1);
    }

    private RollUp<TKey> FromArray<TKey>(RollUpDimension dimension, long[] counts, Func<int, TKey> key, int unattributedIndex)
        where TKey : struct
    {
        var rows = new List<RollUpRow<TKey>>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (i != unattributedIndex && counts[i] != 0)
            {
                rows.Add(new RollUpRow<TKey>(key(i), counts[i]));
            }
        }

        return new RollUp<TKey>(dimension, rows, Count, unattributedIndex >= 0 ? counts[unattributedIndex] : 0);
    }
}
