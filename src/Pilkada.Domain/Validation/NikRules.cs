using System.Runtime.CompilerServices;
using FluentValidation;
using NodaTime;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Validation;

/// <summary>
/// What <c>.Nik()</c> checks beyond the NIK being well-formed. Every check is off unless set: a NIK is never
/// required to match a current address or the election's region (PP 40/2019 Pasal 30 ayat (2)).
/// </summary>
public sealed record NikRuleOptions
{
    /// <summary>Only well-formedness.</summary>
    public static NikRuleOptions WellFormed { get; } = new();

    /// <summary>
    /// The day the NIK is judged on (e.g. the day a report was filed). With it, the birth date must exist on or before
    /// that day (see <see cref="Nik.TryGetBirthDate"/>), and <see cref="MinimumAge"/> can be checked. Wins over <see cref="Clock"/>.
    /// </summary>
    public LocalDate? ReferenceDate { get; init; }

    /// <summary>A clock giving the reference date as "today" in <see cref="Zone"/>, read at each validation. Used when <see cref="ReferenceDate"/> is not set.</summary>
    public IClock? Clock { get; init; }

    /// <summary>The zone that decides what "today" is for <see cref="Clock"/>; <see langword="null"/> means <c>Asia/Jakarta</c> (WIB).</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>
    /// Whether the region of first registration (digits 1–6) must be known to <see cref="Catalog"/>: in the current
    /// list, or among the codes it retired (those are accepted — a NIK keeps its old code, LEGAL-VERIFICATION §6 row 2).
    /// Codes older than the previous edition (for example Papua codes from before the 2022 split) are unknown to the
    /// catalogue and fail, so leave this off where NIKs registered long ago are expected. A NIK issued abroad passes.
    /// </summary>
    public bool RequireRegionInCatalog { get; init; }

    /// <summary>The catalogue for <see cref="RequireRegionInCatalog"/>; <see langword="null"/> means <see cref="RegionCatalog.Default"/>.</summary>
    public RegionCatalog? Catalog { get; init; }

    /// <summary>The sex the NIK must record (e.g. from the form's <i>jenis kelamin</i> field), or any.</summary>
    public Sex? ExpectedSex { get; init; }

    /// <summary>
    /// The minimum age in whole years on the reference date, e.g. 17 for a voter (UU 1/2015 Pasal 1 angka 6 as amended by UU 8/2015: a Pemilih is at least
    /// 17 years old, or married). Only as an option: married people under 17 can vote too. Needs
    /// <see cref="ReferenceDate"/> or <see cref="Clock"/>.
    /// </summary>
    public int? MinimumAge { get; init; }

    internal LocalDate? ReferenceDateNow() => ReferenceDates.Resolve(ReferenceDate, Clock, Zone);
}

/// <summary>
/// FluentValidation rules for NIKs: <c>RuleFor(x =&gt; x.Nik).Nik()</c>. Each check has its own error code:
/// <c>Nik.Malformed</c> (or <c>Nik.Missing</c> for the empty <see cref="People.Nik"/>), <c>Nik.NoBirthDate</c>,
/// <c>Nik.TooYoung</c>, <c>Nik.SexMismatch</c>, <c>Nik.RegionNotInCatalog</c>. Messages mask the NIK.
/// </summary>
public static class NikRuleExtensions
{
    /// <summary>The text must be a well-formed NIK, and meet the options.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">Reference date, catalogue, sex and age requirements.</param>
    /// <exception cref="ArgumentException"><see cref="NikRuleOptions.MinimumAge"/> is set without a reference date or clock, or is negative.</exception>
    public static IRuleBuilderOptions<T, string?> Nik<T>(this IRuleBuilder<T, string?> ruleBuilder, NikRuleOptions? options = null)
    {
        options ??= NikRuleOptions.WellFormed;
        return AddChecks(ruleBuilder.SetValidator(new NikFormatValidator<T>()), options);
    }

