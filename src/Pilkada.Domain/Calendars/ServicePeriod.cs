using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>Why the office hours do not apply during a period (Perbawaslu 9/2024 Pasal 5 ayat (2) huruf b). The values are stable.</summary>
public enum ServicePeriodReason
{
    /// <summary>Masa tenang (the cooling-off period before the vote; 24–26 November 2024 for the Pilkada 2024).</summary>
    MasaTenang = 1,

    /// <summary>Pemungutan dan penghitungan suara (voting and counting day).</summary>
    PemungutanDanPenghitunganSuara = 2,

    /// <summary>Rekapitulasi hasil penghitungan suara (the tallying of results).</summary>
    Rekapitulasi = 3,

    /// <summary>Another period the caller declares, e.g. a re-vote (pemungutan suara ulang).</summary>
    Other = 4,
}

/// <summary>
/// Masa layanan khusus (an extended service period): dates, inclusive, during which the ordinary office hours do not
/// apply and reports are received around the clock. Supplied by the caller (the election schedule), not embedded.
/// </summary>
[JsonConverter(typeof(ServicePeriodJsonConverter))]
public sealed record ServicePeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first day (local date).</param>
    /// <param name="end">The last day, inclusive; not before <paramref name="start"/>.</param>
    /// <param name="reason">Why the hours do not apply.</param>
    /// <exception cref="ArgumentException">The end is before the start, a date is not ISO, or the reason is not defined.</exception>
    public ServicePeriod(LocalDate start, LocalDate end, ServicePeriodReason reason)
    {
        CalendarChecks.RequireIso(start, nameof(start));
        CalendarChecks.RequireIso(end, nameof(end));
        if (end < start)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The period ends on {CalendarChecks.IsoDate(end)}, before it starts on {CalendarChecks.IsoDate(start)}."), nameof(end));
        }

        if (!Enum.IsDefined(reason))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{(int)reason} is not a ServicePeriodReason."), nameof(reason));
        }

        Start = start;
        End = end;
        Reason = reason;
    }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Why the office hours do not apply.</summary>
    public ServicePeriodReason Reason { get; }

    /// <summary>A description, e.g. <c>Masa tenang Pemilihan Serentak 2024</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Where the dates come from, e.g. <c>PKPU 2/2024</c>.</summary>
    public LegalReference? Source { get; init; }

    /// <summary>Whether a local date falls within the period.</summary>
    /// <param name="date">The date.</param>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>The dates and the reason: <c>2024-11-24..2024-11-26 MasaTenang</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CalendarChecks.IsoDate(Start)}..{CalendarChecks.IsoDate(End)} {Reason}");
}
