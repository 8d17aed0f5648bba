using System.Text.Json;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cli;

public class OffenceCommandTests
{
    [Fact]
    public void An_article_prints_the_conduct_the_penalty_and_the_route()
    {
        var (exit, output, _) = CliRunner.Run("offence", "187A", "--on", "2024-11-20", "--region", "Kota Bima");

        Assert.Equal(0, exit);
        Assert.Contains("UU 10/2016 Pasal 187A ayat (1) — election crime", output, StringComparison.Ordinal);
        Assert.Contains("prison 36–72 months and a fine of Rp200.000.000–Rp1.000.000.000", output, StringComparison.Ordinal);
        Assert.Contains("Bawaslu Kota Bima — competent", output, StringComparison.Ordinal);
        Assert.Contains("2. Polres Kota Bima — investigates", output, StringComparison.Ordinal);
        Assert.Contains("forwarded within 24 hours of the Bawaslu decision (UU 1/2015 Pasal 135 ayat (2))", output, StringComparison.Ordinal);
        Assert.Contains("UU 10/2016 Pasal 187A ayat (2)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Indonesian_output_uses_Indonesian_labels_and_dates()
    {
        var (exit, output, _) = CliRunner.Run("offence", "politik uang", "--on", "2024-10-02", "--region", "52.06", "--lang", "id");

        Assert.Equal(0, exit);
        Assert.Contains("Ancaman pidana:", output, StringComparison.Ordinal);
        Assert.Contains("penjara 36–72 bulan dan denda Rp200.000.000–Rp1.000.000.000", output, StringComparison.Ordinal);
        Assert.Contains("Penanganan pada 2 Oktober 2024, pemilihan bupati Kabupaten Bima:", output, StringComparison.Ordinal);
        Assert.Contains("Bawaslu Provinsi Nusa Tenggara Barat — berwenang", output, StringComparison.Ordinal);
        Assert.Contains("diputus paling lama 14 hari kerja", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-08-20", "1. KASN")]
    [InlineData("2024-08-24", "1. BKN")]
    [InlineData("2024-08-30", "1. BKN")]
    public void Netralitas_prints_the_decree_the_ladders_and_the_body_of_the_date(string date, string body)
    {
        var (exit, output, _) = CliRunner.Run("offence", "netralitas", "--on", date, "--region", "52.72");

        Assert.Equal(0, exit);
        Assert.Contains("E7", output, StringComparison.Ordinal);
        Assert.Contains("D5   [discipline, dismissal without honour]", output, StringComparison.Ordinal);
        Assert.Contains("performance allowance cut by 25% for 12 months", output, StringComparison.Ordinal);
        Assert.Contains("statement in private; statement in public", output, StringComparison.Ordinal);
        Assert.Contains(body, output, StringComparison.Ordinal);
        Assert.Contains("Pejabat Pembina Kepegawaian Kota Bima (Wali Kota Bima)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_region_the_route_names_kinds()
    {
        var (exit, output, _) = CliRunner.Run("offence", "71", "--on", "2024-10-02");

        Assert.Equal(0, exit);
        Assert.Contains("UU 1/2015 Pasal 188", output, StringComparison.Ordinal);
        Assert.Contains("UU 1/2015 Pasal 190", output, StringComparison.Ordinal);
        Assert.Contains("UU 10/2016 Pasal 71 ayat (5)", output, StringComparison.Ordinal);
        Assert.Contains("Bawaslu Provinsi or Bawaslu Kabupaten/Kota — competent", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_machine_readable()
    {
        var (exit, output, _) = CliRunner.Run("offence", "189", "--on", "2024-08-30", "--region", "52.72", "--json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var breach = document.RootElement.GetProperty("breaches")[0];
        Assert.Equal("found", document.RootElement.GetProperty("status").GetString());
        Assert.Equal("2024-08-30", document.RootElement.GetProperty("date").GetString());
        Assert.Equal("UU8-2015/189", breach.GetProperty("code").GetString());
        Assert.Equal(600_000, breach.GetProperty("penalty").GetProperty("minFine").GetInt64());
        Assert.Equal("Rp6.000.000", breach.GetProperty("penalty").GetProperty("maxFineText").GetString());
        Assert.Equal("CumulativeOrAlternative", breach.GetProperty("penalty").GetProperty("combination").GetString());
        Assert.Equal("Bawaslu Kota Bima", breach.GetProperty("route").GetProperty("competent")[0].GetString());
    }

    [Fact]
    public void Json_lists_the_sanctions_of_a_decree_entry()
    {
        var (exit, output, _) = CliRunner.Run("offence", "D3", "--on", "2024-10-02", "--json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var breach = document.RootElement.GetProperty("breaches")[0];
        Assert.Equal("Sedang", breach.GetProperty("level").GetString());
        Assert.Equal(3, breach.GetProperty("sanctions").GetArrayLength());
        Assert.Equal(25, breach.GetProperty("sanctions")[0].GetProperty("allowanceCutPercent").GetInt32());
        Assert.Equal(3, breach.GetProperty("transitionalSanctions").GetArrayLength());
    }

    [Fact]
    public void Nothing_found_exits_3()
    {
        var (exit, _, error) = CliRunner.Run("offence", "pasal 999", "--on", "2024-10-02");

        Assert.Equal(3, exit);
        Assert.Contains("No offence or ASN-neutrality breach matches 'pasal 999'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_found_in_JSON_exits_3_with_a_status()
    {
        var (exit, output, _) = CliRunner.Run("offence", "pasal 999", "--json");

        Assert.Equal(3, exit);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("notFound", document.RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("--on", "27-11-2024", "'27-11-2024' is not a date")]
    [InlineData("--contest", "presiden", "'presiden' is not gubernur, bupati or walikota")]
    [InlineData("--region", "52.7x", "'52.7x' is not a valid region code")]
    public void Bad_options_exit_2_naming_the_value(string option, string value, string message)
    {
        var (exit, _, error) = CliRunner.Run("offence", "187A", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contest_the_region_does_not_hold_exits_2()
    {
        var (exit, _, error) = CliRunner.Run("offence", "187A", "--on", "2024-10-02", "--region", "34");

        Assert.Equal(2, exit);
        Assert.Contains("holds no such election", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ambiguous_region_exits_3() =>
        Assert.Equal(3, CliRunner.Run("offence", "187A", "--region", "Bima").ExitCode);

    [Fact]
    public void A_missing_argument_is_a_usage_error() =>
        Assert.Equal(1, CliRunner.Run("offence").ExitCode);
}
