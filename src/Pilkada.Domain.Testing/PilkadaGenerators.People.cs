using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Testing;

/// <summary>Generators of NIKs and NIPs: valid ones, the ways people write them, and one generator per parse error.</summary>
public static partial class PilkadaGenerators
{
    private static readonly LocalDate Epoch = new(1900, 1, 1);
    private static readonly string[] Separators = ["", "", "", " ", ".", "-"];
    private static readonly char[] BadCharacters = ['x', 'X', 'O', 'l', '*', '/', '#', '_', 'é', '٣'];

    /// <summary>Any date from 1 January 1900 to 31 December 2099.</summary>
    public static Gen<LocalDate> BirthDate { get; } =
        Gen.Choose(0, Period.DaysBetween(Epoch, new LocalDate(2099, 12, 31))).Select(days => Epoch.PlusDays(days));

    /// <summary><see cref="Sex.Male"/> or <see cref="Sex.Female"/>.</summary>
    public static Gen<Sex> AnySex { get; } = Gen.Elements(Sex.Male, Sex.Female);

    /// <summary>
    /// A domestic NIK (Nomor Induk Kependudukan, PP 40/2019 Pasal 31–32): any well-formed kecamatan code of provinces
    /// 11–98 (in the catalogue or not), any birth date 1900–2099, either sex, sequence 1–9999.
    /// </summary>
    public static Gen<Nik> DomesticNik { get; } =
        from province in Gen.Choose(11, 98)
        from kabupatenKota in Gen.Choose(1, 99)
        from kecamatan in Gen.Choose(1, 99)
        from date in BirthDate
        from sex in AnySex
        from sequence in Gen.Choose(1, 9999)
        select Nik.Create(RegionCode.FromParts(province, kabupatenKota, kecamatan), date, sex, sequence);

    /// <summary>A domestic NIK first registered in a kecamatan of the region catalogue.</summary>
    public static Gen<Nik> CatalogNik { get; } =
        from kecamatan in Gen.Elements(RegionCatalog.Default.AtLevel(RegionLevel.Kecamatan).Where(r => r.Code.ProvinceNumber != 99).ToArray())
        from date in BirthDate
        from sex in AnySex
        from sequence in Gen.Choose(1, 9999)
        select Nik.Create(kecamatan.Code, date, sex, sequence);

    /// <summary>A NIK issued abroad (99 + country code + Perwakilan code, PP 40/2019 Pasal 32 ayat (3)).</summary>
    public static Gen<Nik> AbroadNik { get; } =
        from country in Gen.Choose(0, 999)
        from perwakilan in Gen.Choose(0, 9)
        from date in BirthDate
        from sex in AnySex
        from sequence in Gen.Choose(1, 9999)
        select Nik.CreateAbroad(country, perwakilan, date, sex, sequence);

    /// <summary>A valid NIK: nine in ten domestic (<see cref="DomesticNik"/>), one in ten issued abroad (<see cref="AbroadNik"/>).</summary>
    public static Gen<Nik> ValidNik { get; } = Gen.Frequency((9, DomesticNik), (1, AbroadNik));

    /// <summary>A NIK with the birth date it was built from (registered in Kota Bima, kecamatan 52.72.01).</summary>
    public static Gen<(Nik Nik, LocalDate BirthDate)> NikWithBirthDate { get; } =
        from date in BirthDate
        from sex in AnySex
        from sequence in Gen.Choose(1, 9999)
        select (Nik.Create(RegionCode.FromParts(52, 72, 1), date, sex, sequence), date);

    /// <summary>A valid NIK and a way a person writes it: grouped with single spaces, dots or hyphens, padded with white space.</summary>
    public static Gen<(Nik Nik, string Text)> WrittenNik { get; } =
        from nik in ValidNik
        from text in Grouped(nik.ToFullString())
        select (nik, text);

    /// <summary>
    /// A PNS NIP (Nomor Induk Pegawai, Perka BKN 22/2007): birth 1900–2010, TMT CPNS up to 60 years later and never before
    /// the birth date, either sex, sequence 1–999.
    /// </summary>
    public static Gen<Nip> PnsNip { get; } =
        from birth in BirthDate.Where(d => d.Year <= 2010)
        from months in Gen.Choose(1, 720)
        from sex in AnySex
        from sequence in Gen.Choose(1, 999)
        select Nip.Create(birth, new YearMonth(birth.Year, birth.Month).PlusMonths(months), sex, sequence);

