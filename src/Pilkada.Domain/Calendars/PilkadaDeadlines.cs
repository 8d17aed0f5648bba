using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// The deadlines of violation handling in the Pilkada (regional head elections), from UU 1/2015 (Perppu 1/2014) as
/// amended by UU 8/2015 and UU 10/2016, each checked against the statute text.
/// </summary>
/// <remarks>
/// <para>
/// <b>Day types.</b> Every "hari" in UU Pilkada is a calendar day unless the article says "hari kerja": Pasal 1 angka 28
/// as amended by UU 8/2015 (in force 18 March 2015) reads "Hari adalah hari kalender"; the Perppu text had said "hari
/// kerja". MK 18/PUU-XVIII/2020 (22 July 2020) refused to read Pasal 134 ayat (4)–(6) and 143 ayat (2) as working days.
/// Only Pasal 40A, 135A, 144, 146, 154, 157, 160A and 173 (as rewritten by UU 10/2016, in force 1 July 2016) count
/// hari kerja. The calendar-day rules here therefore apply from 18 March 2015, the UU 10/2016 rules from 1 July 2016.
/// </para>
/// <para>
/// Pemilu (general election) deadlines differ and are in <see cref="PemiluDeadlines"/>: a Pilkada report is due within
/// 7 calendar days, not 7 working days.
/// </para>
/// <para>
/// Not here: Pasal 150 ayat (1) (criminal cases that can affect the result finish 5 days before KPU sets the result),
/// which counts backwards from a stage date rather than forwards from an event.
/// </para>
/// </remarks>
public static class PilkadaDeadlines
{
    private const string Uu1Of2015 = "UU 1/2015";
    private const string Uu8Of2015 = "UU 1/2015 jo. UU 8/2015";
    private const string Uu10Of2016 = "UU 10/2016";
    private const string CalendarNote = "unamended base text (Perppu 1/2014); \"hari\" is a calendar day since UU 8/2015 (Pasal 1 angka 28)";

    private static readonly LocalDate Perppu1Of2014InForce = new(2014, 10, 2);
    private static readonly LocalDate Uu8Of2015InForce = new(2015, 3, 18);
    private static readonly LocalDate Uu10Of2016InForce = new(2016, 7, 1);

    /// <summary>
    /// Laporan: a violation is reported within <b>7 hari</b> (calendar days) of becoming known and/or found —
    /// Pasal 134 ayat (4) as amended by UU 8/2015. Not 7 working days: that is the Pemilu rule (UU 7/2017 Pasal 454
    /// ayat (6)), often misreported for Pilkada.
    /// </summary>
    public static DeadlineRule Report { get; } = new DeadlineRule(
        "pilkada.report",
        DeadlinePeriod.CalendarDays(7),
        "Batas penyampaian laporan pelanggaran Pemilihan",
        "Time limit to report a Pilkada violation",
        new LegalReference(Uu8Of2015, "Pasal 134 ayat (4)", "as amended by UU 8/2015 Pasal I angka 81; unchanged by UU 10/2016; calendar days per Pasal 1 angka 28 and MK 18/PUU-XVIII/2020"))
    {
        CountedFrom = "sejak diketahui dan/atau ditemukannya pelanggaran Pemilihan",
        ValidFrom = Uu8Of2015InForce,
    };

    /// <summary>
    /// Tindak lanjut: Bawaslu follows up a report that has been studied and proven within <b>3 hari</b> of its receipt —
    /// Pasal 134 ayat (5). A report counts as received (<i>diterima</i>) once it is registered (Perbawaslu 8/2020).
    /// </summary>
    public static DeadlineRule FollowUp { get; } = new DeadlineRule(
        "pilkada.follow-up",
        DeadlinePeriod.CalendarDays(3),
        "Tindak lanjut laporan",
        "Follow-up of a report",
        new LegalReference(Uu8Of2015, "Pasal 134 ayat (5)", "the report is diterima once written into the buku registrasi (Perbawaslu 8/2020); MK 18/PUU-XVIII/2020: calendar days"))
    {
        CountedFrom = "setelah laporan diterima",
        ValidFrom = Uu8Of2015InForce,
    };

