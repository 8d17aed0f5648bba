namespace Pilkada.Domain.People;

/// <summary>Why a text is not a well-formed NIP or NI PPPK. The values are stable.</summary>
public enum NipError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The text is empty or only white space.</summary>
    Empty = 1,

    /// <summary>A character that is neither a digit nor a separator (a space, <c>.</c> or <c>-</c>), outside a leading <c>NIP</c> or <c>NI PPPK</c> label.</summary>
    InvalidCharacter = 2,

    /// <summary>A separator that is not between two digits, or two separators in a row.</summary>
    MisplacedSeparator = 3,

    /// <summary>Fewer than 18 digits.</summary>
    TooShort = 4,

    /// <summary>More than 18 digits.</summary>
    TooLong = 5,

    /// <summary>Digits 1–4 (the year of birth) are before 1900.</summary>
    InvalidBirthYear = 6,

    /// <summary>Digits 5–6 (the month of birth) are not 01–12.</summary>
    InvalidBirthMonth = 7,

    /// <summary>Digits 7–8 (the day of birth) are 00 or past the end of the month (29 February only in leap years).</summary>
    InvalidBirthDay = 8,

    /// <summary>PNS only: digits 13–14 (the month of the TMT CPNS) are not 01–12.</summary>
    InvalidAppointmentMonth = 9,

    /// <summary>PNS only: the TMT CPNS (digits 9–14, the first of that month) is before the birth date.</summary>
    AppointmentBeforeBirth = 10,

    /// <summary>Digit 15 (sex) is neither 1 (laki-laki) nor 2 (perempuan).</summary>
    InvalidSex = 11,

    /// <summary>PNS only: digits 16–18 (the sequence number) are 000; numbering starts at 001.</summary>
    InvalidSequence = 12,

    /// <summary>The text is labelled <c>NI PPPK</c> but a PNS NIP was asked for.</summary>
    KindMismatch = 13,
}
