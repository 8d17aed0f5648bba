using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.Violations;

/// <summary>
/// Rupiah: a non-negative amount of Indonesian rupiah in whole rupiah, as fines are written in law
/// (<c>Rp200.000.000,00</c>). Formats the Indonesian way — <c>Rp200.000.000</c>, dots between groups of three.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Parse(string)"/> accepts <c>Rp200.000.000</c>, <c>Rp 200.000.000,00</c>, <c>Rp. 200.000,-</c>,
/// <c>200000000</c> and <c>rp200.000</c>, with surrounding white space (also non-breaking). It rejects what could be
/// misread: <c>200,000</c> (English grouping: a sen part has at most two digits), a group that is not three digits
/// (<c>2.00.000</c>), a sen part other than zero (<c>Rp1.500,50</c>), and negative amounts.
/// </para>
/// <para>
/// Formats: <c>G</c> (default) <c>Rp200.000.000</c>; <c>F</c> <c>Rp200.000.000,00</c> (as statutes write it);
/// <c>N</c> <c>200.000.000</c>; <c>D</c> <c>200000000</c>. The format provider is ignored: the Indonesian form is the
/// point. Formatting and parsing again gives the same amount.
/// </para>
/// <para><c>default(Rupiah)</c> is Rp0: <see cref="IsEmpty"/> is <see langword="true"/>, and it sorts before every other amount.</para>
/// </remarks>
[JsonConverter(typeof(RupiahJsonConverter))]
public readonly struct Rupiah :
    IEquatable<Rupiah>,
    IComparable<Rupiah>,
    IComparable,
    ISpanParsable<Rupiah>,
    IUtf8SpanParsable<Rupiah>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    IEqualityOperators<Rupiah, Rupiah, bool>,
    IComparisonOperators<Rupiah, Rupiah, bool>
{
    /// <summary>The longest formatted amount: <c>Rp9.223.372.036.854.775.807,00</c>, 31 characters.</summary>
    public const int MaxFormattedLength = 31;

    private readonly long _amount;

    private Rupiah(long amount) => _amount = amount;

    /// <summary>Rp0, the value of <c>default</c>.</summary>
    public static Rupiah Zero => default;

    /// <summary>The largest amount: Rp9.223.372.036.854.775.807.</summary>
    public static Rupiah MaxValue => new(long.MaxValue);

    /// <summary>The amount in whole rupiah.</summary>
    public long Amount => _amount;

    /// <summary>Whether the amount is Rp0 (the value of <c>default</c>).</summary>
    public bool IsEmpty => _amount == 0;

    /// <summary>An amount in rupiah.</summary>
    /// <param name="amount">Whole rupiah, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static Rupiah FromRupiah(long amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        return new Rupiah(amount);
    }

    /// <summary>An amount in juta (millions): <c>FromJuta(200)</c> is Rp200.000.000.</summary>
    /// <param name="juta">Millions of rupiah, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative or too large.</exception>
    public static Rupiah FromJuta(long juta)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(juta);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(juta, long.MaxValue / 1_000_000);
        return new Rupiah(juta * 1_000_000);
    }

    /// <summary>An amount in miliar (thousand millions): <c>FromMiliar(1)</c> is Rp1.000.000.000.</summary>
    /// <param name="miliar">Thousands of millions of rupiah, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative or too large.</exception>
    public static Rupiah FromMiliar(long miliar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(miliar);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(miliar, long.MaxValue / 1_000_000_000);
        return new Rupiah(miliar * 1_000_000_000);
    }

    /// <summary>Reads an amount.</summary>
    /// <param name="s">The text, e.g. <c>Rp200.000.000</c>, <c>Rp 200.000.000,00</c> or <c>200000000</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="RupiahFormatException">The text is not an amount; the exception carries the error code and position.</exception>
    public static Rupiah Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the Indonesian form is read whatever the culture.</param>
    public static Rupiah Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads an amount.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <exception cref="RupiahFormatException">The text is not an amount.</exception>
    public static Rupiah Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        Parser.TryParse(s, out var value, out var error, out var position)
            ? new Rupiah(value)
            : throw new RupiahFormatException(new ParseError<RupiahError>(error, position), s.ToString());

    /// <summary>Reads an amount from UTF-8 text.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored.</param>
    /// <exception cref="RupiahFormatException">The text is not an amount.</exception>
    public static Rupiah Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) =>
        Parser.TryParse(utf8Text, out var value, out var error, out var position)
            ? new Rupiah(value)
            : throw new RupiahFormatException(new ParseError<RupiahError>(error, position), System.Text.Encoding.UTF8.GetString(utf8Text));

    /// <summary>Tries to read an amount. Never throws; allocates nothing.</summary>
    /// <param name="s">The text; <see langword="null"/> fails with <see cref="RupiahError.Empty"/>.</param>
    /// <param name="result">The amount, or Rp0 on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out Rupiah result) => TryParse(s.AsSpan(), out result, out _);

    /// <summary>Tries to read an amount. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, or Rp0 on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out Rupiah result) => TryParse(s, out result, out _);

    /// <summary>Tries to read an amount and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, or Rp0 on failure.</param>
    /// <param name="error">On failure, the error code and the position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out Rupiah result, out ParseError<RupiahError> error)
    {
        if (Parser.TryParse(s, out var value, out var code, out var position))
        {
            result = new Rupiah(value);
            error = default;
            return true;
        }

        result = default;
        error = new ParseError<RupiahError>(code, position);
        return false;
    }

    /// <summary>Tries to read an amount from UTF-8 text. Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="result">The amount, or Rp0 on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out Rupiah result) => TryParse(utf8Text, out result, out _);

    /// <summary>Tries to read an amount from UTF-8 text and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="result">The amount, or Rp0 on failure.</param>
    /// <param name="error">On failure, the error code and the byte position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out Rupiah result, out ParseError<RupiahError> error)
    {
        if (Parser.TryParse(utf8Text, out var value, out var code, out var position))
        {
            result = new Rupiah(value);
            error = default;
            return true;
        }

        result = default;
        error = new ParseError<RupiahError>(code, position);
        return false;
    }

    /// <inheritdoc cref="TryParse(string?, out Rupiah)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The amount, or Rp0 on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Rupiah result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Rupiah)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The amount, or Rp0 on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Rupiah result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{byte}, out Rupiah)"/>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The amount, or Rp0 on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out Rupiah result) => TryParse(utf8Text, out result);

    /// <summary>The Indonesian form: <c>Rp200.000.000</c>.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the amount: <c>G</c> (or null/empty) <c>Rp200.000.000</c>; <c>F</c> <c>Rp200.000.000,00</c>;
    /// <c>N</c> <c>200.000.000</c>; <c>D</c> <c>200000000</c>.
    /// </summary>
    /// <param name="format"><c>G</c>, <c>F</c>, <c>N</c> or <c>D</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <exception cref="FormatException">The format is not one of these.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        return TryFormat(buffer, out var written, format, formatProvider)
            ? new string(buffer[..written])
            : throw new FormatException($"The format '{format}' is not supported for rupiah; use \"G\" (Rp200.000), \"F\" (Rp200.000,00), \"N\" (200.000) or \"D\" (200000).");
    }

    /// <summary>Writes the amount into a span of characters.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format"><c>G</c> (default), <c>F</c>, <c>N</c> or <c>D</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(destination, out charsWritten, format);

    /// <summary>Writes the amount as UTF-8.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format"><c>G</c> (default), <c>F</c>, <c>N</c> or <c>D</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(utf8Destination, out bytesWritten, format);

    private bool FormatCore<TChar>(Span<TChar> destination, out int written, ReadOnlySpan<char> format)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        written = 0;
        bool prefix, groups, sen;
        var f = format.Length == 1 ? char.ToUpperInvariant(format[0]) : format.IsEmpty ? 'G' : '\0';
        switch (f)
        {
            case 'G': (prefix, groups, sen) = (true, true, false); break;
            case 'F': (prefix, groups, sen) = (true, true, true); break;
            case 'N': (prefix, groups, sen) = (false, true, false); break;
            case 'D': (prefix, groups, sen) = (false, false, false); break;
            default: return false;
        }

        var digits = CountDigits((ulong)_amount);
        var length = digits + (groups ? (digits - 1) / 3 : 0) + (prefix ? 2 : 0) + (sen ? 3 : 0);
        if (destination.Length < length)
        {
            return false;
        }

        var position = length;
        if (sen)
        {
            destination[--position] = TChar.CreateTruncating('0');
            destination[--position] = TChar.CreateTruncating('0');
            destination[--position] = TChar.CreateTruncating(',');
        }

        var value = (ulong)_amount;
        for (var d = 0; d < digits; d++)
        {
            if (groups && d > 0 && d % 3 == 0)
            {
                destination[--position] = TChar.CreateTruncating('.');
            }

            destination[--position] = TChar.CreateTruncating('0' + (int)(value % 10));
            value /= 10;
        }

        if (prefix)
        {
            destination[--position] = TChar.CreateTruncating('p');
            destination[--position] = TChar.CreateTruncating('R');
        }

        written = length;
        return true;
    }

    private static int CountDigits(ulong value)
    {
        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }

    /// <inheritdoc/>
    public bool Equals(Rupiah other) => _amount == other._amount;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Rupiah other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _amount.GetHashCode();

    /// <summary>Orders amounts by size.</summary>
    /// <param name="other">The other amount.</param>
    public int CompareTo(Rupiah other) => _amount.CompareTo(other._amount);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rupiah other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Rupiah.", nameof(obj)),
    };

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator ==(Rupiah left, Rupiah right) => left._amount == right._amount;

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator !=(Rupiah left, Rupiah right) => left._amount != right._amount;

    /// <summary>Whether the first amount is smaller.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator <(Rupiah left, Rupiah right) => left._amount < right._amount;

    /// <summary>Whether the first amount is larger.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator >(Rupiah left, Rupiah right) => left._amount > right._amount;

    /// <summary>Whether the first amount is smaller or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator <=(Rupiah left, Rupiah right) => left._amount <= right._amount;

    /// <summary>Whether the first amount is larger or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator >=(Rupiah left, Rupiah right) => left._amount >= right._amount;

    internal static class Parser
    {
        public static bool TryParse<TChar>(ReadOnlySpan<TChar> s, out long value, out RupiahError error, out int position)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            value = 0;
            var i = 0;
            var end = s.Length;
            while (i < end && SpaceAt(s, i) is var n and > 0)
            {
                i += n;
            }

            while (end > i && SpaceBefore(s, end) is var m and > 0)
            {
                end -= m;
            }

            if (i == end)
            {
                return Fail(RupiahError.Empty, s.IsEmpty ? 0 : i, out error, out position);
            }

            if (At(s, i) == '-' && i + 1 < end && (IsDigit(At(s, i + 1)) || At(s, i + 1) is 'R' or 'r'))
            {
                return Fail(RupiahError.Negative, i, out error, out position);
            }

            if (At(s, i) is 'R' or 'r')
            {
                if (i + 1 >= end || At(s, i + 1) is not ('p' or 'P'))
                {
                    return Fail(RupiahError.InvalidCharacter, i, out error, out position);
                }

                i += 2;
                if (i < end && At(s, i) == '.')
                {
                    i++;
                }

                while (i < end && SpaceAt(s, i) is var n and > 0)
                {
                    i += n;
                }

                if (i < end && At(s, i) == '-')
                {
                    return Fail(RupiahError.Negative, i, out error, out position);
                }
            }

            if (i == end)
            {
                return Fail(RupiahError.MissingDigits, i, out error, out position);
            }

            var start = i;
            var inGroup = 0;
            var grouped = false;
            var lastSeparator = -1;
            var digits = 0;
            long amount = 0;
            while (i < end)
            {
                var c = At(s, i);
                if (IsDigit(c))
                {
                    if (grouped && inGroup == 3)
                    {
                        return Fail(RupiahError.MisplacedSeparator, lastSeparator, out error, out position);
                    }

                    var digit = c - '0';

                    // 18 digits always fit in a long; only the 19th and later need the (slow) overflow check.
                    if (++digits >= 19 && amount > (long.MaxValue - digit) / 10)
                    {
                        return Fail(RupiahError.TooLarge, i, out error, out position);
                    }

                    amount = (amount * 10) + digit;
                    inGroup++;
                    i++;
                }
                else if (c == '.')
                {
                    if (inGroup == 0 || (grouped ? inGroup != 3 : inGroup > 3))
                    {
                        return Fail(RupiahError.MisplacedSeparator, inGroup == 0 || !grouped ? i : lastSeparator, out error, out position);
                    }

                    grouped = true;
                    lastSeparator = i;
                    inGroup = 0;
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (i == start)
            {
                return Fail(At(s, i) == ',' ? RupiahError.MissingDigits : RupiahError.InvalidCharacter, i, out error, out position);
            }

            if (grouped && inGroup != 3)
            {
                return Fail(RupiahError.MisplacedSeparator, lastSeparator, out error, out position);
            }

            if (i < end && At(s, i) == ',')
            {
                i++;
                if (i < end && At(s, i) == '-')
                {
                    i++;
                }
                else
                {
                    var senStart = i;
                    var firstNonZero = -1;
                    while (i < end && IsDigit(At(s, i)))
                    {
                        if (firstNonZero < 0 && At(s, i) != '0')
                        {
                            firstNonZero = i;
                        }

                        i++;
                    }

                    if (i == senStart)
                    {
                        return Fail(i == end ? RupiahError.MissingDigits : RupiahError.InvalidCharacter, i, out error, out position);
                    }

                    if (i - senStart > 2)
                    {
                        return Fail(RupiahError.InvalidSen, senStart + 2, out error, out position);
                    }

                    if (firstNonZero >= 0)
                    {
                        return Fail(RupiahError.NonZeroSen, firstNonZero, out error, out position);
                    }
                }
            }

            if (i < end)
            {
                return Fail(RupiahError.InvalidCharacter, i, out error, out position);
            }

            value = amount;
            error = RupiahError.None;
            position = -1;
            return true;
        }

        private static bool Fail(RupiahError code, int at, out RupiahError error, out int position)
        {
            error = code;
            position = at;
            return false;
        }

        private static int At<TChar>(ReadOnlySpan<TChar> s, int i)
            where TChar : unmanaged, IBinaryInteger<TChar> => int.CreateTruncating(s[i]);

        private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

        // White space: space, tab, CR, LF and the non-breaking space (U+00A0; C2 A0 in UTF-8).
        private static int SpaceAt<TChar>(ReadOnlySpan<TChar> s, int i)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            var c = At(s, i);
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                return 1;
            }

            if (typeof(TChar) == typeof(byte))
            {
                return c == 0xC2 && i + 1 < s.Length && At(s, i + 1) == 0xA0 ? 2 : 0;
            }

            return c == 0xA0 ? 1 : 0;
        }

        private static int SpaceBefore<TChar>(ReadOnlySpan<TChar> s, int end)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            var c = At(s, end - 1);
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                return 1;
            }

            if (typeof(TChar) == typeof(byte))
            {
                return c == 0xA0 && end >= 2 && At(s, end - 2) == 0xC2 ? 2 : 0;
            }

            return c == 0xA0 ? 1 : 0;
        }
    }
}
