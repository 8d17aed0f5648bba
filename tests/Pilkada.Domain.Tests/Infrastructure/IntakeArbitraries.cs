using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Testing;

namespace Pilkada.Domain.Tests.Infrastructure;

/// <summary>Sample reports and FsCheck generators of complete reports and of reports with one requirement removed.</summary>
public static class IntakeArbitraries
{
    /// <summary>A well-formed NIK (registered in Kota Pangkal Pinang, a woman born 26 September 1986, sequence 3).</summary>
    public const string SampleNik = "1971026609860003";

    /// <summary>
    /// A complete report about Kota Pangkal Pinang: known on Friday 25 October 2024 (the rally of the scenario),
    /// filed in person on Monday 28 October 2024 at 10.00 WIB.
    /// </summary>
    public static Laporan Complete { get; } = new()
    {
        Pelapor = new Pelapor
        {
            Name = "Pelapor Contoh",
            Nik = SampleNik,
            Address = "Jl. Jenderal Sudirman No. 1, Kota Pangkal Pinang",
            Contact = "0812-0000-0000",
            Standing = PelaporStanding.Pemilih,
        },
        Terlapor = [new Terlapor { Name = "Terlapor Contoh", Address = "Kelurahan Gedung Nasional, Kota Pangkal Pinang", Nip = "198609262010012003", Agency = "Pemerintah Kota Pangkal Pinang" }],
        Incident = new Incident
        {
            OccurredOn = new LocalDate(2024, 10, 25),
            OccurredAt = new LocalTime(14, 0),
            RegionCode = "19.71.02.1002",
            Place = "Halaman kantor kelurahan Gedung Nasional",
        },
        Description = "Seorang ASN berorasi mengajak peserta aksi memilih pasangan calon tertentu di halaman kantor kelurahan.",
        Evidence = [new Evidence { Kind = EvidenceKind.Video, Description = "Rekaman orasi berdurasi dua menit", ContentHash = new string('a', 64) }],
        KnownOn = new LocalDate(2024, 10, 25),
        FiledAt = Instant.FromUtc(2024, 10, 28, 3, 0),
        Channel = FilingChannel.InPerson,
        ContestId = "pilkada-2024/19.71",
        SignatureMatchesIdentity = true,
        ReceivedBy = "Bawaslu Kota Pangkal Pinang",
    };

    /// <summary>
    /// A report that meets every requirement (Pilkada.Domain.Testing's <see cref="PilkadaGenerators.CompleteLaporan"/>),
    /// filed between October and December 2024 (after Perbawaslu 9/2024 and its correction period took effect on
    /// 30 September 2024), checked without a reference instant.
    /// </summary>
    public static Gen<Laporan> CompleteLaporan =>
        from minutes in Gen.Choose(0, 60 * 24 * 60)
        from laporan in PilkadaGenerators.CompleteLaporan(Instant.FromUtc(2024, 10, 31, 0, 0) + Duration.FromMinutes(minutes))
        select laporan;

    /// <summary>A report of <see cref="CompleteLaporan"/> with exactly one requirement broken, and which (<see cref="PilkadaGenerators.LaporanMissingOne"/>).</summary>
    public static Gen<LaporanWithOneMissing> OneRequirementMissing =>
        from minutes in Gen.Choose(0, 60 * 24 * 60)
        from missing in PilkadaGenerators.LaporanMissingOne(Instant.FromUtc(2024, 10, 31, 0, 0) + Duration.FromMinutes(minutes))
        select missing;

    /// <summary>Texts written where a NIK goes: valid NIKs in any accepted form, and NIKs with a digit changed, added or removed.</summary>
    public static Gen<string> NikLikeText =>
        Gen.OneOf(
            PilkadaGenerators.WrittenNik.Select(w => w.Text),
            from nik in PilkadaGenerators.ValidNik
            from index in Gen.Choose(0, 15)
            from c in Gen.Elements('0', '9', 'x', ' ', '.', '-')
            select nik.ToFullString().Insert(index, c.ToString()),
            from nik in PilkadaGenerators.ValidNik
            from index in Gen.Choose(0, 15)
            select nik.ToFullString().Remove(index, 1));
}
