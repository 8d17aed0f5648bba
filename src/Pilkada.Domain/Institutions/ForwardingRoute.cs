using Pilkada.Domain.Calendars;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Institutions;

/// <summary>
/// Jenis perkara (the kind of matter) to be routed: what the competent Bawaslu decides, and where the matter goes
/// next. Violation categories (in <c>Pilkada.Domain.Violations</c>) map onto these. The values are stable.
/// </summary>
public enum RoutingMatter
{
    /// <summary>No matter: the value of <c>default</c>.</summary>
    None = 0,

    /// <summary>Pelanggaran kode etik penyelenggara: forwarded to DKPP (UU 1/2015 Pasal 135 ayat (1) huruf a).</summary>
    KodeEtikPenyelenggara = 1,

    /// <summary>Pelanggaran administrasi pemilihan: a recommendation to the KPU at the contest's level, which decides within 7 days (Pasal 139–140).</summary>
    AdministrasiPemilihan = 2,

    /// <summary>
    /// The administrative track of politik uang by a calon (UU 10/2016 Pasal 73 ayat (2)), which Pasal 135A ayat (1) calls
    /// terstruktur, sistematis dan masif (TSM): decided by Bawaslu Provinsi even in a bupati or wali kota contest.
    /// </summary>
    AdministrasiTsm = 3,

    /// <summary>Tindak pidana pemilihan: through Sentra Gakkumdu to the Polri investigator within 1 x 24 hours (Pasal 135 ayat (2)).</summary>
    TindakPidana = 4,

    /// <summary>ASN neutrality (a pelanggaran peraturan perundang-undangan lainnya): to KASN or BKN by date, then the Pejabat Pembina Kepegawaian.</summary>
    NetralitasAsn = 5,

    /// <summary>A village head's breach (a pelanggaran peraturan perundang-undangan lainnya): to the bupati or wali kota.</summary>
    KepalaDesa = 6,

    /// <summary>Another pelanggaran peraturan perundang-undangan lainnya: to the competent agency (instansi yang berwenang), not named here.</summary>
    PeraturanLainnya = 7,

    /// <summary>Sengketa pemilihan (a dispute): settled by the competent Bawaslu itself within 12 days (Pasal 143 ayat (2)).</summary>
    SengketaPemilihan = 8,

    /// <summary>Keberatan against a Bawaslu Provinsi putusan on disqualification: to Bawaslu RI (UU 10/2016 Pasal 22B huruf b).</summary>
    Keberatan = 9,

    /// <summary>Perselisihan hasil (a dispute over the result): to the Mahkamah Konstitusi (UU 10/2016 Pasal 157).</summary>
    PerselisihanHasil = 10,
}

/// <summary>What the recipient of a route step does. The values are stable.</summary>
public enum RouteAction
{
    /// <summary>Not stated.</summary>
    None = 0,

    /// <summary>Memutus (decides the matter).</summary>
    Decide = 1,

    /// <summary>Menerima penerusan (receives the forwarded matter and handles it under its own law).</summary>
    Receive = 2,

    /// <summary>Menerima rekomendasi (receives a recommendation it must examine and decide on).</summary>
    Recommendation = 3,

    /// <summary>Penyidikan (investigation).</summary>
    Investigate = 4,

    /// <summary>Penuntutan (prosecution).</summary>
    Prosecute = 5,

    /// <summary>Mengadili (tries the case at first instance).</summary>
    Try = 6,

    /// <summary>Memutus upaya hukum (decides an appeal).</summary>
    Appeal = 7,

    /// <summary>Menjatuhkan sanksi (imposes the sanction).</summary>
    ImposeSanction = 8,

    /// <summary>Menindaklanjuti putusan (acts on a putusan by issuing its own decision).</summary>
    FollowUp = 9,
}

/// <summary>What must happen by a deadline. The values are stable.</summary>
public enum DeadlineAction
{
    /// <summary>Not stated.</summary>
    None = 0,

    /// <summary>The body decides (memutus, menindaklanjuti).</summary>
    Decide = 1,

    /// <summary>The matter is forwarded to the body (diteruskan).</summary>
    Forward = 2,

    /// <summary>The body hands the case file on (menyampaikan or melimpahkan berkas).</summary>
    Submit = 3,

    /// <summary>A party files (a petition, an appeal).</summary>
    File = 4,

    /// <summary>The body follows up (menindaklanjuti) a report or a putusan.</summary>
    FollowUp = 5,
}

/// <summary>The event a deadline counts from. The values are stable.</summary>
public enum DeadlineStart
{
    /// <summary>Not stated.</summary>
    None = 0,

    /// <summary>The report is received, i.e. written into the register (laporan diterima = diregistrasi).</summary>
    ReportRegistered = 1,

    /// <summary>The Bawaslu decides the matter is an election crime (sejak diputuskan).</summary>
    BawasluDecision = 2,

    /// <summary>The investigator receives the report from Bawaslu Provinsi or Bawaslu Kabupaten/Kota.</summary>
    ReportReceivedFromBawaslu = 3,

    /// <summary>The case file is received (berkas perkara diterima).</summary>
    CaseFileReceived = 4,

    /// <summary>The case file is delegated to the court (pelimpahan berkas perkara).</summary>
    CaseFileDelegated = 5,

