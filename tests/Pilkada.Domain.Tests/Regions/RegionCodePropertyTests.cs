using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Regions;

[Properties(Arbitrary = [typeof(RegionArbitraries)], MaxTest = 500)]
public class RegionCodePropertyTests
{
    [Property]
    public bool Format_then_parse_gives_the_same_code(RegionCode code) =>
        RegionCode.Parse(code.ToString(), CultureInfo.InvariantCulture) == code &&
        RegionCode.Parse(code.ToString("D", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) == code;

    [Property]
    public Property Every_accepted_written_form_parses_to_its_code() =>
        Prop.ForAll(RegionArbitraries.WrittenCode.ToArbitrary(), written =>
            RegionCode.TryParse(written.Text, out var parsed) && parsed == written.Code);

    [Property]
    public Property Normalising_twice_changes_nothing() =>
        Prop.ForAll(RegionArbitraries.WrittenCode.ToArbitrary(), written =>
        {
            var once = RegionCode.Parse(written.Text, CultureInfo.InvariantCulture).ToString();
            var twice = RegionCode.Parse(once, CultureInfo.InvariantCulture).ToString();
            return once == twice;
        });

    [Property(MaxTest = 2000)]
    public Property TryParse_never_throws_on_any_string() =>
        Prop.ForAll(Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), RegionArbitraries.CodeLikeString).ToArbitrary(), text =>
        {
            var ok = RegionCode.TryParse(text.AsSpan(), out var code, out var error);
            return ok
                ? error.Error == RegionCodeError.None && !code.IsEmpty
                : error.Error != RegionCodeError.None && error.Position >= 0 && error.Position <= text.Length && code.IsEmpty;
        });

    [Property(MaxTest = 1000)]
    public Property UTF8_and_UTF16_parsing_agree() =>
        Prop.ForAll(RegionArbitraries.CodeLikeString.Where(s => s.All(char.IsAscii)).ToArbitrary(), text =>
        {
            var a = RegionCode.TryParse(text.AsSpan(), out var fromChars, out var charError);
            var b = RegionCode.TryParse(Encoding.ASCII.GetBytes(text), out var fromBytes, out var byteError);
            return a == b && fromChars == fromBytes && charError == byteError;
        });

    [Property]
    public bool Order_agrees_with_the_digit_form(RegionCode a, RegionCode b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(
            a.ToString("D", CultureInfo.InvariantCulture).PadRight(10, '0'),
            b.ToString("D", CultureInfo.InvariantCulture).PadRight(10, '0')));

    [Property]
    public bool Parent_is_one_level_up_and_contains_the_code(RegionCode code) =>
        code.Parent is not { } parent
            ? code.Level == RegionLevel.Provinsi
            : parent.Level == code.Level - 1 && code.IsWithin(parent) && !parent.IsWithin(code) && code.ToString().StartsWith(parent.ToString() + ".", StringComparison.Ordinal);

    [Property]
    public bool Equality_hash_and_operators_agree(RegionCode a, RegionCode b) =>
        (a == b) == a.Equals(b) && (a != b) == !a.Equals(b) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) &&
        (a < b) == (a.CompareTo(b) < 0) && (a >= b) == (a.CompareTo(b) >= 0);
}

public class RegionCodeParserPathTests
{
    [Property(MaxTest = 2000)]
    public Property The_fast_path_and_the_general_path_agree() =>
        Prop.ForAll(
            Gen.OneOf(
                RegionArbitraries.CodeLikeString,
                RegionArbitraries.WrittenCode.Select(w => w.Text),
                RegionArbitraries.WellFormedCode.Select(c => c.ToString())).ToArbitrary(),
            text =>
            {
                var fast = RegionCode.Parser.TryParseCanonical(text.AsSpan(), out var fastValue);
                var general = RegionCode.Parser.TryParseGeneral(text.AsSpan(), out var generalValue, out _, out _);
                return !fast || (general && fastValue == generalValue);
            });

    [Property]
    public Property Canonical_and_digit_forms_take_the_fast_path() =>
        Prop.ForAll(RegionArbitraries.WellFormedCode.ToArbitrary(), code =>
            RegionCode.Parser.TryParseCanonical(code.ToString().AsSpan(), out _) &&
            RegionCode.Parser.TryParseCanonical(code.ToString("D", CultureInfo.InvariantCulture).AsSpan(), out _));
}
