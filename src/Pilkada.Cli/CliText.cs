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
        ["wrongLevel"] = ("{0} {1} is not a {2}.", "{0} {1} bukan {2}."),
        ["levelProvince"] = ("province", "provinsi"),
        ["levelKabupatenKota"] = ("kabupaten/kota", "kabupaten/kota"),
        ["election"] = ("Election", "Pemilihan"),
        ["votingDay"] = ("Voting day", "Hari pemungutan suara"),
        ["legalBasis"] = ("Legal basis", "Dasar hukum"),
        ["schedule"] = ("Schedule", "Jadwal"),
        ["region"] = ("Region", "Wilayah"),
        ["on"] = ("Date", "Tanggal"),
        ["today"] = ("today", "hari ini"),
        ["inForce"] = ("In force", "Tahapan berjalan"),
        ["noStageInForce"] = ("no stage of this schedule", "tidak ada tahapan dalam jadwal ini"),
        ["officeHours"] = ("No office hours", "Tanpa jam layanan"),
        ["officeHoursNote"] = ("Bawaslu's office hours do not apply (Perbawaslu 9/2024 Pasal 5(2b); its reading is disputed)", "jam layanan Bawaslu tidak berlaku (Perbawaslu 9/2024 Pasal 5 ayat (2) huruf b; tafsirnya diperdebatkan)"),
        ["badDate"] = ("'{0}' is not a date (yyyy-MM-dd), a local date and time (yyyy-MM-ddTHH:mm) or an instant (yyyy-MM-ddTHH:mmZ or with an offset such as +08:00).", "'{0}' bukan tanggal (yyyy-MM-dd), tanggal dan jam setempat (yyyy-MM-ddTHH:mm) atau instan (yyyy-MM-ddTHH:mmZ atau dengan selisih seperti +08:00)."),
        ["instantNeedsRegion"] = ("'{0}' is an instant; give --region to tell its local date.", "'{0}' adalah instan; berikan --region untuk menentukan tanggal setempatnya."),
        ["uncertain"] = ("uncertain", "belum pasti"),
        ["oneSource"] = ("one source", "satu sumber"),
        ["contests"] = ("Contests", "Kontestasi"),
        ["noContests"] = ("No contest matches.", "Tidak ada kontestasi yang cocok."),
        ["contestCount"] = ("{0} contests: {1} gubernur, {2} bupati, {3} wali kota", "{0} kontestasi: {1} gubernur, {2} bupati, {3} wali kota"),
        ["singleCandidate"] = ("single candidate", "calon tunggal"),
        ["kolomKosongWon"] = ("kolom kosong won", "kolom kosong menang"),
        ["paslonWon"] = ("the pair won", "pasangan calon menang"),
        ["outcomeUnknown"] = ("outcome unknown", "hasil tidak diketahui"),
        ["rerun"] = ("re-run", "pemilihan ulang"),
        ["revote"] = ("MK {0}: {1}", "MK {0}: {1}"),
        ["psuAll"] = ("re-vote at all polling stations on {0}", "PSU di seluruh TPS pada {0}"),
        ["psuSome"] = ("re-vote at some polling stations on {0}", "PSU di sebagian TPS pada {0}"),
        ["rekapUlang"] = ("re-tabulation", "rekapitulasi ulang"),
        ["otherRemedy"] = ("other remedy", "putusan lain"),
        ["noDates"] = ("no dates", "tanpa tanggal"),
        ["badKind"] = ("'{0}' is not a contest kind; use gubernur, bupati or wali-kota.", "'{0}' bukan jenis pemilihan; gunakan gubernur, bupati atau wali-kota."),
        ["result"] = ("Result", "Hasil"),
        ["syaratFormil"] = ("Syarat formil", "Syarat formil"),
        ["syaratMateriil"] = ("Syarat materiil", "Syarat materiil"),
        ["met"] = ("met", "terpenuhi"),
        ["unmetCount"] = ("{0} not met", "{0} tidak terpenuhi"),
        ["reportingPeriod"] = ("Reporting period", "Batas waktu pelaporan"),
        ["noReportingDeadline"] = ("not computed: see the daluwarsa requirement", "tidak dapat dihitung: lihat syarat daluwarsa"),
        ["countedIn"] = ("counted in {0}, the zone of {1}", "dihitung dalam {0}, zona waktu {1}"),
        ["placeFromIncident"] = ("the incident's region", "wilayah tempat kejadian"),
        ["placeFromContest"] = ("the contest's region", "wilayah pemilihan"),
        ["placeFromFallback"] = ("no region given (WIB assumed)", "wilayah tidak disebutkan (dianggap WIB)"),
        ["correction"] = ("Correction deadline", "Batas waktu perbaikan"),
        ["correctionOver"] = ("the correction period is over at the time of the check ({0})", "batas waktu perbaikan sudah lewat pada waktu pemeriksaan ({0})"),
        ["filingHours"] = ("Filing hours", "Jam layanan"),
        ["badRegime"] = ("'{0}' is not a regime; use pilkada (7 hari kalender) or pemilu (7 hari kerja).", "'{0}' bukan rezim hukum; gunakan pilkada (7 hari kalender) atau pemilu (7 hari kerja)."),
        ["badInstant"] = ("'{0}' is not an instant; write e.g. 2024-11-02T02:00Z or 2024-11-02T09:00+07:00.", "'{0}' bukan instan; tulis misalnya 2024-11-02T02:00Z atau 2024-11-02T09:00+07:00."),
        ["cannotRead"] = ("Cannot read '{0}': {1}", "Berkas '{0}' tidak dapat dibaca: {1}"),
        ["badLaporanJson"] = ("'{0}' is not a valid laporan: {1}", "'{0}' bukan laporan yang sah: {1}"),
        ["nullLaporan"] = ("'{0}' holds JSON null, not a laporan object.", "'{0}' berisi JSON null, bukan objek laporan."),
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
