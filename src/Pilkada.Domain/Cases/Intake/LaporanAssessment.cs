using FluentValidation.Results;
using NodaTime;
using Pilkada.Domain.Calendars;

namespace Pilkada.Domain.Cases;

/// <summary>An unmet report requirement: which, its code and rule set, the property it was checked on, and the message.</summary>
/// <param name="Requirement">The requirement.</param>
/// <param name="Code">Its stable error code, e.g. <c>Laporan.Formil.Daluwarsa</c>.</param>
/// <param name="RuleSet"><see cref="LaporanValidator.RuleSets.SyaratFormil"/> or <see cref="LaporanValidator.RuleSets.SyaratMateriil"/>.</param>
/// <param name="PropertyName">The property of <see cref="Laporan"/> the rule is attached to, e.g. <c>FiledAt</c>.</param>
/// <param name="Message">What is missing or wrong, naming the facts, in the language of the check.</param>
public sealed record UnmetRequirement(LaporanRequirement Requirement, string Code, string RuleSet, string PropertyName, string Message)
{
    /// <summary>Whether it is a syarat materiil (which the pelapor may complete within the correction period).</summary>
    public bool IsMateriil => LaporanRequirements.IsMateriil(Requirement);

    /// <summary>The provision the requirement comes from.</summary>
    public LegalReference Source => LaporanRequirements.SourceOf(Requirement);

    /// <summary>The code and the message.</summary>
    public override string ToString() => Code + ": " + Message;
}

/// <summary>Where a correction period is counted from. The values are stable.</summary>
public enum CorrectionStart
{
    /// <summary>From the filing instant (<see cref="Laporan.FiledAt"/>).</summary>
    Filing = 1,

    /// <summary>From the instant the correction was requested.</summary>
    Request = 2,
}

/// <summary>
/// Hasil kajian awal (the outcome of the initial review of a report): the unmet requirements per rule set, whether the
/// report can be registered, the reporting period, the correction deadline when syarat materiil fail, and whether an
/// in-person filing was inside Bawaslu's hours. Produced by <see cref="LaporanValidator.ValidateAll(Laporan, PilkadaLanguage?, Instant?)"/>.
/// </summary>
public sealed class LaporanAssessment
{
    internal LaporanAssessment(
        Laporan laporan,
        IReadOnlyList<string> ruleSets,
        IReadOnlyList<UnmetRequirement> unmet,
        ValidationResult result,
        PilkadaLanguage language,
        ReportingPeriodCheck reportingPeriod,
        FilingHoursResult filingHours,
        Instant? referenceInstant)
    {
        Laporan = laporan;
        RuleSets = ruleSets;
        Unmet = unmet;
        ValidationResult = result;
        Language = language;
        ReportingPeriod = reportingPeriod;
        FilingHours = filingHours;
        ReferenceInstant = referenceInstant;
    }

    /// <summary>The report that was checked.</summary>
    public Laporan Laporan { get; }

    /// <summary>The rule sets that were run (<c>SyaratFormil</c>, <c>SyaratMateriil</c> or both).</summary>
    public IReadOnlyList<string> RuleSets { get; }

    /// <summary>Every unmet requirement, formil first, in the order of the report form.</summary>
    public IReadOnlyList<UnmetRequirement> Unmet { get; }

    /// <summary>The unmet syarat formil.</summary>
    public IReadOnlyList<UnmetRequirement> UnmetFormil => [.. Unmet.Where(u => !u.IsMateriil)];

    /// <summary>The unmet syarat materiil.</summary>
    public IReadOnlyList<UnmetRequirement> UnmetMateriil => [.. Unmet.Where(u => u.IsMateriil)];

    /// <summary>Whether the syarat formil were checked.</summary>
    public bool FormilChecked => RuleSets.Contains(LaporanValidator.RuleSets.SyaratFormil);

    /// <summary>Whether the syarat materiil were checked.</summary>
    public bool MateriilChecked => RuleSets.Contains(LaporanValidator.RuleSets.SyaratMateriil);

    /// <summary>Whether the syarat formil were checked and all met.</summary>
    public bool FormilMet => FormilChecked && Unmet.All(u => u.IsMateriil);

    /// <summary>Whether the syarat materiil were checked and all met.</summary>
    public bool MateriilMet => MateriilChecked && !Unmet.Any(u => u.IsMateriil);

    /// <summary>
    /// Whether the report can be registered (written into the buku registrasi and given a nomor laporan): both rule sets
    /// were checked and every requirement is met.
    /// </summary>
    public bool CanBeRegistered => FormilMet && MateriilMet;

    /// <summary>The FluentValidation result behind <see cref="Unmet"/>.</summary>
    public ValidationResult ValidationResult { get; }

