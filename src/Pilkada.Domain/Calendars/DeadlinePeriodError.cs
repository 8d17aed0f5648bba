namespace Pilkada.Domain.Calendars;

/// <summary>Why a text is not a deadline period such as <c>7 hari</c> or <c>3 hari kerja</c>. The values are stable.</summary>
public enum DeadlinePeriodError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The text is empty or only white space.</summary>
    Empty = 1,

    /// <summary>The text does not start with a number.</summary>
    MissingNumber = 2,

    /// <summary>The number is 0 or above <see cref="DeadlinePeriod.MaxCount"/>.</summary>
    NumberOutOfRange = 3,

    /// <summary>The text ends after the number: no unit (<c>hari</c>, <c>hari kerja</c>, <c>jam</c>).</summary>
    MissingUnit = 4,

    /// <summary>A word that is not a unit this parser knows.</summary>
    UnknownUnit = 5,

    /// <summary>A multiplier other than <c>x 24 jam</c> (e.g. <c>2 x 12 jam</c>).</summary>
    InvalidMultiplier = 6,

    /// <summary>Text after a complete period.</summary>
    UnexpectedText = 7,
}
