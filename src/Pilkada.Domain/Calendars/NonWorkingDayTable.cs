using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// Daftar hari libur (table of non-working days): the national holidays, cuti bersama and polling-day holidays of the
/// years it covers, and any days users added. Immutable; every change returns a new table.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is embedded in the assembly and loaded on first use, once, thread-safely: 108 days of
/// 2024–2027 from the SKB of the three ministers for each year (with the 7 Aug 2025 amendment that added cuti bersama
/// on 18 Aug 2025) and Keppres 10/2024 and 33/2024, compiled from public sources up to September 2026 (see
/// <see cref="Edition"/> and <c>data/holidays/README.md</c>). The 2027 rows rest on transcriptions of the SKB, and its
/// Islamic-calendar dates may still be moved by the Minister of Religious Affairs after the sidang isbat.
/// </para>
/// <para>
/// The years a table covers are explicit (<see cref="CoveredYears"/>): a working-day calculation on a date outside
/// them fails rather than treating every weekday as a working day. Polling-day holidays are declared days before the
/// vote and SKBs are amended during the year, so a table can be extended without a new release:
/// <see cref="With(NonWorkingDay)"/>, <see cref="Without(LocalDate, RegionCode)"/>,
/// <see cref="WithCoveredYears(int, int)"/>, and <see cref="Create"/> for a table of your own.
/// </para>
/// </remarks>
public sealed class NonWorkingDayTable
{
    /// <summary>The earliest year a table can cover.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a table can cover.</summary>
    public const int MaxYear = 2199;

    private const string ResourceName = "Pilkada.Domain.Calendars.holidays.tsv";

    private static readonly Lazy<NonWorkingDayTable> DefaultTable = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NonWorkingDay[] _days;
    private readonly int[] _years;
    private readonly NonWorkingDayChange[] _changes;
    private readonly string[] _instruments;

    private NonWorkingDayTable(string edition, YearMonth? compiledUpTo, NonWorkingDay[] days, int[] years, NonWorkingDayChange[] changes)
    {
        Edition = edition;
        CompiledUpTo = compiledUpTo;
        _days = days;
        _years = years;
        _changes = changes;
        _instruments = InstrumentsOf(days);
    }

    /// <summary>The embedded table: 2024–2027, 108 days. Loaded on first use, once.</summary>
    public static NonWorkingDayTable Default => DefaultTable.Value;

    /// <summary>
    /// The edition: which instruments the table was compiled from and up to when, e.g. <c>SKB libur nasional dan cuti
    /// bersama 2024 (855/2023), … compiled up to September 2026</c>. Changes made with <see cref="With(NonWorkingDay)"/>
    /// keep the edition and are listed in <see cref="Changes"/>.
    /// </summary>
    public string Edition { get; }

    /// <summary>The month up to which the sources were read (September 2026 for the embedded table), if known.</summary>
    public YearMonth? CompiledUpTo { get; }

    /// <summary>Every instrument the days rest on, in date order of first use (SKBs, the ASN Keppres, the polling-day Keppres).</summary>
    public IReadOnlyList<string> Instruments => _instruments;

    /// <summary>The years the table covers completely, ascending. Working-day arithmetic works only inside them.</summary>
    public IReadOnlyList<int> CoveredYears => _years;

    /// <summary>Every day of the table, in date order (nationwide before regional entries of the same date).</summary>
    public IReadOnlyList<NonWorkingDay> Days => _days;

    /// <summary>The changes made to the edition through <see cref="With(NonWorkingDay)"/> and <see cref="Without(LocalDate, RegionCode)"/>, in order.</summary>
    public IReadOnlyList<NonWorkingDayChange> Changes => _changes;

    /// <summary>The number of days in the table.</summary>
    public int Count => _days.Length;

    /// <summary>Whether the table covers a year completely.</summary>
    /// <param name="year">The year.</param>
    public bool Covers(int year) => Array.BinarySearch(_years, year) >= 0;

    /// <summary>Whether the table covers the year of a date.</summary>
    /// <param name="date">The date.</param>
    public bool Covers(LocalDate date) => Covers(date.Year);

