using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Cases;

/// <summary>
/// What identifies a case and how it is judged: its id, the legal regime, the region and its time zone (in which the
/// legal days are counted), and the contest when known.
/// </summary>
public sealed record CaseHeader
{
    /// <summary>Creates a header, checking every value.</summary>
    /// <param name="id">The case id chosen by the user: a register number, a GUID, …</param>
    /// <param name="regime">The legal regime (see <see cref="LegalRegime.For"/>).</param>
    /// <param name="region">The region where the case is handled: the kabupaten/kota or province of the contest, or the place of the act.</param>
    /// <param name="zone">The time zone of the legal days (the region's: WIB, WITA or WIT).</param>
    /// <param name="contest">The contest, e.g. <c>pilkada-2024/52.72</c>, when known.</param>
    /// <exception cref="ArgumentException">The id is blank or the region empty.</exception>
    public CaseHeader(string id, LegalRegime regime, RegionCode region, DateTimeZone zone, ContestId? contest = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(regime);
        ArgumentNullException.ThrowIfNull(zone);
        if (region.IsEmpty)
        {
            throw new ArgumentException($"The case '{id}' needs a region; the empty code was given.", nameof(region));
        }

        Id = id.Trim();
        Regime = regime;
        Region = region;
        Zone = zone;
        Contest = contest is { IsEmpty: false } ? contest : null;
    }

    /// <summary>The case id.</summary>
    public string Id { get; }

    /// <summary>The legal regime the case is judged by.</summary>
    public LegalRegime Regime { get; }

    /// <summary>The region.</summary>
    public RegionCode Region { get; }

    /// <summary>The time zone of the legal days.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The contest, when known.</summary>
    public ContestId? Contest { get; }
}

/// <summary>
/// Perkara pelanggaran (a violation case): an append-only history of events from the laporan or temuan to the sanction
/// or the final verdict, with its state, its legal deadlines, where it should go, and a copy fit for publication.
/// </summary>
/// <remarks>
/// <para>
/// Immutable. <see cref="Apply(CaseEvent)"/> returns a <see cref="CaseTransition"/>: the new case, or a rejection with a
/// stable <see cref="TransitionError"/> and a message in English or Bahasa Indonesia — never a half-applied case.
/// <see cref="Replay(CaseHeader, IEnumerable{CaseEvent})"/> rebuilds a case from stored events in one pass, linear in
/// their number, and fails at the first disallowed event, saying which and why.
/// </para>
/// <para>
/// The procedure (UU 1/2015 Pasal 134–148 as amended; Perbawaslu 8/2020): a report can be corrected only when a
/// correction was requested and only before registration; it cannot be withdrawn once registered; it is decided only
/// after registration, once; forwarding and recommendations need a decision that found a violation; the Sentra
/// Gakkumdu steps need an election-crime decision forwarded to Polri (or to Sentra Gakkumdu, whose investigators are
/// Polri officers, UU 10/2016 Pasal 152) and follow the order of Pasal 146 and 148; a follow-up names a recommendation
/// issued in the case; additional information is asked at most once, before the decision; events are in time order;
/// nothing follows closing.
/// </para>
/// <para>
/// Where a forwarding goes is <i>checked, not enforced</i>: <see cref="Routing"/> compares each forwarding and
/// recommendation with <see cref="Jurisdiction.Route"/> on its date and warns when it differs (e.g. KASN after
/// 23 August 2024), because officers may forward elsewhere for reasons the data cannot know (coordination up the
/// hierarchy, an ASN employed by another government, an assumption in the routing data).
/// </para>
/// </remarks>
[JsonConverter(typeof(ViolationCaseJsonConverter))]
public sealed class ViolationCase
{
    private readonly ImmutableArray<CaseEvent> _events;
    private IReadOnlyList<CaseDeadline>? _deadlines;

    private ViolationCase(CaseHeader header, ImmutableArray<CaseEvent> events, CaseState state, bool isRedacted)
    {
        Header = header;
        _events = events;
        Events = events;
        State = state;
        IsRedacted = isRedacted;
    }

