using System.Globalization;

namespace Pilkada.Domain.Violations;

/// <summary>Why a text is not an amount of rupiah. The values are stable.</summary>
public enum RupiahError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The text is empty or only white space.</summary>
    Empty = 1,

    /// <summary>A character that is not part of an amount (digits, <c>.</c> between groups of three, <c>,00</c> or <c>,-</c>, an <c>Rp</c> prefix).</summary>
    InvalidCharacter = 2,

    /// <summary>A thousands separator (<c>.</c>) that is not followed by exactly three digits, or a first group longer than three digits.</summary>
    MisplacedSeparator = 3,

    /// <summary>No digits where the amount should be (<c>Rp</c> alone, <c>Rp,00</c>, a trailing comma).</summary>
    MissingDigits = 4,

    /// <summary>More than two digits after the decimal comma (Indonesian writes <c>200.000</c>, not <c>200,000</c>).</summary>
    InvalidSen = 5,

    /// <summary>A sen part other than zero: amounts in law are whole rupiah.</summary>
    NonZeroSen = 6,

    /// <summary>The amount does not fit in 64 bits (more than Rp9.223.372.036.854.775.807).</summary>
    TooLarge = 7,

    /// <summary>A negative amount: fines are not negative.</summary>
    Negative = 8,
}

/// <summary>A text could not be read as an amount of rupiah.</summary>
public sealed class RupiahFormatException : PilkadaFormatException
{
    /// <summary>Creates the exception with an English message naming the value, the position and the reason.</summary>
    /// <param name="error">The error code and position.</param>
    /// <param name="value">The text that failed.</param>
    public RupiahFormatException(ParseError<RupiahError> error, string value)
        : base(error.MessageKey, error.Position, Describe(error, value, PilkadaLanguage.English))
    {
        Error = error.Error;
        Value = value;
    }

    /// <summary>The error code.</summary>
    public RupiahError Error { get; }

    /// <summary>The text that failed (an amount is not personal data, so it is kept whole).</summary>
    public string Value { get; }

    /// <summary>The message in the language of a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) =>
        Describe(new ParseError<RupiahError>(Error, Position), Value, PilkadaLanguages.FromCulture(culture));

    /// <summary>The full message for a failed parse: the value and the reason, in a language.</summary>
    /// <param name="error">The error.</param>
    /// <param name="value">The text that failed.</param>
    /// <param name="language">The language.</param>
    public static string Describe(ParseError<RupiahError> error, string value, PilkadaLanguage language) =>
        PilkadaMessages.Format(
            "Rupiah.Invalid",
            language,
            new MessageArgument("value", value),
            new MessageArgument("reason", error.GetMessage(language)));
}
