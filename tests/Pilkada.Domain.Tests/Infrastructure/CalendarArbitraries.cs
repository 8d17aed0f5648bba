using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pilkada.Domain.Calendars;

namespace Pilkada.Domain.Tests.Infrastructure;

/// <summary>FsCheck generators for dates, instants, zones, periods and deadline rules.</summary>
public static class CalendarArbitraries
{
    private static readonly LocalDate First = new(2024, 1, 1);

    /// <summary>The four IANA zones of Indonesia (WIB twice: Jakarta and Pontianak; WITA; WIT).</summary>
    public static readonly DateTimeZone[] Zones =
    [
        DateTimeZoneProviders.Tzdb["Asia/Jakarta"],
        DateTimeZoneProviders.Tzdb["Asia/Pontianak"],
        DateTimeZoneProviders.Tzdb["Asia/Makassar"],
        DateTimeZoneProviders.Tzdb["Asia/Jayapura"],
    ];

    /// <summary>Any date the embedded table covers (2024–2027).</summary>
    public static Gen<LocalDate> CoveredDate => Gen.Choose(0, 1460).Select(First.PlusDays);

    /// <summary>A covered date that is a working day in the default calendar.</summary>
    public static Gen<LocalDate> WorkingDate => CoveredDate.Where(WorkingDayCalendar.Default.IsWorkingDay);

    /// <summary>A number of working days to add, −60 to 60.</summary>
    public static Gen<int> WorkingDayCount => Gen.Choose(-60, 60);

    /// <summary>An Indonesian time zone.</summary>
    public static Gen<DateTimeZone> Zone => Gen.Elements(Zones);

    /// <summary>An instant from 2024-01-01 to 2027-09-30 at minute resolution.</summary>
    public static Gen<Instant> StartInstant =>
        from day in Gen.Choose(0, 1368)
        from minute in Gen.Choose(0, (24 * 60) - 1)
        select Instant.FromUtc(2024, 1, 1, 0, 0).Plus(Duration.FromDays(day) + Duration.FromMinutes(minute));

    /// <summary>Every statutory deadline rule.</summary>
    public static Gen<DeadlineRule> StatutoryRule => Gen.Elements(PilkadaDeadlines.All.Concat(PemiluDeadlines.All).ToArray());

    /// <summary>A valid period.</summary>
    public static Gen<DeadlinePeriod> Period =>
        from count in Gen.Choose(1, DeadlinePeriod.MaxCount)
        from unit in Gen.Elements(DeadlineUnit.CalendarDays, DeadlineUnit.WorkingDays, DeadlineUnit.Hours)
        select DeadlinePeriod.Create(count, unit);

    /// <summary>Strings made mostly of what periods are written with, to reach every branch of the parser.</summary>
    public static Gen<string> PeriodLikeString =>
        from parts in Gen.ArrayOf(Gen.Elements("7", "24", "0", "1", "10000", " ", "  ", "x", "×", "X", "hari", "HARI", "kerja", "kalender", "jam", "days", "working", "calendar", "hour", "2", "\t", "é", "ab"))
        select string.Concat(parts);

    public static Arbitrary<DeadlinePeriod> DeadlinePeriodArbitrary() => Period.ToArbitrary();

    public static Arbitrary<DeadlineRule> DeadlineRuleArbitrary() => StatutoryRule.ToArbitrary();

    public static Arbitrary<DateTimeZone> ZoneArbitrary() => Zone.ToArbitrary();
}