    /// <summary>The NIK must not be empty, and must meet the options.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">Reference date, catalogue, sex and age requirements.</param>
    /// <exception cref="ArgumentException"><see cref="NikRuleOptions.MinimumAge"/> is set without a reference date or clock, or is negative.</exception>
    public static IRuleBuilderOptions<T, People.Nik> Nik<T>(this IRuleBuilder<T, People.Nik> ruleBuilder, NikRuleOptions? options = null)
    {
        options ??= NikRuleOptions.WellFormed;
        return AddChecks(ruleBuilder.SetValidator(new NikFormatValidator<T, People.Nik>()), options);
    }

    /// <summary>A nullable NIK, when present, must not be empty and must meet the options.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">Reference date, catalogue, sex and age requirements.</param>
    /// <exception cref="ArgumentException"><see cref="NikRuleOptions.MinimumAge"/> is set without a reference date or clock, or is negative.</exception>
    public static IRuleBuilderOptions<T, People.Nik?> Nik<T>(this IRuleBuilder<T, People.Nik?> ruleBuilder, NikRuleOptions? options = null)
    {
        options ??= NikRuleOptions.WellFormed;
        return AddChecks(ruleBuilder.SetValidator(new NikFormatValidator<T, People.Nik?>()), options);
    }

    private static IRuleBuilderOptions<T, TProperty> AddChecks<T, TProperty>(IRuleBuilderOptions<T, TProperty> rule, NikRuleOptions options)
    {
        var dated = options.ReferenceDate is not null || options.Clock is not null;
        if (options.MinimumAge is { } minimumAge)
        {
            if (!dated)
            {
                throw new ArgumentException("NikRuleOptions.MinimumAge needs a ReferenceDate or a Clock to count the age from.", nameof(options));
            }

            ArgumentOutOfRangeException.ThrowIfNegative(minimumAge, nameof(options));
        }

        if (dated)
        {
            rule = rule.SetValidator(new NikBirthDateValidator<T, TProperty>(options));
        }

        if (options.MinimumAge is { } age)
        {
            rule = rule.SetValidator(new NikMinimumAgeValidator<T, TProperty>(age, options));
        }

        if (options.ExpectedSex is { } sex)
        {
            rule = rule.SetValidator(new NikSexValidator<T, TProperty>(sex));
        }

        if (options.RequireRegionInCatalog)
        {
            rule = rule.SetValidator(new NikRegionValidator<T, TProperty>(options.Catalog));
        }

        return rule;
    }
}

/// <summary>Reads the NIK out of a property value of type string, <see cref="Nik"/> or <c>Nik?</c>.</summary>
internal static class NikValue
{
    internal static bool TryGet<TProperty>(TProperty value, out Nik nik)
    {
        if (typeof(TProperty) == typeof(Nik))
        {
            nik = Unsafe.As<TProperty, Nik>(ref value);
            return !nik.IsEmpty;
        }

        switch (value)
        {
            case Nik n:
                nik = n;
                return !n.IsEmpty;
            case string s:
                return Nik.TryParse(s, out nik);
            default:
                nik = default;
                return false;
        }
    }
}

/// <summary>Turns a reference date or a clock into the day a check is made on.</summary>
internal static class ReferenceDates
{
    internal static readonly DateTimeZone Wib = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

    internal static LocalDate? Resolve(LocalDate? date, IClock? clock, DateTimeZone? zone) =>
        date ?? clock?.GetCurrentInstant().InZone(zone ?? Wib).Date;
}

/// <summary>The text is a well-formed NIK. Error code <c>Nik.Malformed</c>; the message masks the text.</summary>
/// <typeparam name="T">The validated type.</typeparam>
public sealed class NikFormatValidator<T> : PilkadaPropertyValidator<T, string?>
{
    /// <inheritdoc/>
    public override string Name => "Nik.Malformed";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null || Nik.TryParse(value.AsSpan(), out _, out var error))
        {
            return true;
        }

        return Fail(context, "Nik.Malformed",
            new MessageArgument("value", PersonalNumberText.Mask(value.AsSpan().Trim())),
            new MessageArgument("reason", error.GetMessage(LanguageOf(context))));
    }
}

