using System.Text.Json;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Serialization;

namespace Pilkada.Domain.Tests.Cases;

public class LaporanJsonTests
{
    [Fact]
    public void The_context_alone_writes_NodaTime_values_in_ISO_form_and_reads_them_back()
    {
        var laporan = new Laporan
        {
            Pelapor = new Pelapor { Name = "Pelapor Contoh", Nik = "5272016609860003", Standing = PelaporStanding.Pemilih },
            KnownOn = new LocalDate(2024, 10, 25),
            FiledAt = Instant.FromUtc(2024, 11, 2, 1, 30),
            Channel = FilingChannel.InPerson,
            Incident = new Incident { OccurredOn = new LocalDate(2024, 10, 24), OccurredAt = new LocalTime(9, 30), RegionCode = "52.72.01" },
        };

        var json = JsonSerializer.Serialize(laporan, PilkadaJsonContext.Default.Laporan);

        Assert.Contains("\"knownOn\":\"2024-10-25\"", json, StringComparison.Ordinal);
        Assert.Contains("\"filedAt\":\"2024-11-02T01:30:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"occurredAt\":\"09:30:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"channel\":\"InPerson\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.Laporan)!;
        Assert.Equal(laporan.KnownOn, back.KnownOn);
        Assert.Equal(laporan.FiledAt, back.FiledAt);
        Assert.Equal(laporan.Incident, back.Incident);
        Assert.Equal(laporan.Pelapor, back.Pelapor);
    }

    [Fact]
    public void A_bad_date_names_the_path_the_value_and_the_reason()
    {
        var ex = Assert.Throws<JsonException>(() => PilkadaJson.Deserialize<Laporan>("{\"knownOn\":\"2024-13-01\"}"));

        Assert.Equal("$.knownOn", ex.Path);
        Assert.Contains("'2024-13-01' is not a valid date (yyyy-MM-dd)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.knownOn", ex.Message, StringComparison.Ordinal);
    }
}
