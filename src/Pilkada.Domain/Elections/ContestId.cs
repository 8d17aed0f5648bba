using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Kode kontestasi (contest id): one regional head election of one election, written
/// <c>&lt;election id&gt;/&lt;region code&gt;</c> — <c>pilkada-2024/52.72</c> is the 2024 mayoral election of Kota Bima,
/// <c>pilkada-2024/52</c> the 2024 governor election of Nusa Tenggara Barat, <c>pilkada-ulang-2025/19.71</c> the 2025
/// re-run in Kota Pangkal Pinang. The id is stable: it survives serialisation and never depends on a catalogue.
/// </summary>
/// <remarks>
/// <para>
/// The region is a province (a governor election, <see cref="ContestKind.Gubernur"/>), a kabupaten (part 01–69,
/// <see cref="ContestKind.Bupati"/>) or a kota (part 71–79, <see cref="ContestKind.WaliKota"/>), so the id alone tells
/// the <see cref="Kind"/>. Parsing accepts every form of region code that <see cref="RegionCode.Parse(string)"/>
/// accepts (<c>pilkada-2024/5272</c>), capital letters in the election id and surrounding white space, and gives the
/// canonical form; formatting a parsed id and parsing it again gives the same id. Parsing never allocates.
/// </para>
/// <para>
/// Whether the contest exists (for instance, there is no governor election in DI Yogyakarta and none in DKI
/// Jakarta's administrative cities) is a question for a <see cref="ContestCatalog"/>.
/// </para>
/// <para>
/// <c>default(ContestId)</c> is the empty id: <see cref="IsEmpty"/> is <see langword="true"/>, it formats as an empty
/// string and sorts before every id. Ids sort by election, then by region code.
/// </para>
/// </remarks>
[JsonConverter(typeof(ContestIdJsonConverter))]
public readonly struct ContestId :
    IEquatable<ContestId>,
    IComparable<ContestId>,
    IComparable,
    ISpanParsable<ContestId>,
    IUtf8SpanParsable<ContestId>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    IEqualityOperators<ContestId, ContestId, bool>,
    IComparisonOperators<ContestId, ContestId, bool>
{
    /// <summary>The longest canonical form: a 24-character election id, <c>/</c> and <c>PP.KK</c>.</summary>
    public const int MaxLength = ElectionId.MaxLength + 1 + 5;

    private readonly ElectionId _election;
    private readonly RegionCode _region;

    /// <summary>Creates the id of the contest in a region of an election.</summary>
    /// <param name="election">The election.</param>
    /// <param name="region">A province, kabupaten (01–69) or kota (71–79) code.</param>
    /// <exception cref="ArgumentException">The election id is empty, or the region is not a contest region.</exception>
    public ContestId(ElectionId election, RegionCode region)
    {
        if (election.IsEmpty)
        {
            throw new ArgumentException("A contest id needs an election id; the empty id was given.", nameof(election));
        }

        if (KindOf(region) is null)
        {
            throw new ArgumentException(
                PilkadaMessages.Format("ContestId.WrongRegion", PilkadaLanguage.English, new MessageArgument("value", region.ToString())),
                nameof(region));
        }

        _election = election;
        _region = region;
    }

    // Unchecked: the parser has already checked both parts.
    private ContestId(RegionCode region, ElectionId election)
    {
        _election = election;
        _region = region;
    }

    /// <summary>Whether this is the empty id, <c>default(ContestId)</c>.</summary>
    public bool IsEmpty => _election.IsEmpty;

    /// <summary>The election, e.g. <c>pilkada-2024</c>.</summary>
    public ElectionId Election => _election;

    /// <summary>The region: a province, kabupaten or kota code.</summary>
    public RegionCode Region => _region;

    /// <summary>
    /// The kind of contest the region code implies: gubernur for a province, bupati for a kabupaten, wali kota for a
    /// kota. The empty id has no kind and reports <c>(ContestKind)0</c>.
    /// </summary>
    public ContestKind Kind => KindOf(_region) ?? default;

    /// <summary>
    /// The contest kind a region code implies, or <see langword="null"/> when no regional head is elected at that
    /// level (kecamatan, desa) or the kabupaten/kota part is neither 01–69 nor 71–79.
    /// </summary>
    /// <param name="region">The region code.</param>
    /// <remarks>
    /// The code alone cannot tell DKI Jakarta's administrative units (31.01, 31.71–31.75) from autonomous ones; see
    /// <see cref="ContestRules"/> for the full check against a <see cref="RegionCatalog"/>.
    /// </remarks>
    public static ContestKind? KindOf(RegionCode region) => region.Level switch
    {
        RegionLevel.Provinsi => ContestKind.Gubernur,
        RegionLevel.KabupatenKota when region.IsKabupaten => ContestKind.Bupati,
        RegionLevel.KabupatenKota when region.IsKota => ContestKind.WaliKota,
        _ => null,
    };

    /// <summary>Reads a contest id.</summary>
    /// <param name="s">The text, e.g. <c>pilkada-2024/52.72</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="ContestIdFormatException">The text is not a well-formed id; the exception carries the error code and position.</exception>
    public static ContestId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: contest ids do not depend on culture.</param>
    public static ContestId Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads a contest id.</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="ContestIdFormatException">The text is not a well-formed id.</exception>
    public static ContestId Parse(ReadOnlySpan<char> s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Reads a contest id.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: contest ids do not depend on culture.</param>
    /// <exception cref="ContestIdFormatException">The text is not a well-formed id.</exception>
    public static ContestId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseCore(s, out var id, out var error, out var position)
            ? id
            : throw new ContestIdFormatException(new ParseError<ContestIdError>(error, position), s.ToString());

    /// <summary>Reads a contest id from UTF-8 text.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored: contest ids do not depend on culture.</param>
    /// <exception cref="ContestIdFormatException">The text is not a well-formed id.</exception>
    public static ContestId Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) =>
        TryParseCore(utf8Text, out var id, out var error, out var position)
            ? id
            : throw new ContestIdFormatException(new ParseError<ContestIdError>(error, position), System.Text.Encoding.UTF8.GetString(utf8Text));

    /// <summary>Tries to read a contest id. Never throws; allocates nothing.</summary>
    /// <param name="s">The text; <see langword="null"/> fails with <see cref="ContestIdError.Empty"/>.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out ContestId result) => TryParse(s.AsSpan(), out result, out _);

    /// <summary>Tries to read a contest id. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out ContestId result) => TryParse(s, out result, out _);

    /// <summary>Tries to read a contest id and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    /// <param name="error">On failure, the error code and the position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out ContestId result, out ParseError<ContestIdError> error)
    {
        if (TryParseCore(s, out result, out var code, out var position))
        {
            error = default;
            return true;
        }

        error = new ParseError<ContestIdError>(code, position);
        return false;
    }

    /// <summary>Tries to read a contest id from UTF-8 text and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    /// <param name="error">On failure, the error code and the byte position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out ContestId result, out ParseError<ContestIdError> error)
    {
        if (TryParseCore(utf8Text, out result, out var code, out var position))
        {
            error = default;
            return true;
        }

        error = new ParseError<ContestIdError>(code, position);
        return false;
    }

    /// <inheritdoc cref="TryParse(string?, out ContestId)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ContestId result) => TryParse(s, out result);

    /// <summary>Tries to read a contest id. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ContestId result) => TryParse(s, out result, out _);

    /// <summary>Tries to read a contest id from UTF-8 text. Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The id, or the empty id on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out ContestId result) => TryParse(utf8Text, out result, out _);

    private static bool TryParseCore<TChar>(ReadOnlySpan<TChar> s, out ContestId id, out ContestIdError error, out int position)
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
            error = ContestIdError.Empty;
            position = s.IsEmpty ? 0 : start;
            return false;
        }

        var slash = -1;
        for (var i = start; i < end; i++)
        {
            if (int.CreateTruncating(s[i]) == '/')
            {
                slash = i;
                break;
            }
        }

        if (slash < 0)
        {
            // Point at the first character that cannot belong to an election id, or at the end.
            var at = start;
            while (at < end && ElectionId.Parser.IsIdCharacter(int.CreateTruncating(s[at])))
            {
                at++;
            }

            error = ContestIdError.MissingSeparator;
            position = at;
            return false;
        }

        if (!ElectionId.Parser.TryParse(s[start..slash], out var election, out _, out var electionPosition))
        {
            error = ContestIdError.InvalidElectionId;
            position = start + electionPosition;
            return false;
        }

        var regionPart = s[(slash + 1)..end];
        if (!RegionCode.Parser.TryParse(regionPart, out var value, out _, out var regionPosition))
        {
            error = ContestIdError.InvalidRegionCode;
            position = slash + 1 + Math.Min(regionPosition, regionPart.Length);
            return false;
        }

        var region = RegionCode.FromValue(value);
        if (KindOf(region) is null)
        {
            error = ContestIdError.NotAContestRegion;
            position = slash + 1;
            return false;
        }

        id = new ContestId(region, election);
        error = ContestIdError.None;
        position = -1;
        return true;
    }

    private static bool IsWhiteSpace(int c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>The canonical form, e.g. <c>pilkada-2024/52.72</c>; empty for the empty id.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[MaxLength];
        TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        return new string(buffer[..written]);
    }

    /// <summary>The canonical form; only the default format (<c>G</c> or empty) exists.</summary>
    /// <param name="format"><c>G</c>, empty or <see langword="null"/>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <exception cref="FormatException">Another format was asked for.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is null or "" or "G" or "g" ? ToString() : throw new FormatException($"The format '{format}' is not supported for contest ids; use \"G\".");

    /// <summary>Writes the canonical form into a span of characters.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format"><c>G</c> or empty.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(destination, out charsWritten, format);

    /// <summary>Writes the canonical form as UTF-8.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format"><c>G</c> or empty.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(utf8Destination, out bytesWritten, format);

    private bool FormatCore<TChar>(Span<TChar> destination, out int written, ReadOnlySpan<char> format)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        written = 0;
        if (!(format.IsEmpty || (format.Length == 1 && (format[0] == 'G' || format[0] == 'g'))))
        {
            return false;
        }

        if (IsEmpty)
        {
            return true;
        }

        if (!_election.FormatCore(destination, out var electionLength) || destination.Length <= electionLength)
        {
            return false;
        }

        destination[electionLength] = TChar.CreateTruncating('/');
        var rest = destination[(electionLength + 1)..];
        bool ok;
        int regionLength;
        if (typeof(TChar) == typeof(char))
        {
            ok = _region.TryFormat(System.Runtime.InteropServices.MemoryMarshal.Cast<TChar, char>(rest), out regionLength, default, CultureInfo.InvariantCulture);
        }
        else
        {
            ok = _region.TryFormat(System.Runtime.InteropServices.MemoryMarshal.Cast<TChar, byte>(rest), out regionLength, default, CultureInfo.InvariantCulture);
        }

        if (!ok)
        {
            return false;
        }

        written = electionLength + 1 + regionLength;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(ContestId other) => _election == other._election && _region == other._region;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ContestId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_election, _region);

    /// <summary>Orders by election id, then by region code (hierarchically: a province before its kabupaten/kota).</summary>
    /// <param name="other">The other id.</param>
    public int CompareTo(ContestId other)
    {
        var election = _election.CompareTo(other._election);
        return election != 0 ? election : _region.CompareTo(other._region);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ContestId other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a ContestId.", nameof(obj)),
    };

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator ==(ContestId left, ContestId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator !=(ContestId left, ContestId right) => !left.Equals(right);

    /// <summary>Order, see <see cref="CompareTo(ContestId)"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(ContestId left, ContestId right) => left.CompareTo(right) < 0;

    /// <summary>Order, see <see cref="CompareTo(ContestId)"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(ContestId left, ContestId right) => left.CompareTo(right) > 0;

    /// <summary>Order, see <see cref="CompareTo(ContestId)"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(ContestId left, ContestId right) => left.CompareTo(right) <= 0;

    /// <summary>Order, see <see cref="CompareTo(ContestId)"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(ContestId left, ContestId right) => left.CompareTo(right) >= 0;
}
