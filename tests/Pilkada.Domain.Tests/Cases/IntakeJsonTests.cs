using System.Text.Json;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cases;

public class IntakeJsonTests
{
    [Fact]
    public void Unmet_requirements_round_trip_through_the_context_with_enum_names()
    {
        var unmet = new LaporanValidator().ValidateAll(IntakeArbitraries.Complete with { Evidence = [] }, PilkadaLanguage.English).Unmet.ToList();

        var json = JsonSerializer.Serialize(unmet, PilkadaJsonContext.Default.ListUnmetRequirement);
        var back = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.ListUnmetRequirement)!;

        Assert.Contains("\"requirement\":\"Bukti\"", json, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"Laporan.Materiil.Bukti\"", json, StringComparison.Ordinal);
        Assert.Equal(unmet, back);
    }

    [Theory]
    [InlineData(LegalRegimeKind.Pemilu, "\"Pemilu\"")]
    [InlineData(LegalRegimeKind.Pilkada, "\"Pilkada\"")]
    public void The_regime_is_written_by_name(LegalRegimeKind regime, string expected) =>
        Assert.Equal(expected, JsonSerializer.Serialize(regime, PilkadaJsonContext.Default.LegalRegimeKind));

    [Fact]
    public void An_unknown_enum_name_fails_with_a_JsonException()
    {
        Assert.Throws<JsonException>(() => PilkadaJson.Deserialize<Laporan>("{\"channel\":\"Fax\"}"));
    }
}
