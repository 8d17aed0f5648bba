using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Kode pemilihan (election id): the stable, documented identifier of an election, e.g. <c>pilkada-2024</c> (the
/// simultaneous regional head elections of 27 November 2024) or <c>pilkada-ulang-2025</c> (the re-run of 27 August
/// 2025 in Kabupaten Bangka and Kota Pangkal Pinang).
/// </summary>
/// <remarks>
/// <para>
/// An id has 1 to <see cref="MaxLength"/> characters: lowercase ASCII letters, digits and single hyphens, starting
/// with a letter and not ending with a hyphen. Parsing also accepts capital letters and surrounding white space and
/// gives the canonical lowercase form; formatting a parsed id and parsing it again gives the same id. Parsing never
/// allocates: the id is packed into two 64-bit numbers, in an order that agrees with ordinal string order.
/// </para>
/// <para>
/// <c>default(ElectionId)</c> is the empty id: <see cref="IsEmpty"/> is <see langword="true"/> and it formats as an
/// empty string. It sorts before every id.
/// </para>
/// </remarks>
[JsonConverter(typeof(ElectionIdJsonConverter))]
public readonly struct ElectionId :
    IEquatable<ElectionId>,
    IComparable<ElectionId>,
    IComparable,
    ISpanParsable<ElectionId>,
    IUtf8SpanParsable<ElectionId>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    IEqualityOperators<ElectionId, ElectionId, bool>,
    IComparisonOperators<ElectionId, ElectionId, bool>
{
    /// <summary>The longest id, in characters.</summary>
    public const int MaxLength = 24;

    private const int PerWord = 12;
    private const ulong Radix = 38;

    // Base-38 digits, most significant first, 12 per word: 0 pads, '-' = 1, '0'–'9' = 2–11, 'a'–'z' = 12–37.
    private readonly ulong _high;
    private readonly ulong _low;

    private ElectionId(ulong high, ulong low)
    {
        _high = high;
        _low = low;
    }

    /// <summary>Whether this is the empty id, <c>default(ElectionId)</c>.</summary>
    public bool IsEmpty => _high == 0;

    /// <summary>The number of characters of the canonical form (0 for the empty id).</summary>
    public int Length
    {
        get
        {
            var length = 0;
            for (var i = 0; i < MaxLength && DigitAt(i) != 0; i++)
            {
                length++;
            }

            return length;
        }
    }

    /// <summary>Reads an election id.</summary>
    /// <param name="s">The text, e.g. <c>pilkada-2024</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="ElectionIdFormatException">The text is not a well-formed id; the exception carries the error code and position.</exception>
    public static ElectionId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), CultureInfo.InvariantCulture);
    }

    /// <summary>Reads an election id.</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="ElectionIdFormatException">The text is not a well-formed id.</exception>
    public static ElectionId Parse(ReadOnlySpan<char> s) => Parse(s, CultureInfo.InvariantCulture);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: election ids do not depend on culture.</param>
    public static ElectionId Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads an election id.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: election ids do not depend on culture.</param>
    /// <exception cref="ElectionIdFormatException">The text is not a well-formed id.</exception>
    public static ElectionId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        Parser.TryParse(s, out var id, out var error, out var position)
            ? id
            : throw new ElectionIdFormatException(new ParseError<ElectionIdError>(error, position), s.ToString());

    /// <summary>Reads an election id from UTF-8 text.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored: election ids do not depend on culture.</param>
    /// <exception cref="ElectionIdFormatException">The text is not a well-formed id.</exception>
    public static ElectionId Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) =>
        Parser.TryParse(utf8Text, out var id, out var error, out var position)
            ? id
            : throw new ElectionIdFormatException(new ParseError<ElectionIdError>(error, position), System.Text.Encoding.UTF8.GetString(utf8Text));

    /// <summary>Tries to read an election id. Never throws; allocates nothing.</summary>
    /// <param name="s">The text; <see langword="null"/> fails with <see cref="ElectionIdError.Empty"/>.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out ElectionId result) => TryParse(s.AsSpan(), out result, out _);

    /// <summary>Tries to read an election id. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out ElectionId result) => TryParse(s, out result, out _);

    /// <summary>Tries to read an election id and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    /// <param name="error">On failure, the error code and the position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out ElectionId result, out ParseError<ElectionIdError> error)
    {
        if (Parser.TryParse(s, out result, out var code, out var position))
        {
            error = default;
            return true;
        }

        error = new ParseError<ElectionIdError>(code, position);
        return false;
    }

    /// <summary>Tries to read an election id from UTF-8 text and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    /// <param name="error">On failure, the error code and the byte position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out ElectionId result, out ParseError<ElectionIdError> error)
    {
        if (Parser.TryParse(utf8Text, out result, out var code, out var position))
        {
            error = default;
            return true;
        }

        error = new ParseError<ElectionIdError>(code, position);
        return false;
    }

    /// <inheritdoc cref="TryParse(string?, out ElectionId)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ElectionId result) => TryParse(s, out result);

    /// <summary>Tries to read an election id. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ElectionId result) => TryParse(s, out result, out _);

    /// <summary>Tries to read an election id from UTF-8 text. Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out ElectionId result) => TryParse(utf8Text, out result, out _);

    /// <summary>The canonical lowercase form, e.g. <c>pilkada-2024</c>; empty for the empty id.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[MaxLength];
        FormatCore(buffer, out var written);
        return new string(buffer[..written]);
    }

    /// <summary>The canonical form; only the default format (<c>G</c> or empty) exists.</summary>
    /// <param name="format"><c>G</c>, empty or <see langword="null"/>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <exception cref="FormatException">Another format was asked for.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        IsGeneral(format) ? ToString() : throw new FormatException($"The format '{format}' is not supported for election ids; use \"G\".");

    /// <summary>Writes the canonical form into a span of characters.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format"><c>G</c> or empty.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        charsWritten = 0;
        return IsGeneral(format) && FormatCore(destination, out charsWritten);
    }

    /// <summary>Writes the canonical form as UTF-8.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format"><c>G</c> or empty.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        bytesWritten = 0;
        return IsGeneral(format) && FormatCore(utf8Destination, out bytesWritten);
    }

    internal bool FormatCore<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        written = 0;
        var length = Length;
        if (destination.Length < length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            destination[i] = TChar.CreateTruncating(CharOf(DigitAt(i)));
        }

        written = length;
        return true;
    }

    private static bool IsGeneral(ReadOnlySpan<char> format) =>
        format.IsEmpty || (format.Length == 1 && (format[0] == 'G' || format[0] == 'g'));

    private int DigitAt(int index)
    {
        var word = index < PerWord ? _high : _low;
        for (var i = index % PerWord; i < PerWord - 1; i++)
        {
            word /= Radix;
        }

        return (int)(word % Radix);
    }

    private static char CharOf(int digit) => digit switch
    {
        1 => '-',
        <= 11 => (char)('0' + digit - 2),
        _ => (char)('a' + digit - 12),
    };

    /// <inheritdoc/>
    public bool Equals(ElectionId other) => _high == other._high && _low == other._low;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ElectionId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_high, _low);

    /// <summary>Ordinal order of the canonical forms (<c>pilkada-2024</c> &lt; <c>pilkada-ulang-2025</c>); the empty id first.</summary>
    /// <param name="other">The other id.</param>
    public int CompareTo(ElectionId other)
    {
        var high = _high.CompareTo(other._high);
        return high != 0 ? high : _low.CompareTo(other._low);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ElectionId other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an ElectionId.", nameof(obj)),
    };

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator ==(ElectionId left, ElectionId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator !=(ElectionId left, ElectionId right) => !left.Equals(right);

    /// <summary>Ordinal order, see <see cref="CompareTo(ElectionId)"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(ElectionId left, ElectionId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order, see <see cref="CompareTo(ElectionId)"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(ElectionId left, ElectionId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order, see <see cref="CompareTo(ElectionId)"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(ElectionId left, ElectionId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order, see <see cref="CompareTo(ElectionId)"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(ElectionId left, ElectionId right) => left.CompareTo(right) >= 0;

    internal static class Parser
    {
        internal static bool TryParse<TChar>(ReadOnlySpan<TChar> s, out ElectionId id, out ElectionIdError error, out int position)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            id = default;
            var start = 0;
            var end = s.Length;
            while (start < end && IsWhiteSpace(int.CreateTruncating(s[start])))
            {
                start++;
            }

            while (end > start && IsWhiteSpace(int.CreateTruncating(s[end - 1])))
            {
                end--;
            }

            if (start == end)
            {
                error = ElectionIdError.Empty;
                position = s.IsEmpty ? 0 : start;
                return false;
            }

            ulong high = 0, low = 0;
            var previous = 0;
            for (var i = start; i < end; i++)
            {
                var digit = DigitOf(int.CreateTruncating(s[i]));
                if (digit == 0)
                {
                    error = ElectionIdError.InvalidCharacter;
                    position = i;
                    return false;
                }

                var index = i - start;
                if (index == MaxLength)
                {
                    error = ElectionIdError.TooLong;
                    position = i;
                    return false;
                }

                if (index == 0 && digit < 12)
                {
                    error = ElectionIdError.InvalidStart;
                    position = i;
                    return false;
                }

                if (digit == 1 && previous == 1)
                {
                    error = ElectionIdError.MisplacedHyphen;
                    position = i;
                    return false;
                }

                if (index < PerWord)
                {
                    high = (high * Radix) + (ulong)digit;
                }
                else
                {
                    low = (low * Radix) + (ulong)digit;
                }

                previous = digit;
            }

            if (previous == 1)
            {
                error = ElectionIdError.MisplacedHyphen;
                position = end - 1;
                return false;
            }

            // Left-align the digits: the first character is the most significant digit of the high word.
            var length = end - start;
            for (var i = Math.Min(length, PerWord); i < PerWord; i++)
            {
                high *= Radix;
            }

            for (var i = Math.Max(length - PerWord, 0); i < PerWord; i++)
            {
                low *= Radix;
            }

            id = new ElectionId(high, low);
            error = ElectionIdError.None;
            position = -1;
            return true;
        }

        /// <summary>Whether a character can appear in an id (letters of either case, digits, hyphen).</summary>
        internal static bool IsIdCharacter(int c) => DigitOf(c) != 0;

        private static int DigitOf(int c) => c switch
        {
            '-' => 1,
            >= '0' and <= '9' => c - '0' + 2,
            >= 'a' and <= 'z' => c - 'a' + 12,
            >= 'A' and <= 'Z' => c - 'A' + 12,
            _ => 0,
        };

        private static bool IsWhiteSpace(int c) => c is ' ' or '\t' or '\r' or '\n';
    }
}
