namespace Pilkada.Domain.Cases;

/// <summary>
/// Messages of report and finding intake (requirements, filing hours, correction deadline), in English and Bahasa
/// Indonesia. A requirement's message is its code's template with the facts (<c>{problems}</c>) joined by "; ".
/// </summary>
internal static class IntakeMessages
{
    internal static readonly Dictionary<string, MessageText> Table = new(StringComparer.Ordinal)
    {
        // Syarat formil: identitas pelapor.
        ["Laporan.Formil.IdentitasPelapor"] = new(
            "Syarat formil, identitas pelapor (the reporter's name, NIK and address; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) is not met: {problems}.",
            "Syarat formil identitas pelapor (nama, NIK dan alamat pelapor; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) tidak terpenuhi: {problems}."),
        ["Laporan.Formil.IdentitasPelapor.NoPelapor"] = new("the report names no pelapor", "laporan tidak memuat identitas pelapor"),
        ["Laporan.Formil.IdentitasPelapor.NoName"] = new("the pelapor's name is empty", "nama pelapor kosong"),
        ["Laporan.Formil.IdentitasPelapor.NoNik"] = new("the pelapor's NIK is empty", "NIK pelapor kosong"),
        ["Laporan.Formil.IdentitasPelapor.InvalidNik"] = new("the pelapor's NIK {value} is not valid: {reason}", "NIK pelapor {value} tidak sah: {reason}"),
        ["Laporan.Formil.IdentitasPelapor.NoAddress"] = new("the pelapor's address is empty", "alamat pelapor kosong"),
        ["Laporan.Formil.IdentitasPelapor.KuasaNoName"] = new("the kuasa (representative) has no name", "nama kuasa pelapor kosong"),
        ["Laporan.Formil.IdentitasPelapor.KuasaInvalidNik"] = new("the kuasa's NIK {value} is not valid: {reason}", "NIK kuasa {value} tidak sah: {reason}"),
        ["Laporan.Formil.IdentitasPelapor.KuasaNoDate"] = new(
            "the kuasa files without the date of a surat kuasa khusus (Perbawaslu 9/2024 Pasal 4 ayat (3))",
            "kuasa menyampaikan laporan tanpa tanggal surat kuasa khusus (Perbawaslu 9/2024 Pasal 4 ayat (3))"),
        ["Laporan.Formil.IdentitasPelapor.KuasaDateAfterFiling"] = new(
            "the surat kuasa khusus is dated {date}, after the report was filed on {filedOn}",
            "surat kuasa khusus bertanggal {date}, setelah laporan disampaikan pada {filedOn}"),

        // Syarat formil: status pelapor.
        ["Laporan.Formil.StatusPelapor"] = new(
            "Syarat formil, status pelapor (a voter of the local election, an accredited pemantau or a peserta Pemilihan; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (2)) is not met: {problem}.",
            "Syarat formil status pelapor (WNI yang memiliki hak pilih pada Pemilihan setempat, pemantau Pemilihan yang terakreditasi, atau peserta Pemilihan; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (2)) tidak terpenuhi: {problem}."),
        ["Laporan.Formil.StatusPelapor.NoPelapor"] = new("the report names no pelapor", "laporan tidak memuat identitas pelapor"),
        ["Laporan.Formil.StatusPelapor.NoStanding"] = new("the pelapor's standing is not given", "status pelapor tidak disebutkan"),
        ["Laporan.Formil.StatusPelapor.UnknownStanding"] = new("{value} is not a standing (1 pemilih, 2 pemantau, 3 peserta Pemilihan)", "{value} bukan status pelapor (1 pemilih, 2 pemantau, 3 peserta Pemilihan)"),
        ["Laporan.Formil.StatusPelapor.NoAccreditation"] = new(
            "a pemantau needs the accreditation number issued by the KPU, and none is given",
            "pemantau harus menyebutkan nomor akreditasi dari KPU, dan nomor itu tidak ada"),

        // Syarat formil: identitas terlapor.
        ["Laporan.Formil.IdentitasTerlapor"] = new(
            "Syarat formil, identitas terlapor (the name and address of each reported party; Perbawaslu 8/2020) is not met: {problems}.",
            "Syarat formil identitas terlapor (nama dan alamat setiap terlapor; Perbawaslu 8/2020) tidak terpenuhi: {problems}."),
        ["Laporan.Formil.IdentitasTerlapor.None"] = new("the report names no terlapor", "laporan tidak menyebutkan terlapor"),
        ["Laporan.Formil.IdentitasTerlapor.NoName"] = new("terlapor {index} has no name", "terlapor ke-{index} tidak bernama"),
        ["Laporan.Formil.IdentitasTerlapor.NoAddress"] = new("terlapor {index} has no address", "alamat terlapor ke-{index} kosong"),
        ["Laporan.Formil.IdentitasTerlapor.InvalidNip"] = new("the NIP of terlapor {index}, {value}, is not valid: {reason}", "NIP terlapor ke-{index}, {value}, tidak sah: {reason}"),

        // Syarat formil: daluwarsa.
        ["Laporan.Formil.Daluwarsa"] = new(
            "Syarat formil, daluwarsa (reporting period) is not met: the report came on {filedOn} at {filedTime} while the violation was known on {knownOn}; the last day to report was {lastDay} ({period} counted in {zone}; {source}).",
            "Syarat formil daluwarsa (batas waktu pelaporan) tidak terpenuhi: laporan disampaikan pada {filedOn} pukul {filedTime}, sedangkan pelanggaran diketahui pada {knownOn}; hari terakhir penyampaian laporan adalah {lastDay} ({period} dihitung dalam {zone}; {source})."),
        ["Laporan.Formil.Daluwarsa.NoKnownOn"] = new(
            "Syarat formil, daluwarsa (reporting period; {source}) cannot be checked: the date the violation became known (hari dan tanggal diketahui) is missing.",
            "Syarat formil daluwarsa (batas waktu pelaporan; {source}) tidak dapat diperiksa: hari dan tanggal diketahuinya pelanggaran tidak diisi."),
        ["Laporan.Formil.Daluwarsa.NoFiledAt"] = new(
            "Syarat formil, daluwarsa (reporting period; {source}) cannot be checked: the time the report was filed is missing.",
            "Syarat formil daluwarsa (batas waktu pelaporan; {source}) tidak dapat diperiksa: waktu penyampaian laporan tidak diisi."),
        ["Laporan.Formil.Daluwarsa.NoDates"] = new(
            "Syarat formil, daluwarsa (reporting period; {source}) cannot be checked: both the date the violation became known and the time the report was filed are missing.",
            "Syarat formil daluwarsa (batas waktu pelaporan; {source}) tidak dapat diperiksa: tanggal diketahuinya pelanggaran dan waktu penyampaian laporan tidak diisi."),
        ["Laporan.Formil.Daluwarsa.KnownAfterFiling"] = new(
            "Syarat formil, daluwarsa (reporting period): the violation is said to be known on {knownOn}, after the report was filed on {filedOn} ({zone}).",
            "Syarat formil daluwarsa (batas waktu pelaporan): pelanggaran disebut diketahui pada {knownOn}, setelah laporan disampaikan pada {filedOn} ({zone})."),
        ["Laporan.Formil.Daluwarsa.FiledAfterNow"] = new(
            "Syarat formil, daluwarsa (reporting period): the report is said to be filed at {filedAt}, later than the time of the check, {now}.",
            "Syarat formil daluwarsa (batas waktu pelaporan): laporan disebut disampaikan pada {filedAt}, lebih lambat dari waktu pemeriksaan, {now}."),
        ["Laporan.Formil.Daluwarsa.NotInForce"] = new(
            "Syarat formil, daluwarsa (reporting period) cannot be checked: {reason}",
            "Syarat formil daluwarsa (batas waktu pelaporan) tidak dapat diperiksa: {reason}"),
        ["Laporan.Formil.Daluwarsa.NotCovered"] = new(
            "Syarat formil, daluwarsa (reporting period) cannot be checked: {reason}",
            "Syarat formil daluwarsa (batas waktu pelaporan) tidak dapat diperiksa: {reason}"),

        // Syarat formil: tanda tangan.
        ["Laporan.Formil.TandaTangan"] = new(
            "Syarat formil, tanda tangan is not met: the receiving officer found that the signature on the report form does not match the pelapor's identity card (Perbawaslu 8/2020).",
            "Syarat formil tanda tangan tidak terpenuhi: petugas penerima laporan mendapati tanda tangan pada formulir laporan tidak sesuai dengan kartu identitas pelapor (Perbawaslu 8/2020)."),
        ["Laporan.Formil.TandaTangan.NotChecked"] = new(
            "Syarat formil, tanda tangan is not yet met: the receiving officer has not recorded whether the signature on the report form matches the pelapor's identity card (Perbawaslu 8/2020).",
            "Syarat formil tanda tangan belum terpenuhi: petugas penerima laporan belum mencatat apakah tanda tangan pada formulir laporan sesuai dengan kartu identitas pelapor (Perbawaslu 8/2020)."),

        // The contest.
        ["Laporan.Formil.Pemilihan"] = new(
            "The contest the report concerns cannot be used: {problem}.",
            "Pemilihan yang dilaporkan tidak dapat digunakan: {problem}."),
        ["Intake.Contest.Malformed"] = new("'{value}' is not a contest id: {reason}", "'{value}' bukan kode pemilihan yang sah: {reason}"),
        ["Intake.Contest.NotFound"] = new("the contest {value} is not in the election catalogue ({edition})", "pemilihan {value} tidak terdapat dalam katalog pemilihan ({edition})"),

        // Syarat materiil.
        ["Laporan.Materiil.WaktuTempat"] = new(
            "Syarat materiil, waktu dan tempat kejadian (date and place of the incident; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) is not met: {problems}.",
            "Syarat materiil waktu dan tempat kejadian (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) tidak terpenuhi: {problems}."),
        ["Laporan.Materiil.Uraian"] = new(
            "Syarat materiil, uraian kejadian (a description of what happened; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) is not met: {problem}.",
            "Syarat materiil uraian kejadian (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) tidak terpenuhi: {problem}."),
        ["Laporan.Materiil.Bukti"] = new(
            "Syarat materiil, bukti (evidence; Perbawaslu 8/2020) is not met: {problems}.",
            "Syarat materiil bukti (Perbawaslu 8/2020) tidak terpenuhi: {problems}."),

        ["Intake.Incident.Missing"] = new("the time and place of the incident are not given", "waktu dan tempat kejadian tidak diisi"),
        ["Intake.Incident.NoDate"] = new("the date of the incident is missing", "tanggal kejadian tidak diisi"),
        ["Intake.Incident.AfterFiling"] = new("the incident is dated {date}, after the report was filed on {filedOn}", "kejadian bertanggal {date}, setelah laporan disampaikan pada {filedOn}"),
        ["Intake.Incident.AfterFinding"] = new("the incident is dated {date}, after it was found on {foundOn}", "kejadian bertanggal {date}, setelah ditemukan pada {foundOn}"),
        ["Intake.Incident.NoRegion"] = new("the region code of the place is missing", "kode wilayah tempat kejadian tidak diisi"),
        ["Intake.Incident.MalformedRegion"] = new("'{value}' is not a region code: {reason}", "'{value}' bukan kode wilayah yang sah: {reason}"),
        ["Intake.Incident.RegionNotInCatalog"] = new("the region code {value} is not in {edition}", "kode wilayah {value} tidak terdapat dalam {edition}"),
        ["Intake.Incident.RegionRetired"] = new(
            "the region code {value} is no longer in use: it was {name} in {lastEdition} and is not in {edition}",
            "kode wilayah {value} sudah tidak berlaku: kode itu adalah {name} dalam {lastEdition} dan tidak terdapat dalam {edition}"),
        ["Intake.Incident.NoPlace"] = new("the place is not described in words (street, building, TPS number, …)", "tempat kejadian tidak diuraikan (jalan, gedung, nomor TPS, …)"),

        ["Intake.Description.Missing"] = new("there is no description of what happened", "tidak ada uraian kejadian"),
        ["Intake.Description.TooShort"] = new(
            "the description has {words} word(s) and {letters} letter(s) or digit(s); at least {minWords} words and {minLetters} letters or digits are needed to say who did what, when and where",
            "uraian memuat {words} kata dan {letters} huruf atau angka; diperlukan sekurang-kurangnya {minWords} kata dan {minLetters} huruf atau angka untuk menjelaskan siapa berbuat apa, kapan dan di mana"),

        ["Intake.Evidence.None"] = new("no evidence is attached", "tidak ada bukti yang dilampirkan"),
        ["Intake.Evidence.NoKind"] = new("evidence {index} does not say what kind it is", "jenis bukti ke-{index} tidak disebutkan"),
        ["Intake.Evidence.UnknownKind"] = new("evidence {index} has the unknown kind {value}", "bukti ke-{index} berjenis {value} yang tidak dikenal"),
        ["Intake.Evidence.NoDescription"] = new("evidence {index} does not say what it shows", "bukti ke-{index} tidak menjelaskan apa yang ditunjukkannya"),
        ["Intake.Evidence.HashLength"] = new(
            "the content hash of evidence {index} has {length} characters; a SHA-256 hash has 64 hexadecimal characters",
            "hash isi bukti ke-{index} terdiri atas {length} karakter; hash SHA-256 terdiri atas 64 karakter heksadesimal"),
        ["Intake.Evidence.HashCharacter"] = new(
            "the content hash of evidence {index} has '{character}' at character {position}; a SHA-256 hash has only the hexadecimal digits 0–9 and a–f",
            "hash isi bukti ke-{index} memuat '{character}' pada karakter ke-{position}; hash SHA-256 hanya memuat angka heksadesimal 0–9 dan a–f"),

        // Correction deadline and the assessment.
        ["Laporan.Correction"] = new(
            "Perbaikan laporan: the pelapor may complete the syarat materiil within {period} of {from} ({start}), until {due} ({source}; practice, the exact text was not read).",
            "Perbaikan laporan: pelapor dapat melengkapi syarat materiil dalam {period} sejak {from} ({start}), sampai {due} ({source}; praktik, bunyi aslinya belum dibaca)."),
        ["Laporan.Correction.FromFiling"] = new("the filing", "laporan disampaikan"),
        ["Laporan.Correction.FromRequest"] = new("the request for correction", "perbaikan diminta"),
        ["Laporan.Correction.NoStart"] = new(
            "No correction deadline: the time of filing is missing and no request for correction was given.",
            "Tidak ada batas waktu perbaikan: waktu penyampaian laporan tidak diisi dan waktu permintaan perbaikan tidak diberikan."),
        ["Laporan.Correction.NotInForce"] = new("No correction deadline: {reason}", "Tidak ada batas waktu perbaikan: {reason}"),
        ["Laporan.Assessment.Registrable"] = new(
            "The report meets every syarat formil and syarat materiil and can be registered.",
            "Laporan memenuhi seluruh syarat formil dan syarat materiil dan dapat diregistrasi."),
        ["Laporan.Assessment.NotRegistrable"] = new(
            "The report cannot be registered: {count} requirement(s) not met.",
            "Laporan tidak dapat diregistrasi: {count} syarat tidak terpenuhi."),
        ["Laporan.Assessment.Partial"] = new(
            "Only {ruleSets} was checked: {count} requirement(s) not met; the report can be registered only after both rule sets pass.",
            "Hanya {ruleSets} yang diperiksa: {count} syarat tidak terpenuhi; laporan baru dapat diregistrasi setelah kedua kelompok syarat terpenuhi."),

        // Filing hours.
        ["FilingHours.WithinOfficeHours"] = new("Filed in person within Bawaslu's hours. {office}", "Disampaikan langsung dalam jam layanan Bawaslu. {office}"),
        ["FilingHours.OutsideOfficeHours"] = new(
            "Filed in person outside Bawaslu's hours. {office} The office next receives reports at {nextOpening}.",
            "Disampaikan langsung di luar jam layanan Bawaslu. {office} Kantor menerima laporan lagi pada {nextOpening}."),
        ["FilingHours.OutsideOfficeHours.NoNextOpening"] = new(
            "Filed in person outside Bawaslu's hours. {office}",
            "Disampaikan langsung di luar jam layanan Bawaslu. {office}"),
        ["FilingHours.Online"] = new(
            "Filed online at {time}: an online report is not bound by the office hours ({source}).",
            "Disampaikan secara daring pada {time}: laporan daring tidak terikat jam layanan ({source})."),
        ["FilingHours.NoFilingTime"] = new(
            "Filing hours not determined: the time the report was filed is missing.",
            "Jam layanan tidak dapat ditentukan: waktu penyampaian laporan tidak diisi."),
        ["FilingHours.NoChannel"] = new(
            "Filing hours not determined: the report does not say whether it was filed in person or online ({time}).",
            "Jam layanan tidak dapat ditentukan: laporan tidak menyebutkan apakah disampaikan langsung atau daring ({time})."),
        ["FilingHours.NotCovered"] = new("Filing hours not determined: {reason}", "Jam layanan tidak dapat ditentukan: {reason}"),
        ["FilingHours.NoHours"] = new(
            "Filing hours not determined: the library has no office hours for {regime} reports (Perbawaslu 9/2024 governs the Pilkada); pass them in the options.",
            "Jam layanan tidak dapat ditentukan: pustaka ini tidak memuat jam layanan untuk laporan {regime} (Perbawaslu 9/2024 mengatur Pemilihan); berikan jam layanan melalui opsi."),

        // Temuan.
        ["Temuan.Pengawas"] = new(
            "Temuan: the supervising body that found it {problem}.",
            "Temuan: pengawas yang menemukan {problem}."),
        ["Temuan.Pengawas.Missing"] = new("is not given", "tidak disebutkan"),
        ["Temuan.Pengawas.NotSupervisor"] = new(
            "is {body}, which is not a supervising body (Bawaslu, Bawaslu Provinsi, Bawaslu Kabupaten/Kota, Panwaslu Kecamatan, Panwaslu Kelurahan/Desa or Pengawas TPS; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (1))",
            "adalah {body}, yang bukan pengawas Pemilihan (Bawaslu, Bawaslu Provinsi, Bawaslu Kabupaten/Kota, Panwaslu Kecamatan, Panwaslu Kelurahan/Desa atau Pengawas TPS; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (1))"),
        ["Temuan.Petugas"] = new(
            "Temuan: the name of the officer (pengawas) who found it is missing.",
            "Temuan: nama petugas pengawas yang menemukan tidak diisi."),
        ["Temuan.TanggalDitemukan"] = new("Temuan: {problem}.", "Temuan: {problem}."),
        ["Temuan.TanggalDitemukan.Missing"] = new("the date it was found (ditemukan) is missing", "tanggal ditemukan tidak diisi"),
        ["Temuan.TanggalDitemukan.AfterRecording"] = new(
            "it is said to be found on {foundOn}, after it was recorded on {recordedOn}",
            "disebut ditemukan pada {foundOn}, setelah dicatat pada {recordedOn}"),
        ["Temuan.WaktuTempat"] = new(
            "Temuan: the time and place of the incident are not complete: {problems}.",
            "Temuan: waktu dan tempat kejadian tidak lengkap: {problems}."),
        ["Temuan.Uraian"] = new("Temuan: the description is not sufficient: {problem}.", "Temuan: uraian kejadian tidak memadai: {problem}."),
        ["Temuan.Bukti"] = new("Temuan: the evidence is not complete: {problems}.", "Temuan: bukti tidak lengkap: {problems}."),
        ["Temuan.Pemilihan"] = new("Temuan: the contest cannot be used: {problem}.", "Temuan: pemilihan tidak dapat digunakan: {problem}."),
    };
}