    /// <summary>The header: id, regime, region, zone, contest.</summary>
    public CaseHeader Header { get; }

    /// <summary>The case id.</summary>
    public string Id => Header.Id;

    /// <summary>The legal regime.</summary>
    public LegalRegime Regime => Header.Regime;

    /// <summary>The region.</summary>
    public RegionCode Region => Header.Region;

    /// <summary>The time zone of the legal days.</summary>
    public DateTimeZone Zone => Header.Zone;

    /// <summary>The contest, when known.</summary>
    public ContestId? Contest => Header.Contest;

    /// <summary>The events, in order.</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>The state folded from the events (computed once, when the case was built).</summary>
    public CaseState State { get; }

    /// <summary>Whether this is a copy redacted for publication (<see cref="ForPublication"/>).</summary>
    public bool IsRedacted { get; }

    /// <summary>A case with no events yet.</summary>
    /// <param name="header">The header.</param>
    public static ViolationCase Create(CaseHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new ViolationCase(header, [], new CaseState(new CaseFold(0)), false);
    }

    /// <summary>A case with no events yet, in a region's time zone (from its province: WIB, WITA or WIT).</summary>
    /// <param name="id">The case id.</param>
    /// <param name="regime">The legal regime.</param>
    /// <param name="region">The region.</param>
    /// <param name="contest">The contest, when known.</param>
    /// <exception cref="ArgumentException">The id is blank or the region empty.</exception>
    public static ViolationCase Create(string id, LegalRegime regime, RegionCode region, ContestId? contest = null) =>
        Create(new CaseHeader(id, regime, region, region.IsEmpty ? DateTimeZone.Utc : RegionTimeZones.GetDateTimeZone(region), contest));

    /// <summary>
    /// Rebuilds a case from its events in one pass.
    /// </summary>
    /// <param name="header">The header.</param>
    /// <param name="events">The events, in order.</param>
    /// <exception cref="CaseTransitionException">An event is not allowed; the exception says which (index) and why.</exception>
    public static ViolationCase Replay(CaseHeader header, IEnumerable<CaseEvent> events) => Create(header).ApplyAll(events).GetCaseOrThrow();

    /// <summary>Rebuilds a case from its events in one pass; a rejection is returned, not thrown.</summary>
    /// <param name="header">The header.</param>
    /// <param name="events">The events, in order.</param>
    public static CaseTransition TryReplay(CaseHeader header, IEnumerable<CaseEvent> events) => Create(header).ApplyAll(events);

    /// <summary>Applies one event: the new case, or a rejection that leaves this case as it is.</summary>
    /// <param name="event">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is <see langword="null"/>.</exception>
    public CaseTransition Apply(CaseEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var fold = CaseFold.From(State, _events.IsEmpty ? null : _events[^1], 1);
        var error = fold.Check(@event, Header, out var arguments);
        if (error != TransitionError.None)
        {
            return new CaseTransition(this, error, @event, _events.Length, arguments);
        }

        fold.Apply(@event);
        var next = new ViolationCase(Header, _events.Add(@event), new CaseState(fold), IsRedacted);
        return new CaseTransition(next, TransitionError.None, @event, _events.Length, []);
    }

    /// <summary>
    /// Applies events in order, in one pass. Stops at the first rejected event; the transition's case is then the case
    /// with the events before it.
    /// </summary>
    /// <param name="events">The events.</param>
    public CaseTransition ApplyAll(IEnumerable<CaseEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var capacity = events is IReadOnlyCollection<CaseEvent> collection ? collection.Count : 8;
        var builder = ImmutableArray.CreateBuilder<CaseEvent>(_events.Length + capacity);
        builder.AddRange(_events);
        var fold = _events.IsEmpty ? new CaseFold(capacity) : CaseFold.From(State, _events[^1], capacity);
        CaseEvent? last = null;
        foreach (var e in events)
        {
            if (e is null)
            {
                var arguments = TransitionArguments.For(null, builder.Count, Zone, new MessageArgument("field", "event"), new MessageArgument("value", "null"));
                return new CaseTransition(Freeze(builder, fold), TransitionError.InvalidEvent, null, builder.Count, arguments);
            }

            var error = fold.Check(e, Header, out var rejection);
            if (error != TransitionError.None)
            {
                return new CaseTransition(Freeze(builder, fold), error, e, builder.Count, rejection);
            }

            fold.Apply(e);
            builder.Add(e);
            last = e;
        }

        return new CaseTransition(Freeze(builder, fold), TransitionError.None, last, builder.Count - 1, []);
    }

