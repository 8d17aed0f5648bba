using System.Text.Json;
using NodaTime;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cli;

public class CaseCommandTests
{
    [Fact]
    public void A_case_file_prints_its_history_deadlines_and_what_is_overdue()
    {
        var (exit, output, _) = CliRunner.Run("case", CaseExamples.PathOf("kota-pangkalpinang-aksi-kahmi.json"), "--at", "2024-11-02T12:00");

        Assert.Equal(0, exit);
        Assert.Contains("Case 001/Reg/LP/PW/Kota/19.71/X/2024  (Kota Pangkal Pinang 19.71, Asia/Jakarta; pilkada-2024/19.71)", output, StringComparison.Ordinal);
        Assert.Contains("Status at 2 November 2024 12:00 WIB: registered — Published as: registered, in process", output, StringComparison.Ordinal);
        Assert.Contains("2. 28 October 2024 09:00 WIB", output, StringComparison.Ordinal);
        Assert.Contains("coordination: Bawaslu Provinsi Kepulauan Bangka Belitung", output, StringComparison.Ordinal);
        Assert.Contains("Time limit to report: 7 calendar days from 25 October 2024 00:00 WIB; last day 1 November 2024", output, StringComparison.Ordinal);
        Assert.Contains("Overdue", output, StringComparison.Ordinal);
        Assert.Contains("- Follow-up of the report (decision): 1 day 12 hours (1 November 2024 00:00 WIB)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_the_deadline_nothing_is_overdue_and_the_next_due_is_shown_in_Indonesian()
    {
        var (exit, output, _) = CliRunner.Run("case", CaseExamples.PathOf("kota-pangkalpinang-aksi-kahmi.json"), "--at", "2024-10-28T15:00+07:00", "--lang", "id");

        Assert.Equal(0, exit);
        Assert.Contains("Tidak ada yang lewat waktu.", output, StringComparison.Ordinal);
        Assert.Contains("Jatuh tempo berikutnya: Tindak lanjut laporan (putusan) — 1 November 2024 00.00 WIB (3 hari 9 jam)", output, StringComparison.Ordinal);
        Assert.Contains("Riwayat status", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_at_option_shows_the_case_as_it_stood_then()
    {
        var (exit, output, _) = CliRunner.Run("case", CaseExamples.PathOf("politik-uang-gakkumdu.json"), "--at", "2024-11-25T12:00");

        Assert.Equal(0, exit);
        Assert.Contains("Status at 25 November 2024 12:00 WITA: forwarded", output, StringComparison.Ordinal);
        Assert.DoesNotContain("investigation started", output, StringComparison.Ordinal);
        Assert.Contains("Where it goes (TindakPidana): Bawaslu Kabupaten Bima", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_instant_is_the_clock_and_JSON_lists_deadlines_with_their_status()
    {
        var now = Instant.FromUtc(2024, 12, 1, 0, 0);
        var (exit, output, _) = CliRunner.RunAt(now, "case", CaseExamples.PathOf("kota-bima-netralitas-asn.json"), "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("2024-12-01T00:00:00Z", root.GetProperty("at").GetString());
        Assert.Equal("Ditutup", root.GetProperty("caseStatus").GetString());
        Assert.Equal("Pelanggaran", root.GetProperty("publishedOutcome").GetString());
        Assert.Equal(8, root.GetProperty("history").GetArrayLength());
        var ppk = root.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "PpkFollowUp");
        Assert.Equal("Met", ppk.GetProperty("status").GetString());
        Assert.False(ppk.TryGetProperty("due", out _));
        Assert.Equal(0, root.GetProperty("overdue").GetArrayLength());
        Assert.Equal("NetralitasAsn", root.GetProperty("routing").GetProperty("matter").GetString());
    }

    [Fact]
    public void A_missing_file_is_a_file_error()
    {
        var (exit, _, error) = CliRunner.Run("case", "/nonexistent/case.json");

        Assert.Equal(4, exit);
        Assert.Contains("Cannot read '/nonexistent/case.json'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_JSON_is_a_file_error_and_a_disallowed_event_is_invalid_input()
    {
        var directory = Directory.CreateTempSubdirectory("pilkada-case-");
        try
        {
            var bad = Path.Combine(directory.FullName, "bad.json");
            File.WriteAllText(bad, "{\"id\":\"X\",");
            var (badExit, _, badError) = CliRunner.Run("case", bad);
            Assert.Equal(4, badExit);
            Assert.Contains("is not a valid case file", badError, StringComparison.Ordinal);

            var rejected = Path.Combine(directory.FullName, "rejected.json");
            File.WriteAllText(rejected, """
                {"id":"X","regime":"pilkada-uu10-2016","region":"52.72","events":[
                  {"type":"laporan-diterima","at":"2024-10-01T01:00:00Z","laporan":{}},
                  {"type":"diputuskan","at":"2024-10-02T01:00:00Z","decision":{"type":"bukan-pelanggaran"}}]}
                """);
            var (exit, output, _) = CliRunner.Run("case", rejected, "--json", "--lang", "id");
            Assert.Equal(2, exit);
            using var doc = JsonDocument.Parse(output);
            Assert.Equal("DecisionBeforeRegistration", doc.RootElement.GetProperty("error").GetString());
            Assert.Contains("peristiwa ke-2 (diputuskan", doc.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_bad_at_is_invalid_input() =>
        Assert.Equal(2, CliRunner.Run("case", CaseExamples.PathOf("laporan-daluwarsa.json"), "--at", "kemarin").ExitCode);

    // DESIGN.md's example: pilkada deadline --known 2024-10-28T15:00 --region 19.71.
    [Fact]
    public void The_deadline_command_gives_the_report_deadline_and_the_follow_up_if_registered_on_the_last_day()
    {
        var (exit, output, _) = CliRunner.Run("deadline", "--known", "2024-10-28T15:00", "--region", "19.71");

        Assert.Equal(0, exit);
        Assert.Contains("the last day is 4 November 2024", output, StringComparison.Ordinal);
        Assert.Contains("UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4)", output, StringComparison.Ordinal);
        Assert.Contains("assumed: registered on the last day to report", output, StringComparison.Ordinal);
        Assert.Contains("the last day is 7 November 2024", output, StringComparison.Ordinal); // 3 days from 4 November
        Assert.Contains("the last day is 9 November 2024", output, StringComparison.Ordinal); // 5 with additional information
    }

    [Fact]
    public void The_deadline_command_counts_working_days_under_the_Pemilu_regime_and_writes_JSON()
    {
        var (exit, output, _) = CliRunner.Run("deadline", "--known", "2024-10-28T15:00", "--region", "Kota Pangkal Pinang", "--regime", "pemilu", "--registered", "2024-10-30T10:00", "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("pemilu-uu7-2017", root.GetProperty("regime").GetString());
        Assert.False(root.GetProperty("registeredAssumed").GetBoolean());
        var deadlines = root.GetProperty("deadlines").EnumerateArray().ToList();
        Assert.Equal("2024-11-06", deadlines[0].GetProperty("lastDay").GetString()); // 7 hari kerja
        Assert.Equal("WorkingDays", deadlines[0].GetProperty("dayType").GetString());
        Assert.Equal("2024-11-06", deadlines[1].GetProperty("lastDay").GetString()); // 7 days from 30 October
        Assert.Equal("2024-11-19", deadlines[2].GetProperty("lastDay").GetString()); // 14 hari kerja from 30 October
    }

    [Theory]
    [InlineData("--known", "28 Oktober", "--region", "19.71")]
    [InlineData("--known", "2024-10-28T15:00", "--region", "19.71", "--regime", "pemilihan")]
    [InlineData("--known", "2015-10-28T15:00", "--region", "19.71")]
    [InlineData("--known", "2024-10-28T15:00", "--region", "19.71", "--registered", "2024-10-27T10:00")]
    public void Bad_deadline_input_is_invalid(params string[] arguments)
    {
        var (exit, _, error) = CliRunner.Run(["deadline", .. arguments]);

        Assert.Equal(2, exit);
        Assert.NotEqual(string.Empty, error.Trim());
    }

    [Fact]
    public void An_unknown_region_is_not_found() =>
        Assert.Equal(3, CliRunner.Run("deadline", "--known", "2024-10-28T15:00", "--region", "Kota Atlantis").ExitCode);
}
