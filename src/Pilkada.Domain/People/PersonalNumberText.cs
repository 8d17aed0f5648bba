using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Pilkada.Domain.People;

/// <summary>The outcome of reading the digits of a personal number (NIK, NIP).</summary>
internal enum DigitScanStatus
{
    Ok,
    InvalidCharacter,
    MisplacedSeparator,
    TooShort,
    TooLong,
}

/// <summary>
/// Reading and masking the text of personal numbers. The digits may be grouped with one separator — a space, a
/// dot or a hyphen — between two digits; white space around the number is ignored.
/// </summary>
internal static class PersonalNumberText
{
    /// <summary>How many characters of a rejected text an error message shows, at most.</summary>
    internal const int MaxShownLength = 40;

    internal static bool IsWhiteSpace(int c) => c is ' ' or '\t' or '\r' or '\n';

    internal static bool IsSeparator(int c) => c is ' ' or '.' or '-';

    /// <summary>The bounds of the text without surrounding white space.</summary>
    internal static void Trim<TChar>(ReadOnlySpan<TChar> s, out int start, out int end)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        start = 0;
        end = s.Length;
        while (start < end && IsWhiteSpace(int.CreateTruncating(s[start])))
        {
            start++;
        }

        while (end > start && IsWhiteSpace(int.CreateTruncating(s[end - 1])))
        {
            end--;
        }
    }

    /// <summary>
    /// Reads exactly <paramref name="count"/> digits (at most 18) from <c>s[start..end)</c>, allowing one separator
    /// between two digits. On failure <paramref name="position"/> is the index of the first bad character (or
    /// <paramref name="end"/> when digits are missing).
    /// </summary>
    internal static DigitScanStatus Scan<TChar>(ReadOnlySpan<TChar> s, int start, int end, int count, out long number, out int position)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        number = 0;
        var digits = 0;
        var afterDigit = false;
        for (var i = start; i < end; i++)
        {
            var c = int.CreateTruncating(s[i]);
            var d = (uint)(c - '0');
            if (d <= 9)
            {
                if (digits == count)
                {
                    position = i;
                    return DigitScanStatus.TooLong;
                }

                number = (number * 10) + d;
                digits++;
                afterDigit = true;
            }
            else if (IsSeparator(c))
            {
                if (!afterDigit)
                {
                    position = i;
                    return DigitScanStatus.MisplacedSeparator;
                }

                afterDigit = false;
            }
            else
            {
                position = i;
                return DigitScanStatus.InvalidCharacter;
            }
        }

        if (end > start && !afterDigit)
        {
            position = end - 1;
            return DigitScanStatus.MisplacedSeparator;
        }

        if (digits < count)
        {
            position = end;
            return DigitScanStatus.TooShort;
        }

        position = -1;
        return DigitScanStatus.Ok;
    }

    /// <summary>The index in <paramref name="s"/> of the digit number <paramref name="digitIndex"/> (zero-based) counted from <paramref name="start"/>.</summary>
    internal static int PositionOfDigit<TChar>(ReadOnlySpan<TChar> s, int start, int digitIndex)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var seen = 0;
        for (var i = start; i < s.Length; i++)
        {
            if ((uint)(int.CreateTruncating(s[i]) - '0') <= 9)
            {
                if (seen == digitIndex)
                {
                    return i;
                }

                seen++;
            }
        }

        return s.Length;
    }

    /// <summary>
    /// Masks a text that was meant as a personal number, for error messages: of its digits only the first four and
    /// the last two are shown (and never more than four when the text has six digits or fewer); every other digit
    /// and every letter becomes <c>*</c>; other characters stay, so a misplaced separator can still be seen. The
    /// first <paramref name="keepPrefix"/> characters (a recognised label such as <c>NI PPPK</c>) are kept as they
    /// are. Texts longer than <see cref="MaxShownLength"/> characters are cut, with <c>…</c>.
    /// </summary>
    internal static string Mask(ReadOnlySpan<char> text, int keepPrefix = 0)
    {
        var total = 0;
        foreach (var c in text[keepPrefix..])
        {
            if (char.IsAsciiDigit(c))
            {
                total++;
            }
        }

        var lastHidden = Math.Max(total - 2, 6);
        var shown = Math.Min(text.Length, MaxShownLength);
        var builder = new StringBuilder(shown + 1);
        var digit = 0;
        for (var i = 0; i < shown; i++)
        {
            var c = text[i];
            if (i < keepPrefix)
            {
                builder.Append(c);
            }
            else if (char.IsAsciiDigit(c))
            {
                builder.Append(digit < 4 || digit >= lastHidden ? c : '*');
                digit++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append('*');
            }
            else
            {
                builder.Append(c);
            }
        }

        if (shown < text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>Masks UTF-8 text meant as a personal number (see <see cref="Mask(ReadOnlySpan{char}, int)"/>).</summary>
    internal static string Mask(ReadOnlySpan<byte> utf8Text, int keepPrefix = 0) => Mask(Encoding.UTF8.GetString(utf8Text), keepPrefix);

    /// <summary>
    /// The fast path of the parsers: reads the first 16 characters of <paramref name="s"/> (which must have at least
    /// 16) as eight two-digit numbers, packed one per byte (pair <c>k</c>, the digits <c>2k</c> and <c>2k+1</c>, in
    /// bits <c>8k</c>–<c>8k+7</c>). Returns <see langword="false"/> when any of the 16 is not an ASCII digit.
    /// Branch-free apart from the one test: the characters become 16 bytes, one vector compare checks every digit,
    /// and a multiply-add per lane pair combines them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryReadDigitPairs<TChar>(ReadOnlySpan<TChar> s, out ulong pairs)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        pairs = 0;
        if (!BitConverter.IsLittleEndian || s.Length < 16)
        {
            return false;
        }

        Vector128<byte> text;
        if (typeof(TChar) == typeof(char))
        {
            // Saturating narrow: a character above U+00FF becomes 0xFF (or 0x00 for U+8000 and above with packuswb,
            // which reads the lanes as signed), neither of them a digit, so the byte check below still rejects it; a
            // truncating narrow would turn U+0130 into '0'.
            ref var first = ref Unsafe.As<TChar, ushort>(ref MemoryMarshal.GetReference(s));
            var low = Vector128.LoadUnsafe(ref first);
            var high = Vector128.LoadUnsafe(ref first, 8);
            text = Sse2.IsSupported
                ? Sse2.PackUnsignedSaturate(low.AsInt16(), high.AsInt16())
                : Vector128.NarrowWithSaturation(low, high);
        }
        else if (typeof(TChar) == typeof(byte))
        {
            text = Vector128.LoadUnsafe(ref Unsafe.As<TChar, byte>(ref MemoryMarshal.GetReference(s)));
        }
        else
        {
            return false;
        }

        // Bytes below '0' wrap around to 0xD0 and above, so one unsigned compare checks both ends.
        var digits = text - Vector128.Create((byte)'0');
        if (Vector128.GreaterThanAny(digits, Vector128.Create((byte)9)))
        {
            return false;
        }

        pairs = CombinePairs(digits);
        return true;
    }

    // Sixteen digits in bytes -> eight two-digit numbers in the low eight bytes (tens * 10 + ones per byte pair).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong CombinePairs(Vector128<byte> digits)
    {
        Vector128<short> values;
        if (Ssse3.IsSupported)
        {
            // pmaddubsw: each 16-bit lane = tens * 10 + ones * 1 in one instruction.
            values = Ssse3.MultiplyAddAdjacent(digits, Vector128.Create((short)0x010A).AsSByte());
        }
        else
        {
            // Each 16-bit lane holds the tens digit in its low byte and the ones digit in its high byte.
            var lanes = digits.AsUInt16();
            values = (((lanes & Vector128.Create((ushort)0xFF)) * 10) + (lanes >>> 8)).AsInt16();
        }

        // Every value is at most 99, so narrowing keeps it whole.
        var narrowed = Sse2.IsSupported ? Sse2.PackUnsignedSaturate(values, values) : Vector128.Narrow(values, values).AsByte();
        return narrowed.AsUInt64().ToScalar();
    }

    /// <summary>The two-digit number at pair <paramref name="index"/> of <see cref="TryReadDigitPairs"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Pair(ulong pairs, int index) => (int)((pairs >> (8 * index)) & 0xFF);

    /// <summary>The number of days in a month of the proleptic Gregorian calendar.</summary>
    internal static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    internal static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    /// <summary>Whether the text starts (after white space) with a letter, i.e. may carry a label such as <c>NIP</c>.</summary>
    internal static bool StartsWithLetter<TChar>(ReadOnlySpan<TChar> s, int start)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (start >= s.Length)
        {
            return false;
        }

        var c = int.CreateTruncating(s[start]) | 0x20;
        return c is >= 'a' and <= 'z';
    }
}

/// <summary>A text that has already been masked (keeps constructor overloads apart).</summary>
internal readonly record struct MaskedText(string Value);
