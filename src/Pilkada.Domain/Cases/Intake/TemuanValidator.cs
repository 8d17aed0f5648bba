using FluentValidation;
using NodaTime;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Validation;

namespace Pilkada.Domain.Cases;

/// <summary>The error codes of the checks on a <see cref="Temuan"/> (also their message keys).</summary>
public static class TemuanRequirements
{
    /// <summary>The supervising body that found it is given and is a pengawas Pemilihan (Bawaslu down to the Pengawas TPS).</summary>
    public const string Pengawas = "Temuan.Pengawas";

    /// <summary>The officer who found it is named.</summary>
    public const string Petugas = "Temuan.Petugas";

    /// <summary>The date it was found is given, and not after it was recorded.</summary>
    public const string TanggalDitemukan = "Temuan.TanggalDitemukan";

    /// <summary>Waktu dan tempat kejadian: date (not after it was found), a region code that exists, the place in words.</summary>
    public const string WaktuTempat = "Temuan.WaktuTempat";

    /// <summary>Uraian kejadian of substance.</summary>
    public const string Uraian = "Temuan.Uraian";

    /// <summary>At least one item of evidence, each with kind and description; a content hash of 64 hex characters.</summary>
    public const string Bukti = "Temuan.Bukti";

    /// <summary>The contest, when given, exists in the election catalogue.</summary>
    public const string Pemilihan = "Temuan.Pemilihan";

    /// <summary>Every code, in the order of the checks.</summary>
    public static IReadOnlyList<string> All { get; } = [Pengawas, Petugas, TanggalDitemukan, WaktuTempat, Uraian, Bukti, Pemilihan];
}

