using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Calendars;

[Properties(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 500)]
public class DeadlinePeriodTests
{
    [Theory]
    [InlineData("7 hari", 7, DeadlineUnit.CalendarDays)]
    [InlineData("7 hari kalender", 7, DeadlineUnit.CalendarDays)]
    [InlineData("  14  HARI  KERJA ", 14, DeadlineUnit.WorkingDays)]
    [InlineData("3 hari kerja", 3, DeadlineUnit.WorkingDays)]
    [InlineData("24 jam", 24, DeadlineUnit.Hours)]
    [InlineData("1 x 24 jam", 24, DeadlineUnit.Hours)]
    [InlineData("1x24 jam", 24, DeadlineUnit.Hours)]
    [InlineData("2×24 jam", 48, DeadlineUnit.Hours)]
    [InlineData("7hari", 7, DeadlineUnit.CalendarDays)]
    [InlineData("7 days", 7, DeadlineUnit.CalendarDays)]
    [InlineData("1 calendar day", 1, DeadlineUnit.CalendarDays)]
    [InlineData("45 working days", 45, DeadlineUnit.WorkingDays)]
    [InlineData("5 business days", 5, DeadlineUnit.WorkingDays)]
    [InlineData("12 hours", 12, DeadlineUnit.Hours)]
    public void Periods_are_read_as_statutes_and_people_write_them(string text, int count, DeadlineUnit unit)
    {
        var period = DeadlinePeriod.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(count, period.Count);
        Assert.Equal(unit, period.Unit);
    }

