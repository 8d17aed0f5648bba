using System.Globalization;
using System.Text;
using System.Text.Json;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Violations;

public class RupiahTests
{
    [Theory]
    [InlineData("Rp200.000.000", 200_000_000)]
    [InlineData("Rp 200.000.000,00", 200_000_000)]
    [InlineData("200000000", 200_000_000)]
    [InlineData("200.000.000", 200_000_000)]
    [InlineData("Rp1.000.000.000,00", 1_000_000_000)]
    [InlineData("Rp600.000,00", 600_000)]
    [InlineData("Rp. 200.000,-", 200_000)]
    [InlineData("rp6.000.000", 6_000_000)]
    [InlineData("RP75.000.000,0", 75_000_000)]
    [InlineData("  Rp\u00A0200.000  ", 200_000)]
    [InlineData("0", 0)]
    [InlineData("Rp0", 0)]
    [InlineData("Rp999", 999)]
    [InlineData("9.223.372.036.854.775.807", long.MaxValue)]
    public void Indonesian_forms_parse(string text, long amount)
    {
        Assert.Equal(amount, Rupiah.Parse(text, CultureInfo.InvariantCulture).Amount);
        Assert.True(Rupiah.TryParse(Encoding.UTF8.GetBytes(text), out var fromUtf8));
        Assert.Equal(amount, fromUtf8.Amount);
    }

