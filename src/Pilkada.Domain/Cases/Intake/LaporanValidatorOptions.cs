using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Cases;

/// <summary>
/// Options of a <see cref="LaporanValidator"/>: the legal regime, "now", the catalogues, the calendars and conventions, and
/// the library's assumptions where the law is silent. The language of the messages is chosen per call
/// (<see cref="Validation.PilkadaValidation"/>); <see cref="Language"/> is only the validator's default when a call
/// chooses none.
/// </summary>
public sealed record LaporanValidatorOptions
{
    /// <summary>The defaults: Pilkada, the embedded catalogues and calendars, no reference instant.</summary>
    public static LaporanValidatorOptions Default { get; } = new();

    /// <summary>The zone used when a report names neither a region nor a contest: <c>Asia/Jakarta</c> (WIB).</summary>
    public static DateTimeZone DefaultFallbackZone { get; } = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

    /// <summary>
    /// The law that sets the reporting period. Default <see cref="LegalRegimeKind.Pilkada"/>: a report within <b>7 hari
    /// kalender</b> of the violation becoming known (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4); <see cref="PilkadaDeadlines.Report"/>).
    /// <see cref="LegalRegimeKind.Pemilu"/>: within <b>7 hari kerja</b> (UU 7/2017 Pasal 454 ayat (6); <see cref="PemiluDeadlines.Report"/>).
    /// The same kind chooses a case's <see cref="LegalRegime"/>.
    /// </summary>
    public LegalRegimeKind Regime { get; init; } = LegalRegimeKind.Pilkada;

    /// <summary>
    /// A reporting-period rule that replaces the regime's own (e.g. a future amendment); <see langword="null"/> for
    /// <see cref="PilkadaDeadlines.Report"/> or <see cref="PemiluDeadlines.Report"/> by <see cref="Regime"/>.
    /// </summary>
    public DeadlineRule? ReportDeadline { get; init; }

    /// <summary>
    /// The moment of the check ("now"). With it, a report cannot have been filed later than now, and the assessment says
    /// whether the correction period is over. Wins over <see cref="Clock"/>.
    /// </summary>
    public Instant? ReferenceInstant { get; init; }

    /// <summary>A clock giving "now", read at each validation; used when <see cref="ReferenceInstant"/> is not set.</summary>
    public IClock? Clock { get; init; }

    /// <summary>
    /// The language of the messages when the call does not choose one (with <c>Validate(x, PilkadaLanguage…)</c>, the
    /// <c>language</c> argument of <see cref="LaporanValidator.ValidateAll"/>, or <c>context.SetLanguage(…)</c>);
    /// <see langword="null"/> (the default) for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>, read at each call.
    /// </summary>
    public PilkadaLanguage? Language { get; init; }

    /// <summary>The region catalogue; <see langword="null"/> for <see cref="RegionCatalog.Default"/>.</summary>
    public RegionCatalog? Regions { get; init; }

    /// <summary>The election catalogue; <see langword="null"/> for <see cref="ElectionCatalog.Default"/>.</summary>
    public ElectionCatalog? Elections { get; init; }

    /// <summary>The working-day calendar (for working-day periods); <see langword="null"/> for <see cref="WorkingDayCalendar.Default"/>.</summary>
    public WorkingDayCalendar? WorkingDays { get; init; }

    /// <summary>Day 1 and extension conventions; <see langword="null"/> for <see cref="DeadlineOptions.Default"/> (day 1 is the day after <see cref="Laporan.KnownOn"/>).</summary>
    public DeadlineOptions? Deadlines { get; init; }

    /// <summary>
    /// The period within which a pelapor completes missing syarat materiil. Default <see cref="LaporanDeadlines.Correction"/>
    /// (2×24 jam, practice under Perbawaslu 9/2024; the exact text was not read).
    /// </summary>
    public DeadlineRule CorrectionRule { get; init; } = LaporanDeadlines.Correction;

