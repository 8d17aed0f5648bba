namespace Pilkada.Domain.Regions;

/// <summary>Messages of the regions area, in English and Bahasa Indonesia.</summary>
internal static class RegionMessages
{
    internal static readonly Dictionary<string, MessageText> Table = new(StringComparer.Ordinal)
    {
        ["RegionCode.Invalid"] = new(
            "'{value}' is not a valid region code: {reason}",
            "'{value}' bukan kode wilayah yang sah: {reason}"),
        ["RegionCode.None"] = new(
            "no error (position {position})",
            "tidak ada kesalahan (posisi {position})"),
        ["RegionCode.Empty"] = new(
            "the code is empty (position {position}).",
            "kode kosong (posisi {position})."),
        ["RegionCode.InvalidCharacter"] = new(
            "character {position} is neither a digit nor a separator ('.', '-' or a space).",
            "karakter ke-{position} bukan angka dan bukan pemisah ('.', '-' atau spasi)."),
        ["RegionCode.MisplacedSeparator"] = new(
            "the separator at character {position} is not between two parts of the code (PP.KK.CC.DDDD).",
            "pemisah pada karakter ke-{position} tidak berada di antara dua bagian kode (PP.KK.CC.DDDD)."),
        ["RegionCode.Incomplete"] = new(
            "the code ends at character {position} in the middle of a part; a code has 2, 4, 6 or 10 digits (PP.KK.CC.DDDD).",
            "kode berakhir pada karakter ke-{position} di tengah suatu bagian; kode terdiri atas 2, 4, 6 atau 10 angka (PP.KK.CC.DDDD)."),
        ["RegionCode.TooLong"] = new(
            "the code has more than 10 digits (character {position}).",
            "kode lebih dari 10 angka (karakter ke-{position})."),
        ["RegionCode.InvalidProvince"] = new(
            "the province part at character {position} is below 11; province codes run from 11 to 96.",
            "bagian provinsi pada karakter ke-{position} kurang dari 11; kode provinsi berkisar 11 sampai 96."),
        ["RegionCode.InvalidKabupatenKota"] = new(
            "the kabupaten/kota part at character {position} must not be 00 (kabupaten are 01–69, kota 71–79).",
            "bagian kabupaten/kota pada karakter ke-{position} tidak boleh 00 (kabupaten 01–69, kota 71–79)."),
        ["RegionCode.InvalidKecamatan"] = new(
            "the kecamatan part at character {position} must not be 00.",
            "bagian kecamatan pada karakter ke-{position} tidak boleh 00."),
        ["RegionCode.InvalidVillage"] = new(
            "the village part at character {position} must start with 1 (kelurahan), 2 (desa) or 3 (desa adat) and must not end in 000.",
            "bagian desa/kelurahan pada karakter ke-{position} harus diawali 1 (kelurahan), 2 (desa) atau 3 (desa adat) dan tidak boleh berakhiran 000."),
        ["RegionCatalog.NotFound"] = new(
            "The region code {code} is well-formed but is not in {edition}.",
            "Kode wilayah {code} sah bentuknya tetapi tidak terdapat dalam {edition}."),
        ["RegionCatalog.Retired"] = new(
            "The region code {code} is not in {edition}; it was retired after {oldEdition}, where it was {name}.",
            "Kode wilayah {code} tidak terdapat dalam {edition}; kode ini tidak berlaku lagi setelah {oldEdition}, yang mencatatnya sebagai {name}."),
    };
}
