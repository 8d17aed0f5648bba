using System.Text.Json;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cli;

public class RegionCommandTests
{
    [Fact]
    public void A_name_prints_code_kind_parents_zone_and_population()
    {
        var (exit, output, _) = CliRunner.Run("region", "Kota Bima");

        Assert.Equal(0, exit);
        Assert.Contains("52.72  Kota Bima", output, StringComparison.Ordinal);
        Assert.Contains("52  Provinsi Nusa Tenggara Barat", output, StringComparison.Ordinal);
        Assert.Contains("WITA (Asia/Makassar, UTC+8)", output, StringComparison.Ordinal);
        Assert.Contains("165,113", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Indonesian_output_uses_Indonesian_labels_and_number_grouping()
    {
        var (exit, output, _) = CliRunner.Run("region", "52.72", "--lang", "id");

        Assert.Equal(0, exit);
        Assert.Contains("Penduduk:", output, StringComparison.Ordinal);
        Assert.Contains("165.113", output, StringComparison.Ordinal);
        Assert.Contains("208,39 km²", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ambiguous_name_lists_the_candidates_and_exits_3()
    {
        var (exit, output, _) = CliRunner.Run("region", "bima");

        Assert.Equal(3, exit);
        Assert.Contains("52.06", output, StringComparison.Ordinal);
        Assert.Contains("Kabupaten Bima", output, StringComparison.Ordinal);
        Assert.Contains("Kota Bima", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_code_exits_non_zero_with_the_error_in_words()
    {
        var (exit, _, error) = CliRunner.Run("region", "52.7x");

        Assert.Equal(2, exit);
        Assert.Contains("'52.7x' is not a valid region code: character 5", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_formed_unknown_code_exits_3()
    {
        var (exit, _, error) = CliRunner.Run("region", "52.99");

        Assert.Equal(3, exit);
        Assert.Contains("well-formed but is not in Kepmendagri 300.2.2-2138/2025", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_machine_readable()
    {
        var (exit, output, _) = CliRunner.Run("region", "Pangkal Pinang", "--json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var region = document.RootElement.GetProperty("region");
        Assert.Equal("found", document.RootElement.GetProperty("status").GetString());
        Assert.Equal("19.71", region.GetProperty("code").GetString());
        Assert.Equal("Kota Pangkal Pinang", region.GetProperty("name").GetString());
        Assert.Equal("WIB", region.GetProperty("timeZone").GetProperty("abbreviation").GetString());
        Assert.Equal("19", region.GetProperty("parents")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error()
    {
        var (exit, _, _) = CliRunner.Run("region");

        Assert.Equal(1, exit);
    }
}
