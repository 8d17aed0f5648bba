using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Testing;

/// <summary>
/// A report with exactly one requirement unmet: what <see cref="PilkadaGenerators.LaporanMissingOne"/> gives.
/// </summary>
/// <param name="Laporan">The report.</param>
/// <param name="Missing">The one requirement it fails.</param>
/// <param name="How">How it was broken, in words (e.g. <c>no address</c>), for the failure message of a property.</param>
public sealed record LaporanWithOneMissing(Laporan Laporan, LaporanRequirement Missing, string How)
{
    /// <summary>The error code the validator gives, e.g. <c>Laporan.Formil.IdentitasPelapor</c>.</summary>
    public string ExpectedCode => LaporanRequirements.CodeOf(Missing);
}

/// <summary>Generators of laporan (reports) and of instants inside election stages.</summary>
public static partial class PilkadaGenerators
{
    private static readonly Lazy<Contest[]> Pilkada2024Contests = new(() => [.. ElectionCatalog.Default.Pilkada2024.Contests]);

    private static readonly string[] Words =
    [
        "oknum", "ASN", "membagikan", "uang", "kepada", "warga", "di", "depan", "TPS", "sambil", "mengajak", "memilih",
        "pasangan", "calon", "nomor", "urut", "dua", "pada", "malam", "hari", "kampanye", "spanduk", "kepala", "desa",
    ];

    private static readonly (LaporanRequirement, string, Func<Laporan, Laporan>)[] Removals =
    [
        (LaporanRequirement.IdentitasPelapor, "no name", l => l with { Pelapor = l.Pelapor! with { Name = null } }),
        (LaporanRequirement.IdentitasPelapor, "blank NIK", l => l with { Pelapor = l.Pelapor! with { Nik = " " } }),
        (LaporanRequirement.IdentitasPelapor, "NIK with a wrong digit count", l => l with { Pelapor = l.Pelapor! with { Nik = l.Pelapor.Nik + "7" } }),
        (LaporanRequirement.IdentitasPelapor, "no address", l => l with { Pelapor = l.Pelapor! with { Address = "" } }),
        (LaporanRequirement.IdentitasPelapor, "kuasa without a surat kuasa date", l => l with { Pelapor = l.Pelapor! with { Kuasa = new Kuasa { Name = "Kuasa" } } }),
        (LaporanRequirement.StatusPelapor, "no standing", l => l with { Pelapor = l.Pelapor! with { Standing = null } }),
        (LaporanRequirement.StatusPelapor, "pemantau without accreditation", l => l with { Pelapor = l.Pelapor! with { Standing = PelaporStanding.Pemantau, AccreditationNumber = null } }),
        (LaporanRequirement.IdentitasTerlapor, "no terlapor", l => l with { Terlapor = [] }),
        (LaporanRequirement.IdentitasTerlapor, "terlapor without address", l => l with { Terlapor = [l.Terlapor[0] with { Address = null }, .. l.Terlapor.Skip(1)] }),
        (LaporanRequirement.IdentitasTerlapor, "terlapor with a bad NIP", l => l with { Terlapor = [l.Terlapor[0] with { Nip = "1986092620100120", IsPppk = false }, .. l.Terlapor.Skip(1)] }),
        (LaporanRequirement.Daluwarsa, "no known-on date", l => l with { KnownOn = null }),
        (LaporanRequirement.Daluwarsa, "no filing instant", l => l with { FiledAt = null }),
        (LaporanRequirement.Daluwarsa, "known 8 days before the filing", l => l with { KnownOn = l.FiledAt!.Value.InZone(IncidentZone(l)).Date.PlusDays(-8) }),
        (LaporanRequirement.TandaTangan, "signature not checked", l => l with { SignatureMatchesIdentity = null }),
        (LaporanRequirement.TandaTangan, "signature does not match", l => l with { SignatureMatchesIdentity = false }),
        (LaporanRequirement.Pemilihan, "unknown election", l => l with { ContestId = "pilkada-2099/" + ContestId.Parse(l.ContestId!, CultureInfo.InvariantCulture).Region }),
        (LaporanRequirement.Pemilihan, "malformed contest id", l => l with { ContestId = "pilkada 2024" }),
        (LaporanRequirement.WaktuTempat, "no incident", l => l with { Incident = null }),
        (LaporanRequirement.WaktuTempat, "no incident date", l => l with { Incident = l.Incident! with { OccurredOn = null } }),
        (LaporanRequirement.WaktuTempat, "a region code not in the catalogue", l => l with { Incident = l.Incident! with { RegionCode = RegionCode.Parse(l.Incident.RegionCode!, CultureInfo.InvariantCulture).Province + ".99" } }),
        (LaporanRequirement.WaktuTempat, "no place in words", l => l with { Incident = l.Incident! with { Place = "  " } }),
        (LaporanRequirement.Uraian, "no description", l => l with { Description = null }),
        (LaporanRequirement.Uraian, "three words", l => l with { Description = "ada politik uang" }),
        (LaporanRequirement.Bukti, "no evidence", l => l with { Evidence = [] }),
        (LaporanRequirement.Bukti, "evidence without kind", l => l with { Evidence = [l.Evidence[0] with { Kind = null }, .. l.Evidence.Skip(1)] }),
        (LaporanRequirement.Bukti, "a short hash", l => l with { Evidence = [l.Evidence[0] with { ContentHash = "abc123" }, .. l.Evidence.Skip(1)] }),
    ];

