using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain.Institutions;

namespace Pilkada.Domain.Cases;

/// <summary>What happened in a case: the kind of a <see cref="CaseEvent"/>. The values are stable (stored data).</summary>
public enum CaseEventKind
{
    /// <summary>No event: the value of <c>default</c>.</summary>
    None = 0,

    /// <summary>Laporan diterima (a report is received): <see cref="LaporanReceived"/>.</summary>
    LaporanReceived = 1,

    /// <summary>Temuan dicatat (a finding is recorded): <see cref="TemuanRecorded"/>.</summary>
    TemuanRecorded = 2,

    /// <summary>Perbaikan diminta (the reporter is asked to complete the report): <see cref="CorrectionRequested"/>.</summary>
    CorrectionRequested = 3,

    /// <summary>Laporan diperbaiki (the corrected report is handed in): <see cref="LaporanCorrected"/>.</summary>
    LaporanCorrected = 4,

    /// <summary>Laporan dicabut (the reporter withdraws the report): <see cref="LaporanWithdrawn"/>.</summary>
    LaporanWithdrawn = 5,

    /// <summary>Diregistrasi (written into the register): <see cref="Registered"/>.</summary>
    Registered = 6,

    /// <summary>Tidak diregistrasi (not registered: requirements unmet): <see cref="NotRegistered"/>.</summary>
    NotRegistered = 7,

    /// <summary>Klarifikasi (a hearing of the reporter, the reported party or a witness): <see cref="ClarificationHeld"/>.</summary>
    ClarificationHeld = 8,

    /// <summary>Koordinasi (the handling body consults another oversight body): <see cref="CoordinationHeld"/>.</summary>
    CoordinationHeld = 9,

    /// <summary>Keterangan tambahan diminta (additional information is asked of the reporter): <see cref="AdditionalInformationRequested"/>.</summary>
    AdditionalInformationRequested = 10,

    /// <summary>Diputuskan (the kajian is decided): <see cref="Decided"/>.</summary>
    Decided = 11,

    /// <summary>Diteruskan (forwarded to an institution): <see cref="Forwarded"/>.</summary>
    Forwarded = 12,

    /// <summary>Rekomendasi diterbitkan (a recommendation is issued): <see cref="RecommendationIssued"/>.</summary>
    RecommendationIssued = 13,

    /// <summary>Tindak lanjut (the addressee acted, or did not, on a recommendation): <see cref="FollowUpRecorded"/>.</summary>
    FollowUpRecorded = 14,

    /// <summary>Penyidikan dimulai (the Gakkumdu investigation starts): <see cref="InvestigationStarted"/>.</summary>
    InvestigationStarted = 15,

    /// <summary>Berkas ke penuntut umum (the case file goes to the prosecutor): <see cref="CaseFileToProsecutor"/>.</summary>
    CaseFileToProsecutor = 16,

    /// <summary>Berkas dikembalikan (the prosecutor returns an incomplete file): <see cref="CaseFileReturned"/>.</summary>
    CaseFileReturned = 17,

    /// <summary>Berkas diserahkan kembali (the investigator resubmits the file): <see cref="CaseFileResubmitted"/>.</summary>
    CaseFileResubmitted = 18,

    /// <summary>Pelimpahan ke pengadilan (the prosecutor transfers the case to the district court): <see cref="CaseTransferredToCourt"/>.</summary>
    CaseTransferredToCourt = 19,

    /// <summary>Putusan Pengadilan Negeri (district court verdict): <see cref="DistrictCourtVerdict"/>.</summary>
    DistrictCourtVerdict = 20,

    /// <summary>Banding diajukan (an appeal is filed): <see cref="AppealFiled"/>.</summary>
    AppealFiled = 21,

    /// <summary>Putusan Pengadilan Tinggi (the high court's final verdict): <see cref="HighCourtVerdict"/>.</summary>
    HighCourtVerdict = 22,

    /// <summary>Ditutup (the case is closed): <see cref="Closed"/>.</summary>
    Closed = 23,
}

