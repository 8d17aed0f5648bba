namespace Pilkada.Domain.Elections;

/// <summary>
/// Why a contest could not be built (see <see cref="ElectionArgumentException.ErrorCode"/>, <c>Contest.&lt;member&gt;</c>),
/// including why a kind of contest cannot be held in a region (<see cref="ContestRules.Check(ContestKind, Regions.Region)"/>).
/// The values are stable.
/// </summary>
public enum ContestError
{
    /// <summary>No error: the contest can be held.</summary>
    None = 0,

    /// <summary>The region is below kabupaten/kota level: no regional head is elected there.</summary>
    NotAContestLevel = 1,

    /// <summary>
    /// The kind does not match the region: gubernur goes with a province, bupati with a kabupaten, wali kota with a kota.
    /// </summary>
    KindMismatch = 2,

    /// <summary>
    /// The region is one of DKI Jakarta's administrative units (Kabupaten Administrasi Kepulauan Seribu, the five
    /// kota administrasi), whose bupati and wali kota are appointed by the governor, not elected.
    /// </summary>
    AdministrativeUnit = 3,

    /// <summary>
    /// The Governor of DI Yogyakarta is not elected: UU 13/2012 Pasal 18 ayat (1) makes the reigning Sultan Hamengku
    /// Buwono the governor, set through DPRD DIY (Pasal 19).
    /// </summary>
    GovernorNotElected = 4,

    /// <summary>The contest id is empty.</summary>
    EmptyId = 5,

    /// <summary>The region's name is blank.</summary>
    EmptyRegionName = 6,

    /// <summary>Single-candidate facts or a Constitutional Court ruling given to a contest are about another contest.</summary>
    FactsOfAnotherContest = 7,

    /// <summary>A contest given to an election belongs to another election.</summary>
    ElectionMismatch = 8,

    /// <summary>Two contests of one catalogue have the same id.</summary>
    DuplicateId = 9,
}
