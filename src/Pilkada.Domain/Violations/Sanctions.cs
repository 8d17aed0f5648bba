using Pilkada.Domain.People;
using NodaTime;

namespace Pilkada.Domain.Violations;

/// <summary>Tingkat hukuman disiplin (level of a civil-service disciplinary penalty), PP 94/2021 Pasal 8 ayat (1). The values are stable.</summary>
public enum DisciplineLevel
{
    /// <summary>No level (a moral or ethics sanction, or a dismissal outside the ladder).</summary>
    None = 0,

    /// <summary>Ringan (light).</summary>
    Ringan = 1,

    /// <summary>Sedang (moderate).</summary>
    Sedang = 2,

    /// <summary>Berat (heavy).</summary>
    Berat = 3,
}

/// <summary>One sanction on a ladder: what it is, its level, its duration or cut, and its article.</summary>
/// <param name="Code">A stable code: <c>PP94-2021/8-3-a</c>.</param>
/// <param name="Level">The disciplinary level, or <see cref="DisciplineLevel.None"/> for moral and ethics sanctions.</param>
/// <param name="Indonesian">The sanction as the regulation words it.</param>
/// <param name="English">An English gloss.</param>
/// <param name="Basis">The article.</param>
/// <param name="DurationMonths">How long it lasts, in months, when the regulation says.</param>
/// <param name="AllowanceCutPercent">The cut of the tunjangan kinerja (performance allowance), in percent, when there is one.</param>
/// <param name="Note">A remark, e.g. a transitional rule.</param>
public sealed record Sanction(
    string Code,
    DisciplineLevel Level,
    string Indonesian,
    string English,
    LegalReference Basis,
    int? DurationMonths = null,
    int? AllowanceCutPercent = null,
    string? Note = null)
{
    /// <summary>The Indonesian wording and the article.</summary>
    public override string ToString() => $"{Indonesian} ({Basis})";
}

/// <summary>
/// A sanction ladder as a regulation sets it, with the dates it applies: PP 94/2021 Pasal 8, the historical
/// PP 53/2010, PP 42/2004's moral sanctions, DKPP's sanctions.
/// </summary>
/// <param name="Id">A stable identifier: <c>PP94-2021</c>.</param>
/// <param name="Name">What the ladder is for.</param>
/// <param name="Instrument">The regulation.</param>
/// <param name="InForceFrom">The first day it applies, or <see langword="null"/> when not known.</param>
/// <param name="InForceUntil">The first day it no longer applies, or <see langword="null"/> while it does.</param>
/// <param name="Sanctions">The sanctions, from light to heavy.</param>
/// <param name="Confidence">How well the ladder is sourced.</param>
/// <param name="Note">What the ladder does not cover, transitional rules.</param>
public sealed record SanctionLadder(
    string Id,
    string Name,
    LegalReference Instrument,
    LocalDate? InForceFrom,
    LocalDate? InForceUntil,
    IReadOnlyList<Sanction> Sanctions,
    SourceConfidence Confidence,
    string? Note = null)
{
    /// <summary>The sanctions of one level, in order.</summary>
    /// <param name="level">The level.</param>
    public IReadOnlyList<Sanction> At(DisciplineLevel level) => [.. Sanctions.Where(s => s.Level == level)];

    /// <summary>Whether the ladder applies on a date.</summary>
    /// <param name="date">The date of the breach.</param>
    public bool IsInForceOn(LocalDate date) =>
        (InForceFrom is not { } from || date >= from) && (InForceUntil is not { } until || date < until);
}

/// <summary>
/// What regime disciplines a kind of civil servant, and its ladder where the library encodes one.
/// </summary>
/// <param name="Employee">The kind of civil servant.</param>
/// <param name="Instrument">The regulation.</param>
/// <param name="Ladder">The ladder, or <see langword="null"/> when it is not encoded (PPPK).</param>
/// <param name="Note">Why not, or what else applies.</param>
public sealed record DisciplineRegime(AsnKind Employee, LegalReference Instrument, SanctionLadder? Ladder, string? Note = null);

