using FluentValidation;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.People;
using Pilkada.Domain.Validation;

namespace Pilkada.Domain.Cases;

/// <summary>
/// One report requirement as a FluentValidation property validator: <c>Name</c> is the requirement's error code (and its
/// message key). Unlike the library's reusable rules, a missing value is a failure here: the requirement is unmet.
/// </summary>
/// <typeparam name="TProperty">The property the rule hangs on (the whole report is read through the context).</typeparam>
internal abstract class LaporanRequirementValidator<TProperty>(string code) : PilkadaPropertyValidator<Laporan, TProperty>
{
    public override string Name => code;

    /// <summary>Fails with the requirement's message built around the problems found.</summary>
    protected bool FailWith(ValidationContext<Laporan> context, ref Problems problems, string placeholder = "problems") =>
        Fail(context, code, new MessageArgument(placeholder, problems.Joined));

    /// <summary>The local filing date in the report's counting zone, when the report has a filing instant.</summary>
    protected static LocalDate? FiledOn(Laporan laporan, LaporanValidatorOptions options) =>
        laporan.FiledAt is { } filed ? filed.InZone(IntakeChecks.PlaceOf(laporan, options).Zone).Date : null;
}

/// <summary>Identitas pelapor: name, a valid NIK (masked in messages), address; a kuasa needs a name and the date of the surat kuasa khusus.</summary>
internal sealed class PelaporIdentityValidator(LaporanValidatorOptions options) : LaporanRequirementValidator<Pelapor?>(LaporanRequirements.IdentitasPelapor)
{
    private const string Prefix = "Laporan.Formil.IdentitasPelapor.";

    public override bool IsValid(ValidationContext<Laporan> context, Pelapor? pelapor)
    {
        var problems = new Problems(context);
        if (pelapor is null)
        {
            problems.Add(Prefix + "NoPelapor");
            return FailWith(context, ref problems);
        }

        if (IntakeChecks.IsBlank(pelapor.Name))
        {
            problems.Add(Prefix + "NoName");
        }

        if (IntakeChecks.IsBlank(pelapor.Nik))
        {
            problems.Add(Prefix + "NoNik");
        }
        else
        {
            CheckNik(pelapor.Nik, Prefix + "InvalidNik", ref problems);
        }

        if (IntakeChecks.IsBlank(pelapor.Address))
        {
            problems.Add(Prefix + "NoAddress");
        }

        if (pelapor.Kuasa is { } kuasa)
        {
            if (IntakeChecks.IsBlank(kuasa.Name))
            {
                problems.Add(Prefix + "KuasaNoName");
            }

            if (!IntakeChecks.IsBlank(kuasa.Nik))
            {
                CheckNik(kuasa.Nik, Prefix + "KuasaInvalidNik", ref problems);
            }

            if (kuasa.PowerOfAttorneyDate is not { } date)
            {
                problems.Add(Prefix + "KuasaNoDate");
            }
            else if (FiledOn(context.InstanceToValidate, options) is { } filedOn && date > filedOn)
            {
                problems.Add(Prefix + "KuasaDateAfterFiling", new MessageArgument("date", date), new MessageArgument("filedOn", filedOn));
            }
        }

        return !problems.Any || FailWith(context, ref problems);
    }

    private static void CheckNik(string text, string key, ref Problems problems)
    {
        if (!Nik.TryParse(text.AsSpan(), out _, out var error))
        {
            problems.Add(key,
                new MessageArgument("value", PersonalNumberText.Mask(text.AsSpan().Trim())),
                new MessageArgument("reason", error.GetMessage(problems.Language)));
        }
    }
}

/// <summary>Status pelapor: pemilih, pemantau (with the accreditation number) or peserta Pemilihan.</summary>
internal sealed class PelaporStandingValidator() : LaporanRequirementValidator<Pelapor?>(LaporanRequirements.StatusPelapor)
{
    private const string Prefix = "Laporan.Formil.StatusPelapor.";

