using System.Runtime.CompilerServices;
using FluentValidation;
using NodaTime;
using Pilkada.Domain.People;

namespace Pilkada.Domain.Validation;

/// <summary>What <c>.Nip()</c> checks beyond the number being well-formed. Every check is off unless set.</summary>
public sealed record NipRuleOptions
{
    /// <summary>Only well-formedness; text is read as labelled (a PNS NIP unless it says <c>NI PPPK</c>).</summary>
    public static NipRuleOptions WellFormed { get; } = new();

    /// <summary>
    /// The kind the number must be. For a text property it is the kind the text is read as (a PPPK number cannot be
    /// told from a PNS NIP by its digits); for a <see cref="Nip"/> property its <see cref="Nip.Kind"/> must match.
    /// <see langword="null"/>: as labelled, PNS when there is no label.
    /// </summary>
    public AsnKind? Kind { get; init; }

    /// <summary>
    /// The day the number is judged on. With it, the birth date — and for a PNS the TMT CPNS — must not be after that
    /// day. Wins over <see cref="Clock"/>.
    /// </summary>
    public LocalDate? ReferenceDate { get; init; }

    /// <summary>A clock giving the reference date as "today" in <see cref="Zone"/>, read at each validation. Used when <see cref="ReferenceDate"/> is not set.</summary>
    public IClock? Clock { get; init; }

    /// <summary>The zone that decides what "today" is for <see cref="Clock"/>; <see langword="null"/> means <c>Asia/Jakarta</c> (WIB).</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>The sex the number must record (digit 15), or any.</summary>
    public Sex? ExpectedSex { get; init; }

    internal LocalDate? ReferenceDateNow() => ReferenceDates.Resolve(ReferenceDate, Clock, Zone);
}

/// <summary>
/// FluentValidation rules for NIPs and NI PPPK: <c>RuleFor(x =&gt; x.Nip).Nip()</c>. Each check has its own error
/// code: <c>Nip.Malformed</c> (or <c>Nip.Missing</c> for the empty <see cref="People.Nip"/>), <c>Nip.WrongKind</c>,
/// <c>Nip.BornAfterReference</c>, <c>Nip.AppointedAfterReference</c>, <c>Nip.SexMismatch</c>. Messages mask the number.
/// </summary>
public static class NipRuleExtensions
{
    /// <summary>The text must be a well-formed NIP (or NI PPPK, see <see cref="NipRuleOptions.Kind"/>), and meet the options.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">Kind, reference date and sex requirements.</param>
    public static IRuleBuilderOptions<T, string?> Nip<T>(this IRuleBuilder<T, string?> ruleBuilder, NipRuleOptions? options = null)
    {
        options ??= NipRuleOptions.WellFormed;
        return AddChecks(ruleBuilder.SetValidator(new NipFormatValidator<T>(options.Kind)), options, checkKind: false);
    }

    /// <summary>The number must not be empty, and must meet the options.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">Kind, reference date and sex requirements.</param>
    public static IRuleBuilderOptions<T, People.Nip> Nip<T>(this IRuleBuilder<T, People.Nip> ruleBuilder, NipRuleOptions? options = null)
    {
        options ??= NipRuleOptions.WellFormed;
        return AddChecks(ruleBuilder.SetValidator(new NipFormatValidator<T, People.Nip>()), options, checkKind: true);
    }

    /// <summary>A nullable number, when present, must not be empty and must meet the options.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">Kind, reference date and sex requirements.</param>
    public static IRuleBuilderOptions<T, People.Nip?> Nip<T>(this IRuleBuilder<T, People.Nip?> ruleBuilder, NipRuleOptions? options = null)
    {
        options ??= NipRuleOptions.WellFormed;
        return AddChecks(ruleBuilder.SetValidator(new NipFormatValidator<T, People.Nip?>()), options, checkKind: true);
    }

    private static IRuleBuilderOptions<T, TProperty> AddChecks<T, TProperty>(IRuleBuilderOptions<T, TProperty> rule, NipRuleOptions options, bool checkKind)
    {
        if (checkKind && options.Kind is { } kind)
        {
            rule = rule.SetValidator(new NipKindValidator<T, TProperty>(kind));
        }

        if (options.ReferenceDate is not null || options.Clock is not null)
        {
            rule = rule.SetValidator(new NipBirthDateValidator<T, TProperty>(options));
            rule = rule.SetValidator(new NipAppointmentValidator<T, TProperty>(options));
        }

        if (options.ExpectedSex is { } sex)
        {
            rule = rule.SetValidator(new NipSexValidator<T, TProperty>(sex, options.Kind));
        }

        return rule;
    }
}

