using System.Text.Json;
using NodaTime;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cli;

public class ScheduleCommandTests
{
    [Fact]
    public void On_25_November_2024_in_Kota_Bima_the_quiet_period_is_in_force()
    {
        var (exit, output, _) = CliRunner.Run("schedule", "--on", "2024-11-25", "--region", "52.72");

        Assert.Equal(0, exit);
        Assert.Contains("52.72  Kota Bima (WITA, Asia/Makassar)", output, StringComparison.Ordinal);
        Assert.Contains("In force:               Quiet period (masa-tenang)", output, StringComparison.Ordinal);
        Assert.Contains("  * masa-tenang ", output, StringComparison.Ordinal);
        Assert.Contains("    kampanye ", output, StringComparison.Ordinal);
        Assert.Contains("Bawaslu's office hours do not apply", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instant_is_read_in_the_regions_local_time()
    {
        // 23 Nov 2024 16:30 UTC: 24 Nov 00:30 in Kota Bima (WITA), 23 Nov 23:30 in Jakarta (WIB).
        var (_, bima, _) = CliRunner.Run("schedule", "--on", "2024-11-23T16:30Z", "--region", "Kota Bima", "--json");
        var (_, jakarta, _) = CliRunner.Run("schedule", "--on", "2024-11-23T16:30Z", "--region", "31.71", "--json");

        using var b = JsonDocument.Parse(bima);
        using var j = JsonDocument.Parse(jakarta);
        Assert.Equal("2024-11-24", b.RootElement.GetProperty("date").GetString());
        Assert.Equal("masa-tenang", b.RootElement.GetProperty("inForce")[0].GetString());
        Assert.Equal("2024-11-23", j.RootElement.GetProperty("date").GetString());
        Assert.Equal("kampanye", j.RootElement.GetProperty("inForce")[0].GetString());
        Assert.Equal("Asia/Makassar", b.RootElement.GetProperty("timeZone").GetString());
    }

    [Fact]
    public void An_offset_date_time_and_a_local_date_time_are_accepted()
    {
        var (exit, output, _) = CliRunner.Run("schedule", "--on", "2024-11-25T00:30+08:00", "--region", "52.72", "--json");
        var (localExit, local, _) = CliRunner.Run("schedule", "--on", "2024-11-27T10:00", "--json");

        Assert.Equal(0, exit);
        Assert.Equal("2024-11-25", JsonDocument.Parse(output).RootElement.GetProperty("date").GetString());
        Assert.Equal(0, localExit);
        Assert.Equal(["pemungutan-suara", "penghitungan-rekapitulasi"], JsonDocument.Parse(local).RootElement.GetProperty("inForce").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Indonesian_output_names_the_stages_in_Indonesian()
    {
        var (exit, output, _) = CliRunner.Run("schedule", "--on", "2024-09-22", "--lang", "id");

        Assert.Equal(0, exit);
        Assert.Contains("Tahapan berjalan:       Pembentukan PPK, PPS dan KPPS (pembentukan-ppk-pps-kpps)", output, StringComparison.Ordinal);
        Assert.Contains("                        Penetapan pasangan calon (penetapan-paslon)", output, StringComparison.Ordinal);
        Assert.Contains("22 September 2024 (WIB)", output, StringComparison.Ordinal);
        Assert.Contains("Tahapan persiapan", output, StringComparison.Ordinal);
        Assert.Contains("tanpa tanggal", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rerun_election_has_its_own_schedule_and_keeps_uncertain_rows()
    {
        var (exit, output, _) = CliRunner.Run("schedule", "--election", "pilkada-ulang-2025", "--on", "2025-08-25", "--region", "19.71");

        Assert.Equal(0, exit);
        Assert.Contains("Quiet period (masa-tenang)", output, StringComparison.Ordinal);
        Assert.Contains("[uncertain]", output, StringComparison.Ordinal);
        Assert.Contains("Januari 2025", output, StringComparison.Ordinal);
        Assert.Contains("27 August 2025", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_date_the_command_uses_today_in_the_regions_zone()
    {
        var now = Instant.FromUtc(2024, 11, 23, 16, 30);
        var (exit, output, _) = CliRunner.RunAt(now, "schedule", "--region", "52.72", "--json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        Assert.True(document.RootElement.GetProperty("today").GetBoolean());
        Assert.Equal("2024-11-24", document.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void The_JSON_lists_every_stage_and_the_office_hours_exemptions()
    {
        var (exit, output, _) = CliRunner.Run("schedule", "--on", "2024-11-30", "--json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(30, root.GetProperty("stages").GetArrayLength());
        Assert.Equal(5, root.GetProperty("inForce").GetArrayLength());
        Assert.Equal("2024-11-24", root.GetProperty("officeHoursExemptions")[0].GetProperty("start").GetString());
        var kampanye = root.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "kampanye");
        Assert.Equal("2024-09-25", kampanye.GetProperty("start").GetString());
        Assert.Equal("PKPU 2/2024", kampanye.GetProperty("source").GetString());
    }

    [Theory]
    [InlineData(2, "schedule", "--on", "25-11-2024")]
    [InlineData(2, "schedule", "--on", "2024-11-24T16:30Z")]
    [InlineData(2, "schedule", "--region", "52.7x")]
    [InlineData(3, "schedule", "--region", "bima")]
    [InlineData(3, "schedule", "--election", "pemilu-2024")]
    [InlineData(2, "schedule", "--election", "2024")]
    public void Bad_input_gets_a_message_and_an_exit_code(int expected, params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(expected, exit);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void An_instant_without_a_region_says_why()
    {
        var (exit, output, _) = CliRunner.Run("schedule", "--on", "2024-11-24T16:30Z", "--json");

        Assert.Equal(2, exit);
        Assert.Contains("give --region to tell its local date", JsonDocument.Parse(output).RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}

public class ContestsCommandTests
{
    [Fact]
    public void All_545_contests_of_2024_are_listed_with_the_counts()
    {
        var (exit, output, _) = CliRunner.Run("contests");

        Assert.Equal(0, exit);
        Assert.Contains("545 contests: 37 gubernur, 415 bupati, 93 wali kota", output, StringComparison.Ordinal);
        Assert.DoesNotContain("pilkada-2024/34 ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("pilkada-2024/31.71", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_single_candidate_contests_are_37_and_name_the_kolom_kosong_wins()
    {
        var (exit, output, _) = CliRunner.Run("contests", "--single-candidate", "--json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(37, root.GetProperty("count").GetInt32());
        Assert.Equal(1, root.GetProperty("byKind").GetProperty("gubernur").GetInt32());
        Assert.Equal(31, root.GetProperty("byKind").GetProperty("bupati").GetInt32());
        Assert.Equal(5, root.GetProperty("byKind").GetProperty("wali-kota").GetInt32());
        var losses = root.GetProperty("contests").EnumerateArray().Where(c => c.GetProperty("outcome").GetString() == "KolomKosongWon").ToList();
        Assert.Equal(["pilkada-2024/19.01", "pilkada-2024/19.71"], losses.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal("pilkada-ulang-2025/19.71", losses[1].GetProperty("rerun").GetString());
    }

    [Fact]
    public void A_province_by_name_with_a_kind_filter()
    {
        var (exit, output, _) = CliRunner.Run("contests", "--province", "Kepulauan Bangka Belitung", "--kind", "wali-kota", "--lang", "id");

        Assert.Equal(0, exit);
        Assert.Contains("1 kontestasi: 0 gubernur, 0 bupati, 1 wali kota", output, StringComparison.Ordinal);
        Assert.Contains("pilkada-2024/19.71  Pemilihan Wali Kota Pangkal Pinang — calon tunggal (Maulan Aklil-Masagus M. Hakim): kolom kosong menang; pemilihan ulang pilkada-ulang-2025/19.71", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_re_vote_orders_are_shown()
    {
        var (exit, output, _) = CliRunner.Run("contests", "--province", "19");

        Assert.Equal(0, exit);
        Assert.Contains("pilkada-2024/19.05  Kabupaten Bangka Barat regent election — MK 99/PHPU.BUP-XXIII/2025: re-vote at some polling stations on 22 March 2025", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DI_Yogyakarta_has_five_contests_and_no_governor_election()
    {
        var (exit, output, _) = CliRunner.Run("contests", "--province", "DIY", "--json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(5, document.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("byKind").GetProperty("gubernur").GetInt32());
    }

    [Fact]
    public void The_rerun_election_has_two_contests()
    {
        var (exit, output, _) = CliRunner.Run("contests", "--election", "pilkada-ulang-2025");

        Assert.Equal(0, exit);
        Assert.Contains("2 contests: 0 gubernur, 1 bupati, 1 wali kota", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "contests", "--kind", "camat")]
    [InlineData(2, "contests", "--province", "19.71")]
    [InlineData(2, "contests", "--province", "1x")]
    [InlineData(3, "contests", "--province", "Atlantis")]
    public void Bad_filters_get_a_message_and_an_exit_code(int expected, params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(expected, exit);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}

public class RegionCommandContestTests
{
    [Fact]
    public void Kota_Bima_shows_its_2024_contests()
    {
        var (exit, output, _) = CliRunner.Run("region", "Kota Bima");

        Assert.Equal(0, exit);
        Assert.Contains("Contests:            pilkada-2024/52     Nusa Tenggara Barat governor election, 27 November 2024", output, StringComparison.Ordinal);
        Assert.Contains("pilkada-2024/52.72  Kota Bima mayoral election, 27 November 2024", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Kota_Pangkal_Pinang_shows_the_kolom_kosong_win_and_the_rerun()
    {
        var (exit, output, _) = CliRunner.Run("region", "19.71", "--json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var contests = document.RootElement.GetProperty("region").GetProperty("contests").EnumerateArray().ToList();
        Assert.Equal(["pilkada-2024/19", "pilkada-2024/19.71", "pilkada-ulang-2025/19.71"], contests.Select(c => c.GetProperty("id").GetString()));
        Assert.True(contests[1].GetProperty("singleCandidate").GetBoolean());
        Assert.Equal("KolomKosongWon", contests[1].GetProperty("outcome").GetString());
        Assert.Equal("pilkada-ulang-2025/19.71", contests[1].GetProperty("rerun").GetString());
    }

    [Fact]
    public void A_region_with_a_re_vote_shows_the_MK_ruling()
    {
        var (exit, output, _) = CliRunner.Run("region", "Kabupaten Puncak Jaya", "--lang", "id");

        Assert.Equal(0, exit);
        Assert.Contains("MK 305/PHPU.BUP-XXIII/2025: rekapitulasi ulang", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("34", "There is no governor election in Daerah Istimewa Yogyakarta (34)")]
    [InlineData("31.01", "Kabupaten Administrasi Kepulauan Seribu (31.01) is an administrative unit of DKI Jakarta")]
    public void Regions_without_a_contest_say_why(string code, string reason)
    {
        var (exit, output, _) = CliRunner.Run("region", code);

        Assert.Equal(0, exit);
        Assert.Contains(reason, output, StringComparison.Ordinal);
    }
}