/// <summary>
/// Peristiwa penanganan (an event in the handling of a case): what happened, and when. A <see cref="ViolationCase"/> is
/// the ordered, append-only list of its events; its state is folded from them.
/// </summary>
/// <remarks>
/// <para>
/// Events are plain data and never look anything up: an institution is stored with its kind, region and name, an
/// offence or sanction by its code, requirements by their codes. A case written in 2024 therefore reads the same after
/// the region list, the institution directory or the offence catalogue change. Whether an event is allowed is decided
/// only by <see cref="ViolationCase.Apply(CaseEvent)"/>, which rejects a missing or blank required value with
/// <see cref="TransitionError.InvalidEvent"/> rather than throwing.
/// </para>
/// <para>
/// JSON: an object whose first property is the discriminator <c>"type"</c>, in kebab-case Indonesian
/// (<c>"laporan-diterima"</c>, <c>"diregistrasi"</c>, <c>"putusan-pengadilan-tinggi"</c> …), then <c>"at"</c> (an
/// ISO instant, required) and the event's own values. <see cref="ToString"/> shows only the type and the instant, so an
/// event written to a log never shows personal data.
/// </para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(LaporanReceived), "laporan-diterima")]
[JsonDerivedType(typeof(TemuanRecorded), "temuan-dicatat")]
[JsonDerivedType(typeof(CorrectionRequested), "perbaikan-diminta")]
[JsonDerivedType(typeof(LaporanCorrected), "laporan-diperbaiki")]
[JsonDerivedType(typeof(LaporanWithdrawn), "laporan-dicabut")]
[JsonDerivedType(typeof(Registered), "diregistrasi")]
[JsonDerivedType(typeof(NotRegistered), "tidak-diregistrasi")]
[JsonDerivedType(typeof(ClarificationHeld), "klarifikasi")]
[JsonDerivedType(typeof(CoordinationHeld), "koordinasi")]
[JsonDerivedType(typeof(AdditionalInformationRequested), "keterangan-tambahan-diminta")]
[JsonDerivedType(typeof(Decided), "diputuskan")]
[JsonDerivedType(typeof(Forwarded), "diteruskan")]
[JsonDerivedType(typeof(RecommendationIssued), "rekomendasi-diterbitkan")]
[JsonDerivedType(typeof(FollowUpRecorded), "tindak-lanjut")]
[JsonDerivedType(typeof(InvestigationStarted), "penyidikan-dimulai")]
[JsonDerivedType(typeof(CaseFileToProsecutor), "berkas-ke-penuntut-umum")]
[JsonDerivedType(typeof(CaseFileReturned), "berkas-dikembalikan")]
[JsonDerivedType(typeof(CaseFileResubmitted), "berkas-diserahkan-kembali")]
[JsonDerivedType(typeof(CaseTransferredToCourt), "pelimpahan-ke-pengadilan")]
[JsonDerivedType(typeof(DistrictCourtVerdict), "putusan-pengadilan-negeri")]
[JsonDerivedType(typeof(AppealFiled), "banding-diajukan")]
[JsonDerivedType(typeof(HighCourtVerdict), "putusan-pengadilan-tinggi")]
[JsonDerivedType(typeof(Closed), "ditutup")]
public abstract record CaseEvent
{
    /// <summary>Creates the common part of an event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="kind">What kind of event it is.</param>
    private protected CaseEvent(Instant at, CaseEventKind kind)
    {
        At = at;
        Kind = kind;
    }

    /// <summary>When it happened (required in JSON). Events of a case are in time order; equal instants are allowed.</summary>
    [JsonRequired]
    [JsonPropertyOrder(-1)]
    public Instant At { get; init; }

    /// <summary>A free-text remark (catatan). Numbers that look like a NIK or NIP are masked in a published copy.</summary>
    public string? Note { get; init; }

    /// <summary>Who recorded the event (the officer or the system), if known.</summary>
    public string? RecordedBy { get; init; }

    /// <summary>What kind of event it is.</summary>
    [JsonIgnore]
    public CaseEventKind Kind { get; }