/// <summary>
/// The sanction ladders, as data with their sources and dates.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>PP 94/2021 Pasal 8 (from 31 August 2021): ringan — teguran lisan, teguran tertulis, pernyataan tidak puas
/// secara tertulis; sedang — tunjangan kinerja cut by 25% for 6, 9 or 12 months; berat — demotion for 12 months,
/// release to a jabatan pelaksana for 12 months, honourable dismissal not at own request.</item>
/// <item>PP 94/2021 Pasal 42: the sedang penalties apply only once the government regulation on salaries and allowances
/// is in force; until then the sedang penalties of PP 53/2010 Pasal 7 ayat (3) apply (<see cref="Pp53Of2010"/>).</item>
/// <item>PP 42/2004 Pasal 15: the moral sanction for an ethics breach, a statement in private or in public, made in
/// writing by the Pejabat Pembina Kepegawaian.</item>
/// <item>PPPK discipline follows PP 49/2018; no ladder is encoded for it (<see cref="For"/> says so).</item>
/// </list>
/// </remarks>
public static class SanctionLadders
{
    /// <summary>The day PP 94/2021 was promulgated and came into force.</summary>
    public static readonly LocalDate Pp94In = new(2021, 8, 31);

    private static LegalReference Ref(string instrument, string provision, string? note = null) => new(instrument, provision, note);

    private const string SedangTransition =
        "PP 94/2021 Pasal 42: applies once the government regulation on salaries and allowances (gaji dan tunjangan) is in force; until then the sedang " +
        "penalties of PP 53/2010 Pasal 7 ayat (3) apply. When that regulation took effect was not found (❓).";

    /// <summary>PP 94/2021 Pasal 8: the PNS disciplinary ladder from 31 August 2021.</summary>
    public static SanctionLadder Pp94Of2021 { get; } = new(
        "PP94-2021",
        "Hukuman disiplin PNS (civil-servant discipline)",
        Ref("PP 94/2021", "Pasal 8"),
        Pp94In,
        null,
        [
            new("PP94-2021/8-2-a", DisciplineLevel.Ringan, "teguran lisan", "oral reprimand", Ref("PP 94/2021", "Pasal 8 ayat (2) huruf a")),
            new("PP94-2021/8-2-b", DisciplineLevel.Ringan, "teguran tertulis", "written reprimand", Ref("PP 94/2021", "Pasal 8 ayat (2) huruf b")),
            new("PP94-2021/8-2-c", DisciplineLevel.Ringan, "pernyataan tidak puas secara tertulis", "written statement of dissatisfaction", Ref("PP 94/2021", "Pasal 8 ayat (2) huruf c")),
            new("PP94-2021/8-3-a", DisciplineLevel.Sedang, "pemotongan tunjangan kinerja sebesar 25% selama 6 bulan", "performance allowance cut by 25% for 6 months",
                Ref("PP 94/2021", "Pasal 8 ayat (3) huruf a"), 6, 25, SedangTransition),
            new("PP94-2021/8-3-b", DisciplineLevel.Sedang, "pemotongan tunjangan kinerja sebesar 25% selama 9 bulan", "performance allowance cut by 25% for 9 months",
                Ref("PP 94/2021", "Pasal 8 ayat (3) huruf b"), 9, 25, SedangTransition),
            new("PP94-2021/8-3-c", DisciplineLevel.Sedang, "pemotongan tunjangan kinerja sebesar 25% selama 12 bulan", "performance allowance cut by 25% for 12 months",
                Ref("PP 94/2021", "Pasal 8 ayat (3) huruf c"), 12, 25, SedangTransition),
            new("PP94-2021/8-4-a", DisciplineLevel.Berat, "penurunan jabatan setingkat lebih rendah selama 12 bulan", "demotion by one grade of position for 12 months",
                Ref("PP 94/2021", "Pasal 8 ayat (4) huruf a"), 12),
            new("PP94-2021/8-4-b", DisciplineLevel.Berat, "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan", "release from the position to an implementing position for 12 months",
                Ref("PP 94/2021", "Pasal 8 ayat (4) huruf b"), 12),
            new("PP94-2021/8-4-c", DisciplineLevel.Berat, "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS", "honourable dismissal, not at own request",
                Ref("PP 94/2021", "Pasal 8 ayat (4) huruf c")),
        ],
        SourceConfidence.Confirmed,
        "Replaces PP 53/2010 (Pasal 45). " + SedangTransition);

