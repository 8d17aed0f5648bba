using System.Globalization;

namespace Pilkada.Domain;

/// <summary>
/// Why a text could not be read as a value: a stable error code and the position of the first bad
/// character (or -1 when the failure is not about one character).
/// </summary>
/// <typeparam name="TError">The error-code enumeration of the value type, e.g. <see cref="Regions.RegionCodeError"/>.</typeparam>
/// <param name="Error">The error code.</param>
/// <param name="Position">The zero-based index of the first bad character in the input, or -1.</param>
/// <remarks>The message is built only when <see cref="GetMessage(CultureInfo?)"/> or <see cref="ToString"/> is called.</remarks>
public readonly record struct ParseError<TError>(TError Error, int Position)
    where TError : struct, Enum
{
    /// <summary>The message key of the error, e.g. <c>RegionCode.InvalidCharacter</c>.</summary>
    public string MessageKey => ErrorKeys.For(Error);

    /// <summary>The reason in words, in the language of a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture = null) =>
        PilkadaMessages.Format(MessageKey, culture, new MessageArgument("position", Position + 1));

    /// <summary>The reason in words, in a language.</summary>
    /// <param name="language">The language.</param>
    public string GetMessage(PilkadaLanguage language) =>
        PilkadaMessages.Format(MessageKey, language, new MessageArgument("position", Position + 1));

    /// <summary>The error code, the position and the English reason.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Error} at {Position}: {GetMessage(PilkadaLanguage.English)}");
}

/// <summary>Message keys of error enumerations: <c>{TypeName without "Error"}.{Member}</c>.</summary>
internal static class ErrorKeys
{
    internal static string For<TError>(TError error)
        where TError : struct, Enum
    {
        var type = typeof(TError).Name;
        if (type.EndsWith("Error", StringComparison.Ordinal))
        {
            type = type[..^"Error".Length];
        }

        return type + "." + error.ToString();
    }
}

/// <summary>
/// A text could not be read as a value. Subtypes carry the value type's own error code;
/// <see cref="ErrorCode"/> is the stable, language-independent key.
/// </summary>
public abstract class PilkadaFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode">The stable message key, e.g. <c>RegionCode.InvalidCharacter</c>.</param>
    /// <param name="position">The zero-based position of the first bad character, or -1.</param>
    /// <param name="message">The message (English unless the caller chose otherwise).</param>
    protected PilkadaFormatException(string errorCode, int position, string message)
        : base(message)
    {
        ErrorCode = errorCode;
        Position = position;
    }

    /// <summary>The stable, language-independent error code (the message key).</summary>
    public string ErrorCode { get; }

    /// <summary>The zero-based position of the first bad character in the input, or -1.</summary>
    public int Position { get; }
}
