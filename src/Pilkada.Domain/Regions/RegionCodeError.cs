namespace Pilkada.Domain.Regions;

/// <summary>Why a text is not a well-formed Kemendagri region code. The values are stable.</summary>
/// <remarks>
/// A well-formed code that is missing from a catalogue (e.g. <c>52.99</c>) is not a parse error: it parses,
/// and <see cref="RegionCatalog.TryGet(RegionCode, out Region?)"/> reports it as not found.
/// </remarks>
public enum RegionCodeError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The text is empty or only white space.</summary>
    Empty = 1,

    /// <summary>A character that is neither a digit nor a separator (<c>.</c>, <c>-</c>, space).</summary>
    InvalidCharacter = 2,

    /// <summary>A separator that is not between two components, or two separators in a row.</summary>
    MisplacedSeparator = 3,

    /// <summary>The text ends in the middle of a component (e.g. <c>527</c> or <c>52.72.01.10</c>).</summary>
    Incomplete = 4,

    /// <summary>More than the ten digits of a village code.</summary>
    TooLong = 5,

    /// <summary>The province part is below 11 (province codes run 11–96).</summary>
    InvalidProvince = 6,

    /// <summary>The kabupaten/kota part is 00 (kabupaten are 01–69, kota 71–79; other parts are well-formed but unissued).</summary>
    InvalidKabupatenKota = 7,

    /// <summary>The kecamatan part is 00.</summary>
    InvalidKecamatan = 8,

    /// <summary>The village part does not start with 1 (kelurahan), 2 (desa) or 3 (desa adat), or is 1000/2000/3000.</summary>
    InvalidVillage = 9,
}
