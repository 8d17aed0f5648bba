using System.Globalization;

namespace Pilkada.Domain.Elections;

/// <summary>A text is not a well-formed election id.</summary>
public sealed class ElectionIdFormatException : PilkadaFormatException
{
    /// <summary>Creates the exception with an English message naming the value, the position and the reason.</summary>
    /// <param name="error">The error code and position.</param>
    /// <param name="value">The text that failed.</param>
    public ElectionIdFormatException(ParseError<ElectionIdError> error, string value)
        : base(error.MessageKey, error.Position, Describe(error, value, PilkadaLanguage.English))
    {
        Error = error.Error;
        Value = value;
    }

    /// <summary>The error code.</summary>
    public ElectionIdError Error { get; }

    /// <summary>The text that failed (an election id is not personal data, so it is kept whole).</summary>
    public string Value { get; }

    /// <summary>The message in the language of a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) =>
        Describe(new ParseError<ElectionIdError>(Error, Position), Value, PilkadaLanguages.FromCulture(culture));

    /// <summary>The full message for a failed parse: the value and the reason, in a language.</summary>
    /// <param name="error">The error.</param>
    /// <param name="value">The text that failed.</param>
    /// <param name="language">The language.</param>
    public static string Describe(ParseError<ElectionIdError> error, string value, PilkadaLanguage language) =>
        PilkadaMessages.Format(
            "ElectionId.Invalid",
            language,
            new MessageArgument("value", value),
            new MessageArgument("reason", error.GetMessage(language)));
}
