namespace Pilkada.Domain.Institutions;

/// <summary>
/// Jenis lembaga (kind of institution): every body an app for Pilkada oversight meets — the election supervisors
/// (Bawaslu down to the polling-station supervisor), the election commissions (KPU down to KPPS), DKPP, the integrated
/// law-enforcement centre, the civil-service bodies (KASN, BKN, KemenPAN-RB, the Pejabat Pembina Kepegawaian), the
/// regional government and the courts. The numeric values are stable; gaps leave room for related kinds.
/// </summary>
/// <remarks>
/// What each kind is — its level, whether it is permanent, its member count, its legal basis and the dates it
/// existed — is data in <see cref="InstitutionProfiles"/>; a body at a place, with its proper name, is an
/// <see cref="Institution"/> obtained from <see cref="InstitutionDirectory"/>.
/// </remarks>
public enum InstitutionKind
{
    /// <summary>No kind: the value of <c>default</c>.</summary>
    None = 0,

    /// <summary>Badan Pengawas Pemilihan Umum (Bawaslu RI): the national election supervisory board.</summary>
    BawasluRI = 1,

    /// <summary>Bawaslu Provinsi: the provincial election supervisory board; supervises the pemilihan gubernur.</summary>
    BawasluProvinsi = 2,

    /// <summary>
    /// Bawaslu Kabupaten/Kota: the permanent regency/city board; supervises the pemilihan bupati and wali kota. In
    /// Pilkada it replaced the ad hoc <see cref="PanwasKabupatenKota"/> on 29 January 2020 (Putusan MK 48/PUU-XVII/2019).
    /// </summary>
    BawasluKabupatenKota = 3,

    /// <summary>
    /// Panitia Pengawas Pemilihan Kabupaten/Kota (Panwas Kabupaten/Kota): the ad hoc regency/city committee of
    /// UU 1/2015 Pasal 1 angka 17 and 23–24, replaced in Pilkada by <see cref="BawasluKabupatenKota"/> on 29 January 2020.
    /// </summary>
    PanwasKabupatenKota = 4,

    /// <summary>Panitia Pengawas Pemilihan Kecamatan (Panwaslu Kecamatan, Panwascam; in the Papua provinces Panwaslu Distrik): ad hoc, 3 members.</summary>
    PanwasluKecamatan = 5,

    /// <summary>Panwaslu Kelurahan/Desa (PKD; formerly PPL, Pengawas Pemilihan Lapangan): ad hoc, 1 per desa/kelurahan.</summary>
    PanwasluKelurahanDesa = 6,

    /// <summary>Pengawas Tempat Pemungutan Suara (Pengawas TPS, PTPS): ad hoc, 1 per polling station.</summary>
    PengawasTps = 7,

    /// <summary>Komisi Pemilihan Umum (KPU RI): the national election commission.</summary>
    KpuRI = 10,

    /// <summary>KPU Provinsi: organises the pemilihan gubernur.</summary>
    KpuProvinsi = 11,

    /// <summary>KPU Kabupaten/Kota: organises the pemilihan bupati and wali kota.</summary>
    KpuKabupatenKota = 12,

    /// <summary>Panitia Pemilihan Kecamatan (PPK): ad hoc, formed by the KPU Kabupaten/Kota, 5 members.</summary>
    Ppk = 13,

    /// <summary>Panitia Pemungutan Suara (PPS): ad hoc, one per desa/kelurahan, 3 members.</summary>
    Pps = 14,

    /// <summary>Kelompok Penyelenggara Pemungutan Suara (KPPS): ad hoc, one per polling station, 7 members.</summary>
    Kpps = 15,

    /// <summary>Dewan Kehormatan Penyelenggara Pemilu (DKPP): decides ethics cases against election officials.</summary>
    Dkpp = 20,

    /// <summary>Sentra Penegakan Hukum Terpadu (Sentra Gakkumdu): Bawaslu, Polri and the Kejaksaan together, for election crimes.</summary>
    SentraGakkumdu = 21,

    /// <summary>Kepolisian Negara Republik Indonesia (Polri), as penyidik (investigator) of election crimes.</summary>
    Polri = 22,

    /// <summary>Kejaksaan (public prosecution), as penuntut umum of election crimes.</summary>
    Kejaksaan = 23,

    /// <summary>Pengadilan Negeri (district court): tries election crimes at first instance.</summary>
    PengadilanNegeri = 24,

    /// <summary>Pengadilan Tinggi (high court): decides the appeal of an election crime, finally.</summary>
    PengadilanTinggi = 25,

    /// <summary>Mahkamah Konstitusi (MK): decides disputes over the result (perselisihan hasil).</summary>
    MahkamahKonstitusi = 26,

    /// <summary>Mahkamah Agung (MA): decides a paslon's appeal against disqualification for a TSM administrative violation.</summary>
    MahkamahAgung = 27,

    /// <summary>
    /// Komisi Aparatur Sipil Negara (KASN): the civil-service commission that handled ASN-neutrality cases until
    /// 23 August 2024; from 24 August 2024 <see cref="Bkn"/> does (SE MenPAN-RB 4/2024).
    /// </summary>
    Kasn = 30,

    /// <summary>Badan Kepegawaian Negara (BKN): the civil-service agency; handles ASN-neutrality cases from 24 August 2024.</summary>
    Bkn = 31,

    /// <summary>Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB).</summary>
    KemenpanRB = 32,

    /// <summary>Kementerian Dalam Negeri (Kemendagri): the ministry of home affairs.</summary>
    Kemendagri = 33,

    /// <summary>Badan Kesatuan Bangsa dan Politik (Bakesbangpol, Kesbangpol): regional agency, secretariat of the Desk Pilkada.</summary>
    Bakesbangpol = 34,

    /// <summary>
    /// Pejabat Pembina Kepegawaian (PPK, the official who disciplines civil servants): the gubernur, bupati or wali kota
    /// (or the penjabat) for regional ASN; the minister or head of agency for central ASN.
    /// </summary>
    PejabatPembinaKepegawaian = 35,

    /// <summary>Kelompok kerja (Pokja) Netralitas ASN: a regional working group on civil-service neutrality.</summary>
    PokjaNetralitasAsn = 36,

    /// <summary>Kepala daerah (regional head: gubernur, bupati or wali kota, or the penjabat), e.g. as supervisor of village heads.</summary>
    KepalaDaerah = 37,
}
