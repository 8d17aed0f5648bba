using System.Globalization;

namespace Pilkada.Domain.Elections;

/// <summary>
/// An election, contest, stage or schedule could not be built from the values given. <see cref="ErrorCode"/> is the
/// stable, language-independent key (e.g. <c>Schedule.EndBeforeStart</c>, <c>Contest.KindMismatch</c>); the message names
/// the value and the reason, in English unless asked for in Bahasa Indonesia with <see cref="GetMessage(PilkadaLanguage)"/>.
/// </summary>
public sealed class ElectionArgumentException : ArgumentException
{
    private readonly Func<PilkadaLanguage, MessageArgument[]> _arguments;

    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode">The message key, e.g. <c>Schedule.DuplicateStageId</c>.</param>
    /// <param name="paramName">The argument that was wrong.</param>
    /// <param name="arguments">The values named in the message.</param>
    public ElectionArgumentException(string errorCode, string? paramName, params MessageArgument[] arguments)
        : this(errorCode, paramName, _ => arguments)
    {
    }

    /// <summary>Creates the exception with arguments that depend on the language (names of kinds and stages).</summary>
    internal ElectionArgumentException(string errorCode, string? paramName, Func<PilkadaLanguage, MessageArgument[]> arguments)
        : base(PilkadaMessages.Format(errorCode, PilkadaLanguage.English, arguments(PilkadaLanguage.English)), paramName)
    {
        ErrorCode = errorCode;
        _arguments = arguments;
    }

    /// <summary>The stable error code (the message key).</summary>
    public string ErrorCode { get; }

    /// <summary>The message in a language (without the parameter name).</summary>
    /// <param name="language">The language.</param>
    public string GetMessage(PilkadaLanguage language) => PilkadaMessages.Format(ErrorCode, language, _arguments(language));

    /// <summary>The message in the language of a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) => GetMessage(PilkadaLanguages.FromCulture(culture));
}