    /// <summary>
    /// Keterangan tambahan: Bawaslu may ask the reporter for additional information within <b>2 hari</b> —
    /// Pasal 134 ayat (6). The statute gives no start point and does not say the 2 days extend the 3 of ayat (5);
    /// practice reads them as 3 + 2, at most 5 days after registration (LEGAL-VERIFICATION §2).
    /// </summary>
    public static DeadlineRule AdditionalInformation { get; } = new DeadlineRule(
        "pilkada.additional-information",
        DeadlinePeriod.CalendarDays(2),
        "Permintaan keterangan tambahan dari pelapor",
        "Request for additional information from the reporter",
        new LegalReference(Uu8Of2015, "Pasal 134 ayat (6)", "no start point in the statute; read in practice as extending the 3 days of ayat (5) to at most 5"))
    {
        ValidFrom = Uu8Of2015InForce,
    };

    /// <summary>
    /// A report of an election crime is forwarded to Polri within <b>1 x 24 jam</b> of the decision of Bawaslu Provinsi,
    /// Panwas (Bawaslu) Kabupaten/Kota and/or Panwas Kecamatan — Pasal 135 ayat (2).
    /// </summary>
    public static DeadlineRule ForwardToPolice { get; } = new DeadlineRule(
        "pilkada.forward-to-police",
        DeadlinePeriod.Hours(24),
        "Penerusan laporan tindak pidana Pemilihan kepada Kepolisian",
        "Forwarding an election-crime report to the police",
        new LegalReference(Uu1Of2015, "Pasal 135 ayat (2)", "Perppu 1/2014, enacted unchanged"))
    {
        CountedFrom = "sejak diputuskan oleh Bawaslu Provinsi, Panwas Kabupaten/Kota, dan/atau Panwas Kecamatan",
        ValidFrom = Perppu1Of2014InForce,
    };

