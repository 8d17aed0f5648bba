using Pilkada.Domain.Calendars;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Tahapan dan jadwal (an election's stages and schedule): the ordered <see cref="ElectionStage"/>s of one election,
/// and which of them are in force on a local date or at an instant in a region.
/// </summary>
/// <remarks>
/// <para>
/// The Pilkada 2024 schedule (<see cref="ElectionCatalog.Pilkada2024"/>) follows PKPU 2/2024 (set 26 January 2024; no
/// amendment of its dates was found), with the recapitulation by level as KPU announced it on 27 November 2024, the
/// declaration of the elected pairs, the result disputes at the Constitutional Court and the swearing-in of
/// 20 February 2025. Anyone can build another schedule — a later election, a re-run, a re-vote — with the constructor.
/// </para>
/// <para>
/// Several stages may be in force on one day (the recapitulation levels overlap); the answers keep the schedule's
/// order. Stages lacking a date are never in force (see <see cref="Undated"/>). Dates are local: an instant is first
/// turned into the region's local date in its own time zone (WIB, WITA or WIT), so 24 November 2024 00:30 in Kota Bima
/// (WITA) is masa tenang while it is still 23 November 23:30 in Jakarta.
/// </para>
/// </remarks>
[JsonConverter(typeof(ElectionScheduleJsonConverter))]
public sealed class ElectionSchedule
{
    private readonly ElectionStage[] _stages;
    private readonly FrozenDictionary<string, ElectionStage> _byId;

    /// <summary>Creates a schedule.</summary>
    /// <param name="election">The election the schedule belongs to.</param>
    /// <param name="basis">Its legal basis, e.g. <c>PKPU 2/2024</c>.</param>
    /// <param name="stages">The stages, in the order they should be listed (usually by start date).</param>
    /// <exception cref="ElectionArgumentException">The election id is empty, or two stages have the same id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/>, <paramref name="stages"/> or a stage is <see langword="null"/>.</exception>
    public ElectionSchedule(ElectionId election, LegalReference basis, IEnumerable<ElectionStage> stages)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(stages);
        if (election.IsEmpty)
        {
            throw new ElectionArgumentException("Schedule.EmptyElection", nameof(election));
        }

        var list = new List<ElectionStage>();
        var byId = new Dictionary<string, ElectionStage>(StringComparer.Ordinal);
        foreach (var stage in stages)
        {
            ArgumentNullException.ThrowIfNull(stage, nameof(stages));
            if (!byId.TryAdd(stage.Id, stage))
            {
                throw new ElectionArgumentException("Schedule.DuplicateStageId", nameof(stages),
                    new MessageArgument("stage", stage.Id), new MessageArgument("election", election.ToString()));
            }

            list.Add(stage);
        }

        Election = election;
        Basis = basis;
        _stages = [.. list];
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        OfficeHoursExemptions = BuildExemptions(_stages);
    }

    /// <summary>The election the schedule belongs to.</summary>
    public ElectionId Election { get; }

    /// <summary>Dasar hukum (legal basis) of the schedule, e.g. <c>PKPU 2/2024</c>.</summary>
    public LegalReference Basis { get; }

    /// <summary>The stages, in the schedule's order.</summary>
    public IReadOnlyList<ElectionStage> Stages => _stages;

    /// <summary>The stages that lack a start or an end date and so are never reported as in force.</summary>
    public IReadOnlyList<ElectionStage> Undated => [.. _stages.Where(s => !s.IsDated)];

    /// <summary>
    /// The periods when Bawaslu's office hours do not apply (Perbawaslu 9/2024 Pasal 5 ayat (2) huruf b): the dated
    /// stages of masa tenang, voting, counting and recapitulation, in schedule order, as plain local date ranges that
    /// start no earlier than 30 September 2024. They may overlap.
    /// </summary>
    public IReadOnlyList<OfficeHoursExemption> OfficeHoursExemptions { get; }

    /// <summary>
    /// Bawaslu's reception hours during this election: Perbawaslu 9/2024 office hours (Mon–Thu 08.00–16.00, Fri
    /// 08.00–16.30 local time, closed on non-working days), set aside during the stages of
    /// <see cref="OfficeHoursExemptions"/> (masa tenang, voting and counting, recapitulation; Pasal 5 ayat (2) huruf b).
    /// </summary>
    /// <param name="calendar">The working-day calendar; <see langword="null"/> means <see cref="WorkingDayCalendar.Default"/>.</param>
    /// <param name="options">How the exempt periods are read; <see langword="null"/> means the default (24-hour service).</param>
    public OfficeHoursCalendar OfficeHours(WorkingDayCalendar? calendar = null, OfficeHoursOptions? options = null) =>
        new(calendar ?? WorkingDayCalendar.Default, Calendars.OfficeHours.Perbawaslu2024, OfficeHoursExemptions.Select(e => e.ToServicePeriod()), options);

    /// <summary>The stage with an id.</summary>
    /// <param name="id">The stage id, e.g. <c>masa-tenang</c>.</param>
    /// <exception cref="ElectionArgumentException">The schedule has no such stage.</exception>
    public ElectionStage this[string id] => TryGet(id, out var stage)
        ? stage
        : throw new ElectionArgumentException("Schedule.UnknownStage", nameof(id),
            new MessageArgument("stage", id ?? string.Empty), new MessageArgument("election", Election.ToString()));

    /// <summary>Finds a stage by id.</summary>
    /// <param name="id">The stage id.</param>
    /// <param name="stage">The stage, when found.</param>
    public bool TryGet(string? id, [NotNullWhen(true)] out ElectionStage? stage)
    {
        if (id is null)
        {
            stage = null;
            return false;
        }

        return _byId.TryGetValue(id, out stage);
    }

    /// <summary>The first stage of a kind, or <see langword="null"/>.</summary>
    /// <param name="kind">The kind.</param>
    public ElectionStage? Find(StageKind kind) => Array.Find(_stages, s => s.Kind == kind);

    /// <summary>The stages in force on a local date, in schedule order.</summary>
    /// <param name="date">The date (waktu setempat of the place that matters).</param>
    public IReadOnlyList<ElectionStage> InForceOn(LocalDate date) => [.. _stages.Where(s => s.IsInForceOn(date))];

    /// <summary>The stages in force on a local date that apply in a region (see <see cref="ElectionStage.AppliesIn(RegionCode)"/>).</summary>
    /// <param name="date">The date in the region's time zone.</param>
    /// <param name="region">The region.</param>
    public IReadOnlyList<ElectionStage> InForceOn(LocalDate date, RegionCode region) =>
        [.. _stages.Where(s => s.IsInForceOn(date) && s.AppliesIn(region))];

    /// <summary>The stages in force at an instant in a time zone: those in force on the instant's local date there.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The time zone, e.g. the region's <see cref="Region.DateTimeZone"/>.</param>
    public IReadOnlyList<ElectionStage> InForceAt(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return InForceOn(instant.InZone(zone).Date);
    }

    /// <summary>
    /// The stages in force at an instant in a region: those in force on the instant's local date in the region's time
    /// zone (WIB, WITA or WIT, Keppres 41/1987) that apply in the region.
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <param name="region">Any region code of one of the 38 provinces.</param>
    /// <exception cref="ArgumentException">The region's province is not known, so neither is its time zone.</exception>
    public IReadOnlyList<ElectionStage> InForceAt(Instant instant, RegionCode region) =>
        InForceOn(LocalDateIn(instant, region), region);

    /// <summary>The stages in force at an instant in a region (see <see cref="InForceAt(Instant, RegionCode)"/>).</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="region">The region.</param>
    public IReadOnlyList<ElectionStage> InForceAt(Instant instant, Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return InForceOn(instant.InZone(region.DateTimeZone).Date, region.Code);
    }

    /// <summary>The local date of an instant in a region's time zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="region">Any region code of one of the 38 provinces.</param>
    /// <exception cref="ArgumentException">The region's province is not known.</exception>
    public static LocalDate LocalDateIn(Instant instant, RegionCode region) =>
        instant.InZone(RegionTimeZones.GetDateTimeZone(region)).Date;

    /// <summary>The first and last dated day of the schedule, or <see langword="null"/> when no stage is dated.</summary>
    public DateInterval? Span
    {
        get
        {
            LocalDate? first = null, last = null;
            foreach (var stage in _stages)
            {
                if (stage.Start is { } s && stage.End is { } e)
                {
                    first = first is null || s < first ? s : first;
                    last = last is null || e > last ? e : last;
                }
            }

            return first is { } f && last is { } l ? new DateInterval(f, l) : null;
        }
    }

    private static OfficeHoursExemption[] BuildExemptions(ElectionStage[] stages)
    {
        var list = new List<OfficeHoursExemption>();
        foreach (var stage in stages)
        {
            if (stage.SuspendsOfficeHours && stage.Start is { } start && stage.End is { } end && end >= OfficeHoursExemption.AppliesFrom)
            {
                var from = start < OfficeHoursExemption.AppliesFrom ? OfficeHoursExemption.AppliesFrom : start;
                list.Add(new OfficeHoursExemption(from, end, stage.Id, stage.Kind, stage.Name, stage.EnglishName) { Confidence = stage.Confidence });
            }
        }

        return [.. list];
    }
}
