using System.Text.Json;
using FsCheck.Xunit;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Testing;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.People;

[Properties(Arbitrary = [typeof(PilkadaArbitraries)], MaxTest = 200)]
public class PeopleJsonTests
{
    // JSON carries the full number: it is data; masking is for display, redaction for export.
    [Fact]
    public void A_NIK_is_written_as_its_full_16_digits()
    {
        var nik = Nik.Parse("527201 660986 0003");

        Assert.Equal("\"5272016609860003\"", JsonSerializer.Serialize(nik, PilkadaJsonContext.Default.Nik));
        Assert.Equal("\"5272016609860003\"", PilkadaJson.Serialize(nik));
    }

    [Fact]
    public void A_NIP_is_written_in_full_and_a_PPPK_number_keeps_its_label()
    {
        Assert.Equal("\"198609262015051001\"", JsonSerializer.Serialize(Nip.Parse("NIP. 19860926 201505 1 001"), PilkadaJsonContext.Default.Nip));
        Assert.Equal("\"NI PPPK 199009132025242014\"", JsonSerializer.Serialize(Nip.Parse("199009132025242014", AsnKind.Pppk), PilkadaJsonContext.Default.Nip));
    }

    [Property]
    public bool Json_round_trip_preserves_the_NIK(Nik nik) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(nik, PilkadaJsonContext.Default.Nik), PilkadaJsonContext.Default.Nik) == nik;

    [Property]
    public bool Json_round_trip_preserves_the_NIP_and_its_kind(Nip nip) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(nip, PilkadaJsonContext.Default.Nip), PilkadaJsonContext.Default.Nip) == nip;

    [Fact]
    public void Reading_accepts_grouped_forms_and_escapes()
    {
        Assert.Equal("5272016609860003", JsonSerializer.Deserialize("\"5272 0166 0986 0003\"", PilkadaJsonContext.Default.Nik).ToFullString());
        Assert.Equal("5272016609860003", JsonSerializer.Deserialize("\"\\u0035272016609860003\"", PilkadaJsonContext.Default.Nik).ToFullString());
        Assert.Equal(AsnKind.Pppk, JsonSerializer.Deserialize("\"NI PPPK 199009132025242014\"", PilkadaJsonContext.Default.Nip).Kind);
    }

    [Fact]
    public void A_bad_NIK_names_the_path_the_masked_value_and_the_reason()
    {
        var ex = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize("[\"5272016609860003\", \"5272016609860000\"]", PilkadaJsonContext.Default.NikArray));

        Assert.Equal("$[1]", ex.Path);
        Assert.Contains("'5272**********00'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sequence number", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("016609", ex.Message, StringComparison.Ordinal);

        var escaped = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"\\u0035272016609860000\"", PilkadaJsonContext.Default.Nik));
        Assert.Contains("'5272**********00'", escaped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_NIP_names_the_masked_value_and_the_reason()
    {
        var ex = Assert.Throws<JsonException>(() => PilkadaJson.Deserialize<Nip[]>("[\"199009132025242014\"]"));

        Assert.Contains("$[0]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'1990************14'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("TMT CPNS", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_instead_of_a_string_is_rejected_with_a_reason()
    {
        var nik = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("5272016609860003", PilkadaJsonContext.Default.Nik));
        var nip = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("198609262015051001", PilkadaJsonContext.Default.Nip));

        Assert.Contains("NIK must be a JSON string, not Number", nik.Message, StringComparison.Ordinal);
        Assert.Contains("NIP must be a JSON string, not Number", nip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_reads_as_a_missing_nullable_value()
    {
        Assert.Null(JsonSerializer.Deserialize("null", PilkadaJsonContext.Default.NullableNik));
        Assert.Null(JsonSerializer.Deserialize("null", PilkadaJsonContext.Default.NullableNip));
    }

    [Fact]
    public void A_civil_servant_round_trips_with_its_kind()
    {
        var servant = new CivilServant(Nip.Parse("199009132025242014", AsnKind.Pppk), "Siti Aminah", "Dinas Pendidikan Kota Bima", "Guru", RegionCode.Parse("52.72"));

        var json = JsonSerializer.Serialize(servant, PilkadaJsonContext.Default.CivilServant);

        Assert.Equal(
            "{\"nip\":\"NI PPPK 199009132025242014\",\"kind\":\"Pppk\",\"name\":\"Siti Aminah\",\"agency\":\"Dinas Pendidikan Kota Bima\",\"position\":\"Guru\",\"workRegion\":\"52.72\"}",
            json);
        Assert.Equal(servant, JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.CivilServant));
    }

    [Fact]
    public void A_civil_servant_kind_states_how_an_unlabelled_number_is_read()
    {
        var servant = PilkadaJson.Deserialize<CivilServant>(
            "{\"kind\":\"pppk\",\"nip\":\"199009132025242014\",\"name\":\"Siti Aminah\",\"agency\":\"Pemerintah Kota Bima\",\"extra\":[1,2]}");

        Assert.NotNull(servant);
        Assert.Equal(AsnKind.Pppk, servant.Kind);
        Assert.Null(servant.Position);
        Assert.Null(servant.WorkRegion);
    }

    [Theory]
    [InlineData("{\"name\":\"A\",\"agency\":\"B\"}", "needs 'nip'")]
    [InlineData("{\"nip\":\"198609262015051001\",\"agency\":\"B\"}", "needs 'name'")]
    [InlineData("{\"nip\":\"198609262015051001\",\"name\":\"A\",\"agency\":\" \"}", "needs 'agency'")]
    [InlineData("{\"nip\":\"198609262015051001\",\"kind\":\"Honorer\",\"name\":\"A\",\"agency\":\"B\"}", "kind 'Honorer' is neither")]
    [InlineData("{\"nip\":\"NI PPPK 199009132025242014\",\"kind\":\"Pns\",\"name\":\"A\",\"agency\":\"B\"}", "'NI PPPK 1990************14' is not a valid NIP")]
    [InlineData("{\"nip\":198609262015051001,\"name\":\"A\",\"agency\":\"B\"}", "'nip' must be a JSON string")]
    [InlineData("{\"nip\":\"198609262015051001\",\"name\":\"A\",\"agency\":\"B\",\"workRegion\":\"52.7x\"}", "'52.7x' is not a valid region code")]
    [InlineData("[1]", "must be a JSON object")]
    public void An_incomplete_or_bad_civil_servant_fails_with_the_field_and_the_reason(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.CivilServant));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0926", ex.Message, StringComparison.Ordinal);
    }
}