    private ViolationCase Freeze(ImmutableArray<CaseEvent>.Builder builder, CaseFold fold) =>
        builder.Count == _events.Length ? this : new ViolationCase(Header, builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable(), new CaseState(fold), IsRedacted);

    /// <summary>The case as it stood at an instant: only the events at or before it.</summary>
    /// <param name="at">The instant.</param>
    public ViolationCase AsOf(Instant at)
    {
        var count = 0;
        while (count < _events.Length && _events[count].At <= at)
        {
            count++;
        }

        return count == _events.Length
            ? this
            : new ViolationCase(Header, [], new CaseState(new CaseFold(0)), IsRedacted).ApplyAll(_events.Take(count)).Case;
    }

    /// <summary>
    /// The legal deadlines of the case, as the events show them: what, the rule and its source, the day type and zone,
    /// the start, the due instant and local time, when met, and the status (pending, met, late, overdue at closing,
    /// lapsed, or no statutory deadline). Computed once, on first use.
    /// </summary>
    public IReadOnlyList<CaseDeadline> Deadlines => _deadlines ??= CaseDeadlineCalculator.Compute(this, null);

    /// <summary>The deadlines as they stand at an instant: what is due, what is overdue and by how much.</summary>
    /// <param name="now">The instant (from an <see cref="IClock"/>).</param>
    public CaseDeadlineReport DeadlinesAt(Instant now) => new(now, [.. Deadlines.Select(d => d.EvaluateAt(now))]);

    /// <summary>The deadlines as they stand now.</summary>
    /// <param name="clock">The clock.</param>
    public CaseDeadlineReport DeadlinesAt(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DeadlinesAt(clock.GetCurrentInstant());
    }

    /// <summary>
    /// The deadlines counted with another working-day calendar (regional holidays, a newer holiday table) than the
    /// default one.
    /// </summary>
    /// <param name="calendar">The calendar for hari kerja.</param>
    public IReadOnlyList<CaseDeadline> DeadlinesWith(Calendars.WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return CaseDeadlineCalculator.Compute(this, calendar);
    }

    /// <summary>
    /// Where the decided violation should go (<see cref="Jurisdiction.Route"/> on the decision date) and how each
    /// forwarding and recommendation compares with the route on its own date.
    /// </summary>
    /// <param name="jurisdiction">The rules; <see langword="null"/> for <see cref="Jurisdiction.Default"/>.</param>
    public CaseRouting Routing(Jurisdiction? jurisdiction = null) => CaseRouting.For(this, jurisdiction ?? Jurisdiction.Default);

    /// <summary>
    /// A copy fit for publication: the reporter's identity redacted (name, address and contact removed, NIK masked;
    /// the same for a kuasa and for witnesses), every NIK and NIP masked — in the reports, findings and free text of
    /// every event — and the reporter's and witnesses' names removed from free text.
    /// </summary>
    public ViolationCase ForPublication()
    {
        var redacted = CasePublication.Redact(this);
        var copy = new ViolationCase(Header, [], new CaseState(new CaseFold(0)), true).ApplyAll(redacted);
        return copy.Case;
    }

    internal static ViolationCase Restore(CaseHeader header, IReadOnlyList<CaseEvent> events, bool isRedacted, out CaseTransition transition)
    {
        transition = new ViolationCase(header, [], new CaseState(new CaseFold(0)), isRedacted).ApplyAll(events);
        return transition.Case;
    }

    /// <summary>The id, the status and the number of events.</summary>
    public override string ToString() => $"{Id}: {State}";
}