    /// <summary>A NI PPPK: a birth date, any digits 9–14 and 16–18 (their layout is not settled), either sex.</summary>
    public static Gen<Nip> PppkNip { get; } =
        from birth in BirthDate
        from middle in Gen.Choose(0, 999_999)
        from sex in AnySex
        from sequence in Gen.Choose(0, 999)
        select Nip.CreatePppk(birth, middle, sex, sequence);

    /// <summary>A valid NIP: three in four PNS (<see cref="PnsNip"/>), one in four PPPK (<see cref="PppkNip"/>).</summary>
    public static Gen<Nip> ValidNip { get; } = Gen.Frequency((3, PnsNip), (1, PppkNip));

    /// <summary>
    /// A valid NIP and a way a person writes it: grouped, labelled or not (<c>NIP. 19860926 201505 1 001</c>); a NI PPPK is
    /// always labelled <c>NI PPPK</c>, so <see cref="Nip.TryParse(ReadOnlySpan{char}, out Nip)"/> gives it back.
    /// </summary>
    public static Gen<(Nip Nip, string Text)> WrittenNip { get; } =
        from nip in ValidNip
        from grouped in Grouped(nip.ToString("D", CultureInfo.InvariantCulture))
        from label in nip.Kind == AsnKind.Pppk
            ? Gen.Elements("NI PPPK ", "ni pppk ", "NI PPPK: ", "NI  PPPK. ")
            : Gen.Elements("", "", "NIP ", "NIP. ", "NIP: ", "nip ")
        select (nip, label + grouped.Trim());

    /// <summary>
    /// Strings made mostly of the characters a NIK or NIP uses (digits, separators, a few letters and non-ASCII digits), and
    /// valid numbers with one character changed: for "never throws" and "same answer on every path" properties of parsers.
    /// </summary>
    public static Gen<string> PersonalNumberLikeText { get; } =
        Gen.OneOf(
            Gen.ArrayOf(Gen.Elements('0', '1', '2', '3', '4', '5', '6', '7', '9', '.', '-', ' ', 'x', '\t', 'é', '٣', '*', 'N', 'I', 'P', 'K'))
                .Select(chars => new string(chars)),
            from nik in ValidNik
            from index in Gen.Choose(0, 15)
            from c in Gen.Elements('0', '9', 'x', ' ', '.')
            select Replace(nik.ToFullString(), index, c),
            from nip in ValidNip
            from index in Gen.Choose(0, 17)
            from c in Gen.Elements('0', '9', 'x', ' ', '.')
            select Replace(nip.ToString("D", CultureInfo.InvariantCulture), index, c));

    /// <summary>Digits written with random single separators (space, dot, hyphen) between them, and white space around.</summary>
    /// <param name="digits">The digits.</param>
    public static Gen<string> Grouped(string digits)
    {
        ArgumentException.ThrowIfNullOrEmpty(digits);
        return from separators in Gen.ArrayOf(Gen.Elements(Separators), digits.Length - 1)
               from pad in Gen.Elements("", " ", "\t", "  ")
               select pad + string.Concat(digits.Select((c, i) => i == 0 ? c.ToString() : separators[i - 1] + c)) + pad;
    }

    /// <summary>
    /// Text that is not a NIK, with the error <see cref="Nik.TryParse(ReadOnlySpan{char}, out Nik, out ParseError{NikError})"/>
    /// gives for it: every <see cref="NikError"/> except <see cref="NikError.None"/>, in equal shares.
    /// </summary>
    public static Gen<(string Text, NikError Expected)> InvalidNik { get; } =
        Gen.OneOf(Enum.GetValues<NikError>().Where(e => e != NikError.None).Select(InvalidNikWith).ToArray());