    [Theory]
    [InlineData("", RupiahError.Empty, 0)]
    [InlineData("   ", RupiahError.Empty, 3)]
    [InlineData("Rp", RupiahError.MissingDigits, 2)]
    [InlineData("Rp,00", RupiahError.MissingDigits, 2)]
    [InlineData("Rp200,000", RupiahError.InvalidSen, 8)]
    [InlineData("Rp1.500,50", RupiahError.NonZeroSen, 8)]
    [InlineData("2.00.000", RupiahError.MisplacedSeparator, 1)]
    [InlineData("2000.000", RupiahError.MisplacedSeparator, 4)]
    [InlineData("200.0000", RupiahError.MisplacedSeparator, 3)]
    [InlineData("200.", RupiahError.MisplacedSeparator, 3)]
    [InlineData(".200", RupiahError.MisplacedSeparator, 0)]
    [InlineData("200..000", RupiahError.MisplacedSeparator, 4)]
    [InlineData("Rp200.000x", RupiahError.InvalidCharacter, 9)]
    [InlineData("USD200", RupiahError.InvalidCharacter, 0)]
    [InlineData("R200", RupiahError.InvalidCharacter, 0)]
    [InlineData("Rp5,", RupiahError.MissingDigits, 4)]
    [InlineData("-Rp5", RupiahError.Negative, 0)]
    [InlineData("Rp -5", RupiahError.Negative, 3)]
    [InlineData("-5", RupiahError.Negative, 0)]
    [InlineData("9223372036854775808", RupiahError.TooLarge, 18)]
    [InlineData("Rp 200 000", RupiahError.InvalidCharacter, 6)]
    public void Bad_amounts_fail_with_a_code_and_the_position(string text, RupiahError expected, int position)
    {
        Assert.False(Rupiah.TryParse(text.AsSpan(), out var result, out var error));
        Assert.Equal(expected, error.Error);
        Assert.Equal(position, error.Position);
        Assert.True(result.IsEmpty);
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_value_and_the_reason()
    {
        var ex = Assert.Throws<RupiahFormatException>(() => Rupiah.Parse("Rp200,000"));

        Assert.Equal(RupiahError.InvalidSen, ex.Error);
        Assert.Equal("Rupiah.InvalidSen", ex.ErrorCode);
        Assert.Equal("Rp200,000", ex.Value);
        Assert.Contains("'Rp200,000' is not an amount of rupiah", ex.Message, StringComparison.Ordinal);
        Assert.Contains("200.000, not 200,000", ex.Message, StringComparison.Ordinal);
        Assert.Contains("bukan jumlah rupiah yang sah", ex.GetMessage(CultureInfo.GetCultureInfo("id-ID")), StringComparison.Ordinal);
        Assert.IsAssignableFrom<FormatException>(ex);
    }

    [Fact]
    public void Null_is_empty_for_TryParse_and_an_argument_error_for_Parse()
    {
        Assert.False(Rupiah.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => Rupiah.Parse(null!));
    }

    [Theory]
    [InlineData(200_000_000, "G", "Rp200.000.000")]
    [InlineData(200_000_000, null, "Rp200.000.000")]
    [InlineData(1_000_000_000, "F", "Rp1.000.000.000,00")]
    [InlineData(600_000, "N", "600.000")]
    [InlineData(6_000_000, "D", "6000000")]
    [InlineData(0, "G", "Rp0")]
    [InlineData(999, "G", "Rp999")]
    [InlineData(1_000, "G", "Rp1.000")]
    [InlineData(long.MaxValue, "F", "Rp9.223.372.036.854.775.807,00")]
    public void Amounts_format_the_Indonesian_way(long amount, string? format, string expected)
    {
        var rupiah = Rupiah.FromRupiah(amount);

        Assert.Equal(expected, rupiah.ToString(format, CultureInfo.GetCultureInfo("en-US")));
        Span<byte> utf8 = stackalloc byte[Rupiah.MaxFormattedLength];
        Assert.True(rupiah.TryFormat(utf8, out var written, format, null));
        Assert.Equal(expected, Encoding.UTF8.GetString(utf8[..written]));
    }

    [Fact]
    public void Formatting_ignores_the_culture() =>
        Assert.Equal("Rp200.000.000", string.Format(CultureInfo.GetCultureInfo("en-US"), "{0}", Rupiah.FromJuta(200)));

    [Fact]
    public void An_unknown_format_is_rejected()
    {
        Assert.Throws<FormatException>(() => Rupiah.FromRupiah(5).ToString("X", null));
        Assert.False(Rupiah.FromRupiah(5).TryFormat(new char[10], out _, "GG"));
        Assert.False(Rupiah.FromRupiah(5_000).TryFormat(new char[5], out _, "G"));
    }

    [Fact]
    public void Juta_and_miliar_helpers()
    {
        Assert.Equal(200_000_000, Rupiah.FromJuta(200).Amount);
        Assert.Equal(1_000_000_000, Rupiah.FromMiliar(1).Amount);
        Assert.Throws<ArgumentOutOfRangeException>(() => Rupiah.FromRupiah(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rupiah.FromMiliar(long.MaxValue));
    }

    [Fact]
    public void Default_is_Rp0_and_empty_and_sorts_first()
    {
        Rupiah zero = default;

        Assert.True(zero.IsEmpty);
        Assert.Equal(Rupiah.Zero, zero);
        Assert.Equal("Rp0", zero.ToString());
        Assert.True(zero < Rupiah.FromRupiah(1));
        Assert.Equal(1, zero.CompareTo(null));
        Assert.Throws<ArgumentException>(() => zero.CompareTo("Rp0"));
    }

    [Fact]
    public void Comparison_and_equality()
    {
        var a = Rupiah.FromJuta(200);
        var b = Rupiah.Parse("Rp200.000.000");

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(Rupiah.FromMiliar(1) > a);
        Assert.True(a >= b && a <= b);
    }

    [Fact]
    public void Json_writes_a_number_and_reads_numbers_and_strings()
    {
        var amounts = new[] { Rupiah.FromJuta(200), Rupiah.FromMiliar(1) };

        var json = JsonSerializer.Serialize(amounts, PilkadaJsonContext.Default.RupiahArray);
        Assert.Equal("[200000000,1000000000]", json);
        Assert.Equal(amounts, JsonSerializer.Deserialize("[200000000, \"Rp1.000.000.000,00\"]", PilkadaJsonContext.Default.RupiahArray));
        Assert.Equal(Rupiah.FromRupiah(5), JsonSerializer.Deserialize("\"Rp\\u00A05\"", PilkadaJsonContext.Default.Rupiah));
    }

    [Theory]
    [InlineData("\"Rp200,000\"", "'Rp200,000' is not an amount of rupiah")]
    [InlineData("-5", "the amount is negative")]
    [InlineData("1.5", "the sen part must be zero")]
    [InlineData("1e30", "too large")]
    [InlineData("true", "must be a JSON number or string, not True")]
    public void Bad_JSON_amounts_fail_naming_the_value_and_the_reason(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => PilkadaJson.Deserialize<Rupiah>(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
