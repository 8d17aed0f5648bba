namespace Pilkada.Domain.People;

/// <summary>Why a text is not a well-formed NIK (PP 40/2019 Pasal 31–32). The values are stable.</summary>
/// <remarks>
/// Checks that need a reference date (the birth date not after it, a minimum age) or the region catalogue are not
/// parse errors: they are made by <see cref="Nik.TryGetBirthDate"/>, <see cref="Nik.LookupRegistrationRegion"/>
/// and the <c>.Nik()</c> validation rule.
/// </remarks>
public enum NikError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The text is empty or only white space.</summary>
    Empty = 1,

    /// <summary>A character that is neither a digit nor a separator (a space, <c>.</c> or <c>-</c>).</summary>
    InvalidCharacter = 2,

    /// <summary>A separator that is not between two digits, or two separators in a row.</summary>
    MisplacedSeparator = 3,

    /// <summary>Fewer than 16 digits.</summary>
    TooShort = 4,

    /// <summary>More than 16 digits.</summary>
    TooLong = 5,

    /// <summary>Digits 1–2 (the province) are below 11; province codes run 11–96, and 99 marks a NIK issued abroad.</summary>
    InvalidProvince = 6,

    /// <summary>Digits 3–4 (the kabupaten/kota) are 00.</summary>
    InvalidKabupatenKota = 7,

    /// <summary>Digits 5–6 (the kecamatan) are 00.</summary>
    InvalidKecamatan = 8,

    /// <summary>Digits 7–8 (the day of birth) are not 01–31 (men) or 41–71 (women: day + 40).</summary>
    InvalidDay = 9,

    /// <summary>Digits 9–10 (the month of birth) are not 01–12.</summary>
    InvalidMonth = 10,

    /// <summary>The day does not exist in the month (31 April, 30 February, or 29 February of a year not divisible by 4).</summary>
    InvalidDate = 11,

    /// <summary>Digits 13–16 (the sequence number) are 0000; numbering starts at 0001.</summary>
    InvalidSequence = 12,
}
