using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Statistics;

/// <summary>
/// Fakta perkara untuk statistik (a case as statistics see it): a small immutable projection of a
/// <see cref="ViolationCase"/> — region, origin, status, Bawaslu's published registration and outcome categories, the
/// violation category, when it was received (instant and local month), the institutions it went to, the election stage
/// at receipt, whether a sanction followed and whether it is closed. Roll-ups (<see cref="CaseStatistics"/>,
/// <see cref="CaseTally"/>) and <see cref="BawasluSummary"/> work on it without touching the case again.
/// </summary>
/// <remarks>
/// <para>
/// <c>default</c> is "no case": the empty region, <see cref="CaseOrigin.None"/>, nothing received. It is 40 bytes and
/// holds no references, so a million of them fit in one array without putting pressure on the garbage collector.
/// </para>
/// <para>
/// Build one with <see cref="From(ViolationCase, ElectionCatalog?)"/>, or directly with the <c>init</c> properties
/// (e.g. from another system's records). The properties are independent: nothing checks that
/// <see cref="ReceivedMonth"/> is the month of <see cref="ReceivedAt"/> when you set them yourself.
/// </para>
/// </remarks>
public readonly struct CaseFacts : IEquatable<CaseFacts>
{
    // The number of values of each enum kept here (they are contiguous from 0); a test checks them against the enums.
    internal const int OriginCount = 3;
    internal const int StatusCount = 18;
    internal const int RegistrationCount = 5;
    internal const int OutcomeCount = 6;
    internal const int CategoryCount = 6;
    internal const int StageCount = 33;

    private const byte SanctionedFlag = 1;
    private const byte ClosedFlag = 2;
    private const byte ReceivedFlag = 4;

    private readonly RegionCode _region;
    private readonly long _receivedTicks;
    private readonly ulong _institutions;
    private readonly int _month;
    private readonly byte _origin;
    private readonly byte _status;
    private readonly byte _registration;
    private readonly byte _outcome;
    private readonly byte _category;
    private readonly byte _stage;
    private readonly byte _flags;

    /// <summary>Creates facts for a region, with nothing else known (set the rest with the <c>init</c> properties).</summary>
    /// <param name="region">Kode wilayah (the region code) where the case is handled.</param>
    public CaseFacts(RegionCode region) => _region = region;

    /// <summary>Kode wilayah (the region code) of the case: where it is handled (<see cref="ViolationCase.Region"/>).</summary>
    public RegionCode Region { get => _region; init => _region = value; }

    /// <summary>Asal (origin): laporan or temuan.</summary>
    public CaseOrigin Origin { get => (CaseOrigin)_origin; init => _origin = ToByte((int)value, OriginCount, nameof(Origin)); }

    /// <summary>Status penanganan (where the case stands).</summary>
    public CaseStatus Status { get => (CaseStatus)_status; init => _status = ToByte((int)value, StatusCount, nameof(Status)); }

    /// <summary>Bawaslu's registration category: diregister / tidak diregister / belum diregister / dicabut.</summary>
    public PublishedRegistration Registration { get => (PublishedRegistration)_registration; init => _registration = ToByte((int)value, RegistrationCount, nameof(Registration)); }

    /// <summary>Bawaslu's outcome category: pelanggaran / bukan pelanggaran / sengketa / dalam proses / tidak ditangani.</summary>
    public PublishedOutcome Outcome { get => (PublishedOutcome)_outcome; init => _outcome = ToByte((int)value, OutcomeCount, nameof(Outcome)); }

    /// <summary>
    /// Jenis pelanggaran (the category of the decision): the category of a <see cref="ViolationFound"/>,
    /// <see cref="ViolationCategory.SengketaPemilihan"/> for a <see cref="DisputeFound"/>, otherwise
    /// <see cref="ViolationCategory.None"/>.
    /// </summary>
    public ViolationCategory Category { get => (ViolationCategory)_category; init => _category = ToByte((int)value, CategoryCount, nameof(Category)); }

    /// <summary>When the laporan or temuan was received or recorded, if it was.</summary>
    public Instant? ReceivedAt
    {
        get => (_flags & ReceivedFlag) == 0 ? null : Instant.FromUnixTimeTicks(_receivedTicks);
        init
        {
            _receivedTicks = value?.ToUnixTimeTicks() ?? 0;
            _flags = (byte)(value is null ? _flags & ~ReceivedFlag : _flags | ReceivedFlag);
        }
    }

    /// <summary>The month of receipt in the case's own time zone (WIB, WITA or WIT), if received.</summary>
    public YearMonth? ReceivedMonth
    {
        get => _month == 0 ? null : new YearMonth((_month - 1) / 12, ((_month - 1) % 12) + 1);
        init => _month = value is { } month ? (month.Year * 12) + month.Month : 0;
    }

    /// <summary>The institutions the case was forwarded (diteruskan) or recommended (direkomendasikan) to, by kind.</summary>
    public InstitutionSet Institutions { get => InstitutionSet.FromBits(_institutions); init => _institutions = value.Bits; }

    /// <summary>
    /// Tahapan (the election stage) on the local day of receipt, when the case names a contest whose election is in the
    /// catalogue and a dated stage of its schedule was in force that day (see <see cref="StageOn"/>); otherwise
    /// <see langword="null"/>.
    /// </summary>
    public StageKind? Stage
    {
        get => _stage == 0 ? null : (StageKind)(_stage - 1);
        init => _stage = value is { } kind ? ToByte((int)kind + 1, StageCount + 1, nameof(Stage)) : (byte)0;
    }

    /// <summary>
    /// Whether a sanction followed: a recommendation was answered with a sanction imposed
    /// (<see cref="SanctionImposed"/>), or the last court verdict on the criminal track convicted.
    /// </summary>
    public bool IsSanctioned { get => (_flags & SanctionedFlag) != 0; init => _flags = (byte)(value ? _flags | SanctionedFlag : _flags & ~SanctionedFlag); }

    /// <summary>Whether the case is closed (ditutup).</summary>
    public bool IsClosed { get => (_flags & ClosedFlag) != 0; init => _flags = (byte)(value ? _flags | ClosedFlag : _flags & ~ClosedFlag); }

    /// <summary>The month of receipt as an ordinal (<c>year × 12 + month</c>), 0 when unknown; for dense counting.</summary>
    internal int MonthOrdinal => _month;

    /// <summary>The stage plus one, 0 when unknown; for dense counting.</summary>
    internal int StageOrdinal => _stage;

    /// <summary>The raw institution bits; for counting.</summary>
    internal ulong InstitutionBits => _institutions;

    /// <summary>
    /// The facts of a case, read once from its folded <see cref="ViolationCase.State"/> and its events. Allocates
    /// nothing of its own.
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="elections">The elections to find the case's contest in, for the stage at receipt; <see langword="null"/> for <see cref="ElectionCatalog.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is <see langword="null"/>.</exception>
    public static CaseFacts From(ViolationCase @case, ElectionCatalog? elections = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var state = @case.State;
        ulong institutions = 0;
        var forwards = state.Forwards;
        for (var i = 0; i < forwards.Count; i++)
        {
            institutions |= Bit(forwards[i].To.Kind);
        }

        var sanctioned = false;
        var recommendations = state.Recommendations;
        for (var i = 0; i < recommendations.Count; i++)
        {
            var recommendation = recommendations[i];
            institutions |= Bit(recommendation.To.Kind);
            var followUps = recommendation.FollowUps;
            for (var j = 0; j < followUps.Count; j++)
            {
                sanctioned |= followUps[j].Outcome is SanctionImposed;
            }
        }

        if (state.Gakkumdu is GakkumduStage.DistrictVerdict or GakkumduStage.Appeal or GakkumduStage.FinalVerdict)
        {
            var events = @case.Events;
            var convicted = false;
            for (var i = 0; i < events.Count; i++)
            {
                convicted = events[i] switch
                {
                    DistrictCourtVerdict d => d.Verdict == CourtVerdict.Convicted,
                    HighCourtVerdict h => h.Verdict == CourtVerdict.Convicted,
                    _ => convicted,
                };
            }

            sanctioned |= convicted;
        }

        var category = state.Decision switch
        {
            ViolationFound found => found.Category,
            DisputeFound => ViolationCategory.SengketaPemilihan,
            _ => ViolationCategory.None,
        };

        YearMonth? month = null;
        StageKind? stage = null;
        if (state.ReceivedAt is { } received)
        {
            var date = received.InZone(@case.Zone).Date;
            month = new YearMonth(date.Year, date.Month);
            if (@case.Contest is { } contest && FindElection(elections ?? ElectionCatalog.Default, contest.Election) is { } election)
            {
                stage = StageOn(election.Schedule, date, @case.Region);
            }
        }

        return new CaseFacts(@case.Region)
        {
            Origin = state.Origin,
            Status = state.Status,
            Registration = state.PublishedRegistration,
            Outcome = state.PublishedOutcome,
            Category = category,
            ReceivedAt = state.ReceivedAt,
            ReceivedMonth = month,
            Institutions = InstitutionSet.FromBits(institutions),
            Stage = stage,
            IsSanctioned = sanctioned,
            IsClosed = state.IsClosed,
        };
    }

    /// <summary>
    /// The stage of a schedule on a local date in a region: of the dated stages in force that day that apply in the
    /// region, the shortest — the most specific, so masa tenang rather than the voter-list update that runs beside it,
    /// and the kampanye rather than the forming of the ad hoc bodies. Ties go to the stage that starts later, then to
    /// the later one in the schedule. <see langword="null"/> when no stage is in force.
    /// </summary>
    /// <remarks>
    /// PKPU 2/2024's stages overlap (the preparation stages run for months beside the conduct stages), so "the stage of
    /// a day" is a reading, not a fact of the schedule; this one is documented and stable.
    /// </remarks>
    /// <param name="schedule">The schedule.</param>
    /// <param name="date">The local date (in the region's time zone).</param>
    /// <param name="region">The region.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <see langword="null"/>.</exception>
    public static StageKind? StageOn(ElectionSchedule schedule, LocalDate date, RegionCode region)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var stages = schedule.Stages;
        ElectionStage? best = null;
        var bestLength = int.MaxValue;
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            if (stage.Start is not { } start || stage.End is not { } end || date < start || date > end || !stage.AppliesIn(region))
            {
                continue;
            }

            var length = Period.DaysBetween(start, end);
            if (length < bestLength || (length == bestLength && best is not null && start >= best.Start!.Value))
            {
                best = stage;
                bestLength = length;
            }
        }

        return best?.Kind;
    }

    /// <inheritdoc/>
    public bool Equals(CaseFacts other) =>
        _region == other._region && _receivedTicks == other._receivedTicks && _institutions == other._institutions &&
        _month == other._month && _origin == other._origin && _status == other._status && _registration == other._registration &&
        _outcome == other._outcome && _category == other._category && _stage == other._stage && _flags == other._flags;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CaseFacts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(_region, _receivedTicks, _institutions, _month, _origin | (_status << 8) | (_registration << 16) | (_outcome << 24), _category | (_stage << 8) | (_flags << 16));

    /// <summary>The region, origin, status and published categories: <c>52.72 Laporan Ditutup Diregister/Pelanggaran (PeraturanPerundanganLainnya)</c>.</summary>
    public override string ToString() =>
        $"{Region} {Origin} {Status} {Registration}/{Outcome}{(Category == ViolationCategory.None ? string.Empty : " (" + Category + ")")}";

    /// <summary>Whether two facts are equal in every value.</summary>
    /// <param name="left">Facts.</param>
    /// <param name="right">Other facts.</param>
    public static bool operator ==(CaseFacts left, CaseFacts right) => left.Equals(right);

    /// <summary>Whether two facts differ in some value.</summary>
    /// <param name="left">Facts.</param>
    /// <param name="right">Other facts.</param>
    public static bool operator !=(CaseFacts left, CaseFacts right) => !left.Equals(right);

    private static ulong Bit(InstitutionKind kind) => (uint)kind is > 0 and < 64 ? 1UL << (int)kind : 0;

    private static byte ToByte(int value, int count, string name) =>
        (uint)value < (uint)count ? (byte)value : throw new ArgumentOutOfRangeException(name, value, $"{name} {value} is not a defined value.");

    private static Election? FindElection(ElectionCatalog catalog, ElectionId id)
    {
        var all = catalog.Elections;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Id == id)
            {
                return all[i];
            }
        }

        return null;
    }
}
