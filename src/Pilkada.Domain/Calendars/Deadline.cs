using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// Tenggat (a computed deadline): a <see cref="DeadlineRule"/> applied to a start instant in a time zone — day 1, the
/// last day and the instant the period ends.
/// </summary>
/// <remarks>
/// <see cref="End"/> is exclusive: for a day count it is the start of the local day after <see cref="LastDay"/> (the
/// period runs to 23:59:59.999… local time on the last day); for an hour count it is exactly N hours after
/// <see cref="Start"/>. An act at <c>t</c> is in time when <c>t &lt; End</c>.
/// </remarks>
public sealed class Deadline
{
    internal Deadline(DeadlineRule rule, Instant start, DateTimeZone zone, DeadlineOptions options, LocalDate? firstDay, LocalDate? lastDay, LocalDate? unextendedLastDay, Instant end)
    {
        Rule = rule;
        Start = start;
        Zone = zone;
        Options = options;
        FirstDay = firstDay;
        LastDay = lastDay;
        UnextendedLastDay = unextendedLastDay;
        End = end;
    }

    /// <summary>The rule that was applied.</summary>
    public DeadlineRule Rule { get; }

    /// <summary>When the period started.</summary>
    public Instant Start { get; }

    /// <summary>The time zone the days were counted in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The conventions used.</summary>
    public DeadlineOptions Options { get; }

    /// <summary>The start in local time.</summary>
    public ZonedDateTime StartLocal => Start.InZone(Zone);

    /// <summary>Hari ke-1 (day 1) of a day count; <see langword="null"/> for an hour count.</summary>
    public LocalDate? FirstDay { get; }

    /// <summary>Hari terakhir (the last day) of a day count, after any extension; <see langword="null"/> for an hour count.</summary>
    public LocalDate? LastDay { get; }

    /// <summary>The last day before it was moved to the next working day (<see cref="DeadlineOptions.ExtendCalendarDaysToWorkingDay"/>), or <see langword="null"/>.</summary>
    public LocalDate? UnextendedLastDay { get; }

    /// <summary>Whether the last day was moved to the next working day.</summary>
    public bool IsExtended => UnextendedLastDay is not null;

    /// <summary>The first instant after the period (exclusive end).</summary>
    public Instant End { get; }

    /// <summary>The exclusive end in local time, e.g. <c>2024-11-05T00:00 Asia/Jakarta</c> for a period whose last day is 4 November.</summary>
    public ZonedDateTime EndLocal => End.InZone(Zone);

    /// <summary>The last moment of the period in local time (one nanosecond before <see cref="End"/>), e.g. <c>2024-11-04T23:59:59.999999999</c>.</summary>
    public LocalDateTime LastMomentLocal => (End - Duration.Epsilon).InZone(Zone).LocalDateTime;

    /// <summary>Whether an act at an instant is in time (before <see cref="End"/>).</summary>
    /// <param name="at">When the act happened.</param>
    public bool IsMetBy(Instant at) => at < End;

    /// <summary>Whether the period is over at an instant.</summary>
    /// <param name="now">The instant (from an <see cref="IClock"/>).</param>
    public bool IsOverdueAt(Instant now) => now >= End;

    /// <summary>The time left at an instant; negative once the period is over.</summary>
    /// <param name="now">The instant (from an <see cref="IClock"/>).</param>
    public Duration RemainingAt(Instant now) => End - now;

    /// <summary>
    /// The deadline in words, e.g. <c>Batas penyampaian laporan: 7 hari kalender sejak 28 Oktober 2024 15.00 WIB; hari
    /// terakhir 4 November 2024, berakhir 5 November 2024 00.00 WIB (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4)).</c>
    /// </summary>
    /// <param name="language">The language.</param>
    public string Describe(PilkadaLanguage language)
    {
        var key = LastDay is null ? "Deadline.Hours" : "Deadline.Days";
        var text = PilkadaMessages.Format(
            key,
            language,
            new MessageArgument("rule", Rule.NameIn(language)),
            new MessageArgument("period", Rule.Period.ToString(language == PilkadaLanguage.Indonesian ? "G" : "E", null)),
            new MessageArgument("start", StartLocal),
            new MessageArgument("lastDay", LastDay),
            new MessageArgument("end", EndLocal),
            new MessageArgument("source", Rule.Source.ToString()));
        return UnextendedLastDay is { } unextended
            ? text + " " + PilkadaMessages.Format("Deadline.Extended", language, new MessageArgument("unextended", unextended))
            : text;
    }

    /// <summary>The English description.</summary>
    public override string ToString() => Describe(PilkadaLanguage.English);
}
