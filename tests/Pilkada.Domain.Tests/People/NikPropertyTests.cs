using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.People;
using Pilkada.Domain.Testing;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.People;

[Properties(Arbitrary = [typeof(PilkadaArbitraries)], MaxTest = 300)]
public class NikPropertyTests
{
    [Property]
    public bool Format_full_then_parse_gives_the_same_NIK(Nik nik) =>
        Nik.Parse(nik.ToFullString()) == nik &&
        Nik.Parse(nik.ToString("D", null)) == nik;

    [Property]
    public bool A_valid_NIK_stays_valid_after_formatting_as_UTF16_and_UTF8(Nik nik)
    {
        Span<byte> utf8 = stackalloc byte[Nik.Length];
        return nik.TryFormat(utf8, out var written, "F", null) && written == Nik.Length &&
               Nik.TryParse(utf8[..written], out var fromUtf8) && fromUtf8 == nik &&
               Nik.TryParse(nik.ToFullString(), out var fromText) && fromText == nik;
    }

    [Property]
    public Property Every_accepted_written_form_parses_to_its_NIK() =>
        Prop.ForAll(PilkadaGenerators.WrittenNik.ToArbitrary(), written =>
            Nik.TryParse(written.Text, out var parsed) && parsed == written.Nik);

    // Privacy by default: the masked text shows the digits at indexes 0–3 and 14–15 and nothing else.
    [Property]
    public bool The_masked_form_shows_no_digit_outside_the_visible_positions(Nik nik)
    {
        var full = nik.ToFullString();
        var masked = nik.ToString();
        if (masked.Length != Nik.Length)
        {
            return false;
        }

        for (var i = 0; i < Nik.Length; i++)
        {
            var expected = Nik.IsVisibleWhenMasked(i) ? full[i] : '*';
            if (masked[i] != expected)
            {
                return false;
            }
        }

        return masked.Count(char.IsAsciiDigit) == 6;
    }

    [Property(MaxTest = 2000)]
    public Property TryParse_never_throws_on_any_string() =>
        Prop.ForAll(Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null), PilkadaGenerators.PersonalNumberLikeText).ToArbitrary(), text =>
        {
            var ok = Nik.TryParse(text.AsSpan(), out var nik, out var error);
            return ok
                ? error.Error == NikError.None && !nik.IsEmpty
                : error.Error != NikError.None && error.Position >= 0 && error.Position <= text.Length && nik.IsEmpty;
        });

    [Property(MaxTest = 1000)]
    public Property UTF8_and_UTF16_parsing_agree() =>
        Prop.ForAll(PilkadaGenerators.PersonalNumberLikeText.Where(s => s.All(char.IsAscii)).ToArbitrary(), text =>
        {
            var a = Nik.TryParse(text.AsSpan(), out var fromChars, out var charError);
            var b = Nik.TryParse(Encoding.ASCII.GetBytes(text), out var fromBytes, out var byteError);
            return a == b && fromChars == fromBytes && charError == byteError;
        });

    // Error messages never show the hidden digits of the text, whatever is wrong with it.
    [Property]
    public Property Error_messages_never_reveal_the_hidden_digits() =>
        Prop.ForAll(
            (from nik in PilkadaGenerators.ValidNik
             from corruption in Gen.Choose(0, 3)
             select (nik, corruption)).ToArbitrary(),
            pair =>
            {
                var full = pair.nik.ToFullString();
                var text = pair.corruption switch
                {
                    0 => full[..12] + "0000",
                    1 => full + "7",
                    2 => full[..10] + "x" + full[11..],
                    _ => full[..15],
                };
                var exception = Assert.Throws<NikFormatException>(() => Nik.Parse(text));
                var hidden = full[4..14];
                return !exception.Message.Contains(hidden, StringComparison.Ordinal) &&
                       !exception.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("id")).Contains(hidden, StringComparison.Ordinal) &&
                       exception.MaskedValue.StartsWith(full[..4], StringComparison.Ordinal) &&
                       exception.MaskedValue.Count(char.IsAsciiDigit) <= 6;
            });

    // The century rule: a birth date is found again from any reference date in the hundred years that follow it.
    [Property]
    public Property The_birth_date_is_recovered_on_any_day_of_the_following_hundred_years() =>
        Prop.ForAll(
            (from pair in PilkadaGenerators.NikWithBirthDate
             from days in Gen.Choose(0, 36523)
             select (pair.Nik, pair.BirthDate, Reference: pair.BirthDate.PlusDays(days))).ToArbitrary(),
            x => x.Reference >= x.BirthDate.PlusYears(100) || (x.Nik.TryGetBirthDate(x.Reference, out var date) && date == x.BirthDate));

    [Property]
    public bool The_birth_date_is_never_after_the_reference_date(Nik nik, int offset)
    {
        var reference = new LocalDate(2024, 11, 27).PlusDays(offset % 40000);
        return !nik.TryGetBirthDate(reference, out var date) || (date <= reference && date > reference.PlusYears(-100));
    }

    [Property]
    public bool Parts_agree_with_the_digits(Nik nik)
    {
        var full = nik.ToFullString();
        var day = int.Parse(full.AsSpan(6, 2), CultureInfo.InvariantCulture);
        return nik.Sex == (day > 40 ? Sex.Female : Sex.Male) &&
               nik.BirthDay == (day > 40 ? day - 40 : day) &&
               nik.BirthMonth == int.Parse(full.AsSpan(8, 2), CultureInfo.InvariantCulture) &&
               nik.Sequence == int.Parse(full.AsSpan(12, 4), CultureInfo.InvariantCulture) &&
               (nik.Kind == NikKind.Abroad) == full.StartsWith("99", StringComparison.Ordinal) &&
               (nik.RegistrationRegion is null || nik.RegistrationRegion.Value.ToString("D", null) == full[..6]);
    }

    [Property]
    public bool Equality_hash_and_operators_agree(Nik a, Nik b) =>
        (a == b) == a.Equals(b) && (a != b) == !a.Equals(b) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) &&
        (a < b) == (a.CompareTo(b) < 0) && (a >= b) == (a.CompareTo(b) >= 0) &&
        Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.ToFullString(), b.ToFullString()));
}

public class NikAbroadPropertyTests
{
    // PP 40/2019 Pasal 32(3)(a): 99 + 3-digit country code + 1-digit Perwakilan code.
    [Property(MaxTest = 300)]
    public Property The_country_and_Perwakilan_codes_come_back_from_the_digits() =>
        Prop.ForAll(
            (from country in Gen.Choose(0, 999)
             from perwakilan in Gen.Choose(0, 9)
             from date in PilkadaGenerators.BirthDate
             from sex in PilkadaGenerators.AnySex
             from sequence in Gen.Choose(1, 9999)
             select (country, perwakilan, nik: Nik.CreateAbroad(country, perwakilan, date, sex, sequence))).ToArbitrary(),
            x => x.nik.Kind == NikKind.Abroad && x.nik.CountryCode == x.country && x.nik.PerwakilanCode == x.perwakilan &&
                 x.nik.RegistrationRegion is null &&
                 x.nik.ToFullString().StartsWith(string.Create(CultureInfo.InvariantCulture, $"99{x.country:000}{x.perwakilan}"), StringComparison.Ordinal));
}