    /// <summary>The JSON discriminator of the event, e.g. <c>laporan-diterima</c>.</summary>
    [JsonIgnore]
    public string TypeName => CaseEventKinds.TypeNameOf(Kind);

    /// <summary>The type and the instant, e.g. <c>diregistrasi 2024-10-10T02:00:00Z</c>; never the payload (which may be personal).</summary>
    public sealed override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TypeName} {InstantPattern.ExtendedIso.Format(At)}");
}

/// <summary>Names of <see cref="CaseEventKind"/> values.</summary>
public static class CaseEventKinds
{
    private static readonly string[] TypeNames =
    [
        string.Empty,
        "laporan-diterima",
        "temuan-dicatat",
        "perbaikan-diminta",
        "laporan-diperbaiki",
        "laporan-dicabut",
        "diregistrasi",
        "tidak-diregistrasi",
        "klarifikasi",
        "koordinasi",
        "keterangan-tambahan-diminta",
        "diputuskan",
        "diteruskan",
        "rekomendasi-diterbitkan",
        "tindak-lanjut",
        "penyidikan-dimulai",
        "berkas-ke-penuntut-umum",
        "berkas-dikembalikan",
        "berkas-diserahkan-kembali",
        "pelimpahan-ke-pengadilan",
        "putusan-pengadilan-negeri",
        "banding-diajukan",
        "putusan-pengadilan-tinggi",
        "ditutup",
    ];

    /// <summary>Every kind, in order of value.</summary>
    public static IReadOnlyList<CaseEventKind> All { get; } = [.. Enumerable.Range(1, TypeNames.Length - 1).Select(i => (CaseEventKind)i)];

    /// <summary>The JSON discriminator of a kind: <c>laporan-diterima</c>; the empty string for <see cref="CaseEventKind.None"/> or an undefined value.</summary>
    /// <param name="kind">The kind.</param>
    public static string TypeNameOf(CaseEventKind kind) => (uint)kind < (uint)TypeNames.Length ? TypeNames[(int)kind] : string.Empty;

    /// <summary>Whether the kind is a step of the Sentra Gakkumdu criminal track (penyidikan to the final verdict).</summary>
    /// <param name="kind">The kind.</param>
    public static bool IsGakkumduStep(this CaseEventKind kind) => kind is >= CaseEventKind.InvestigationStarted and <= CaseEventKind.HighCourtVerdict;

    /// <summary>The kind in words, in Bahasa Indonesia (<c>laporan diterima</c>) or English (<c>report received</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="language">The language.</param>
    public static string Describe(this CaseEventKind kind, PilkadaLanguage language) =>
        PilkadaMessages.Contains("CaseEvent." + kind) ? PilkadaMessages.GetTemplate("CaseEvent." + kind, language) : kind.ToString();
}

/// <summary>
/// Laporan diterima: a report is handed in to (or submitted online to) a Bawaslu body (UU 1/2015 Pasal 134 ayat (1)
/// as amended). Starts a case; "received" here is the physical receipt, not the legal <i>diterima</i> of Pasal 134
/// ayat (5), which follows registration (<see cref="Registered"/>).
/// </summary>
/// <param name="At">When it was received.</param>
/// <param name="Laporan">The report as filed.</param>
public sealed record LaporanReceived(Instant At, Laporan Laporan) : CaseEvent(At, CaseEventKind.LaporanReceived);

/// <summary>Temuan dicatat: a finding of the supervising body itself is recorded. Starts a case.</summary>
/// <param name="At">When it was recorded.</param>
/// <param name="Temuan">The finding.</param>
public sealed record TemuanRecorded(Instant At, Temuan Temuan) : CaseEvent(At, CaseEventKind.TemuanRecorded);

