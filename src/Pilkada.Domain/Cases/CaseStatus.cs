namespace Pilkada.Domain.Cases;

/// <summary>
/// Status penanganan (where a case stands). The values are stable (stored data). The flow is synthesised from
/// UU 1/2015 Pasal 134–148 as amended and Perbawaslu 8/2020; the labels are those Bawaslu offices used in 2024
/// (domain brief §3.4). Bawaslu's published categories are derived from it: <see cref="CaseState.PublishedRegistration"/>
/// and <see cref="CaseState.PublishedOutcome"/>.
/// </summary>
public enum CaseStatus
{
    /// <summary>No event yet: the value of <c>default</c>.</summary>
    None = 0,

    /// <summary>Diterima: received, in the kajian awal, not yet registered ("belum diregister").</summary>
    Diterima = 1,

    /// <summary>Menunggu perbaikan: the reporter was asked to complete the report.</summary>
    MenungguPerbaikan = 2,

    /// <summary>Diregistrasi: written into the register; the follow-up period runs.</summary>
    Diregistrasi = 3,

    /// <summary>Tidak diregistrasi: requirements unmet (e.g. daluwarsa); handling ends.</summary>
    TidakDiregistrasi = 4,

    /// <summary>Dicabut: withdrawn by the reporter before registration; handling ends.</summary>
    Dicabut = 5,

    /// <summary>Dalam kajian: clarification, coordination or additional information after registration.</summary>
    DalamKajian = 6,

    /// <summary>Diputuskan: decided — pelanggaran, bukan pelanggaran, dihentikan or sengketa (<see cref="CaseState.Decision"/>).</summary>
    Diputuskan = 7,

    /// <summary>Diteruskan: forwarded to an institution (Polri, DKPP, KASN or BKN, the competent agency).</summary>
    Diteruskan = 8,

    /// <summary>Direkomendasikan: a recommendation is open (not yet acted on).</summary>
    Direkomendasikan = 9,

    /// <summary>Ditindaklanjuti: every recommendation has been acted on (sanction, KPU decision or refusal).</summary>
    Ditindaklanjuti = 10,

    /// <summary>Dalam penyidikan: the Gakkumdu investigation (Polri) runs, or the file is back with the investigator.</summary>
    DalamPenyidikan = 11,

    /// <summary>Dalam penuntutan: the file is with the prosecutor.</summary>
    DalamPenuntutan = 12,

    /// <summary>Dalam persidangan: the case is before the Pengadilan Negeri.</summary>
    DalamPersidangan = 13,

    /// <summary>Diputus Pengadilan Negeri: the district court has ruled; an appeal can be filed within 3 days.</summary>
    DiputusPengadilanNegeri = 14,

    /// <summary>Banding: an appeal is before the Pengadilan Tinggi.</summary>
    Banding = 15,

    /// <summary>Berkekuatan hukum tetap: the Pengadilan Tinggi's verdict is final (Pasal 148 ayat (5)).</summary>
    BerkekuatanHukumTetap = 16,

    /// <summary>Ditutup: closed.</summary>
    Ditutup = 17,
}

/// <summary>How a case started. The values are stable.</summary>
public enum CaseOrigin
{
    /// <summary>Not started.</summary>
    None = 0,

    /// <summary>A laporan (report) from a pelapor.</summary>
    Laporan = 1,

    /// <summary>A temuan (finding) of the supervising body.</summary>
    Temuan = 2,
}

/// <summary>Where the criminal track (Sentra Gakkumdu) stands. The values are stable.</summary>
public enum GakkumduStage
{
    /// <summary>Not on the criminal track.</summary>
    None = 0,

    /// <summary>Decided as an election crime; not yet forwarded to Polri (the 1 × 24 jam runs).</summary>
    AwaitingForwarding = 1,

    /// <summary>Forwarded to Polri (through Sentra Gakkumdu); the investigation has not been recorded as started.</summary>
    Forwarded = 2,

    /// <summary>Penyidikan: under investigation.</summary>
    Investigation = 3,

    /// <summary>The file is with the prosecutor.</summary>
    Prosecution = 4,

    /// <summary>The prosecutor returned the file as incomplete.</summary>
    FileReturned = 5,

    /// <summary>Before the Pengadilan Negeri.</summary>
    Trial = 6,

    /// <summary>The Pengadilan Negeri has ruled.</summary>
    DistrictVerdict = 7,

    /// <summary>On appeal.</summary>
    Appeal = 8,

    /// <summary>The Pengadilan Tinggi's final verdict.</summary>
    FinalVerdict = 9,
}

/// <summary>Bawaslu's published registration categories: diregister / tidak diregister / belum diregister. The values are stable.</summary>
public enum PublishedRegistration
{
    /// <summary>No case.</summary>
    None = 0,

    /// <summary>Belum diregister: received, not yet decided whether to register.</summary>
    BelumDiregister = 1,

    /// <summary>Diregister: registered.</summary>
    Diregister = 2,

    /// <summary>Tidak diregister: not registered (requirements unmet).</summary>
    TidakDiregister = 3,

    /// <summary>Dicabut: withdrawn before registration (Bawaslu's tables list it apart, when at all).</summary>
    Dicabut = 4,
}

/// <summary>Bawaslu's published outcome categories: pelanggaran / bukan pelanggaran / dalam proses. The values are stable.</summary>
public enum PublishedOutcome
{
    /// <summary>No case.</summary>
    None = 0,

    /// <summary>Dalam proses: registered and not yet decided, or not yet registered.</summary>
    DalamProses = 1,

    /// <summary>Pelanggaran: a violation was found.</summary>
    Pelanggaran = 2,

    /// <summary>Bukan pelanggaran: not a violation, or handling stopped (dihentikan).</summary>
    BukanPelanggaran = 3,

    /// <summary>Sengketa: classified as a dispute, settled in its own procedure.</summary>
    Sengketa = 4,

    /// <summary>Tidak ditangani: never registered (not registered or withdrawn), so there is no outcome.</summary>
    TidakDitangani = 5,
}
