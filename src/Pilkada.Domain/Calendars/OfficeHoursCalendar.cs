using NodaTime;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// How to read Perbawaslu 9/2024 Pasal 5 ayat (2) huruf b, which says the office hours do not apply during masa tenang,
/// voting and counting, and rekapitulasi. The values are stable.
/// </summary>
/// <remarks>
/// Both readings agree that the hours of huruf a do not apply, so reports are received around the clock during these
/// periods; they differ on whether a report about a violation found in the period must also be filed within 1×24 hours
/// (LEGAL-VERIFICATION §4 and §8 item 12; the official wording of ayat (2) huruf b/c was not read).
/// </remarks>
public enum ServicePeriodReading
{
    /// <summary>
    /// The default, the more plausible reading: 24-hour service, and the 7-day limit of UU Pilkada Pasal 134 ayat (4)
    /// stands — a Perbawaslu cannot shorten a statutory period. Bawaslu Kota Batu: "laporan diterima selama 24 jam"
    /// (kabarbaik.co); Bawaslu Bantaeng: "dalam waktu 1×24 jam tanpa batasan jam operasional" (beritasulsel.com).
    /// </summary>
    TwentyFourHourService = 0,

    /// <summary>
    /// 24-hour service plus a 1×24-hour filing limit for violations found in the period: "laporan pelanggaran dapat
    /// disampaikan selama 1×24 jam setelah ditemukannya pelanggaran" (Ketua Bawaslu Sulawesi Tenggara, fnews.id,
    /// 22 Oct 2024). See <see cref="OfficeHoursCalendar.FilingLimit(Instant, DateTimeZone)"/>.
    /// </summary>
    FilingWithin24Hours = 1,
}

/// <summary>Options of an <see cref="OfficeHoursCalendar"/>.</summary>
public sealed record OfficeHoursOptions
{
    /// <summary>The default: <see cref="ServicePeriodReading.TwentyFourHourService"/>.</summary>
    public static OfficeHoursOptions Default { get; } = new();

    /// <summary>How extended service periods are read. Default <see cref="ServicePeriodReading.TwentyFourHourService"/>.</summary>
    public ServicePeriodReading Reading { get; init; } = ServicePeriodReading.TwentyFourHourService;
}

/// <summary>
/// Whether an office is open at an instant — and why: normal hours, an extended service period, before or after hours,
/// a weekend, which non-working day — and when it next opens. Combines <see cref="OfficeHours"/> (in local time), a
/// <see cref="WorkingDayCalendar"/> and the extended service periods of the election schedule.
/// </summary>
/// <remarks>
/// <para>
/// The local time is that of the region (waktu setempat): pass the region, its code, or its
/// <see cref="DateTimeZone"/>. The same instant can be 16.15 WIT in Jayapura (open on a Friday) and 14.15 WIB in Jakarta.
/// The region only decides the time zone; regional holidays come from the calendar's own
/// <see cref="WorkingDayOptions.Region"/>.
/// </para>
/// <para>
/// Service periods are data supplied by the caller (e.g. from the election schedule): during them the office is open
/// around the clock, weekends and holidays included (Perbawaslu 9/2024 Pasal 5 ayat (2) huruf b).
/// </para>
/// </remarks>
public sealed class OfficeHoursCalendar
{
    private const int SearchLimitDays = 400;

