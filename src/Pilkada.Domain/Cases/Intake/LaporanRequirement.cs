namespace Pilkada.Domain.Cases;

/// <summary>
/// Syarat laporan (a requirement a report must meet before it is registered), checked in the kajian awal (initial
/// review) of Perbawaslu 8/2020 as amended by Perbawaslu 9/2024. Each has a stable error code in
/// <see cref="LaporanRequirements"/>. The values are stable.
/// </summary>
public enum LaporanRequirement
{
    /// <summary>
    /// Syarat formil a, identitas pelapor: the pelapor's name, a valid NIK and address (UU 1/2015 Pasal 134 ayat (3) as
    /// amended by UU 8/2015: "nama dan alamat pelapor"); a kuasa needs a name and the date of the surat kuasa khusus
    /// (Perbawaslu 9/2024 Pasal 4 ayat (3)). Code <c>Laporan.Formil.IdentitasPelapor</c>.
    /// </summary>
    IdentitasPelapor = 1,

    /// <summary>
    /// Status pelapor: a voter of the local election, an accredited monitor (with the accreditation number) or an election
    /// participant (UU 1/2015 Pasal 134 ayat (2) as amended by UU 8/2015). Code <c>Laporan.Formil.StatusPelapor</c>.
    /// </summary>
    StatusPelapor = 2,

    /// <summary>
    /// Syarat formil b, nama dan alamat terlapor: the name and address of each reported party; a NIP, when given, must be
    /// valid. Code <c>Laporan.Formil.IdentitasTerlapor</c>.
    /// </summary>
    IdentitasTerlapor = 3,

    /// <summary>
    /// Syarat formil c, daluwarsa: the report is filed within the reporting period after the violation became known —
    /// Pilkada 7 hari kalender (UU 1/2015 Pasal 134 ayat (4) as amended by UU 8/2015), Pemilu 7 hari kerja (UU 7/2017
    /// Pasal 454 ayat (6)) — counted in the local time of the incident's region. Code <c>Laporan.Formil.Daluwarsa</c>.
    /// </summary>
    Daluwarsa = 4,

    /// <summary>
    /// Syarat formil d, tanda tangan: the signature on the report form matches the pelapor's identity card, as recorded by
    /// the receiving officer. Code <c>Laporan.Formil.TandaTangan</c>.
    /// </summary>
    TandaTangan = 5,

    /// <summary>
    /// The contest the report concerns (<see cref="Laporan.ContestId"/>), when given, is a well-formed contest id that
    /// exists in the election catalogue. Not a statutory requirement but a check of the record: the contest decides the
    /// election and its schedule. Checked with the syarat formil. Code <c>Laporan.Formil.Pemilihan</c>.
    /// </summary>
    Pemilihan = 6,

    /// <summary>
    /// Syarat materiil a, waktu dan tempat kejadian: the date of the incident, a well-formed region code that exists in the
    /// region catalogue, and the place in words. Code <c>Laporan.Materiil.WaktuTempat</c>.
    /// </summary>
    WaktuTempat = 11,

    /// <summary>
    /// Syarat materiil b, uraian kejadian: a description of substance (by default at least 5 words and 20 letters or
    /// digits; see <see cref="LaporanValidatorOptions.MinimumDescriptionWords"/>). Code <c>Laporan.Materiil.Uraian</c>.
    /// </summary>
    Uraian = 12,

    /// <summary>
    /// Syarat materiil c, bukti: at least one item of evidence, each with its kind and what it shows; a content hash,
    /// when given, is 64 hexadecimal characters (SHA-256). Code <c>Laporan.Materiil.Bukti</c>.
    /// </summary>
    Bukti = 13,
}

/// <summary>
/// The error codes of the report requirements (also their message keys in <see cref="PilkadaMessages"/>), the rule set
/// each belongs to, and its legal source.
/// </summary>
public static class LaporanRequirements
{
    /// <summary>Syarat formil: identitas pelapor.</summary>
    public const string IdentitasPelapor = "Laporan.Formil.IdentitasPelapor";

    /// <summary>Syarat formil: status pelapor.</summary>
    public const string StatusPelapor = "Laporan.Formil.StatusPelapor";

    /// <summary>Syarat formil: nama dan alamat terlapor.</summary>
    public const string IdentitasTerlapor = "Laporan.Formil.IdentitasTerlapor";

    /// <summary>Syarat formil: batas waktu pelaporan (daluwarsa).</summary>
    public const string Daluwarsa = "Laporan.Formil.Daluwarsa";

    /// <summary>Syarat formil: tanda tangan sesuai kartu identitas.</summary>
    public const string TandaTangan = "Laporan.Formil.TandaTangan";

    /// <summary>The contest, when given, exists (checked with the syarat formil).</summary>
    public const string Pemilihan = "Laporan.Formil.Pemilihan";

    /// <summary>Syarat materiil: waktu dan tempat kejadian.</summary>
    public const string WaktuTempat = "Laporan.Materiil.WaktuTempat";

    /// <summary>Syarat materiil: uraian kejadian.</summary>
    public const string Uraian = "Laporan.Materiil.Uraian";

    /// <summary>Syarat materiil: bukti.</summary>
    public const string Bukti = "Laporan.Materiil.Bukti";

    private static readonly LaporanRequirement[] Ordered =
    [
        LaporanRequirement.IdentitasPelapor, LaporanRequirement.StatusPelapor, LaporanRequirement.IdentitasTerlapor,
        LaporanRequirement.Daluwarsa, LaporanRequirement.TandaTangan, LaporanRequirement.Pemilihan,
        LaporanRequirement.WaktuTempat, LaporanRequirement.Uraian, LaporanRequirement.Bukti,
    ];

