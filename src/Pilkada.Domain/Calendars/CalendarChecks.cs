using System.Globalization;
using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>Argument checks shared by the calendar types.</summary>
internal static class CalendarChecks
{
    internal static void RequireIso(LocalDate date, string parameter)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The date {date} is in the {date.Calendar.Id} calendar; Indonesian legal days are ISO (Gregorian) dates."),
                parameter);
        }
    }

    internal static string IsoDate(LocalDate date) =>
        date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
