using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.People;
using Pilkada.Domain.Testing;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cases;

/// <summary>The intake records never write a NIK, NIP, name, address or contact in full through <c>ToString()</c>.</summary>
public sealed class IntakePrivacyTests
{
    private const string Nik = "5272016609860003";
    private const string Nip = "198609262015051001";

    private static readonly Laporan Report = new()
    {
        Pelapor = new Pelapor
        {
            Name = "Siti Rahmawati",
            Nik = Nik,
            Address = "Jl. Soekarno-Hatta No. 9, Kota Bima",
            Contact = "0812-3456-7890",
            Standing = PelaporStanding.Pemilih,
            Kuasa = new Kuasa { Name = "Ahmad Kuasa", Nik = "5272011203900001", Address = "Rabangodu", PowerOfAttorneyDate = new LocalDate(2024, 10, 1) },
        },
        Terlapor = [new Terlapor { Name = "Lurah Contoh", Nip = Nip, Address = "Jl. Terlapor 1", Agency = "Pemerintah Kota Bima" }],
        Witnesses = [new Witness { Name = "Saksi Satu", Address = "Jl. Saksi 2", Contact = "saksi@example.org" }],
        Description = "Terlapor mengunggah dukungan kepada pasangan calon di media sosial.",
        KnownOn = new LocalDate(2024, 10, 1),
    };

    [Fact]
    public void A_report_written_with_ToString_shows_no_personal_data_in_full()
    {
        var text = string.Join(" ", Report.ToString(), Report.Terlapor[0].ToString(), Report.Witnesses[0].ToString());

        Assert.DoesNotContain(Nik, text, StringComparison.Ordinal);
        Assert.DoesNotContain("5272011203900001", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Nip, text, StringComparison.Ordinal);
        foreach (var secret in new[] { "Siti Rahmawati", "Soekarno-Hatta", "0812-3456-7890", "Ahmad Kuasa", "Rabangodu", "Saksi Satu", "saksi@example.org", "Jl. Terlapor 1" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        Assert.Contains("Nik = 5272**********03", text, StringComparison.Ordinal);
        Assert.Contains("Nip = 1986************01", text, StringComparison.Ordinal);
        Assert.Contains("Name = [hidden]", text, StringComparison.Ordinal);
        Assert.Contains("Standing = Pemilih", text, StringComparison.Ordinal);
        Assert.Contains("Name = Lurah Contoh", text, StringComparison.Ordinal); // a terlapor is named in a decision
    }

    [Fact]
    public void Absent_personal_data_is_written_as_null_not_hidden()
    {
        var text = new Pelapor { Standing = PelaporStanding.Pemantau }.ToString();

        Assert.Equal("Pelapor { Name = null, Nik = null, Address = null, Contact = null, Standing = Pemantau, Kuasa = null }", text);
    }

    [Fact]
    public void A_received_event_does_not_leak_the_reporter_either()
    {
        var text = new LaporanReceived(Instant.FromUtc(2024, 10, 1, 2, 0), Report).ToString();

        Assert.DoesNotContain(Nik, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti Rahmawati", text, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property No_valid_NIK_or_NIP_survives_ToString() =>
        Prop.ForAll(
            Arb.From(PilkadaGenerators.ValidNik),
            Arb.From(PilkadaGenerators.PnsNip),
            (nik, nip) =>
            {
                var nikText = nik.ToFullString();
                var nipText = nip.ToFullString();
                var text = new Pelapor { Nik = nikText, Kuasa = new Kuasa { Nik = nikText } }.ToString()
                    + new Terlapor { Nip = nipText }.ToString();
                return !text.Contains(nikText, StringComparison.Ordinal)
                    && !text.Contains(nipText, StringComparison.Ordinal)
                    && text.Contains(nik.ToString(), StringComparison.Ordinal)
                    && text.Contains(nip.ToString(), StringComparison.Ordinal);
            });

    [Property(MaxTest = 200)]
    public Property Text_that_is_not_a_valid_number_is_masked_too(NonEmptyString written)
    {
        var digits = new string(written.Get.Where(char.IsAsciiDigit).ToArray());
        var text = new Pelapor { Nik = written.Get }.ToString();
        return (digits.Length < 8 || !text.Contains(digits, StringComparison.Ordinal)).ToProperty();
    }
}
