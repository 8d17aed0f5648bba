using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.People;

/// <summary>
/// Nomor Induk Kependudukan (NIK, Indonesian population identity number): 16 digits, issued once and kept for life.
/// </summary>
/// <remarks>
/// <para><b>Layout</b> (PP 40/2019 Pasal 31 ayat (1), the same as PP 37/2007 Pasal 37 before it):</para>
/// <list type="table">
/// <item><term>digits 1–6</term><description>the kode wilayah of the province, kabupaten/kota and kecamatan where the
/// person lived when the NIK was first issued (<see cref="RegistrationRegion"/>). A NIK "does not follow a change of
/// domicile" (Pasal 30 ayat (2)): it is not the current address, and a baby born away from home gets the code of the
/// parents' domicile (Pasal 31 ayat (5)). Never require it to match where someone lives or votes now.</description></item>
/// <item><term>digits 7–12</term><description>the birth date as DDMMYY; for women the day is increased by 40
/// (<c>66</c> = the 26th). The year has two digits: see <see cref="TryGetBirthDate"/> for how the century is chosen.</description></item>
/// <item><term>digits 13–16</term><description>the sequence number given by SIAK, 0001–9999.</description></item>
/// </list>
/// <para>
/// A WNI registered by a Perwakilan Republik Indonesia abroad gets a NIK whose first six digits are <c>99</c>, a
/// three-digit country code and a one-digit Perwakilan code (Pasal 32 ayat (3) huruf a): <see cref="Kind"/> is then
/// <see cref="NikKind.Abroad"/>, <see cref="RegistrationRegion"/> is <see langword="null"/> and the codes are in
/// <see cref="CountryCode"/> and <see cref="PerwakilanCode"/>. The regulation does not publish the country code list,
/// so the codes are not decoded into names.
/// </para>
/// <para>
/// A valid NIK proves neither citizenship nor the right to vote: a domestic NIK is issued to every <i>Penduduk</i>,
/// and Penduduk includes foreigners living in Indonesia (UU 24/2013 Pasal 1 angka 2). Pasal 134 ayat (2) UU Pilkada
/// requires a reporter to be a WNI with the right to vote in that election; a NIK alone cannot show that.
/// </para>
/// <para>
/// <b>Reading.</b> <see cref="Parse(string)"/> takes the 16 digits, optionally grouped with one separator (a space,
/// <c>.</c> or <c>-</c>) between two digits — <c>5272016609860003</c>, <c>527201 660986 0003</c>,
/// <c>52.72.01.660986.0003</c> — with white space around. It checks the shape: the region part well-formed, a real
/// day and month (29 February only when the two-digit year is divisible by 4), the sequence not 0000. Whether the
/// region is in the catalogue and whether the birth date lies before a given day are separate questions
/// (<see cref="LookupRegistrationRegion"/>, <see cref="TryGetBirthDate"/>).
/// </para>
/// <para>
/// <b>Privacy by default.</b> <see cref="ToString()"/> masks the number: <c>5272**********03</c> shows the first four
/// digits (the province and kabupaten/kota of registration) and the last two (the end of the sequence number); the
/// ten digits in between — kecamatan, birth date and sex, the first half of the sequence — are <c>*</c>. The full
/// number comes only on request: the <c>F</c> format or <see cref="ToFullString"/>. Error messages mask the text the
/// same way. JSON carries the full number, because it is data; redact when exporting.
/// </para>
/// <para>
/// <c>default(Nik)</c> is the empty NIK: <see cref="IsEmpty"/> is <see langword="true"/>, it formats as an empty
/// string, has no region or birth date, its <see cref="Kind"/> and <see cref="Sex"/> are <c>0</c>, and it sorts first.
/// </para>
/// </remarks>
[JsonConverter(typeof(NikJsonConverter))]
public readonly struct Nik :
    IEquatable<Nik>,
    IComparable<Nik>,
    IComparable,
    ISpanParsable<Nik>,
    IUtf8SpanParsable<Nik>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    IEqualityOperators<Nik, Nik, bool>,
    IComparisonOperators<Nik, Nik, bool>
{
    /// <summary>The number of digits of a NIK, and the length of its full and masked forms.</summary>
    public const int Length = 16;

    /// <summary>
    /// Dasar hukum (legal basis) of the layout: PP 40/2019 Pasal 31 ayat (1), and Pasal 32 ayat (3) for NIKs issued
    /// abroad. PP 37/2007 Pasal 37 had the same wording before it, so older NIKs follow the same layout.
    /// </summary>
    public static LegalReference LegalBasis { get; } = new(
        "PP 40/2019",
        "Pasal 31 ayat (1); Pasal 32 ayat (3) for NIKs issued abroad",
        "Same wording as PP 37/2007 Pasal 37; sequence from 0001 per Dukcapil offices.");

    /// <summary>The province part that marks a NIK issued abroad (PP 40/2019 Pasal 32 ayat (3) huruf a).</summary>
    public const int AbroadPrefix = 99;


    // The 16 digits as a number; 0 is the empty NIK (a valid NIK starts with 11–99).
    // The sixteen digits as eight two-digit pairs, one per byte, the first pair in the highest byte: comparing the
    // numbers compares the digits left to right, and every part is a shift instead of a 64-bit division.
    private readonly ulong _value;

    private Nik(ulong value) => _value = value;

    private int Part(int index) => (int)((_value >> (8 * (7 - index))) & 0xFF);

    private static ulong Pack(int p0, int p1, int p2, int p3, int p4, int p5, int p6, int p7) =>
        ((ulong)(uint)p0 << 56) | ((ulong)(uint)p1 << 48) | ((ulong)(uint)p2 << 40) | ((ulong)(uint)p3 << 32) |
        ((ulong)(uint)p4 << 24) | ((ulong)(uint)p5 << 16) | ((ulong)(uint)p6 << 8) | (uint)p7;

    /// <summary>Whether this is the empty NIK, <c>default(Nik)</c>.</summary>
    public bool IsEmpty => _value == 0;

    /// <summary>Whether the NIK was issued at home (<see cref="NikKind.Domestic"/>) or abroad (<see cref="NikKind.Abroad"/>).</summary>
    public NikKind Kind => _value == 0 ? 0 : ProvincePart == AbroadPrefix ? NikKind.Abroad : NikKind.Domestic;

    /// <summary>
    /// Kode wilayah tempat pendaftaran pertama (region of first registration): the kecamatan-level code of digits
    /// 1–6, e.g. <c>52.72.01</c>; <see langword="null"/> for a NIK issued abroad and for the empty NIK. It is where the
    /// person lived when the NIK was issued, not where they live now (PP 40/2019 Pasal 30 ayat (2), 31 ayat (1)
    /// huruf a). The code may predate a pemekaran and be missing from today's catalogue: see
    /// <see cref="LookupRegistrationRegion"/>.
    /// </summary>
    public RegionCode? RegistrationRegion => Kind == NikKind.Domestic
        ? RegionCode.FromParts(ProvincePart, Part(1), Part(2))
        : null;

    /// <summary>For a NIK issued abroad, the three-digit country code (digits 3–5); otherwise <see langword="null"/>.</summary>
    public int? CountryCode => Kind == NikKind.Abroad ? (Part(1) * 10) + (Part(2) / 10) : null;

    /// <summary>For a NIK issued abroad, the one-digit code of the Perwakilan Republik Indonesia (digit 6); otherwise <see langword="null"/>.</summary>
    public int? PerwakilanCode => Kind == NikKind.Abroad ? Part(2) % 10 : null;

    /// <summary>The day of birth, 1–31, with the 40 added for women taken off; 0 for the empty NIK.</summary>
    public int BirthDay
    {
        get
        {
            var day = Part(3);
            return day > 40 ? day - 40 : day;
        }
    }

    /// <summary>The month of birth, 1–12; 0 for the empty NIK.</summary>
    public int BirthMonth => Part(4);

    /// <summary>The two-digit year of birth as written (digits 11–12), 0–99. The century is not in the NIK: see <see cref="TryGetBirthDate"/>.</summary>
    public int BirthYearOfCentury => Part(5);

    /// <summary>
    /// The sex the NIK records: <see cref="Sex.Female"/> when the day (digits 7–8) is 41–71, <see cref="Sex.Male"/>
    /// when it is 01–31 (PP 40/2019 Pasal 31 ayat (1) huruf b); <c>0</c> for the empty NIK.
    /// </summary>
    public Sex Sex => _value == 0 ? 0 : Part(3) > 40 ? Sex.Female : Sex.Male;

    /// <summary>The sequence number (digits 13–16), 1–9999; 0 for the empty NIK.</summary>
    public int Sequence => (Part(6) * 100) + Part(7);

    private int ProvincePart => Part(0);

    /// <summary>
    /// Finds the birth date, choosing the century of the two-digit year against a reference date: the birth date is
    /// the one date with the NIK's day, month and two-digit year that falls in the hundred years up to and including
    /// the reference date (after the same day a hundred years earlier). In other words, the latest such date that is
    /// not after the reference date. On 27 November 2024, <c>…271124…</c> is 27 November 2024 and <c>…281124…</c> is
    /// 28 November 1924.
    /// </summary>
    /// <remarks>
    /// The rule reads a person aged 100 or more as a child; such NIKs cannot be told apart by their digits alone
    /// (LEGAL-VERIFICATION §6, row 5). For 29 February of a year ending in <c>00</c> the date may not exist in the
    /// window (1900 was not a leap year): the method then returns <see langword="false"/>. Allocates nothing.
    /// </remarks>
    /// <param name="referenceDate">The day the NIK is judged on, e.g. the day of a report or of the vote (pass it, or take it from an <see cref="IClock"/>).</param>
    /// <param name="birthDate">The birth date, when there is one.</param>
    /// <returns><see langword="false"/> for the empty NIK, or when no real date in the window matches.</returns>
    public bool TryGetBirthDate(LocalDate referenceDate, out LocalDate birthDate)
    {
        birthDate = default;
        var day = Part(3);
        day -= day > 40 ? 40 : 0;
        var month = Part(4);
        var yearOfCentury = Part(5);
        var refYear = referenceDate.Year;

        // Year of century, month and day packed as yy·512 + mm·32 + dd compare like the dates they stand for. The
        // birth year is the reference year's century plus yy, a century earlier when that date would be later than
        // the reference date (which needs no modulo of a difference: one unsigned remainder by a constant).
        var refYearOfCentury = (int)((uint)refYear % 100);
        var key = (yearOfCentury << 9) | (month << 5) | day;
        var refKey = (refYearOfCentury << 9) | (referenceDate.Month << 5) | referenceDate.Day;
        var year = refYear - refYearOfCentury + yearOfCentury - (key > refKey ? 100 : 0);

        // No year before 1 (nor any for a reference year before 1, whose remainder above is meaningless), and not
        // the empty NIK. Parsing already checked the day against the month, allowing 29 February whenever the
        // two-digit year is divisible by 4; only a century year that is not a leap year (1900, 2100) is left to reject.
        if ((_value == 0) | (refYear < 1) | (year < 1) ||
            (((month << 5) | day) == ((2 << 5) | 29) && !PersonalNumberText.IsLeapYear(year)))
        {
            return false;
        }

        birthDate = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>The birth date against a reference date (see <see cref="TryGetBirthDate"/>).</summary>
    /// <param name="referenceDate">The day the NIK is judged on.</param>
    /// <exception cref="InvalidOperationException">The NIK is empty, or no real date matches (29 February of a year ending in 00).</exception>
    public LocalDate GetBirthDate(LocalDate referenceDate) =>
        TryGetBirthDate(referenceDate, out var date)
            ? date
            : throw new InvalidOperationException(PilkadaMessages.Format(
                IsEmpty ? "Nik.EmptyHasNoBirthDate" : "Nik.NoBirthDateOn",
                PilkadaLanguage.English,
                new MessageArgument("value", ToString()),
                new MessageArgument("reference", referenceDate)));

    /// <summary>The birth date against today's date in a time zone, read from a clock (see <see cref="TryGetBirthDate"/>).</summary>
    /// <param name="clock">The clock; pass <c>SystemClock.Instance</c> in an application, a fake clock in tests.</param>
    /// <param name="zone">The zone that decides what "today" is, e.g. <c>Asia/Jakarta</c>.</param>
    /// <exception cref="InvalidOperationException">The NIK is empty, or no real date matches.</exception>
    public LocalDate GetBirthDate(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        return GetBirthDate(clock.GetCurrentInstant().InZone(zone).Date);
    }

    /// <summary>
    /// The age in whole years on a reference date, from the birth date found by <see cref="TryGetBirthDate"/>.
    /// Someone born on 29 February gets a year older on 28 February in common years (NodaTime's calendar arithmetic).
    /// </summary>
    /// <param name="referenceDate">The day the age is wanted for.</param>
    /// <param name="age">The age in completed years.</param>
    /// <returns><see langword="false"/> when there is no birth date (see <see cref="TryGetBirthDate"/>).</returns>
    public bool TryGetAge(LocalDate referenceDate, out int age)
    {
        if (!TryGetBirthDate(referenceDate, out var birth))
        {
            age = 0;
            return false;
        }

        age = referenceDate.Year - birth.Year;
        if (birth.PlusYears(age) > referenceDate)
        {
            age--;
        }

        return true;
    }

    /// <summary>
    /// Whether a date of birth recorded elsewhere (a KTP-el, a form, a civil-service record) has the NIK's day,
    /// month and two-digit year. The NIK date can differ from the real date of birth, and Dukcapil does not change a
    /// NIK to match it (LEGAL-VERIFICATION §6, row 6): treat a mismatch as something to flag, not as an invalid NIK.
    /// </summary>
    /// <param name="dateOfBirth">The date of birth recorded elsewhere.</param>
    public bool MatchesBirthDate(LocalDate dateOfBirth) =>
        _value != 0 && dateOfBirth.Day == BirthDay && dateOfBirth.Month == BirthMonth && ((dateOfBirth.Year % 100) + 100) % 100 == BirthYearOfCentury;

    /// <summary>
    /// Looks the region of first registration up in a catalogue. A code missing from today's list is not an error:
    /// a NIK keeps the code it was issued with (PP 40/2019 Pasal 30 ayat (2)), so codes retired by a pemekaran — for
    /// instance Papua Barat kecamatan that moved to Papua Barat Daya — come back as <see cref="RegionLookupStatus.Retired"/>
    /// with their old name, and older codes the catalogue never knew as <see cref="RegionLookupStatus.NotInCatalog"/>.
    /// </summary>
    /// <param name="catalog">The catalogue; <see langword="null"/> means <see cref="RegionCatalog.Default"/>.</param>
    /// <returns>The lookup, or <see langword="null"/> for a NIK issued abroad and for the empty NIK.</returns>
    public RegionLookup? LookupRegistrationRegion(RegionCatalog? catalog = null)
    {
        if (RegistrationRegion is not { } code)
        {
            return null;
        }

        catalog ??= RegionCatalog.Default;
        if (catalog.TryGet(code, out var region))
        {
            return new RegionLookup(RegionLookupStatus.Found, code, region, null, default);
        }

        var retired = catalog.FindRetired(code);
        return new RegionLookup(retired is null ? RegionLookupStatus.NotInCatalog : RegionLookupStatus.Retired, code, null, retired, default);
    }

    /// <summary>Builds a domestic NIK from its parts, checking each.</summary>
    /// <param name="region">The kecamatan of first registration (a kecamatan-level code).</param>
    /// <param name="birthDate">The birth date; only the day, month and last two digits of the year are kept.</param>
    /// <param name="sex">The sex (adds 40 to the day for <see cref="Sex.Female"/>).</param>
    /// <param name="sequence">The sequence number, 1–9999.</param>
    /// <exception cref="ArgumentException">The region is not a kecamatan code, or its province is 99 (reserved for NIKs issued abroad).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sex or the sequence number is out of range.</exception>
    public static Nik Create(RegionCode region, LocalDate birthDate, Sex sex, int sequence)
    {
        if (region.Level != RegionLevel.Kecamatan || region.ProvinceNumber == AbroadPrefix)
        {
            throw new ArgumentException($"A NIK starts with a kecamatan code of a province other than 99; '{region}' is not one.", nameof(region));
        }

        var prefix = (region.ProvinceNumber * 10_000L) + (region.KabupatenKotaNumber * 100L) + region.KecamatanNumber;
        return FromPrefix(prefix, birthDate, sex, sequence);
    }

    /// <summary>Builds a NIK issued abroad (PP 40/2019 Pasal 32 ayat (3)) from its parts, checking each.</summary>
    /// <param name="countryCode">The three-digit country code, 0–999.</param>
    /// <param name="perwakilanCode">The one-digit Perwakilan code, 0–9.</param>
    /// <param name="birthDate">The birth date; only the day, month and last two digits of the year are kept.</param>
    /// <param name="sex">The sex (adds 40 to the day for <see cref="Sex.Female"/>).</param>
    /// <param name="sequence">The sequence number, 1–9999.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public static Nik CreateAbroad(int countryCode, int perwakilanCode, LocalDate birthDate, Sex sex, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(countryCode);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(countryCode, 999);
        ArgumentOutOfRangeException.ThrowIfNegative(perwakilanCode);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(perwakilanCode, 9);
        return FromPrefix((AbroadPrefix * 10_000L) + (countryCode * 10L) + perwakilanCode, birthDate, sex, sequence);
    }

    private static Nik FromPrefix(long prefix, LocalDate birthDate, Sex sex, int sequence)
    {
        if (sex is not (Sex.Male or Sex.Female))
        {
            throw new ArgumentOutOfRangeException(nameof(sex), sex, "The sex must be Male or Female.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 9999);
        var day = birthDate.Day + (sex == Sex.Female ? 40 : 0);
        var year = ((birthDate.Year % 100) + 100) % 100;
        return new Nik(Pack((int)(prefix / 10_000), (int)(prefix / 100 % 100), (int)(prefix % 100), day, birthDate.Month, year, sequence / 100, sequence % 100));
    }

    /// <summary>Reads a NIK.</summary>
    /// <param name="s">The text: 16 digits, optionally grouped with spaces, dots or hyphens.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="NikFormatException">The text is not a well-formed NIK; the exception carries the error code, the position and the masked text.</exception>
    public static Nik Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: a NIK does not depend on culture.</param>
    public static Nik Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads a NIK.</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="NikFormatException">The text is not a well-formed NIK.</exception>
    public static Nik Parse(ReadOnlySpan<char> s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Reads a NIK.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: a NIK does not depend on culture.</param>
    /// <exception cref="NikFormatException">The text is not a well-formed NIK.</exception>
    public static Nik Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, out var nik, out var error) ? nik : throw new NikFormatException(error, s);

    /// <summary>Reads a NIK from UTF-8 text.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <exception cref="NikFormatException">The text is not a well-formed NIK.</exception>
    public static Nik Parse(ReadOnlySpan<byte> utf8Text) => Parse(utf8Text, CultureInfo.InvariantCulture);

    /// <summary>Reads a NIK from UTF-8 text.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored: a NIK does not depend on culture.</param>
    /// <exception cref="NikFormatException">The text is not a well-formed NIK.</exception>
    public static Nik Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) =>
        TryParse(utf8Text, out var nik, out var error) ? nik : throw new NikFormatException(error, System.Text.Encoding.UTF8.GetString(utf8Text));

    /// <summary>Tries to read a NIK. Never throws; allocates nothing.</summary>
    /// <param name="s">The text; <see langword="null"/> fails as empty.</param>
    /// <param name="result">The NIK, or the empty NIK on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out Nik result) => TryParse(s.AsSpan(), out result, out _);

    /// <summary>Tries to read a NIK. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The NIK, or the empty NIK on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out Nik result)
    {
        if (!Parser.TryParseCanonical(s, out var value))
        {
            value = ParseGeneralOrZero(s);
        }

        result = new Nik(value);
        return value != 0;
    }

    /// <summary>Tries to read a NIK and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The NIK, or the empty NIK on failure.</param>
    /// <param name="error">On failure, the error code and the position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out Nik result, out ParseError<NikError> error)
    {
        if (Parser.TryParse(s, out var value, out var code, out var position))
        {
            result = new Nik(value);
            error = default;
            return true;
        }

        result = default;
        error = new ParseError<NikError>(code, position);
        return false;
    }

    /// <summary>Tries to read a NIK from UTF-8 text. Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="result">The NIK, or the empty NIK on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out Nik result)
    {
        if (!Parser.TryParseCanonical(utf8Text, out var value))
        {
            value = ParseGeneralOrZero(utf8Text);
        }

        result = new Nik(value);
        return value != 0;
    }

    // The general path for the TryParse overloads without an error, kept out of line so the fast path stays small. A
    // valid NIK is never 0, so 0 can stand for failure and the value comes back in a register.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong ParseGeneralOrZero<TChar>(ReadOnlySpan<TChar> s)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        Parser.TryParseGeneral(s, out var value, out _, out _);
        return value;
    }

    /// <summary>Tries to read a NIK from UTF-8 text and says why it failed. Never throws; allocates nothing.</summary>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="result">The NIK, or the empty NIK on failure.</param>
    /// <param name="error">On failure, the error code and the byte position of the first bad character.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out Nik result, out ParseError<NikError> error)
    {
        if (Parser.TryParse(utf8Text, out var value, out var code, out var position))
        {
            result = new Nik(value);
            error = default;
            return true;
        }

        result = default;
        error = new ParseError<NikError>(code, position);
        return false;
    }

    /// <inheritdoc cref="TryParse(string?, out Nik)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: a NIK does not depend on culture.</param>
    /// <param name="result">The NIK, or the empty NIK on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Nik result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Nik)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: a NIK does not depend on culture.</param>
    /// <param name="result">The NIK, or the empty NIK on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Nik result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{byte}, out Nik)"/>
    /// <param name="utf8Text">The UTF-8 bytes.</param>
    /// <param name="provider">Ignored: a NIK does not depend on culture.</param>
    /// <param name="result">The NIK, or the empty NIK on failure.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out Nik result) => TryParse(utf8Text, out result);

    /// <summary>The masked form, e.g. <c>5272**********03</c> (first four and last two digits shown); empty for the empty NIK.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>The full 16 digits, e.g. <c>5272016609860003</c>. Use it only where the full number is needed.</summary>
    public string ToFullString() => ToString("F", null);

    /// <summary>
    /// Formats the NIK. <c>M</c> (also <c>G</c>, null or empty) gives the masked form <c>5272**********03</c>;
    /// <c>F</c> (also <c>D</c>) gives the full 16 digits.
    /// </summary>
    /// <param name="format"><c>M</c>/<c>G</c> (masked) or <c>F</c>/<c>D</c> (full).</param>
    /// <param name="formatProvider">Ignored: a NIK does not depend on culture.</param>
    /// <exception cref="FormatException">The format is not one of these.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[Length];
        if (!TryFormat(buffer, out var written, format, formatProvider))
        {
            throw new FormatException($"The format '{format}' is not supported for a NIK; use \"M\" (masked, the default) or \"F\" (full).");
        }

        return new string(buffer[..written]);
    }

    /// <summary>Writes the NIK into a span of characters, masked unless the format is <c>F</c> or <c>D</c>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format"><c>M</c>/<c>G</c>/empty (masked) or <c>F</c>/<c>D</c> (full).</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(destination, out charsWritten, format);

    /// <summary>Writes the NIK as UTF-8, masked unless the format is <c>F</c> or <c>D</c>.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format"><c>M</c>/<c>G</c>/empty (masked) or <c>F</c>/<c>D</c> (full).</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        FormatCore(utf8Destination, out bytesWritten, format);

    /// <summary>Whether the digit at a zero-based index is shown in the masked form: indexes 0–3 and 14–15.</summary>
    /// <param name="index">The index of the digit, 0–15.</param>
    public static bool IsVisibleWhenMasked(int index) => index is (>= 0 and < 4) or (>= Length - 2 and < Length);

    private bool FormatCore<TChar>(Span<TChar> destination, out int written, ReadOnlySpan<char> format)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        written = 0;
        if (!TryReadFormat(format, out var masked))
        {
            return false;
        }

        if (_value == 0)
        {
            return true;
        }

        if (destination.Length < Length)
        {
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            var pair = Part(i / 2);
            var digit = i % 2 == 0 ? pair / 10 : pair % 10;
            destination[i] = TChar.CreateTruncating(masked && !IsVisibleWhenMasked(i) ? '*' : '0' + digit);
        }

        written = Length;
        return true;
    }

    internal static bool TryReadFormat(ReadOnlySpan<char> format, out bool masked)
    {
        masked = true;
        if (format.IsEmpty)
        {
            return true;
        }

        if (format.Length != 1)
        {
            return false;
        }

        switch (format[0])
        {
            case 'M' or 'm' or 'G' or 'g':
                return true;
            case 'F' or 'f' or 'D' or 'd':
                masked = false;
                return true;
            default:
                return false;
        }
    }

    /// <inheritdoc/>
    public bool Equals(Nik other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Nik other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Orders NIKs by their digits (region, then birth date digits, then sequence); the empty NIK first.</summary>
    /// <param name="other">The other NIK.</param>
    public int CompareTo(Nik other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Nik other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Nik.", nameof(obj)),
    };

    /// <summary>Whether two NIKs are equal.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    public static bool operator ==(Nik left, Nik right) => left._value == right._value;

    /// <summary>Whether two NIKs differ.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    public static bool operator !=(Nik left, Nik right) => left._value != right._value;

    /// <summary>Digit order, see <see cref="CompareTo(Nik)"/>.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    public static bool operator <(Nik left, Nik right) => left._value < right._value;

    /// <summary>Digit order, see <see cref="CompareTo(Nik)"/>.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    public static bool operator >(Nik left, Nik right) => left._value > right._value;

    /// <summary>Digit order, see <see cref="CompareTo(Nik)"/>.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    public static bool operator <=(Nik left, Nik right) => left._value <= right._value;

    /// <summary>Digit order, see <see cref="CompareTo(Nik)"/>.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    public static bool operator >=(Nik left, Nik right) => left._value >= right._value;

    internal static class Parser
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryParse<TChar>(ReadOnlySpan<TChar> s, out ulong value, out NikError error, out int position)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            if (TryParseCanonical(s, out value))
            {
                error = NikError.None;
                position = -1;
                return true;
            }

            return TryParseGeneral(s, out value, out error, out position);
        }

        // The fast path: exactly 16 digits, valid as they stand. Anything else (separators, padding, errors) goes through
        // the general path, which accepts the same texts and also says what is wrong.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static bool TryParseCanonical<TChar>(ReadOnlySpan<TChar> s, out ulong value)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            value = 0;
            if (s.Length != Length || !PersonalNumberText.TryReadDigitPairs(s, out var pairs) || !ArePartsValid(pairs))
            {
                return false;
            }

            value = BinaryPrimitives.ReverseEndianness(pairs);
            return true;
        }

        // Pair k of the digits in byte k (the province lowest), as TryReadDigitPairs gives them.
        private const ulong HighBits = 0x8080_8080_8080_8080;

        // The smallest value of each pair: province 11, kabupaten/kota, kecamatan, day and month 1, the rest 0.
        private const ulong LowerBounds = 0x00_00_00_01_01_01_01_0B;

        // The largest value of each pair: day 71 (a woman's 31st), month 12, the rest 99.
        private const ulong UpperBounds = 0x63_63_63_0C_47_63_63_63;

        // For a NIK issued abroad the kabupaten/kota and kecamatan pairs may be 00: their lower bounds drop to 0.
        private const ulong AbroadBoundsRelief = 0x00_00_00_00_00_01_01_00;

        /// <summary>
        /// Whether the eight pairs of <see cref="PersonalNumberText.TryReadDigitPairs"/> make a valid NIK: the same
        /// answer as <see cref="CheckParts"/> gives, with the bounds of all pairs checked at once.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static bool ArePartsValid(ulong pairs)
        {
            // Every pair is at most 99, below 0x80. Setting the top bit of each byte and subtracting the lower bound
            // leaves the top bit set exactly when the pair is at least its bound (and never borrows from the next
            // byte); subtracting the pair from the upper bound with its top bit set does the same for "at most".
            var lower = LowerBounds - ((pairs & 0xFF) == AbroadPrefix ? AbroadBoundsRelief : 0);
            var inBounds = ((pairs | HighBits) - lower) & ((UpperBounds | HighBits) - pairs) & HighBits;

            // The sequence, pairs 6 and 7, must not be 0000. Day 32–40 passes the bounds; it is caught with the days
            // that do not fit the month.
            var day = PersonalNumberText.Pair(pairs, 3);
            day -= day > 40 ? 40 : 0;
            return inBounds == HighBits && (pairs >> 48) != 0 &&
                   (day <= 28 || day <= MaxDayOfMonth(PersonalNumberText.Pair(pairs, 4), PersonalNumberText.Pair(pairs, 5)));
        }

        // The longest month for a valid month number; with the century unknown, February has 29 days whenever the
        // two-digit year is divisible by 4. Kept out of line: only days 29–40 get here.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int MaxDayOfMonth(int month, int yearOfCentury) =>
            month == 2 ? ((yearOfCentury & 3) == 0 ? 29 : 28) : PersonalNumberText.DaysInMonth(2001, month);

        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static bool TryParseGeneral<TChar>(ReadOnlySpan<TChar> s, out ulong value, out NikError error, out int position)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            value = 0;
            PersonalNumberText.Trim(s, out var start, out var end);
            if (start == end)
            {
                error = NikError.Empty;
                position = start;
                return false;
            }

            var status = PersonalNumberText.Scan(s, start, end, Length, out var number, out position);
            if (status != DigitScanStatus.Ok)
            {
                error = status switch
                {
                    DigitScanStatus.InvalidCharacter => NikError.InvalidCharacter,
                    DigitScanStatus.MisplacedSeparator => NikError.MisplacedSeparator,
                    DigitScanStatus.TooShort => NikError.TooShort,
                    _ => NikError.TooLong,
                };
                return false;
            }

            Span<int> parts = stackalloc int[8];
            for (var i = 7; i >= 0; i--)
            {
                parts[i] = (int)(number % 100);
                number /= 100;
            }

            error = CheckParts(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], (parts[6] * 100) + parts[7], out var digit);
            if (error != NikError.None)
            {
                position = PersonalNumberText.PositionOfDigit(s, start, digit);
                return false;
            }

            value = Pack(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], parts[7]);
            position = -1;
            return true;
        }

        /// <summary>Checks the parts of a NIK; on failure <paramref name="digit"/> is the zero-based index of the first digit of the bad part.</summary>
        internal static NikError CheckParts(int province, int kabupatenKota, int kecamatan, int dayPart, int month, int year, int sequence, out int digit)
        {
            if (province < 11)
            {
                digit = 0;
                return NikError.InvalidProvince;
            }

            if (province != AbroadPrefix)
            {
                if (kabupatenKota == 0)
                {
                    digit = 2;
                    return NikError.InvalidKabupatenKota;
                }

                if (kecamatan == 0)
                {
                    digit = 4;
                    return NikError.InvalidKecamatan;
                }
            }

            var day = dayPart > 40 ? dayPart - 40 : dayPart;
            if ((uint)(day - 1) > 30)
            {
                digit = 6;
                return NikError.InvalidDay;
            }

            if ((uint)(month - 1) > 11)
            {
                digit = 8;
                return NikError.InvalidMonth;
            }

            // The century is unknown here: 29 February is possible exactly when the two-digit year is divisible by 4.
            if (day > 28 && day > (month == 2 ? ((year & 3) == 0 ? 29 : 28) : PersonalNumberText.DaysInMonth(2001, month)))
            {
                digit = 6;
                return NikError.InvalidDate;
            }

            if (sequence == 0)
            {
                digit = 12;
                return NikError.InvalidSequence;
            }

            digit = -1;
            return NikError.None;
        }
    }
}