/// <summary>Reads the number out of a property value of type string, <see cref="Nip"/> or <c>Nip?</c>.</summary>
internal static class NipValue
{
    internal static bool TryGet<TProperty>(TProperty value, AsnKind? kind, out Nip nip)
    {
        if (typeof(TProperty) == typeof(Nip))
        {
            nip = Unsafe.As<TProperty, Nip>(ref value);
            return !nip.IsEmpty;
        }

        switch (value)
        {
            case Nip n:
                nip = n;
                return !n.IsEmpty;
            case string s:
                return Nip.TryParse(s.AsSpan(), kind, out nip, out _);
            default:
                nip = default;
                return false;
        }
    }

    internal static string KindName(AsnKind kind, PilkadaLanguage language) =>
        PilkadaMessages.GetTemplate(kind == AsnKind.Pppk ? "AsnKind.Pppk" : "AsnKind.Pns", language);
}

/// <summary>The text is a well-formed number of the kind asked for. Error code <c>Nip.Malformed</c>; the message masks the text.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <param name="kind">The kind to read the text as, or <see langword="null"/> to follow its label.</param>
public sealed class NipFormatValidator<T>(AsnKind? kind) : PilkadaPropertyValidator<T, string?>
{
    /// <inheritdoc/>
    public override string Name => "Nip.Malformed";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null || Nip.TryParse(value.AsSpan(), kind, out _, out var error))
        {
            return true;
        }

        return Fail(context, "Nip.Malformed",
            new MessageArgument("value", NipFormatException.Mask(value)),
            new MessageArgument("reason", error.GetMessage(LanguageOf(context))));
    }
}

/// <summary>A <see cref="Nip"/> property is not the empty NIP. Error code <c>Nip.Missing</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty"><see cref="Nip"/> or <c>Nip?</c>.</typeparam>
public sealed class NipFormatValidator<T, TProperty> : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Nip.Missing";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value) =>
        value is null || NipValue.TryGet(value, null, out _) || Fail(context, "Nip.Missing");
}

/// <summary>A <see cref="Nip"/> is of a given kind. Error code <c>Nip.WrongKind</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty"><see cref="Nip"/> or <c>Nip?</c>.</typeparam>
/// <param name="kind">The kind required.</param>
public sealed class NipKindValidator<T, TProperty>(AsnKind kind) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Nip.WrongKind";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (!NipValue.TryGet(value, kind, out var nip) || nip.Kind == kind)
        {
            return true;
        }

        var language = LanguageOf(context);
        return Fail(context, "Nip.WrongKind",
            new MessageArgument("value", nip.ToString()),
            new MessageArgument("actual", NipValue.KindName(nip.Kind, language)),
            new MessageArgument("expected", NipValue.KindName(kind, language)));
    }
}

/// <summary>The birth date in the number is not after the reference date. Error code <c>Nip.BornAfterReference</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty">string, <see cref="Nip"/> or <c>Nip?</c>.</typeparam>
/// <param name="options">The kind and where the reference date comes from; without a reference date the check passes.</param>
public sealed class NipBirthDateValidator<T, TProperty>(NipRuleOptions? options) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Nip.BornAfterReference";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (!NipValue.TryGet(value, options?.Kind, out var nip) || options?.ReferenceDateNow() is not { } reference || nip.BirthDate <= reference)
        {
            return true;
        }

        return Fail(context, "Nip.BornAfterReference", new MessageArgument("value", nip.ToString()), new MessageArgument("reference", reference));
    }
}

/// <summary>
/// For a PNS NIP, the TMT CPNS (the 1st of its month) is not after the reference date. Error code <c>Nip.AppointedAfterReference</c>.
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty">string, <see cref="Nip"/> or <c>Nip?</c>.</typeparam>
/// <param name="options">The kind and where the reference date comes from; without a reference date the check passes.</param>
public sealed class NipAppointmentValidator<T, TProperty>(NipRuleOptions? options) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Nip.AppointedAfterReference";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (!NipValue.TryGet(value, options?.Kind, out var nip) || options?.ReferenceDateNow() is not { } reference ||
            nip.AppointmentMonth is not { } tmt || tmt.OnDayOfMonth(1) <= reference)
        {
            return true;
        }

        return Fail(context, "Nip.AppointedAfterReference", new MessageArgument("value", nip.ToString()), new MessageArgument("reference", reference));
    }
}

/// <summary>The number records the expected sex (digit 15). Error code <c>Nip.SexMismatch</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty">string, <see cref="Nip"/> or <c>Nip?</c>.</typeparam>
/// <param name="expected">The sex the number must record.</param>
/// <param name="kind">The kind a text is read as, or <see langword="null"/> to follow its label.</param>
public sealed class NipSexValidator<T, TProperty>(Sex expected, AsnKind? kind) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Nip.SexMismatch";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (!NipValue.TryGet(value, kind, out var nip) || nip.Sex == expected)
        {
            return true;
        }

        var language = LanguageOf(context);
        return Fail(context, "Nip.SexMismatch",
            new MessageArgument("value", nip.ToString()),
            new MessageArgument("actual", PilkadaMessages.GetTemplate("Sex." + nip.Sex, language)),
            new MessageArgument("expected", PilkadaMessages.GetTemplate("Sex." + expected, language)));
    }
}
