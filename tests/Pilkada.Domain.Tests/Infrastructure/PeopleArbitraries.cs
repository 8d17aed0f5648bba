using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Infrastructure;

/// <summary>FsCheck generators for NIKs, NIPs and their written forms.</summary>
public static class PeopleArbitraries
{
    private static readonly LocalDate Epoch = new(1900, 1, 1);

    /// <summary>Any date from 1 January 1900 to the end of 2099.</summary>
    public static Gen<LocalDate> Date =>
        Gen.Choose(0, (365 * 200) + 48).Select(days => Epoch.PlusDays(days));

    public static Gen<Sex> AnySex => Gen.Elements(Sex.Male, Sex.Female);

    /// <summary>A domestic NIK: any well-formed kecamatan code outside province 99, any date, any sex and sequence.</summary>
    public static Gen<Nik> DomesticNik =>
        from province in Gen.Choose(11, 98)
        from kabupatenKota in Gen.Choose(1, 99)
        from kecamatan in Gen.Choose(1, 99)
        from date in Date
        from sex in AnySex
        from sequence in Gen.Choose(1, 9999)
        select Nik.Create(RegionCode.FromParts(province, kabupatenKota, kecamatan), date, sex, sequence);

    /// <summary>A NIK issued abroad (99 + country + Perwakilan).</summary>
    public static Gen<Nik> AbroadNik =>
        from country in Gen.Choose(0, 999)
        from perwakilan in Gen.Choose(0, 9)
        from date in Date
        from sex in AnySex
        from sequence in Gen.Choose(1, 9999)
        select Nik.CreateAbroad(country, perwakilan, date, sex, sequence);

    public static Gen<Nik> ValidNik => Gen.Frequency((9, DomesticNik), (1, AbroadNik));

    /// <summary>A NIK with the date it was built from.</summary>
    public static Gen<(Nik Nik, LocalDate BirthDate)> NikWithBirthDate =>
        from date in Date
        from sex in AnySex
        from sequence in Gen.Choose(1, 9999)
        select (Nik.Create(RegionCode.FromParts(52, 72, 1), date, sex, sequence), date);

    /// <summary>A PNS NIP: birth 1900–2010, TMT up to 60 years later and never before the birth date.</summary>
    public static Gen<Nip> PnsNip =>
        from birth in Date.Where(d => d.Year <= 2010)
        from months in Gen.Choose(1, 720)
        from sex in AnySex
        from sequence in Gen.Choose(1, 999)
        let first = new YearMonth(birth.Year, birth.Month).PlusMonths(months)
        select Nip.Create(birth, first, sex, sequence);

    /// <summary>A NI PPPK: birth date, any digits 9–14 and 16–18.</summary>
    public static Gen<Nip> PppkNip =>
        from birth in Date
        from middle in Gen.Choose(0, 999_999)
        from sex in AnySex
        from sequence in Gen.Choose(0, 999)
        select Nip.CreatePppk(birth, middle, sex, sequence);

    public static Gen<Nip> ValidNip => Gen.Frequency((3, PnsNip), (1, PppkNip));

    /// <summary>Digits written with random single separators between them, and padding around.</summary>
    public static Gen<string> Grouped(string digits) =>
        from separators in Gen.ArrayOf(Gen.Elements("", "", "", " ", ".", "-"), digits.Length - 1)
        from pad in Gen.Elements("", " ", "\t", "  ")
        select pad + string.Concat(digits.Select((c, i) => i == 0 ? c.ToString() : separators[i - 1] + c)) + pad;

    /// <summary>A NIK written in one of the accepted ways.</summary>
    public static Gen<(Nik Nik, string Text)> WrittenNik =>
        from nik in ValidNik
        from text in Grouped(nik.ToFullString())
        select (nik, text);

    /// <summary>A NIP written in one of the accepted ways, labelled or not (a PPPK number always labelled).</summary>
    public static Gen<(Nip Nip, string Text)> WrittenNip =>
        from nip in ValidNip
        from grouped in Grouped(nip.ToString("D", null))
        from label in nip.Kind == AsnKind.Pppk
            ? Gen.Elements("NI PPPK ", "ni pppk ", "NI PPPK: ", "NI  PPPK. ")
            : Gen.Elements("", "", "NIP ", "NIP. ", "NIP: ", "nip ")
        select (nip, label + grouped.Trim());

    /// <summary>Strings made mostly of the characters a NIK or NIP uses, to reach every branch of the parsers.</summary>
    public static Gen<string> NumberLikeString =>
        Gen.OneOf(
            Gen.ArrayOf(Gen.Elements('0', '1', '2', '3', '4', '5', '6', '7', '9', '.', '-', ' ', 'x', '\t', 'é', '٣', '*', 'N', 'I', 'P', 'K'))
                .Select(chars => new string(chars)),
            from nik in ValidNik
            from index in Gen.Choose(0, 15)
            from c in Gen.Elements('0', '9', 'x', ' ', '.')
            select nik.ToFullString().Remove(index, 1).Insert(index, c.ToString()),
            from nip in ValidNip
            from index in Gen.Choose(0, 17)
            from c in Gen.Elements('0', '9', 'x', ' ', '.')
            select nip.ToString("D", null).Remove(index, 1).Insert(index, c.ToString()));

    public static Arbitrary<Nik> NikArbitrary() => ValidNik.ToArbitrary();

    public static Arbitrary<Nip> NipArbitrary() => ValidNip.ToArbitrary();
}
