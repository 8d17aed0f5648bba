namespace Pilkada.Domain.Elections;

/// <summary>Why a text is not a well-formed contest id such as <c>pilkada-2024/52.72</c>. The values are stable.</summary>
public enum ContestIdError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The text is empty or only white space.</summary>
    Empty = 1,

    /// <summary>There is no <c>/</c> between the election id and the region code.</summary>
    MissingSeparator = 2,

    /// <summary>The part before the <c>/</c> is not a well-formed election id (see <see cref="ElectionIdError"/>).</summary>
    InvalidElectionId = 3,

    /// <summary>The part after the <c>/</c> is not a well-formed region code (see <see cref="Regions.RegionCodeError"/>).</summary>
    InvalidRegionCode = 4,

    /// <summary>
    /// The region code is well-formed but no regional head is elected at its level: only a province (gubernur), a
    /// kabupaten (part 01–69, bupati) or a kota (part 71–79, wali kota) has a contest.
    /// </summary>
    NotAContestRegion = 5,
}
