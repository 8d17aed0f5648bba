using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Cases;

/// <summary>The answer to "was this filing inside Bawaslu's hours?". The values are stable.</summary>
public enum FilingHoursOutcome
{
    /// <summary>Filed in person while the office was open: within the hours of Perbawaslu 9/2024 Pasal 5 ayat (2) huruf a, or in an extended service period (huruf b).</summary>
    WithinOfficeHours = 1,

    /// <summary>Filed in person while the office was closed (before or after hours, a weekend, a non-working day).</summary>
    OutsideOfficeHours = 2,

    /// <summary>Filed online (daring): not bound by the office hours (Perbawaslu 9/2024 Pasal 5).</summary>
    OnlineNotBound = 3,

    /// <summary>Not determined: the filing time or channel is missing, the date is outside the calendar's years, or no hours are known for the regime.</summary>
    NotDetermined = 4,
}

/// <summary>
/// Jam layanan penerimaan laporan (filing hours): answers whether a report filed in person at an instant was inside
/// Bawaslu's office hours in the region's local time (waktu setempat), and why; an online report is not bound by the
/// hours. Built on an <see cref="OfficeHoursCalendar"/> whose service periods come from the election's schedule (masa
/// tenang, voting and counting, rekapitulasi: Perbawaslu 9/2024 Pasal 5 ayat (2) huruf b).
/// </summary>
/// <example>
/// <code>
/// var hours = FilingHours.Pilkada2024;
/// var answer = hours.Check(Instant.FromUtc(2024, 11, 22, 7, 45), FilingChannel.InPerson, RegionCode.Parse("91.71"));
/// // OutsideOfficeHours: Friday 16.45 WIT is after the office closes at 16.30 local time.
/// </code>
/// </example>
public sealed class FilingHours
{
    private static readonly Lazy<FilingHours> Pilkada2024Hours =
        new(() => For(ElectionCatalog.Default.Pilkada2024), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates the check on a calendar of office hours.</summary>
    /// <param name="officeHours">The office hours, with the election's service periods.</param>
    public FilingHours(OfficeHoursCalendar officeHours)
    {
        ArgumentNullException.ThrowIfNull(officeHours);
        OfficeHours = officeHours;
    }

    /// <summary>
    /// The provision on how reports are filed: in person (<i>langsung</i>) or online (<i>daring</i>) — Perbawaslu 9/2024
    /// Pasal 5; the office hours of ayat (2) bind in-person filing only.
    /// </summary>
    public static LegalReference ChannelRule { get; } =
        new("Perbawaslu 9/2024", "Pasal 5", "reports in person or online (SIGAPLAPOR); the office hours of ayat (2) bind in-person filing");

    /// <summary>The hours of the Pilkada 2024 (Perbawaslu 9/2024 with the PKPU 2/2024 masa tenang, voting and rekapitulasi as service periods).</summary>
    public static FilingHours Pilkada2024 => Pilkada2024Hours.Value;

    /// <summary>The office hours used.</summary>
    public OfficeHoursCalendar OfficeHours { get; }

    /// <summary>The hours of an election: Perbawaslu 9/2024 with the election's exempt stages as service periods.</summary>
    /// <param name="election">The election.</param>
    /// <param name="calendar">The working-day calendar; <see langword="null"/> for <see cref="WorkingDayCalendar.Default"/>.</param>
    /// <param name="options">The reading of Pasal 5 ayat (2) huruf b; <see langword="null"/> for the default.</param>
    public static FilingHours For(Election election, WorkingDayCalendar? calendar = null, OfficeHoursOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(election);
        return new FilingHours(election.Schedule.OfficeHours(calendar, options));
    }

    /// <summary>Whether a filing at an instant through a channel was inside the hours, in a time zone.</summary>
    /// <param name="filedAt">When the report was filed.</param>
    /// <param name="channel">In person or online.</param>
    /// <param name="zone">The local time zone of the office (WIB, WITA, WIT).</param>
    /// <exception cref="ArgumentException">The channel is not a <see cref="FilingChannel"/>.</exception>
    public FilingHoursResult Check(Instant filedAt, FilingChannel channel, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentException($"{(int)channel} is not a FilingChannel; use InPerson or Online.", nameof(channel));
        }

        var local = filedAt.InZone(zone);
        if (channel == FilingChannel.Online)
        {
            return new FilingHoursResult(FilingHoursOutcome.OnlineNotBound, channel, local, null, null, ChannelRule);
        }

        OfficeHoursStatus status;
        try
        {
            status = OfficeHours.StatusAt(filedAt, zone);
        }
        catch (DateOutsideCoverageException ex)
        {
            return new FilingHoursResult(FilingHoursOutcome.NotDetermined, channel, local, null, null, OfficeHours.Hours.Source) { NotCovered = ex };
        }

        if (status.IsOpen)
        {
            return new FilingHoursResult(FilingHoursOutcome.WithinOfficeHours, channel, local, status, null, status.Source);
        }

        ZonedDateTime? next;
        try
        {
            next = OfficeHours.NextOpening(filedAt, zone).InZone(zone);
        }
        catch (DateOutsideCoverageException)
        {
            next = null;
        }

        return new FilingHoursResult(FilingHoursOutcome.OutsideOfficeHours, channel, local, status, next, status.Source);
    }

