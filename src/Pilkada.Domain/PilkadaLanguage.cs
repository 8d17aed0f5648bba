using System.Globalization;

namespace Pilkada.Domain;

/// <summary>
/// The language of a human-readable message: Bahasa Indonesia or English.
/// </summary>
/// <remarks>
/// Every error code and rule in the library has a message in both languages. Which one is used is
/// decided per call (an explicit <see cref="CultureInfo"/> or <see cref="PilkadaLanguage"/>) or, when
/// the caller passes nothing, from <see cref="CultureInfo.CurrentUICulture"/>.
/// </remarks>
public enum PilkadaLanguage
{
    /// <summary>English. Used for every culture that is not Indonesian.</summary>
    English = 0,

    /// <summary>Bahasa Indonesia (<c>id</c>, and the legacy code <c>in</c>).</summary>
    Indonesian = 1,
}

/// <summary>Maps cultures to <see cref="PilkadaLanguage"/> values.</summary>
public static class PilkadaLanguages
{
    /// <summary>
    /// The language for a culture: <see cref="PilkadaLanguage.Indonesian"/> for <c>id</c>, <c>id-ID</c> and the
    /// legacy <c>in</c>; <see cref="PilkadaLanguage.English"/> for every other culture, including the invariant one.
    /// </summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public static PilkadaLanguage FromCulture(CultureInfo? culture)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var name = culture.Name;
        if (name.Length >= 2 && (name[0] == 'i' || name[0] == 'I') &&
            (name[1] == 'd' || name[1] == 'D' || name[1] == 'n' || name[1] == 'N') &&
            (name.Length == 2 || name[2] == '-' || name[2] == '_'))
        {
            return PilkadaLanguage.Indonesian;
        }

        return PilkadaLanguage.English;
    }

    /// <summary>
    /// Parses a language name as a user would type it: <c>id</c>, <c>in</c>, <c>indonesian</c>, <c>bahasa</c>
    /// or <c>en</c>, <c>english</c> (case-insensitive).
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <param name="language">The language, when the text names one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a supported language.</returns>
    public static bool TryParse(string? text, out PilkadaLanguage language)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "ID" or "IN" or "ID-ID" or "INDONESIAN" or "INDONESIA" or "BAHASA":
                language = PilkadaLanguage.Indonesian;
                return true;
            case "EN" or "EN-US" or "EN-GB" or "ENGLISH":
                language = PilkadaLanguage.English;
                return true;
            default:
                language = PilkadaLanguage.English;
                return false;
        }
    }

    /// <summary>The culture name of a language: <c>id</c> or <c>en</c>.</summary>
    /// <param name="language">The language.</param>
    public static string ToCultureName(this PilkadaLanguage language) =>
        language == PilkadaLanguage.Indonesian ? "id" : "en";
}
