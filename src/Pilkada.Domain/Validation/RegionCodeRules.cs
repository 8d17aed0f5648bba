using System.Runtime.CompilerServices;
using FluentValidation;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Validation;

/// <summary>What <c>.RegionCode()</c> checks beyond the code being well-formed.</summary>
public sealed record RegionCodeRuleOptions
{
    /// <summary>Only well-formedness.</summary>
    public static RegionCodeRuleOptions WellFormed { get; } = new();

    /// <summary>The level the code must have (e.g. <see cref="RegionLevel.DesaKelurahan"/>), or any.</summary>
    public RegionLevel? Level { get; init; }

    /// <summary>Whether the code must be in <see cref="Catalog"/>.</summary>
    public bool MustExist { get; init; }

    /// <summary>A region the code must lie within (e.g. <c>52</c> for Nusa Tenggara Barat), or anywhere.</summary>
    public RegionCode? Within { get; init; }

    /// <summary>The catalogue to check existence against; <see langword="null"/> means <see cref="RegionCatalog.Default"/>.</summary>
    public RegionCatalog? Catalog { get; init; }
}

/// <summary>
/// FluentValidation rules for region codes: <c>RuleFor(x =&gt; x.Kode).RegionCode()</c>. Each check has its own error code:
/// <c>RegionCode.Malformed</c> (or <c>RegionCode.Missing</c> for the empty code), <c>RegionCode.WrongLevel</c>, <c>RegionCode.NotInCatalog</c>, <c>RegionCode.NotWithin</c>.
/// </summary>
public static class RegionCodeRuleExtensions
{
    /// <summary>The text must be a well-formed region code, and meet the options.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">Level, existence and containment requirements.</param>
    public static IRuleBuilderOptions<T, string?> RegionCode<T>(this IRuleBuilder<T, string?> ruleBuilder, RegionCodeRuleOptions? options = null)
    {
        options ??= RegionCodeRuleOptions.WellFormed;
        var rule = ruleBuilder.SetValidator(new RegionCodeFormatValidator<T>());
        return AddChecks(rule, options);
    }

    /// <summary>The code must meet the options (a <see cref="Regions.RegionCode"/> is always well-formed; the empty code fails).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">Level, existence and containment requirements.</param>
    public static IRuleBuilderOptions<T, Regions.RegionCode> RegionCode<T>(this IRuleBuilder<T, Regions.RegionCode> ruleBuilder, RegionCodeRuleOptions? options = null)
    {
        options ??= RegionCodeRuleOptions.WellFormed;
        var rule = ruleBuilder.SetValidator(new RegionCodeFormatValidator<T, Regions.RegionCode>());
        return AddChecks(rule, options);
    }

    /// <summary>A nullable code, when present, must meet the options.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">Level, existence and containment requirements.</param>
    public static IRuleBuilderOptions<T, Regions.RegionCode?> RegionCode<T>(this IRuleBuilder<T, Regions.RegionCode?> ruleBuilder, RegionCodeRuleOptions? options = null)
    {
        options ??= RegionCodeRuleOptions.WellFormed;
        var rule = ruleBuilder.SetValidator(new RegionCodeFormatValidator<T, Regions.RegionCode?>());
        return AddChecks(rule, options);
    }

    /// <summary>Shorthand: a code at a level that exists in the default catalogue.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="level">The required level.</param>
    public static IRuleBuilderOptions<T, string?> RegionCode<T>(this IRuleBuilder<T, string?> ruleBuilder, RegionLevel level) =>
        ruleBuilder.RegionCode(new RegionCodeRuleOptions { Level = level, MustExist = true });

    private static IRuleBuilderOptions<T, TProperty> AddChecks<T, TProperty>(IRuleBuilderOptions<T, TProperty> rule, RegionCodeRuleOptions options)
    {
        if (options.Level is { } level)
        {
            rule = rule.SetValidator(new RegionCodeLevelValidator<T, TProperty>(level));
        }

        if (options.MustExist)
        {
            rule = rule.SetValidator(new RegionCodeExistsValidator<T, TProperty>(options.Catalog));
        }

        if (options.Within is { } within)
        {
            rule = rule.SetValidator(new RegionCodeWithinValidator<T, TProperty>(within, options.Catalog));
        }

        return rule;
    }
}

/// <summary>Reads the region code out of a property value of type string, <see cref="RegionCode"/> or <c>RegionCode?</c>.</summary>
internal static class RegionCodeValue
{
    internal static bool IsPresent<TProperty>(TProperty value) => value switch
    {
        null => false,
        _ => true,
    };

