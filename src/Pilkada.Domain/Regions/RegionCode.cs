using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.Regions;

/// <summary>
/// Kode wilayah (Kemendagri region code) at any level: <c>52</c> (provinsi), <c>52.72</c> (kabupaten/kota),
/// <c>52.72.01</c> (kecamatan) or <c>52.72.01.1001</c> (desa/kelurahan).
/// </summary>
/// <remarks>
/// <para>
/// The canonical form uses dots. <see cref="Parse(string)"/> also accepts the digits alone (<c>5272</c>,
/// <c>5272011001</c>) and spaces or hyphens as separators (<c>52 72</c>, <c>52-72</c>), with surrounding white
/// space. Formatting a parsed code and parsing it again gives the same code.
/// </para>
/// <para>
/// A <see cref="RegionCode"/> is only well-formed: whether a region with this code exists is a question for a
/// <see cref="RegionCatalog"/>. Codes retired from the catalogue (for instance Papua Barat codes that moved to
/// Papua Barat Daya in 2022–2025) stay parseable, so stored data keeps reading.
/// </para>
/// <para>
/// <c>default(RegionCode)</c> is the empty code: <see cref="IsEmpty"/> is <see langword="true"/>, its
/// <see cref="Level"/> is <see cref="RegionLevel.None"/> and it formats as an empty string. It sorts before every code.
/// </para>
/// <para>Source of the code shape: Kepmendagri 300.2.2-2138/2025; Permendagri 72/2019 Pasal 3.</para>
/// </remarks>
[JsonConverter(typeof(RegionCodeJsonConverter))]
public readonly struct RegionCode :
    IEquatable<RegionCode>,
    IComparable<RegionCode>,
    IComparable,
    ISpanParsable<RegionCode>,
    IUtf8SpanParsable<RegionCode>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    IEqualityOperators<RegionCode, RegionCode, bool>,
    IComparisonOperators<RegionCode, RegionCode, bool>
{
    private const long ProvinceUnit = 100_000_000;
    private const long KabupatenKotaUnit = 1_000_000;
    private const long KecamatanUnit = 10_000;

    /// <summary>The longest canonical form: <c>PP.KK.CC.DDDD</c>, 13 characters.</summary>
    public const int MaxLength = 13;

    // The ten-digit number PPKKCCDDDD with absent components as zeros: 52.72 is 5272000000.
    private readonly long _value;

    private RegionCode(long value) => _value = value;

    /// <summary>Whether this is the empty code, <c>default(RegionCode)</c>.</summary>
    public bool IsEmpty => _value == 0;

    /// <summary>The administrative level: the number of components.</summary>
    public RegionLevel Level =>
        _value == 0 ? RegionLevel.None
        : _value % ProvinceUnit == 0 ? RegionLevel.Provinsi
        : _value % KabupatenKotaUnit == 0 ? RegionLevel.KabupatenKota
        : _value % KecamatanUnit == 0 ? RegionLevel.Kecamatan
        : RegionLevel.DesaKelurahan;

    /// <summary>The province part, 11–96 (<c>52</c> in <c>52.72.01</c>); 0 for the empty code.</summary>
    public int ProvinceNumber => (int)(_value / ProvinceUnit);

    /// <summary>The kabupaten/kota part (<c>72</c> in <c>52.72.01</c>); 0 when the code is a province.</summary>
    public int KabupatenKotaNumber => (int)(_value / KabupatenKotaUnit % 100);

    /// <summary>The kecamatan part (<c>1</c> in <c>52.72.01</c>); 0 when the code is above kecamatan level.</summary>
    public int KecamatanNumber => (int)(_value / KecamatanUnit % 100);

    /// <summary>The village part (<c>1001</c> in <c>52.72.01.1001</c>); 0 when the code is above village level.</summary>
    public int VillageNumber => (int)(_value % KecamatanUnit);

    /// <summary>The province that contains this code (itself for a province).</summary>
    public RegionCode Province => new(_value / ProvinceUnit * ProvinceUnit);

    /// <summary>The kabupaten/kota that contains this code (itself at that level), or <see langword="null"/> for a province.</summary>
    public RegionCode? KabupatenKota => Level >= RegionLevel.KabupatenKota ? new RegionCode(_value / KabupatenKotaUnit * KabupatenKotaUnit) : null;

    /// <summary>The kecamatan that contains this code (itself at that level), or <see langword="null"/> above kecamatan level.</summary>
    public RegionCode? Kecamatan => Level >= RegionLevel.Kecamatan ? new RegionCode(_value / KecamatanUnit * KecamatanUnit) : null;

    /// <summary>The code one level up, or <see langword="null"/> for a province and the empty code.</summary>
    public RegionCode? Parent => Level switch
    {
        RegionLevel.KabupatenKota => Province,
        RegionLevel.Kecamatan => new RegionCode(_value / KabupatenKotaUnit * KabupatenKotaUnit),
        RegionLevel.DesaKelurahan => new RegionCode(_value / KecamatanUnit * KecamatanUnit),
        _ => null,
    };

    /// <summary>
    /// Whether the kabupaten/kota part is a kota (71–79) rather than a kabupaten (01–69). For codes below
    /// kabupaten/kota level it describes the containing kabupaten/kota; for a province it is <see langword="false"/>.
    /// Parts 70 and 80–99 are well-formed but neither (no such code has been issued).
    /// </summary>
    public bool IsKota => KabupatenKotaNumber is >= 71 and <= 79;

    /// <summary>Whether the kabupaten/kota part is a kabupaten (01–69). <see langword="false"/> for a province.</summary>
    public bool IsKabupaten => KabupatenKotaNumber is >= 1 and <= 69;

    /// <summary>Whether this is a village code whose village part starts with 1: a kelurahan.</summary>
    public bool IsKelurahan => Level == RegionLevel.DesaKelurahan && VillageNumber / 1000 == 1;

    /// <summary>Whether this is a village code whose village part starts with 2 (desa) or 3 (desa adat).</summary>
    public bool IsDesa => Level == RegionLevel.DesaKelurahan && VillageNumber / 1000 >= 2;

    /// <summary>Whether this is a village code whose village part starts with 3: a desa adat.</summary>
    public bool IsDesaAdat => Level == RegionLevel.DesaKelurahan && VillageNumber / 1000 == 3;

    /// <summary>The ten-digit number of the code with absent parts as zeros (52.72 is 5272000000). For storage and hashing.</summary>
    internal long Value => _value;

    /// <summary>Creates a code from its ten-digit number (internal: the number must come from a valid code).</summary>
    internal static RegionCode FromValue(long value) => new(value);

    /// <summary>
    /// Whether this code is <paramref name="other"/> or lies inside it: <c>52.72.01</c> is within <c>52.72</c>
    /// and within <c>52</c>. Every code is within itself; nothing is within the empty code.
    /// </summary>
    /// <param name="other">The containing code.</param>
    public bool IsWithin(RegionCode other)
    {
        if (other._value == 0 || _value == 0)
        {
            return false;
        }

        var unit = other.Level switch
        {
            RegionLevel.Provinsi => ProvinceUnit,
            RegionLevel.KabupatenKota => KabupatenKotaUnit,
            RegionLevel.Kecamatan => KecamatanUnit,
            _ => 1,
        };

        return _value / unit * unit == other._value && Level >= other.Level;
    }

    /// <summary>The containing code at a level at or above this code's level.</summary>
    /// <param name="level">The level of the ancestor.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is below this code's level, or <see cref="RegionLevel.None"/>.</exception>
    public RegionCode AncestorAt(RegionLevel level)
    {
        if (level == RegionLevel.None || level > Level)
        {
            throw new ArgumentOutOfRangeException(
                nameof(level),
                level,
                string.Create(CultureInfo.InvariantCulture, $"The code {this} is at level {Level}; it has no ancestor at level {level}."));
        }

        var unit = level switch
        {
            RegionLevel.Provinsi => ProvinceUnit,
            RegionLevel.KabupatenKota => KabupatenKotaUnit,
            RegionLevel.Kecamatan => KecamatanUnit,
            _ => 1,
        };

        return new RegionCode(_value / unit * unit);
    }

    /// <summary>Builds a code from its numeric parts, checking each.</summary>
    /// <param name="province">The province part, 11–99.</param>
    /// <param name="kabupatenKota">The kabupaten/kota part (1–99; kabupaten 1–69, kota 71–79), or 0 for a province code.</param>
    /// <param name="kecamatan">The kecamatan part (1–99), or 0.</param>
    /// <param name="village">The village part (1001–3999, not x000), or 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or a part is given below a missing one.</exception>
    public static RegionCode FromParts(int province, int kabupatenKota = 0, int kecamatan = 0, int village = 0)
    {
        if (province is < 11 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(province), province, "A province part runs from 11 to 99.");
        }

        if (kabupatenKota is < 0 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(kabupatenKota), kabupatenKota, "A kabupaten/kota part runs 01–99 (kabupaten 01–69, kota 71–79).");
        }

        if (kecamatan is < 0 or > 99 || (kecamatan > 0 && kabupatenKota == 0))
        {
            throw new ArgumentOutOfRangeException(nameof(kecamatan), kecamatan, "A kecamatan part runs 01–99 and needs a kabupaten/kota part.");
        }

        if (village != 0 && (village is < 1001 or > 3999 || village % 1000 == 0 || kecamatan == 0))
        {
            throw new ArgumentOutOfRangeException(nameof(village), village, "A village part runs 1001–3999 (1 kelurahan, 2 desa, 3 desa adat), not x000, and needs a kecamatan part.");
        }

        return new RegionCode((province * ProvinceUnit) + (kabupatenKota * KabupatenKotaUnit) + (kecamatan * KecamatanUnit) + village);
    }

    /// <summary>Reads a region code.</summary>
    /// <param name="s">The text, e.g. <c>52.72</c>, <c>5272</c>, <c>52 72</c> or <c>52-72</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="RegionCodeFormatException">The text is not a well-formed code; the exception carries the error code and position.</exception>
    public static RegionCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), CultureInfo.InvariantCulture);
    }

    /// <summary>Reads a region code.</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="RegionCodeFormatException">The text is not a well-formed code.</exception>
    public static RegionCode Parse(ReadOnlySpan<char> s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Reads a region code.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: region codes do not depend on culture.</param>
    /// <exception cref="RegionCodeFormatException">The text is not a well-formed code.</exception>
    public static RegionCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        if (Parser.TryParse(s, out var value, out var error, out var position))
        {
            return new RegionCode(value);
        }

        throw new RegionCodeFormatException(new ParseError<RegionCodeError>(error, position), s.ToString());
    }

    /// <summary>Reads a region code from UTF-8 text.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <exception cref="RegionCodeFormatException">The text is not a well-formed code.</exception>
    public static RegionCode Parse(ReadOnlySpan<byte> utf8Text) => Parse(utf8Text, CultureInfo.InvariantCulture);

    /// <summary>Reads a region code from UTF-8 text.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored: region codes do not depend on culture.</param>
    /// <exception cref="RegionCodeFormatException">The text is not a well-formed code.</exception>
    public static RegionCode Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider)
    {
        if (Parser.TryParse(utf8Text, out var value, out var error, out var position))
        {
            return new RegionCode(value);
        }

        throw new RegionCodeFormatException(new ParseError<RegionCodeError>(error, position), System.Text.Encoding.UTF8.GetString(utf8Text));
    }

    /// <summary>Tries to read a region code. Never throws; allocates nothing.</summary>
    /// <param name="s">The text; <see langword="null"/> fails with <see cref="RegionCodeError.Empty"/>.</param>
    /// <param name="result">The code, or the empty code on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out RegionCode result) =>
        TryParse(s.AsSpan(), out result, out _);

    /// <summary>Tries to read a region code. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or the empty code on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out RegionCode result) => TryParse(s, out result, out _);

    /// <summary>Tries to read a region code and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or the empty code on failure.</param>
    /// <param name="error">On failure, the error code and the position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out RegionCode result, out ParseError<RegionCodeError> error)
    {
        if (Parser.TryParse(s, out var value, out var code, out var position))
        {
            result = new RegionCode(value);
            error = default;
            return true;
        }

        result = default;
        error = new ParseError<RegionCodeError>(code, position);
        return false;
    }

    /// <summary>Tries to read a region code from UTF-8 text. Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="result">The code, or the empty code on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out RegionCode result) => TryParse(utf8Text, out result, out _);

    /// <summary>Tries to read a region code from UTF-8 text and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="result">The code, or the empty code on failure.</param>
    /// <param name="error">On failure, the error code and the byte position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out RegionCode result, out ParseError<RegionCodeError> error)
    {
        if (Parser.TryParse(utf8Text, out var value, out var code, out var position))
        {
            result = new RegionCode(value);
            error = default;
            return true;
        }

        result = default;
        error = new ParseError<RegionCodeError>(code, position);
        return false;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: region codes do not depend on culture.</param>
    public static RegionCode Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="TryParse(string?, out RegionCode)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: region codes do not depend on culture.</param>
    /// <param name="result">The code, or the empty code on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RegionCode result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out RegionCode)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: region codes do not depend on culture.</param>
    /// <param name="result">The code, or the empty code on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RegionCode result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{byte}, out RegionCode)"/>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored: region codes do not depend on culture.</param>
    /// <param name="result">The code, or the empty code on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out RegionCode result) => TryParse(utf8Text, out result);

    /// <summary>The canonical form with dots, e.g. <c>52.72.01.1001</c>; empty for the empty code.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the code. <c>G</c> (or null/empty) gives the canonical dotted form <c>52.72.01</c>; <c>D</c> gives the
    /// digits alone, <c>527201</c>.
    /// </summary>
    /// <param name="format"><c>G</c> or <c>D</c>.</param>
    /// <param name="formatProvider">Ignored: region codes do not depend on culture.</param>
    /// <exception cref="FormatException">The format is neither <c>G</c> nor <c>D</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        if (!TryFormat(buffer, out var written, format, formatProvider))
        {
            throw new FormatException($"The format '{format}' is not supported for region codes; use \"G\" (52.72.01) or \"D\" (527201).");
        }

        return new string(buffer[..written]);
    }

    /// <summary>Writes the code into a span of characters.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format"><c>G</c> (dotted, the default) or <c>D</c> (digits only).</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(destination, out charsWritten, format);

    /// <summary>Writes the code as UTF-8.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format"><c>G</c> (dotted, the default) or <c>D</c> (digits only).</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(utf8Destination, out bytesWritten, format);

    private bool FormatCore<TChar>(Span<TChar> destination, out int written, ReadOnlySpan<char> format)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        written = 0;
        bool dotted;
        if (format.IsEmpty || (format.Length == 1 && (format[0] == 'G' || format[0] == 'g')))
        {
            dotted = true;
        }
        else if (format.Length == 1 && (format[0] == 'D' || format[0] == 'd'))
        {
            dotted = false;
        }
        else
        {
            return false;
        }

        var level = (int)Level;
        if (level == 0)
        {
            return true;
        }

        var digits = level == 4 ? 10 : level * 2;
        var length = digits + (dotted ? level - 1 : 0);
        if (destination.Length < length)
        {
            return false;
        }

        var value = _value;
        var position = length;
        for (var d = 10; d > 0; d--)
        {
            var digit = (int)(value % 10);
            value /= 10;
            if (d > digits)
            {
                continue;
            }

            destination[--position] = TChar.CreateTruncating('0' + digit);
            if (dotted && d is 3 or 5 or 7 && d <= digits)
            {
                destination[--position] = TChar.CreateTruncating('.');
            }
        }

        written = length;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(RegionCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>
    /// Orders codes hierarchically: a region sorts right before its descendants, which sort before its next
    /// sibling (<c>52</c> &lt; <c>52.01</c> &lt; <c>52.01.01</c> &lt; <c>52.02</c>). The empty code sorts first.
    /// </summary>
    /// <param name="other">The other code.</param>
    public int CompareTo(RegionCode other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        RegionCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a RegionCode.", nameof(obj)),
    };

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator ==(RegionCode left, RegionCode right) => left._value == right._value;

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator !=(RegionCode left, RegionCode right) => left._value != right._value;

    /// <summary>Hierarchical order, see <see cref="CompareTo(RegionCode)"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <(RegionCode left, RegionCode right) => left._value < right._value;

    /// <summary>Hierarchical order, see <see cref="CompareTo(RegionCode)"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >(RegionCode left, RegionCode right) => left._value > right._value;

    /// <summary>Hierarchical order, see <see cref="CompareTo(RegionCode)"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <=(RegionCode left, RegionCode right) => left._value <= right._value;

    /// <summary>Hierarchical order, see <see cref="CompareTo(RegionCode)"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >=(RegionCode left, RegionCode right) => left._value >= right._value;

    internal static class Parser
    {
        public static bool TryParse<TChar>(ReadOnlySpan<TChar> s, out long value, out RegionCodeError error, out int position)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            if (TryParseCanonical(s, out value))
            {
                error = RegionCodeError.None;
                position = -1;
                return true;
            }

            return TryParseGeneral(s, out value, out error, out position);
        }

        // The fast path: the exact shapes 52, 52.72, 52.72.01, 52.72.01.1001 (with '.', '-' or ' ' as separators) or the
        // digits alone, valid as they stand. Anything else (padding, doubled separators, errors) goes through the
        // general path, which accepts the same texts and also says what is wrong.
        internal static bool TryParseCanonical<TChar>(ReadOnlySpan<TChar> s, out long value)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            if (typeof(TChar) == typeof(char))
            {
                return TryParseCanonicalChars(System.Runtime.InteropServices.MemoryMarshal.Cast<TChar, char>(s), out value);
            }

            Span<char> chars = stackalloc char[MaxLength];
            if (s.Length > MaxLength)
            {
                value = 0;
                return false;
            }

            for (var i = 0; i < s.Length; i++)
            {
                chars[i] = (char)int.CreateTruncating(s[i]);
            }

            return TryParseCanonicalChars(chars[..s.Length], out value);
        }

        private static bool TryParseCanonicalChars(ReadOnlySpan<char> s, out long value)
        {
            value = 0;
            int province, kk = 0, kec = 0, village = 0, digits;
            switch (s.Length)
            {
                case 2:
                    province = Two(s[0], s[1]);
                    digits = 2;
                    break;
                case 4:
                    province = Two(s[0], s[1]);
                    kk = Two(s[2], s[3]);
                    digits = 4;
                    break;
                case 5 when IsSeparator(s[2]):
                    province = Two(s[0], s[1]);
                    kk = Two(s[3], s[4]);
                    digits = 4;
                    break;
                case 6:
                    province = Two(s[0], s[1]);
                    kk = Two(s[2], s[3]);
                    kec = Two(s[4], s[5]);
                    digits = 6;
                    break;
                case 8 when IsSeparator(s[2]) && IsSeparator(s[5]):
                    province = Two(s[0], s[1]);
                    kk = Two(s[3], s[4]);
                    kec = Two(s[6], s[7]);
                    digits = 6;
                    break;
                case 10:
                    province = Two(s[0], s[1]);
                    kk = Two(s[2], s[3]);
                    kec = Two(s[4], s[5]);
                    village = Four(s[6], s[7], s[8], s[9]);
                    digits = 10;
                    break;
                case 13 when IsSeparator(s[2]) && IsSeparator(s[5]) && IsSeparator(s[8]):
                    province = Two(s[0], s[1]);
                    kk = Two(s[3], s[4]);
                    kec = Two(s[6], s[7]);
                    village = Four(s[9], s[10], s[11], s[12]);
                    digits = 10;
                    break;
                default:
                    return false;
            }

            // Two() and Four() give a negative number for a non-digit; components must also meet the rules.
            if (province < 11 || kk < 0 || kec < 0 || village < 0 ||
                (digits >= 4 && kk == 0) || (digits >= 6 && kec == 0) ||
                (digits == 10 && ((uint)(village / 1000) - 1 > 2 || village % 1000 == 0)))
            {
                return false;
            }

            value = (province * ProvinceUnit) + (kk * KabupatenKotaUnit) + (kec * KecamatanUnit) + village;
            return true;
        }

        private static int Two(char a, char b)
        {
            var x = (uint)(a - '0');
            var y = (uint)(b - '0');
            return x <= 9 && y <= 9 ? (int)((x * 10) + y) : -1;
        }

        private static int Four(char a, char b, char c, char d)
        {
            var high = Two(a, b);
            var low = Two(c, d);
            return high < 0 || low < 0 ? -1 : (high * 100) + low;
        }

        private static bool IsSeparator(char c) => c is '.' or '-' or ' ';

        internal static bool TryParseGeneral<TChar>(ReadOnlySpan<TChar> s, out long value, out RegionCodeError error, out int position)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            value = 0;
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
                error = RegionCodeError.Empty;
                position = s.IsEmpty ? 0 : start;
                return false;
            }

            long number = 0;
            var digits = 0;
            var lastSeparator = -1;
            int start0 = 0, start1 = 0, start2 = 0, start3 = 0;
            for (var i = start; i < end; i++)
            {
                var c = int.CreateTruncating(s[i]);
                if ((uint)(c - '0') <= 9)
                {
                    if (digits == 10)
                    {
                        error = RegionCodeError.TooLong;
                        position = i;
                        return false;
                    }

                    switch (digits)
                    {
                        case 0: start0 = i; break;
                        case 2: start1 = i; break;
                        case 4: start2 = i; break;
                        case 6: start3 = i; break;
                    }

                    number = (number * 10) + (c - '0');
                    digits++;
                }
                else if (c is '.' or '-' or ' ')
                {
                    if (lastSeparator == i - 1 || digits is not (2 or 4 or 6))
                    {
                        error = RegionCodeError.MisplacedSeparator;
                        position = i;
                        return false;
                    }

                    lastSeparator = i;
                }
                else
                {
                    error = RegionCodeError.InvalidCharacter;
                    position = i;
                    return false;
                }
            }

            if (lastSeparator == end - 1)
            {
                error = RegionCodeError.MisplacedSeparator;
                position = lastSeparator;
                return false;
            }

            if (digits is not (2 or 4 or 6 or 10))
            {
                error = RegionCodeError.Incomplete;
                position = end;
                return false;
            }

            for (var d = digits; d < 10; d++)
            {
                number *= 10;
            }

            if (number / ProvinceUnit < 11)
            {
                error = RegionCodeError.InvalidProvince;
                position = start0;
                return false;
            }

            if (digits >= 4)
            {
                var kk = number / KabupatenKotaUnit % 100;
                if (kk == 0)
                {
                    error = RegionCodeError.InvalidKabupatenKota;
                    position = start1;
                    return false;
                }
            }

            if (digits >= 6 && number / KecamatanUnit % 100 == 0)
            {
                error = RegionCodeError.InvalidKecamatan;
                position = start2;
                return false;
            }

            if (digits == 10)
            {
                var village = number % KecamatanUnit;
                if (village / 1000 is < 1 or > 3 || village % 1000 == 0)
                {
                    error = RegionCodeError.InvalidVillage;
                    position = start3;
                    return false;
                }
            }

            value = number;
            error = RegionCodeError.None;
            position = -1;
            return true;
        }

        private static bool IsWhiteSpace(int c) => c is ' ' or '\t' or '\r' or '\n';
    }
}