    public override bool IsValid(ValidationContext<Laporan> context, Pelapor? pelapor)
    {
        var problems = new Problems(context);
        if (pelapor is null)
        {
            problems.Add(Prefix + "NoPelapor");
        }
        else if (pelapor.Standing is not { } standing)
        {
            problems.Add(Prefix + "NoStanding");
        }
        else if (!Enum.IsDefined(standing))
        {
            problems.Add(Prefix + "UnknownStanding", new MessageArgument("value", (int)standing));
        }
        else if (standing == PelaporStanding.Pemantau && IntakeChecks.IsBlank(pelapor.AccreditationNumber))
        {
            problems.Add(Prefix + "NoAccreditation");
        }

        return !problems.Any || FailWith(context, ref problems, "problem");
    }
}

/// <summary>Identitas terlapor: at least one, each with name and address; a NIP, when given, must be valid (masked in messages).</summary>
internal sealed class TerlaporIdentityValidator() : LaporanRequirementValidator<IReadOnlyList<Terlapor>?>(LaporanRequirements.IdentitasTerlapor)
{
    private const string Prefix = "Laporan.Formil.IdentitasTerlapor.";

    public override bool IsValid(ValidationContext<Laporan> context, IReadOnlyList<Terlapor>? terlapor)
    {
        var problems = new Problems(context);
        if (terlapor is null || terlapor.Count == 0)
        {
            problems.Add(Prefix + "None");
            return FailWith(context, ref problems);
        }

        for (var i = 0; i < terlapor.Count; i++)
        {
            var party = terlapor[i];
            var index = new MessageArgument("index", i + 1);
            if (party is null || IntakeChecks.IsBlank(party.Name))
            {
                problems.Add(Prefix + "NoName", index);
            }

            if (party is null || IntakeChecks.IsBlank(party.Address))
            {
                problems.Add(Prefix + "NoAddress", index);
            }

            if (party is { Nip: { } nip } && !IntakeChecks.IsBlank(nip) &&
                !Nip.TryParse(nip.AsSpan(), party.IsPppk ? AsnKind.Pppk : null, out _, out var error))
            {
                problems.Add(Prefix + "InvalidNip", index,
                    new MessageArgument("value", NipFormatException.Mask(nip)),
                    new MessageArgument("reason", error.GetMessage(problems.Language)));
            }
        }

        return !problems.Any || FailWith(context, ref problems);
    }
}

/// <summary>Daluwarsa: filed within the regime's reporting period after <see cref="Laporan.KnownOn"/>, counted in the region's local time.</summary>
internal sealed class DaluwarsaValidator(LaporanValidatorOptions options) : LaporanRequirementValidator<Instant?>(LaporanRequirements.Daluwarsa)
{
    private const string Code = LaporanRequirements.Daluwarsa;

    public override bool IsValid(ValidationContext<Laporan> context, Instant? value)
    {
        var laporan = context.InstanceToValidate;
        var check = IntakeChecks.CheckPeriod(laporan, options, options.Now());
        if (check.Status == ReportingPeriodStatus.InTime)
        {
            return true;
        }

        var language = PilkadaValidation.LanguageOf(context);
        var zone = check.Place.Zone;
        var source = new MessageArgument("source", check.Rule.Source.ToString());
        return check.Status switch
        {
            ReportingPeriodStatus.NoKnownOn => Fail(context, Code + ".NoKnownOn", source),
            ReportingPeriodStatus.NoFiledAt => Fail(context, Code + ".NoFiledAt", source),
            ReportingPeriodStatus.NoDates => Fail(context, Code + ".NoDates", source),
            ReportingPeriodStatus.FiledAfterNow => Fail(context, Code + ".FiledAfterNow",
                new MessageArgument("filedAt", laporan.FiledAt!.Value.InZone(zone)),
                new MessageArgument("now", options.Now()!.Value.InZone(zone))),
            ReportingPeriodStatus.KnownAfterFiling => Fail(context, Code + ".KnownAfterFiling",
                new MessageArgument("knownOn", laporan.KnownOn),
                new MessageArgument("filedOn", laporan.FiledAt!.Value.InZone(zone).Date),
                new MessageArgument("zone", IntakeChecks.ZoneText(zone))),
            ReportingPeriodStatus.NotInForce => Fail(context, Code + ".NotInForce", new MessageArgument("reason", check.DescribeProblem(language))),
            ReportingPeriodStatus.NotCovered => Fail(context, Code + ".NotCovered", new MessageArgument("reason", check.DescribeProblem(language))),
            _ => Late(context, laporan, check, language),
        };
    }

