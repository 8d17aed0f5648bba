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
public class NipPropertyTests
{
    [Property]
    public bool Format_full_then_parse_gives_the_same_number_and_kind(Nip nip) =>
        Nip.Parse(nip.ToFullString()) == nip &&
        Nip.Parse(nip.ToString("D", null), nip.Kind) == nip;

    [Property]
    public bool A_valid_number_stays_valid_after_formatting_as_UTF16_and_UTF8(Nip nip)
    {
        Span<byte> utf8 = stackalloc byte[Nip.MaxFormattedLength];
        return nip.TryFormat(utf8, out var written, "F", null) &&
               Nip.TryParse(utf8[..written], out var fromUtf8) && fromUtf8 == nip &&
               Nip.TryParse(nip.ToFullString(), out var fromText) && fromText == nip;
    }

    [Property]
    public Property Every_accepted_written_form_parses_to_its_number() =>
        Prop.ForAll(PilkadaGenerators.WrittenNip.ToArbitrary(), written =>
            Nip.TryParse(written.Text, out var parsed) && parsed == written.Nip);

    // Privacy by default: the masked text shows the digits at indexes 0–3 and 16–17 (after the PPPK label) and nothing else.
    [Property]
    public bool The_masked_form_shows_no_digit_outside_the_visible_positions(Nip nip)
    {
        var digits = nip.ToString("D", null);
        var masked = nip.ToString();
        var label = nip.Kind == AsnKind.Pppk ? Nip.PppkLabel : string.Empty;
        if (!masked.StartsWith(label, StringComparison.Ordinal) || masked.Length != label.Length + Nip.Length)
        {
            return false;
        }

        var body = masked[label.Length..];
        for (var i = 0; i < Nip.Length; i++)
        {
            if (body[i] != (Nip.IsVisibleWhenMasked(i) ? digits[i] : '*'))
            {
                return false;
            }
        }

        return masked.Count(char.IsAsciiDigit) == 6;
    }

    [Property(MaxTest = 2000)]
    public Property TryParse_never_throws_on_any_string() =>
        Prop.ForAll(
            (from text in Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null), PilkadaGenerators.PersonalNumberLikeText,
                 PilkadaGenerators.PersonalNumberLikeText.Select(s => "NI PPPK " + s), PilkadaGenerators.PersonalNumberLikeText.Select(s => "nip" + s))
             from kind in Gen.Elements<AsnKind?>(null, AsnKind.Pns, AsnKind.Pppk, (AsnKind)7)
             select (text, kind)).ToArbitrary(),
            x =>
            {
                var ok = Nip.TryParse(x.text.AsSpan(), x.kind, out var nip, out var error);
                return ok
                    ? error.Error == NipError.None && !nip.IsEmpty && (nip.Kind is AsnKind.Pns or AsnKind.Pppk)
                    : error.Error != NipError.None && error.Position >= 0 && error.Position <= x.text.Length && nip.IsEmpty;
            });

    [Property(MaxTest = 1000)]
    public Property UTF8_and_UTF16_parsing_agree() =>
        Prop.ForAll(PilkadaGenerators.PersonalNumberLikeText.Where(s => s.All(char.IsAscii)).ToArbitrary(), text =>
        {
            var a = Nip.TryParse(text.AsSpan(), out var fromChars, out var charError);
            var b = Nip.TryParse(Encoding.ASCII.GetBytes(text), null, out var fromBytes, out var byteError);
            return a == b && fromChars == fromBytes && charError == byteError;
        });

    // A PPPK number is checked only for what every source agrees on, so a valid PNS NIP is also a valid NI PPPK.
    [Property]
    public Property A_valid_PNS_NIP_is_also_a_well_formed_NI_PPPK() =>
        Prop.ForAll(PilkadaGenerators.PnsNip.ToArbitrary(), nip =>
            Nip.TryParse(nip.ToString("D", null).AsSpan(), AsnKind.Pppk, out var pppk, out _) &&
            pppk.Kind == AsnKind.Pppk && pppk.BirthDate == nip.BirthDate && pppk.Sex == nip.Sex && pppk != nip);

    [Property]
    public Property The_TMT_of_a_PNS_is_never_before_the_birth_date() =>
        Prop.ForAll(PilkadaGenerators.PnsNip.ToArbitrary(), nip =>
            nip.AppointmentMonth is { } tmt && tmt.OnDayOfMonth(1) >= nip.BirthDate);

    [Property]
    public Property Error_messages_never_reveal_the_hidden_digits() =>
        Prop.ForAll(
            (from nip in PilkadaGenerators.PnsNip
             from corruption in Gen.Choose(0, 2)
             select (nip, corruption)).ToArbitrary(),
            pair =>
            {
                var full = pair.nip.ToFullString();
                var text = pair.corruption switch
                {
                    0 => full[..14] + "9" + full[15..],
                    1 => full + "1",
                    _ => full[..15] + "000",
                };
                var exception = Assert.Throws<NipFormatException>(() => Nip.Parse(text));
                var hidden = full[4..16];
                return !exception.Message.Contains(hidden, StringComparison.Ordinal) &&
                       exception.MaskedValue.Count(char.IsAsciiDigit) <= 6;
            });

    [Property]
    public bool Age_is_between_the_years_and_the_years_minus_one(Nip nip, int offset)
    {
        var reference = nip.BirthDate.PlusDays(Math.Abs(offset % 30000));
        var age = nip.GetAge(reference);
        var years = reference.Year - nip.BirthDate.Year;
        return age == years || age == years - 1;
    }

    [Property]
    public bool Equality_hash_and_operators_agree(Nip a, Nip b) =>
        (a == b) == a.Equals(b) && (a != b) == !a.Equals(b) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) &&
        (a < b) == (a.CompareTo(b) < 0) && (a >= b) == (a.CompareTo(b) >= 0);

    [Property]
    public bool Parts_agree_with_the_digits(Nip nip)
    {
        var digits = nip.ToString("D", null);
        return nip.BirthDate == new LocalDate(
                   int.Parse(digits.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture),
                   int.Parse(digits.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture),
                   int.Parse(digits.AsSpan(6, 2), System.Globalization.CultureInfo.InvariantCulture)) &&
               (int)nip.Sex == digits[14] - '0' &&
               nip.Sequence == int.Parse(digits.AsSpan(15, 3), System.Globalization.CultureInfo.InvariantCulture);
    }
}
