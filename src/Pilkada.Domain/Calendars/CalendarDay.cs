using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>What a date is in a <see cref="WorkingDayCalendar"/>. The values are stable.</summary>
public enum CalendarDayStatus
{
    /// <summary>Hari kerja: a working day.</summary>
    WorkingDay = 0,

    /// <summary>Saturday or Sunday, with no entry of the table.</summary>
    Weekend = 1,

    /// <summary>A non-working day of the table (holiday, cuti bersama, polling day, regional holiday), weekend or not.</summary>
    NonWorkingDay = 2,

    /// <summary>The date is outside the years the table covers: the calendar cannot say.</summary>
    NotCovered = 3,
}

/// <summary>A date and what it is: working day, weekend, which non-working day, or not covered by the table.</summary>
/// <param name="Date">The date.</param>
/// <param name="Status">What the date is.</param>
/// <param name="Entry">
/// The table's entry for the date, if one applies: the non-working day for <see cref="CalendarDayStatus.NonWorkingDay"/>,
/// or a cuti bersama counted as a working day (<see cref="WorkingDayOptions.CollectiveLeaveIsWorkingDay"/>).
/// </param>
public readonly record struct CalendarDay(LocalDate Date, CalendarDayStatus Status, NonWorkingDay? Entry)
{
    /// <summary>Whether the date is a working day.</summary>
    public bool IsWorkingDay => Status == CalendarDayStatus.WorkingDay;

    /// <summary>Whether the table covers the date.</summary>
    public bool IsCovered => Status != CalendarDayStatus.NotCovered;

    /// <summary>Whether the date is a Saturday or a Sunday.</summary>
    public bool IsWeekend => Date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>
    /// Why the date is or is not a working day, in words: <c>Sabtu (akhir pekan)</c>, <c>cuti bersama: Cuti Bersama
    /// Hari Raya Idul Fitri 1445 Hijriah</c>, <c>a working day</c>.
    /// </summary>
    /// <param name="language">The language.</param>
    public string Describe(PilkadaLanguage language) => CalendarText.DescribeDay(this, language);
}
