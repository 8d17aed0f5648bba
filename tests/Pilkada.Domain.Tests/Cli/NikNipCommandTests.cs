using System.Text.Json;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cli;

public class NikNipCommandTests
{
    [Fact]
    public void A_valid_NIK_is_explained_masked_by_default()
    {
        var (exit, output, _) = CliRunner.Run("nik", "5272016609860003", "--on", "2024-11-27");

        Assert.Equal(0, exit);
        Assert.Contains("NIK 5272**********03 (valid)", output, StringComparison.Ordinal);
        Assert.Contains("52.72.** — Kota Bima, Provinsi Nusa Tenggara Barat", output, StringComparison.Ordinal);
        Assert.Contains("hidden (--full shows it)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("016609", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Rasanae", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1986", output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_full_every_part_is_shown()
    {
        var (exit, output, _) = CliRunner.Run("nik", "5272 0166 0986 0003", "--on", "2024-11-27", "--full");

        Assert.Equal(0, exit);
        Assert.Contains("NIK 5272016609860003 (valid)", output, StringComparison.Ordinal);
        Assert.Contains("52.72.01 — Kecamatan Rasanae Barat, Kota Bima, Provinsi Nusa Tenggara Barat", output, StringComparison.Ordinal);
        Assert.Contains("26 September 1986; woman (day 66 = 26 + 40), 38 years old on 27 November 2024", output, StringComparison.Ordinal);
        Assert.Contains("sequence number: 0003", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retired_region_is_accepted_and_reported_in_Indonesian()
    {
        var (exit, output, _) = CliRunner.Run("nik", "9201012609860003", "--on", "2024-11-27", "--full", "--lang", "id");

        Assert.Equal(0, exit);
        Assert.Contains("(sah)", output, StringComparison.Ordinal);
        Assert.Contains("yang mencatatnya sebagai Makbon (diterima: NIK tetap memakai kodenya)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_NIK_says_which_digit_and_why_masked_and_exits_2()
    {
        var (exit, _, error) = CliRunner.Run("nik", "5272012609860000");

        Assert.Equal(2, exit);
        Assert.Equal("'5272**********00' is not a valid NIK: digits 13–16 (the sequence number, at character 13) are 0000; numbering starts at 0001.", error.Trim());
    }

    [Fact]
    public void A_NIK_with_no_birth_date_on_the_reference_day_is_invalid()
    {
        var (exit, _, error) = CliRunner.Run("nik", "5272012902000003", "--on", "1999-12-31");

        Assert.Equal(2, exit);
        Assert.Contains("no real birth date on or before 31 December 1999", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_leaves_hidden_parts_out_unless_full()
    {
        var (exit, output, _) = CliRunner.Run("nik", "9912345609860003", "--on", "2024-11-27", "--json");
        using var masked = JsonDocument.Parse(output);

        Assert.Equal(0, exit);
        Assert.Equal("9912**********03", masked.RootElement.GetProperty("nik").GetString());
        Assert.Equal("Abroad", masked.RootElement.GetProperty("kind").GetString());
        Assert.False(masked.RootElement.TryGetProperty("birthDate", out _));
        Assert.False(masked.RootElement.TryGetProperty("abroad", out _));

        var (_, fullOutput, _) = CliRunner.Run("nik", "9912345609860003", "--on", "2024-11-27", "--json", "--full");
        using var full = JsonDocument.Parse(fullOutput);
        Assert.Equal("1986-09-16", full.RootElement.GetProperty("birthDate").GetString());
        Assert.Equal(123, full.RootElement.GetProperty("abroad").GetProperty("countryCode").GetInt32());
        Assert.Equal("Female", full.RootElement.GetProperty("sex").GetString());
    }

    [Fact]
    public void Json_errors_carry_the_code_and_the_position()
    {
        var (exit, output, _) = CliRunner.Run("nik", "52720126098600x3", "--json");
        using var document = JsonDocument.Parse(output);

        Assert.Equal(2, exit);
        Assert.Equal("Nik.InvalidCharacter", document.RootElement.GetProperty("error").GetString());
        Assert.Equal(14, document.RootElement.GetProperty("position").GetInt32());
    }

    [Fact]
    public void A_PNS_NIP_is_explained()
    {
        var (exit, output, _) = CliRunner.Run("nip", "NIP. 19860926 201505 1 001", "--on", "2024-11-27", "--full");

        Assert.Equal(0, exit);
        Assert.Contains("NIP 198609262015051001 (valid)", output, StringComparison.Ordinal);
        Assert.Contains("26 September 1986, 38 years old on 27 November 2024", output, StringComparison.Ordinal);
        Assert.Contains("TMT CPNS: May 2015 (from 1 May 2015)", output, StringComparison.Ordinal);
        Assert.Contains("1 = laki-laki (man)", output, StringComparison.Ordinal);
        Assert.Contains("sequence number: 001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NIP_is_masked_by_default()
    {
        var (exit, output, _) = CliRunner.Run("nip", "198609262015051001", "--on", "2024-11-27");

        Assert.Equal(0, exit);
        Assert.Contains("NIP 1986************01 (valid)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("2015", output, StringComparison.Ordinal);
    }

    // DOMAIN-BRIEF §5.5 ❓: the NI PPPK layout is uncertain; --pppk reads it without decoding digits 9–14.
    [Fact]
    public void A_PPPK_number_needs_pppk_and_the_error_says_so()
    {
        var (exit, _, error) = CliRunner.Run("nip", "199009132025242014");
        Assert.Equal(2, exit);
        Assert.Contains("digits 13–14 (the month of the TMT CPNS, at character 13) must be 01–12. It is a well-formed NI PPPK: if it is one, add --pppk.", error, StringComparison.Ordinal);

        var (ok, output, _) = CliRunner.Run("nip", "199009132025242014", "--pppk", "--full", "--on", "2025-06-01", "--lang", "id");
        Assert.Equal(0, ok);
        Assert.Contains("NI PPPK 199009132025242014 (sah)", output, StringComparison.Ordinal);
        Assert.Contains("tidak diuraikan", output, StringComparison.Ordinal);
        Assert.Contains("2 = perempuan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NIP_appointed_after_the_reference_date_is_invalid()
    {
        var (exit, output, _) = CliRunner.Run("nip", "198609262015051001", "--on", "2015-01-01", "--json");
        using var document = JsonDocument.Parse(output);

        Assert.Equal(2, exit);
        Assert.Equal("Nip.AppointedAfterReference", document.RootElement.GetProperty("error").GetString());
        Assert.Contains("1986************01", document.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nik", "5272016609860003", "--on", "27-11-2024")]
    [InlineData("nip")]
    [InlineData("nik")]
    public void A_bad_command_line_exits_1(params string[] args)
    {
        var (exit, _, _) = CliRunner.Run(args);

        Assert.Equal(1, exit);
    }
}
