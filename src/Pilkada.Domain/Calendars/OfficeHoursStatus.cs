using System.Globalization;
using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>Why an office is open or closed at an instant. The values are stable.</summary>
public enum OfficeHoursReason
{
    /// <summary>Open: within the day's office hours.</summary>
    NormalHours = 1,

    /// <summary>Open around the clock: an extended service period (masa tenang, voting, rekapitulasi).</summary>
    ServicePeriod = 2,

    /// <summary>Closed: a working day, before the office opens.</summary>
    BeforeOpening = 3,

    /// <summary>Closed: a working day, after the office closes.</summary>
    AfterClosing = 4,

    /// <summary>Closed: Saturday or Sunday.</summary>
    Weekend = 5,

    /// <summary>Closed: a non-working day of the table (holiday, cuti bersama, polling day); see <see cref="OfficeHoursStatus.Day"/>.</summary>
    NonWorkingDay = 6,

    /// <summary>Closed: a working day on which the schedule has no hours.</summary>
    NoHoursThatDay = 7,
}

/// <summary>Whether an office is open at an instant, why, and the facts behind the answer.</summary>
public sealed class OfficeHoursStatus
{
    internal OfficeHoursStatus(OfficeHoursReason reason, ZonedDateTime at, CalendarDay day, DailyHours? hours, ServicePeriod? servicePeriod, LegalReference source)
    {
        Reason = reason;
        At = at;
        Day = day;
        Hours = hours;
        ServicePeriod = servicePeriod;
        Source = source;
    }

    /// <summary>Whether the office is open.</summary>
    public bool IsOpen => Reason is OfficeHoursReason.NormalHours or OfficeHoursReason.ServicePeriod;

    /// <summary>Why it is open or closed.</summary>
    public OfficeHoursReason Reason { get; }

    /// <summary>The instant in local time (waktu setempat).</summary>
    public ZonedDateTime At { get; }

    /// <summary>What the local date is in the working-day calendar (with the non-working day, if any).</summary>
    public CalendarDay Day { get; }

    /// <summary>The office hours of that weekday, or <see langword="null"/> when the schedule has none.</summary>
    public DailyHours? Hours { get; }

    /// <summary>The extended service period the date falls in, or <see langword="null"/>.</summary>
    public ServicePeriod? ServicePeriod { get; }

    /// <summary>The provision behind the answer: the office hours, or <see cref="OfficeHoursCalendar.ServicePeriodRule"/> during a service period.</summary>
    public LegalReference Source { get; }

    /// <summary>
    /// The answer in words, e.g. <c>Buka: 22 November 2024 16.15 WIT berada dalam jam layanan hari Jumat (08.00–16.30
    /// waktu setempat; Perbawaslu 9/2024 Pasal 5 ayat (2) huruf a).</c>
    /// </summary>
    /// <param name="language">The language.</param>
    public string Describe(PilkadaLanguage language)
    {
        var weekday = CalendarText.Weekday(At.Date.DayOfWeek, language);
        return PilkadaMessages.Format(
            "OfficeHours." + Reason,
            language,
            new MessageArgument("time", At),
            new MessageArgument("date", At.Date),
            new MessageArgument("weekday", weekday),
            new MessageArgument("hours", Hours?.ToString() ?? string.Empty),
            new MessageArgument("opens", Hours is { } h ? h.Opens.ToString("HH'.'mm", CultureInfo.InvariantCulture) : string.Empty),
            new MessageArgument("closes", Hours is { } c ? c.Closes.ToString("HH'.'mm", CultureInfo.InvariantCulture) : string.Empty),
            new MessageArgument("period", ServicePeriod is { } p ? CalendarText.PeriodReason(p.Reason, language) : string.Empty),
            new MessageArgument("periodStart", ServicePeriod?.Start),
            new MessageArgument("periodEnd", ServicePeriod?.End),
            new MessageArgument("day", Day.Describe(language)),
            new MessageArgument("source", Source.ToString()));
    }

    /// <summary>The English description.</summary>
    public override string ToString() => Describe(PilkadaLanguage.English);
}