/// <summary>
/// Checks a <see cref="Temuan"/> (a finding of a supervising body, UU 1/2015 Pasal 134 ayat (1) as amended by UU 8/2015):
/// the supervising body, the officer, the date it was found, the time and place of the incident, the description and
/// the evidence, each with its own error code (<see cref="TemuanRequirements"/>). A finding has no pelapor, so the
/// syarat formil of a report do not apply; no deadline for setting a finding in the Pilkada was found (LEGAL-VERIFICATION
/// §9), so none is checked. The minimum description length and the catalogues come from
/// <see cref="LaporanValidatorOptions"/>.
/// </summary>
public sealed class TemuanValidator : AbstractValidator<Temuan>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="options">Catalogues and minimum description length; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    public TemuanValidator(LaporanValidatorOptions? options = null)
    {
        Options = options ?? LaporanValidatorOptions.Default;
        if (Options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        RuleFor(t => t.FoundBy).SetValidator(new SupervisorValidator());
        RuleFor(t => t.Officer).SetValidator(new OfficerValidator());
        RuleFor(t => t.FoundOn).SetValidator(new FoundOnValidator(Options));
        RuleFor(t => t.Incident).SetValidator(new TemuanIncidentValidator(Options));
        RuleFor(t => t.Description).SetValidator(new TemuanDescriptionValidator(Options));
        RuleFor(t => t.Evidence).SetValidator(new TemuanEvidenceValidator());
        RuleFor(t => t.ContestId).SetValidator(new TemuanContestValidator(Options));
    }

    /// <summary>The options.</summary>
    public LaporanValidatorOptions Options { get; }

    /// <summary>Applies <see cref="LaporanValidatorOptions.Language"/> when the call chose no language.</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result so far.</param>
    protected override bool PreValidate(ValidationContext<Temuan> context, FluentValidation.Results.ValidationResult result)
    {
        PilkadaValidation.SetDefaultLanguage(context, Options.Language);
        return true;
    }

    /// <summary>The supervising bodies that find violations: Bawaslu down to the Pengawas TPS (and Panwas Kabupaten/Kota before 2020).</summary>
    /// <param name="kind">The kind of body.</param>
    public static bool IsSupervisingBody(InstitutionKind kind) => kind is InstitutionKind.BawasluRI or InstitutionKind.BawasluProvinsi
        or InstitutionKind.BawasluKabupatenKota or InstitutionKind.PanwasKabupatenKota or InstitutionKind.PanwasluKecamatan
        or InstitutionKind.PanwasluKelurahanDesa or InstitutionKind.PengawasTps;

    /// <summary>The zone a finding's dates are read in: the incident's region, else the contest's, else the fallback.</summary>
    internal static DateTimeZone ZoneOf(Temuan temuan, LaporanValidatorOptions options) =>
        IntakeChecks.PlaceOf(temuan.Incident, temuan.ContestId, options.Fallback).Zone;

    private abstract class TemuanRule<TProperty>(string code) : PilkadaPropertyValidator<Temuan, TProperty>
    {
        public override string Name => code;

        protected bool FailWith(ValidationContext<Temuan> context, ref Problems problems, string placeholder) =>
            Fail(context, code, new MessageArgument(placeholder, problems.Joined));
    }

    private sealed class SupervisorValidator() : TemuanRule<Institution?>(TemuanRequirements.Pengawas)
    {
        public override bool IsValid(ValidationContext<Temuan> context, Institution? body)
        {
            var problems = new Problems(context);
            if (body is null)
            {
                problems.Add(TemuanRequirements.Pengawas + ".Missing");
            }
            else if (!IsSupervisingBody(body.Kind))
            {
                problems.Add(TemuanRequirements.Pengawas + ".NotSupervisor", new MessageArgument("body", body.ToString()));
            }

            return !problems.Any || FailWith(context, ref problems, "problem");
        }
    }

    private sealed class OfficerValidator() : TemuanRule<string?>(TemuanRequirements.Petugas)
    {
        public override bool IsValid(ValidationContext<Temuan> context, string? officer) =>
            !IntakeChecks.IsBlank(officer) || Fail(context, TemuanRequirements.Petugas);
    }

    private sealed class FoundOnValidator(LaporanValidatorOptions options) : TemuanRule<LocalDate?>(TemuanRequirements.TanggalDitemukan)
    {
        public override bool IsValid(ValidationContext<Temuan> context, LocalDate? foundOn)
        {
            var problems = new Problems(context);
            var temuan = context.InstanceToValidate;
            if (foundOn is not { } date)
            {
                problems.Add(TemuanRequirements.TanggalDitemukan + ".Missing");
            }
            else if (temuan.RecordedAt is { } recorded && recorded.InZone(ZoneOf(temuan, options)).Date is var recordedOn && date > recordedOn)
            {
                problems.Add(TemuanRequirements.TanggalDitemukan + ".AfterRecording", new MessageArgument("foundOn", date), new MessageArgument("recordedOn", recordedOn));
            }

            return !problems.Any || FailWith(context, ref problems, "problem");
        }
    }

    private sealed class TemuanIncidentValidator(LaporanValidatorOptions options) : TemuanRule<Incident?>(TemuanRequirements.WaktuTempat)
    {
        public override bool IsValid(ValidationContext<Temuan> context, Incident? incident)
        {
            var problems = new Problems(context);
            IntakeChecks.CheckIncident(incident, context.InstanceToValidate.FoundOn, "Intake.Incident.AfterFinding", "foundOn", options.RegionCatalog, ref problems);
            return !problems.Any || FailWith(context, ref problems, "problems");
        }
    }

    private sealed class TemuanDescriptionValidator(LaporanValidatorOptions options) : TemuanRule<string?>(TemuanRequirements.Uraian)
    {
        public override bool IsValid(ValidationContext<Temuan> context, string? description)
        {
            var problems = new Problems(context);
            return IntakeChecks.CheckDescription(description, options.MinimumDescriptionWords, options.MinimumDescriptionLetters, ref problems) ||
                   FailWith(context, ref problems, "problem");
        }
    }

    private sealed class TemuanEvidenceValidator() : TemuanRule<IReadOnlyList<Evidence>?>(TemuanRequirements.Bukti)
    {
        public override bool IsValid(ValidationContext<Temuan> context, IReadOnlyList<Evidence>? evidence)
        {
            var problems = new Problems(context);
            IntakeChecks.CheckEvidence(evidence, ref problems);
            return !problems.Any || FailWith(context, ref problems, "problems");
        }
    }

    private sealed class TemuanContestValidator(LaporanValidatorOptions options) : TemuanRule<string?>(TemuanRequirements.Pemilihan)
    {
        public override bool IsValid(ValidationContext<Temuan> context, string? contestId)
        {
            var problems = new Problems(context);
            IntakeChecks.CheckContest(contestId, options.ElectionCatalog, ref problems);
            return !problems.Any || FailWith(context, ref problems, "problem");
        }
    }
}
