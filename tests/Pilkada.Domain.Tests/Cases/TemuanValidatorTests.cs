using FluentValidation;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Validation;

namespace Pilkada.Domain.Tests.Cases;

/// <summary>A temuan (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (1)): who found it, when, where, what, and the evidence.</summary>
public class TemuanValidatorTests
{
    private static readonly TemuanValidator Validator = new();
    private static readonly RegionCode Bima = RegionCode.Parse("52.72");

    // Kota Bima (scenario article 1): Bawaslu Kota Bima counts ASN-neutrality cases among its findings.
    private static readonly Temuan Complete = new()
    {
        FoundBy = InstitutionDirectory.Default.Get(InstitutionKind.BawasluKabupatenKota, Bima, new LocalDate(2024, 10, 1)),
        Officer = "Pengawas Contoh",
        FoundOn = new LocalDate(2024, 10, 1),
        RecordedAt = Instant.FromUtc(2024, 10, 1, 6, 0),
        Incident = new Incident { OccurredOn = new LocalDate(2024, 9, 30), RegionCode = "52.72.01", Place = "Kantor kelurahan" },
        Description = "Seorang lurah mengunggah dukungan kepada pasangan calon di media sosial.",
        Evidence = [new Evidence { Kind = EvidenceKind.TangkapanLayar, Description = "Tangkapan layar unggahan" }],
        ContestId = "pilkada-2024/52.72",
    };

    [Fact]
    public void A_complete_finding_passes()
    {
        Assert.True(Validator.Validate(Complete).IsValid);
    }

    public static TheoryData<string, string> Breakages() => new()
    {
        { TemuanRequirements.Pengawas, "Temuan: the supervising body that found it is not given." },
        { TemuanRequirements.Petugas, "Temuan: the name of the officer (pengawas) who found it is missing." },
        { TemuanRequirements.TanggalDitemukan, "Temuan: the date it was found (ditemukan) is missing." },
        { TemuanRequirements.WaktuTempat, "Temuan: the time and place of the incident are not complete: the date of the incident is missing." },
        { TemuanRequirements.Uraian, "Temuan: the description is not sufficient: there is no description of what happened." },
        { TemuanRequirements.Bukti, "Temuan: the evidence is not complete: no evidence is attached." },
        { TemuanRequirements.Pemilihan, "Temuan: the contest cannot be used: 'pilkada-2024' is not a contest id" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Each_check_has_its_own_code_and_message(string code, string message)
    {
        var broken = code switch
        {
            TemuanRequirements.Pengawas => Complete with { FoundBy = null },
            TemuanRequirements.Petugas => Complete with { Officer = " " },
            TemuanRequirements.TanggalDitemukan => Complete with { FoundOn = null },
            TemuanRequirements.WaktuTempat => Complete with { Incident = Complete.Incident! with { OccurredOn = null } },
            TemuanRequirements.Uraian => Complete with { Description = null },
            TemuanRequirements.Bukti => Complete with { Evidence = [] },
            _ => Complete with { ContestId = "pilkada-2024" },
        };

        var error = Assert.Single(Validator.Validate(broken, PilkadaLanguage.English).Errors);
        var indonesian = Assert.Single(Validator.Validate(broken, PilkadaLanguage.Indonesian).Errors);

        Assert.Equal(code, error.ErrorCode);
        Assert.StartsWith(message.TrimEnd('.'), error.ErrorMessage, StringComparison.Ordinal);
        Assert.StartsWith("Temuan: ", indonesian.ErrorMessage, StringComparison.Ordinal);
        Assert.NotEqual(error.ErrorMessage, indonesian.ErrorMessage);
    }

    [Fact]
    public void Only_a_supervising_body_finds_violations()
    {
        var kpu = InstitutionDirectory.Default.Get(InstitutionKind.KpuKabupatenKota, Bima, new LocalDate(2024, 10, 1));

        var error = Assert.Single(Validator.Validate(Complete with { FoundBy = kpu }, PilkadaLanguage.English).Errors);

        Assert.Equal(TemuanRequirements.Pengawas, error.ErrorCode);
        Assert.Contains("which is not a supervising body", error.ErrorMessage, StringComparison.Ordinal);
        Assert.True(TemuanValidator.IsSupervisingBody(InstitutionKind.PengawasTps));
        Assert.False(TemuanValidator.IsSupervisingBody(InstitutionKind.Dkpp));
    }

    [Fact]
    public void The_dates_must_be_in_order_found_after_the_incident_and_not_after_recording()
    {
        var foundAfterRecording = Complete with { FoundOn = new LocalDate(2024, 10, 2) };
        var incidentAfterFinding = Complete with { Incident = Complete.Incident! with { OccurredOn = new LocalDate(2024, 10, 2) } };

        Assert.Contains("found on 2 October 2024, after it was recorded on 1 October 2024",
            Assert.Single(Validator.Validate(foundAfterRecording, PilkadaLanguage.English).Errors).ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("the incident is dated 2 October 2024, after it was found on 1 October 2024",
            Assert.Single(Validator.Validate(incidentAfterFinding, PilkadaLanguage.English).Errors).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_finding_code_is_a_message_key()
    {
        foreach (var code in TemuanRequirements.All)
        {
            Assert.True(PilkadaMessages.Contains(code), code);
        }
    }
}
