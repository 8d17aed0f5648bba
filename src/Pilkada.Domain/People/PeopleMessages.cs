namespace Pilkada.Domain.People;

/// <summary>
/// Messages of the people area (NIK, NIP, civil servants) and of their validation rules, in English and Bahasa
/// Indonesia. Every message that names a NIK or NIP gets it masked.
/// </summary>
internal static class PeopleMessages
{
    internal static readonly Dictionary<string, MessageText> Table = new(StringComparer.Ordinal)
    {
        // NIK parse errors (NikError).
        ["Nik.Invalid"] = new(
            "'{value}' is not a valid NIK: {reason}",
            "'{value}' bukan NIK yang sah: {reason}"),
        ["Nik.None"] = new(
            "no error (position {position})",
            "tidak ada kesalahan (posisi {position})"),
        ["Nik.Empty"] = new(
            "the NIK is empty (position {position}).",
            "NIK kosong (posisi {position})."),
        ["Nik.InvalidCharacter"] = new(
            "character {position} is neither a digit nor a separator (a space, '.' or '-').",
            "karakter ke-{position} bukan angka dan bukan pemisah (spasi, '.' atau '-')."),
        ["Nik.MisplacedSeparator"] = new(
            "the separator at character {position} is not between two digits.",
            "pemisah pada karakter ke-{position} tidak berada di antara dua angka."),
        ["Nik.TooShort"] = new(
            "the text ends (character {position}) before the 16th digit; a NIK has 16 digits.",
            "teks berakhir (karakter ke-{position}) sebelum angka ke-16; NIK terdiri atas 16 angka."),
        ["Nik.TooLong"] = new(
            "character {position} is a 17th digit; a NIK has 16 digits.",
            "karakter ke-{position} adalah angka ke-17; NIK terdiri atas 16 angka."),
        ["Nik.InvalidProvince"] = new(
            "digits 1–2 (the province, at character {position}) are below 11; province codes run 11–96, and 99 marks a NIK issued abroad.",
            "angka ke-1–2 (provinsi, pada karakter ke-{position}) kurang dari 11; kode provinsi berkisar 11–96, dan 99 menandai NIK yang diterbitkan di luar negeri."),
        ["Nik.InvalidKabupatenKota"] = new(
            "digits 3–4 (the kabupaten/kota, at character {position}) must not be 00.",
            "angka ke-3–4 (kabupaten/kota, pada karakter ke-{position}) tidak boleh 00."),
        ["Nik.InvalidKecamatan"] = new(
            "digits 5–6 (the kecamatan, at character {position}) must not be 00.",
            "angka ke-5–6 (kecamatan, pada karakter ke-{position}) tidak boleh 00."),
        ["Nik.InvalidDay"] = new(
            "digits 7–8 (the day of birth, at character {position}) must be 01–31, or 41–71 for a woman (day + 40).",
            "angka ke-7–8 (tanggal lahir, pada karakter ke-{position}) harus 01–31, atau 41–71 untuk perempuan (tanggal + 40)."),
        ["Nik.InvalidMonth"] = new(
            "digits 9–10 (the month of birth, at character {position}) must be 01–12.",
            "angka ke-9–10 (bulan lahir, pada karakter ke-{position}) harus 01–12."),
        ["Nik.InvalidDate"] = new(
            "digits 7–12 (the birth date, at character {position}) name a day the month does not have (29 February only in years divisible by 4).",
            "angka ke-7–12 (tanggal lahir, pada karakter ke-{position}) menyebut tanggal yang tidak ada pada bulan itu (29 Februari hanya pada tahun yang habis dibagi 4)."),
        ["Nik.InvalidSequence"] = new(
            "digits 13–16 (the sequence number, at character {position}) are 0000; numbering starts at 0001.",
            "angka ke-13–16 (nomor urut, pada karakter ke-{position}) adalah 0000; penomoran dimulai dari 0001."),
        ["Nik.EmptyHasNoBirthDate"] = new(
            "The empty NIK has no birth date.",
            "NIK kosong tidak memiliki tanggal lahir."),
        ["Nik.NoBirthDateOn"] = new(
            "The NIK {value} has no real birth date on or before {reference}: its day, month and two-digit year match no date in the hundred years up to that day.",
            "NIK {value} tidak memiliki tanggal lahir yang nyata pada atau sebelum {reference}: tanggal, bulan dan dua angka tahunnya tidak cocok dengan tanggal mana pun dalam seratus tahun sampai hari itu."),

        // NIP parse errors (NipError).
        ["Nip.Invalid"] = new(
            "'{value}' is not a valid NIP: {reason}",
            "'{value}' bukan NIP yang sah: {reason}"),
        ["Nip.None"] = new(
            "no error (position {position})",
            "tidak ada kesalahan (posisi {position})"),
        ["Nip.Empty"] = new(
            "the NIP is empty (position {position}).",
            "NIP kosong (posisi {position})."),
        ["Nip.InvalidCharacter"] = new(
            "character {position} is neither a digit nor a separator (a space, '.' or '-'); only a leading 'NIP' or 'NI PPPK' label may have letters.",
            "karakter ke-{position} bukan angka dan bukan pemisah (spasi, '.' atau '-'); hanya label 'NIP' atau 'NI PPPK' di depan yang boleh berisi huruf."),
        ["Nip.MisplacedSeparator"] = new(
            "the separator at character {position} is not between two digits.",
            "pemisah pada karakter ke-{position} tidak berada di antara dua angka."),
        ["Nip.TooShort"] = new(
            "the text ends (character {position}) before the 18th digit; a NIP has 18 digits.",
            "teks berakhir (karakter ke-{position}) sebelum angka ke-18; NIP terdiri atas 18 angka."),
        ["Nip.TooLong"] = new(
            "character {position} is a 19th digit; a NIP has 18 digits.",
            "karakter ke-{position} adalah angka ke-19; NIP terdiri atas 18 angka."),
        ["Nip.InvalidBirthYear"] = new(
            "digits 1–4 (the year of birth, at character {position}) are before 1900.",
            "angka ke-1–4 (tahun lahir, pada karakter ke-{position}) sebelum 1900."),
        ["Nip.InvalidBirthMonth"] = new(
            "digits 5–6 (the month of birth, at character {position}) must be 01–12.",
            "angka ke-5–6 (bulan lahir, pada karakter ke-{position}) harus 01–12."),
        ["Nip.InvalidBirthDay"] = new(
            "digits 7–8 (the day of birth, at character {position}) name a day the month does not have.",
            "angka ke-7–8 (tanggal lahir, pada karakter ke-{position}) menyebut tanggal yang tidak ada pada bulan itu."),
        ["Nip.InvalidAppointmentMonth"] = new(
            "digits 13–14 (the month of the TMT CPNS, at character {position}) must be 01–12.",
            "angka ke-13–14 (bulan TMT CPNS, pada karakter ke-{position}) harus 01–12."),
        ["Nip.AppointmentBeforeBirth"] = new(
            "digits 9–14 (the TMT CPNS, at character {position}) are before the birth date in digits 1–8.",
            "angka ke-9–14 (TMT CPNS, pada karakter ke-{position}) lebih awal daripada tanggal lahir pada angka ke-1–8."),
        ["Nip.InvalidSex"] = new(
            "digit 15 (sex, at character {position}) must be 1 (laki-laki) or 2 (perempuan).",
            "angka ke-15 (jenis kelamin, pada karakter ke-{position}) harus 1 (laki-laki) atau 2 (perempuan)."),
        ["Nip.InvalidSequence"] = new(
            "digits 16–18 (the sequence number, at character {position}) are 000; numbering starts at 001.",
            "angka ke-16–18 (nomor urut, pada karakter ke-{position}) adalah 000; penomoran dimulai dari 001."),
        ["Nip.KindMismatch"] = new(
            "the text (character {position}) is labelled NI PPPK, but a PNS NIP was asked for.",
            "teks (karakter ke-{position}) berlabel NI PPPK, padahal yang diminta NIP PNS."),

        // FluentValidation rules (.Nik(), .Nip()).
        ["Nik.Malformed"] = new(
            "{property}: '{value}' is not a valid NIK: {reason}",
            "{property}: '{value}' bukan NIK yang sah: {reason}"),
        ["Nik.Missing"] = new(
            "{property}: the NIK is empty.",
            "{property}: NIK kosong."),
        ["Nik.NoBirthDate"] = new(
            "{property}: the NIK {value} has no real birth date on or before {reference}.",
            "{property}: NIK {value} tidak memiliki tanggal lahir yang nyata pada atau sebelum {reference}."),
        ["Nik.RegionNotInCatalog"] = new(
            "{property}: the region of first registration (digits 1–6) of NIK {value} is neither in {edition} nor among the codes it retired; older codes are unknown to the catalogue.",
            "{property}: wilayah pendaftaran pertama (angka ke-1–6) NIK {value} tidak terdapat dalam {edition} maupun dalam daftar kode yang tidak berlaku lagi; kode yang lebih lama tidak dikenal katalog."),
        ["Nik.SexMismatch"] = new(
            "{property}: NIK {value} is registered for a {actual}, but a {expected} was expected.",
            "{property}: NIK {value} tercatat untuk {actual}, padahal yang diharapkan {expected}."),
        ["Nik.TooYoung"] = new(
            "{property}: by NIK {value} the person is {age} years old on {reference}; the minimum is {minimumAge}.",
            "{property}: menurut NIK {value} orang ini berumur {age} tahun pada {reference}; umur paling rendah {minimumAge} tahun."),
        ["Nip.Malformed"] = new(
            "{property}: '{value}' is not a valid NIP: {reason}",
            "{property}: '{value}' bukan NIP yang sah: {reason}"),
        ["Nip.Missing"] = new(
            "{property}: the NIP is empty.",
            "{property}: NIP kosong."),
        ["Nip.WrongKind"] = new(
            "{property}: {value} is a {actual} number; a {expected} number is required.",
            "{property}: {value} adalah nomor {actual}; yang diminta nomor {expected}."),
        ["Nip.BornAfterReference"] = new(
            "{property}: the birth date in NIP {value} is after {reference}.",
            "{property}: tanggal lahir pada NIP {value} sesudah {reference}."),
        ["Nip.AppointedAfterReference"] = new(
            "{property}: the TMT CPNS in NIP {value} is after {reference}.",
            "{property}: TMT CPNS pada NIP {value} sesudah {reference}."),
        ["Nip.SexMismatch"] = new(
            "{property}: NIP {value} is registered for a {actual}, but a {expected} was expected.",
            "{property}: NIP {value} tercatat untuk {actual}, padahal yang diharapkan {expected}."),

        // Names used inside messages.
        ["Sex.Male"] = new("man (laki-laki)", "laki-laki"),
        ["Sex.Female"] = new("woman (perempuan)", "perempuan"),
        ["AsnKind.Pns"] = new("PNS", "PNS"),
        ["AsnKind.Pppk"] = new("PPPK", "PPPK"),

        // JSON of a civil servant.
        ["CivilServant.ExpectedObject"] = new(
            "A civil servant must be a JSON object, not {token}.",
            "Data pegawai ASN harus berupa objek JSON, bukan {token}."),
        ["CivilServant.ExpectedString"] = new(
            "The civil servant's '{field}' must be a JSON string, not {token}.",
            "'{field}' pegawai ASN harus berupa string JSON, bukan {token}."),
        ["CivilServant.UnknownKind"] = new(
            "The civil servant's kind '{value}' is neither 'Pns' nor 'Pppk'.",
            "Jenis pegawai ASN '{value}' bukan 'Pns' maupun 'Pppk'."),
        ["CivilServant.MissingField"] = new(
            "A civil servant needs '{field}'; it is missing or blank.",
            "Data pegawai ASN memerlukan '{field}'; isian itu tidak ada atau kosong."),
    };
}
