using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using NodaTime;

namespace Pilkada.Domain.People;

/// <summary>
/// Nomor Induk Pegawai (NIP, civil-servant identity number) of a PNS, or the Nomor Induk PPPK ("NI PPPK") of a
/// contract civil servant: 18 digits. <see cref="Kind"/> says which, because the digits alone cannot.
/// </summary>
/// <remarks>
/// <para><b>PNS layout</b> (Perka BKN 22/2007; issued under Perka BKN 43/2007; 9-digit NIPs were converted from January 2009):</para>
/// <list type="table">
/// <item><term>digits 1–8</term><description>birth date, <c>yyyyMMdd</c> (<see cref="BirthDate"/>)</description></item>
/// <item><term>digits 9–14</term><description>TMT CPNS, the month of first appointment, <c>yyyyMM</c>; the day is always the 1st
/// (<see cref="AppointmentMonth"/>)</description></item>
/// <item><term>digit 15</term><description>sex: 1 laki-laki, 2 perempuan (<see cref="Sex"/>)</description></item>
/// <item><term>digits 16–18</term><description>sequence number, from 001, raised only when the first 15 digits collide (<see cref="Sequence"/>)</description></item>
/// </list>
/// <para>
/// <b>PPPK layout: uncertain.</b> The NI PPPK also has 18 digits, but the sources disagree on digits 9–14: some
/// describe the year of appointment plus a count of work agreements, a 2025 example (<c>199009132025242014</c>)
/// reads as 2025 + <c>24</c>, another source says the PNS layout (DOMAIN-BRIEF §5.5, ❓). So for
/// <see cref="AsnKind.Pppk"/> only what all sources agree on is checked — 18 digits, a real birth date in digits
/// 1–8, digit 15 is 1 or 2 — and digits 9–14 are not decoded (<see cref="AppointmentMonth"/> is
/// <see langword="null"/>). Digits 16–18 are exposed as <see cref="Sequence"/> but not checked.
/// </para>
/// <para>
/// <b>Reading.</b> The kind cannot be inferred from the digits, so the caller states it (<see cref="Parse(string, AsnKind)"/>,
/// <see cref="TryParse(ReadOnlySpan{char}, AsnKind?, out Nip, out ParseError{NipError})"/>) or the text carries the
/// label written on documents: <c>NI PPPK 199009132025242014</c> reads as a PPPK number; <c>NIP. 19860926 201505 1 001</c>,
/// <c>NIP: …</c> or the bare digits read as a PNS NIP. The digits may be grouped with one separator (a space, <c>.</c>
/// or <c>-</c>) between two digits. A birth year before 1900 is rejected: no one holding an 18-digit number (issued
/// since 2009) was born then.
/// </para>
/// <para>
/// <b>Privacy by default.</b> <see cref="ToString()"/> masks the number: <c>1986************01</c> shows the first four
/// digits (the birth year) and the last two (the end of the sequence); the twelve in between are <c>*</c>. A PPPK
/// number carries its label: <c>NI PPPK 1990************14</c>. The full number comes only on request: the
/// <c>F</c> format or <see cref="ToFullString"/> (<c>198609262015051001</c>, <c>NI PPPK 199009132025242014</c>), or
/// <c>D</c> for the 18 digits without a label. Error messages mask the text the same way. JSON carries the full
/// <c>F</c> form, because it is data.
/// </para>
/// <para>
/// Equality includes the kind: a PNS NIP and a NI PPPK with the same digits are different numbers.
/// <c>default(Nip)</c> is the empty NIP: <see cref="IsEmpty"/> is <see langword="true"/>, it formats as an empty
/// string, its <see cref="Kind"/> and <see cref="Sex"/> are <c>0</c>, and it sorts first.
/// </para>
/// </remarks>
[JsonConverter(typeof(NipJsonConverter))]
public readonly struct Nip :
    IEquatable<Nip>,
    IComparable<Nip>,
    IComparable,
    ISpanParsable<Nip>,
    IUtf8SpanParsable<Nip>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    IEqualityOperators<Nip, Nip, bool>,
    IComparisonOperators<Nip, Nip, bool>
{
    /// <summary>The number of digits of a NIP or NI PPPK.</summary>
    public const int Length = 18;

    /// <summary>The label of a PPPK number in its full and masked forms, with the space after it: <c>"NI PPPK "</c>.</summary>
    public const string PppkLabel = "NI PPPK ";

    /// <summary>The longest formatted form: the PPPK label and 18 digits, 26 characters.</summary>
    public const int MaxFormattedLength = 26;

    /// <summary>
    /// Dasar hukum (legal basis) of the PNS layout: Perka BKN 22/2007 (issued under Perka BKN 43/2007). The NI PPPK
    /// layout has no basis the library could confirm (<see cref="SourceConfidence.Uncertain"/>): only its birth date and
    /// sex digit are checked.
    /// </summary>
    public static LegalReference LegalBasis { get; } = new(
        "Perka BKN 22/2007",
        null,
        "PNS layout: birth date, TMT CPNS, sex, sequence. NI PPPK digits 9–14 are not decoded (sources disagree).");

    /// <summary>The earliest birth year accepted.</summary>
    public const int MinimumBirthYear = 1900;

    private const int KindShift = 60;
    private const long DigitsMask = (1L << KindShift) - 1;
    private const long YearUnit = 100_000_000_000_000;
    private const long MonthUnit = 1_000_000_000_000;
    private const long DayUnit = 10_000_000_000;
    private const long AppointmentYearUnit = 1_000_000;
    private const long AppointmentMonthUnit = 10_000;
    private const long SexUnit = 1_000;

    // The birth date in binary, year·512 + month·32 + day, in bits 34–56, above digits 9–18 as a decimal number
    // (below 10^10 < 2^34), with the kind in bits 60–61; 0 is the empty NIP. The birth date is a few shifts away, and
    // the bits below the kind still order like the 18 digits (year, month and day each fit their field).
    private readonly long _value;

    private const int DateShift = 34;
    private const long LowDigitsMask = (1L << DateShift) - 1;

    private Nip(long value, AsnKind kind) => _value = value | ((long)kind << KindShift);

    private Nip(long value) => _value = value;

    /// <summary>The stored form (without the kind) of a birth date and digits 9–18 as a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Pack(int year, int month, int day, long lowDigits) =>
        ((long)((year << 9) | (month << 5) | day) << DateShift) | lowDigits;

    /// <summary>The stored form (without the kind) of the 18 digits as a number.</summary>
    internal static long PackDigits(long digits)
    {
        var yyyymmdd = (int)(digits / DayUnit);
        return Pack(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100, digits % DayUnit);
    }

    // Digits 9–18 (TMT, sex, sequence) as a number.
    private long LowDigits => _value & LowDigitsMask;

    /// <summary>Whether this is the empty NIP, <c>default(Nip)</c>.</summary>
    public bool IsEmpty => _value == 0;

    /// <summary>Whether this is a PNS NIP or a NI PPPK; <c>0</c> for the empty NIP.</summary>
    public AsnKind Kind => (AsnKind)(_value >> KindShift);

    /// <summary>The birth date (digits 1–8, <c>yyyyMMdd</c>); <c>default(LocalDate)</c> for the empty NIP.</summary>
    public LocalDate BirthDate
    {
        get
        {
            if (_value == 0)
            {
                return default;
            }

            var date = (int)(_value >> DateShift);
            return new LocalDate((date >> 9) & 0x3FFF, (date >> 5) & 0xF, date & 0x1F);
        }
    }

    /// <summary>
    /// TMT CPNS (terhitung mulai tanggal, the month of first appointment as a candidate PNS; digits 9–14, <c>yyyyMM</c>;
    /// the appointment takes effect on the 1st of that month). <see langword="null"/> for a NI PPPK, whose digits 9–14
    /// are not decoded, and for the empty NIP.
    /// </summary>
    public YearMonth? AppointmentMonth => Kind == AsnKind.Pns
        ? new YearMonth((int)(LowDigits / AppointmentYearUnit), (int)(LowDigits / AppointmentMonthUnit % 100))
        : null;

    /// <summary>The sex (digit 15: 1 laki-laki, 2 perempuan); <c>0</c> for the empty NIP.</summary>
    public Sex Sex => (Sex)(int)(LowDigits / SexUnit % 10);

    /// <summary>The sequence number (digits 16–18): 1–999 for a PNS; for a NI PPPK the digits as they are (not checked).</summary>
    public int Sequence => (int)(LowDigits % 1000);

    /// <summary>The 18 digits as a number (0 for the empty NIP).</summary>
    internal long Digits
    {
        get
        {
            var date = (int)(_value >> DateShift);
            var yyyymmdd = ((date >> 9 & 0x3FFF) * 10_000L) + ((date >> 5 & 0xF) * 100) + (date & 0x1F);
            return (yyyymmdd * DayUnit) + LowDigits;
        }
    }

    /// <summary>The age in whole years on a reference date (29 February birthdays advance on 28 February in common years).</summary>
    /// <param name="referenceDate">The day the age is wanted for.</param>
    /// <exception cref="InvalidOperationException">The NIP is empty.</exception>
    public int GetAge(LocalDate referenceDate)
    {
        if (_value == 0)
        {
            throw new InvalidOperationException("The empty NIP has no birth date.");
        }

        var birth = BirthDate;
        var age = referenceDate.Year - birth.Year;
        return birth.PlusYears(age) > referenceDate ? age - 1 : age;
    }

    /// <summary>Builds a PNS NIP from its parts, checking each.</summary>
    /// <param name="birthDate">The birth date (year 1900 or later).</param>
    /// <param name="appointmentMonth">The TMT CPNS month, not before the birth date's month.</param>
    /// <param name="sex">The sex.</param>
    /// <param name="sequence">The sequence number, 1–999.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the appointment is before the birth.</exception>
    public static Nip Create(LocalDate birthDate, YearMonth appointmentMonth, Sex sex, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);
        if (appointmentMonth.Year is < 0 or > 9999 || appointmentMonth.OnDayOfMonth(1) < birthDate)
        {
            throw new ArgumentOutOfRangeException(nameof(appointmentMonth), appointmentMonth, "The TMT CPNS (the 1st of the month) must not be before the birth date.");
        }

        var middle = (appointmentMonth.Year * 100L) + appointmentMonth.Month;
        return FromParts(birthDate, middle, sex, sequence, AsnKind.Pns);
    }

    /// <summary>Builds a NI PPPK from its parts, checking what is known of the layout.</summary>
    /// <param name="birthDate">The birth date (year 1900 or later).</param>
    /// <param name="digits9To14">Digits 9–14 as a number, 0–999999 (not decoded; see the remarks on <see cref="Nip"/>).</param>
    /// <param name="sex">The sex.</param>
    /// <param name="sequence">Digits 16–18 as a number, 0–999.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public static Nip CreatePppk(LocalDate birthDate, int digits9To14, Sex sex, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits9To14);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits9To14, 999_999);
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);
        return FromParts(birthDate, digits9To14, sex, sequence, AsnKind.Pppk);
    }

    private static Nip FromParts(LocalDate birthDate, long middle, Sex sex, int sequence, AsnKind kind)
    {
        if (birthDate.Year is < MinimumBirthYear or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, "The birth year must be 1900 or later.");
        }

        if (sex is not (Sex.Male or Sex.Female))
        {
            throw new ArgumentOutOfRangeException(nameof(sex), sex, "The sex must be Male or Female.");
        }

        return new Nip(Pack(birthDate.Year, birthDate.Month, birthDate.Day, (middle * AppointmentMonthUnit) + ((int)sex * SexUnit) + sequence), kind);
    }

    /// <summary>Reads a NIP: a PNS NIP, or a NI PPPK when the text is labelled <c>NI PPPK</c>.</summary>
    /// <param name="s">The text: 18 digits, optionally grouped and labelled (<c>NIP. 19860926 201505 1 001</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="NipFormatException">The text is not well-formed; the exception carries the error code, the position and the masked text.</exception>
    public static Nip Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), CultureInfo.InvariantCulture);
    }

    /// <summary>Reads a number of a stated kind.</summary>
    /// <param name="s">The text.</param>
    /// <param name="kind">The kind: <see cref="AsnKind.Pns"/> or <see cref="AsnKind.Pppk"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="NipFormatException">The text is not a well-formed number of that kind.</exception>
    public static Nip Parse(string s, AsnKind kind)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s.AsSpan(), kind, out var nip, out var error) ? nip : throw new NipFormatException(error, s);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: a NIP does not depend on culture.</param>
    public static Nip Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads a NIP (PNS unless labelled <c>NI PPPK</c>).</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="NipFormatException">The text is not well-formed.</exception>
    public static Nip Parse(ReadOnlySpan<char> s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Reads a NIP (PNS unless labelled <c>NI PPPK</c>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: a NIP does not depend on culture.</param>
    /// <exception cref="NipFormatException">The text is not well-formed.</exception>
    public static Nip Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, null, out var nip, out var error) ? nip : throw new NipFormatException(error, s);

    /// <summary>Reads a NIP from UTF-8 text (PNS unless labelled <c>NI PPPK</c>).</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <exception cref="NipFormatException">The text is not well-formed.</exception>
    public static Nip Parse(ReadOnlySpan<byte> utf8Text) => Parse(utf8Text, CultureInfo.InvariantCulture);

    /// <summary>Reads a NIP from UTF-8 text (PNS unless labelled <c>NI PPPK</c>).</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored: a NIP does not depend on culture.</param>
    /// <exception cref="NipFormatException">The text is not well-formed.</exception>
    public static Nip Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) =>
        TryParse(utf8Text, null, out var nip, out var error) ? nip : throw new NipFormatException(error, System.Text.Encoding.UTF8.GetString(utf8Text));

    /// <summary>Tries to read a NIP (PNS unless labelled <c>NI PPPK</c>). Never throws; allocates nothing.</summary>
    /// <param name="s">The text; <see langword="null"/> fails as empty.</param>
    /// <param name="result">The NIP, or the empty NIP on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out Nip result) => TryParse(s.AsSpan(), null, out result, out _);

    /// <summary>Tries to read a NIP (PNS unless labelled <c>NI PPPK</c>). Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The NIP, or the empty NIP on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out Nip result)
    {
        result = new Nip(Parser.TryParseCanonical(s, AsnKind.Pns, out var value)
            ? value | ((long)AsnKind.Pns << KindShift)
            : ParseGeneralOrZero(s));
        return result._value != 0;
    }

    /// <summary>Tries to read a NIP and says why it failed (PNS unless labelled <c>NI PPPK</c>). Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The NIP, or the empty NIP on failure.</param>
    /// <param name="error">On failure, the error code and the position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out Nip result, out ParseError<NipError> error) => TryParse(s, null, out result, out error);

    /// <summary>Tries to read a number of a stated kind and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="kind">
    /// The kind to read: <see cref="AsnKind.Pns"/> (the full layout is checked; a <c>NI PPPK</c> label is an error),
    /// <see cref="AsnKind.Pppk"/> (only birth date and sex are checked), or <see langword="null"/> to follow the text's
    /// label (PNS when there is none).
    /// </param>
    /// <param name="result">The NIP, or the empty NIP on failure.</param>
    /// <param name="error">On failure, the error code and the position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<char> s, AsnKind? kind, out Nip result, out ParseError<NipError> error)
    {
        if (Parser.TryParse(s, kind, out var value, out var parsedKind, out var code, out var position))
        {
            result = new Nip(value, parsedKind);
            error = default;
            return true;
        }

        result = default;
        error = new ParseError<NipError>(code, position);
        return false;
    }

    /// <summary>Tries to read a NIP from UTF-8 text (PNS unless labelled <c>NI PPPK</c>). Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="result">The NIP, or the empty NIP on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out Nip result)
    {
        result = new Nip(Parser.TryParseCanonical(utf8Text, AsnKind.Pns, out var value)
            ? value | ((long)AsnKind.Pns << KindShift)
            : ParseGeneralOrZero(utf8Text));
        return result._value != 0;
    }

    // The general path for the TryParse overloads without a kind or an error (PNS unless labelled), kept out of line
    // so the fast path stays small. A valid number is never 0, so 0 can stand for failure and the value comes back in
    // a register.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long ParseGeneralOrZero<TChar>(ReadOnlySpan<TChar> s)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        return Parser.TryParseGeneral(s, null, out var value, out var kind, out _, out _) ? new Nip(value, kind)._value : 0;
    }

    /// <summary>Tries to read a number of a stated kind from UTF-8 text and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="kind">The kind, or <see langword="null"/> to follow the text's label (see <see cref="TryParse(ReadOnlySpan{char}, AsnKind?, out Nip, out ParseError{NipError})"/>).</param>
    /// <param name="result">The NIP, or the empty NIP on failure.</param>
    /// <param name="error">On failure, the error code and the byte position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, AsnKind? kind, out Nip result, out ParseError<NipError> error)
    {
        if (Parser.TryParse(utf8Text, kind, out var value, out var parsedKind, out var code, out var position))
        {
            result = new Nip(value, parsedKind);
            error = default;
            return true;
        }

        result = default;
        error = new ParseError<NipError>(code, position);
        return false;
    }

    /// <inheritdoc cref="TryParse(string?, out Nip)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: a NIP does not depend on culture.</param>
    /// <param name="result">The NIP, or the empty NIP on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Nip result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Nip)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: a NIP does not depend on culture.</param>
    /// <param name="result">The NIP, or the empty NIP on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Nip result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{byte}, out Nip)"/>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored: a NIP does not depend on culture.</param>
    /// <param name="result">The NIP, or the empty NIP on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out Nip result) => TryParse(utf8Text, out result);

    /// <summary>The masked form: <c>1986************01</c>, or <c>NI PPPK 1990************14</c>; empty for the empty NIP.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>The full form: <c>198609262015051001</c>, or <c>NI PPPK 199009132025242014</c>. Use it only where the full number is needed.</summary>
    public string ToFullString() => ToString("F", null);

    /// <summary>
    /// Formats the number. <c>M</c> (also <c>G</c>, null or empty) gives the masked form (<c>1986************01</c>,
    /// <c>NI PPPK 1990************14</c>); <c>F</c> the full form with the PPPK label; <c>D</c> the 18 digits alone.
    /// </summary>
    /// <param name="format"><c>M</c>/<c>G</c> (masked), <c>F</c> (full) or <c>D</c> (digits).</param>
    /// <param name="formatProvider">Ignored: a NIP does not depend on culture.</param>
    /// <exception cref="FormatException">The format is not one of these.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        if (!TryFormat(buffer, out var written, format, formatProvider))
        {
            throw new FormatException($"The format '{format}' is not supported for a NIP; use \"M\" (masked, the default), \"F\" (full) or \"D\" (digits).");
        }

        return new string(buffer[..written]);
    }

    /// <summary>Writes the number into a span of characters, masked unless the format is <c>F</c> or <c>D</c>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format"><c>M</c>/<c>G</c>/empty (masked), <c>F</c> (full) or <c>D</c> (digits).</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(destination, out charsWritten, format);

    /// <summary>Writes the number as UTF-8, masked unless the format is <c>F</c> or <c>D</c>.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format"><c>M</c>/<c>G</c>/empty (masked), <c>F</c> (full) or <c>D</c> (digits).</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(utf8Destination, out bytesWritten, format);

    /// <summary>Whether the digit at a zero-based index is shown in the masked form: indexes 0–3 and 16–17.</summary>
    /// <param name="index">The index of the digit, 0–17.</param>
    public static bool IsVisibleWhenMasked(int index) => index is (>= 0 and < 4) or (>= Length - 2 and < Length);

    private bool FormatCore<TChar>(Span<TChar> destination, out int written, ReadOnlySpan<char> format)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        written = 0;
        bool masked, label;
        if (format.IsEmpty || (format.Length == 1 && format[0] is 'M' or 'm' or 'G' or 'g'))
        {
            masked = true;
            label = true;
        }
        else if (format.Length == 1 && format[0] is 'F' or 'f')
        {
            masked = false;
            label = true;
        }
        else if (format.Length == 1 && format[0] is 'D' or 'd')
        {
            masked = false;
            label = false;
        }
        else
        {
            return false;
        }

        if (_value == 0)
        {
            return true;
        }

        var offset = label && Kind == AsnKind.Pppk ? PppkLabel.Length : 0;
        if (destination.Length < offset + Length)
        {
            return false;
        }

        for (var i = 0; i < offset; i++)
        {
            destination[i] = TChar.CreateTruncating(PppkLabel[i]);
        }

        var value = Digits;
        for (var i = Length - 1; i >= 0; i--)
        {
            var digit = (int)(value % 10);
            value /= 10;
            destination[offset + i] = TChar.CreateTruncating(masked && !IsVisibleWhenMasked(i) ? '*' : '0' + digit);
        }

        written = offset + Length;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Nip other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Nip other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Orders by the digits (so by birth date first), then PNS before PPPK; the empty NIP first.</summary>
    /// <param name="other">The other NIP.</param>
    public int CompareTo(Nip other)
    {
        // The stored form orders like the digits.
        var byDigits = (_value & DigitsMask).CompareTo(other._value & DigitsMask);
        return byDigits != 0 ? byDigits : Kind.CompareTo(other.Kind);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Nip other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Nip.", nameof(obj)),
    };

    /// <summary>Whether two numbers are equal (same digits and kind).</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    public static bool operator ==(Nip left, Nip right) => left._value == right._value;

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    public static bool operator !=(Nip left, Nip right) => left._value != right._value;

    /// <summary>Order, see <see cref="CompareTo(Nip)"/>.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    public static bool operator <(Nip left, Nip right) => left.CompareTo(right) < 0;

    /// <summary>Order, see <see cref="CompareTo(Nip)"/>.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    public static bool operator >(Nip left, Nip right) => left.CompareTo(right) > 0;

    /// <summary>Order, see <see cref="CompareTo(Nip)"/>.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    public static bool operator <=(Nip left, Nip right) => left.CompareTo(right) <= 0;

    /// <summary>Order, see <see cref="CompareTo(Nip)"/>.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    public static bool operator >=(Nip left, Nip right) => left.CompareTo(right) >= 0;

    internal static class Parser
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryParse<TChar>(ReadOnlySpan<TChar> s, AsnKind? requested, out long value, out AsnKind kind, out NipError error, out int position)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            kind = requested is AsnKind.Pppk ? AsnKind.Pppk : AsnKind.Pns;
            if (TryParseCanonical(s, kind, out value))
            {
                error = NipError.None;
                position = -1;
                return true;
            }

            return TryParseGeneral(s, requested, out value, out kind, out error, out position);
        }

        // The fast path: exactly 18 digits, no label, valid as they stand for the kind; the value is the stored form
        // without the kind. Anything else goes through the general path, which accepts the same texts and also says
        // what is wrong.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static bool TryParseCanonical<TChar>(ReadOnlySpan<TChar> s, AsnKind kind, out long value)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            value = 0;
            if (s.Length != Length || !PersonalNumberText.TryReadDigitPairs(s, out var pairs))
            {
                return false;
            }

            var d16 = (uint)(int.CreateTruncating(s[16]) - '0');
            var d17 = (uint)(int.CreateTruncating(s[17]) - '0');
            if (d16 > 9 || d17 > 9)
            {
                return false;
            }

            var lastTwo = (int)((d16 * 10) + d17);
            if (!ArePartsValid(pairs, lastTwo, kind))
            {
                return false;
            }

            value = ToStoredForm(pairs, lastTwo);
            return true;
        }

        // Pair k of the first 16 digits in byte k (the first pair lowest), as TryReadDigitPairs gives them.
        private const ulong HighBits = 0x8080_8080_8080_8080;

        // The smallest value of each pair: birth century 19, birth month and day 1, TMT month 1, sex and first
        // sequence digit 10 (sex 1); the rest 0. A NI PPPK's TMT month is not decoded: its bound is 0.
        private const ulong PnsLowerBounds = 0x0A_01_00_00_01_01_00_13;
        private const ulong PppkLowerBounds = 0x0A_00_00_00_01_01_00_13;

        // The largest value of each pair: birth month 12, day 31, TMT month 12 (99 for a NI PPPK), sex and first
        // sequence digit 29 (sex 2); the rest 99.
        private const ulong PnsUpperBounds = 0x1D_0C_63_63_1F_0C_63_63;
        private const ulong PppkUpperBounds = 0x1D_63_63_63_1F_0C_63_63;

        /// <summary>
        /// Whether the eight pairs of <see cref="PersonalNumberText.TryReadDigitPairs"/> and the last two digits
        /// (<paramref name="lastTwo"/>, 0–99) make a valid number of the kind: the same answer as
        /// <see cref="CheckParts"/> gives, with the bounds of all pairs checked at once.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static bool ArePartsValid(ulong pairs, int lastTwo, AsnKind kind)
        {
            // Every pair is at most 99, below 0x80. Setting the top bit of each byte and subtracting the lower bound
            // leaves the top bit set exactly when the pair is at least its bound (and never borrows from the next
            // byte); subtracting the pair from the upper bound with its top bit set does the same for "at most".
            var pns = kind == AsnKind.Pns;
            var lower = pns ? PnsLowerBounds : PppkLowerBounds;
            var upper = pns ? PnsUpperBounds : PppkUpperBounds;
            if ((((pairs | HighBits) - lower) & ((upper | HighBits) - pairs) & HighBits) != HighBits)
            {
                return false;
            }

            if (pns)
            {
                // With the pairs byte-reversed, yyyy MM dd and the TMT's yyyy MM 01 compare as numbers like the dates.
                var ordered = BinaryPrimitives.ReverseEndianness(pairs);
                if ((((uint)ordered & 0xFFFF_FF00) | 1) < (uint)(ordered >> 32))
                {
                    return false;
                }

                // Sequence 000: the last two digits 00 and the digit after the sex 0.
                if (lastTwo == 0 && PersonalNumberText.Pair(pairs, 7) % 10 == 0)
                {
                    return false;
                }
            }

            var day = PersonalNumberText.Pair(pairs, 3);
            return day <= 28 || DayFitsMonth(pairs, day);
        }

        // Days 29–31 against the length of the month; kept out of line, as most days never get here.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool DayFitsMonth(ulong pairs, int day) =>
            day <= PersonalNumberText.DaysInMonth(
                (PersonalNumberText.Pair(pairs, 0) * 100) + PersonalNumberText.Pair(pairs, 1),
                PersonalNumberText.Pair(pairs, 2));

        /// <summary>
        /// The stored form (without the kind) from the eight pairs of the first 16 digits and the last two
        /// (<paramref name="lastTwo"/>, 0–99): the same as <see cref="PackDigits"/> of the 18 digits as a number.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static long ToStoredForm(ulong pairs, int lastTwo)
        {
            // Pairs 4–7 (digits 9–16) lane by lane, earlier digits in the lower part of each lane: into two 16-bit
            // lanes of four digits, then one number of eight; no lane overflows (9999).
            var upper = (uint)(pairs >> 32);
            var fours = ((upper & 0x00FF_00FF) * 100) + ((upper >> 8) & 0x00FF_00FF);
            var eight = ((fours & 0xFFFF) * 10_000) + (fours >> 16);
            var year = (PersonalNumberText.Pair(pairs, 0) * 100) + PersonalNumberText.Pair(pairs, 1);
            return Pack(year, PersonalNumberText.Pair(pairs, 2), PersonalNumberText.Pair(pairs, 3), ((long)eight * 100) + lastTwo);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static bool TryParseGeneral<TChar>(ReadOnlySpan<TChar> s, AsnKind? requested, out long value, out AsnKind kind, out NipError error, out int position)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            value = 0;
            kind = 0;
            PersonalNumberText.Trim(s, out var start, out var end);
            if (start == end)
            {
                error = NipError.Empty;
                position = start;
                return false;
            }

            var first = start;
            if (PersonalNumberText.StartsWithLetter(s, start))
            {
                first = SkipLabel(s, start, end, out var labelKind);
                if (labelKind == AsnKind.Pppk && requested == AsnKind.Pns)
                {
                    error = NipError.KindMismatch;
                    position = start;
                    return false;
                }

                kind = labelKind;
            }

            if (requested is AsnKind.Pns or AsnKind.Pppk)
            {
                kind = requested.Value;
            }
            else if (kind == 0)
            {
                kind = AsnKind.Pns;
            }

            var status = PersonalNumberText.Scan(s, first, end, Length, out var number, out position);
            if (status != DigitScanStatus.Ok)
            {
                error = status switch
                {
                    DigitScanStatus.InvalidCharacter => NipError.InvalidCharacter,
                    DigitScanStatus.MisplacedSeparator => NipError.MisplacedSeparator,
                    DigitScanStatus.TooShort => NipError.TooShort,
                    _ => NipError.TooLong,
                };
                kind = 0;
                return false;
            }

            // YYYYMM S of the TMT and sex in one int (7 digits).
            var low = (int)(number % DayUnit / SexUnit);
            error = CheckParts(
                (int)(number / YearUnit),
                (int)(number / MonthUnit % 100),
                (int)(number / DayUnit % 100),
                low / 1_000,
                low / 10 % 100,
                low % 10,
                (int)(number % 1000),
                kind,
                out var digit);
            if (error != NipError.None)
            {
                position = PersonalNumberText.PositionOfDigit(s, first, digit);
                kind = 0;
                return false;
            }

            value = PackDigits(number);
            position = -1;
            return true;
        }

        /// <summary>
        /// Skips a leading label — <c>NIP</c> or <c>NI PPPK</c> (any case), then white space, an optional <c>.</c> or
        /// <c>:</c>, and white space — and says which kind it names (<c>0</c> for <c>NIP</c>, which both kinds use).
        /// Returns <paramref name="start"/> when the text does not start with a label.
        /// </summary>
        internal static int SkipLabel<TChar>(ReadOnlySpan<TChar> s, int start, int end, out AsnKind kind)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            kind = 0;
            if (end - start < 3 || Upper(s[start]) != 'N' || Upper(s[start + 1]) != 'I')
            {
                return start;
            }

            var i = start + 2;
            if (Upper(s[i]) == 'P')
            {
                i++;
            }
            else
            {
                var j = i;
                while (j < end && PersonalNumberText.IsWhiteSpace(int.CreateTruncating(s[j])))
                {
                    j++;
                }

                if (j == i || end - j < 4 || Upper(s[j]) != 'P' || Upper(s[j + 1]) != 'P' || Upper(s[j + 2]) != 'P' || Upper(s[j + 3]) != 'K')
                {
                    return start;
                }

                i = j + 4;
                kind = AsnKind.Pppk;
            }

            while (i < end && PersonalNumberText.IsWhiteSpace(int.CreateTruncating(s[i])))
            {
                i++;
            }

            if (i < end && int.CreateTruncating(s[i]) is '.' or ':')
            {
                i++;
            }

            while (i < end && PersonalNumberText.IsWhiteSpace(int.CreateTruncating(s[i])))
            {
                i++;
            }

            return i;
        }

        private static int Upper<TChar>(TChar c)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            var value = int.CreateTruncating(c);
            return value is >= 'a' and <= 'z' ? value - 32 : value;
        }

        /// <summary>Checks the parts of a NIP; on failure <paramref name="digit"/> is the zero-based index of the first digit of the bad part.</summary>
        internal static NipError CheckParts(int year, int month, int day, int appointmentYear, int appointmentMonth, int sex, int sequence, AsnKind kind, out int digit)
        {
            if (year < MinimumBirthYear)
            {
                digit = 0;
                return NipError.InvalidBirthYear;
            }

            if ((uint)(month - 1) > 11)
            {
                digit = 4;
                return NipError.InvalidBirthMonth;
            }

            if (day < 1 || (day > 28 && day > PersonalNumberText.DaysInMonth(year, month)))
            {
                digit = 6;
                return NipError.InvalidBirthDay;
            }

            if (kind == AsnKind.Pns)
            {
                if ((uint)(appointmentMonth - 1) > 11)
                {
                    digit = 12;
                    return NipError.InvalidAppointmentMonth;
                }

                // The TMT is the 1st of its month; it must not be before the birth date.
                if (appointmentYear < year || (appointmentYear == year && (appointmentMonth < month || (appointmentMonth == month && day > 1))))
                {
                    digit = 8;
                    return NipError.AppointmentBeforeBirth;
                }
            }

            if (sex is not (1 or 2))
            {
                digit = 14;
                return NipError.InvalidSex;
            }

            if (kind == AsnKind.Pns && sequence == 0)
            {
                digit = 15;
                return NipError.InvalidSequence;
            }

            digit = -1;
            return NipError.None;
        }
    }
}
