using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.People;
using Pilkada.Domain.Testing;

namespace Pilkada.Domain.Tests.People;

/// <summary>
/// The branch-light checks of the fast paths (all pair bounds at once, the packed century compare, the NIP's stored
/// form) against the general paths and plain reference computations, on 16- and 18-digit texts where any one digit
/// position is changed to any digit, and on digit strings with every position random.
/// </summary>
public class FastPathPropertyTests
{
    // A valid number's digits with the digit at one position (any of them) replaced by any digit, or every digit random.
    private static Gen<string> DigitTexts(Gen<string> valid, int length) =>
        Gen.OneOf(
            from text in valid
            from position in Gen.Choose(0, length - 1)
            from digit in Gen.Choose(0, 9)
            select string.Concat(text.AsSpan(0, position), ((char)('0' + digit)).ToString(), text.AsSpan(position + 1)),
            from text in valid
            from first in Gen.Choose(0, length - 1)
            from second in Gen.Choose(0, length - 1)
            from digits in Gen.Choose(0, 99)
            select Replace(Replace(text, first, (char)('0' + (digits / 10))), second, (char)('0' + (digits % 10))),
            Gen.ArrayOf(Gen.Choose(0, 9).Select(d => (char)('0' + d)), length).Select(c => new string(c)));

    private static string Replace(string text, int position, char c) =>
        string.Concat(text.AsSpan(0, position), c.ToString(), text.AsSpan(position + 1));

    private static Gen<string> NikTexts => DigitTexts(PilkadaGenerators.ValidNik.Select(n => n.ToFullString()), Nik.Length);

    private static Gen<string> NipTexts => DigitTexts(PilkadaGenerators.ValidNip.Select(n => n.ToString("D", null)), Nip.Length);

    [Property(MaxTest = 5000)]
    public Property On_16_digits_the_NIK_fast_path_gives_exactly_what_the_general_path_gives() =>
        Prop.ForAll(NikTexts.ToArbitrary(), text =>
        {
            var fast = Nik.Parser.TryParseCanonical(text.AsSpan(), out var fastValue);
            var fastUtf8 = Nik.Parser.TryParseCanonical<byte>(Encoding.ASCII.GetBytes(text), out var utf8Value);
            var general = Nik.Parser.TryParseGeneral(text.AsSpan(), out var generalValue, out _, out _);
            return fast == general && fastUtf8 == general && fastValue == generalValue && utf8Value == generalValue;
        });

    [Property(MaxTest = 5000)]
    public Property On_18_digits_the_NIP_fast_path_gives_exactly_what_the_general_path_gives() =>
        Prop.ForAll(
            (from text in NipTexts from kind in Gen.Elements(AsnKind.Pns, AsnKind.Pppk) select (text, kind)).ToArbitrary(),
            x =>
            {
                var fast = Nip.Parser.TryParseCanonical(x.text.AsSpan(), x.kind, out var fastValue);
                var fastUtf8 = Nip.Parser.TryParseCanonical<byte>(Encoding.ASCII.GetBytes(x.text), x.kind, out var utf8Value);
                var general = Nip.Parser.TryParseGeneral(x.text.AsSpan(), x.kind, out var generalValue, out _, out _, out _);
                return fast == general && fastUtf8 == general && fastValue == generalValue && utf8Value == generalValue;
            });

    [Property(MaxTest = 2000)]
    public Property The_NIP_stored_form_gives_back_the_digits_and_the_parts() =>
        Prop.ForAll(
            (from text in NipTexts from kind in Gen.Elements(AsnKind.Pns, AsnKind.Pppk) select (text, kind)).ToArbitrary(),
            x =>
            {
                if (!Nip.TryParse(x.text.AsSpan(), x.kind, out var nip, out _))
                {
                    return true;
                }

                var number = long.Parse(x.text, System.Globalization.CultureInfo.InvariantCulture);
                var yyyymmdd = (int)(number / 10_000_000_000);
                return nip.ToString("D", null) == x.text &&
                       nip.BirthDate == new LocalDate(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100) &&
                       (int)nip.Sex == (int)(number / 1000 % 10) && nip.Sequence == (int)(number % 1000) &&
                       (x.kind != AsnKind.Pns || nip.AppointmentMonth == new YearMonth((int)(number / 1_000_000 % 10_000), (int)(number / 10_000 % 100)));
            });

    [Property(MaxTest = 2000)]
    public Property Ordering_NIPs_follows_their_digits() =>
        Prop.ForAll(PilkadaGenerators.ValidNip.ToArbitrary(), PilkadaGenerators.ValidNip.ToArbitrary(), (a, b) =>
        {
            var byDigits = string.CompareOrdinal(a.ToString("D", null), b.ToString("D", null));
            var expected = byDigits != 0 ? Math.Sign(byDigits) : a.Kind.CompareTo(b.Kind);
            return Math.Sign(a.CompareTo(b)) == Math.Sign(expected);
        });

    // The birth date against the rule as first written: the year's distance back from the reference year, modulo 100.
    [Property(MaxTest = 5000)]
    public Property The_NIK_birth_date_matches_the_modulo_rule() =>
        Prop.ForAll(
            (from nik in PilkadaGenerators.ValidNik
             from refYear in Gen.OneOf(Gen.Choose(-200, 120), Gen.Choose(1850, 2200), Gen.Choose(9890, 9999))
             from refMonth in Gen.Choose(1, 12)
             from refDay in Gen.Choose(1, 31)
             select (nik, reference: new LocalDate(refYear, refMonth, Math.Min(refDay, CalendarSystem.Iso.GetDaysInMonth(refYear, refMonth))))).ToArbitrary(),
            x =>
            {
                var ok = x.nik.TryGetBirthDate(x.reference, out var date);
                var expectedOk = ReferenceBirthDate(x.nik, x.reference, out var expected);
                return ok == expectedOk && date == expected;
            });

    private static bool ReferenceBirthDate(Nik nik, LocalDate reference, out LocalDate date)
    {
        date = default;
        var (day, month) = (nik.BirthDay, nik.BirthMonth);
        var year = reference.Year - ((((reference.Year % 100) - nik.BirthYearOfCentury) + 100) % 100);
        if ((month > reference.Month || (month == reference.Month && day > reference.Day)) && year == reference.Year)
        {
            year -= 100;
        }

        if (year is < 1 or > 9999 || (day == 29 && month == 2 && !CalendarSystem.Iso.IsLeapYear(year)))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }
}
