using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain;

namespace Pilkada.Cli.Commands;

/// <summary>What the nik and nip commands share: their labels in English and Bahasa Indonesia, --full and --on.</summary>
internal static class PersonNumberText
{
    private static readonly Dictionary<string, (string En, string Id)> Labels = new(StringComparer.Ordinal)
    {
        ["valid"] = ("valid", "sah"),
        ["kind"] = ("Kind", "Jenis"),
        ["domestic"] = ("issued in Indonesia by a Dinas Dukcapil kabupaten/kota (PP 40/2019 Pasal 31)", "diterbitkan di Indonesia oleh Dinas Dukcapil kabupaten/kota (PP 40/2019 Pasal 31)"),
        ["abroad"] = ("issued abroad by a Perwakilan Republik Indonesia (PP 40/2019 Pasal 32 ayat (3))", "diterbitkan di luar negeri oleh Perwakilan Republik Indonesia (PP 40/2019 Pasal 32 ayat (3))"),
        ["nikRegion"] = ("Digits 1–6", "Angka ke-1–6"),
        ["nikDate"] = ("Digits 7–12", "Angka ke-7–12"),
        ["nikSequence"] = ("Digits 13–16", "Angka ke-13–16"),
        ["regionOfRegistration"] = ("region of first registration", "wilayah pendaftaran pertama"),
        ["abroadPrefix"] = ("99 = abroad; country code {0}, Perwakilan code {1} (the code list is not published in the regulation)", "99 = luar negeri; kode negara {0}, kode Perwakilan {1} (daftar kodenya tidak dimuat dalam peraturan)"),
        ["retired"] = ("not in {0}; retired after {1}, where it was {2} (accepted: a NIK keeps its code)", "tidak terdapat dalam {0}; tidak berlaku lagi setelah {1}, yang mencatatnya sebagai {2} (diterima: NIK tetap memakai kodenya)"),
        ["notInCatalog"] = ("not in {0} (accepted: the code may be older than the catalogue)", "tidak terdapat dalam {0} (diterima: kodenya mungkin lebih tua daripada katalog)"),
        ["birthDateAndSex"] = ("birth date and sex", "tanggal lahir dan jenis kelamin"),
        ["sequence"] = ("sequence number", "nomor urut"),
        ["hidden"] = ("hidden (--full shows it)", "disembunyikan (--full menampilkannya)"),
        ["bornOn"] = ("{0}; {1}, {2} years old on {3}", "{0}; {1}, berumur {2} tahun pada {3}"),
        ["womanDay"] = ("woman (day {0} = {1} + 40)", "perempuan (tanggal {0} = {1} + 40)"),
        ["man"] = ("man", "laki-laki"),
        ["registrationNote"] = (
            "The region is where the NIK was first issued, not where the person lives now (PP 40/2019 Pasal 30 ayat (2)). A valid NIK proves neither citizenship nor the right to vote.",
            "Wilayah tersebut adalah tempat NIK pertama kali diterbitkan, bukan domisili sekarang (PP 40/2019 Pasal 30 ayat (2)). NIK yang sah tidak membuktikan kewarganegaraan atau hak pilih."),
        ["noBirthDate"] = (
            "The NIK {0} has no real birth date on or before {1} (its day, month and two-digit year match no date in the hundred years up to that day).",
            "NIK {0} tidak memiliki tanggal lahir yang nyata pada atau sebelum {1} (tanggal, bulan dan dua angka tahunnya tidak cocok dengan tanggal mana pun dalam seratus tahun sampai hari itu)."),
        ["pns"] = ("PNS (layout of Perka BKN 22/2007)", "PNS (susunan menurut Perka BKN 22/2007)"),
        ["pppk"] = ("PPPK (NI PPPK)", "PPPK (NI PPPK)"),
        ["nipBirth"] = ("Digits 1–8", "Angka ke-1–8"),
        ["nipMiddle"] = ("Digits 9–14", "Angka ke-9–14"),
        ["nipSex"] = ("Digit 15", "Angka ke-15"),
        ["nipSequence"] = ("Digits 16–18", "Angka ke-16–18"),
        ["birthDate"] = ("birth date", "tanggal lahir"),
        ["tmt"] = ("TMT CPNS", "TMT CPNS"),
        ["sex"] = ("sex", "jenis kelamin"),
        ["notDecoded"] = ("not decoded: no published rule settles what these digits mean in a NI PPPK", "tidak diuraikan: belum ada aturan terbitan yang menetapkan arti angka ini pada NI PPPK"),
        ["age"] = ("{0}, {1} years old on {2}", "{0}, berumur {1} tahun pada {2}"),
        ["tmtFrom"] = ("{0} (from 1 {0})", "{0} (mulai 1 {0})"),
        ["sexDigit1"] = ("1 = laki-laki (man)", "1 = laki-laki"),
        ["sexDigit2"] = ("2 = perempuan (woman)", "2 = perempuan"),
        ["tryPppk"] = ("It is a well-formed NI PPPK: if it is one, add --pppk.", "Nomor ini berbentuk NI PPPK yang sah: jika memang NI PPPK, tambahkan --pppk."),
        ["bornAfter"] = ("The birth date in NIP {0} is after {1}.", "Tanggal lahir pada NIP {0} sesudah {1}."),
        ["appointedAfter"] = ("The TMT CPNS in NIP {0} is after {1}.", "TMT CPNS pada NIP {0} sesudah {1}."),
        ["badDate"] = ("--on must be a date written yyyy-MM-dd, e.g. 2024-11-27; '{0}' is not one.", "--on harus berupa tanggal yyyy-MM-dd, misalnya 2024-11-27; '{0}' bukan tanggal seperti itu."),
    };

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] IndonesianMonths =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    public static string Get(string key, PilkadaLanguage language) =>
        language == PilkadaLanguage.Indonesian ? Labels[key].Id : Labels[key].En;

    public static string Format(string key, PilkadaLanguage language, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(key, language), args);

    public static string Date(LocalDate date, PilkadaLanguage language) => PilkadaMessages.FormatDate(date, language);

    public static string Month(YearMonth month, PilkadaLanguage language) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{(language == PilkadaLanguage.Indonesian ? IndonesianMonths : EnglishMonths)[month.Month - 1]} {month.Year}");

    /// <summary>--full: show every digit and the parts.</summary>
    public static Option<bool> FullOption() => new("--full") { Description = "Show the full number and its parts (masked by default)." };

    /// <summary>--on: the reference date (default: today in WIB).</summary>
    public static Option<string?> OnOption() => new("--on")
    {
        Description = "The day to judge the number on, yyyy-MM-dd (default: today, Asia/Jakarta). Decides the century of a NIK's birth year and the age.",
    };

    /// <summary>Reads --on, or today in Asia/Jakarta from the CLI's clock (the system clock unless a test injects one).</summary>
    public static bool TryReferenceDate(CliContext context, string? text, PilkadaLanguage language, bool json, out LocalDate date)
    {
        if (text is null)
        {
            date = context.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).Date;
            return true;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (result.Success)
        {
            date = result.Value;
            return true;
        }

        date = default;
        context.Fail(json, "usage", Format("badDate", language, text), ExitCodes.Usage);
        return false;
    }

    /// <summary>"Label:" padded to a column.</summary>
    public static string Column(string label) => (label + ":").PadRight(16);
}
