using System.Text.Json;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cli;

public class RiskCommandTests
{
    [Fact]
    public void Kota_Bima_shows_its_tinggi_rating_and_its_province()
    {
        var (exit, output, _) = CliRunner.Run("risk", "Kota Bima");

        Assert.Equal(0, exit);
        Assert.Contains("52.72  Kota Bima", output, StringComparison.Ordinal);
        Assert.Contains("Vulnerability mapping of the 2024 regional elections (2024-08-26): tinggi", output, StringComparison.Ordinal);
        Assert.Contains("52  Provinsi Nusa Tenggara Barat", output, StringComparison.Ordinal);
        Assert.Contains("tinggi 49.33–100", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_is_classified_under_the_regions_level()
    {
        var (exit, output, _) = CliRunner.Run("risk", "52", "--score", "68.5", "--lang", "id");

        Assert.Equal(0, exit);
        Assert.Contains("Skor 68,50 → tinggi [68.5, 100]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_out_of_range_score_exits_2()
    {
        var (exit, _, error) = CliRunner.Run("risk", "52.72", "--score", "101");

        Assert.Equal(2, exit);
        Assert.Contains("101 is outside that range", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_the_ratings_of_the_region_and_its_province()
    {
        var (exit, output, _) = CliRunner.Run("risk", "Kabupaten Malang", "--json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var ratings = document.RootElement.GetProperty("ratings").EnumerateArray().ToList();
        Assert.Contains(ratings, r => r.GetProperty("region").GetString() == "35.07" && r.GetProperty("rank").GetInt32() == 1);
        Assert.Contains(ratings, r => r.GetProperty("region").GetString() == "35" && r.GetProperty("band").GetString() == "Tinggi");
    }

    [Fact]
    public void An_unknown_region_is_not_found()
    {
        var (exit, _, _) = CliRunner.Run("risk", "52.99");

        Assert.Equal(3, exit);
    }
}
