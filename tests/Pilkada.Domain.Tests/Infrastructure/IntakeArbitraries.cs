using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Infrastructure;

/// <summary>Sample reports and FsCheck generators of complete reports and of reports with one requirement removed.</summary>
public static class IntakeArbitraries
{
    /// <summary>A well-formed NIK (registered in Kota Pangkal Pinang, a woman born 26 September 1986, sequence 3).</summary>
    public const string SampleNik = "1971026609860003";

    private static readonly Lazy<Contest[]> Contests = new(() => [.. ElectionCatalog.Default.Pilkada2024.Contests]);

    private static readonly string[] Words =
    [
        "oknum", "ASN", "membagikan", "uang", "kepada", "warga", "di", "depan", "TPS", "sambil", "mengajak", "memilih",
        "pasangan", "calon", "nomor", "urut", "dua", "pada", "malam", "hari", "kampanye", "spanduk", "kepala", "desa",
    ];

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

    /// <summary>A pilkada-2024 contest.</summary>
    public static Gen<Contest> Contest => Gen.Elements(Contests.Value);

    /// <summary>Text of at least <paramref name="minWords"/> words.</summary>
    public static Gen<string> Sentence(int minWords) =>
        Gen.ArrayOf(Gen.Elements(Words)).Select(w => string.Join(" ", w.Concat(["laporan", "pelanggaran", "pemilihan", "kepala", "daerah"]).Take(Math.Max(minWords, w.Length + 5))));

    private static Gen<string> Hash =>
        Gen.ArrayOf(Gen.Elements("0123456789abcdefABCDEF".ToCharArray()), 64).Select(c => new string(c));

    /// <summary>An item of evidence that meets the requirement.</summary>
    public static Gen<Evidence> CompleteEvidence =>
        from kind in Gen.Elements(Enum.GetValues<EvidenceKind>())
        from description in Sentence(2)
        from hash in Gen.OneOf(Gen.Constant<string?>(null), Hash.Select(h => (string?)h))
        select new Evidence { Kind = kind, Description = description, ContentHash = hash };

    /// <summary>A terlapor with name and address, maybe a civil servant with a NIP (a PPPK number labelled and flagged).</summary>
    public static Gen<Terlapor> CompleteTerlapor =>
        from name in Gen.Elements("Terlapor A", "Pasangan Calon Nomor Urut 2", "Kepala Desa Contoh", "Camat Contoh")
        from address in Gen.Elements("Jl. Merdeka 1", "Kantor Camat", "Desa Contoh RT 01/RW 02")
        from nip in Gen.OneOf(Gen.Constant<(Nip, string)?>(null), PeopleArbitraries.WrittenNip.Select(n => ((Nip, string)?)n))
        select new Terlapor
        {
            Name = name,
            Address = address,
            Nip = nip?.Item2,
            IsPppk = nip?.Item1.Kind == AsnKind.Pppk,
        };

    /// <summary>
    /// A report that meets every requirement: a pilkada-2024 contest, an incident in its region (so removing the incident
    /// leaves the days counted in the same zone), known between October and late November 2024, filed within the 7 days.
    /// </summary>
    public static Gen<Laporan> CompleteLaporan =>
        from contest in Contest
        let region = RegionCatalog.Default[contest.Region]
        from place in Gen.Elements(new[] { region }.Concat(region.Children).ToArray())
        let zone = region.DateTimeZone
        from knownOffset in Gen.Choose(0, 55)
        let known = new LocalDate(2024, 10, 1).PlusDays(knownOffset)
        from occurredBefore in Gen.Choose(0, 3)
        from filedMinutes in Gen.Choose(0, (8 * 24 * 60) - 1)
        let filed = zone.AtStartOfDay(known).ToInstant() + Duration.FromMinutes(filedMinutes)
        from nik in PeopleArbitraries.WrittenNik
        from standing in Gen.Elements(Enum.GetValues<PelaporStanding>())
        from kuasa in Gen.Elements(false, false, true)
        from terlapor in Gen.NonEmptyListOf(CompleteTerlapor).Select(l => l.Take(3).ToArray())
        from evidence in Gen.NonEmptyListOf(CompleteEvidence).Select(l => l.Take(3).ToArray())
        from description in Sentence(6)
        from channel in Gen.Elements(FilingChannel.InPerson, FilingChannel.Online)
        select new Laporan
        {
            Pelapor = new Pelapor
            {
                Name = "Pelapor " + nik.Nik.Sequence.ToString(CultureInfo.InvariantCulture),
                Nik = nik.Text,
                Address = "Alamat pelapor " + place.Name,
                Standing = standing,
                AccreditationNumber = standing == PelaporStanding.Pemantau ? "123/PP.01-Kpt/2024" : null,
                Kuasa = kuasa ? new Kuasa { Name = "Kuasa Pelapor", PowerOfAttorneyDate = known } : null,
            },
            Terlapor = terlapor,
            Incident = new Incident { OccurredOn = known.PlusDays(-occurredBefore), RegionCode = place.Code.ToString(), Place = "Depan " + place.Name },
            Description = description,
            Evidence = evidence,
            KnownOn = known,
            FiledAt = filed,
            Channel = channel,
            ContestId = contest.Id.ToString(),
            SignatureMatchesIdentity = true,
        };

