using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Statistics;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Statistics;

/// <summary>Cases built through the case engine, one per published category, and generators of facts.</summary>
internal static class StatisticsFixtures
{
    public static readonly RegionCode Bima = RegionCode.Parse("52.72", CultureInfo.InvariantCulture);

    private static readonly Institution Bkn = new(InstitutionKind.Bkn, default, "BKN");

    public static Instant Day(int day, int hour = 10) =>
        new LocalDateTime(2024, 10, day, hour, 0).InZoneStrictly(RegionTimeZones.GetDateTimeZone(Bima)).ToInstant();

    /// <summary>What a built case ends as.</summary>
    public enum Kind
    {
        BelumDiregister,
        TidakDiregister,
        Dicabut,
        DalamProses,
        Administrasi,
        Pidana,
        KodeEtik,
        HukumLainnya,
        BukanPelanggaran,
        Dihentikan,
        Sengketa,
    }

    /// <summary>A case through the engine: a laporan or a temuan in a region that ends as <paramref name="kind"/>.</summary>
    public static ViolationCase Build(Kind kind, bool temuan, int serial, RegionCode? region = null)
    {
        var header = ViolationCase.Create($"S-{serial}", LegalRegime.Pilkada, region ?? Bima, ContestId.Parse("pilkada-2024/52.72", CultureInfo.InvariantCulture)).Header;
        var events = new List<CaseEvent>
        {
            temuan
                ? new TemuanRecorded(Day(2), new Temuan { FoundOn = new LocalDate(2024, 10, 1) })
                : new LaporanReceived(Day(2), new Laporan { Pelapor = new Pelapor { Name = "Pelapor Contoh" }, KnownOn = new LocalDate(2024, 10, 1), FiledAt = Day(2) }),
        };
        switch (kind)
        {
            case Kind.BelumDiregister:
                break;
            case Kind.TidakDiregister:
                events.Add(new NotRegistered(Day(3), ["Laporan.Formil.Daluwarsa"]));
                break;
            case Kind.Dicabut:
                events.Add(new LaporanWithdrawn(Day(3)));
                break;
            default:
                events.Add(new Registered(Day(3), $"{serial:000}/Reg/LP/PW/Kota/52.72/X/2024"));
                CaseDecision? decision = kind switch
                {
                    Kind.Administrasi => new ViolationFound(ViolationCategory.AdministrasiPemilihan),
                    Kind.Pidana => new ViolationFound(ViolationCategory.TindakPidanaPemilihan),
                    Kind.KodeEtik => new ViolationFound(ViolationCategory.KodeEtikPenyelenggara),
                    Kind.HukumLainnya => new ViolationFound(ViolationCategory.PeraturanPerundanganLainnya) { Matter = RoutingMatter.NetralitasAsn },
                    Kind.BukanPelanggaran => new NotAViolation(),
                    Kind.Dihentikan => new HandlingStopped("bukan pelanggaran pemilihan"),
                    Kind.Sengketa => new DisputeFound(),
                    _ => null,
                };
                if (decision is not null)
                {
                    events.Add(new Decided(Day(4), decision));
                }

                if (kind == Kind.HukumLainnya)
                {
                    events.Add(new RecommendationIssued(Day(5), Bkn, $"{serial:000}/PP.01.02/X/2024"));
                }

                break;
        }

        return ViolationCase.Replay(header, events);
    }

    /// <summary>Every kabupaten/kota of the catalogue.</summary>
    public static readonly Region[] KabupatenKota = [.. RegionCatalog.Default.AtLevel(RegionLevel.KabupatenKota)];

    /// <summary>
    /// A region for a case: mostly a catalogue kabupaten/kota or one of its kecamatan or desa, sometimes a province or
    /// the empty code (not attributable below it).
    /// </summary>
    public static Gen<RegionCode> CaseRegion =>
        from kab in Gen.Elements(KabupatenKota)
        from depth in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(-1)), (1, Gen.Constant(-2)))
        from pick in Gen.Choose(0, int.MaxValue)
        select depth switch
        {
            -2 => default,
            -1 => kab.Code.Province,
            0 => kab.Code,
            1 => Child(kab, pick),
            _ => Child(RegionCatalog.Default[Child(kab, pick)], pick / 7),
        };

    private static RegionCode Child(Region region, int pick) =>
        region.Children.Count == 0 ? region.Code : region.Children[pick % region.Children.Count].Code;

    private static readonly InstitutionKind[] Kinds = Enum.GetValues<InstitutionKind>().Where(k => k != InstitutionKind.None).ToArray();

    /// <summary>Facts with every value drawn independently.</summary>
    public static Gen<CaseFacts> Facts =>
        from region in CaseRegion
        from origin in Gen.Choose(0, 2)
        from status in Gen.Choose(0, 17)
        from registration in Gen.Choose(0, 4)
        from outcome in Gen.Choose(0, 5)
        from category in Gen.Choose(0, 5)
        from stage in Gen.Choose(-1, 32)
        from month in Gen.Choose(-1, 30)
        from kinds in Gen.SubListOf(Kinds)
        from flags in Gen.Choose(0, 3)
        select new CaseFacts(region)
        {
            Origin = (CaseOrigin)origin,
            Status = (CaseStatus)status,
            Registration = (PublishedRegistration)registration,
            Outcome = (PublishedOutcome)outcome,
            Category = (ViolationCategory)category,
            Stage = stage < 0 ? null : (StageKind)stage,
            ReceivedMonth = month < 0 ? null : new YearMonth(2023, 1).PlusMonths(month),
            ReceivedAt = month < 0 ? null : Instant.FromUtc(2023, 1, 1, 0, 0).Plus(Duration.FromDays(month * 30)),
            Institutions = InstitutionSet.Of([.. kinds]),
            IsSanctioned = (flags & 1) != 0,
            IsClosed = (flags & 2) != 0,
        };

    public static Gen<CaseFacts[]> FactsArray => Gen.ArrayOf(Facts);

    public static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}

internal static class YearMonthExtensions
{
    public static YearMonth PlusMonths(this YearMonth month, int months)
    {
        var ordinal = (month.Year * 12) + month.Month - 1 + months;
        return new YearMonth(ordinal / 12, (ordinal % 12) + 1);
    }
}
