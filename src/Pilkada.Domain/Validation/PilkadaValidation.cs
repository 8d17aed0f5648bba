using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using FluentValidation.Validators;

namespace Pilkada.Domain.Validation;

/// <summary>
/// Choosing the language of validation messages. Every rule of the library writes its message in Bahasa
/// Indonesia or English: the language put into the validation context by <see cref="Validate{T}(IValidator{T}, T, PilkadaLanguage)"/>
/// (or <see cref="SetLanguage(IValidationContext, PilkadaLanguage)"/>) wins; otherwise the validator's own default;
/// otherwise <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
public static class PilkadaValidation
{
    /// <summary>The key under which the language is kept in <see cref="IValidationContext.RootContextData"/>.</summary>
    public const string LanguageKey = "Pilkada.Language";

    /// <summary>Validates an object with messages in a chosen language, whatever the current culture.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="validator">The validator.</param>
    /// <param name="instance">The object.</param>
    /// <param name="language">The language of the messages.</param>
    public static ValidationResult Validate<T>(this IValidator<T> validator, T instance, PilkadaLanguage language)
    {
        var context = new ValidationContext<T>(instance);
        context.SetLanguage(language);
        return validator.Validate(context);
    }

    /// <summary>Validates an object with messages in the language of a culture.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="validator">The validator.</param>
    /// <param name="instance">The object.</param>
    /// <param name="culture">The culture (<c>id-ID</c> gives Bahasa Indonesia).</param>
    public static ValidationResult Validate<T>(this IValidator<T> validator, T instance, CultureInfo culture) =>
        validator.Validate(instance, PilkadaLanguages.FromCulture(culture));

    /// <summary>Puts a language into a validation context.</summary>
    /// <param name="context">The context.</param>
    /// <param name="language">The language.</param>
    public static void SetLanguage(this IValidationContext context, PilkadaLanguage language) =>
        context.RootContextData[LanguageKey] = language;

    /// <summary>Puts a validator's default language into a context that has none (a language chosen by the call wins).</summary>
    internal static void SetDefaultLanguage(IValidationContext context, PilkadaLanguage? language)
    {
        if (language is { } chosen && !context.RootContextData.ContainsKey(LanguageKey))
        {
            context.RootContextData[LanguageKey] = chosen;
        }
    }

    /// <summary>The language of a validation context: its own, else the current UI culture's.</summary>
    /// <param name="context">The context.</param>
    public static PilkadaLanguage LanguageOf(IValidationContext context) =>
        context.RootContextData.TryGetValue(LanguageKey, out var value) && value is PilkadaLanguage language
            ? language
            : PilkadaLanguages.FromCulture(CultureInfo.CurrentUICulture);
}

/// <summary>
/// Base of the library's property validators: the message is written by the validator in the context's language
/// (see <see cref="PilkadaValidation"/>), the error code is the validator's <c>Name</c>, and a message given
/// with <c>WithMessage</c> still overrides it. <see langword="null"/> values are valid (combine with <c>NotNull</c>).
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty">The property type.</typeparam>
public abstract class PilkadaPropertyValidator<T, TProperty> : PropertyValidator<T, TProperty>
{
    /// <summary>The placeholder that carries the localised message.</summary>
    protected const string MessagePlaceholder = "PilkadaMessage";

    /// <inheritdoc/>
    protected override string GetDefaultMessageTemplate(string errorCode) => "{" + MessagePlaceholder + "}";

    /// <summary>Records the failure message in the context's language and returns <see langword="false"/>.</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="messageKey">The message key in <see cref="PilkadaMessages"/>.</param>
    /// <param name="arguments">The placeholder values; <c>{property}</c> is added from the context.</param>
    protected static bool Fail(ValidationContext<T> context, string messageKey, params MessageArgument[] arguments)
    {
        var language = PilkadaValidation.LanguageOf(context);
        var all = new MessageArgument[arguments.Length + 1];
        arguments.CopyTo(all, 0);
        all[^1] = new MessageArgument("property", context.DisplayName);
        context.MessageFormatter.AppendArgument(MessagePlaceholder, PilkadaMessages.Format(messageKey, language, all));
        return false;
    }

    /// <summary>The language of the context.</summary>
    /// <param name="context">The validation context.</param>
    protected static PilkadaLanguage LanguageOf(ValidationContext<T> context) => PilkadaValidation.LanguageOf(context);
}
