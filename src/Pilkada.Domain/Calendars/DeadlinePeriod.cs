using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// Jangka waktu (a deadline period): a number and what it counts — <c>7 hari kalender</c>, <c>14 hari kerja</c>,
/// <c>24 jam</c>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Parse(string)"/> reads the way statutes and people write periods, case-insensitively and with any
/// spacing: <c>7 hari</c> and <c>7 hari kalender</c> (calendar days: in UU Pilkada "hari" is a calendar day, Pasal 1
/// angka 28 UU 1/2015 as amended by UU 8/2015), <c>3 hari kerja</c>, <c>24 jam</c>, <c>1 x 24 jam</c>, <c>1×24 jam</c>,
/// and in English <c>7 days</c>, <c>7 calendar days</c>, <c>3 working days</c>, <c>24 hours</c>. The canonical form
/// (format <c>G</c>) is Indonesian and says the day type: <c>7 hari kalender</c>, <c>3 hari kerja</c>, <c>24 jam</c>;
/// format <c>E</c> is English: <c>7 calendar days</c>. Formatting then parsing gives the same period.
/// </para>
/// <para>
/// <c>default(DeadlinePeriod)</c> is the empty period: <see cref="IsEmpty"/> is <see langword="true"/>, its count is 0,
/// its unit undefined (0), and it formats as an empty string. It sorts before every period.
/// </para>
/// <para>
/// Periods are ordered by unit (calendar days, working days, hours), then by count: an order for sorting and keys,
/// not a comparison of lengths of time.
/// </para>
/// </remarks>
[JsonConverter(typeof(DeadlinePeriodJsonConverter))]
public readonly struct DeadlinePeriod :
    IEquatable<DeadlinePeriod>,
    IComparable<DeadlinePeriod>,
    IComparable,
    ISpanParsable<DeadlinePeriod>,
    IUtf8SpanParsable<DeadlinePeriod>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    IEqualityOperators<DeadlinePeriod, DeadlinePeriod, bool>,
    IComparisonOperators<DeadlinePeriod, DeadlinePeriod, bool>
{
    /// <summary>The largest count: 9,999 days or hours.</summary>
    public const int MaxCount = 9999;

    /// <summary>The longest formatted form, <c>9999 hari kalender</c> or <c>9999 calendar days</c> (18 characters).</summary>
    public const int MaxLength = 18;

    private const int StackLimit = 128;

    private readonly int _count;
    private readonly DeadlineUnit _unit;

    private DeadlinePeriod(int count, DeadlineUnit unit)
    {
        _count = count;
        _unit = unit;
    }

    /// <summary>The number of days or hours, 1–<see cref="MaxCount"/>; 0 for the empty period.</summary>
    public int Count => _count;

    /// <summary>What the period counts: calendar days, working days or hours; 0 for the empty period.</summary>
    public DeadlineUnit Unit => _unit;

    /// <summary>Whether this is the empty period, <c>default(DeadlinePeriod)</c>.</summary>
    public bool IsEmpty => _unit == 0;

    /// <summary>Creates a period, checking both parts.</summary>
    /// <param name="count">The count, 1–<see cref="MaxCount"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is out of range or the unit is not defined.</exception>
    public static DeadlinePeriod Create(int count, DeadlineUnit unit)
    {
        if (count is < 1 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, string.Create(CultureInfo.InvariantCulture, $"A deadline counts 1 to {MaxCount} days or hours."));
        }

        if (unit is not (DeadlineUnit.CalendarDays or DeadlineUnit.WorkingDays or DeadlineUnit.Hours))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "The unit must be CalendarDays, WorkingDays or Hours.");
        }

        return new DeadlinePeriod(count, unit);
    }

    /// <summary>N hari kalender (calendar days).</summary>
    /// <param name="count">The number of days, 1–<see cref="MaxCount"/>.</param>
    public static DeadlinePeriod CalendarDays(int count) => Create(count, DeadlineUnit.CalendarDays);

    /// <summary>N hari kerja (working days).</summary>
    /// <param name="count">The number of days, 1–<see cref="MaxCount"/>.</param>
    public static DeadlinePeriod WorkingDays(int count) => Create(count, DeadlineUnit.WorkingDays);

    /// <summary>N jam (hours); "1 x 24 jam" is <c>Hours(24)</c>.</summary>
    /// <param name="count">The number of hours, 1–<see cref="MaxCount"/>.</param>
    public static DeadlinePeriod Hours(int count) => Create(count, DeadlineUnit.Hours);

    /// <summary>Reads a period.</summary>
    /// <param name="s">The text, e.g. <c>7 hari</c>, <c>3 hari kerja</c>, <c>1 x 24 jam</c>, <c>14 working days</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="DeadlinePeriodFormatException">The text is not a period; the exception carries the error code and position.</exception>
    public static DeadlinePeriod Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the accepted forms do not depend on culture.</param>
    public static DeadlinePeriod Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads a period.</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="DeadlinePeriodFormatException">The text is not a period.</exception>
    public static DeadlinePeriod Parse(ReadOnlySpan<char> s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Reads a period.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the accepted forms do not depend on culture.</param>
    /// <exception cref="DeadlinePeriodFormatException">The text is not a period.</exception>
    public static DeadlinePeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, out var result, out var error) ? result : throw new DeadlinePeriodFormatException(error, s.ToString());

    /// <summary>Reads a period from UTF-8 text.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <exception cref="DeadlinePeriodFormatException">The text is not a period.</exception>
    public static DeadlinePeriod Parse(ReadOnlySpan<byte> utf8Text) => Parse(utf8Text, CultureInfo.InvariantCulture);

    /// <summary>Reads a period from UTF-8 text.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored.</param>
    /// <exception cref="DeadlinePeriodFormatException">The text is not a period.</exception>
    public static DeadlinePeriod Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) =>
        TryParse(utf8Text, out var result, out var error) ? result : throw new DeadlinePeriodFormatException(error, Encoding.UTF8.GetString(utf8Text));

    /// <summary>Tries to read a period. Never throws; allocates nothing.</summary>
    /// <param name="s">The text; <see langword="null"/> fails with <see cref="DeadlinePeriodError.Empty"/>.</param>
    /// <param name="result">The period, or the empty period on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out DeadlinePeriod result) => TryParse(s.AsSpan(), out result, out _);

    /// <summary>Tries to read a period. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The period, or the empty period on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DeadlinePeriod result) => TryParse(s.AsSpan(), out result, out _);

    /// <summary>Tries to read a period. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The period, or the empty period on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out DeadlinePeriod result) => TryParse(s, out result, out _);

    /// <summary>Tries to read a period. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The period, or the empty period on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DeadlinePeriod result) => TryParse(s, out result, out _);

    /// <summary>Tries to read a period and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The period, or the empty period on failure.</param>
    /// <param name="error">On failure, the error code and the position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out DeadlinePeriod result, out ParseError<DeadlinePeriodError> error)
    {
        if (Parser.TryParse(s, out var count, out var unit, out var code, out var position))
        {
            result = new DeadlinePeriod(count, unit);
            error = default;
            return true;
        }

        result = default;
        error = new ParseError<DeadlinePeriodError>(code, position);
        return false;
    }

    /// <summary>Tries to read a period from UTF-8 text. Never throws.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="result">The period, or the empty period on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out DeadlinePeriod result) => TryParse(utf8Text, out result, out _);

    /// <summary>Tries to read a period from UTF-8 text. Never throws.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The period, or the empty period on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out DeadlinePeriod result) => TryParse(utf8Text, out result, out _);

    /// <summary>
    /// Tries to read a period from UTF-8 text and says why it failed (the position is a byte offset). Never throws;
    /// allocates nothing for texts up to 128 bytes.
    /// </summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="result">The period, or the empty period on failure.</param>
    /// <param name="error">On failure, the error code and the byte position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out DeadlinePeriod result, out ParseError<DeadlinePeriodError> error)
    {
        char[]? rented = null;
        var chars = utf8Text.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(utf8Text.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(utf8Text, chars);
            var text = chars[..length];
            if (TryParse(text, out result, out error))
            {
                return true;
            }

            if (length != utf8Text.Length && error.Position > 0)
            {
                error = new ParseError<DeadlinePeriodError>(error.Error, Encoding.UTF8.GetByteCount(text[..Math.Min(error.Position, length)]));
            }

            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The canonical Indonesian form: <c>7 hari kalender</c>, <c>3 hari kerja</c>, <c>24 jam</c>; empty for the empty period.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the period: <c>G</c> (or null/empty) gives the canonical Indonesian form <c>7 hari kalender</c>;
    /// <c>E</c> gives English, <c>7 calendar days</c>.
    /// </summary>
    /// <param name="format"><c>G</c> or <c>E</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <exception cref="FormatException">The format is neither <c>G</c> nor <c>E</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return TryFormat(buffer, out var written, format, formatProvider)
            ? new string(buffer[..written])
            : throw new FormatException($"The format '{format}' is not supported for deadline periods; use \"G\" (7 hari kalender) or \"E\" (7 calendar days).");
    }

    /// <summary>Writes the period into a span of characters.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format"><c>G</c> (Indonesian, the default) or <c>E</c> (English).</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(destination, out charsWritten, format);

    /// <summary>Writes the period as UTF-8.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format"><c>G</c> (Indonesian, the default) or <c>E</c> (English).</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(utf8Destination, out bytesWritten, format);

    private bool FormatCore<TChar>(Span<TChar> destination, out int written, ReadOnlySpan<char> format)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        written = 0;
        bool english;
        if (format.IsEmpty || (format.Length == 1 && format[0] is 'G' or 'g'))
        {
            english = false;
        }
        else if (format.Length == 1 && format[0] is 'E' or 'e')
        {
            english = true;
        }
        else
        {
            return false;
        }

        if (IsEmpty)
        {
            return true;
        }

        var suffix = (english, _unit, _count == 1) switch
        {
            (false, DeadlineUnit.CalendarDays, _) => " hari kalender",
            (false, DeadlineUnit.WorkingDays, _) => " hari kerja",
            (false, _, _) => " jam",
            (true, DeadlineUnit.CalendarDays, true) => " calendar day",
            (true, DeadlineUnit.CalendarDays, false) => " calendar days",
            (true, DeadlineUnit.WorkingDays, true) => " working day",
            (true, DeadlineUnit.WorkingDays, false) => " working days",
            (true, _, true) => " hour",
            (true, _, false) => " hours",
        };

        var digits = _count >= 1000 ? 4 : _count >= 100 ? 3 : _count >= 10 ? 2 : 1;
        var length = digits + suffix.Length;
        if (destination.Length < length)
        {
            return false;
        }

        var value = _count;
        for (var d = digits - 1; d >= 0; d--)
        {
            destination[d] = TChar.CreateTruncating('0' + (value % 10));
            value /= 10;
        }

        for (var k = 0; k < suffix.Length; k++)
        {
            destination[digits + k] = TChar.CreateTruncating(suffix[k]);
        }

        written = length;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(DeadlinePeriod other) => _count == other._count && _unit == other._unit;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DeadlinePeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)_unit << 16) ^ _count;

    /// <summary>Orders by unit (calendar days, working days, hours), then by count; the empty period first.</summary>
    /// <param name="other">The other period.</param>
    public int CompareTo(DeadlinePeriod other)
    {
        var byUnit = ((int)_unit).CompareTo((int)other._unit);
        return byUnit != 0 ? byUnit : _count.CompareTo(other._count);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DeadlinePeriod other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a DeadlinePeriod.", nameof(obj)),
    };

    /// <summary>Whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator ==(DeadlinePeriod left, DeadlinePeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator !=(DeadlinePeriod left, DeadlinePeriod right) => !left.Equals(right);

    /// <summary>Sort order, see <see cref="CompareTo(DeadlinePeriod)"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator <(DeadlinePeriod left, DeadlinePeriod right) => left.CompareTo(right) < 0;

    /// <summary>Sort order, see <see cref="CompareTo(DeadlinePeriod)"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator >(DeadlinePeriod left, DeadlinePeriod right) => left.CompareTo(right) > 0;

    /// <summary>Sort order, see <see cref="CompareTo(DeadlinePeriod)"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator <=(DeadlinePeriod left, DeadlinePeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Sort order, see <see cref="CompareTo(DeadlinePeriod)"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator >=(DeadlinePeriod left, DeadlinePeriod right) => left.CompareTo(right) >= 0;

    private static class Parser
    {
        public static bool TryParse(ReadOnlySpan<char> s, out int count, out DeadlineUnit unit, out DeadlinePeriodError error, out int position)
        {
            count = 0;
            unit = 0;
            var i = 0;
            var end = s.Length;
            while (i < end && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            while (end > i && char.IsWhiteSpace(s[end - 1]))
            {
                end--;
            }

            if (i == end)
            {
                return Fail(DeadlinePeriodError.Empty, s.IsEmpty ? 0 : i, out error, out position);
            }

            var numberStart = i;
            var n = 0;
            while (i < end && IsDigit(s[i]))
            {
                n = (n * 10) + (s[i] - '0');
                if (n > MaxCount)
                {
                    return Fail(DeadlinePeriodError.NumberOutOfRange, numberStart, out error, out position);
                }

                i++;
            }

            if (i == numberStart)
            {
                return Fail(DeadlinePeriodError.MissingNumber, i, out error, out position);
            }

            if (n == 0)
            {
                return Fail(DeadlinePeriodError.NumberOutOfRange, numberStart, out error, out position);
            }

            var j = SkipSpaces(s, i, end);
            var multiplier = -1;
            if (j < end && s[j] is 'x' or 'X' or '×')
            {
                multiplier = j;
                j = SkipSpaces(s, j + 1, end);
                var factorStart = j;
                var factor = 0;
                while (j < end && IsDigit(s[j]) && factor < 1000)
                {
                    factor = (factor * 10) + (s[j] - '0');
                    j++;
                }

                if (j == factorStart || factor != 24)
                {
                    return Fail(DeadlinePeriodError.InvalidMultiplier, multiplier, out error, out position);
                }

                if (n * 24 > MaxCount)
                {
                    return Fail(DeadlinePeriodError.NumberOutOfRange, numberStart, out error, out position);
                }

                n *= 24;
                i = j;
            }

            j = SkipSpaces(s, i, end);
            if (j == end)
            {
                return Fail(DeadlinePeriodError.MissingUnit, end, out error, out position);
            }

            var first = Word(s, j, end);
            var k = j + first.Length;
            if (Is(first, "hari"))
            {
                unit = DeadlineUnit.CalendarDays;
                var next = SkipSpaces(s, k, end);
                var second = Word(s, next, end);
                if (Is(second, "kalender"))
                {
                    k = next + second.Length;
                }
                else if (Is(second, "kerja"))
                {
                    unit = DeadlineUnit.WorkingDays;
                    k = next + second.Length;
                }
            }
            else if (Is(first, "jam") || Is(first, "hour") || Is(first, "hours"))
            {
                unit = DeadlineUnit.Hours;
            }
            else if (Is(first, "day") || Is(first, "days"))
            {
                unit = DeadlineUnit.CalendarDays;
            }
            else if (Is(first, "calendar") || Is(first, "working") || Is(first, "business"))
            {
                var next = SkipSpaces(s, k, end);
                var second = Word(s, next, end);
                if (!(Is(second, "day") || Is(second, "days")))
                {
                    return next == end
                        ? Fail(DeadlinePeriodError.MissingUnit, end, out error, out position)
                        : Fail(DeadlinePeriodError.UnknownUnit, next, out error, out position);
                }

                unit = Is(first, "calendar") ? DeadlineUnit.CalendarDays : DeadlineUnit.WorkingDays;
                k = next + second.Length;
            }
            else
            {
                unit = 0;
                return Fail(DeadlinePeriodError.UnknownUnit, j, out error, out position);
            }

            if (multiplier >= 0 && unit != DeadlineUnit.Hours)
            {
                unit = 0;
                return Fail(DeadlinePeriodError.InvalidMultiplier, multiplier, out error, out position);
            }

            k = SkipSpaces(s, k, end);
            if (k != end)
            {
                unit = 0;
                return Fail(DeadlinePeriodError.UnexpectedText, k, out error, out position);
            }

            count = n;
            error = DeadlinePeriodError.None;
            position = -1;
            return true;
        }

        private static bool Fail(DeadlinePeriodError code, int at, out DeadlinePeriodError error, out int position)
        {
            error = code;
            position = at;
            return false;
        }

        private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

        private static int SkipSpaces(ReadOnlySpan<char> s, int i, int end)
        {
            while (i < end && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            return i;
        }

        private static ReadOnlySpan<char> Word(ReadOnlySpan<char> s, int i, int end)
        {
            var start = i;
            while (i < end && char.IsAsciiLetter(s[i]))
            {
                i++;
            }

            return s[start..i];
        }

        private static bool Is(ReadOnlySpan<char> word, string expected) =>
            word.Equals(expected, StringComparison.OrdinalIgnoreCase);
    }
}