    /// <summary>Ways to break exactly one requirement of a complete report, each with the code that must then fail.</summary>
    public static Gen<(string Code, string How, Func<Laporan, Laporan> Break)> OneRequirementRemoved => Gen.Elements(Removals);

    private static readonly (string, string, Func<Laporan, Laporan>)[] Removals =
    [
        (LaporanRequirements.IdentitasPelapor, "no name", l => l with { Pelapor = l.Pelapor! with { Name = null } }),
        (LaporanRequirements.IdentitasPelapor, "blank NIK", l => l with { Pelapor = l.Pelapor! with { Nik = " " } }),
        (LaporanRequirements.IdentitasPelapor, "NIK with a wrong digit count", l => l with { Pelapor = l.Pelapor! with { Nik = l.Pelapor.Nik + "7" } }),
        (LaporanRequirements.IdentitasPelapor, "no address", l => l with { Pelapor = l.Pelapor! with { Address = "" } }),
        (LaporanRequirements.IdentitasPelapor, "kuasa without a surat kuasa date", l => l with { Pelapor = l.Pelapor! with { Kuasa = new Kuasa { Name = "Kuasa" } } }),
        (LaporanRequirements.StatusPelapor, "no standing", l => l with { Pelapor = l.Pelapor! with { Standing = null } }),
        (LaporanRequirements.StatusPelapor, "pemantau without accreditation", l => l with { Pelapor = l.Pelapor! with { Standing = PelaporStanding.Pemantau, AccreditationNumber = null } }),
        (LaporanRequirements.IdentitasTerlapor, "no terlapor", l => l with { Terlapor = [] }),
        (LaporanRequirements.IdentitasTerlapor, "terlapor without address", l => l with { Terlapor = [l.Terlapor[0] with { Address = null }, .. l.Terlapor.Skip(1)] }),
        (LaporanRequirements.IdentitasTerlapor, "terlapor with a bad NIP", l => l with { Terlapor = [l.Terlapor[0] with { Nip = "1986092620100120", IsPppk = false }, .. l.Terlapor.Skip(1)] }),
        (LaporanRequirements.Daluwarsa, "no known-on date", l => l with { KnownOn = null }),
        (LaporanRequirements.Daluwarsa, "no filing instant", l => l with { FiledAt = null }),
        (LaporanRequirements.Daluwarsa, "known 8 days before the filing", l => l with { KnownOn = l.FiledAt!.Value.InZone(IntakeChecksZone(l)).Date.PlusDays(-8) }),
        (LaporanRequirements.TandaTangan, "signature not checked", l => l with { SignatureMatchesIdentity = null }),
        (LaporanRequirements.TandaTangan, "signature does not match", l => l with { SignatureMatchesIdentity = false }),
        (LaporanRequirements.Pemilihan, "unknown election", l => l with { ContestId = "pilkada-2099/" + ContestId.Parse(l.ContestId!, CultureInfo.InvariantCulture).Region }),
        (LaporanRequirements.Pemilihan, "malformed contest id", l => l with { ContestId = "pilkada 2024" }),
        (LaporanRequirements.WaktuTempat, "no incident", l => l with { Incident = null }),
        (LaporanRequirements.WaktuTempat, "no incident date", l => l with { Incident = l.Incident! with { OccurredOn = null } }),
        (LaporanRequirements.WaktuTempat, "a region code not in the catalogue", l => l with { Incident = l.Incident! with { RegionCode = RegionCode.Parse(l.Incident.RegionCode!, CultureInfo.InvariantCulture).Province + ".99" } }),
        (LaporanRequirements.WaktuTempat, "no place in words", l => l with { Incident = l.Incident! with { Place = "  " } }),
        (LaporanRequirements.Uraian, "no description", l => l with { Description = null }),
        (LaporanRequirements.Uraian, "three words", l => l with { Description = "ada politik uang" }),
        (LaporanRequirements.Bukti, "no evidence", l => l with { Evidence = [] }),
        (LaporanRequirements.Bukti, "evidence without kind", l => l with { Evidence = [l.Evidence[0] with { Kind = null }, .. l.Evidence.Skip(1)] }),
        (LaporanRequirements.Bukti, "a short hash", l => l with { Evidence = [l.Evidence[0] with { ContentHash = "abc123" }, .. l.Evidence.Skip(1)] }),
    ];

    private static DateTimeZone IntakeChecksZone(Laporan laporan) =>
        RegionTimeZones.GetDateTimeZone(RegionCode.Parse(laporan.Incident!.RegionCode!, CultureInfo.InvariantCulture));

    /// <summary>Texts written where a NIK goes: valid NIKs in any accepted form, and NIKs with a digit changed, added or removed.</summary>
    public static Gen<string> NikLikeText =>
        Gen.OneOf(
            PeopleArbitraries.WrittenNik.Select(w => w.Text),
            from nik in PeopleArbitraries.ValidNik
            from index in Gen.Choose(0, 15)
            from c in Gen.Elements('0', '9', 'x', ' ', '.', '-')
            select nik.ToFullString().Insert(index, c.ToString()),
            from nik in PeopleArbitraries.ValidNik
            from index in Gen.Choose(0, 15)
            select nik.ToFullString().Remove(index, 1));
}
