using System.Globalization;
using System.Text.Json;
using FsCheck.Xunit;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Regions;

[Properties(Arbitrary = [typeof(RegionArbitraries)])]
public class RegionJsonTests
{
    private sealed record Report(RegionCode Kode, string Nama);

    [Fact]
    public void A_code_is_written_as_its_canonical_string()
    {
        var code = RegionCode.Parse("5272", CultureInfo.InvariantCulture);

        Assert.Equal("\"52.72\"", JsonSerializer.Serialize(code, PilkadaJsonContext.Default.RegionCode));
        Assert.Equal("\"52.72\"", PilkadaJson.Serialize(code));
    }

    [Property]
    public bool Json_round_trip_preserves_the_code(RegionCode code) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(code, PilkadaJsonContext.Default.RegionCode), PilkadaJsonContext.Default.RegionCode) == code;

    [Fact]
    public void Reading_accepts_every_written_form_and_escapes()
    {
        Assert.Equal("52.72", JsonSerializer.Deserialize("\"52 72\"", PilkadaJsonContext.Default.RegionCode).ToString());
        Assert.Equal("52.72", JsonSerializer.Deserialize("\"\\u0035272\"", PilkadaJsonContext.Default.RegionCode).ToString());
    }

    [Fact]
    public void Codes_work_as_dictionary_keys()
    {
        var map = new Dictionary<RegionCode, string> { [RegionCode.Parse("52.72", CultureInfo.InvariantCulture)] = "Kota Bima" };
        var json = JsonSerializer.Serialize(map, PilkadaJsonContext.Default.DictionaryRegionCodeString);

        Assert.Equal("{\"52.72\":\"Kota Bima\"}", json);
        Assert.Equal(map, JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.DictionaryRegionCodeString));
    }

    [Fact]
    public void A_bad_value_names_the_path_the_value_and_the_reason()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("[\"52.72\", \"52.7x\"]", PilkadaJsonContext.Default.RegionCodeArray));

        Assert.Equal("$[1]", ex.Path);
        Assert.Contains("'52.7x'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("character 5 is neither a digit nor a separator", ex.Message, StringComparison.Ordinal);

        var wrapped = Assert.Throws<JsonException>(() => PilkadaJson.Deserialize<RegionCode[]>("[\"52.72\", \"52.7x\"]"));
        Assert.Contains("$[1]", wrapped.Message, StringComparison.Ordinal);
        Assert.Contains("'52.7x'", wrapped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_instead_of_a_string_is_rejected_with_a_reason()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("5272", PilkadaJsonContext.Default.RegionCode));

        Assert.Contains("must be a JSON string, not Number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_formed_but_unknown_code_still_reads_so_old_data_keeps_working()
    {
        Assert.Equal("92.01", JsonSerializer.Deserialize("\"92.01\"", PilkadaJsonContext.Default.RegionCode).ToString());
    }
}