/// <summary>A <see cref="Nik"/> property is not the empty NIK. Error code <c>Nik.Missing</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty"><see cref="Nik"/> or <c>Nik?</c>.</typeparam>
public sealed class NikFormatValidator<T, TProperty> : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Nik.Missing";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value) =>
        value is null || NikValue.TryGet(value, out _) || Fail(context, "Nik.Missing");
}

/// <summary>
/// The NIK's birth date exists on or before the reference date (see <see cref="Nik.TryGetBirthDate"/>).
/// Error code <c>Nik.NoBirthDate</c>.
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty">string, <see cref="Nik"/> or <c>Nik?</c>.</typeparam>
/// <param name="options">Where the reference date comes from; without one the check passes.</param>
public sealed class NikBirthDateValidator<T, TProperty>(NikRuleOptions? options) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Nik.NoBirthDate";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (!NikValue.TryGet(value, out var nik) || options?.ReferenceDateNow() is not { } reference || nik.TryGetBirthDate(reference, out _))
        {
            return true;
        }

        return Fail(context, "Nik.NoBirthDate", new MessageArgument("value", nik.ToString()), new MessageArgument("reference", reference));
    }
}

/// <summary>
/// The person is at least a given age on the reference date, by the NIK's birth date. Error code <c>Nik.TooYoung</c>.
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty">string, <see cref="Nik"/> or <c>Nik?</c>.</typeparam>
/// <param name="minimumAge">The minimum age in whole years.</param>
/// <param name="options">Where the reference date comes from; without one the check passes.</param>
public sealed class NikMinimumAgeValidator<T, TProperty>(int minimumAge, NikRuleOptions? options) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Nik.TooYoung";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (!NikValue.TryGet(value, out var nik) || options?.ReferenceDateNow() is not { } reference ||
            !nik.TryGetAge(reference, out var age) || age >= minimumAge)
        {
            return true;
        }

        return Fail(context, "Nik.TooYoung",
            new MessageArgument("value", nik.ToString()),
            new MessageArgument("age", age),
            new MessageArgument("reference", reference),
            new MessageArgument("minimumAge", minimumAge));
    }
}

/// <summary>The NIK records the expected sex. Error code <c>Nik.SexMismatch</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty">string, <see cref="Nik"/> or <c>Nik?</c>.</typeparam>
/// <param name="expected">The sex the NIK must record.</param>
public sealed class NikSexValidator<T, TProperty>(Sex expected) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Nik.SexMismatch";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (!NikValue.TryGet(value, out var nik) || nik.Sex == expected)
        {
            return true;
        }

        var language = LanguageOf(context);
        return Fail(context, "Nik.SexMismatch",
            new MessageArgument("value", nik.ToString()),
            new MessageArgument("actual", PilkadaMessages.GetTemplate("Sex." + nik.Sex, language)),
            new MessageArgument("expected", PilkadaMessages.GetTemplate("Sex." + expected, language)));
    }
}

/// <summary>
/// The NIK's region of first registration is in a catalogue, current or retired (see
/// <see cref="NikRuleOptions.RequireRegionInCatalog"/>). A NIK issued abroad passes. Error code <c>Nik.RegionNotInCatalog</c>.
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty">string, <see cref="Nik"/> or <c>Nik?</c>.</typeparam>
/// <param name="catalog">The catalogue; <see langword="null"/> means <see cref="RegionCatalog.Default"/>.</param>
public sealed class NikRegionValidator<T, TProperty>(RegionCatalog? catalog) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Nik.RegionNotInCatalog";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        var regions = catalog ?? RegionCatalog.Default;
        if (!NikValue.TryGet(value, out var nik) || nik.LookupRegistrationRegion(regions) is not { Status: RegionLookupStatus.NotInCatalog })
        {
            return true;
        }

        return Fail(context, "Nik.RegionNotInCatalog", new MessageArgument("value", nik.ToString()), new MessageArgument("edition", regions.Edition));
    }
}