    /// <summary>Whether a filing was inside the hours in the local time of a region code's province.</summary>
    /// <param name="filedAt">When the report was filed.</param>
    /// <param name="channel">In person or online.</param>
    /// <param name="region">The region of the office.</param>
    /// <exception cref="ArgumentException">No time zone is known for the code's province, or the channel is undefined.</exception>
    public FilingHoursResult Check(Instant filedAt, FilingChannel channel, RegionCode region) =>
        Check(filedAt, channel, RegionTimeZones.GetDateTimeZone(region));

    /// <summary>Whether a filing was inside the hours in a region's local time.</summary>
    /// <param name="filedAt">When the report was filed.</param>
    /// <param name="channel">In person or online.</param>
    /// <param name="region">The region of the office.</param>
    /// <exception cref="ArgumentException">The channel is undefined.</exception>
    public FilingHoursResult Check(Instant filedAt, FilingChannel channel, Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return Check(filedAt, channel, region.DateTimeZone);
    }

    /// <summary>
    /// Whether a report's filing was inside the hours, in the local time of the incident's region (or the contest's, or
    /// <paramref name="fallbackZone"/>): not determined when the filing time or channel is missing.
    /// </summary>
    /// <param name="laporan">The report.</param>
    /// <param name="fallbackZone">The zone when the report names no region; <see langword="null"/> for WIB.</param>
    public FilingHoursResult Check(Laporan laporan, DateTimeZone? fallbackZone = null)
    {
        ArgumentNullException.ThrowIfNull(laporan);
        var place = IntakeChecks.PlaceOf(laporan.Incident, laporan.ContestId, fallbackZone ?? LaporanValidatorOptions.DefaultFallbackZone);
        return CheckReport(laporan, place.Zone, this);
    }

    internal static FilingHoursResult CheckReport(Laporan laporan, DateTimeZone zone, FilingHours? hours, LegalRegimeKind regime = LegalRegimeKind.Pilkada)
    {
        if (laporan.FiledAt is not { } filedAt)
        {
            return new FilingHoursResult(FilingHoursOutcome.NotDetermined, laporan.Channel, null, null, null, ChannelRule) { MessageKey = "FilingHours.NoFilingTime" };
        }

        if (laporan.Channel is not { } channel || !Enum.IsDefined(channel))
        {
            return new FilingHoursResult(FilingHoursOutcome.NotDetermined, null, filedAt.InZone(zone), null, null, ChannelRule) { MessageKey = "FilingHours.NoChannel" };
        }

        if (hours is null && channel == FilingChannel.InPerson)
        {
            return new FilingHoursResult(FilingHoursOutcome.NotDetermined, channel, filedAt.InZone(zone), null, null, ChannelRule)
            {
                MessageKey = "FilingHours.NoHours",
                Regime = regime,
            };
        }

        return hours is null
            ? new FilingHoursResult(FilingHoursOutcome.OnlineNotBound, channel, filedAt.InZone(zone), null, null, ChannelRule)
            : hours.Check(filedAt, channel, zone);
    }
}

