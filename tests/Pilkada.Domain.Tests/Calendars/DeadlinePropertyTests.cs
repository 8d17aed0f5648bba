using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Calendars;

[Properties(MaxTest = 300)]
public class DeadlinePropertyTests
{
    private static Arbitrary<(DeadlineRule Rule, DateTimeZone Zone, Instant A, Instant B)> RuleZoneAndTwoStarts =>
        (from rule in CalendarArbitraries.StatutoryRule
         from zone in CalendarArbitraries.Zone
         from a in CalendarArbitraries.StartInstant
         from b in CalendarArbitraries.StartInstant
         select (rule, zone, a, b)).ToArbitrary();

    private static Arbitrary<DeadlineOptions> Options =>
        (from dayOne in Gen.Elements(DayOneConvention.DayAfterStart, DayOneConvention.StartDay)
         from extend in Gen.Elements(false, true)
         select new DeadlineOptions { DayOne = dayOne, ExtendCalendarDaysToWorkingDay = extend }).ToArbitrary();

    [Property]
    public Property Deadlines_are_monotone_in_the_start_instant() =>
        Prop.ForAll(RuleZoneAndTwoStarts, Options, (input, options) =>
        {
            var (early, late) = input.A <= input.B ? (input.A, input.B) : (input.B, input.A);
            var first = input.Rule.Apply(early, input.Zone, options: options);
            var second = input.Rule.Apply(late, input.Zone, options: options);
            return first.End <= second.End && (first.LastDay is null || first.LastDay <= second.LastDay);
        });

    [Property]
    public Property Calendar_day_rules_agree_with_LocalDate_PlusDays() =>
        Prop.ForAll(RuleZoneAndTwoStarts, input =>
        {
            var rule = input.Rule;
            if (rule.Period.Unit != DeadlineUnit.CalendarDays)
            {
                return true;
            }

            var start = input.A.InZone(input.Zone).Date;
            var deadline = rule.Apply(input.A, input.Zone);
            var startDay = rule.Apply(input.A, input.Zone, options: new DeadlineOptions { DayOne = DayOneConvention.StartDay });
            return deadline.LastDay == start.PlusDays(rule.Period.Count) &&
                   deadline.FirstDay == start.PlusDays(1) &&
                   startDay.LastDay == start.PlusDays(rule.Period.Count - 1) &&
                   deadline.End == input.Zone.AtStartOfDay(start.PlusDays(rule.Period.Count + 1)).ToInstant();
        });

    [Property]
    public Property Working_day_rules_end_on_the_Nth_working_day_after_the_start() =>
        Prop.ForAll(RuleZoneAndTwoStarts, input =>
        {
            var rule = input.Rule;
            if (rule.Period.Unit != DeadlineUnit.WorkingDays)
            {
                return true;
            }

            var calendar = WorkingDayCalendar.Default;
            var start = input.A.InZone(input.Zone).Date;
            var deadline = rule.Apply(input.A, input.Zone);
            var last = deadline.LastDay!.Value;
            return calendar.IsWorkingDay(last) && calendar.CountWorkingDays(start, last) == rule.Period.Count;
        });

    [Property]
    public Property Hour_rules_run_exactly_N_hours_whatever_the_zone() =>
        Prop.ForAll(RuleZoneAndTwoStarts, input =>
            input.Rule.Period.Unit != DeadlineUnit.Hours ||
            input.Rule.Apply(input.A, input.Zone).End - input.A == Duration.FromHours(input.Rule.Period.Count));

    [Property]
    public Property An_extended_calendar_day_period_ends_on_a_working_day_no_earlier_than_the_plain_one() =>
        Prop.ForAll(RuleZoneAndTwoStarts, input =>
        {
            if (input.Rule.Period.Unit != DeadlineUnit.CalendarDays)
            {
                return true;
            }

            var plain = input.Rule.Apply(input.A, input.Zone);
            var extended = input.Rule.Apply(input.A, input.Zone, options: new DeadlineOptions { ExtendCalendarDaysToWorkingDay = true });
            return WorkingDayCalendar.Default.IsWorkingDay(extended.LastDay!.Value) &&
                   extended.LastDay >= plain.LastDay &&
                   extended.IsExtended == (extended.LastDay != plain.LastDay);
        });
}
