using System.Globalization;
using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// A working-day question about a date the <see cref="NonWorkingDayTable"/> does not cover: the calendar will not guess
/// by treating every weekday as a working day. The message names the date and the covered years.
/// </summary>
/// <remarks>
/// Extend the table (<see cref="NonWorkingDayTable.With(NonWorkingDay)"/> and
/// <see cref="NonWorkingDayTable.WithCoveredYears(int, int)"/>) once the SKB for the year is known.
/// </remarks>
public sealed class DateOutsideCoverageException : InvalidOperationException
{
    internal const string DateNotCoveredKey = "Calendar.DateNotCovered";
    internal const string ResultNotCoveredKey = "Calendar.ResultNotCovered";
    internal const string RangeNotCoveredKey = "Calendar.RangeNotCovered";

    private readonly NonWorkingDayTable _table;

    internal DateOutsideCoverageException(string errorCode, LocalDate date, LocalDate? endDate, int? workingDays, NonWorkingDayTable table)
        : base(Describe(errorCode, date, endDate, workingDays, table, PilkadaLanguage.English))
    {
        ErrorCode = errorCode;
        Date = date;
        EndDate = endDate;
        WorkingDays = workingDays;
        _table = table;
    }

    /// <summary>
    /// The stable error code (the message key): <c>Calendar.DateNotCovered</c> (the date is outside the covered years),
    /// <c>Calendar.ResultNotCovered</c> (adding working days would leave them) or <c>Calendar.RangeNotCovered</c>
    /// (counting between two dates crosses a year that is not covered).
    /// </summary>
    public string ErrorCode { get; }

    /// <summary>The date asked about (the start date when adding or counting).</summary>
    public LocalDate Date { get; }

    /// <summary>The end date when counting between two dates, otherwise <see langword="null"/>.</summary>
    public LocalDate? EndDate { get; }

    /// <summary>The number of working days being added, otherwise <see langword="null"/>.</summary>
    public int? WorkingDays { get; }

    /// <summary>The years the table covers.</summary>
    public IReadOnlyList<int> CoveredYears => _table.CoveredYears;

    /// <summary>The edition of the table.</summary>
    public string Edition => _table.Edition;

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    public string GetMessage(PilkadaLanguage language) => Describe(ErrorCode, Date, EndDate, WorkingDays, _table, language);

    /// <summary>The message in the language of a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) => GetMessage(PilkadaLanguages.FromCulture(culture));

    private static string Describe(string key, LocalDate date, LocalDate? endDate, int? workingDays, NonWorkingDayTable table, PilkadaLanguage language) =>
        PilkadaMessages.Format(
            key,
            language,
            new MessageArgument("date", date),
            new MessageArgument("endDate", endDate),
            new MessageArgument("days", workingDays),
            new MessageArgument("covered", table.CoveredYearsText(language)),
            new MessageArgument("edition", table.Edition));
}
