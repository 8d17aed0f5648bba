using System.Collections.Concurrent;
using FluentValidation;
using FluentValidation.Internal;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Validation;

namespace Pilkada.Domain.Cases;

/// <summary>
/// Kajian awal laporan (the initial review of a report): checks the syarat formil and syarat materiil of a
/// <see cref="Laporan"/> (Perbawaslu 8/2020 as amended by Perbawaslu 9/2024; UU 1/2015 Pasal 134 ayat (2)–(4) as amended
/// by UU 8/2015), one FluentValidation rule per requirement, each with its own stable error code
/// (<see cref="LaporanRequirements"/>) and a message in Bahasa Indonesia or English that names the facts.
/// </summary>
/// <remarks>
/// <para>
/// The rules sit in two rule sets, <see cref="RuleSets.SyaratFormil"/> and <see cref="RuleSets.SyaratMateriil"/>, and
/// both also in FluentValidation's <c>default</c> rule set, so <c>validator.Validate(laporan)</c> runs both; run one
/// with <c>validator.Validate(laporan, o =&gt; o.IncludeRuleSets(LaporanValidator.RuleSets.SyaratFormil))</c>. The
/// language comes from <see cref="PilkadaValidation"/> (<c>validator.Validate(laporan, PilkadaLanguage.Indonesian)</c>).
/// </para>
/// <para>
/// <see cref="ValidateAll(Laporan, PilkadaLanguage?, Instant?)"/>, <see cref="ValidateFormil"/> and
/// <see cref="ValidateMateriil"/> return a <see cref="LaporanAssessment"/>: the unmet requirements, whether the report
/// can be registered, the reporting period, the correction deadline and the filing-hours answer.
/// </para>
/// <para>A validator is immutable and thread-safe; build it once and reuse it.</para>
/// </remarks>
public sealed class LaporanValidator : AbstractValidator<Laporan>
{
    private readonly ConcurrentDictionary<ElectionId, FilingHours> _hoursByElection = new();

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The regime, "now", catalogues and conventions; <see langword="null"/> for <see cref="LaporanValidatorOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The options are inconsistent (an undefined regime, a negative minimum, no correction rule).</exception>
    public LaporanValidator(LaporanValidatorOptions? options = null)
    {
        Options = options ?? LaporanValidatorOptions.Default;
        if (Options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        RuleSet(RuleSets.SyaratFormil + "," + RuleSets.Default, () =>
        {
            RuleFor(l => l.Pelapor).SetValidator(new PelaporIdentityValidator(Options));
            RuleFor(l => l.Pelapor).SetValidator(new PelaporStandingValidator());
            RuleFor(l => l.Terlapor).SetValidator(new TerlaporIdentityValidator());
            RuleFor(l => l.FiledAt).SetValidator(new DaluwarsaValidator(Options));
            RuleFor(l => l.SignatureMatchesIdentity).SetValidator(new SignatureValidator());
            RuleFor(l => l.ContestId).SetValidator(new ContestValidator(Options));
        });
        RuleSet(RuleSets.SyaratMateriil + "," + RuleSets.Default, () =>
        {
            RuleFor(l => l.Incident).SetValidator(new IncidentValidator(Options));
            RuleFor(l => l.Description).SetValidator(new DescriptionValidator(Options));
            RuleFor(l => l.Evidence).SetValidator(new EvidenceValidator());
        });
    }

    /// <summary>The names of the validator's rule sets.</summary>
    public static class RuleSets
    {
        /// <summary>Syarat formil: identitas pelapor, status pelapor, identitas terlapor, daluwarsa, tanda tangan (and the contest, when given).</summary>
        public const string SyaratFormil = "SyaratFormil";

        /// <summary>Syarat materiil: waktu dan tempat kejadian, uraian kejadian, bukti.</summary>
        public const string SyaratMateriil = "SyaratMateriil";

        /// <summary>FluentValidation's default rule set, which holds every rule of this validator as well.</summary>
        public const string Default = "default";
    }

    /// <summary>The options.</summary>
    public LaporanValidatorOptions Options { get; }

    /// <summary>Applies <see cref="LaporanValidatorOptions.Language"/> when the call chose no language.</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result so far.</param>
    protected override bool PreValidate(ValidationContext<Laporan> context, FluentValidation.Results.ValidationResult result)
    {
        PilkadaValidation.SetDefaultLanguage(context, Options.Language);
        return true;
    }

    /// <summary>Checks the syarat formil and syarat materiil.</summary>
    /// <param name="laporan">The report.</param>
    /// <param name="language">The language of the messages; <see langword="null"/> for the current UI culture's.</param>
    /// <param name="correctionRequestedAt">When the correction was requested, if it was; otherwise the correction period runs from the filing.</param>
    public LaporanAssessment ValidateAll(Laporan laporan, PilkadaLanguage? language = null, Instant? correctionRequestedAt = null) =>
        Assess(laporan, [RuleSets.SyaratFormil, RuleSets.SyaratMateriil], language, correctionRequestedAt);

    /// <summary>Checks the syarat formil only.</summary>
    /// <param name="laporan">The report.</param>
    /// <param name="language">The language of the messages; <see langword="null"/> for the current UI culture's.</param>
    public LaporanAssessment ValidateFormil(Laporan laporan, PilkadaLanguage? language = null) =>
        Assess(laporan, [RuleSets.SyaratFormil], language, null);

    /// <summary>Checks the syarat materiil only.</summary>
    /// <param name="laporan">The report.</param>
    /// <param name="language">The language of the messages; <see langword="null"/> for the current UI culture's.</param>
    /// <param name="correctionRequestedAt">When the correction was requested, if it was.</param>
    public LaporanAssessment ValidateMateriil(Laporan laporan, PilkadaLanguage? language = null, Instant? correctionRequestedAt = null) =>
        Assess(laporan, [RuleSets.SyaratMateriil], language, correctionRequestedAt);

    /// <summary>The reporting period of a report: the deadline from <see cref="Laporan.KnownOn"/> in the region's local time, and how the filing stands.</summary>
    /// <param name="laporan">The report.</param>
    public ReportingPeriodCheck CheckReportingPeriod(Laporan laporan)
    {
        ArgumentNullException.ThrowIfNull(laporan);
        return IntakeChecks.CheckPeriod(laporan, Options, Options.Now()).ToCheck();
    }

    /// <summary>
    /// Whether the report's filing was inside Bawaslu's hours, in the local time of the incident's region (or the
    /// contest's), with the office hours of the options or of the report's election.
    /// </summary>
    /// <param name="laporan">The report.</param>
    public FilingHoursResult CheckFilingHours(Laporan laporan)
    {
        ArgumentNullException.ThrowIfNull(laporan);
        return FilingHours.CheckReport(laporan, IntakeChecks.PlaceOf(laporan, Options).Zone, HoursFor(laporan), Options.Regime);
    }

    private LaporanAssessment Assess(Laporan laporan, string[] ruleSets, PilkadaLanguage? language, Instant? correctionRequestedAt)
    {
        ArgumentNullException.ThrowIfNull(laporan);
        var context = new ValidationContext<Laporan>(laporan, new PropertyChain(), new RulesetValidatorSelector(ruleSets));
        if (language is { } chosen)
        {
            context.SetLanguage(chosen);
        }

        var result = Validate(context);
        var unmet = new List<UnmetRequirement>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            if (LaporanRequirements.FromCode(failure.ErrorCode) is { } requirement)
            {
                unmet.Add(new UnmetRequirement(requirement, failure.ErrorCode, LaporanRequirements.RuleSetOf(requirement), failure.PropertyName, failure.ErrorMessage));
            }
        }

        unmet.Sort((a, b) => Order(a.Requirement).CompareTo(Order(b.Requirement)));
        var now = Options.Now();
        var period = IntakeChecks.CheckPeriod(laporan, Options, now).ToCheck();
        var filingHours = FilingHours.CheckReport(laporan, period.Place.Zone, HoursFor(laporan), Options.Regime);
        var chosenLanguage = language ?? PilkadaValidation.LanguageOf(context);
        Deadline? correction = null;
        DeadlineRuleNotInForceException? notInForce = null;
        DateOutsideCoverageException? notCovered = null;
        var start = correctionRequestedAt ?? laporan.FiledAt;
        if (unmet.Exists(u => u.IsMateriil) && start is { } from)
        {
            try
            {
                correction = Options.CorrectionRule.Apply(from, period.Place.Zone, Options.WorkingDays, Options.Deadlines);
            }
            catch (DeadlineRuleNotInForceException ex)
            {
                notInForce = ex;
            }
            catch (DateOutsideCoverageException ex)
            {
                notCovered = ex;
            }
        }

        return new LaporanAssessment(laporan, ruleSets, unmet, result, chosenLanguage, period, filingHours, now)
        {
            CorrectionDeadline = correction,
            CorrectionCountedFrom = correction is null ? null : correctionRequestedAt is null ? CorrectionStart.Filing : CorrectionStart.Request,
            CorrectionNotInForce = notInForce,
            CorrectionNotCovered = notCovered,
        };
    }

    private static int Order(LaporanRequirement requirement)
    {
        var all = LaporanRequirements.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i] == requirement)
            {
                return i;
            }
        }

        return all.Count;
    }

    /// <summary>The office hours for in-person filing: the options', else the contest's election's, else Pilkada 2024 for a Pilkada report.</summary>
    private FilingHours? HoursFor(Laporan laporan)
    {
        if (Options.OfficeHours is { } hours)
        {
            return new FilingHours(hours);
        }

        if (laporan.ContestId is { } text && ContestId.TryParse(text, out var contest) && Options.ElectionCatalog.Find(contest.Election) is { } election)
        {
            return _hoursByElection.GetOrAdd(election.Id, _ => FilingHours.For(election, Options.WorkingDays));
        }

        if (Options.Regime != LegalRegimeKind.Pilkada)
        {
            return null;
        }

        var pilkada = Options.ElectionCatalog.Find(ElectionCatalog.Pilkada2024Id);
        return pilkada is null ? null : _hoursByElection.GetOrAdd(pilkada.Id, _ => FilingHours.For(pilkada, Options.WorkingDays));
    }
}
