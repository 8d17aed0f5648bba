using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.DependencyInjection;

/// <summary>
/// What <c>services.AddPilkadaDomain(o =&gt; …)</c> registers: the language of the validators' messages, "now", the legal
/// regime and its open choices, the validators' strictness, and catalogues that replace the embedded ones. Every
/// property has a default, so <c>services.AddPilkadaDomain()</c> alone gives the embedded data, the Pilkada regime, the
/// system clock and messages in the current UI culture's language.
/// </summary>
/// <remarks>
/// The options are read when a service is first resolved; each service is a singleton built from them (and from the
/// other registered services: a <see cref="RegionCatalog"/> or <see cref="IClock"/> you register yourself is the one the
/// validators use). Nothing is stored statically.
/// </remarks>
public sealed class PilkadaDomainOptions
{
    /// <summary>
    /// The language of the validators' messages when a call chooses none; <see langword="null"/> (the default) for
    /// <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>, read at each call (so a web request's culture is honoured).
    /// </summary>
    public PilkadaLanguage? Language { get; set; }

    /// <summary>
    /// The clock that gives "now" (report intake, deadlines); <see langword="null"/> for NodaTime's
    /// <see cref="SystemClock.Instance"/>. An <see cref="IClock"/> registered in the container before or after
    /// <c>AddPilkadaDomain</c> wins over both.
    /// </summary>
    public IClock? Clock { get; set; }

    /// <summary>
    /// The law reports are checked under: <see cref="LegalRegimeKind.Pilkada"/> (default; 7 hari kalender, UU 1/2015 jo.
    /// UU 8/2015 Pasal 134 ayat (4)) or <see cref="LegalRegimeKind.Pemilu"/> (7 hari kerja, UU 7/2017 Pasal 454 ayat (6)).
    /// It is also the kind <see cref="ILegalRegimeProvider.For(LocalDate)"/> gives.
    /// </summary>
    public LegalRegimeKind Regime { get; set; } = LegalRegimeKind.Pilkada;

    /// <summary>
    /// What the law leaves open for cases: the Pejabat Pembina Kepegawaian's follow-up period (no default: no primary text
    /// sets one), the correction period and the day-count conventions (<see cref="LegalRegimeOptions"/>). The regimes of
    /// <see cref="ILegalRegimeProvider"/> carry them; the correction period and conventions given here also apply to the
    /// report validator.
    /// </summary>
    public LegalRegimeOptions RegimeOptions { get; set; } = LegalRegimeOptions.None;

    /// <summary>
    /// The strictness of the report and finding validators: minimum description length, a replacement reporting-period
    /// rule, office hours, a fixed reference instant, the fallback zone (<see cref="LaporanValidatorOptions"/>). Its
    /// <see cref="LaporanValidatorOptions.Regime"/>, <see cref="LaporanValidatorOptions.Clock"/>,
    /// <see cref="LaporanValidatorOptions.Language"/> and catalogues are replaced by the ones of these options and the
    /// container.
    /// </summary>
    public LaporanValidatorOptions Validation { get; set; } = LaporanValidatorOptions.Default;

    /// <summary>A region catalogue to use instead of <see cref="RegionCatalog.Default"/>.</summary>
    public RegionCatalog? Regions { get; set; }

    /// <summary>An election catalogue to use instead of <see cref="ElectionCatalog.Default"/>.</summary>
    public ElectionCatalog? Elections { get; set; }

    /// <summary>A table of non-working days (hari libur) to use instead of <see cref="NonWorkingDayTable.Default"/>, e.g. one extended with a new Keppres.</summary>
    public NonWorkingDayTable? NonWorkingDays { get; set; }

    /// <summary>Working-day conventions (cuti bersama, regional holidays); <see langword="null"/> for <see cref="WorkingDayOptions.Default"/>.</summary>
    public WorkingDayOptions? WorkingDays { get; set; }

    /// <summary>An institution directory to use instead of the default one over the registered <see cref="RegionCatalog"/>.</summary>
    public InstitutionDirectory? Institutions { get; set; }

    /// <summary>An offence catalogue to use instead of <see cref="OffenceCatalog.Default"/>.</summary>
    public OffenceCatalog? Offences { get; set; }

    /// <summary>Why the options cannot be used, or <see langword="null"/> when they can.</summary>
    internal string? Problem() =>
        Regime is not (LegalRegimeKind.Pilkada or LegalRegimeKind.Pemilu)
            ? $"{nameof(Regime)}: {(int)Regime} is not a reporting regime; use LegalRegimeKind.Pilkada or LegalRegimeKind.Pemilu."
        : Language is { } language && language is not (PilkadaLanguage.English or PilkadaLanguage.Indonesian)
            ? $"{nameof(Language)}: {(int)language} is not a PilkadaLanguage."
        : RegimeOptions is null ? $"{nameof(RegimeOptions)} is null; leave it out for LegalRegimeOptions.None."
        : Validation is null ? $"{nameof(Validation)} is null; leave it out for LaporanValidatorOptions.Default."
        : null;
}
