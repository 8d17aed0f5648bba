using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>Words for weekdays, kinds of non-working days and service periods, in both languages.</summary>
internal static class CalendarText
{
    internal static string Weekday(IsoDayOfWeek day, PilkadaLanguage language) =>
        PilkadaMessages.GetTemplate("Calendar.Weekday." + day, language);

    internal static string Kind(NonWorkingDayKind kind, PilkadaLanguage language) =>
        PilkadaMessages.GetTemplate("Calendar.Kind." + kind, language);

    internal static string PeriodReason(ServicePeriodReason reason, PilkadaLanguage language) =>
        PilkadaMessages.GetTemplate("Calendar.ServicePeriod." + reason, language);

    internal static string DescribeDay(CalendarDay day, PilkadaLanguage language)
    {
        var key = day.Status switch
        {
            CalendarDayStatus.WorkingDay when day.Entry is not null => "Calendar.Day.WorkingDayDespiteEntry",
            CalendarDayStatus.WorkingDay => "Calendar.Day.WorkingDay",
            CalendarDayStatus.Weekend => "Calendar.Day.Weekend",
            CalendarDayStatus.NonWorkingDay => "Calendar.Day.NonWorkingDay",
            _ => "Calendar.Day.NotCovered",
        };
        return PilkadaMessages.Format(
            key,
            language,
            new MessageArgument("date", day.Date),
            new MessageArgument("weekday", Weekday(day.Date.DayOfWeek, language)),
            new MessageArgument("kind", day.Entry is { } entry ? Kind(entry.Kind, language) : string.Empty),
            new MessageArgument("name", day.Entry?.NameIn(language) ?? string.Empty),
            new MessageArgument("basis", day.Entry?.LegalBasis.Instrument ?? string.Empty));
    }
}
