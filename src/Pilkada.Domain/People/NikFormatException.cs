using System.Globalization;

namespace Pilkada.Domain.People;

/// <summary>A text is not a well-formed NIK. The message and <see cref="MaskedValue"/> never show the text unmasked.</summary>
public sealed class NikFormatException : PilkadaFormatException
{
    /// <summary>Creates the exception with an English message naming the masked value, the position and the reason.</summary>
    /// <param name="error">The error code and position.</param>
    /// <param name="value">The text that failed; only its masked form is kept.</param>
    public NikFormatException(ParseError<NikError> error, string value)
        : this(error, (value ?? string.Empty).AsSpan())
    {
    }

    /// <summary>Creates the exception with an English message naming the masked value, the position and the reason.</summary>
    /// <param name="error">The error code and position.</param>
    /// <param name="value">The text that failed; only its masked form is kept.</param>
    public NikFormatException(ParseError<NikError> error, ReadOnlySpan<char> value)
        : this(error, new MaskedText(PersonalNumberText.Mask(value.Trim())))
    {
    }

    private NikFormatException(ParseError<NikError> error, MaskedText masked)
        : base(error.MessageKey, error.Position, Format(error, masked.Value, PilkadaLanguage.English))
    {
        Error = error.Error;
        MaskedValue = masked.Value;
    }

    /// <summary>The error code.</summary>
    public NikError Error { get; }

    /// <summary>The text that failed, masked: of its digits only the first four and the last two are shown.</summary>
    public string MaskedValue { get; }

    /// <summary>The message in the language of a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) =>
        Format(new ParseError<NikError>(Error, Position), MaskedValue, PilkadaLanguages.FromCulture(culture));

    /// <summary>The full message for a failed parse: the masked value and the reason, in a language.</summary>
    /// <param name="error">The error.</param>
    /// <param name="value">The text that failed (it is masked here).</param>
    /// <param name="language">The language.</param>
    public static string Describe(ParseError<NikError> error, ReadOnlySpan<char> value, PilkadaLanguage language) =>
        Format(error, PersonalNumberText.Mask(value.Trim()), language);

    private static string Format(ParseError<NikError> error, string maskedValue, PilkadaLanguage language) =>
        PilkadaMessages.Format(
            "Nik.Invalid",
            language,
            new MessageArgument("value", maskedValue),
            new MessageArgument("reason", error.GetMessage(language)));
}
