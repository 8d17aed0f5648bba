using System.Globalization;

namespace Pilkada.Domain.Elections;

/// <summary>A text is not a well-formed contest id.</summary>
public sealed class ContestIdFormatException : PilkadaFormatException
{
    /// <summary>Creates the exception with an English message naming the value, the position and the reason.</summary>
    /// <param name="error">The error code and position.</param>
    /// <param name="value">The text that failed.</param>
    public ContestIdFormatException(ParseError<ContestIdError> error, string value)
        : base(error.MessageKey, error.Position, Describe(error, value, PilkadaLanguage.English))
    {
        Error = error.Error;
        Value = value;
    }

    /// <summary>The error code.</summary>
    public ContestIdError Error { get; }

    /// <summary>The text that failed (a contest id is not personal data, so it is kept whole).</summary>
    public string Value { get; }

    /// <summary>The message in the language of a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) =>
        Describe(new ParseError<ContestIdError>(Error, Position), Value, PilkadaLanguages.FromCulture(culture));

    /// <summary>The full message for a failed parse: the value and the reason, in a language.</summary>
    /// <param name="error">The error.</param>
    /// <param name="value">The text that failed.</param>
    /// <param name="language">The language.</param>
    public static string Describe(ParseError<ContestIdError> error, string value, PilkadaLanguage language) =>
        PilkadaMessages.Format(
            "ContestId.Invalid",
            language,
            new MessageArgument("value", value),
            new MessageArgument("reason", error.GetMessage(language)));
}
