using System.Text.Json;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cli;

public class StatsCommandTests
{
    private static readonly string Jsonl = CaseExamples.PathOf("cases.jsonl");

    [Fact]
    public void The_example_JSON_lines_file_is_the_example_case_files_one_per_line() // so cases.jsonl cannot drift
    {
        var files = Directory.GetFiles(Path.GetDirectoryName(Jsonl)!, "*.json").Order(StringComparer.Ordinal).ToList();
        var lines = File.ReadAllLines(Jsonl);

        Assert.Equal(files.Count, lines.Length);
        for (var i = 0; i < files.Count; i++)
        {
            var fromFile = PilkadaJson.Deserialize<ViolationCase>(File.ReadAllText(files[i]))!;
            var fromLine = JsonSerializer.Deserialize(lines[i], PilkadaJsonContext.Default.ViolationCase)!;
            Assert.DoesNotContain('\n', lines[i]);
            Assert.Equal(
                JsonSerializer.Serialize(fromFile, PilkadaJsonContext.Default.ViolationCase),
                JsonSerializer.Serialize(fromLine, PilkadaJsonContext.Default.ViolationCase));
        }
    }

    [Fact]
    public void The_default_prints_the_summary_then_the_roll_up_by_province()
    {
        var (exit, output, _) = CliRunner.Run("stats", Jsonl);

        Assert.Equal(0, exit);
        Assert.Contains("6 cases from", output, StringComparison.Ordinal);
        Assert.Matches(@"Received\s+6\s+0\s+6", output);
        Assert.Matches(@"Registered\s+5\s+0\s+5", output);
        Assert.Matches(@"Not registered\s+1\s+0\s+1", output);
        Assert.Matches(@"Violation\s+3\s+0\s+3", output);
        Assert.Matches(@"Election crime\s+1\s+0\s+1", output);
        Assert.Matches(@"Other laws\s+2\s+0\s+2", output);
        Assert.True(output.IndexOf("Received", StringComparison.Ordinal) < output.IndexOf("Cases by province", StringComparison.Ordinal));
        Assert.Matches(@"52\s+Nusa Tenggara Barat\s+3\s+[0-9.]+ per 100,000 inhabitants", output);
        Assert.Contains("Kepmendagri 300.2.2-2138/2025", output, StringComparison.Ordinal);
    }

    [Fact]
    public void By_category_in_Indonesian()
    {
        var (exit, output, _) = CliRunner.Run("stats", Jsonl, "--by", "kategori", "--lang", "id");

        Assert.Equal(0, exit);
        Assert.Contains("Perkara per jenis pelanggaran", output, StringComparison.Ordinal);
        Assert.Matches(@"TindakPidanaPemilihan\s+tindak pidana pemilihan\s+1", output);
        Assert.Matches(@"PeraturanPerundanganLainnya\s+pelanggaran peraturan perundang-undangan lainnya\s+2", output);
        Assert.Matches(@"\(bukan atau belum diputus sebagai pelanggaran\)\s+3", output); // the undecided and the not-a-violation cases
        Assert.Matches(@"Belum diregister\s+0", output);
    }

    [Fact]
    public void CSV_by_kabupaten_kota_and_the_summary_CSV_without_by()
    {
        var (exit, output, _) = CliRunner.Run("stats", Jsonl, "--by", "kabkota", "--csv");
        var (summaryExit, summary, _) = CliRunner.Run("stats", Jsonl, "--csv");

        Assert.Equal(0, exit);
        Assert.StartsWith("code,name,count,population,rate_per_100000\r\n", output, StringComparison.Ordinal);
        Assert.Contains("\r\n52.72,Kota Bima,2,", output, StringComparison.Ordinal);
        Assert.Equal(0, summaryExit);
        Assert.StartsWith("line,label,laporan,temuan,total\r\nReceived,Received,6,0,6\r\n", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status", "Ditutup")]
    [InlineData("bulan", "2024-10")]
    [InlineData("tahapan", "Kampanye")]
    public void JSON_has_the_summary_and_the_roll_up(string by, string key)
    {
        var (exit, output, _) = CliRunner.Run("stats", Jsonl, "--by", by, "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(6, root.GetProperty("cases").GetInt64());
        Assert.Equal(6, root.GetProperty("summary").EnumerateArray().Single(l => l.GetProperty("line").GetString() == "Received").GetProperty("total").GetInt64());
        var rollUp = root.GetProperty("rollUp");
        Assert.Equal(6, rollUp.GetProperty("total").GetInt64());
        Assert.Contains(rollUp.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == key);
    }

    [Fact]
    public void A_bad_line_gives_its_number_and_reason_and_nothing_is_counted()
    {
        var directory = Directory.CreateTempSubdirectory("pilkada-stats-");
        try
        {
            var lines = File.ReadAllLines(Jsonl).ToList();
            lines.Insert(2, "{\"id\": \"broken\"");
            lines.Insert(4, "null");
            lines.Insert(5, "");
            var path = Path.Combine(directory.FullName, "cases.jsonl");
            File.WriteAllLines(path, lines);

            var (exit, output, error) = CliRunner.Run("stats", path);
            var (jsonExit, json, _) = CliRunner.Run("stats", path, "--json", "--lang", "id");

            Assert.Equal(4, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains("2 line(s) are not valid cases; nothing was counted", error, StringComparison.Ordinal);
            Assert.Contains("line 3: ", error, StringComparison.Ordinal);
            Assert.Contains("line 5: the line holds JSON null, not a case", error, StringComparison.Ordinal);
            Assert.Equal(4, jsonExit);
            using var doc = JsonDocument.Parse(json);
            Assert.Equal([3, 5], doc.RootElement.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("line").GetInt32()));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_file_is_a_file_error_and_an_unknown_by_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("stats", "/nonexistent/cases.jsonl");
        var (byExit, _, byError) = CliRunner.Run("stats", Jsonl, "--by", "planet");

        Assert.Equal(4, exit);
        Assert.Contains("Cannot read '/nonexistent/cases.jsonl'", error, StringComparison.Ordinal);
        Assert.Equal(1, byExit);
        Assert.Contains("'planet' is not a roll-up", byError, StringComparison.Ordinal);
    }
}
