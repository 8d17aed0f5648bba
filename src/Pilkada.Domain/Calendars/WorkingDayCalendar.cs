using System.Runtime.CompilerServices;
using NodaTime;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// Kalender hari kerja (working-day calendar): which dates are working days — Monday to Friday minus the
/// non-working days of a <see cref="NonWorkingDayTable"/> — and arithmetic on them: add N working days, count the
/// working days between two dates, the next working day.
/// </summary>
/// <remarks>
/// <para>
/// <b>Conventions.</b> <see cref="AddWorkingDays"/> steps over working days and never counts the start date: adding
/// 1 gives the first working day after it, adding −1 the last one before it, adding 0 the date itself.
/// <see cref="CountWorkingDays"/> counts the working days after <c>from</c> up to and including <c>to</c> (negative
/// when <c>to</c> is earlier: minus the working days from <c>to</c> inclusive up to <c>from</c> exclusive), so that
/// <c>AddWorkingDays(from, CountWorkingDays(from, to)) == to</c> for every working day <c>to</c>, and
/// <c>CountWorkingDays(from, AddWorkingDays(from, n)) == n</c>.
/// </para>
/// <para>
/// <b>Coverage.</b> Only the years the table covers can be counted. A date outside them, or a result that would fall
/// outside them, raises <see cref="DateOutsideCoverageException"/> (naming the date and the covered years); the
/// <c>Try…</c> methods and <see cref="Describe"/> never throw for it.
/// </para>
/// <para>
/// <b>Speed.</b> The calendar is built once from the table (a few microseconds per covered year): a status per day, the
/// number of working days before each day and the list of working days. Every query is then O(1) and allocates nothing.
/// Instances are immutable and safe to share; keep one instead of building it per call.
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> DefaultCalendar =
        new(() => new WorkingDayCalendar(NonWorkingDayTable.Default, WorkingDayOptions.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly int _firstYear;
    private readonly int _yearCount;
    private readonly int[] _yearStart;
    private readonly bool[] _covered;
    private readonly int[] _runStart;
    private readonly int[] _runEnd;
    private readonly CalendarDayStatus[] _status;
    private readonly NonWorkingDay?[] _entry;
    private readonly int[] _before;
    private readonly LocalDate[] _workingDates;

    /// <summary>Builds the calendar of a table.</summary>
    /// <param name="table">The non-working days and the years they cover.</param>
    /// <param name="options">Cuti bersama and region options; <see langword="null"/> for <see cref="WorkingDayOptions.Default"/>.</param>
    public WorkingDayCalendar(NonWorkingDayTable table, WorkingDayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
        Options = options ?? WorkingDayOptions.Default;
        var years = table.CoveredYears;
        if (years.Count == 0)
        {
            _firstYear = 0;
            _yearCount = 0;
            _yearStart = [0];
            _covered = [];
            _runStart = [];
            _runEnd = [];
            _status = [];
            _entry = [];
            _before = [0];
            _workingDates = [];
            return;
        }

        _firstYear = years[0];
        _yearCount = years[^1] - _firstYear + 1;
        _yearStart = new int[_yearCount + 1];
        _covered = new bool[_yearCount];
        for (var y = 0; y < _yearCount; y++)
        {
            _yearStart[y + 1] = _yearStart[y] + CalendarSystem.Iso.GetDaysInYear(_firstYear + y);
        }

        foreach (var year in years)
        {
            _covered[year - _firstYear] = true;
        }

        _runStart = new int[_yearCount];
        _runEnd = new int[_yearCount];
        for (var y = 0; y < _yearCount;)
        {
            var end = y;
            while (end < _yearCount && _covered[end] == _covered[y])
            {
                end++;
            }

            for (var k = y; k < end; k++)
            {
                _runStart[k] = _yearStart[y];
                _runEnd[k] = _yearStart[end];
            }

            y = end;
        }

        var dayCount = _yearStart[_yearCount];
        _status = new CalendarDayStatus[dayCount];
        _entry = new NonWorkingDay?[dayCount];
        _before = new int[dayCount + 1];
        var working = new List<LocalDate>(dayCount * 5 / 7);
        var days = table.Days;
        var next = 0;
        var date = new LocalDate(_firstYear, 1, 1);
        for (var i = 0; i < dayCount; i++, date = date.PlusDays(1))
        {
            NonWorkingDay? applicable = null;
            var nonWorking = false;
            while (next < days.Count && days[next].Date < date)
            {
                next++;
            }

            for (var k = next; k < days.Count && days[k].Date == date; k++)
            {
                var day = days[k];
                if (!day.AppliesIn(Options.Region))
                {
                    continue;
                }

                var closes = day.Kind != NonWorkingDayKind.CollectiveLeave || !Options.CollectiveLeaveIsWorkingDay;
                if (applicable is null || (closes && !nonWorking))
                {
                    applicable = day;
                }

                nonWorking |= closes;
            }

            _entry[i] = applicable;
            CalendarDayStatus status;
            if (!_covered[date.Year - _firstYear])
            {
                status = CalendarDayStatus.NotCovered;
            }
            else if (nonWorking)
            {
                status = CalendarDayStatus.NonWorkingDay;
            }
            else if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                status = CalendarDayStatus.Weekend;
            }
            else
            {
                status = CalendarDayStatus.WorkingDay;
            }

            _status[i] = status;
            _before[i + 1] = _before[i];
            if (status == CalendarDayStatus.WorkingDay)
            {
                _before[i + 1]++;
                working.Add(date);
            }
        }

        _workingDates = [.. working];
    }

    /// <summary>The calendar of <see cref="NonWorkingDayTable.Default"/> with <see cref="WorkingDayOptions.Default"/>. Built on first use, once.</summary>
    public static WorkingDayCalendar Default => DefaultCalendar.Value;

    /// <summary>The table of non-working days.</summary>
    public NonWorkingDayTable Table { get; }

    /// <summary>The options: whether cuti bersama is a working day, and the region.</summary>
    public WorkingDayOptions Options { get; }

    /// <summary>The same table with the regional holidays of a region also applied.</summary>
    /// <param name="region">The region (e.g. a kabupaten/kota); its regional holidays and those of the regions above it apply.</param>
    public WorkingDayCalendar ForRegion(RegionCode region) => new(Table, Options with { Region = region });

    /// <summary>Whether the table covers a date (the date's year is one of <see cref="NonWorkingDayTable.CoveredYears"/>).</summary>
    /// <param name="date">The date.</param>
    public bool Covers(LocalDate date)
    {
        var y = date.Year - _firstYear;
        return (uint)y < (uint)_yearCount && _covered[y] && date.Calendar == CalendarSystem.Iso;
    }

    /// <summary>What a date is: working day, weekend, which non-working day, or not covered. Never throws for an ISO date.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public CalendarDay Describe(LocalDate date)
    {
        CalendarChecks.RequireIso(date, nameof(date));
        var y = date.Year - _firstYear;
        if ((uint)y < (uint)_yearCount && _covered[y])
        {
            var i = _yearStart[y] + date.DayOfYear - 1;
            return new CalendarDay(date, _status[i], _entry[i]);
        }

        NonWorkingDay? entry = null;
        foreach (var day in Table.On(date))
        {
            if (day.AppliesIn(Options.Region))
            {
                entry = day;
                break;
            }
        }

        return new CalendarDay(date, CalendarDayStatus.NotCovered, entry);
    }

    /// <summary>Whether a date is a hari kerja (working day).</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="DateOutsideCoverageException">The table does not cover the date's year.</exception>
    public bool IsWorkingDay(LocalDate date) => _status[IndexOf(date)] == CalendarDayStatus.WorkingDay;

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="date"/> (before it when negative); the
    /// start date itself is never counted, and 0 gives the date unchanged. O(1).
    /// </summary>
    /// <param name="date">The start date (any day, working or not).</param>
    /// <param name="days">The number of working days.</param>
    /// <exception cref="DateOutsideCoverageException">The start date or the result is outside the covered years.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        var i = IndexOf(date);
        if (days == 0)
        {
            return date;
        }

        var y = date.Year - _firstYear;
        var target = Target(i, y, days);
        return target >= 0 ? _workingDates[target] : throw new DateOutsideCoverageException(DateOutsideCoverageException.ResultNotCoveredKey, date, null, days, Table);
    }

    /// <summary>Like <see cref="AddWorkingDays"/>, but returns <see langword="false"/> instead of throwing when the start or the result is not covered.</summary>
    /// <param name="date">The start date.</param>
    /// <param name="days">The number of working days.</param>
    /// <param name="result">The date reached; <paramref name="date"/> on failure.</param>
    public bool TryAddWorkingDays(LocalDate date, int days, out LocalDate result)
    {
        result = date;
        if (!TryIndexOf(date, out var i))
        {
            return false;
        }

        if (days == 0)
        {
            return true;
        }

        var target = Target(i, date.Year - _firstYear, days);
        if (target < 0)
        {
            return false;
        }

        result = _workingDates[target];
        return true;
    }

    /// <summary>
    /// The number of working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative
    /// when <paramref name="to"/> is earlier (minus the working days from <paramref name="to"/> inclusive up to
    /// <paramref name="from"/> exclusive). <c>from</c> itself is never counted. O(1).
    /// </summary>
    /// <param name="from">The start date (excluded).</param>
    /// <param name="to">The end date (included).</param>
    /// <exception cref="DateOutsideCoverageException">A date, or a year between them, is outside the covered years.</exception>
    public int CountWorkingDays(LocalDate from, LocalDate to)
    {
        var i = IndexOf(from);
        var j = IndexOf(to);
        var y = from.Year - _firstYear;
        if (j < _runStart[y] || j >= _runEnd[y])
        {
            throw new DateOutsideCoverageException(DateOutsideCoverageException.RangeNotCoveredKey, from, to, null, Table);
        }

        return j >= i ? _before[j + 1] - _before[i + 1] : _before[j] - _before[i];
    }

    /// <summary>The first working day after a date (<c>AddWorkingDays(date, 1)</c>).</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="DateOutsideCoverageException">The date or the result is outside the covered years.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>The last working day before a date (<c>AddWorkingDays(date, -1)</c>).</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="DateOutsideCoverageException">The date or the result is outside the covered years.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>The date itself when it is a working day, otherwise the next working day.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="DateOutsideCoverageException">The date or the result is outside the covered years.</exception>
    public LocalDate WorkingDayOnOrAfter(LocalDate date) => IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    /// <summary>
    /// The <paramref name="n"/>-th working day counting <paramref name="date"/> itself as the first when it is a working
    /// day (used for periods whose day 1 is the start date). <paramref name="n"/> ≥ 1.
    /// </summary>
    internal LocalDate NthWorkingDayFrom(LocalDate date, int n)
    {
        var i = IndexOf(date);
        var y = date.Year - _firstYear;
        var target = (long)_before[i] + n - 1;
        if (target >= _before[_runEnd[y]])
        {
            throw new DateOutsideCoverageException(DateOutsideCoverageException.ResultNotCoveredKey, date, null, n, Table);
        }

        return _workingDates[target];
    }

    // The index of the target in _workingDates, or -1 when it falls outside the covered run of the start.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Target(int i, int y, int days)
    {
        long target;
        if (days > 0)
        {
            target = (long)_before[i + 1] + days - 1;
            return target < _before[_runEnd[y]] ? (int)target : -1;
        }

        target = (long)_before[i] + days;
        return target >= _before[_runStart[y]] ? (int)target : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexOf(LocalDate date)
    {
        if (TryIndexOf(date, out var index))
        {
            return index;
        }

        CalendarChecks.RequireIso(date, nameof(date));
        throw new DateOutsideCoverageException(DateOutsideCoverageException.DateNotCoveredKey, date, null, null, Table);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryIndexOf(LocalDate date, out int index)
    {
        var y = date.Year - _firstYear;
        if ((uint)y < (uint)_yearCount && _covered[y] && date.Calendar == CalendarSystem.Iso)
        {
            index = _yearStart[y] + date.DayOfYear - 1;
            return true;
        }

        index = -1;
        return false;
    }
}
