using BenchmarkDotNet.Attributes;
using NodaTime;
using Pilkada.Domain.Calendars;

namespace Pilkada.Domain.Benchmarks;

/// <summary>
/// Adding N working days across holidays (budget ≤ 200 ns) beside a day-by-day loop over a HashSet&lt;DateTime&gt; of the
/// same non-working days (must be ≥ 5× slower). Starts cycle through 256 dates of 2024–2027, a quarter of them the
/// last working day before a holiday cluster (Idul Fitri, Christmas, the 2024 polling days).
/// </summary>
[MemoryDiagnoser]
public class WorkingDayBenchmarks
{
    private const int StartCount = 256;

    private static readonly LocalDate[] BeforeHolidays =
    [
        new(2024, 2, 13), new(2024, 4, 5), new(2024, 5, 8), new(2024, 11, 26), new(2024, 12, 24),
        new(2025, 3, 27), new(2025, 5, 28), new(2025, 8, 15), new(2025, 12, 24),
        new(2026, 3, 17), new(2026, 5, 13), new(2026, 12, 23),
        new(2027, 3, 5), new(2027, 3, 24), new(2027, 5, 14), new(2027, 5, 5),
    ];

    private readonly HashSet<DateTime> _nonWorking = [];
    private WorkingDayCalendar _calendar = WorkingDayCalendar.Default;
    private LocalDate[] _starts = [];
    private DateTime[] _startTimes = [];
    private int _next;

    [Params(5, 14, 45)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingDayCalendar.Default;
        foreach (var day in NonWorkingDayTable.Default.Days)
        {
            _nonWorking.Add(day.Date.ToDateTimeUnspecified());
        }

        var random = new Random(2024);
        var first = new LocalDate(2024, 1, 1);
        _starts = Enumerable.Range(0, StartCount)
            .Select(i => i % 4 == 0 ? BeforeHolidays[(i / 4) % BeforeHolidays.Length] : first.PlusDays(random.Next(0, 1369)))
            .ToArray();
        _startTimes = _starts.Select(d => d.ToDateTimeUnspecified()).ToArray();
    }

    [Benchmark(Baseline = true)]
    public DateTime DayByDayHashSet()
    {
        var date = _startTimes[_next++ & (StartCount - 1)];
        var left = Days;
        while (left > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_nonWorking.Contains(date))
            {
                left--;
            }
        }

        return date;
    }

    [Benchmark]
    public LocalDate AddWorkingDays() => _calendar.AddWorkingDays(_starts[_next++ & (StartCount - 1)], Days);
}
