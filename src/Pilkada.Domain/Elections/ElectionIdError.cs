namespace Pilkada.Domain.Elections;

/// <summary>Why a text is not a well-formed election id such as <c>pilkada-2024</c>. The values are stable.</summary>
public enum ElectionIdError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The text is empty or only white space.</summary>
    Empty = 1,

    /// <summary>A character that is not a letter (a–z), a digit or a hyphen.</summary>
    InvalidCharacter = 2,

    /// <summary>More than <see cref="ElectionId.MaxLength"/> characters.</summary>
    TooLong = 3,

    /// <summary>The id does not start with a letter.</summary>
    InvalidStart = 4,

    /// <summary>A hyphen at the end, or two hyphens in a row.</summary>
    MisplacedHyphen = 5,
}
