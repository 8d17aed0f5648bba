using System.Globalization;

namespace Pilkada.Domain.People;

/// <summary>A text is not a well-formed NIP or NI PPPK. The message and <see cref="MaskedValue"/> never show the text unmasked.</summary>
public sealed class NipFormatException : PilkadaFormatException
{
    /// <summary>Creates the exception with an English message naming the masked value, the position and the reason.</summary>
    /// <param name="error">The error code and position.</param>
    /// <param name="value">The text that failed; only its masked form is kept.</param>
    public NipFormatException(ParseError<NipError> error, string value)
        : this(error, (value ?? string.Empty).AsSpan())
    {
    }

    /// <summary>Creates the exception with an English message naming the masked value, the position and the reason.</summary>
    /// <param name="error">The error code and position.</param>
    /// <param name="value">The text that failed; only its masked form is kept.</param>
    public NipFormatException(ParseError<NipError> error, ReadOnlySpan<char> value)
        : this(error, new MaskedText(Mask(value)))
    {
    }

    private NipFormatException(ParseError<NipError> error, MaskedText masked)
        : base(error.MessageKey, error.Position, Format(error, masked.Value, PilkadaLanguage.English))
    {
        Error = error.Error;
        MaskedValue = masked.Value;
    }

    /// <summary>The error code.</summary>
    public NipError Error { get; }

    /// <summary>The text that failed, masked: a <c>NIP</c> or <c>NI PPPK</c> label is kept; of the digits only the first four and the last two are shown.</summary>
    public string MaskedValue { get; }

    /// <summary>The message in the language of a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) =>
        Format(new ParseError<NipError>(Error, Position), MaskedValue, PilkadaLanguages.FromCulture(culture));

    /// <summary>The full message for a failed parse: the masked value and the reason, in a language.</summary>
    /// <param name="error">The error.</param>
    /// <param name="value">The text that failed (it is masked here).</param>
    /// <param name="language">The language.</param>
    public static string Describe(ParseError<NipError> error, ReadOnlySpan<char> value, PilkadaLanguage language) =>
        Format(error, Mask(value), language);

    /// <summary>Masks a text meant as a NIP, keeping a leading label.</summary>
    internal static string Mask(ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        var label = PersonalNumberText.StartsWithLetter(trimmed, 0) ? Nip.Parser.SkipLabel(trimmed, 0, trimmed.Length, out _) : 0;
        return PersonalNumberText.Mask(trimmed, label);
    }

    private static string Format(ParseError<NipError> error, string maskedValue, PilkadaLanguage language) =>
        PilkadaMessages.Format(
            "Nip.Invalid",
            language,
            new MessageArgument("value", maskedValue),
            new MessageArgument("reason", error.GetMessage(language)));
}