    /// <summary>
    /// PP 53/2010 Pasal 7 ayat (3)–(4): the earlier PNS ladder (Pilkada 2020 records), sedang and berat; still the sedang
    /// ladder under PP 94/2021 Pasal 42 until the regulation on salaries and allowances applies. The ringan level is not
    /// encoded (its text was not among the sources).
    /// </summary>
    public static SanctionLadder Pp53Of2010 { get; } = new(
        "PP53-2010",
        "Hukuman disiplin PNS menurut PP 53/2010 (historical civil-service discipline)",
        Ref("PP 53/2010", "Pasal 7"),
        null,
        Pp94In,
        [
            new("PP53-2010/7-3-a", DisciplineLevel.Sedang, "penundaan kenaikan gaji berkala selama 1 tahun", "postponement of the periodic salary increase for 1 year",
                Ref("PP 53/2010", "Pasal 7 ayat (3) huruf a"), 12),
            new("PP53-2010/7-3-b", DisciplineLevel.Sedang, "penundaan kenaikan pangkat selama 1 tahun", "postponement of promotion in rank for 1 year",
                Ref("PP 53/2010", "Pasal 7 ayat (3) huruf b"), 12),
            new("PP53-2010/7-3-c", DisciplineLevel.Sedang, "penurunan pangkat setingkat lebih rendah selama 1 tahun", "demotion by one rank for 1 year",
                Ref("PP 53/2010", "Pasal 7 ayat (3) huruf c"), 12),
            new("PP53-2010/7-4-a", DisciplineLevel.Berat, "penurunan pangkat setingkat lebih rendah selama 3 tahun", "demotion by one rank for 3 years",
                Ref("PP 53/2010", "Pasal 7 ayat (4) huruf a"), 36),
            new("PP53-2010/7-4-b", DisciplineLevel.Berat, "pemindahan dalam rangka penurunan jabatan setingkat lebih rendah", "transfer with demotion by one grade of position",
                Ref("PP 53/2010", "Pasal 7 ayat (4) huruf b")),
            new("PP53-2010/7-4-c", DisciplineLevel.Berat, "pembebasan dari jabatan", "release from the position", Ref("PP 53/2010", "Pasal 7 ayat (4) huruf c")),
            new("PP53-2010/7-4-d", DisciplineLevel.Berat, "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS", "honourable dismissal, not at own request",
                Ref("PP 53/2010", "Pasal 7 ayat (4) huruf d")),
            new("PP53-2010/7-4-e", DisciplineLevel.Berat, "pemberhentian tidak dengan hormat sebagai PNS", "dishonourable dismissal", Ref("PP 53/2010", "Pasal 7 ayat (4) huruf e")),
        ],
        SourceConfidence.SingleSource,
        "From BKN's 2020 statement (domain brief §5.2); the ayat and huruf letters follow the order given there, the regulation's own text was not among the sources. " +
        "Its sedang penalties continue after 31 August 2021 under PP 94/2021 Pasal 42 ayat (2).");

    /// <summary>PP 42/2004 Pasal 15 ayat (3): the moral sanctions for a breach of the civil-service code of ethics.</summary>
    public static SanctionLadder MoralSanctions { get; } = new(
        "PP42-2004",
        "Sanksi moral pelanggaran kode etik PNS (moral sanctions for ethics breaches)",
        Ref("PP 42/2004", "Pasal 15"),
        new LocalDate(2004, 10, 18),
        null,
        [
            new("PP42-2004/15-3-a", DisciplineLevel.None, "pernyataan secara tertutup", "statement in private", Ref("PP 42/2004", "Pasal 15 ayat (3) huruf a")),
            new("PP42-2004/15-3-b", DisciplineLevel.None, "pernyataan secara terbuka", "statement in public", Ref("PP 42/2004", "Pasal 15 ayat (3) huruf b")),
        ],
        SourceConfidence.Confirmed,
        "Made in writing by the Pejabat Pembina Kepegawaian (ayat (2)), naming the provision breached (ayat (4)); may be delegated to at least eselon IV (ayat (5)). " +
        "Administrative measures may follow on the recommendation of the Majelis Kode Etik (Pasal 16).");