    /// <summary>A contest of Pilkada 2024 (545: gubernur, bupati, wali kota).</summary>
    public static Gen<Contest> Pilkada2024Contest { get; } = Gen.Elements(Pilkada2024Contests.Value);

    /// <summary>Text of at least <paramref name="minWords"/> Indonesian words, for an uraian kejadian or a description of evidence.</summary>
    /// <param name="minWords">The fewest words.</param>
    public static Gen<string> Sentence(int minWords) =>
        Gen.ArrayOf(Gen.Elements(Words)).Select(w => string.Join(" ", w.Concat(["laporan", "pelanggaran", "pemilihan", "kepala", "daerah"]).Take(Math.Max(minWords, w.Length + 5))));

    /// <summary>An item of evidence that meets the requirement (a kind, what it shows, maybe a SHA-256 content hash).</summary>
    public static Gen<Evidence> CompleteEvidence { get; } =
        from kind in Gen.Elements(Enum.GetValues<EvidenceKind>())
        from description in Sentence(2)
        from hash in Gen.OneOf(Gen.Constant<string?>(null), Gen.ArrayOf(Gen.Elements("0123456789abcdefABCDEF".ToCharArray()), 64).Select(c => (string?)new string(c)))
        select new Evidence { Kind = kind, Description = description, ContentHash = hash };

    /// <summary>A terlapor with name and address, maybe a civil servant with a NIP as people write it (a NI PPPK labelled and flagged).</summary>
    public static Gen<Terlapor> CompleteTerlapor =>
        from name in Gen.Elements("Terlapor A", "Pasangan Calon Nomor Urut 2", "Kepala Desa Contoh", "Camat Contoh")
        from address in Gen.Elements("Jl. Merdeka 1", "Kantor Camat", "Desa Contoh RT 01/RW 02")
        from nip in Gen.OneOf(Gen.Constant<(Nip, string)?>(null), WrittenNip.Select(n => ((Nip, string)?)n))
        select new Terlapor { Name = name, Address = address, Nip = nip?.Item2, IsPppk = nip?.Item1.Kind == AsnKind.Pppk };

