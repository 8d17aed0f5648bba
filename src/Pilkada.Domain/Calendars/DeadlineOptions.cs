namespace Pilkada.Domain.Calendars;

/// <summary>Which day is day 1 of a day-count period. The values are stable.</summary>
/// <remarks>
/// No statute, regulation or decision read for this library says whether day 1 of a Pilkada period is the day of the
/// event or the day after (LEGAL-VERIFICATION §9). The default follows the usual reading of "paling lama N hari
/// sejak …": the day of the event is day 0.
/// </remarks>
public enum DayOneConvention
{
    /// <summary>Day 1 is the day after the start date (the default): 7 days from 25 October end with 1 November.</summary>
    DayAfterStart = 0,

    /// <summary>Day 1 is the start date itself: 7 days from 25 October end with 31 October.</summary>
    StartDay = 1,
}

/// <summary>
/// How a <see cref="DeadlineRule"/> counts where the law is silent: which day is day 1, and whether a calendar-day
/// period that ends on a weekend or holiday is extended.
/// </summary>
/// <remarks>
/// <para>The conventions, all documented assumptions (LEGAL-VERIFICATION §9: no source addresses them for Pilkada):</para>
/// <list type="bullet">
/// <item>Day 1 is the day after the start date (<see cref="DayOne"/>).</item>
/// <item>A day-count period ends at the end of its last day in the region's local time (23:59:59.999… WIB, WITA or
/// WIT): <see cref="Deadline.End"/> is the start of the next local day, exclusive.</item>
/// <item>Calendar-day periods are not extended over weekends and holidays (<see cref="ExtendCalendarDaysToWorkingDay"/>):
/// Pasal 1 angka 28 UU 1/2015 as amended by UU 8/2015, "Hari adalah hari kalender", and MK 18/PUU-XVIII/2020, which
/// refused to read the days of Pasal 134 as working days. Report reception during masa tenang, voting and
/// rekapitulasi is covered by the extended service periods of Perbawaslu 9/2024 (see <see cref="OfficeHoursCalendar"/>).</item>
/// <item>Working-day periods end on a working day by construction; hour periods run exactly N×24 hours from the start
/// instant and are never extended.</item>
/// </list>
/// </remarks>
public sealed record DeadlineOptions
{
    /// <summary>The default conventions: day 1 is the day after the start; calendar days are not extended.</summary>
    public static DeadlineOptions Default { get; } = new();

    /// <summary>Which day is day 1 of a day-count period. Default <see cref="DayOneConvention.DayAfterStart"/>.</summary>
    public DayOneConvention DayOne { get; init; } = DayOneConvention.DayAfterStart;

    /// <summary>
    /// Whether a calendar-day period whose last day is not a working day ends instead on the next working day.
    /// Default <see langword="false"/> (see the remarks); needs the calendar to cover the last day.
    /// </summary>
    public bool ExtendCalendarDaysToWorkingDay { get; init; }
}