/// <summary>
/// Perbaikan diminta: the reporter is asked to complete the report (in practice within 2 days, "2 × 24 jam", under
/// Perbawaslu 8/2020 as amended by Perbawaslu 9/2024 — see <see cref="LegalRegime.Correction"/>).
/// </summary>
/// <param name="At">When the correction was requested.</param>
/// <param name="Requirements">The codes of the unmet requirements, e.g. <c>Laporan.Materiil.Bukti</c> (at least one).</param>
public sealed record CorrectionRequested(Instant At, IReadOnlyList<string> Requirements) : CaseEvent(At, CaseEventKind.CorrectionRequested)
{
    /// <inheritdoc/>
    public bool Equals(CorrectionRequested? other) =>
        other is not null && base.Equals(other) && CaseEquality.SequenceEqual(Requirements, other.Requirements);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), CaseEquality.SequenceHash(Requirements));
}

/// <summary>Laporan diperbaiki: the reporter hands in the corrected report; it replaces the one filed.</summary>
/// <param name="At">When the corrected report was received.</param>
/// <param name="Laporan">The corrected report, complete (not a difference).</param>
public sealed record LaporanCorrected(Instant At, Laporan Laporan) : CaseEvent(At, CaseEventKind.LaporanCorrected);

/// <summary>Laporan dicabut: the reporter withdraws the report — possible only before registration (Perbawaslu 8/2020: "pelapor tidak dapat mencabut Laporan" once registered).</summary>
/// <param name="At">When it was withdrawn.</param>
/// <param name="Reason">The reason given, if any.</param>
public sealed record LaporanWithdrawn(Instant At, string? Reason = null) : CaseEvent(At, CaseEventKind.LaporanWithdrawn);

/// <summary>
/// Diregistrasi: the report or finding meets its requirements and is written into the buku registrasi with a number;
/// from now on it counts as <i>diterima</i> (Perbawaslu 8/2020), so the follow-up period of Pasal 134 ayat (5) runs.
/// </summary>
/// <param name="At">When it was registered.</param>
/// <param name="RegisterNumber">The register number (nomor laporan), e.g. <c>001/Reg/LP/PW/Kota/18.02/X/2024</c>.</param>
public sealed record Registered(Instant At, string RegisterNumber) : CaseEvent(At, CaseEventKind.Registered);

/// <summary>Tidak diregistrasi: the report is not registered because requirements are unmet (e.g. filed too late: <c>Laporan.Formil.Daluwarsa</c>).</summary>
/// <param name="At">When it was decided not to register it.</param>
/// <param name="Requirements">The codes of the unmet requirements (at least one).</param>
public sealed record NotRegistered(Instant At, IReadOnlyList<string> Requirements) : CaseEvent(At, CaseEventKind.NotRegistered)
{
    /// <inheritdoc/>
    public bool Equals(NotRegistered? other) =>
        other is not null && base.Equals(other) && CaseEquality.SequenceEqual(Requirements, other.Requirements);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), CaseEquality.SequenceHash(Requirements));
}

/// <summary>Klarifikasi: a hearing during the kajian (after registration, before the decision).</summary>
/// <param name="At">When it was held.</param>
/// <param name="Who">Who was heard, e.g. <c>terlapor</c>, <c>pelapor</c>, <c>saksi</c> (names are redacted in a published copy).</param>
public sealed record ClarificationHeld(Instant At, string? Who = null) : CaseEvent(At, CaseEventKind.ClarificationHeld);

/// <summary>
/// Koordinasi: the handling body consults another oversight body — e.g. Bawaslu Kota Pangkalpinang doing its kajian
/// awal with Bawaslu Provinsi Kepulauan Bangka Belitung ("Bawaslu bekerja secara hirarki"). Possible from receipt
/// until the decision; it does not move the case to the other body.
/// </summary>
/// <param name="At">When it took place.</param>
/// <param name="With">The body consulted.</param>
public sealed record CoordinationHeld(
    Instant At,
    [property: JsonConverter(typeof(CaseInstitutionJsonConverter))] Institution With) : CaseEvent(At, CaseEventKind.CoordinationHeld);

/// <summary>
/// Keterangan tambahan diminta: additional information is asked of the reporter (UU 1/2015 Pasal 134 ayat (6) as
/// amended); at most once, before the decision. In practice it extends the 3-day follow-up to 5 days.
/// </summary>
/// <param name="At">When it was asked.</param>
public sealed record AdditionalInformationRequested(Instant At) : CaseEvent(At, CaseEventKind.AdditionalInformationRequested);