    internal static bool TryGet<TProperty>(TProperty value, out RegionCode code)
    {
        if (typeof(TProperty) == typeof(RegionCode))
        {
            code = Unsafe.As<TProperty, RegionCode>(ref value);
            return !code.IsEmpty;
        }

        switch (value)
        {
            case RegionCode c:
                code = c;
                return !c.IsEmpty;
            case string s:
                return RegionCode.TryParse(s, out code);
            default:
                code = default;
                return false;
        }
    }

    internal static string Describe<TProperty>(TProperty value) => value?.ToString() ?? string.Empty;

    internal static string LevelName(RegionLevel level, PilkadaLanguage language) =>
        PilkadaMessages.GetTemplate("Level." + level, language);

    internal static string RegionLabel(RegionCode code, RegionCatalog catalog) =>
        catalog.TryGet(code, out var region) ? $"{region.Name} ({code})" : code.ToString();
}

/// <summary>The text is a well-formed region code. Error code <c>RegionCode.Malformed</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
public sealed class RegionCodeFormatValidator<T> : PilkadaPropertyValidator<T, string?>
{
    /// <inheritdoc/>
    public override string Name => "RegionCode.Malformed";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null || RegionCode.TryParse(value.AsSpan(), out _, out var error))
        {
            return true;
        }

        return Fail(context, "RegionCode.Malformed", new MessageArgument("value", value), new MessageArgument("reason", error.GetMessage(LanguageOf(context))));
    }
}

/// <summary>A <see cref="RegionCode"/> property is not the empty code. Error code <c>RegionCode.Missing</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty"><see cref="RegionCode"/> or <c>RegionCode?</c>.</typeparam>
public sealed class RegionCodeFormatValidator<T, TProperty> : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "RegionCode.Missing";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value) =>
        !RegionCodeValue.IsPresent(value) || RegionCodeValue.TryGet(value, out _) || Fail(context, "RegionCode.Missing");
}

/// <summary>The code is at a given level. Error code <c>RegionCode.WrongLevel</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty">string, <see cref="RegionCode"/> or <c>RegionCode?</c>.</typeparam>
/// <param name="level">The required level.</param>
public sealed class RegionCodeLevelValidator<T, TProperty>(RegionLevel level) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "RegionCode.WrongLevel";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (!RegionCodeValue.TryGet(value, out var code) || code.Level == level)
        {
            return true;
        }

        var language = LanguageOf(context);
        return Fail(context, "RegionCode.WrongLevel",
            new MessageArgument("value", code.ToString()),
            new MessageArgument("actualLevel", RegionCodeValue.LevelName(code.Level, language)),
            new MessageArgument("expectedLevel", RegionCodeValue.LevelName(level, language)));
    }
}

/// <summary>The code is in a catalogue. Error code <c>RegionCode.NotInCatalog</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty">string, <see cref="RegionCode"/> or <c>RegionCode?</c>.</typeparam>
/// <param name="catalog">The catalogue; <see langword="null"/> means <see cref="RegionCatalog.Default"/>.</param>
public sealed class RegionCodeExistsValidator<T, TProperty>(RegionCatalog? catalog) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "RegionCode.NotInCatalog";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        var regions = catalog ?? RegionCatalog.Default;
        if (!RegionCodeValue.TryGet(value, out var code) || regions.Contains(code))
        {
            return true;
        }

        return Fail(context, "RegionCode.NotInCatalog", new MessageArgument("value", code.ToString()), new MessageArgument("edition", regions.Edition));
    }
}

/// <summary>The code lies within a region. Error code <c>RegionCode.NotWithin</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty">string, <see cref="RegionCode"/> or <c>RegionCode?</c>.</typeparam>
/// <param name="container">The containing region.</param>
/// <param name="catalog">The catalogue used to name the container; <see langword="null"/> means <see cref="RegionCatalog.Default"/>.</param>
public sealed class RegionCodeWithinValidator<T, TProperty>(RegionCode container, RegionCatalog? catalog) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "RegionCode.NotWithin";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (!RegionCodeValue.TryGet(value, out var code) || code.IsWithin(container))
        {
            return true;
        }

        return Fail(context, "RegionCode.NotWithin",
            new MessageArgument("value", code.ToString()),
            new MessageArgument("container", RegionCodeValue.RegionLabel(container, catalog ?? RegionCatalog.Default)));
    }
}
