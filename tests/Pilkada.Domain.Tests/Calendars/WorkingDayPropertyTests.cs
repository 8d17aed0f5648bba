using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Calendars;

[Properties(MaxTest = 300)]
public class WorkingDayPropertyTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    private static readonly HashSet<LocalDate> NonWorking = [.. NonWorkingDayTable.Default.Days.Select(d => d.Date)];

    private static Arbitrary<(LocalDate Date, int Days)> DateAndCount =>
        (from date in CalendarArbitraries.CoveredDate
         from days in CalendarArbitraries.WorkingDayCount
         select (date, days)).ToArbitrary();

    // The naive reference: walk day by day over weekends and the table's days, stopping at the covered years.
    private static LocalDate? Naive(LocalDate date, int days)
    {
        var step = Math.Sign(days);
        var left = Math.Abs(days);
        while (left > 0)
        {
            date = date.PlusDays(step);
            if (date.Year is < 2024 or > 2027)
            {
                return null;
            }

            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !NonWorking.Contains(date))
            {
                left--;
            }
        }

        return date;
    }

    [Property]
    public Property Adding_working_days_agrees_with_a_day_by_day_walk() =>
        Prop.ForAll(DateAndCount, input =>
        {
            var ok = Calendar.TryAddWorkingDays(input.Date, input.Days, out var result);
            var expected = Naive(input.Date, input.Days);
            return expected is { } e ? ok && result == e : !ok;
        });

    [Property]
    public Property Adding_working_days_never_lands_on_a_non_working_day() =>
        Prop.ForAll(DateAndCount, input =>
            input.Days == 0 || !Calendar.TryAddWorkingDays(input.Date, input.Days, out var result) || Calendar.IsWorkingDay(result));

    [Property]
    public Property Adding_a_then_b_equals_adding_a_plus_b_from_a_working_day() =>
        Prop.ForAll(
            (from date in CalendarArbitraries.WorkingDate
             from a in CalendarArbitraries.WorkingDayCount
             from b in CalendarArbitraries.WorkingDayCount
             select (date, a, b)).ToArbitrary(),
            input =>
            {
                if (!Calendar.TryAddWorkingDays(input.date, input.a, out var first) ||
                    !Calendar.TryAddWorkingDays(first, input.b, out var second))
                {
                    return true;
                }

                return Calendar.TryAddWorkingDays(input.date, input.a + input.b, out var direct) && direct == second;
            });

    [Property]
    public Property Counting_the_days_added_gives_the_number_added() =>
        Prop.ForAll(DateAndCount, input =>
            !Calendar.TryAddWorkingDays(input.Date, input.Days, out var result) || Calendar.CountWorkingDays(input.Date, result) == input.Days);

    [Property]
    public Property Adding_the_count_to_a_working_day_gets_back_to_it() =>
        Prop.ForAll(
            (from start in CalendarArbitraries.CoveredDate
             from end in CalendarArbitraries.WorkingDate
             select (start, end)).ToArbitrary(),
            input => Calendar.AddWorkingDays(input.start, Calendar.CountWorkingDays(input.start, input.end)) == input.end);

    [Property]
    public Property Counting_is_additive_over_consecutive_forward_ranges() =>
        Prop.ForAll(
            (from a in CalendarArbitraries.CoveredDate
             from b in CalendarArbitraries.CoveredDate
             from c in CalendarArbitraries.CoveredDate
             select new[] { a, b, c }.Order().ToArray()).ToArbitrary(),
            d => Calendar.CountWorkingDays(d[0], d[1]) + Calendar.CountWorkingDays(d[1], d[2]) == Calendar.CountWorkingDays(d[0], d[2]));
}
