using System.Text.Json;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;

namespace Pilkada.Domain.Tests.Calendars;

public class CalendarJsonTests
{
    [Fact]
    public void Every_embedded_non_working_day_survives_a_JSON_round_trip()
    {
        var days = NonWorkingDayTable.Default.Days.ToArray();

        var json = JsonSerializer.Serialize(days, PilkadaJsonContext.Default.NonWorkingDayArray);
        var back = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.NonWorkingDayArray);

        Assert.Equal(days, back);
    }

    [Fact]
    public void A_non_working_day_is_written_with_camelCase_names_and_its_region()
    {
        var day = new NonWorkingDay(new LocalDate(2025, 8, 27), NonWorkingDayKind.RegionalHoliday, "Libur daerah", "Regional holiday", new LegalReference("Keputusan Wali Kota", "Diktum KESATU"))
        {
            Region = RegionCode.Parse("19.71"),
            Confidence = SourceConfidence.SingleSource,
        };

        var json = PilkadaJson.Serialize(day);

        Assert.Equal(
            "{\"date\":\"2025-08-27\",\"kind\":\"RegionalHoliday\",\"name\":\"Libur daerah\",\"englishName\":\"Regional holiday\",\"legalBasis\":{\"instrument\":\"Keputusan Wali Kota\",\"provision\":\"Diktum KESATU\"},\"confidence\":\"SingleSource\",\"region\":\"19.71\"}",
            json);
        Assert.Equal(day, PilkadaJson.Deserialize<NonWorkingDay>(json));
    }

    [Fact]
    public void Every_statutory_deadline_rule_survives_a_JSON_round_trip()
    {
        var rules = PilkadaDeadlines.All.Concat(PemiluDeadlines.All).ToList();

        var json = JsonSerializer.Serialize(rules, PilkadaJsonContext.Default.ListDeadlineRule);
        var back = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.ListDeadlineRule);

        Assert.Equal(rules, back);
        Assert.Contains("\"period\":\"7 hari kalender\"", json, StringComparison.Ordinal);
        Assert.Contains("\"validFrom\":\"2015-03-18\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_period_survives_a_JSON_round_trip()
    {
        var period = new ServicePeriod(new LocalDate(2024, 11, 24), new LocalDate(2024, 11, 26), ServicePeriodReason.MasaTenang)
        {
            Description = "Masa tenang Pemilihan Serentak 2024",
            Source = new LegalReference("PKPU 2/2024"),
        };

        var json = JsonSerializer.Serialize(period, PilkadaJsonContext.Default.ServicePeriod);

        Assert.Equal("{\"start\":\"2024-11-24\",\"end\":\"2024-11-26\",\"reason\":\"MasaTenang\",\"description\":\"Masa tenang Pemilihan Serentak 2024\",\"source\":{\"instrument\":\"PKPU 2/2024\"}}", json);
        Assert.Equal(period, JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.ServicePeriod));
    }

    [Theory]
    [InlineData("{\"date\":\"2024-13-01\",\"kind\":\"NationalHoliday\",\"name\":\"A\",\"englishName\":\"A\",\"legalBasis\":{\"instrument\":\"X\"}}", "'2024-13-01' is not a valid 'date': expected an ISO date")]
    [InlineData("{\"date\":\"2024-12-01\",\"kind\":\"Holiday\",\"name\":\"A\",\"englishName\":\"A\",\"legalBasis\":{\"instrument\":\"X\"}}", "'Holiday' is not a valid 'kind': expected one of NationalHoliday, CollectiveLeave, ElectionDay, RegionalHoliday")]
    [InlineData("{\"date\":\"2024-12-01\",\"kind\":\"2\",\"name\":\"A\",\"englishName\":\"A\",\"legalBasis\":{\"instrument\":\"X\"}}", "'2' is not a valid 'kind'")]
    [InlineData("{\"date\":\"2024-12-01\",\"kind\":\"NationalHoliday\",\"englishName\":\"A\",\"legalBasis\":{\"instrument\":\"X\"}}", "the required property 'name' is missing")]
    [InlineData("{\"date\":\"2024-12-01\",\"kind\":\"NationalHoliday\",\"name\":\"A\",\"englishName\":\"A\",\"legalBasis\":{}}", "the required property 'legalBasis.instrument' is missing")]
    [InlineData("{\"date\":\"2024-12-01\",\"kind\":\"NationalHoliday\",\"name\":\"A\",\"englishName\":\"A\",\"legalBasis\":{\"instrument\":\"X\"},\"region\":\"52.7x\"}", "'52.7x' is not a valid 'region': character 5 is neither a digit nor a separator")]
    [InlineData("[]", "A non-working day must be a JSON object, not StartArray")]
    [InlineData("{\"date\":20241201}", "the property 'date' must be a JSON string, not Number")]
    public void A_bad_non_working_day_fails_naming_the_property_the_value_and_the_reason(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => PilkadaJson.Deserialize<NonWorkingDay>(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"x y\",\"period\":\"7 hari\",\"name\":\"A\",\"englishName\":\"A\",\"source\":{\"instrument\":\"X\"}}", "'x y' is not a valid 'id'")]
    [InlineData("{\"id\":\"x\",\"period\":\"7 minggu\",\"name\":\"A\",\"englishName\":\"A\",\"source\":{\"instrument\":\"X\"}}", "'7 minggu' is not a valid 'period': the word at character 3 is not a unit")]
    [InlineData("{\"id\":\"x\",\"period\":\"7 hari\",\"name\":\"A\",\"englishName\":\"A\"}", "the required property 'source' is missing")]
    [InlineData("{\"id\":\"x\",\"period\":\"7 hari\",\"name\":\"A\",\"englishName\":\"A\",\"source\":{\"instrument\":\"X\"},\"confidence\":\"Sure\"}", "'Sure' is not a valid 'confidence'")]
    public void A_bad_deadline_rule_fails_naming_the_property_the_value_and_the_reason(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.DeadlineRule));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_period_that_ends_before_it_starts_is_rejected()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"start\":\"2024-11-26\",\"end\":\"2024-11-24\",\"reason\":\"MasaTenang\"}", PilkadaJsonContext.Default.ServicePeriod));

        Assert.Contains("'2024-11-24' is not a valid 'end': the period ends before it starts on 2024-11-26", ex.Message, StringComparison.Ordinal);
    }
}