    private static bool Late(ValidationContext<Laporan> context, Laporan laporan, PeriodEvaluation check, PilkadaLanguage language) =>
        Fail(context, Code, IntakeChecks.LateArguments(check, laporan.KnownOn!.Value, laporan.FiledAt!.Value, language));
}

/// <summary>Tanda tangan: the officer recorded that the signature matches the identity card.</summary>
internal sealed class SignatureValidator() : LaporanRequirementValidator<bool?>(LaporanRequirements.TandaTangan)
{
    public override bool IsValid(ValidationContext<Laporan> context, bool? value) => value switch
    {
        true => true,
        false => Fail(context, LaporanRequirements.TandaTangan),
        null => Fail(context, LaporanRequirements.TandaTangan + ".NotChecked"),
    };
}

/// <summary>The contest, when given, is well-formed and in the election catalogue.</summary>
internal sealed class ContestValidator(LaporanValidatorOptions options) : LaporanRequirementValidator<string?>(LaporanRequirements.Pemilihan)
{
    public override bool IsValid(ValidationContext<Laporan> context, string? value)
    {
        if (value is null)
        {
            return true;
        }

        var problems = new Problems(context);
        IntakeChecks.CheckContest(value, options.ElectionCatalog, ref problems);
        return !problems.Any || FailWith(context, ref problems, "problem");
    }
}

/// <summary>Waktu dan tempat kejadian: date, a region code that exists, the place in words; not after the filing date.</summary>
internal sealed class IncidentValidator(LaporanValidatorOptions options) : LaporanRequirementValidator<Incident?>(LaporanRequirements.WaktuTempat)
{
    public override bool IsValid(ValidationContext<Laporan> context, Incident? incident)
    {
        var problems = new Problems(context);
        IntakeChecks.CheckIncident(incident, FiledOn(context.InstanceToValidate, options), "Intake.Incident.AfterFiling", "filedOn", options.RegionCatalog, ref problems);
        return !problems.Any || FailWith(context, ref problems);
    }
}

/// <summary>Uraian kejadian: a description of substance (at least the options' words and letters).</summary>
internal sealed class DescriptionValidator(LaporanValidatorOptions options) : LaporanRequirementValidator<string?>(LaporanRequirements.Uraian)
{
    public override bool IsValid(ValidationContext<Laporan> context, string? description)
    {
        var problems = new Problems(context);
        return IntakeChecks.CheckDescription(description, options.MinimumDescriptionWords, options.MinimumDescriptionLetters, ref problems) ||
               FailWith(context, ref problems, "problem");
    }
}

/// <summary>Bukti: at least one item, each with kind and description; a content hash, when given, of 64 hex characters.</summary>
internal sealed class EvidenceValidator() : LaporanRequirementValidator<IReadOnlyList<Evidence>?>(LaporanRequirements.Bukti)
{
    public override bool IsValid(ValidationContext<Laporan> context, IReadOnlyList<Evidence>? evidence)
    {
        var problems = new Problems(context);
        IntakeChecks.CheckEvidence(evidence, ref problems);
        return !problems.Any || FailWith(context, ref problems);
    }
}