    /// <summary>
    /// Penyidik (Gakkumdu) hand the investigation file to the public prosecutor within <b>14 hari kerja</b> of receiving
    /// the report from Bawaslu Provinsi or Bawaslu Kabupaten/Kota (not from the citizen's filing) — Pasal 146 ayat (3).
    /// </summary>
    public static DeadlineRule Investigation { get; } = new DeadlineRule(
        "pilkada.investigation",
        DeadlinePeriod.WorkingDays(14),
        "Penyampaian hasil penyidikan kepada penuntut umum",
        "Investigation file to the public prosecutor",
        new LegalReference(Uu10Of2016, "Pasal 146 ayat (3)"))
    {
        CountedFrom = "terhitung sejak laporan diterima dari Bawaslu Provinsi maupun Panwas Kabupaten/Kota",
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>The prosecutor returns an incomplete file to the investigator within <b>3 hari kerja</b> — Pasal 146 ayat (4).</summary>
    public static DeadlineRule ReturnIncompleteFile { get; } = new DeadlineRule(
        "pilkada.return-incomplete-file",
        DeadlinePeriod.WorkingDays(3),
        "Pengembalian berkas perkara yang belum lengkap kepada penyidik",
        "Return of an incomplete file to the investigator",
        new LegalReference(Uu10Of2016, "Pasal 146 ayat (4)"))
    {
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>The investigator resubmits the completed file within <b>3 hari kerja</b> of receiving it back — Pasal 146 ayat (5).</summary>
    public static DeadlineRule ResubmitFile { get; } = new DeadlineRule(
        "pilkada.resubmit-file",
        DeadlinePeriod.WorkingDays(3),
        "Penyampaian kembali berkas perkara kepada penuntut umum",
        "Resubmission of the file to the prosecutor",
        new LegalReference(Uu10Of2016, "Pasal 146 ayat (5)"))
    {
        CountedFrom = "terhitung sejak tanggal penerimaan berkas",
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>The prosecutor transfers the case to the Pengadilan Negeri within <b>5 hari kerja</b> of receiving the file — Pasal 146 ayat (6).</summary>
    public static DeadlineRule TransferToCourt { get; } = new DeadlineRule(
        "pilkada.transfer-to-court",
        DeadlinePeriod.WorkingDays(5),
        "Pelimpahan berkas perkara kepada Pengadilan Negeri",
        "Transfer of the case to the district court",
        new LegalReference(Uu10Of2016, "Pasal 146 ayat (6)"))
    {
        CountedFrom = "terhitung sejak menerima berkas perkara dari penyidik",
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>The Pengadilan Negeri decides within <b>7 hari</b> (calendar days) of the transfer — Pasal 148 ayat (1).</summary>
    public static DeadlineRule CourtDecision { get; } = new DeadlineRule(
        "pilkada.court-decision",
        DeadlinePeriod.CalendarDays(7),
        "Putusan Pengadilan Negeri",
        "District court decision",
        new LegalReference(Uu1Of2015, "Pasal 148 ayat (1)", CalendarNote))
    {
        CountedFrom = "setelah pelimpahan berkas perkara",
        ValidFrom = Uu8Of2015InForce,
    };

    /// <summary>An appeal is filed within <b>3 hari</b> (calendar days) of the reading of the decision — Pasal 148 ayat (2).</summary>
    public static DeadlineRule AppealFiling { get; } = new DeadlineRule(
        "pilkada.appeal-filing",
        DeadlinePeriod.CalendarDays(3),
        "Pengajuan permohonan banding",
        "Filing an appeal",
        new LegalReference(Uu1Of2015, "Pasal 148 ayat (2)", CalendarNote))
    {
        CountedFrom = "setelah putusan dibacakan",
        ValidFrom = Uu8Of2015InForce,
    };

    /// <summary>The Pengadilan Negeri sends the appeal to the Pengadilan Tinggi within <b>3 hari</b> of receiving it — Pasal 148 ayat (3).</summary>
    public static DeadlineRule AppealTransfer { get; } = new DeadlineRule(
        "pilkada.appeal-transfer",
        DeadlinePeriod.CalendarDays(3),
        "Pelimpahan berkas banding kepada Pengadilan Tinggi",
        "Transfer of the appeal to the high court",
        new LegalReference(Uu1Of2015, "Pasal 148 ayat (3)", CalendarNote))
    {
        CountedFrom = "setelah permohonan banding diterima",
        ValidFrom = Uu8Of2015InForce,
    };

    /// <summary>The Pengadilan Tinggi decides within <b>7 hari</b> of receiving the appeal; its decision is final — Pasal 148 ayat (4) and (5).</summary>
    public static DeadlineRule AppealDecision { get; } = new DeadlineRule(
        "pilkada.appeal-decision",
        DeadlinePeriod.CalendarDays(7),
        "Putusan Pengadilan Tinggi atas banding",
        "High court decision on the appeal",
        new LegalReference(Uu1Of2015, "Pasal 148 ayat (4)", CalendarNote))
    {
        CountedFrom = "setelah permohonan banding diterima",
        ValidFrom = Uu8Of2015InForce,
    };

    /// <summary>The court's decision reaches the prosecutor within <b>3 hari</b> of being read — Pasal 149 ayat (1).</summary>
    public static DeadlineRule VerdictDelivery { get; } = new DeadlineRule(
        "pilkada.verdict-delivery",
        DeadlinePeriod.CalendarDays(3),
        "Penyampaian putusan pengadilan kepada penuntut umum",
        "Delivery of the verdict to the prosecutor",
        new LegalReference(Uu1Of2015, "Pasal 149 ayat (1)", CalendarNote))
    {
        CountedFrom = "setelah putusan dibacakan",
        ValidFrom = Uu8Of2015InForce,
    };

    /// <summary>The decision is carried out within <b>3 hari</b> of the prosecutor receiving it — Pasal 149 ayat (2).</summary>
    public static DeadlineRule VerdictExecution { get; } = new DeadlineRule(
        "pilkada.verdict-execution",
        DeadlinePeriod.CalendarDays(3),
        "Pelaksanaan putusan pengadilan",
        "Execution of the verdict",
        new LegalReference(Uu1Of2015, "Pasal 149 ayat (2)", CalendarNote))
    {
        CountedFrom = "setelah putusan diterima oleh jaksa",
        ValidFrom = Uu8Of2015InForce,
    };

    /// <summary>
    /// KPU Provinsi or KPU Kabupaten/Kota examine and decide on a Bawaslu administrative-violation recommendation within
    /// <b>7 hari</b> of receiving it — Pasal 140 ayat (1); if they do not act, Bawaslu warns them (Pasal 141).
    /// </summary>
    public static DeadlineRule KpuAdministrativeDecision { get; } = new DeadlineRule(
        "pilkada.kpu-administrative-decision",
        DeadlinePeriod.CalendarDays(7),
        "Pemeriksaan dan putusan KPU atas rekomendasi pelanggaran administrasi",
        "KPU decision on an administrative-violation recommendation",
        new LegalReference(Uu1Of2015, "Pasal 140 ayat (1)", CalendarNote))
    {
        CountedFrom = "sejak rekomendasi Bawaslu Provinsi dan/atau Panwaslu Kabupaten/Kota diterima",
        ValidFrom = Uu8Of2015InForce,
    };

    /// <summary>Bawaslu Provinsi or Bawaslu Kabupaten/Kota decide a sengketa Pemilihan within <b>12 hari</b> of receiving the report or finding — Pasal 143 ayat (2).</summary>
    public static DeadlineRule DisputeDecision { get; } = new DeadlineRule(
        "pilkada.dispute-decision",
        DeadlinePeriod.CalendarDays(12),
        "Pemeriksaan dan putusan sengketa Pemilihan oleh Bawaslu",
        "Bawaslu decision on an election dispute",
        new LegalReference(Uu1Of2015, "Pasal 143 ayat (2)", CalendarNote + "; MK 18/PUU-XVIII/2020"))
    {
        CountedFrom = "sejak diterimanya laporan atau temuan",
        ValidFrom = Uu8Of2015InForce,
    };

    /// <summary>KPU Provinsi or KPU Kabupaten/Kota follow up a Bawaslu dispute decision within <b>3 hari kerja</b> — Pasal 144 ayat (2).</summary>
    public static DeadlineRule KpuDisputeFollowUp { get; } = new DeadlineRule(
        "pilkada.kpu-dispute-follow-up",
        DeadlinePeriod.WorkingDays(3),
        "Tindak lanjut KPU atas putusan sengketa Pemilihan",
        "KPU follow-up of a dispute decision",
        new LegalReference(Uu10Of2016, "Pasal 144 ayat (2)", "no start point in the statute; read from the Bawaslu decision"))
    {
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>
    /// Bawaslu Provinsi receives, examines and decides a structured, systematic and massive (TSM) administrative
    /// violation (politik uang by a candidate, Pasal 73 ayat (2)) within <b>14 hari kerja</b> — Pasal 135A ayat (2).
    /// </summary>
    public static DeadlineRule TsmDecision { get; } = new DeadlineRule(
        "pilkada.tsm-decision",
        DeadlinePeriod.WorkingDays(14),
        "Putusan Bawaslu Provinsi atas pelanggaran administrasi TSM",
        "Provincial Bawaslu decision on a structured, systematic and massive (TSM) violation",
        new LegalReference(Uu10Of2016, "Pasal 135A ayat (2)"))
    {
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>KPU issues its decision following the TSM ruling within <b>3 hari kerja</b> — Pasal 135A ayat (4).</summary>
    public static DeadlineRule TsmKpuDecision { get; } = new DeadlineRule(
        "pilkada.tsm-kpu-decision",
        DeadlinePeriod.WorkingDays(3),
        "Keputusan KPU menindaklanjuti putusan Bawaslu Provinsi (TSM)",
        "KPU decision following the TSM ruling",
        new LegalReference(Uu10Of2016, "Pasal 135A ayat (4)"))
    {
        CountedFrom = "terhitung sejak diterbitkannya putusan Bawaslu Provinsi",
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>A disqualified candidate pair appeals to the Mahkamah Agung within <b>3 hari kerja</b> — Pasal 135A ayat (6).</summary>
    public static DeadlineRule TsmAppeal { get; } = new DeadlineRule(
        "pilkada.tsm-appeal",
        DeadlinePeriod.WorkingDays(3),
        "Upaya hukum ke Mahkamah Agung atas sanksi pembatalan pasangan calon",
        "Appeal to the Supreme Court against disqualification",
        new LegalReference(Uu10Of2016, "Pasal 135A ayat (6)"))
    {
        CountedFrom = "terhitung sejak keputusan KPU Provinsi atau KPU Kabupaten/Kota ditetapkan",
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>The Mahkamah Agung decides the TSM appeal within <b>14 hari kerja</b>; final and binding — Pasal 135A ayat (7) and (9).</summary>
    public static DeadlineRule TsmSupremeCourtDecision { get; } = new DeadlineRule(
        "pilkada.tsm-supreme-court-decision",
        DeadlinePeriod.WorkingDays(14),
        "Putusan Mahkamah Agung atas upaya hukum pelanggaran administrasi TSM",
        "Supreme Court decision on a TSM appeal",
        new LegalReference(Uu10Of2016, "Pasal 135A ayat (7)"))
    {
        CountedFrom = "terhitung sejak berkas perkara diterima oleh Mahkamah Agung",
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>
    /// A result dispute is filed at the Mahkamah Konstitusi within <b>3 hari kerja</b> of the announcement of the
    /// result by KPU Provinsi or KPU Kabupaten/Kota — Pasal 157 ayat (5).
    /// </summary>
    public static DeadlineRule ConstitutionalCourtFiling { get; } = new DeadlineRule(
        "pilkada.mk-filing",
        DeadlinePeriod.WorkingDays(3),
        "Pengajuan permohonan perselisihan hasil Pemilihan ke Mahkamah Konstitusi",
        "Filing a result dispute at the Constitutional Court",
        new LegalReference(Uu10Of2016, "Pasal 157 ayat (5)"))
    {
        CountedFrom = "terhitung sejak diumumkan penetapan perolehan suara hasil Pemilihan oleh KPU Provinsi atau KPU Kabupaten/Kota",
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>An incomplete petition is completed within <b>3 hari kerja</b> of its receipt by the Mahkamah Konstitusi — Pasal 157 ayat (7).</summary>
    public static DeadlineRule ConstitutionalCourtPetitionCompletion { get; } = new DeadlineRule(
        "pilkada.mk-petition-completion",
        DeadlinePeriod.WorkingDays(3),
        "Perbaikan dan kelengkapan permohonan perselisihan hasil",
        "Completing a result-dispute petition",
        new LegalReference(Uu10Of2016, "Pasal 157 ayat (7)"))
    {
        CountedFrom = "sejak diterimanya permohonan oleh Mahkamah Konstitusi",
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>The Mahkamah Konstitusi decides a result dispute within <b>45 hari kerja</b> of receiving the petition — Pasal 157 ayat (8).</summary>
    public static DeadlineRule ConstitutionalCourtDecision { get; } = new DeadlineRule(
        "pilkada.mk-decision",
        DeadlinePeriod.WorkingDays(45),
        "Putusan Mahkamah Konstitusi atas perselisihan hasil Pemilihan",
        "Constitutional Court decision on a result dispute",
        new LegalReference(Uu10Of2016, "Pasal 157 ayat (8)"))
    {
        CountedFrom = "sejak diterimanya permohonan",
        ValidFrom = Uu10Of2016InForce,
    };

    /// <summary>Every rule above, in the order of the statute's articles.</summary>
    public static IReadOnlyList<DeadlineRule> All { get; } =
    [
        Report, FollowUp, AdditionalInformation, ForwardToPolice, TsmDecision, TsmKpuDecision, TsmAppeal, TsmSupremeCourtDecision,
        KpuAdministrativeDecision, DisputeDecision, KpuDisputeFollowUp, Investigation, ReturnIncompleteFile, ResubmitFile,
        TransferToCourt, CourtDecision, AppealFiling, AppealTransfer, AppealDecision, VerdictDelivery, VerdictExecution,
        ConstitutionalCourtFiling, ConstitutionalCourtPetitionCompletion, ConstitutionalCourtDecision,
    ];
}