    /// <summary>The language of the messages.</summary>
    public PilkadaLanguage Language { get; }

    /// <summary>The reporting period: the deadline from <see cref="Laporan.KnownOn"/> and how the filing stands against it, with the zone the days were counted in.</summary>
    public ReportingPeriodCheck ReportingPeriod { get; }

    /// <summary>Whether an in-person filing was inside Bawaslu's hours (online filing is not bound by them).</summary>
    public FilingHoursResult FilingHours { get; }

    /// <summary>"Now" for the check (from the options), if one was given.</summary>
    public Instant? ReferenceInstant { get; }

    /// <summary>
    /// The correction deadline (perbaikan, 2×24 jam by default) when syarat materiil are unmet and a start is known;
    /// otherwise <see langword="null"/> (see <see cref="DescribeCorrection"/> for why).
    /// </summary>
    public Deadline? CorrectionDeadline { get; internal init; }

    /// <summary>Where <see cref="CorrectionDeadline"/> is counted from.</summary>
    public CorrectionStart? CorrectionCountedFrom { get; internal init; }

    /// <summary>The instant the correction period ends (exclusive), or <see langword="null"/>.</summary>
    public Instant? CorrectionDue => CorrectionDeadline?.End;

    /// <summary>The end of the correction period as a local date and time in the region (e.g. <c>2024-11-04T09:00</c> WIB), or <see langword="null"/>.</summary>
    public LocalDateTime? CorrectionDueLocal => CorrectionDeadline?.EndLocal.LocalDateTime;

    /// <summary>Whether the correction period is over at <see cref="ReferenceInstant"/>; <see langword="null"/> without a deadline or a reference instant.</summary>
    public bool? IsCorrectionOverdue => CorrectionDeadline is { } deadline && ReferenceInstant is { } now ? deadline.IsOverdueAt(now) : null;

    internal DeadlineRuleNotInForceException? CorrectionNotInForce { get; init; }

    internal DateOutsideCoverageException? CorrectionNotCovered { get; init; }

    /// <summary>The outcome in one sentence, in the language of the check.</summary>
    public string Summary
    {
        get
        {
            if (CanBeRegistered)
            {
                return PilkadaMessages.Format("Laporan.Assessment.Registrable", Language);
            }

            var count = new MessageArgument("count", Unmet.Count);
            return FormilChecked && MateriilChecked
                ? PilkadaMessages.Format("Laporan.Assessment.NotRegistrable", Language, count)
                : PilkadaMessages.Format("Laporan.Assessment.Partial", Language, count, new MessageArgument("ruleSets", string.Join(", ", RuleSets)));
        }
    }

    /// <summary>
    /// The correction deadline in words, or why there is none; <see langword="null"/> when no syarat materiil is unmet.
    /// </summary>
    /// <param name="language">The language.</param>
    public string? DescribeCorrection(PilkadaLanguage language)
    {
        if (CorrectionDeadline is { } deadline)
        {
            return PilkadaMessages.Format("Laporan.Correction", language,
                new MessageArgument("period", PeriodText(deadline.Rule.Period, language)),
                new MessageArgument("from", PilkadaMessages.GetTemplate(CorrectionCountedFrom == CorrectionStart.Request ? "Laporan.Correction.FromRequest" : "Laporan.Correction.FromFiling", language)),
                new MessageArgument("start", deadline.StartLocal),
                new MessageArgument("due", deadline.EndLocal),
                new MessageArgument("source", deadline.Rule.Source.ToString()));
        }

        if (!Unmet.Any(u => u.IsMateriil))
        {
            return null;
        }

        var reason = CorrectionNotInForce?.GetMessage(language) ?? CorrectionNotCovered?.GetMessage(language);
        return reason is not null
            ? PilkadaMessages.Format("Laporan.Correction.NotInForce", language, new MessageArgument("reason", reason))
            : PilkadaMessages.Format("Laporan.Correction.NoStart", language);
    }

    /// <summary>A period as the practice writes it: <c>2 x 24 jam</c> for 48 hours, otherwise the period's own text.</summary>
    internal static string PeriodText(DeadlinePeriod period, PilkadaLanguage language) =>
        period.Unit == DeadlineUnit.Hours && period.Count % 24 == 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{period.Count / 24} x 24 {(language == PilkadaLanguage.Indonesian ? "jam" : "hours")}")
            : period.ToString(language == PilkadaLanguage.Indonesian ? "G" : "E", null);

    /// <summary>The summary and every unmet requirement, one per line.</summary>
    public override string ToString() =>
        string.Join(Environment.NewLine, Unmet.Select(u => u.ToString()).Prepend(Summary));
}
