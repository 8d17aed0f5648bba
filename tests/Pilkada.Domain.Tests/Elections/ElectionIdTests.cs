using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Elections;

public class ElectionIdTests
{
    [Theory]
    [InlineData("pilkada-2024", "pilkada-2024")]
    [InlineData("pilkada-ulang-2025", "pilkada-ulang-2025")]
    [InlineData("  Pilkada-2024 ", "pilkada-2024")]
    [InlineData("PSU-2025", "psu-2025")]
    [InlineData("a", "a")]
    [InlineData("abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwx")]
    public void Valid_ids_parse_to_their_lowercase_canonical_form(string text, string canonical)
    {
        var id = ElectionId.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(canonical, id.ToString());
        Assert.Equal(canonical.Length, id.Length);
        Assert.False(id.IsEmpty);
    }

    [Theory]
    [InlineData("", ElectionIdError.Empty, 0)]
    [InlineData("   ", ElectionIdError.Empty, 3)]
    [InlineData("pilkada_2024", ElectionIdError.InvalidCharacter, 7)]
    [InlineData("pilkada 2024", ElectionIdError.InvalidCharacter, 7)]
    [InlineData("2024-pilkada", ElectionIdError.InvalidStart, 0)]
    [InlineData("-pilkada", ElectionIdError.InvalidStart, 0)]
    [InlineData("pilkada--2024", ElectionIdError.MisplacedHyphen, 8)]
    [InlineData("pilkada-", ElectionIdError.MisplacedHyphen, 7)]
    [InlineData("abcdefghijklmnopqrstuvwxy", ElectionIdError.TooLong, 24)]
    public void Bad_ids_fail_with_the_error_and_position(string text, ElectionIdError error, int position)
    {
        Assert.False(ElectionId.TryParse(text.AsSpan(), out var id, out var parseError));
        Assert.True(id.IsEmpty);
        Assert.Equal(new ParseError<ElectionIdError>(error, position), parseError);

        var ex = Assert.Throws<ElectionIdFormatException>(() => ElectionId.Parse(text, CultureInfo.InvariantCulture));
        Assert.Equal(error, ex.Error);
        Assert.Equal("ElectionId." + error, ex.ErrorCode);
        Assert.Contains($"'{text}' is not a valid election id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_is_available_in_Indonesian()
    {
        var ex = Assert.Throws<ElectionIdFormatException>(() => ElectionId.Parse("pilkada_2024", CultureInfo.InvariantCulture));

        Assert.Equal(
            "'pilkada_2024' bukan kode pemilihan yang sah: karakter ke-8 bukan huruf (a–z), angka atau tanda hubung.",
            ex.GetMessage(CultureInfo.GetCultureInfo("id-ID")));
    }

    [Fact]
    public void The_default_id_is_empty_and_sorts_first()
    {
        var empty = default(ElectionId);

        Assert.True(empty.IsEmpty);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.Equal(0, empty.Length);
        Assert.True(empty < ElectionId.Parse("a", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Unknown_formats_are_refused()
    {
        var id = ElectionId.Parse("pilkada-2024", CultureInfo.InvariantCulture);

        Assert.Throws<FormatException>(() => id.ToString("D", CultureInfo.InvariantCulture));
        Assert.False(id.TryFormat(new char[30], out _, "X", CultureInfo.InvariantCulture));
        Assert.False(id.TryFormat(new char[5], out _, default, CultureInfo.InvariantCulture));
    }
}

[Properties(Arbitrary = [typeof(ElectionArbitraries)], MaxTest = 300)]
public class ElectionIdPropertyTests
{
    [Property]
    public bool Format_then_parse_gives_the_same_id(ElectionId id) =>
        ElectionId.Parse(id.ToString(), CultureInfo.InvariantCulture) == id;

    [Property]
    public Property The_canonical_form_is_the_text_it_was_read_from() =>
        Prop.ForAll(ElectionArbitraries.ElectionIdText.ToArbitrary(), text =>
            ElectionId.Parse(text, CultureInfo.InvariantCulture).ToString() == text &&
            ElectionId.Parse(text.ToUpperInvariant(), CultureInfo.InvariantCulture).ToString() == text);

    [Property]
    public Property Order_agrees_with_ordinal_string_order() =>
        Prop.ForAll(ElectionArbitraries.ElectionIdText.ToArbitrary(), ElectionArbitraries.ElectionIdText.ToArbitrary(), (a, b) =>
            Math.Sign(ElectionId.Parse(a, CultureInfo.InvariantCulture).CompareTo(ElectionId.Parse(b, CultureInfo.InvariantCulture))) ==
            Math.Sign(string.CompareOrdinal(a, b)));

    [Property(MaxTest = 1000)]
    public Property TryParse_never_throws_on_any_string() =>
        Prop.ForAll(Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), ElectionArbitraries.ContestIdLikeString).ToArbitrary(), text =>
        {
            var ok = ElectionId.TryParse((text ?? string.Empty).AsSpan(), out var id, out var error);
            return ok
                ? error.Error == ElectionIdError.None && !id.IsEmpty
                : error.Error != ElectionIdError.None && error.Position >= 0 && error.Position <= (text ?? string.Empty).Length && id.IsEmpty;
        });

    [Property(MaxTest = 500)]
    public Property UTF8_and_UTF16_parsing_agree() =>
        Prop.ForAll(ElectionArbitraries.ContestIdLikeString.Where(s => s.All(char.IsAscii)).ToArbitrary(), text =>
        {
            var a = ElectionId.TryParse(text.AsSpan(), out var fromChars, out var charError);
            var b = ElectionId.TryParse(Encoding.ASCII.GetBytes(text), out var fromBytes, out var byteError);
            return a == b && fromChars == fromBytes && charError == byteError;
        });

    [Property]
    public bool Equality_hash_and_operators_agree(ElectionId a, ElectionId b) =>
        (a == b) == a.Equals(b) && (a != b) == !a.Equals(b) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) &&
        (a < b) == (a.CompareTo(b) < 0) && (a >= b) == (a.CompareTo(b) >= 0) && (a.CompareTo(b) == 0) == a.Equals(b);
}