/// <summary>Diputuskan: the kajian ends in a decision — a violation of a category, not a violation, stopped, or a dispute.</summary>
/// <param name="At">When it was decided (the 1 × 24 jam of Pasal 135 ayat (2) runs from here for an election crime).</param>
/// <param name="Decision">The decision.</param>
public sealed record Decided(Instant At, CaseDecision Decision) : CaseEvent(At, CaseEventKind.Decided);

/// <summary>Diteruskan: the matter is forwarded to an institution (Polri or Sentra Gakkumdu, DKPP, KASN or BKN, the competent agency …).</summary>
/// <param name="At">When it was forwarded (taken as the moment the recipient received it).</param>
/// <param name="To">The recipient, as it was named on that date.</param>
public sealed record Forwarded(
    Instant At,
    [property: JsonConverter(typeof(CaseInstitutionJsonConverter))] Institution To) : CaseEvent(At, CaseEventKind.Forwarded);

/// <summary>
/// Rekomendasi diterbitkan: a recommendation is issued — by Bawaslu to the KPU at the contest's level, to KASN or
/// BKN; or by KASN or BKN to the Pejabat Pembina Kepegawaian (then <see cref="IssuedBy"/> says so).
/// </summary>
/// <param name="At">When it was issued (taken as the moment the addressee received it).</param>
/// <param name="To">The addressee.</param>
/// <param name="Number">The number of the letter, unique within the case, e.g. <c>9953/B-AK.02.02/SD/F/2024</c>.</param>
public sealed record RecommendationIssued(
    Instant At,
    [property: JsonConverter(typeof(CaseInstitutionJsonConverter))] Institution To,
    string Number) : CaseEvent(At, CaseEventKind.RecommendationIssued)
{
    /// <summary>Who issued it when not the handling Bawaslu (e.g. BKN writing to the Pejabat Pembina Kepegawaian).</summary>
    [JsonConverter(typeof(CaseInstitutionJsonConverter))]
    public Institution? IssuedBy { get; init; }

    /// <summary>
    /// The number of the recommendation this one acts on, when the issuer was itself the addressee of an earlier
    /// recommendation in the case (BKN answering Bawaslu's recommendation with its own to the Pejabat Pembina
    /// Kepegawaian). That earlier recommendation is then settled by an <see cref="OnwardRecommendation"/>.
    /// </summary>
    public string? InResponseTo { get; init; }
}

/// <summary>Tindak lanjut: what the addressee of a recommendation did — a sanction, a KPU decision, a refusal, or nothing.</summary>
/// <param name="At">When it was done (or recorded as not done).</param>
/// <param name="RecommendationNumber">The number of the recommendation acted on.</param>
/// <param name="Outcome">What was done.</param>
public sealed record FollowUpRecorded(Instant At, string RecommendationNumber, FollowUpOutcome Outcome) : CaseEvent(At, CaseEventKind.FollowUpRecorded)
{
    /// <summary>Who acted, e.g. the Pejabat Pembina Kepegawaian Kota Bima (the Pj Wali Kota), if recorded.</summary>
    [JsonConverter(typeof(CaseInstitutionJsonConverter))]
    public Institution? By { get; init; }
}

/// <summary>Penyidikan dimulai: the Gakkumdu investigator (Polri) starts the investigation (UU 10/2016 Pasal 146 ayat (1)–(2)).</summary>
/// <param name="At">When it started.</param>
public sealed record InvestigationStarted(Instant At) : CaseEvent(At, CaseEventKind.InvestigationStarted);

/// <summary>Berkas ke penuntut umum: the investigator hands the case file to the prosecutor — within 14 hari kerja of receiving the report from Bawaslu (Pasal 146 ayat (3)).</summary>
/// <param name="At">When the prosecutor received the file.</param>
public sealed record CaseFileToProsecutor(Instant At) : CaseEvent(At, CaseEventKind.CaseFileToProsecutor);