    private static readonly Lazy<OfficeHoursCalendar> DefaultCalendar =
        new(() => new OfficeHoursCalendar(WorkingDayCalendar.Default, OfficeHours.Perbawaslu2024), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ServicePeriod[] _periods;

    /// <summary>Creates the calendar.</summary>
    /// <param name="calendar">The working-day calendar (offices are closed on days that are not working days).</param>
    /// <param name="hours">The weekly hours, e.g. <see cref="OfficeHours.Perbawaslu2024"/>.</param>
    /// <param name="servicePeriods">Extended service periods (masa tenang, voting, rekapitulasi), or none.</param>
    /// <param name="options">The reading of Pasal 5 ayat (2) huruf b; <see langword="null"/> for <see cref="OfficeHoursOptions.Default"/>.</param>
    public OfficeHoursCalendar(WorkingDayCalendar calendar, OfficeHours hours, IEnumerable<ServicePeriod>? servicePeriods = null, OfficeHoursOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(hours);
        Calendar = calendar;
        Hours = hours;
        ServicePeriod[] periods = servicePeriods is null ? [] : [.. servicePeriods];
        if (Array.IndexOf(periods, null) >= 0)
        {
            throw new ArgumentException("A service period is null.", nameof(servicePeriods));
        }

        _periods = [.. periods.OrderBy(p => p.Start)];

        Options = options ?? OfficeHoursOptions.Default;
    }

    /// <summary>
    /// The provision that suspends the office hours during masa tenang, voting and counting, and rekapitulasi:
    /// Perbawaslu 9/2024 Pasal 5 ayat (2) huruf b (its reading is <see cref="OfficeHoursOptions.Reading"/>).
    /// </summary>
    public static LegalReference ServicePeriodRule { get; } =
        new("Perbawaslu 9/2024", "Pasal 5 ayat (2) huruf b", "disputed between 24-hour service and a 1x24-hour filing limit (LEGAL-VERIFICATION §4)");

    /// <summary>Perbawaslu 9/2024 hours on <see cref="WorkingDayCalendar.Default"/>, with no service periods.</summary>
    public static OfficeHoursCalendar Default => DefaultCalendar.Value;

    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The weekly hours.</summary>
    public OfficeHours Hours { get; }

    /// <summary>The extended service periods, by start date.</summary>
    public IReadOnlyList<ServicePeriod> ServicePeriods => _periods;

    /// <summary>The reading of Pasal 5 ayat (2) huruf b.</summary>
    public OfficeHoursOptions Options { get; }

    /// <summary>The same hours and calendar with other service periods.</summary>
    /// <param name="servicePeriods">The periods.</param>
    public OfficeHoursCalendar WithServicePeriods(IEnumerable<ServicePeriod> servicePeriods) => new(Calendar, Hours, servicePeriods, Options);

    /// <summary>Whether the office is open at an instant, and why, in a time zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The region's time zone.</param>
    /// <exception cref="DateOutsideCoverageException">The local date is outside the calendar's covered years (and in no service period).</exception>
    public OfficeHoursStatus StatusAt(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = instant.InZone(zone);
        var date = local.Date;
        var period = PeriodOn(date);
        var day = Calendar.Describe(date);
        var hours = Hours.On(date.DayOfWeek);
        if (period is not null)
        {
            return new OfficeHoursStatus(OfficeHoursReason.ServicePeriod, local, day, hours, period, ServicePeriodRule);
        }

        if (!day.IsCovered)
        {
            throw new DateOutsideCoverageException(DateOutsideCoverageException.DateNotCoveredKey, date, null, null, Calendar.Table);
        }

        OfficeHoursReason reason;
        if (day.Status == CalendarDayStatus.NonWorkingDay)
        {
            reason = OfficeHoursReason.NonWorkingDay;
        }
        else if (day.Status == CalendarDayStatus.Weekend)
        {
            reason = OfficeHoursReason.Weekend;
        }
        else if (hours is not { } open)
        {
            reason = OfficeHoursReason.NoHoursThatDay;
        }
        else if (local.TimeOfDay < open.Opens)
        {
            reason = OfficeHoursReason.BeforeOpening;
        }
        else if (local.TimeOfDay > open.Closes)
        {
            reason = OfficeHoursReason.AfterClosing;
        }
        else
        {
            reason = OfficeHoursReason.NormalHours;
        }

        return new OfficeHoursStatus(reason, local, day, hours, null, Hours.Source);
    }

    /// <summary>Whether the office is open at an instant in a region's local time.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="region">The region (its <see cref="Region.DateTimeZone"/> is used).</param>
    /// <exception cref="DateOutsideCoverageException">The local date is outside the calendar's covered years.</exception>
    public OfficeHoursStatus StatusAt(Instant instant, Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return StatusAt(instant, region.DateTimeZone);
    }

    /// <summary>Whether the office is open at an instant in the local time of a region code's province.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="region">The region code.</param>
    /// <exception cref="ArgumentException">No time zone is known for the code's province.</exception>
    /// <exception cref="DateOutsideCoverageException">The local date is outside the calendar's covered years.</exception>
    public OfficeHoursStatus StatusAt(Instant instant, RegionCode region) => StatusAt(instant, RegionTimeZones.GetDateTimeZone(region));

    /// <summary>
    /// The first instant at or after <paramref name="instant"/> when the office is open: the instant itself when it is
    /// open, otherwise the next opening time or the start of the next service period.
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The region's time zone.</param>
    /// <exception cref="DateOutsideCoverageException">The search reaches a date outside the calendar's covered years.</exception>
    public Instant NextOpening(Instant instant, DateTimeZone zone)
    {
        if (StatusAt(instant, zone).IsOpen)
        {
            return instant;
        }

        var start = instant.InZone(zone).Date;
        for (var offset = 0; offset <= SearchLimitDays; offset++)
        {
            var date = start.PlusDays(offset);
            if (offset > 0 && PeriodOn(date) is not null)
            {
                return zone.AtStartOfDay(date).ToInstant();
            }

            var day = Calendar.Describe(date);
            if (!day.IsCovered)
            {
                throw new DateOutsideCoverageException(DateOutsideCoverageException.DateNotCoveredKey, date, null, null, Calendar.Table);
            }

            if (day.IsWorkingDay && Hours.On(date.DayOfWeek) is { } hours)
            {
                var opening = zone.AtLeniently(date + hours.Opens).ToInstant();
                if (opening >= instant)
                {
                    return opening;
                }
            }
        }

        throw new InvalidOperationException($"The office does not open within {SearchLimitDays} days of {instant}.");
    }

    /// <summary>The next opening in a region's local time; see <see cref="NextOpening(Instant, DateTimeZone)"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="region">The region.</param>
    /// <exception cref="DateOutsideCoverageException">The search reaches a date outside the calendar's covered years.</exception>
    public Instant NextOpening(Instant instant, Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return NextOpening(instant, region.DateTimeZone);
    }

    /// <summary>
    /// Under <see cref="ServicePeriodReading.FilingWithin24Hours"/>: the end of the 1×24-hour filing window for a
    /// violation found at <paramref name="discovered"/> inside a service period. <see langword="null"/> under the default
    /// reading, or when the discovery is outside every service period (the statutory period applies).
    /// </summary>
    /// <param name="discovered">When the violation was found or became known.</param>
    /// <param name="zone">The region's time zone.</param>
    public Instant? FilingLimit(Instant discovered, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (Options.Reading != ServicePeriodReading.FilingWithin24Hours)
        {
            return null;
        }

        return PeriodOn(discovered.InZone(zone).Date) is null ? null : discovered + Duration.FromHours(24);
    }

    private ServicePeriod? PeriodOn(LocalDate date)
    {
        foreach (var period in _periods)
        {
            if (period.Contains(date))
            {
                return period;
            }
        }

        return null;
    }
}
