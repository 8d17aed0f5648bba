using System.Globalization;

namespace Pilkada.Domain.Regions;

/// <summary>A text is not a well-formed Kemendagri region code.</summary>
public sealed class RegionCodeFormatException : PilkadaFormatException
{
    /// <summary>Creates the exception with an English message naming the value, the position and the reason.</summary>
    /// <param name="error">The error code and position.</param>
    /// <param name="value">The text that failed.</param>
    public RegionCodeFormatException(ParseError<RegionCodeError> error, string value)
        : base(error.MessageKey, error.Position, Describe(error, value, PilkadaLanguage.English))
    {
        Error = error.Error;
        Value = value;
    }

    /// <summary>The error code.</summary>
    public RegionCodeError Error { get; }

    /// <summary>The text that failed (a region code is not personal data, so it is kept whole).</summary>
    public string Value { get; }

    /// <summary>The message in the language of a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) =>
        Describe(new ParseError<RegionCodeError>(Error, Position), Value, PilkadaLanguages.FromCulture(culture));

    /// <summary>The full message for a failed parse: the value and the reason, in a language.</summary>
    /// <param name="error">The error.</param>
    /// <param name="value">The text that failed.</param>
    /// <param name="language">The language.</param>
    public static string Describe(ParseError<RegionCodeError> error, string value, PilkadaLanguage language) =>
        PilkadaMessages.Format(
            "RegionCode.Invalid",
            language,
            new MessageArgument("value", value),
            new MessageArgument("reason", error.GetMessage(language)));
}
