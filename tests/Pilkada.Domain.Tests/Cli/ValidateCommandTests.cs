using System.Text.Json;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cli;

/// <summary><c>pilkada validate</c> on the example reports in <c>examples/laporan/</c>.</summary>
public class ValidateCommandTests
{
    private static readonly Instant CheckedAt = Instant.FromUtc(2024, 11, 4, 2, 0);

    private static string Example(string name) => RepositoryRoot.Combine("examples", "laporan", name);

    private static (int ExitCode, string Out, string Error) Validate(params string[] args) => CliRunner.RunAt(CheckedAt, ["validate", .. args]);

    [Fact]
    public void The_complete_example_can_be_registered_and_exits_0()
    {
        var (exit, output, _) = Validate(Example("complete.json"));

        Assert.Equal(0, exit);
        Assert.Contains("The report meets every syarat formil and syarat materiil and can be registered.", output, StringComparison.Ordinal);
        Assert.Contains("Syarat formil:          met", output, StringComparison.Ordinal);
        Assert.Contains("the last day is 1 November 2024", output, StringComparison.Ordinal);
        Assert.Contains("Filed in person within Bawaslu's hours.", output, StringComparison.Ordinal);
    }

    // The scenario of Kota Pangkal Pinang: known on 25 October 2024, filed on 2 November 2024.
    [Fact]
    public void The_late_example_is_daluwarsa_in_Indonesian_and_exits_2()
    {
        var (exit, output, _) = Validate(Example("late.json"), "--lang", "id");

        Assert.Equal(2, exit);
        Assert.Contains("x Laporan.Formil.Daluwarsa", output, StringComparison.Ordinal);
        Assert.Contains("laporan disampaikan pada 2 November 2024 pukul 09.00 WIB, sedangkan pelanggaran diketahui pada 25 Oktober 2024; hari terakhir penyampaian laporan adalah 1 November 2024", output, StringComparison.Ordinal);
        Assert.Contains("Syarat materiil:        terpenuhi", output, StringComparison.Ordinal);
        Assert.Contains("laporan daring tidak terikat jam layanan", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Batas waktu perbaikan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_Pemilu_regime_the_late_example_is_in_time()
    {
        var (exit, output, _) = Validate(Example("late.json"), "--regime", "pemilu");

        Assert.Equal(0, exit);
        Assert.Contains("7 working days from 25 October 2024 00:00 WIB; the last day is 5 November 2024", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_missing_materiil_example_lists_each_requirement_and_the_correction_deadline()
    {
        var (exit, output, _) = Validate(Example("missing-materiil.json"));

        Assert.Equal(2, exit);
        Assert.Contains("Syarat materiil:        2 not met", output, StringComparison.Ordinal);
        Assert.Contains("x Laporan.Materiil.Uraian", output, StringComparison.Ordinal);
        Assert.Contains("x Laporan.Materiil.Bukti", output, StringComparison.Ordinal);
        Assert.Contains("within 2 x 24 hours of the filing (28 October 2024 10:00 WIB), until 30 October 2024 10:00 WIB", output, StringComparison.Ordinal);
        Assert.Contains("the correction period is over at the time of the check (4 November 2024 09:00 WIB)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_codes_deadlines_and_filing_hours()
    {
        var (exit, output, _) = Validate(Example("missing-materiil.json"), "--json", "--lang", "id");

        Assert.Equal(2, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("not-registrable", root.GetProperty("status").GetString());
        Assert.False(root.GetProperty("canBeRegistered").GetBoolean());
        Assert.Equal(["Laporan.Materiil.Uraian", "Laporan.Materiil.Bukti"], root.GetProperty("unmet").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
        Assert.Equal("2024-10-30T03:00:00Z", root.GetProperty("correction").GetProperty("due").GetString());
        Assert.Equal("2024-10-30T10:00:00", root.GetProperty("correction").GetProperty("dueLocal").GetString());
        Assert.True(root.GetProperty("correction").GetProperty("overdue").GetBoolean());
        Assert.Equal("2024-11-01", root.GetProperty("reportingPeriod").GetProperty("lastDay").GetString());
        Assert.Equal("WithinOfficeHours", root.GetProperty("filingHours").GetProperty("outcome").GetString());
        Assert.Equal("2024-11-04T02:00:00Z", root.GetProperty("checkedAt").GetString());
    }

    [Fact]
    public void The_at_option_is_the_moment_of_the_check()
    {
        var (exit, output, _) = Validate(Example("complete.json"), "--at", "2024-10-27T12:00+07:00");

        Assert.Equal(2, exit);
        Assert.Contains("later than the time of the check, 27 October 2024 12:00 WIB", output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_message_shows_the_NIK_of_the_example()
    {
        var (_, output, _) = Validate(Example("missing-materiil.json"), "--json");

        Assert.DoesNotContain(IntakeArbitraries.SampleNik, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Pelapor Contoh", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_JSON_names_the_file_the_path_and_the_reason_and_exits_4()
    {
        var file = Path.Combine(Path.GetTempPath(), $"laporan-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\"knownOn\": \"2024-13-01\"}");
        try
        {
            var (exit, _, error) = Validate(file);

            Assert.Equal(4, exit);
            Assert.Contains($"'{file}' is not a valid laporan: '2024-13-01' is not a valid date (yyyy-MM-dd)", error, StringComparison.Ordinal);
            Assert.Contains("$.knownOn", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_missing_file_exits_4_and_a_bad_option_exits_1()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"none-{Guid.NewGuid():N}.json");

        var (fileExit, _, fileError) = Validate(missing, "--lang", "id");
        var (jsonExit, jsonOut, _) = Validate(missing, "--json");
        var (regimeExit, _, regimeError) = Validate(Example("complete.json"), "--regime", "pilpres");
        var (atExit, _, atError) = Validate(Example("complete.json"), "--at", "kemarin");

        Assert.Equal(4, fileExit);
        Assert.StartsWith($"Berkas '{missing}' tidak dapat dibaca: ", fileError, StringComparison.Ordinal);
        Assert.Equal(4, jsonExit);
        Assert.Equal("unreadable", JsonDocument.Parse(jsonOut).RootElement.GetProperty("status").GetString());
        Assert.Equal(1, regimeExit);
        Assert.Contains("'pilpres' is not a regime", regimeError, StringComparison.Ordinal);
        Assert.Equal(1, atExit);
        Assert.Contains("'kemarin' is not an instant", atError, StringComparison.Ordinal);
    }

    // The README shows these examples: each must still mean what it says.
    [Fact]
    public void The_example_files_read_through_the_JSON_context_and_say_what_their_names_say()
    {
        var validator = new LaporanValidator();
        LaporanAssessment Assess(string name) => validator.ValidateAll(PilkadaJson.Deserialize<Laporan>(File.ReadAllText(Example(name)))!);

        Assert.True(Assess("complete.json").CanBeRegistered);
        Assert.Equal([LaporanRequirements.Daluwarsa], Assess("late.json").Unmet.Select(u => u.Code));
        Assert.True(Assess("missing-materiil.json").FormilMet);
        Assert.False(Assess("missing-materiil.json").MateriilMet);
    }
}