    /// <summary>
    /// A laporan that meets every requirement of <see cref="LaporanValidator"/> (either regime, default strictness) when
    /// checked at <paramref name="at"/>: a Pilkada 2024 contest, an incident in its region or one just below, a pelapor
    /// with a valid NIK written as people write it, filed in the 30 days up to <paramref name="at"/> and within 7 days of
    /// the violation becoming known (in the region's local time).
    /// </summary>
    /// <param name="at">The reference instant of the check (<see cref="LaporanValidatorOptions.ReferenceInstant"/> or a clock showing it).</param>
    /// <remarks>
    /// Under the Pemilu regime the working days are counted with the embedded calendar, so <paramref name="at"/> must fall
    /// in the years it covers (2024–2027). A report filed before 30 September 2024 has no correction deadline
    /// (<see cref="LaporanDeadlines.Correction"/> applies from then): choose <paramref name="at"/> after October 2024 to test it.
    /// </remarks>
    public static Gen<Laporan> CompleteLaporan(Instant at) =>
        from contest in Pilkada2024Contest
        let region = RegionCatalog.Default[contest.Region]
        from place in Gen.Elements(new[] { region }.Concat(region.Children).ToArray())
        let zone = region.DateTimeZone
        from filedMinutesBefore in Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(0, 30 * 24 * 60)))
        let filed = at - Duration.FromMinutes(filedMinutesBefore)
        from knownDaysBefore in Gen.Choose(0, 7)
        let known = filed.InZone(zone).Date.PlusDays(-knownDaysBefore)
        from occurredBefore in Gen.Choose(0, 3)
        from nik in WrittenNik
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

    /// <summary>
    /// A laporan of <see cref="CompleteLaporan"/> with exactly one requirement broken (26 ways, covering every
    /// <see cref="LaporanRequirement"/>), and the requirement that must then be the only one
    /// <see cref="LaporanValidator"/> reports at <paramref name="at"/>.
    /// </summary>
    /// <param name="at">The reference instant of the check.</param>
    public static Gen<LaporanWithOneMissing> LaporanMissingOne(Instant at) =>
        from laporan in CompleteLaporan(at)
        from removal in Gen.Elements(Removals)
        select new LaporanWithOneMissing(removal.Item3(laporan), removal.Item1, removal.Item2);

    /// <summary>A laporan of <see cref="CompleteLaporan"/> with one given requirement broken (one of the ways for it, at random).</summary>
    /// <param name="at">The reference instant of the check.</param>
    /// <param name="missing">The requirement to break.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="missing"/> is not a <see cref="LaporanRequirement"/>.</exception>
    public static Gen<LaporanWithOneMissing> LaporanMissing(Instant at, LaporanRequirement missing)
    {
        var ways = Array.FindAll(Removals, r => r.Item1 == missing);
        if (ways.Length == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(missing), missing, "Not a LaporanRequirement.");
        }

        return from laporan in CompleteLaporan(at)
               from removal in Gen.Elements(ways)
               select new LaporanWithOneMissing(removal.Item3(laporan), removal.Item1, removal.Item2);
    }

    /// <summary>
    /// An instant inside an election stage in a region's local time (WIB, WITA or WIT): from 00.00 on the stage's first
    /// day to just before 00.00 after its last day, with the first and the last minute more likely than the rest.
    /// </summary>
    /// <param name="stage">A dated stage, e.g. <c>ElectionCatalog.Default.Pilkada2024.Schedule["masa-tenang"]</c>.</param>
    /// <param name="region">The region whose local time counts.</param>
    /// <exception cref="ArgumentException">The stage has no dates.</exception>
    public static Gen<Instant> InstantIn(ElectionStage stage, RegionCode region)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (stage.Start is not { } start || stage.End is not { } end)
        {
            throw new ArgumentException($"Stage '{stage.Id}' has no dates, so no instant is inside it.", nameof(stage));
        }

        var zone = RegionTimeZones.GetDateTimeZone(region);
        var first = zone.AtStartOfDay(start).ToInstant();
        var minutes = (int)(zone.AtStartOfDay(end.PlusDays(1)).ToInstant() - first).TotalMinutes;
        return from minute in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(minutes - 1)), (8, Gen.Choose(0, minutes - 1)))
               from second in Gen.Choose(0, 59)
               select first + Duration.FromMinutes(minute) + Duration.FromSeconds(second);
    }

    /// <summary>A local date inside a dated election stage.</summary>
    /// <param name="stage">A dated stage.</param>
    /// <exception cref="ArgumentException">The stage has no dates.</exception>
    public static Gen<LocalDate> DateIn(ElectionStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (stage.Start is not { } start || stage.End is not { } end)
        {
            throw new ArgumentException($"Stage '{stage.Id}' has no dates, so no date is inside it.", nameof(stage));
        }

        return Gen.Choose(0, Period.DaysBetween(start, end)).Select(start.PlusDays);
    }

    private static DateTimeZone IncidentZone(Laporan laporan) =>
        RegionTimeZones.GetDateTimeZone(RegionCode.Parse(laporan.Incident!.RegionCode!, CultureInfo.InvariantCulture));
}
