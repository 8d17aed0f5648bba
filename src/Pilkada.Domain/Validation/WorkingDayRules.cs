using FluentValidation;
using NodaTime;
using Pilkada.Domain.Calendars;

namespace Pilkada.Domain.Validation;

/// <summary>
/// FluentValidation rules for dates that must be working days: <c>RuleFor(x =&gt; x.TanggalSidang).WorkingDay()</c>.
/// Two error codes: <c>WorkingDay.NotCovered</c> (the table does not cover the date, so it cannot be checked) and
/// <c>WorkingDay.NotWorkingDay</c> (a weekend or a non-working day; the message names which).
/// </summary>
public static class WorkingDayRuleExtensions
{
    /// <summary>The date must be a hari kerja (working day) in a calendar.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="calendar">The calendar; <see langword="null"/> for <see cref="WorkingDayCalendar.Default"/>.</param>
    public static IRuleBuilderOptions<T, LocalDate> WorkingDay<T>(this IRuleBuilder<T, LocalDate> ruleBuilder, WorkingDayCalendar? calendar = null) =>
        ruleBuilder.SetValidator(new CoveredDateValidator<T, LocalDate>(calendar)).SetValidator(new WorkingDayValidator<T, LocalDate>(calendar));

    /// <summary>The date, when present, must be a hari kerja (working day) in a calendar.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="calendar">The calendar; <see langword="null"/> for <see cref="WorkingDayCalendar.Default"/>.</param>
    public static IRuleBuilderOptions<T, LocalDate?> WorkingDay<T>(this IRuleBuilder<T, LocalDate?> ruleBuilder, WorkingDayCalendar? calendar = null) =>
        ruleBuilder.SetValidator(new CoveredDateValidator<T, LocalDate?>(calendar)).SetValidator(new WorkingDayValidator<T, LocalDate?>(calendar));
}

/// <summary>The date is inside the years the calendar's table covers. Error code <c>WorkingDay.NotCovered</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty"><see cref="LocalDate"/> or <c>LocalDate?</c>.</typeparam>
/// <param name="calendar">The calendar; <see langword="null"/> for <see cref="WorkingDayCalendar.Default"/>.</param>
public sealed class CoveredDateValidator<T, TProperty>(WorkingDayCalendar? calendar) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "WorkingDay.NotCovered";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (value is not LocalDate date)
        {
            return true;
        }

        var days = calendar ?? WorkingDayCalendar.Default;
        if (days.Covers(date))
        {
            return true;
        }

        return Fail(context, Name,
            new MessageArgument("date", date),
            new MessageArgument("covered", days.Table.CoveredYearsText(LanguageOf(context))));
    }
}

/// <summary>
/// The date is a working day: not a Saturday, Sunday or non-working day of the table. Dates the table does not cover are
/// left to <see cref="CoveredDateValidator{T, TProperty}"/>. Error code <c>WorkingDay.NotWorkingDay</c>.
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty"><see cref="LocalDate"/> or <c>LocalDate?</c>.</typeparam>
/// <param name="calendar">The calendar; <see langword="null"/> for <see cref="WorkingDayCalendar.Default"/>.</param>
public sealed class WorkingDayValidator<T, TProperty>(WorkingDayCalendar? calendar) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "WorkingDay.NotWorkingDay";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (value is not LocalDate date || date.Calendar != CalendarSystem.Iso)
        {
            return true;
        }

        var day = (calendar ?? WorkingDayCalendar.Default).Describe(date);
        if (day.Status is CalendarDayStatus.WorkingDay or CalendarDayStatus.NotCovered)
        {
            return true;
        }

        return Fail(context, Name,
            new MessageArgument("date", date),
            new MessageArgument("reason", day.Describe(LanguageOf(context))));
    }
}