    /// <summary>Every entry on a date, nationwide and regional.</summary>
    /// <param name="date">The date.</param>
    public IReadOnlyList<NonWorkingDay> On(LocalDate date)
    {
        var (start, end) = RangeOf(date);
        return start == end ? [] : _days[start..end];
    }

    /// <summary>The entry on a date for exactly one scope: nationwide (the default) or one region.</summary>
    /// <param name="date">The date.</param>
    /// <param name="region">The entry's region: the empty code for the nationwide entry.</param>
    public NonWorkingDay? Find(LocalDate date, RegionCode region = default)
    {
        var (start, end) = RangeOf(date);
        for (var i = start; i < end; i++)
        {
            if (_days[i].Region == region)
            {
                return _days[i];
            }
        }

        return null;
    }

    /// <summary>Every entry of a year, in date order.</summary>
    /// <param name="year">The year.</param>
    public IReadOnlyList<NonWorkingDay> InYear(int year) => [.. _days.Where(d => d.Date.Year == year)];

    /// <summary>
    /// A table with a day added, or replacing the entry with the same date and region (e.g. a later SKB amendment, a
    /// Keppres declaring a polling day a holiday, a regional holiday). Coverage does not change; see
    /// <see cref="WithCoveredYears(int, int)"/>.
    /// </summary>
    /// <param name="day">The day.</param>
    public NonWorkingDayTable With(NonWorkingDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return With([day]);
    }

    /// <summary>A table with several days added or replaced (see <see cref="With(NonWorkingDay)"/>).</summary>
    /// <param name="days">The days.</param>
    public NonWorkingDayTable With(IEnumerable<NonWorkingDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var list = new List<NonWorkingDay>(_days);
        var changes = new List<NonWorkingDayChange>(_changes);
        foreach (var day in days)
        {
            ArgumentNullException.ThrowIfNull(day, nameof(days));
            var index = list.FindIndex(d => d.Date == day.Date && d.Region == day.Region);
            if (index >= 0)
            {
                list[index] = day;
                changes.Add(new NonWorkingDayChange(NonWorkingDayChangeKind.Replaced, day.Date, day.Region, day));
            }
            else
            {
                list.Add(day);
                changes.Add(new NonWorkingDayChange(NonWorkingDayChangeKind.Added, day.Date, day.Region, day));
            }
        }

        return new NonWorkingDayTable(Edition, CompiledUpTo, Sort(list), _years, [.. changes]);
    }