    /// <summary>The putusan is read out (putusan dibacakan).</summary>
    PutusanRead = 6,

    /// <summary>The appeal is received (permohonan banding diterima).</summary>
    AppealReceived = 7,

    /// <summary>The recommendation is received (rekomendasi diterima).</summary>
    RecommendationReceived = 8,

    /// <summary>The report or finding is received (diterimanya laporan atau temuan).</summary>
    ReportOrFindingReceived = 9,

    /// <summary>The putusan is issued (diterbitkannya putusan).</summary>
    PutusanIssued = 10,

    /// <summary>The KPU decision is set (keputusan KPU ditetapkan).</summary>
    KpuDecision = 11,

    /// <summary>The result is announced (diumumkan penetapan perolehan suara).</summary>
    ResultAnnounced = 12,

    /// <summary>The petition is received by the court (diterimanya permohonan).</summary>
    PetitionReceived = 13,
}

/// <summary>
/// A deadline on a route, as plain data: how many hours, calendar days or working days, from which event, for what,
/// and the article. Computing the date (holidays, office hours, time zones) is the calendar's job.
/// </summary>
/// <param name="Action">What must happen by the deadline.</param>
/// <param name="Rule">The statutory rule (period, day type and source) from <see cref="PilkadaDeadlines"/>.</param>
/// <param name="Start">The event the count starts from.</param>
/// <param name="Note">How it is read in practice, or what is unsettled.</param>
public sealed record RouteDeadline(DeadlineAction Action, DeadlineRule Rule, DeadlineStart Start, string? Note = null)
{
    /// <summary>The number of units, from the rule's period.</summary>
    public int Count => Rule.Period.Count;

    /// <summary>Hours, calendar days or working days, from the rule's period.</summary>
    public DeadlineUnit Unit => Rule.Period.Unit;

    /// <summary>The provision the deadline comes from (the rule's source).</summary>
    public LegalReference Basis => Rule.Source;

    /// <summary>A short description: <c>Forward within 24 hours from BawasluDecision (UU 1/2015 Pasal 135 ayat (2))</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Action} within {Count} {Unit} from {Start} ({Basis})");
}

/// <summary>One step of a route: the institution the matter goes to, what it does there, and its deadlines.</summary>
/// <param name="To">The institution.</param>
/// <param name="Action">What it does.</param>
/// <param name="Basis">The article that sends the matter there.</param>
/// <param name="Deadlines">The deadlines of the step (possibly none).</param>
/// <param name="Confidence">How well the step is sourced.</param>
/// <param name="Note">A remark, e.g. that no day count is known.</param>
public sealed record RouteStep(
    Institution To,
    RouteAction Action,
    LegalReference Basis,
    IReadOnlyList<RouteDeadline> Deadlines,
    SourceConfidence Confidence = SourceConfidence.Confirmed,
    string? Note = null);

/// <summary>
/// Who handles a matter and where it goes, as of a date: the competent Bawaslu (or court) and the institutions the
/// matter is forwarded to, in order, each with its legal basis and deadlines.
/// </summary>
/// <param name="Matter">The kind of matter.</param>
/// <param name="Date">The date the route holds for (the day the matter is handled).</param>
/// <param name="Contest">The kind of election.</param>
/// <param name="ContestRegion">The region of the election: a province for a governor, a kabupaten or kota otherwise.</param>
/// <param name="Competent">The body competent at first instance (usually the Bawaslu at the contest's level).</param>
/// <param name="CompetenceBasis">Why that body is competent.</param>
/// <param name="CompetentDeadlines">The deadlines of the competent body itself.</param>
/// <param name="Steps">Where the matter goes next, in order (empty when the competent body settles it).</param>
/// <param name="Note">A remark on the route as a whole.</param>
public sealed record ForwardingRoute(
    RoutingMatter Matter,
    LocalDate Date,
    ContestKind Contest,
    RegionCode ContestRegion,
    Institution Competent,
    LegalReference CompetenceBasis,
    IReadOnlyList<RouteDeadline> CompetentDeadlines,
    IReadOnlyList<RouteStep> Steps,
    string? Note = null)
{
    /// <summary>Every institution the route names: the competent body, then each step's recipient.</summary>
    [JsonIgnore]
    public IEnumerable<Institution> Institutions => Steps.Select(s => s.To).Prepend(Competent);
}

/// <summary>
/// Optional facts about the person or act a route is about, which decide some of its institutions.
/// </summary>
public sealed record RouteOptions
{
    /// <summary>No facts: the contest's region stands in where it can.</summary>
    public static RouteOptions None { get; } = new();

    /// <summary>
    /// The region of the person or act concerned: the region whose government employs an ASN (its kepala daerah is the
    /// Pejabat Pembina Kepegawaian), the village of a kepala desa, the place of an election crime (which decides the
    /// Pengadilan Negeri). When absent, the contest's region is used where that determines the body.
    /// </summary>
    public RegionCode? SubjectRegion { get; init; }

    /// <summary>
    /// The central agency that employs an ASN (e.g. <c>Kementerian Agama</c>): its minister or head is the Pejabat
    /// Pembina Kepegawaian. Takes precedence over <see cref="SubjectRegion"/> for that step.
    /// </summary>
    public string? CentralAgency { get; init; }
}
