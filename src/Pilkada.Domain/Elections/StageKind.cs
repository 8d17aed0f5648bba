namespace Pilkada.Domain.Elections;

/// <summary>
/// Jenis tahapan (kind of election stage), following the tahapan of PKPU 2/2024 (Pilkada 2024) and what comes after
/// them (the result disputes at the Constitutional Court, the swearing-in). The values are stable: stored data keeps
/// its meaning when kinds are added.
/// </summary>
public enum StageKind
{
    /// <summary>Another stage, e.g. one a user adds to their own schedule.</summary>
    Other = 0,

    /// <summary>Perencanaan program dan anggaran (programme and budget planning).</summary>
    PerencanaanProgramAnggaran = 1,

    /// <summary>Penyusunan peraturan penyelenggaraan pemilihan (drafting the election regulations).</summary>
    PenyusunanPeraturan = 2,

    /// <summary>Perencanaan penyelenggaraan: tata cara dan jadwal (planning procedures and schedule).</summary>
    PerencanaanPenyelenggaraan = 3,

    /// <summary>Pembentukan PPK, PPS dan KPPS (forming KPU's ad hoc bodies).</summary>
    PembentukanBadanAdHoc = 4,

    /// <summary>Pembentukan Panwaslu Kecamatan, PKD dan Pengawas TPS (forming Bawaslu's ad hoc supervisors).</summary>
    PembentukanPengawasAdHoc = 5,

    /// <summary>Pemberitahuan dan pendaftaran pemantau pemilihan (registration of election monitors).</summary>
    PendaftaranPemantau = 6,

    /// <summary>Penyerahan daftar penduduk potensial pemilih, DP4 (handover of the list of potential voters).</summary>
    PenyerahanDp4 = 7,

    /// <summary>Pemutakhiran dan penyusunan daftar pemilih (updating and compiling the voter list).</summary>
    PemutakhiranDaftarPemilih = 8,

    /// <summary>Pemenuhan persyaratan dukungan pasangan calon perseorangan (support for independent candidates).</summary>
    DukunganPerseorangan = 9,

    /// <summary>Pengumuman pendaftaran pasangan calon (announcement of registration).</summary>
    PengumumanPendaftaran = 10,

    /// <summary>Pendaftaran pasangan calon (registration of candidate pairs).</summary>
    PendaftaranPasanganCalon = 11,

    /// <summary>Perpanjangan pendaftaran (extended registration where a single pair registered).</summary>
    PerpanjanganPendaftaran = 12,

    /// <summary>Penelitian persyaratan calon (verification of the candidates' requirements).</summary>
    PenelitianPersyaratan = 13,

    /// <summary>Penetapan pasangan calon (determination of the candidate pairs).</summary>
    PenetapanPasanganCalon = 14,

    /// <summary>Pengundian dan pengumuman nomor urut (drawing the ballot numbers).</summary>
    PengundianNomorUrut = 15,

    /// <summary>Kampanye (campaign period).</summary>
    Kampanye = 16,

    /// <summary>Masa tenang (quiet period before voting day).</summary>
    MasaTenang = 17,

    /// <summary>Pemungutan suara (voting day).</summary>
    PemungutanSuara = 18,

    /// <summary>Penghitungan suara dan rekapitulasi hasil penghitungan suara (counting and recapitulation, all levels).</summary>
    PenghitunganDanRekapitulasi = 19,

    /// <summary>Penyerahan hasil penghitungan suara TPS dari PPS kepada PPK (polling-station results handed up).</summary>
    PenyerahanHasilTps = 20,

    /// <summary>Rekapitulasi tingkat kecamatan, by the PPK.</summary>
    RekapitulasiKecamatan = 21,

    /// <summary>Rekapitulasi tingkat kabupaten/kota, by the KPU Kabupaten/Kota.</summary>
    RekapitulasiKabupatenKota = 22,

    /// <summary>Rekapitulasi tingkat provinsi, by the KPU Provinsi (governor elections).</summary>
    RekapitulasiProvinsi = 23,

    /// <summary>Pengumuman hasil resmi (public announcement of the official results).</summary>
    PengumumanHasil = 24,

    /// <summary>Penetapan pasangan calon terpilih (declaration of the elected pair).</summary>
    PenetapanCalonTerpilih = 25,

    /// <summary>Pengajuan permohonan perselisihan hasil ke MK (filing result disputes at the Constitutional Court).</summary>
    PengajuanPerselisihanHasil = 26,

    /// <summary>Registrasi perkara dalam BRPK (the Constitutional Court registers the cases).</summary>
    RegistrasiPerkara = 27,

    /// <summary>Pengucapan putusan dismissal (the Constitutional Court's dismissal rulings).</summary>
    PutusanDismissal = 28,

    /// <summary>Pemeriksaan dan putusan perselisihan hasil (hearings and final rulings at the Constitutional Court).</summary>
    PemeriksaanPerselisihanHasil = 29,

    /// <summary>Pelantikan (swearing-in of the elected regional heads).</summary>
    Pelantikan = 30,

    /// <summary>Pengumuman or penetapan jadwal (announcing or setting the schedule, e.g. of a re-run).</summary>
    PenetapanJadwal = 31,

    /// <summary>Pencocokan dan penelitian (coklit) of voters by the Pantarlih.</summary>
    PencocokanPenelitian = 32,
}

/// <summary>Kelompok tahapan (phase of an election). The values are stable.</summary>
public enum StagePhase
{
    /// <summary>Tahapan persiapan (preparation), PKPU 2/2024.</summary>
    Persiapan = 1,

    /// <summary>Tahapan penyelenggaraan (conduct: candidacy, campaign, voting, counting, declaration), PKPU 2/2024.</summary>
    Penyelenggaraan = 2,

    /// <summary>Perselisihan hasil (result disputes at the Constitutional Court), UU 10/2016 Pasal 157.</summary>
    PerselisihanHasil = 3,

    /// <summary>Pelantikan (swearing-in).</summary>
    Pelantikan = 4,
}

/// <summary>Names of <see cref="StagePhase"/> values.</summary>
public static class StagePhases
{
    /// <summary>
    /// The name of a phase in a language: <c>Tahapan persiapan</c> / <c>Preparation (persiapan)</c>,
    /// <c>Tahapan penyelenggaraan</c> / <c>Conduct (penyelenggaraan)</c>, <c>Perselisihan hasil</c> / <c>Result disputes</c>,
    /// <c>Pelantikan</c> / <c>Swearing-in</c>.
    /// </summary>
    /// <param name="phase">The phase.</param>
    /// <param name="language">The language.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined phase.</exception>
    public static string GetName(this StagePhase phase, PilkadaLanguage language) => (phase, language) switch
    {
        (StagePhase.Persiapan, PilkadaLanguage.Indonesian) => "Tahapan persiapan",
        (StagePhase.Penyelenggaraan, PilkadaLanguage.Indonesian) => "Tahapan penyelenggaraan",
        (StagePhase.PerselisihanHasil, PilkadaLanguage.Indonesian) => "Perselisihan hasil",
        (StagePhase.Pelantikan, PilkadaLanguage.Indonesian) => "Pelantikan",
        (StagePhase.Persiapan, _) => "Preparation (persiapan)",
        (StagePhase.Penyelenggaraan, _) => "Conduct (penyelenggaraan)",
        (StagePhase.PerselisihanHasil, _) => "Result disputes (perselisihan hasil)",
        (StagePhase.Pelantikan, _) => "Swearing-in (pelantikan)",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a stage phase."),
    };
}