    private static readonly LegalReference Perbawaslu = new("Perbawaslu 8/2020", null, "as amended by Perbawaslu 9/2024; syarat formil and materiil of the kajian awal");

    /// <summary>Every requirement, formil first, in the order of the report form.</summary>
    public static IReadOnlyList<LaporanRequirement> All => Ordered;

    /// <summary>The error code of a requirement, e.g. <c>Laporan.Formil.Daluwarsa</c>.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a <see cref="LaporanRequirement"/>.</exception>
    public static string CodeOf(LaporanRequirement requirement) => requirement switch
    {
        LaporanRequirement.IdentitasPelapor => IdentitasPelapor,
        LaporanRequirement.StatusPelapor => StatusPelapor,
        LaporanRequirement.IdentitasTerlapor => IdentitasTerlapor,
        LaporanRequirement.Daluwarsa => Daluwarsa,
        LaporanRequirement.TandaTangan => TandaTangan,
        LaporanRequirement.Pemilihan => Pemilihan,
        LaporanRequirement.WaktuTempat => WaktuTempat,
        LaporanRequirement.Uraian => Uraian,
        LaporanRequirement.Bukti => Bukti,
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, "Not a LaporanRequirement."),
    };

    /// <summary>The requirement with an error code, or <see langword="null"/> when the code is not a report requirement.</summary>
    /// <param name="code">The error code.</param>
    public static LaporanRequirement? FromCode(string? code) => code switch
    {
        IdentitasPelapor => LaporanRequirement.IdentitasPelapor,
        StatusPelapor => LaporanRequirement.StatusPelapor,
        IdentitasTerlapor => LaporanRequirement.IdentitasTerlapor,
        Daluwarsa => LaporanRequirement.Daluwarsa,
        TandaTangan => LaporanRequirement.TandaTangan,
        Pemilihan => LaporanRequirement.Pemilihan,
        WaktuTempat => LaporanRequirement.WaktuTempat,
        Uraian => LaporanRequirement.Uraian,
        Bukti => LaporanRequirement.Bukti,
        _ => null,
    };

    /// <summary>The rule set a requirement belongs to: <see cref="LaporanValidator.RuleSets.SyaratFormil"/> or <see cref="LaporanValidator.RuleSets.SyaratMateriil"/>.</summary>
    /// <param name="requirement">The requirement.</param>
    public static string RuleSetOf(LaporanRequirement requirement) =>
        IsMateriil(requirement) ? LaporanValidator.RuleSets.SyaratMateriil : LaporanValidator.RuleSets.SyaratFormil;

    /// <summary>Whether a requirement is a syarat materiil (which the pelapor may complete within the correction period).</summary>
    /// <param name="requirement">The requirement.</param>
    public static bool IsMateriil(LaporanRequirement requirement) =>
        requirement is LaporanRequirement.WaktuTempat or LaporanRequirement.Uraian or LaporanRequirement.Bukti;

    /// <summary>The provision a requirement comes from.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a <see cref="LaporanRequirement"/>.</exception>
    public static LegalReference SourceOf(LaporanRequirement requirement) => requirement switch
    {
        LaporanRequirement.IdentitasPelapor => new LegalReference("UU 1/2015 jo. UU 8/2015", "Pasal 134 ayat (3)", "nama dan alamat pelapor; Perbawaslu 8/2020 syarat formil huruf a; a kuasa: Perbawaslu 9/2024 Pasal 4 ayat (3)"),
        LaporanRequirement.StatusPelapor => new LegalReference("UU 1/2015 jo. UU 8/2015", "Pasal 134 ayat (2)", "WNI with the right to vote in the local election, pemantau Pemilihan, peserta Pemilihan"),
        LaporanRequirement.IdentitasTerlapor => new LegalReference("Perbawaslu 8/2020", null, "syarat formil huruf b: nama dan alamat/domisili terlapor; UU 1/2015 Pasal 134 ayat (3): pihak terlapor"),
        LaporanRequirement.Daluwarsa => new LegalReference("UU 1/2015 jo. UU 8/2015", "Pasal 134 ayat (4)", "Pilkada: 7 hari (calendar days); Pemilu: UU 7/2017 Pasal 454 ayat (6), 7 hari kerja; Perbawaslu 9/2024 Pasal 4 ayat (2)"),
        LaporanRequirement.TandaTangan => new LegalReference("Perbawaslu 8/2020", null, "syarat formil huruf d: the signature on the formulir Laporan matches the identity card"),
        LaporanRequirement.Pemilihan => new LegalReference("Pilkada.Domain", null, "a check of the record: the contest id must exist in the election catalogue"),
        LaporanRequirement.WaktuTempat => new LegalReference("UU 1/2015 jo. UU 8/2015", "Pasal 134 ayat (3)", "waktu dan tempat kejadian perkara; Perbawaslu 8/2020 syarat materiil huruf a"),
        LaporanRequirement.Uraian => new LegalReference("UU 1/2015 jo. UU 8/2015", "Pasal 134 ayat (3)", "uraian kejadian; Perbawaslu 8/2020 syarat materiil huruf b; the minimum length is the library's assumption"),
        LaporanRequirement.Bukti => Perbawaslu with { Note = "syarat materiil huruf c: bukti (recordings, videos, pictures, …)" },
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, "Not a LaporanRequirement."),
    };
}
