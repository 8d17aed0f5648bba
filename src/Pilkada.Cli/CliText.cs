using Pilkada.Domain;

namespace Pilkada.Cli;

/// <summary>The CLI's own labels in English and Bahasa Indonesia.</summary>
internal static class CliText
{
    private static readonly Dictionary<string, (string En, string Id)> Labels = new(StringComparer.Ordinal)
    {
        ["kind"] = ("Kind", "Jenis"),
        ["level"] = ("Level", "Tingkat"),
        ["parents"] = ("Within", "Induk"),
        ["timeZone"] = ("Time zone", "Zona waktu"),
        ["population"] = ("Population", "Penduduk"),
        ["male"] = ("male", "pria"),
        ["female"] = ("female", "wanita"),
        ["area"] = ("Area", "Luas"),
        ["children"] = ("Below", "Wilayah di bawahnya"),
        ["edition"] = ("Edition", "Edisi"),
        ["noRating"] = ("no published rating (only regions named by the publishers are rated)", "tidak ada peringkat yang dipublikasikan (hanya wilayah yang disebut penerbit yang diberi peringkat)"),
        ["rank"] = ("rank {0}", "peringkat {0}"),
        ["ikpBands"] = ("IKP 2024 bands", "Rentang IKP 2024"),
        ["score"] = ("Score", "Skor"),
        ["ambiguous"] = ("'{0}' matches several regions; give a code or a more precise name:", "'{0}' cocok dengan beberapa wilayah; berikan kode atau nama yang lebih tepat:"),
        ["noMatch"] = ("No region matches '{0}'.", "Tidak ada wilayah yang cocok dengan '{0}'."),
        ["closest"] = ("Closest names:", "Nama yang paling mirip:"),
        ["notInCatalog"] = ("The code {0} is well-formed but is not in {1}.", "Kode {0} sah bentuknya tetapi tidak terdapat dalam {1}."),
        ["retired"] = ("The code {0} is not in {1}; it was retired after {2}, where it was {3}.", "Kode {0} tidak terdapat dalam {1}; kode ini tidak berlaku lagi setelah {2}, yang mencatatnya sebagai {3}."),
    };

    public static string Get(string key, PilkadaLanguage language) =>
        language == PilkadaLanguage.Indonesian ? Labels[key].Id : Labels[key].En;

    public static string Format(string key, PilkadaLanguage language, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(key, language), args);

    /// <summary>Writes a number the Indonesian way (1.234.567) or the English way (1,234,567).</summary>
    public static string Number(long value, PilkadaLanguage language)
    {
        var text = value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        return language == PilkadaLanguage.Indonesian ? text.Replace(',', '.') : text;
    }

    /// <summary>Writes a decimal number with two decimals, comma-decimal in Indonesian.</summary>
    public static string Decimal(double value, PilkadaLanguage language)
    {
        var text = value.ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
        return language == PilkadaLanguage.Indonesian
            ? text.Replace(',', '\u0001').Replace('.', ',').Replace('\u0001', '.')
            : text;
    }
}
