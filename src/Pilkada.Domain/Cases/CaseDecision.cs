using System.Text.Json.Serialization;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Cases;

/// <summary>
/// Putusan kajian (the decision on a report or finding): a violation of a category (<see cref="ViolationFound"/>),
/// not a violation (<see cref="NotAViolation"/>), handling stopped (<see cref="HandlingStopped"/>), or a dispute
/// (<see cref="DisputeFound"/>). JSON: an object with the discriminator <c>"type"</c> first —
/// <c>pelanggaran</c>, <c>bukan-pelanggaran</c>, <c>dihentikan</c>, <c>sengketa</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ViolationFound), "pelanggaran")]
[JsonDerivedType(typeof(NotAViolation), "bukan-pelanggaran")]
[JsonDerivedType(typeof(HandlingStopped), "dihentikan")]
[JsonDerivedType(typeof(DisputeFound), "sengketa")]
public abstract record CaseDecision
{
    private protected CaseDecision()
    {
    }

    /// <summary>Whether the decision found a violation.</summary>
    [JsonIgnore]
    public bool IsViolation => this is ViolationFound;

    /// <summary>Whether the decision found an election crime (tindak pidana pemilihan), which goes to Polri within 1 × 24 jam.</summary>
    [JsonIgnore]
    public bool IsElectionCrime => this is ViolationFound { Category: ViolationCategory.TindakPidanaPemilihan };
}

/// <summary>
/// Pelanggaran: the report or finding is proven to be a violation of a category (UU 1/2015 Pasal 135 ayat (1)),
/// with the offences it matches.
/// </summary>
/// <param name="Category">The category: kode etik, administrasi, tindak pidana or peraturan perundang-undangan lainnya (not <see cref="ViolationCategory.SengketaPemilihan"/>: use <see cref="DisputeFound"/>).</param>
public sealed record ViolationFound(ViolationCategory Category) : CaseDecision
{
    /// <summary>
    /// The codes of the offences or breaches, as stored: <c>UU10-2016/187A-1</c> (<see cref="OffenceCatalog"/>),
    /// <c>SKB-2022/D8</c> (<see cref="AsnNeutralityCatalog"/>). Not looked up when read.
    /// </summary>
    public IReadOnlyList<string> Offences { get; init; } = [];

    /// <summary>
    /// How the matter is routed, when the category alone does not say (ASN neutrality is
    /// <see cref="RoutingMatter.NetralitasAsn"/>, a village head <see cref="RoutingMatter.KepalaDesa"/>); when absent
    /// it is read from the offences (at routing time) or from the category.
    /// </summary>
    public RoutingMatter? Matter { get; init; }

    /// <inheritdoc/>
    public bool Equals(ViolationFound? other) =>
        other is not null && Category == other.Category && Matter == other.Matter && CaseEquality.SequenceEqual(Offences, other.Offences);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Category, Matter, CaseEquality.SequenceHash(Offences));
}

/// <summary>Bukan pelanggaran: the kajian found no violation.</summary>
public sealed record NotAViolation : CaseDecision;

/// <summary>
/// Dihentikan: handling stops — neither an election violation nor a violation of other laws, or the evidence does
/// not suffice. Counted as <i>bukan pelanggaran</i> in Bawaslu's statistics.
/// </summary>
/// <param name="Reason">Why (required).</param>
public sealed record HandlingStopped(string Reason) : CaseDecision;

/// <summary>
/// Sengketa: the kajian classifies the matter as a sengketa pemilihan (a dispute, not a violation); it is settled in
/// its own procedure (UU 1/2015 Pasal 142–144), so nothing is forwarded from this case.
/// </summary>
public sealed record DisputeFound : CaseDecision;