/// <summary>The answer of <see cref="FilingHours"/>: inside or outside the hours, or not bound by them, with the facts.</summary>
public sealed class FilingHoursResult
{
    internal FilingHoursResult(FilingHoursOutcome outcome, FilingChannel? channel, ZonedDateTime? filedAt, OfficeHoursStatus? office, ZonedDateTime? nextOpening, LegalReference source)
    {
        Outcome = outcome;
        Channel = channel;
        FiledAtLocal = filedAt;
        Office = office;
        NextOpeningLocal = nextOpening;
        Source = source;
    }

    /// <summary>The answer.</summary>
    public FilingHoursOutcome Outcome { get; }

    /// <summary>
    /// Whether the filing time is acceptable: filed in person while the office was open (normal hours or a service
    /// period), or filed online.
    /// </summary>
    public bool IsWithinFilingHours => Outcome is FilingHoursOutcome.WithinOfficeHours or FilingHoursOutcome.OnlineNotBound;

    /// <summary>Whether the filing is bound by the office hours (it was made in person).</summary>
    public bool IsBoundByOfficeHours => Channel == FilingChannel.InPerson;

    /// <summary>The channel, when known.</summary>
    public FilingChannel? Channel { get; }

    /// <summary>The filing instant in local time, when known.</summary>
    public ZonedDateTime? FiledAtLocal { get; }

    /// <summary>The filing instant, when known.</summary>
    public Instant? FiledAt => FiledAtLocal?.ToInstant();

    /// <summary>Whether the office was open at that instant and why (in person only).</summary>
    public OfficeHoursStatus? Office { get; }

    /// <summary>When the office next received reports, for an in-person filing outside the hours (local time).</summary>
    public ZonedDateTime? NextOpeningLocal { get; }

    /// <summary>When the office next received reports, for an in-person filing outside the hours.</summary>
    public Instant? NextOpening => NextOpeningLocal?.ToInstant();

    /// <summary>The provision behind the answer: the office hours, the service-period rule, or the filing channels of Pasal 5.</summary>
    public LegalReference Source { get; }

    internal string? MessageKey { get; init; }

    internal LegalRegimeKind Regime { get; init; } = LegalRegimeKind.Pilkada;

    internal DateOutsideCoverageException? NotCovered { get; init; }

    /// <summary>
    /// The answer in words, e.g. <c>Disampaikan langsung di luar jam layanan Bawaslu. Tutup: 22 November 2024 16.45 WIT
    /// setelah jam layanan ditutup pukul 16.30 …</c>
    /// </summary>
    /// <param name="language">The language.</param>
    public string Describe(PilkadaLanguage language)
    {
        if (MessageKey is { } key)
        {
            return PilkadaMessages.Format(key, language,
                new MessageArgument("time", FiledAtLocal),
                new MessageArgument("regime", Regime.ToString()));
        }

        if (NotCovered is { } notCovered)
        {
            return PilkadaMessages.Format("FilingHours.NotCovered", language, new MessageArgument("reason", notCovered.GetMessage(language)));
        }

        return Outcome switch
        {
            FilingHoursOutcome.OnlineNotBound => PilkadaMessages.Format("FilingHours.Online", language,
                new MessageArgument("time", FiledAtLocal), new MessageArgument("source", Source.ToString())),
            FilingHoursOutcome.WithinOfficeHours => PilkadaMessages.Format("FilingHours.WithinOfficeHours", language,
                new MessageArgument("office", Office?.Describe(language))),
            _ when NextOpeningLocal is { } next => PilkadaMessages.Format("FilingHours.OutsideOfficeHours", language,
                new MessageArgument("office", Office?.Describe(language)), new MessageArgument("nextOpening", next)),
            _ => PilkadaMessages.Format("FilingHours.OutsideOfficeHours.NoNextOpening", language,
                new MessageArgument("office", Office?.Describe(language))),
        };
    }

    /// <summary>The English description.</summary>
    public override string ToString() => Describe(PilkadaLanguage.English);
}
