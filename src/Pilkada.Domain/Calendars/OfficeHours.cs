using System.Globalization;
using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>The opening and closing time of one day, in local time. Both ends are included ("pukul 08.00 sampai dengan pukul 16.00").</summary>
public readonly record struct DailyHours
{
    /// <summary>Creates the hours of a day.</summary>
    /// <param name="opens">The opening time.</param>
    /// <param name="closes">The closing time, after the opening time.</param>
    /// <exception cref="ArgumentException">The closing time is not after the opening time.</exception>
    public DailyHours(LocalTime opens, LocalTime closes)
    {
        if (closes <= opens)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The closing time {closes:HH':'mm} must be after the opening time {opens:HH':'mm}."), nameof(closes));
        }

        Opens = opens;
        Closes = closes;
    }

    /// <summary>Jam buka (the opening time).</summary>
    public LocalTime Opens { get; }

    /// <summary>Jam tutup (the closing time), included: a report handed in at exactly this time is in time.</summary>
    public LocalTime Closes { get; }

    /// <summary>Whether a local time is within the hours, both ends included.</summary>
    /// <param name="time">The local time.</param>
    public bool Contains(LocalTime time) => time >= Opens && time <= Closes;

    /// <summary>The hours as <c>08.00–16.30</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Opens:HH'.'mm}–{Closes:HH'.'mm}");
}

/// <summary>
/// Jam layanan (office hours): the hours of each weekday during which an office receives reports in person, in local
/// time (waktu setempat), with their legal source. Days without hours are closed.
/// </summary>
public sealed class OfficeHours
{
    private readonly DailyHours?[] _byDay = new DailyHours?[8];

    /// <summary>Creates a weekly schedule.</summary>
    /// <param name="hours">The hours of each open weekday; weekdays not listed are closed.</param>
    /// <param name="source">The provision the hours come from.</param>
    /// <exception cref="ArgumentException">A weekday appears twice or is <see cref="IsoDayOfWeek.None"/>.</exception>
    public OfficeHours(IEnumerable<KeyValuePair<IsoDayOfWeek, DailyHours>> hours, LegalReference source)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(source);
        foreach (var (day, daily) in hours)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException($"'{day}' is not a day of the week.", nameof(hours));
            }

            if (_byDay[(int)day] is not null)
            {
                throw new ArgumentException($"{day} is given twice.", nameof(hours));
            }

            _byDay[(int)day] = daily;
        }

        Source = source;
    }

    /// <summary>
    /// The hours for in-person reports of Perbawaslu 9/2024 (amending Perbawaslu 8/2020) Pasal 5 ayat (2) huruf a:
    /// Monday to Thursday 08.00–16.00 and Friday 08.00–16.30, waktu setempat (local time: WIB, WITA or WIT); closed on
    /// Saturdays, Sundays and non-working days. The regulation was set on 30 September 2024 (Berita Negara 2024 No. 636);
    /// <see cref="ValidFrom"/> is that date. Under ayat (2) huruf b the hours do not apply during masa tenang, voting and
    /// counting, and rekapitulasi (see <see cref="OfficeHoursCalendar"/>).
    /// </summary>
    public static OfficeHours Perbawaslu2024 { get; } = new(
        [
            new(IsoDayOfWeek.Monday, new DailyHours(new LocalTime(8, 0), new LocalTime(16, 0))),
            new(IsoDayOfWeek.Tuesday, new DailyHours(new LocalTime(8, 0), new LocalTime(16, 0))),
            new(IsoDayOfWeek.Wednesday, new DailyHours(new LocalTime(8, 0), new LocalTime(16, 0))),
            new(IsoDayOfWeek.Thursday, new DailyHours(new LocalTime(8, 0), new LocalTime(16, 0))),
            new(IsoDayOfWeek.Friday, new DailyHours(new LocalTime(8, 0), new LocalTime(16, 30))),
        ],
        new LegalReference("Perbawaslu 9/2024", "Pasal 5 ayat (2) huruf a", "amending Perbawaslu 8/2020; set 30 Sep 2024, Berita Negara 2024 No. 636"))
    {
        ValidFrom = new LocalDate(2024, 9, 30),
    };

    /// <summary>The provision the hours come from.</summary>
    public LegalReference Source { get; }

    /// <summary>The first date the hours apply (informational: status queries do not refuse earlier dates), or <see langword="null"/>.</summary>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>The hours of a weekday, or <see langword="null"/> when the office is closed that day.</summary>
    /// <param name="day">The weekday.</param>
    public DailyHours? On(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday ? _byDay[(int)day] : null;
}