    /// <summary>
    /// Text that fails to parse as a NIK with exactly one error: the parts before the broken one are valid, the part is
    /// broken in one of the ways the error describes, and the rest is valid.
    /// </summary>
    /// <param name="error">The error the text must give.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="error"/> is <see cref="NikError.None"/> or not a <see cref="NikError"/>.</exception>
    public static Gen<(string Text, NikError Expected)> InvalidNikWith(NikError error)
    {
        var text = error switch
        {
            NikError.Empty => Gen.Elements("", " ", "\t", "   ", "\r\n"),
            NikError.InvalidCharacter =>
                from nik in ValidNik
                from index in Gen.Choose(0, 15)
                from c in Gen.Elements(BadCharacters)
                select Replace(nik.ToFullString(), index, c),
            NikError.MisplacedSeparator => MisplacedSeparator(ValidNik.Select(n => n.ToFullString())),
            NikError.TooShort =>
                from nik in ValidNik
                from keep in Gen.Choose(1, 15)
                select nik.ToFullString()[..keep],
            NikError.TooLong =>
                from nik in ValidNik
                from extra in Gen.Choose(1, 9999)
                select nik.ToFullString() + extra.ToString(CultureInfo.InvariantCulture),
            NikError.InvalidProvince => NikDigits(province: Gen.Choose(0, 10)),
            NikError.InvalidKabupatenKota => NikDigits(kabupatenKota: Gen.Constant(0)),
            NikError.InvalidKecamatan => NikDigits(kecamatan: Gen.Constant(0)),
            NikError.InvalidDay =>
                NikDigits(dayPart: Gen.OneOf(Gen.Constant(0), Gen.Choose(32, 40), Gen.Choose(72, 99))),
            NikError.InvalidMonth => NikDigits(month: Gen.OneOf(Gen.Constant(0), Gen.Choose(13, 99))),
            NikError.InvalidDate =>
                from date in Gen.Elements((30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11), (29, 2))
                from female in Gen.Elements(0, 40)
                from year in date == (29, 2) ? Gen.Choose(0, 99).Where(y => y % 4 != 0) : Gen.Choose(0, 99)
                from digits in NikDigits(dayPart: Gen.Constant(date.Item1 + female), month: Gen.Constant(date.Item2), year: Gen.Constant(year))
                select digits,
            NikError.InvalidSequence => NikDigits(sequence: Gen.Constant(0)),
            _ => throw new ArgumentOutOfRangeException(nameof(error), error, "No text gives this error: choose a NikError other than None."),
        };
        return text.Select(t => (t, error));
    }

    /// <summary>
    /// Text that is not a PNS NIP, with the error <see cref="Nip.TryParse(ReadOnlySpan{char}, AsnKind?, out Nip, out ParseError{NipError})"/>
    /// gives for it with <see cref="AsnKind.Pns"/>: every <see cref="NipError"/> except <see cref="NipError.None"/>, in equal
    /// shares. Without a kind the same error comes back, except for <see cref="NipError.KindMismatch"/> (a NI PPPK, which is then valid).
    /// </summary>
    public static Gen<(string Text, NipError Expected)> InvalidNip { get; } =
        Gen.OneOf(Enum.GetValues<NipError>().Where(e => e != NipError.None).Select(InvalidNipWith).ToArray());

