using Pilkada.Domain.Institutions;

namespace Pilkada.Domain.Violations;

/// <summary>
/// Jenis pelanggaran (category of a matter Bawaslu handles), as in UU 1/2015 Pasal 135 ayat (1) and Bawaslu's statistics.
/// The values are stable.
/// </summary>
/// <remarks>
/// <see cref="SengketaPemilihan"/> is a dispute between participants, or between a participant and the organiser,
/// not a violation: Bawaslu settles it itself (Pasal 142–144). It is here because a report's kajian awal classifies
/// it as either a pelanggaran or a sengketa (Perbawaslu 8/2020).
/// </remarks>
public enum ViolationCategory
{
    /// <summary>Not classified: the value of <c>default</c>.</summary>
    None = 0,

    /// <summary>Pelanggaran kode etik penyelenggara pemilihan (ethics of election officials): forwarded to DKPP (Pasal 135 ayat (1) huruf a, 136–137).</summary>
    KodeEtikPenyelenggara = 1,

    /// <summary>Pelanggaran administrasi pemilihan (administrative violation): a recommendation to the KPU (Pasal 135 ayat (1) huruf b, 138–141).</summary>
    AdministrasiPemilihan = 2,

    /// <summary>Tindak pidana pemilihan (election crime): to Polri through Sentra Gakkumdu (Pasal 135 ayat (1) huruf d and ayat (2)).</summary>
    TindakPidanaPemilihan = 3,

    /// <summary>
    /// Pelanggaran peraturan perundang-undangan lainnya ("pelanggaran hukum lainnya", other laws): to the competent agency.
    /// ASN neutrality falls here (the civil-service laws), as do village heads' breaches of the village law.
    /// </summary>
    PeraturanPerundanganLainnya = 4,

    /// <summary>Sengketa pemilihan: a dispute, not a violation — settled by Bawaslu itself within 12 days (Pasal 142–143).</summary>
    SengketaPemilihan = 5,
}

/// <summary>Helpers for <see cref="ViolationCategory"/>.</summary>
public static class ViolationCategories
{
    /// <summary>Every category, in order.</summary>
    public static IReadOnlyList<ViolationCategory> All { get; } =
    [
        ViolationCategory.KodeEtikPenyelenggara,
        ViolationCategory.AdministrasiPemilihan,
        ViolationCategory.TindakPidanaPemilihan,
        ViolationCategory.PeraturanPerundanganLainnya,
        ViolationCategory.SengketaPemilihan,
    ];

    /// <summary>Whether the category is a violation (every one but <see cref="ViolationCategory.SengketaPemilihan"/> and <see cref="ViolationCategory.None"/>).</summary>
    /// <param name="category">The category.</param>
    public static bool IsViolation(this ViolationCategory category) =>
        category is ViolationCategory.KodeEtikPenyelenggara or ViolationCategory.AdministrasiPemilihan
            or ViolationCategory.TindakPidanaPemilihan or ViolationCategory.PeraturanPerundanganLainnya;

    /// <summary>
    /// The matter a category is routed as when nothing more is known. A breach can be more precise: ASN neutrality is
    /// <see cref="RoutingMatter.NetralitasAsn"/>, politik uang by a calon <see cref="RoutingMatter.AdministrasiTsm"/>.
    /// </summary>
    /// <param name="category">The category.</param>
    /// <exception cref="ArgumentOutOfRangeException">The category is <see cref="ViolationCategory.None"/> or not defined.</exception>
    public static RoutingMatter DefaultMatter(this ViolationCategory category) => category switch
    {
        ViolationCategory.KodeEtikPenyelenggara => RoutingMatter.KodeEtikPenyelenggara,
        ViolationCategory.AdministrasiPemilihan => RoutingMatter.AdministrasiPemilihan,
        ViolationCategory.TindakPidanaPemilihan => RoutingMatter.TindakPidana,
        ViolationCategory.PeraturanPerundanganLainnya => RoutingMatter.PeraturanLainnya,
        ViolationCategory.SengketaPemilihan => RoutingMatter.SengketaPemilihan,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a violation category."),
    };

    /// <summary>The category's name in Bahasa Indonesia: <c>tindak pidana pemilihan</c>.</summary>
    /// <param name="category">The category.</param>
    public static string IndonesianName(this ViolationCategory category) => category switch
    {
        ViolationCategory.KodeEtikPenyelenggara => "pelanggaran kode etik penyelenggara pemilihan",
        ViolationCategory.AdministrasiPemilihan => "pelanggaran administrasi pemilihan",
        ViolationCategory.TindakPidanaPemilihan => "tindak pidana pemilihan",
        ViolationCategory.PeraturanPerundanganLainnya => "pelanggaran peraturan perundang-undangan lainnya",
        ViolationCategory.SengketaPemilihan => "sengketa pemilihan (bukan pelanggaran)",
        _ => "belum diklasifikasikan",
    };

    /// <summary>The category's name in English: <c>election crime</c>.</summary>
    /// <param name="category">The category.</param>
    public static string EnglishName(this ViolationCategory category) => category switch
    {
        ViolationCategory.KodeEtikPenyelenggara => "ethics violation by election officials",
        ViolationCategory.AdministrasiPemilihan => "administrative election violation",
        ViolationCategory.TindakPidanaPemilihan => "election crime",
        ViolationCategory.PeraturanPerundanganLainnya => "violation of other laws",
        ViolationCategory.SengketaPemilihan => "election dispute (not a violation)",
        _ => "not classified",
    };
}