    /// <summary>The ASN-law dismissal for party membership: pemberhentian tidak dengan hormat (UU 5/2014 Pasal 87 ayat (4) huruf c).</summary>
    public static Sanction PartyMembershipDismissal { get; } = new(
        "UU5-2014/87-4-c",
        DisciplineLevel.None,
        "pemberhentian tidak dengan hormat (menjadi anggota dan/atau pengurus partai politik)",
        "dishonourable dismissal (for being a member or officer of a political party)",
        Ref("UU 5/2014", "Pasal 87 ayat (4) huruf c"),
        Note: "UU 5/2014 was replaced by UU 20/2023 (October 2023); the successor provision was not checked (❓).");

    /// <summary>DKPP's sanctions on election officials who breach the code of ethics.</summary>
    public static SanctionLadder Dkpp { get; } = new(
        "DKPP",
        "Sanksi DKPP (ethics sanctions on election officials)",
        new LegalReference("UU 7/2017", null, "DKPP's putusan; listed by Bawaslu Maluku (domain brief §3.2, §6.3); the article was not checked"),
        null,
        null,
        [
            new("DKPP/teguran-tertulis", DisciplineLevel.None, "teguran tertulis", "written reprimand", new LegalReference("UU 7/2017", null, "DKPP sanction")),
            new("DKPP/pemberhentian-sementara", DisciplineLevel.None, "pemberhentian sementara", "temporary suspension", new LegalReference("UU 7/2017", null, "DKPP sanction")),
            new("DKPP/pemberhentian-tetap", DisciplineLevel.None, "pemberhentian tetap", "permanent dismissal", new LegalReference("UU 7/2017", null, "DKPP sanction")),
        ],
        SourceConfidence.SingleSource,
        "When the complaint is not proven, DKPP orders rehabilitasi (restoration of the official's good name): an outcome, not a sanction (see DkppRehabilitation).");

    /// <summary>Rehabilitasi: DKPP's outcome when an ethics complaint is not proven. Not a sanction.</summary>
    public static Sanction DkppRehabilitation { get; } = new(
        "DKPP/rehabilitasi",
        DisciplineLevel.None,
        "rehabilitasi",
        "rehabilitation (the complaint is not proven; the official's good name is restored)",
        new LegalReference("UU 7/2017", null, "DKPP outcome"),
        Note: "Not a sanction.");

    /// <summary>Every ladder the library encodes.</summary>
    public static IReadOnlyList<SanctionLadder> All { get; } = [Pp94Of2021, Pp53Of2010, MoralSanctions, Dkpp];

    /// <summary>
    /// The PNS disciplinary ladder that applies to a breach on a date: PP 94/2021 from 31 August 2021, PP 53/2010 before.
    /// </summary>
    /// <param name="date">The date of the breach.</param>
    public static SanctionLadder PnsDisciplineOn(LocalDate date) => date >= Pp94In ? Pp94Of2021 : Pp53Of2010;

    /// <summary>
    /// The disciplinary regime of a kind of civil servant on a date: PP 94/2021 (or PP 53/2010) for a PNS; PP 49/2018 for a
    /// PPPK, whose ladder is not encoded (no invented ladder).
    /// </summary>
    /// <param name="employee">The kind of civil servant.</param>
    /// <param name="date">The date of the breach.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static DisciplineRegime For(AsnKind employee, LocalDate date) => employee switch
    {
        AsnKind.Pns => new DisciplineRegime(employee, PnsDisciplineOn(date).Instrument, PnsDisciplineOn(date)),
        AsnKind.Pppk => new DisciplineRegime(
            employee,
            new LegalReference("PP 49/2018", null, "Manajemen PPPK"),
            null,
            "PPPK discipline follows PP 49/2018 (domain brief §5.1); its ladder is not encoded here."),
        _ => throw new ArgumentOutOfRangeException(nameof(employee), employee, "Not a kind of civil servant."),
    };
}