    [Theory]
    [InlineData("", DeadlinePeriodError.Empty, 0)]
    [InlineData("   ", DeadlinePeriodError.Empty, 3)]
    [InlineData("hari 7", DeadlinePeriodError.MissingNumber, 0)]
    [InlineData("0 hari", DeadlinePeriodError.NumberOutOfRange, 0)]
    [InlineData(" 10000 hari", DeadlinePeriodError.NumberOutOfRange, 1)]
    [InlineData("7", DeadlinePeriodError.MissingUnit, 1)]
    [InlineData("7 minggu", DeadlinePeriodError.UnknownUnit, 2)]
    [InlineData("7 working", DeadlinePeriodError.MissingUnit, 9)]
    [InlineData("2 x 12 jam", DeadlinePeriodError.InvalidMultiplier, 2)]
    [InlineData("1 x 24 hari", DeadlinePeriodError.InvalidMultiplier, 2)]
    [InlineData("7 hari kerja lagi", DeadlinePeriodError.UnexpectedText, 13)]
    [InlineData("500 x 24 jam", DeadlinePeriodError.NumberOutOfRange, 0)]
    public void A_bad_period_gives_an_error_code_and_the_position(string text, DeadlinePeriodError error, int position)
    {
        Assert.False(DeadlinePeriod.TryParse(text.AsSpan(), out var period, out var parseError));
        Assert.True(period.IsEmpty);
        Assert.Equal(error, parseError.Error);
        Assert.Equal(position, parseError.Position);
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_value_and_the_reason_in_both_languages()
    {
        var ex = Assert.Throws<DeadlinePeriodFormatException>(() => DeadlinePeriod.Parse("7 minggu"));

        Assert.Equal("DeadlinePeriod.UnknownUnit", ex.ErrorCode);
        Assert.Equal(DeadlinePeriodError.UnknownUnit, ex.Error);
        Assert.Equal("'7 minggu' is not a valid deadline period: the word at character 3 is not a unit; use 'hari', 'hari kalender', 'hari kerja' or 'jam' (or 'days', 'working days', 'hours').", ex.Message);
        Assert.StartsWith("'7 minggu' bukan jangka waktu yang sah: kata pada karakter ke-3 bukan satuan", ex.GetMessage(CultureInfo.GetCultureInfo("id-ID")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_code_has_a_message()
    {
        foreach (var error in Enum.GetValues<DeadlinePeriodError>())
        {
            Assert.True(PilkadaMessages.Contains(new ParseError<DeadlinePeriodError>(error, 0).MessageKey), error.ToString());
        }
    }

    [Theory]
    [InlineData("7 hari", "7 hari kalender", "7 calendar days")]
    [InlineData("1 hari kerja", "1 hari kerja", "1 working day")]
    [InlineData("1 x 24 jam", "24 jam", "24 hours")]
    [InlineData("1 jam", "1 jam", "1 hour")]
    public void The_canonical_form_is_Indonesian_and_says_the_day_type(string text, string canonical, string english)
    {
        var period = DeadlinePeriod.Parse(text);

        Assert.Equal(canonical, period.ToString());
        Assert.Equal(english, period.ToString("E", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => period.ToString("X", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_empty_period_is_documented()
    {
        var empty = default(DeadlinePeriod);

        Assert.True(empty.IsEmpty);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.True(empty < DeadlinePeriod.CalendarDays(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlinePeriod.CalendarDays(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlinePeriod.Create(1, (DeadlineUnit)7));
    }

    [Property]
    public bool Format_then_parse_gives_the_same_period(DeadlinePeriod period) =>
        DeadlinePeriod.Parse(period.ToString()) == period &&
        DeadlinePeriod.Parse(period.ToString("E", CultureInfo.InvariantCulture)) == period;

    [Property]
    public bool UTF8_formatting_matches_UTF16(DeadlinePeriod period)
    {
        Span<byte> buffer = stackalloc byte[DeadlinePeriod.MaxLength];
        return period.TryFormat(buffer, out var written, "G", null) && Encoding.UTF8.GetString(buffer[..written]) == period.ToString();
    }

    [Property(MaxTest = 2000)]
    public Property TryParse_never_throws_on_any_string() =>
        Prop.ForAll(Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), CalendarArbitraries.PeriodLikeString).ToArbitrary(), text =>
        {
            var ok = DeadlinePeriod.TryParse((text ?? string.Empty).AsSpan(), out var period, out var error);
            return ok
                ? error.Error == DeadlinePeriodError.None && !period.IsEmpty
                : error.Error != DeadlinePeriodError.None && error.Position >= 0 && error.Position <= (text ?? string.Empty).Length && period.IsEmpty;
        });

    [Property(MaxTest = 1000)]
    public Property UTF8_and_UTF16_parsing_agree() =>
        Prop.ForAll(CalendarArbitraries.PeriodLikeString.ToArbitrary(), text =>
        {
            var a = DeadlinePeriod.TryParse(text.AsSpan(), out var fromChars, out var charError);
            var bytes = Encoding.UTF8.GetBytes(text);
            var b = DeadlinePeriod.TryParse(bytes, out var fromBytes, out var byteError);
            var bytePosition = charError.Position <= 0 ? charError.Position : Encoding.UTF8.GetByteCount(text.AsSpan(0, charError.Position));
            return a == b && fromChars == fromBytes && charError.Error == byteError.Error && bytePosition == byteError.Position;
        });

    [Property]
    public bool Order_is_by_unit_then_count(DeadlinePeriod a, DeadlinePeriod b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(((int)a.Unit * 100_000) + a.Count - (((int)b.Unit * 100_000) + b.Count)) &&
        (a == b) == (a.CompareTo(b) == 0) && (a.GetHashCode() == b.GetHashCode() || a != b);

    [Property]
    public bool Json_round_trip_preserves_the_period(DeadlinePeriod period) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(period, PilkadaJsonContext.Default.DeadlinePeriod), PilkadaJsonContext.Default.DeadlinePeriod) == period;

    [Fact]
    public void A_bad_JSON_period_names_the_value_and_the_reason()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"7 minggu\"", PilkadaJsonContext.Default.DeadlinePeriod));

        Assert.Contains("'7 minggu' is not a valid deadline period", ex.Message, StringComparison.Ordinal);
        var number = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("7", PilkadaJsonContext.Default.DeadlinePeriod));
        Assert.Contains("must be a JSON string, not Number", number.Message, StringComparison.Ordinal);
    }
}
