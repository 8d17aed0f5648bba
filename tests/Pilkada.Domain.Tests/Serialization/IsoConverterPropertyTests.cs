using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain.Serialization;

namespace Pilkada.Domain.Tests.Serialization;

/// <summary>
/// The context reads and writes instants and dates in the common ISO form itself (straight from UTF-8); these
/// properties hold it to NodaTime's own patterns, which remain the reference and the fallback.
/// </summary>
public sealed class IsoConverterPropertyTests
{
    private static readonly Instant First = Instant.FromUtc(1, 1, 1, 0, 0);

    /// <summary>Instants from year 1 to 9999, often on whole seconds, sometimes with a fraction of any length.</summary>
    private static Gen<Instant> AnyInstant =>
        from ticks in Gen.Choose(0, int.MaxValue).SelectMany(high => Gen.Choose(0, int.MaxValue).Select(low => ((long)high << 31) | (uint)low))
        from fraction in Gen.Frequency(
            (3, Gen.Constant(0L)),
            (1, Gen.Choose(1, 999_999_999).Select(n => (long)n)),
            (1, Gen.Choose(1, 999).Select(n => n * 1_000_000L)))
        let seconds = ticks % (315_537_897_600L - 1) // seconds from 0001-01-01 to 9999-12-31
        select First + Duration.FromSeconds(seconds) + Duration.FromNanoseconds(fraction);

    private static Gen<LocalDate> AnyDate => Gen.Choose(0, 3_652_058).Select(days => new LocalDate(1, 1, 1).PlusDays(days));

    [Property(MaxTest = 500)]
    public Property An_instant_is_written_as_NodaTime_writes_it_and_read_back() =>
        Prop.ForAll(AnyInstant.ToArbitrary(), instant =>
        {
            var json = JsonSerializer.Serialize(instant, PilkadaJsonContext.Default.Instant);
            return json == "\"" + InstantPattern.ExtendedIso.Format(instant) + "\""
                && JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.Instant) == instant;
        });

    [Property(MaxTest = 500)]
    public Property A_date_is_written_as_NodaTime_writes_it_and_read_back() =>
        Prop.ForAll(AnyDate.ToArbitrary(), date =>
        {
            var json = JsonSerializer.Serialize(date, PilkadaJsonContext.Default.LocalDate);
            return json == "\"" + LocalDatePattern.Iso.Format(date) + "\""
                && JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.LocalDate) == date;
        });

    [Property(MaxTest = 1000)]
    public Property The_day_count_of_a_date_agrees_with_NodaTime_both_ways() =>
        Prop.ForAll(AnyDate.ToArbitrary(), date =>
        {
            var days = date.AtMidnight().InUtc().ToInstant().ToUnixTimeSeconds() / 86_400;
            IsoUtf8.CivilFromDays(days, out var year, out var month, out var day);
            return IsoUtf8.DaysFromCivil(date.Year, date.Month, date.Day) == days && (year, month, day) == (date.Year, date.Month, date.Day);
        });

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1969, 12, 31)]
    [InlineData(1970, 1, 1)]
    [InlineData(2000, 2, 29)]
    [InlineData(2100, 3, 1)]
    [InlineData(9999, 12, 31)]
    public void The_day_count_of_the_edges_agrees_with_NodaTime(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        var days = date.AtMidnight().InUtc().ToInstant().ToUnixTimeSeconds() / 86_400;

        IsoUtf8.CivilFromDays(days, out var y, out var m, out var d);

        Assert.Equal(days, IsoUtf8.DaysFromCivil(year, month, day));
        Assert.Equal((year, month, day), (y, m, d));
    }

    [Property(MaxTest = 500)]
    public Property Any_text_is_read_as_an_instant_exactly_when_NodaTime_reads_it(NonNull<string> text)
    {
        var expected = InstantPattern.ExtendedIso.Parse(text.Get);
        var json = JsonSerializer.Serialize(text.Get, PilkadaJsonContext.Default.String);
        try
        {
            var read = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.Instant);
            return (expected.Success && expected.Value == read).ToProperty();
        }
        catch (JsonException)
        {
            return (!expected.Success).ToProperty();
        }
    }

    [Theory]
    [InlineData("2024-02-30T00:00:00Z")] // no 30 February
    [InlineData("2024-11-27T01:60:00Z")]
    [InlineData("2024-11-27T01:00:00.Z")]
    [InlineData("2024-11-27T01:00:00.1234567890Z")]
    [InlineData("2024-11-27 01:00:00Z")]
    [InlineData("2024-11-27T01:00:00+07:00")]
    public void A_malformed_instant_fails_with_the_value_and_the_reason(string text)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"" + text + "\"", PilkadaJsonContext.Default.Instant));

        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
        Assert.Contains("is not a valid instant", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-11-27T01:00:00Z", 2024, 11, 27, 1, 0, 0, 0)]
    [InlineData("2024-11-27T01:00:00.5Z", 2024, 11, 27, 1, 0, 0, 500_000_000)]
    [InlineData("2024-02-29T23:59:59.000000001Z", 2024, 2, 29, 23, 59, 59, 1)]
    public void The_fast_path_reads_the_exact_instant(string text, int year, int month, int day, int hour, int minute, int second, int nanoseconds) =>
        Assert.Equal(
            Instant.FromUtc(year, month, day, hour, minute, second) + Duration.FromNanoseconds(nanoseconds),
            JsonSerializer.Deserialize("\"" + text + "\"", PilkadaJsonContext.Default.Instant));
}
