namespace Pilkada.Domain.Violations;

/// <summary>Messages of the violations area, in English and Bahasa Indonesia.</summary>
internal static class ViolationMessages
{
    internal static readonly Dictionary<string, MessageText> Table = new(StringComparer.Ordinal)
    {
        ["Rupiah.Invalid"] = new(
            "'{value}' is not an amount of rupiah: {reason}",
            "'{value}' bukan jumlah rupiah yang sah: {reason}"),
        ["Rupiah.None"] = new(
            "no error (position {position})",
            "tidak ada kesalahan (posisi {position})"),
        ["Rupiah.Empty"] = new(
            "the amount is empty (position {position}).",
            "jumlah kosong (posisi {position})."),
        ["Rupiah.InvalidCharacter"] = new(
            "character {position} is not part of an amount (digits with dots between groups of three, an optional Rp prefix, ,00 or ,- at the end).",
            "karakter ke-{position} bukan bagian dari jumlah uang (angka dengan titik di antara kelompok tiga angka, awalan Rp boleh ada, ,00 atau ,- di akhir)."),
        ["Rupiah.MisplacedSeparator"] = new(
            "the thousands separator at character {position} must separate groups of exactly three digits (Rp200.000.000).",
            "pemisah ribuan pada karakter ke-{position} harus memisahkan kelompok tepat tiga angka (Rp200.000.000)."),
        ["Rupiah.MissingDigits"] = new(
            "digits are missing at character {position}.",
            "angka tidak ada pada karakter ke-{position}."),
        ["Rupiah.InvalidSen"] = new(
            "character {position}: the part after the comma is sen and has at most two digits (Indonesian writes 200.000, not 200,000).",
            "karakter ke-{position}: bagian setelah koma adalah sen dan paling banyak dua angka (ditulis 200.000, bukan 200,000)."),
        ["Rupiah.NonZeroSen"] = new(
            "character {position}: the sen part must be zero; amounts in law are whole rupiah.",
            "karakter ke-{position}: bagian sen harus nol; jumlah dalam peraturan adalah rupiah utuh."),
        ["Rupiah.TooLarge"] = new(
            "the amount is too large at character {position} (at most Rp9.223.372.036.854.775.807).",
            "jumlah terlalu besar pada karakter ke-{position} (paling banyak Rp9.223.372.036.854.775.807)."),
        ["Rupiah.Negative"] = new(
            "the amount is negative (character {position}); fines are not negative.",
            "jumlah bernilai negatif (karakter ke-{position}); denda tidak bernilai negatif."),
        ["Json.ExpectedNumberOrString"] = new(
            "A {type} must be a JSON number or string, not {token}.",
            "{type} harus berupa angka atau string JSON, bukan {token}."),
    };
}
