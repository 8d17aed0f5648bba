using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Cases;

/// <summary>Where the legal days of a report are counted: the incident's region, else the contest's, else a fallback zone.</summary>
public enum CountingPlaceSource
{
    /// <summary>The region of the incident (<see cref="Incident.RegionCode"/>).</summary>
    Incident = 1,

    /// <summary>The region of the contest (<see cref="Laporan.ContestId"/>), when the incident names no usable region.</summary>
    Contest = 2,

    /// <summary>Neither: the fallback zone of the options (WIB by default).</summary>
    Fallback = 3,
}

/// <summary>The zone a report's days are counted in, and where it comes from.</summary>
/// <param name="Zone">The time zone (WIB <c>Asia/Jakarta</c> or <c>Asia/Pontianak</c>, WITA, WIT).</param>
/// <param name="Region">The region whose province decided the zone; the empty code for <see cref="CountingPlaceSource.Fallback"/>.</param>
/// <param name="Source">Where the zone comes from.</param>
public readonly record struct CountingPlace(DateTimeZone Zone, RegionCode Region, CountingPlaceSource Source)
{
    /// <summary>The zone as people write it: <c>WIB (Asia/Jakarta)</c>.</summary>
    public override string ToString() => IntakeChecks.ZoneText(Zone);
}

/// <summary>How the reporting period of a report stands (see <see cref="ReportingPeriodCheck"/>). The values are stable.</summary>
public enum ReportingPeriodStatus
{
    /// <summary>Filed before the period ended.</summary>
    InTime = 1,

    /// <summary>Filed after the period ended (daluwarsa).</summary>
    Late = 2,

    /// <summary>The date the violation became known is missing.</summary>
    NoKnownOn = 3,

    /// <summary>The filing instant is missing.</summary>
    NoFiledAt = 4,

    /// <summary>Both are missing.</summary>
    NoDates = 5,

    /// <summary>The violation is said to be known after the filing date.</summary>
    KnownAfterFiling = 6,

    /// <summary>The filing instant is later than "now" (the reference instant of the options).</summary>
    FiledAfterNow = 7,

    /// <summary>No rule is in force for the date the violation became known (e.g. before UU 8/2015).</summary>
    NotInForce = 8,

    /// <summary>A working-day count needs a year the calendar does not cover.</summary>
    NotCovered = 9,
}

/// <summary>The reporting period of a report: the deadline computed from <see cref="Laporan.KnownOn"/>, and how the filing stands against it.</summary>
public sealed class ReportingPeriodCheck
{
    private readonly DeadlineRuleNotInForceException? _notInForce;
    private readonly DateOutsideCoverageException? _notCovered;

    internal ReportingPeriodCheck(ReportingPeriodStatus status, Deadline? deadline, CountingPlace place, DeadlineRule rule,
        DeadlineRuleNotInForceException? notInForce = null, DateOutsideCoverageException? notCovered = null)
    {
        Status = status;
        Deadline = deadline;
        Place = place;
        Rule = rule;
        _notInForce = notInForce;
        _notCovered = notCovered;
    }

    /// <summary>How the filing stands.</summary>
    public ReportingPeriodStatus Status { get; }

    /// <summary>Whether the report was filed in time.</summary>
    public bool IsInTime => Status == ReportingPeriodStatus.InTime;

    /// <summary>The deadline, when it could be computed (always for <see cref="ReportingPeriodStatus.InTime"/> and <see cref="ReportingPeriodStatus.Late"/>).</summary>
    public Deadline? Deadline { get; }

    /// <summary>Where the days were counted.</summary>
    public CountingPlace Place { get; }

    /// <summary>The rule applied (the regime's reporting period).</summary>
    public DeadlineRule Rule { get; }

    /// <summary>Why the deadline could not be computed (<see cref="ReportingPeriodStatus.NotInForce"/>, <see cref="ReportingPeriodStatus.NotCovered"/>), or <see langword="null"/>.</summary>
    /// <param name="language">The language.</param>
    public string? DescribeProblem(PilkadaLanguage language) => _notInForce?.GetMessage(language) ?? _notCovered?.GetMessage(language);
}
