namespace Pilkada.Domain.Elections;

/// <summary>Names and parsing of <see cref="ContestKind"/> values.</summary>
public static class ContestKinds
{
    /// <summary>The command-line and URL form: <c>gubernur</c>, <c>bupati</c> or <c>wali-kota</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined kind.</exception>
    public static string ToSlug(this ContestKind kind) => kind switch
    {
        ContestKind.Gubernur => "gubernur",
        ContestKind.Bupati => "bupati",
        ContestKind.WaliKota => "wali-kota",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a contest kind."),
    };

    /// <summary>
    /// The name of the election in a language: <c>pemilihan gubernur</c>, <c>pemilihan bupati</c>,
    /// <c>pemilihan wali kota</c>; <c>governor election</c>, <c>regent election</c>, <c>mayoral election</c>.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="language">The language.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined kind.</exception>
    public static string GetName(this ContestKind kind, PilkadaLanguage language) => (kind, language) switch
    {
        (ContestKind.Gubernur, PilkadaLanguage.Indonesian) => "pemilihan gubernur",
        (ContestKind.Bupati, PilkadaLanguage.Indonesian) => "pemilihan bupati",
        (ContestKind.WaliKota, PilkadaLanguage.Indonesian) => "pemilihan wali kota",
        (ContestKind.Gubernur, _) => "governor election",
        (ContestKind.Bupati, _) => "regent election",
        (ContestKind.WaliKota, _) => "mayoral election",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a contest kind."),
    };

    /// <summary>
    /// Reads a kind as a person types it: <c>gubernur</c>, <c>bupati</c>, <c>wali-kota</c>, <c>walikota</c>,
    /// <c>wali_kota</c>, <c>wali kota</c>, or the enum names (case-insensitive). Never throws.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">The kind, when recognised.</param>
    public static bool TryParse(string? text, out ContestKind kind)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "GUBERNUR" or "GOVERNOR" or "PILGUB":
                kind = ContestKind.Gubernur;
                return true;
            case "BUPATI" or "REGENT" or "PILBUP":
                kind = ContestKind.Bupati;
                return true;
            case "WALI-KOTA" or "WALIKOTA" or "WALI_KOTA" or "WALI KOTA" or "MAYOR" or "PILWALKOT":
                kind = ContestKind.WaliKota;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
