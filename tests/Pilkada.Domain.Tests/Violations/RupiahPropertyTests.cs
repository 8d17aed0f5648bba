using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Violations;

/// <summary>Generators for amounts and their written forms.</summary>
public static class RupiahArbitraries
{
    /// <summary>Amounts of every size, from Rp0 to the largest, with the legal amounts well represented.</summary>
    public static Gen<Rupiah> Amount => Gen.OneOf(
        Gen.Choose(0, int.MaxValue).Select(n => Rupiah.FromRupiah(n)),
        Gen.Choose(0, 1_000_000).Select(n => Rupiah.FromRupiah(n * 1000L)),
        Gen.Elements(0L, 999L, 1_000L, 600_000L, 6_000_000L, 200_000_000L, 1_000_000_000L, long.MaxValue).Select(Rupiah.FromRupiah),
        ArbMap.Default.GeneratorFor<long>().Select(n => Rupiah.FromRupiah(n == long.MinValue ? 0 : Math.Abs(n))));

    /// <summary>An amount written in one of the accepted ways.</summary>
    public static Gen<(Rupiah Amount, string Text)> Written =>
        from amount in Amount
        from style in Gen.Choose(0, 6)
        from pad in Gen.Elements("", " ", "\t", "\u00A0")
        let text = style switch
        {
            0 => amount.ToString(),
            1 => amount.ToString("F", null),
            2 => amount.ToString("N", null),
            3 => amount.ToString("D", null),
            4 => "Rp " + amount.ToString("N", null) + ",00",
            5 => "Rp. " + amount.ToString("N", null) + ",-",
            _ => pad + amount.ToString().ToLowerInvariant() + pad,
        }
        select (amount, text);

    /// <summary>Strings made mostly of the characters an amount uses, to reach every branch of the parser.</summary>
    public static Gen<string> AmountLikeString =>
        Gen.ArrayOf(Gen.Elements('0', '1', '2', '5', '9', '.', ',', '-', ' ', 'R', 'p', 'r', 'x', '\u00A0', '٣'))
            .Select(chars => new string(chars));

    public static Arbitrary<Rupiah> RupiahArbitrary() => Amount.ToArbitrary();
}

[Properties(Arbitrary = [typeof(RupiahArbitraries)], MaxTest = 500)]
public class RupiahPropertyTests
{
    [Property]
    public bool Format_then_parse_gives_the_same_amount_in_every_format(Rupiah amount) =>
        new[] { "G", "F", "N", "D" }.All(f => Rupiah.Parse(amount.ToString(f, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) == amount);

    [Property]
    public Property Every_accepted_written_form_parses_to_its_amount() =>
        Prop.ForAll(RupiahArbitraries.Written.ToArbitrary(), written =>
            Rupiah.TryParse(written.Text, out var parsed) && parsed == written.Amount);

    [Property]
    public Property Normalising_twice_changes_nothing() =>
        Prop.ForAll(RupiahArbitraries.Written.ToArbitrary(), written =>
        {
            var once = Rupiah.Parse(written.Text).ToString();
            return Rupiah.Parse(once).ToString() == once;
        });

    [Property]
    public bool Formatting_groups_digits_by_three_with_dots(Rupiah amount)
    {
        var text = amount.ToString();
        var digits = text[2..];
        var groups = digits.Split('.');
        return text.StartsWith("Rp", StringComparison.Ordinal) &&
               groups[0].Length is >= 1 and <= 3 &&
               groups.Skip(1).All(g => g.Length == 3) &&
               groups.All(g => g.All(char.IsAsciiDigit)) &&
               string.Concat(groups) == amount.Amount.ToString(CultureInfo.InvariantCulture) &&
               (groups[0] != "0" || groups.Length == 1);
    }

    [Property(MaxTest = 2000)]
    public Property TryParse_never_throws_on_any_string() =>
        Prop.ForAll(Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), RupiahArbitraries.AmountLikeString).ToArbitrary(), text =>
        {
            var ok = Rupiah.TryParse(text.AsSpan(), out var amount, out var error);
            return ok
                ? error.Error == RupiahError.None && amount.Amount >= 0
                : error.Error != RupiahError.None && error.Position >= 0 && error.Position <= (text ?? string.Empty).Length && amount.IsEmpty;
        });

    [Property(MaxTest = 1000)]
    public Property UTF8_and_UTF16_parsing_agree_on_amounts() =>
        Prop.ForAll(RupiahArbitraries.AmountLikeString.Where(s => s.All(char.IsAscii)).ToArbitrary(), text =>
        {
            var a = Rupiah.TryParse(text.AsSpan(), out var fromChars, out var charError);
            var b = Rupiah.TryParse(Encoding.ASCII.GetBytes(text), out var fromBytes, out var byteError);
            return a == b && fromChars == fromBytes && charError == byteError;
        });

    [Property]
    public bool Order_agrees_with_the_amount(Rupiah a, Rupiah b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(a.Amount.CompareTo(b.Amount)) &&
        (a == b) == (a.Amount == b.Amount) && (a < b) == (a.Amount < b.Amount) && (a >= b) == (a.Amount >= b.Amount) &&
        (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());
}