    /// <summary>Text that fails to parse as a PNS NIP with exactly one error (see <see cref="InvalidNip"/>).</summary>
    /// <param name="error">The error the text must give.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="error"/> is <see cref="NipError.None"/> or not a <see cref="NipError"/>.</exception>
    public static Gen<(string Text, NipError Expected)> InvalidNipWith(NipError error)
    {
        var pns = PnsNip.Select(n => n.ToString("D", CultureInfo.InvariantCulture));
        var text = error switch
        {
            NipError.Empty => Gen.Elements("", " ", "\t", "   ", "\r\n"),
            NipError.InvalidCharacter =>
                from nip in pns
                from index in Gen.Choose(0, 17)
                from c in Gen.Elements(BadCharacters)
                select Replace(nip, index, c),
            NipError.MisplacedSeparator => MisplacedSeparator(pns),
            NipError.TooShort =>
                from nip in pns
                from keep in Gen.Choose(1, 17)
                select nip[..keep],
            NipError.TooLong =>
                from nip in pns
                from extra in Gen.Choose(1, 9999)
                select nip + extra.ToString(CultureInfo.InvariantCulture),
            NipError.InvalidBirthYear =>
                from year in Gen.Choose(0, 1899)
                from month in Gen.Choose(1, 12)
                from day in Gen.Choose(1, 28)
                from tmtYear in Gen.Choose(1900, 2030)
                from tmtMonth in Gen.Choose(1, 12)
                from sex in Gen.Choose(1, 2)
                from sequence in Gen.Choose(1, 999)
                select NipText(year, month, day, tmtYear, tmtMonth, sex, sequence),
            NipError.InvalidBirthMonth =>
                from year in Gen.Choose(1900, 2010)
                from month in Gen.OneOf(Gen.Constant(0), Gen.Choose(13, 99))
                from day in Gen.Choose(1, 28)
                from sex in Gen.Choose(1, 2)
                from sequence in Gen.Choose(1, 999)
                select NipText(year, month, day, year + 20, 1, sex, sequence),
            NipError.InvalidBirthDay =>
                from year in Gen.Choose(1900, 2010)
                from month in Gen.Choose(1, 12)
                from day in Gen.OneOf(Gen.Constant(0), Gen.Choose(CalendarSystem.Iso.GetDaysInMonth(year, month) + 1, 99))
                from sex in Gen.Choose(1, 2)
                from sequence in Gen.Choose(1, 999)
                select NipText(year, month, day, year + 20, 1, sex, sequence),
            NipError.InvalidAppointmentMonth =>
                from birth in BirthDate.Where(d => d.Year <= 2010)
                from tmtYear in Gen.Choose(birth.Year + 1, birth.Year + 60)
                from tmtMonth in Gen.OneOf(Gen.Constant(0), Gen.Choose(13, 99))
                from sex in Gen.Choose(1, 2)
                from sequence in Gen.Choose(1, 999)
                select NipText(birth.Year, birth.Month, birth.Day, tmtYear, tmtMonth, sex, sequence),
            NipError.AppointmentBeforeBirth =>
                from birth in BirthDate.Where(d => d.Year is > 1900 and <= 2010 && d.Day > 1)
                from monthsBefore in Gen.Choose(0, 240)
                let tmt = new YearMonth(birth.Year, birth.Month).PlusMonths(-monthsBefore)
                from sex in Gen.Choose(1, 2)
                from sequence in Gen.Choose(1, 999)
                select NipText(birth.Year, birth.Month, birth.Day, tmt.Year, tmt.Month, sex, sequence),
            NipError.InvalidSex =>
                from nip in pns
                from sex in Gen.Elements('0', '3', '4', '5', '6', '7', '8', '9')
                select Replace(nip, 14, sex),
            NipError.InvalidSequence =>
                from nip in pns
                select nip[..15] + "000",
            NipError.KindMismatch =>
                from nip in PppkNip
                from label in Gen.Elements("NI PPPK ", "ni pppk ", "NI PPPK: ", "NI  PPPK. ")
                select label + nip.ToString("D", CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(error), error, "No text gives this error: choose a NipError other than None."),
        };
        return text.Select(t => (t, error));
    }

    private static string Replace(string text, int index, char c) => string.Concat(text.AsSpan(0, index), c.ToString(), text.AsSpan(index + 1));

    /// <summary>Digits with a separator where none may be: two in a row, or one at either end.</summary>
    private static Gen<string> MisplacedSeparator(Gen<string> digits) =>
        from number in digits
        from spot in Gen.Choose(0, 2)
        from index in Gen.Choose(1, number.Length - 1)
        from pair in Gen.Elements("..", "--", ". ", " -", "  ", "-.")
        from end in Gen.Elements(".", "-")
        select spot switch
        {
            0 => number.Insert(index, pair),
            1 => end + number,
            _ => number + end,
        };

    /// <summary>The 16 digits of a NIK from its parts; each part not given is valid and random.</summary>
    private static Gen<string> NikDigits(
        Gen<int>? province = null,
        Gen<int>? kabupatenKota = null,
        Gen<int>? kecamatan = null,
        Gen<int>? dayPart = null,
        Gen<int>? month = null,
        Gen<int>? year = null,
        Gen<int>? sequence = null) =>
        from p in province ?? Gen.Choose(11, 98)
        from k in kabupatenKota ?? Gen.Choose(1, 99)
        from c in kecamatan ?? Gen.Choose(1, 99)
        from d in dayPart ?? Gen.Elements(0, 40).SelectMany(female => Gen.Choose(1, 28).Select(day => day + female))
        from m in month ?? Gen.Choose(1, 12)
        from y in year ?? Gen.Choose(0, 99)
        from s in sequence ?? Gen.Choose(1, 9999)
        select string.Create(CultureInfo.InvariantCulture, $"{p:D2}{k:D2}{c:D2}{d:D2}{m:D2}{y:D2}{s:D4}");

    private static string NipText(int year, int month, int day, int tmtYear, int tmtMonth, int sex, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}{month:D2}{day:D2}{tmtYear:D4}{tmtMonth:D2}{sex:D1}{sequence:D3}");
}
