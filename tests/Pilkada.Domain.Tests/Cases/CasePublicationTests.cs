using System.Text.Json;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cases;

/// <summary>DESIGN.md, complaint 6 (fear of retaliation): a case can be exported with the reporter's identity redacted.</summary>
public class CasePublicationTests
{
    private static readonly RegionCode Bima = RegionCode.Parse("52.72");

    private static Instant Day(int day) => new LocalDateTime(2024, 10, day, 10, 0).InZoneStrictly(RegionTimeZones.GetDateTimeZone(Bima)).ToInstant();

    private static ViolationCase Case()
    {
        var laporan = new Laporan
        {
            Pelapor = new Pelapor
            {
                Name = "Pelapor Contoh",
                Nik = "5272016609860003",
                Address = "Jalan Contoh 1, Kota Bima",
                Contact = "0800-0000-0000",
                Standing = PelaporStanding.Pemantau,
                AccreditationNumber = "AKR-01",
                Kuasa = new Kuasa { Name = "Kuasa Contoh", Nik = "5272 0126 0986 0004", Address = "Jalan Kuasa 2", PowerOfAttorneyNumber = "SK-1" },
            },
            Terlapor = [new Terlapor { Name = "Terlapor Contoh", Nip = "19860926 201505 1 001" }, new Terlapor { Name = "PPPK Contoh", Nip = "199009132025242014", IsPppk = true }],
            Witnesses = [new Witness { Name = "Saksi Contoh", Address = "Jalan Saksi 3", Contact = "0811" }],
            Description = "Pelapor Contoh melihat terlapor; saksi contoh ikut melihat. NIK pelapor 5272016609860003, NIP 198609262015051001, telepon 081234567890.",
            Evidence = [new Evidence { Kind = EvidenceKind.Foto, Description = "foto oleh Pelapor Contoh" }],
            KnownOn = new LocalDate(2024, 10, 1),
            FiledAt = Day(2),
        };
        return ViolationCase.Replay(ViolationCase.Create("P-1", LegalRegime.Pilkada, Bima).Header,
        [
            new LaporanReceived(Day(2), laporan) { Note = "diterima dari Pelapor Contoh" },
            new Registered(Day(3), "001"),
            new ClarificationHeld(Day(4), "Saksi Contoh"),
            new Closed(Day(5), "dicabut oleh pelapor contoh"),
        ]);
    }

    [Fact]
    public void The_reporter_is_redacted_and_every_NIK_and_NIP_masked()
    {
        var published = Case().ForPublication();
        var laporan = published.State.Laporan!;
        var pelapor = laporan.Pelapor!;

        Assert.True(published.IsRedacted);
        Assert.Null(pelapor.Name);
        Assert.Null(pelapor.Address);
        Assert.Null(pelapor.Contact);
        Assert.Equal("5272**********03", pelapor.Nik);
        Assert.Equal(PelaporStanding.Pemantau, pelapor.Standing); // standing is not identity
        Assert.Null(pelapor.Kuasa!.Name);
        Assert.Null(pelapor.Kuasa.Address);
        Assert.Equal("5272**********04", pelapor.Kuasa.Nik);
        Assert.Equal("1986************01", laporan.Terlapor[0].Nip);
        Assert.Equal("NI PPPK 1990************14", laporan.Terlapor[1].Nip);
        Assert.Equal("Terlapor Contoh", laporan.Terlapor[0].Name);
        Assert.Null(laporan.Witnesses[0].Name);
        Assert.Null(laporan.Witnesses[0].Contact);
    }

    [Fact]
    public void Free_text_loses_personal_numbers_and_the_names_of_reporter_and_witnesses()
    {
        var published = Case().ForPublication();
        var description = published.State.Laporan!.Description!;

        Assert.Equal(
            "[disamarkan] melihat terlapor; [disamarkan] ikut melihat. NIK pelapor 5272**********03, NIP 1986************01, telepon 081234567890.",
            description);
        Assert.Equal("diterima dari [disamarkan]", published.Events[0].Note);
        Assert.Equal("[disamarkan]", ((ClarificationHeld)published.Events[2]).Who);
        Assert.Equal("dicabut oleh [disamarkan]", ((Closed)published.Events[3]).Reason);
        Assert.Equal("foto oleh [disamarkan]", published.State.Laporan.Evidence[0].Description);
    }

    [Fact]
    public void The_published_copy_keeps_the_history_and_says_it_is_redacted_in_JSON()
    {
        var original = Case();
        var published = original.ForPublication();
        var json = JsonSerializer.Serialize(published, PilkadaJsonContext.Default.ViolationCase);

        Assert.Equal(original.State.History, published.State.History);
        Assert.Contains("\"redacted\":true", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Pelapor Contoh", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("0800-0000-0000", json, StringComparison.Ordinal);
        Assert.True(JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.ViolationCase)!.IsRedacted);
        Assert.False(original.IsRedacted);
        Assert.Equal("Pelapor Contoh", original.State.Laporan!.Pelapor!.Name); // the original is untouched
    }

    [Theory]
    [InlineData("5272 0166 0986 0003", "5272 **** **** **03")]
    [InlineData("ab 5272016609860003-x", "ab 5272**********03-x")]
    [InlineData("198609262015051001", "1986************01")]
    [InlineData("tanggal 2024-10-28 nomor 001/Reg/2024", "tanggal 2024-10-28 nomor 001/Reg/2024")]
    [InlineData("telepon 0812 3456 7890", "telepon 0812 3456 7890")]
    [InlineData("", "")]
    public void Personal_numbers_in_free_text_are_masked(string text, string expected) =>
        Assert.Equal(expected, CasePublication.MaskNumbers(text));

    [Fact]
    public void The_example_files_publish_without_the_reporter()
    {
        foreach (var path in Directory.GetFiles(RepositoryRoot.Combine("examples", "cases"), "*.json"))
        {
            var json = JsonSerializer.Serialize(CaseExamples.Load(Path.GetFileName(path)).ForPublication(), PilkadaJsonContext.Default.ViolationCase);
            Assert.DoesNotContain("Pelapor Contoh", json, StringComparison.Ordinal);
            Assert.DoesNotContain("5272016609860003", json, StringComparison.Ordinal);
        }
    }
}