/// <summary>Berkas dikembalikan: the prosecutor returns an incomplete file — within 3 hari kerja (Pasal 146 ayat (4)).</summary>
/// <param name="At">When the investigator received the file back.</param>
public sealed record CaseFileReturned(Instant At) : CaseEvent(At, CaseEventKind.CaseFileReturned);

/// <summary>Berkas diserahkan kembali: the investigator resubmits the completed file — within 3 hari kerja (Pasal 146 ayat (5)).</summary>
/// <param name="At">When the prosecutor received it.</param>
public sealed record CaseFileResubmitted(Instant At) : CaseEvent(At, CaseEventKind.CaseFileResubmitted);

/// <summary>Pelimpahan ke pengadilan: the prosecutor transfers the case to the Pengadilan Negeri — within 5 hari kerja of receiving the file (Pasal 146 ayat (6)).</summary>
/// <param name="At">When the case was transferred.</param>
public sealed record CaseTransferredToCourt(Instant At) : CaseEvent(At, CaseEventKind.CaseTransferredToCourt);

/// <summary>Putusan Pengadilan Negeri: the district court's verdict — within 7 days of the transfer (UU 1/2015 Pasal 148 ayat (1)).</summary>
/// <param name="At">When the verdict was read.</param>
/// <param name="Verdict">The verdict.</param>
public sealed record DistrictCourtVerdict(Instant At, CourtVerdict Verdict) : CaseEvent(At, CaseEventKind.DistrictCourtVerdict)
{
    /// <summary>The court's case number, e.g. <c>12/Pid.S/2024/PN Rbi</c>.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The sentence in words, e.g. <c>pidana penjara 36 bulan dan denda Rp200.000.000</c>.</summary>
    public string? Sentence { get; init; }
}

/// <summary>Banding diajukan: an appeal is filed — within 3 days of the reading of the verdict (Pasal 148 ayat (2)).</summary>
/// <param name="At">When the appeal was received.</param>
public sealed record AppealFiled(Instant At) : CaseEvent(At, CaseEventKind.AppealFiled);

/// <summary>
/// Putusan Pengadilan Tinggi: the high court's verdict on appeal — within 7 days of receiving the appeal; final and
/// binding, no further remedy (Pasal 148 ayat (4)–(5)).
/// </summary>
/// <param name="At">When the verdict was read.</param>
/// <param name="Verdict">The verdict.</param>
public sealed record HighCourtVerdict(Instant At, CourtVerdict Verdict) : CaseEvent(At, CaseEventKind.HighCourtVerdict)
{
    /// <summary>The court's case number.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The sentence in words.</summary>
    public string? Sentence { get; init; }
}

/// <summary>Ditutup: the case is closed. Nothing can follow.</summary>
/// <param name="At">When it was closed.</param>
/// <param name="Reason">Why, e.g. <c>sanksi telah dijatuhkan</c>.</param>
public sealed record Closed(Instant At, string? Reason = null) : CaseEvent(At, CaseEventKind.Closed);

/// <summary>Value equality for the lists inside events and states.</summary>
internal static class CaseEquality
{
    internal static bool SequenceEqual<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reports compared by value, lists included (the intake records compare their lists by reference).</summary>
    internal static bool Laporan(Laporan? a, Laporan? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null)
        {
            return false;
        }

        return SequenceEqual(a.Terlapor, b.Terlapor) && SequenceEqual(a.Evidence, b.Evidence) && SequenceEqual(a.Witnesses, b.Witnesses) &&
               (a with { Terlapor = [], Evidence = [], Witnesses = [] }).Equals(b with { Terlapor = [], Evidence = [], Witnesses = [] });
    }

    /// <summary>Findings compared by value, lists included.</summary>
    internal static bool Temuan(Temuan? a, Temuan? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null)
        {
            return false;
        }

        return SequenceEqual(a.Terlapor, b.Terlapor) && SequenceEqual(a.Evidence, b.Evidence) &&
               (a with { Terlapor = [], Evidence = [] }).Equals(b with { Terlapor = [], Evidence = [] });
    }

    internal static int SequenceHash<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return 0;
        }

        var hash = new HashCode();
        foreach (var item in list)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
