using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// Aturan tenggat (a deadline rule): a period — N hari kalender, N hari kerja or N jam — with the provision it comes
/// from, the event it is counted from, and the dates the rule is in force. <see cref="Apply(Instant, DateTimeZone, WorkingDayCalendar?, DeadlineOptions?)"/>
/// turns it into a <see cref="Deadline"/> for a start instant in a region's time zone.
/// </summary>
/// <remarks>
/// <para>The statutory rules are ready-made in <see cref="PilkadaDeadlines"/> and <see cref="PemiluDeadlines"/>.</para>
/// <para>
/// Law is versioned: <see cref="ValidFrom"/> and <see cref="ValidUntil"/> bound the start dates the rule applies to, and
/// applying it to a start outside them fails (a 2014 event was counted in hari kerja, because Pasal 1 angka 28 of the
/// Perppu said "Hari adalah hari kerja" until UU 8/2015).
/// </para>
/// </remarks>
[JsonConverter(typeof(DeadlineRuleJsonConverter))]
public sealed record DeadlineRule
{
    /// <summary>Creates a rule, checking every argument.</summary>
    /// <param name="id">A stable identifier, e.g. <c>pilkada.report</c>; letters, digits, '.', '-' and '_'.</param>
    /// <param name="period">The period, e.g. <c>7 hari kalender</c>.</param>
    /// <param name="name">The Indonesian name, e.g. <c>Batas penyampaian laporan</c>.</param>
    /// <param name="englishName">The English name, e.g. <c>Report filing limit</c>.</param>
    /// <param name="source">The provision, e.g. <c>UU 1/2015 jo. UU 8/2015</c> + <c>Pasal 134 ayat (4)</c>.</param>
    /// <exception cref="ArgumentException">The id is malformed, the period empty or a name blank.</exception>
    public DeadlineRule(string id, DeadlinePeriod period, string name, string englishName, LegalReference source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                throw new ArgumentException($"The rule id '{id}' may contain only ASCII letters, digits, '.', '-' and '_'.", nameof(id));
            }
        }

        if (period.IsEmpty)
        {
            throw new ArgumentException($"The rule '{id}' has the empty period; give N hari kalender, N hari kerja or N jam.", nameof(period));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        ArgumentNullException.ThrowIfNull(source);
        Id = id;
        Period = period;
        Name = name;
        EnglishName = englishName;
        Source = source;
    }

    /// <summary>The stable identifier, e.g. <c>pilkada.report</c>.</summary>
    public string Id { get; }

    /// <summary>Jangka waktu: the number and the unit (hari kalender, hari kerja, jam).</summary>
    public DeadlinePeriod Period { get; }

    /// <summary>The Indonesian name.</summary>
    public string Name { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>Dasar hukum: the provision the period comes from.</summary>
    public LegalReference Source { get; }

    /// <summary>The event the period is counted from, in the provision's words, e.g. <c>sejak diketahui dan/atau ditemukannya pelanggaran Pemilihan</c>.</summary>
    public string? CountedFrom { get; init; }

    /// <summary>How well the period and its day type are sourced; <see cref="SourceConfidence.Uncertain"/> marks a documented assumption.</summary>
    public SourceConfidence Confidence { get; init; } = SourceConfidence.Confirmed;

    /// <summary>The first start date the rule applies to (the provision's entry into force), or <see langword="null"/>.</summary>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>The last start date the rule applies to, or <see langword="null"/> while it is in force.</summary>
    public LocalDate? ValidUntil { get; init; }

    /// <summary>The name in a language.</summary>
    /// <param name="language">The language.</param>
    public string NameIn(PilkadaLanguage language) => language == PilkadaLanguage.Indonesian ? Name : EnglishName;

    /// <summary>Whether the rule applies to a period that starts on a date.</summary>
    /// <param name="date">The start date.</param>
    public bool IsInForceOn(LocalDate date) => (ValidFrom is not { } from || date >= from) && (ValidUntil is not { } until || date <= until);

    /// <summary>
    /// The deadline for a period that starts at an instant, counted in a time zone: the last day (for day counts) and
    /// the instant the period ends.
    /// </summary>
    /// <param name="start">When the period starts (e.g. when the violation became known, when the report was registered).</param>
    /// <param name="zone">The time zone of the legal days: the region's zone (WIB <c>Asia/Jakarta</c>/<c>Asia/Pontianak</c>, WITA, WIT).</param>
    /// <param name="calendar">The working-day calendar, for working-day periods and extensions; <see langword="null"/> for <see cref="WorkingDayCalendar.Default"/>.</param>
    /// <param name="options">Day 1 and extension conventions; <see langword="null"/> for <see cref="DeadlineOptions.Default"/>.</param>
    /// <exception cref="DeadlineRuleNotInForceException">The start date is outside <see cref="ValidFrom"/>–<see cref="ValidUntil"/>.</exception>
    /// <exception cref="DateOutsideCoverageException">A working-day count (or an extension) needs a year the calendar does not cover.</exception>
    public Deadline Apply(Instant start, DateTimeZone zone, WorkingDayCalendar? calendar = null, DeadlineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        options ??= DeadlineOptions.Default;
        var startDate = start.InZone(zone).Date;
        if (!IsInForceOn(startDate))
        {
            throw new DeadlineRuleNotInForceException(this, startDate);
        }

        var n = Period.Count;
        switch (Period.Unit)
        {
            case DeadlineUnit.Hours:
                return new Deadline(this, start, zone, options, null, null, null, start + Duration.FromHours(n));

            case DeadlineUnit.WorkingDays:
            {
                calendar ??= WorkingDayCalendar.Default;
                LocalDate first, last;
                if (options.DayOne == DayOneConvention.StartDay)
                {
                    first = calendar.WorkingDayOnOrAfter(startDate);
                    last = calendar.NthWorkingDayFrom(startDate, n);
                }
                else
                {
                    first = calendar.AddWorkingDays(startDate, 1);
                    last = calendar.AddWorkingDays(startDate, n);
                }

                return new Deadline(this, start, zone, options, first, last, null, EndOf(last, zone));
            }

            default:
            {
                var first = options.DayOne == DayOneConvention.StartDay ? startDate : startDate.PlusDays(1);
                var last = first.PlusDays(n - 1);
                LocalDate? unextended = null;
                if (options.ExtendCalendarDaysToWorkingDay)
                {
                    calendar ??= WorkingDayCalendar.Default;
                    if (!calendar.IsWorkingDay(last))
                    {
                        unextended = last;
                        last = calendar.NextWorkingDay(last);
                    }
                }

                return new Deadline(this, start, zone, options, first, last, unextended, EndOf(last, zone));
            }
        }
    }

    /// <summary>The deadline for a period that starts at a local date and time in a zone.</summary>
    /// <param name="start">The start, with its zone.</param>
    /// <param name="calendar">The working-day calendar; <see langword="null"/> for <see cref="WorkingDayCalendar.Default"/>.</param>
    /// <param name="options">The conventions; <see langword="null"/> for <see cref="DeadlineOptions.Default"/>.</param>
    /// <exception cref="DeadlineRuleNotInForceException">The start date is outside the rule's validity.</exception>
    /// <exception cref="DateOutsideCoverageException">A working-day count needs a year the calendar does not cover.</exception>
    public Deadline Apply(ZonedDateTime start, WorkingDayCalendar? calendar = null, DeadlineOptions? options = null) =>
        Apply(start.ToInstant(), start.Zone, calendar, options);

    /// <summary>The deadline for a period that starts at an instant, counted in a region's time zone.</summary>
    /// <param name="start">When the period starts.</param>
    /// <param name="region">The region: its <see cref="Region.DateTimeZone"/> decides the legal days.</param>
    /// <param name="calendar">The working-day calendar; <see langword="null"/> for <see cref="WorkingDayCalendar.Default"/>.</param>
    /// <param name="options">The conventions; <see langword="null"/> for <see cref="DeadlineOptions.Default"/>.</param>
    /// <exception cref="DeadlineRuleNotInForceException">The start date is outside the rule's validity.</exception>
    /// <exception cref="DateOutsideCoverageException">A working-day count needs a year the calendar does not cover.</exception>
    public Deadline Apply(Instant start, Region region, WorkingDayCalendar? calendar = null, DeadlineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(region);
        return Apply(start, region.DateTimeZone, calendar, options);
    }

    /// <summary>The id, the period and the source: <c>pilkada.report: 7 hari kalender (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4))</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Period} ({Source})");

    private static Instant EndOf(LocalDate lastDay, DateTimeZone zone) => zone.AtStartOfDay(lastDay.PlusDays(1)).ToInstant();
}