    /// <summary>
    /// The office hours for in-person filing. <see langword="null"/>: the schedule of the report's election (its
    /// contest's, or Pilkada 2024 for a Pilkada report without a contest), with masa tenang, voting and rekapitulasi as
    /// service periods (<see cref="ElectionSchedule.OfficeHours"/>). For a Pemilu report without this option the library
    /// has no hours (Perbawaslu 9/2024 governs the Pilkada) and the filing-hours answer is not determined.
    /// </summary>
    public OfficeHoursCalendar? OfficeHours { get; init; }

    /// <summary>The zone days are counted in when the report names neither a region nor a contest; <see langword="null"/> for <see cref="DefaultFallbackZone"/>.</summary>
    public DateTimeZone? FallbackZone { get; init; }

    /// <summary>
    /// The fewest words an uraian kejadian must have (default 5). The law asks for an "uraian kejadian" without a
    /// length: the minimum is the library's assumption that a few words cannot say who did what, when and where.
    /// </summary>
    public int MinimumDescriptionWords { get; init; } = 5;

    /// <summary>The fewest letters or digits an uraian kejadian must have (default 20; an assumption, see <see cref="MinimumDescriptionWords"/>).</summary>
    public int MinimumDescriptionLetters { get; init; } = 20;

    /// <summary>The reporting-period rule in force for <see cref="Regime"/> (or <see cref="ReportDeadline"/>).</summary>
    public DeadlineRule ReportRule => ReportDeadline ?? (Regime == LegalRegimeKind.Pemilu ? PemiluDeadlines.Report : PilkadaDeadlines.Report);

    internal Instant? Now() => ReferenceInstant ?? Clock?.GetCurrentInstant();

    internal RegionCatalog RegionCatalog => Regions ?? RegionCatalog.Default;

    internal ElectionCatalog ElectionCatalog => Elections ?? ElectionCatalog.Default;

    internal DateTimeZone Fallback => FallbackZone ?? DefaultFallbackZone;

    /// <summary>Why the options cannot be used, or <see langword="null"/> when they can.</summary>
    internal string? Problem() =>
        Regime is not (LegalRegimeKind.Pilkada or LegalRegimeKind.Pemilu) ? $"Regime {(int)Regime} is not a reporting regime; use LegalRegimeKind.Pilkada or LegalRegimeKind.Pemilu."
        : MinimumDescriptionWords < 0 || MinimumDescriptionLetters < 0 ? "The minimum description length cannot be negative."
        : CorrectionRule is null ? "CorrectionRule is null; leave it out for LaporanDeadlines.Correction."
        : Language is { } language && language is not (PilkadaLanguage.English or PilkadaLanguage.Indonesian) ? $"Language {(int)language} is not a PilkadaLanguage."
        : null;
}

/// <summary>The deadlines of report intake that are not in the statute: the period to complete a report.</summary>
public static class LaporanDeadlines
{
    /// <summary>
    /// Perbaikan laporan: a pelapor whose report lacks syarat materiil completes it within <b>2 hari (2×24 jam)</b>,
    /// counted from the filing or from when the correction is requested; otherwise the report is not registered.
    /// </summary>
    /// <remarks>
    /// Practice under Perbawaslu 9/2024 reported by Bawaslu offices in 2024 (Panwaslu Pujud on gopesisir.com; Bawaslu
    /// Magetan on jatimnesia.com): "2 hari (2×24 jam)". The regulation's exact wording and article were not read (❓), so
    /// the rule is marked <see cref="SourceConfidence.Uncertain"/> and can be replaced through
    /// <see cref="LaporanValidatorOptions.CorrectionRule"/>. It applies from 30 September 2024, when Perbawaslu 9/2024 was
    /// set; the period before that is not encoded.
    /// </remarks>
    public static DeadlineRule Correction { get; } = new DeadlineRule(
        "pilkada.report-correction",
        DeadlinePeriod.Hours(48),
        "Perbaikan laporan (melengkapi syarat materiil)",
        "Completing a report's material requirements",
        new LegalReference("Perbawaslu 9/2024", null, "practice: \"2 hari (2x24 jam)\" (Bawaslu Magetan, Panwaslu Pujud, 2024); exact text not read"))
    {
        CountedFrom = "sejak laporan disampaikan atau sejak perbaikan diminta",
        Confidence = SourceConfidence.Uncertain,
        ValidFrom = new LocalDate(2024, 9, 30),
    };
}