/// <summary>
/// What the addressee of a recommendation did: <see cref="SanctionImposed"/>, <see cref="KpuAction"/>,
/// <see cref="FollowUpRefused"/>, <see cref="OnwardRecommendation"/> or <see cref="NoFollowUp"/>. JSON discriminator
/// <c>"type"</c>: <c>sanksi-dijatuhkan</c>, <c>tindakan-kpu</c>, <c>ditolak</c>, <c>rekomendasi-lanjutan</c>, <c>tidak-ada</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(SanctionImposed), "sanksi-dijatuhkan")]
[JsonDerivedType(typeof(KpuAction), "tindakan-kpu")]
[JsonDerivedType(typeof(FollowUpRefused), "ditolak")]
[JsonDerivedType(typeof(NoFollowUp), "tidak-ada")]
[JsonDerivedType(typeof(OnwardRecommendation), "rekomendasi-lanjutan")]
public abstract record FollowUpOutcome
{
    private protected FollowUpOutcome()
    {
    }

    /// <summary>
    /// Whether the outcome settles the recommendation (anything but <see cref="NoFollowUp"/>): a refusal is an answer;
    /// "nothing done" is not, and the recommendation stays open.
    /// </summary>
    [JsonIgnore]
    public bool SettlesRecommendation => this is not NoFollowUp;
}

/// <summary>Sanksi dijatuhkan: a sanction was imposed, e.g. by the Pejabat Pembina Kepegawaian (PP 94/2021 Pasal 8; PP 42/2004 Pasal 15).</summary>
/// <param name="SanctionCode">The sanction's code, e.g. <c>PP94-2021/8-4-a</c> (see <see cref="SanctionLadders"/>); not looked up when read.</param>
public sealed record SanctionImposed(string SanctionCode) : FollowUpOutcome
{
    /// <summary>The sanction as the library described it when recorded (optional; kept as written).</summary>
    public Sanction? Sanction { get; init; }

    /// <summary>The decision in words, e.g. the decree number.</summary>
    public string? Description { get; init; }

    /// <summary>A sanction imposed, with its code and description.</summary>
    /// <param name="sanction">The sanction.</param>
    public static SanctionImposed Of(Sanction sanction)
    {
        ArgumentNullException.ThrowIfNull(sanction);
        return new SanctionImposed(sanction.Code) { Sanction = sanction };
    }
}

/// <summary>Tindakan KPU: the KPU examined the administrative recommendation and decided (UU 1/2015 Pasal 140 ayat (1)).</summary>
/// <param name="Description">What it decided, e.g. <c>PSU di TPS 05</c>.</param>
public sealed record KpuAction(string Description) : FollowUpOutcome;

/// <summary>Ditolak: the addressee refused to act on the recommendation (e.g. "perbedaan perspektif").</summary>
/// <param name="Reason">The reason given, if any.</param>
public sealed record FollowUpRefused(string? Reason = null) : FollowUpOutcome;

/// <summary>Tidak ada: recorded that nothing was done (yet); the recommendation stays open.</summary>
public sealed record NoFollowUp : FollowUpOutcome;

/// <summary>
/// Rekomendasi lanjutan: the addressee acted by issuing its own recommendation — BKN (or KASN) answering Bawaslu's
/// recommendation with one to the Pejabat Pembina Kepegawaian. Recorded by a <see cref="RecommendationIssued"/> with
/// <see cref="RecommendationIssued.InResponseTo"/>, or explicitly.
/// </summary>
/// <param name="Number">The number of the onward recommendation.</param>
public sealed record OnwardRecommendation(string Number) : FollowUpOutcome;

/// <summary>A court's verdict in an election-crime case. The values are stable.</summary>
public enum CourtVerdict
{
    /// <summary>Not stated: the value of <c>default</c> (rejected in an event).</summary>
    None = 0,

    /// <summary>Terbukti (guilty and sentenced).</summary>
    Convicted = 1,

    /// <summary>Bebas (acquitted).</summary>
    Acquitted = 2,

    /// <summary>Lepas dari segala tuntutan hukum (the act is proven but is not a crime).</summary>
    ReleasedFromCharges = 3,
}