    /// <summary>
    /// A table without the entry on a date for one scope (nationwide by default), e.g. when the sidang isbat moves an
    /// Islamic holiday: remove the old date, then add the new one.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="region">The entry's region: the empty code for the nationwide entry.</param>
    /// <exception cref="ArgumentException">The table has no such entry.</exception>
    public NonWorkingDayTable Without(LocalDate date, RegionCode region = default)
    {
        var existing = Find(date, region) ?? throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The table has no {(region.IsEmpty ? "nationwide" : "region " + region)} non-working day on {CalendarChecks.IsoDate(date)}; nothing to remove."),
            nameof(date));
        var list = _days.Where(d => !ReferenceEquals(d, existing)).ToArray();
        NonWorkingDayChange[] changes = [.. _changes, new NonWorkingDayChange(NonWorkingDayChangeKind.Removed, date, region, existing)];
        return new NonWorkingDayTable(Edition, CompiledUpTo, list, _years, changes);
    }

    /// <summary>
    /// A table that also covers the years from <paramref name="firstYear"/> to <paramref name="lastYear"/>: say so
    /// only once every non-working day of those years is in the table (e.g. after adding a new year's SKB).
    /// </summary>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year (inclusive).</param>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>, or the range is reversed.</exception>
    public NonWorkingDayTable WithCoveredYears(int firstYear, int lastYear)
    {
        CheckYearRange(firstYear, lastYear);
        var years = new SortedSet<int>(_years);
        for (var y = firstYear; y <= lastYear; y++)
        {
            years.Add(y);
        }

        return new NonWorkingDayTable(Edition, CompiledUpTo, _days, [.. years], _changes);
    }

    /// <summary>A calendar of working days over this table.</summary>
    /// <param name="options">Whether cuti bersama counts as a working day, and the region; <see langword="null"/> for <see cref="WorkingDayOptions.Default"/>.</param>
    public WorkingDayCalendar ToCalendar(WorkingDayOptions? options = null) => new(this, options);

    /// <summary>Creates a table of your own, e.g. for another country's office or a test.</summary>
    /// <param name="edition">What the table is compiled from.</param>
    /// <param name="days">The days; at most one per date and region.</param>
    /// <param name="coveredYears">The years the days cover completely.</param>
    /// <exception cref="ArgumentException">The edition is empty, a date and region appear twice, or a year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static NonWorkingDayTable Create(string edition, IEnumerable<NonWorkingDay> days, IEnumerable<int> coveredYears)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(edition);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(coveredYears);
        var list = new List<NonWorkingDay>();
        foreach (var day in days)
        {
            ArgumentNullException.ThrowIfNull(day, nameof(days));
            list.Add(day);
        }

        var sorted = Sort(list);
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Date == sorted[i - 1].Date && sorted[i].Region == sorted[i - 1].Region)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The date {CalendarChecks.IsoDate(sorted[i].Date)} appears twice for the same region ('{sorted[i - 1].Name}' and '{sorted[i].Name}')."),
                    nameof(days));
            }
        }

        var years = new SortedSet<int>();
        foreach (var year in coveredYears)
        {
            CheckYearRange(year, year);
            years.Add(year);
        }

        return new NonWorkingDayTable(edition, null, sorted, [.. years], []);
    }

    /// <summary>The covered years as ranges, e.g. <c>2024–2027</c> or <c>2024–2025, 2027</c>; <c>none</c>/<c>tidak ada</c> when empty.</summary>
    internal string CoveredYearsText(PilkadaLanguage language)
    {
        if (_years.Length == 0)
        {
            return language == PilkadaLanguage.Indonesian ? "tidak ada" : "none";
        }

        var builder = new StringBuilder();
        var start = _years[0];
        for (var i = 1; i <= _years.Length; i++)
        {
            if (i < _years.Length && _years[i] == _years[i - 1] + 1)
            {
                continue;
            }

            var end = _years[i - 1];
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            builder.Append(start.ToString(CultureInfo.InvariantCulture));
            if (end != start)
            {
                builder.Append('–').Append(end.ToString(CultureInfo.InvariantCulture));
            }

            if (i < _years.Length)
            {
                start = _years[i];
            }
        }

        return builder.ToString();
    }

    /// <summary>The raw embedded data (for the checksum test and the regeneration check).</summary>
    internal static byte[] ReadEmbeddedBytes()
    {
        using var stream = typeof(NonWorkingDayTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    internal static NonWorkingDayTable LoadEmbedded() => Load(ReadEmbeddedBytes());

    /// <summary>Reads the embedded format written by tools/Pilkada.DataGen (HolidayDataGenerator).</summary>
    /// <remarks>
    /// <code>
    /// #pilkada-non-working-days TAB 1
    /// #edition TAB text
    /// #compiled-up-to TAB yyyy-MM
    /// #covered-years TAB year TAB year …
    /// #source TAB path TAB row count
    /// date TAB kind TAB name_id TAB name_en TAB instrument TAB note TAB source_url TAB confidence   (column names)
    /// one row per day in date order, UTF-8, \n line ends
    /// </code>
    /// </remarks>
    internal static NonWorkingDayTable Load(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var lines = text.Split('\n');
        if (lines.Length < 6 || lines[0] != "#pilkada-non-working-days\t1")
        {
            throw new InvalidDataException("The embedded non-working-day data does not start with the format line '#pilkada-non-working-days\t1'.");
        }

        string? edition = null;
        YearMonth? compiledUpTo = null;
        var years = new List<int>();
        var expectedRows = -1;
        var days = new List<NonWorkingDay>();
        var sawColumns = false;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (line[0] == '#')
            {
                switch (fields[0])
                {
                    case "#edition":
                        edition = fields[1];
                        break;
                    case "#compiled-up-to":
                        compiledUpTo = YearMonthPattern.Iso.Parse(fields[1]).GetValueOrThrow();
                        break;
                    case "#covered-years":
                        years.AddRange(fields.Skip(1).Select(y => int.Parse(y, NumberStyles.None, CultureInfo.InvariantCulture)));
                        break;
                    case "#source":
                        expectedRows = int.Parse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture);
                        break;
                    default:
                        throw new InvalidDataException($"The embedded non-working-day data has an unknown header line '{fields[0]}'.");
                }

                continue;
            }

            if (!sawColumns)
            {
                sawColumns = true;
                continue;
            }

            if (fields.Length != 8)
            {
                throw new InvalidDataException($"Line {i + 1} of the embedded non-working-day data has {fields.Length} fields instead of 8.");
            }

            var date = LocalDatePattern.Iso.Parse(fields[0]).GetValueOrThrow();
            var kind = fields[1] switch
            {
                "national_holiday" => NonWorkingDayKind.NationalHoliday,
                "collective_leave" => NonWorkingDayKind.CollectiveLeave,
                "election_day" => NonWorkingDayKind.ElectionDay,
                _ => throw new InvalidDataException($"Line {i + 1} of the embedded non-working-day data has the unknown kind '{fields[1]}'."),
            };
            var confidence = fields[7] switch
            {
                "confirmed_2_sources" => SourceConfidence.Confirmed,
                "one_source" => SourceConfidence.SingleSource,
                "uncertain" => SourceConfidence.Uncertain,
                _ => throw new InvalidDataException($"Line {i + 1} of the embedded non-working-day data has the unknown confidence '{fields[7]}'."),
            };
            var basis = new LegalReference(fields[4], null, fields[5].Length == 0 ? null : fields[5]);
            days.Add(new NonWorkingDay(date, kind, fields[2], fields[3], basis)
            {
                SourceUrl = fields[6],
                Confidence = confidence,
            });
        }

        if (edition is null || years.Count == 0 || days.Count != expectedRows)
        {
            throw new InvalidDataException($"The embedded non-working-day data is incomplete: {days.Count} rows (expected {expectedRows}), edition and covered years required.");
        }

        return new NonWorkingDayTable(edition, compiledUpTo, Sort(days), [.. years.Order()], []);
    }

    private (int Start, int End) RangeOf(LocalDate date)
    {
        int lo = 0, hi = _days.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_days[mid].Date < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < _days.Length && _days[end].Date == date)
        {
            end++;
        }

        return (lo, end);
    }

    private static NonWorkingDay[] Sort(IEnumerable<NonWorkingDay> days) =>
        [.. days.OrderBy(d => d.Date).ThenBy(d => d.Region)];

    private static string[] InstrumentsOf(IEnumerable<NonWorkingDay> days)
    {
        var seen = new List<string>();
        foreach (var day in days)
        {
            Add(day.LegalBasis.Instrument);
            if (day.LegalBasis.Note is { } note && note.StartsWith("ASN: ", StringComparison.Ordinal))
            {
                Add(note["ASN: ".Length..]);
            }
        }

        return [.. seen];

        void Add(string instrument)
        {
            if (!seen.Contains(instrument, StringComparer.Ordinal))
            {
                seen.Add(instrument);
            }
        }
    }

    private static void CheckYearRange(int firstYear, int lastYear)
    {
        if (firstYear < MinYear || lastYear > MaxYear || firstYear > lastYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(firstYear),
                string.Create(CultureInfo.InvariantCulture, $"The covered years {firstYear}–{lastYear} must lie within {MinYear}–{MaxYear}, first year first."));
        }
    }
}

/// <summary>What a change to a <see cref="NonWorkingDayTable"/> did. The values are stable.</summary>
public enum NonWorkingDayChangeKind
{
    /// <summary>A day was added.</summary>
    Added = 1,

    /// <summary>An entry with the same date and region was replaced.</summary>
    Replaced = 2,

    /// <summary>An entry was removed.</summary>
    Removed = 3,
}

/// <summary>One change made to a table's edition by its user: which day, and what was done.</summary>
/// <param name="Kind">Added, replaced or removed.</param>
/// <param name="Date">The date.</param>
/// <param name="Region">The entry's region (the empty code for nationwide).</param>
/// <param name="Day">The day added or put in place, or the day removed.</param>
public sealed record NonWorkingDayChange(NonWorkingDayChangeKind Kind, LocalDate Date, RegionCode Region, NonWorkingDay Day);
