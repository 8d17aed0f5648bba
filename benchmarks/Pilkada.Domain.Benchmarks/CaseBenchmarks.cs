using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Benchmarks;

/// <summary>
/// Cases (DESIGN.md budgets): rebuilding a case from 1,000 events (≤ 100 µs) beside applying them one by one (each step
/// copies the history, as a naive immutable case would); a JSON round trip of a 20-event case (≤ 20 µs) beside
/// reflection-based System.Text.Json (≥ 1.5× slower).
/// </summary>
/// <remarks>
/// The baseline is what an application would write without this library's JSON work: the same case as a plain record
/// (id, regime, region, zone, contest, events) read and written by reflection-based System.Text.Json, with the
/// polymorphism attributes of the events, NodaTime's own System.Text.Json converters and string enums, and then replayed
/// into a case — the same JSON text and the same work as the library's round trip. A second row runs the library's own
/// converters under the reflection resolver instead of the source-generated one, to show where the difference comes
/// from: the hand-written converters, not the source generator.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CaseBenchmarks
{
    private static readonly RegionCode KotaBima = RegionCode.Parse("52.72", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly DateTimeZone Wita = RegionTimeZones.GetDateTimeZone(KotaBima);
    private static readonly CaseHeader Header = new("BENCH/52.72/2024", LegalRegime.Pilkada, KotaBima, Wita);

    private CaseEvent[] _thousand = [];
    private ViolationCase _twenty = null!;
    private string _twentyJson = string.Empty;
    private JsonSerializerOptions _naive = null!;
    private JsonSerializerOptions _reflection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _thousand = Events(1_000);
        _twenty = ViolationCase.Replay(Header, Events(20));
        _twentyJson = JsonSerializer.Serialize(_twenty, PilkadaJsonContext.Default.ViolationCase);

        _naive = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        _naive.Converters.Add(new JsonStringEnumConverter());
        _naive.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

        // The library's converters (NodaTime ISO fast paths, the case and event converters) under the reflection resolver.
        _reflection = new JsonSerializerOptions(PilkadaJsonContext.Default.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        _reflection.Converters.Add(new JsonStringEnumConverter());

        if (JsonSerializer.Serialize(PlainCase.Of(_twenty), _naive) != _twentyJson || JsonSerializer.Serialize(_twenty, _reflection) != _twentyJson)
        {
            throw new InvalidOperationException("The baselines do not write the same JSON.");
        }

        if (ReflectionStj() != 20 || ReflectionWithLibraryConverters() != 20 || SourceGenerated() != 20)
        {
            throw new InvalidOperationException("A round trip lost events.");
        }
    }

    /// <summary>A case as a plain record, for reflection-based System.Text.Json.</summary>
    private sealed record PlainCase(string Id, LegalRegime Regime, RegionCode Region, string TimeZone, ContestId? Contest, List<CaseEvent> Events)
    {
        public static PlainCase Of(ViolationCase @case) => new(@case.Id, @case.Regime, @case.Region, @case.Zone.Id, @case.Contest, [.. @case.Events]);

        public ViolationCase ToCase() =>
            ViolationCase.Replay(new CaseHeader(Id, Regime, Region, DateTimeZoneProviders.Tzdb[TimeZone], Contest), Events);
    }

    /// <summary>A neutrality case of the given length: intake, registration, clarifications, a decision, then recommendations and follow-ups.</summary>
    private static CaseEvent[] Events(int count)
    {
        Instant At(int i) => new LocalDateTime(2024, 10, 1, 8, 0).InZoneStrictly(Wita).ToInstant() + Duration.FromMinutes(i * 7);
        var bkn = new Institution(InstitutionKind.Bkn, default, "BKN");
        var ppk = new Institution(InstitutionKind.PejabatPembinaKepegawaian, KotaBima, "Pejabat Pembina Kepegawaian Kota Bima (Wali Kota Bima)");
        var laporan = new Laporan
        {
            Pelapor = new Pelapor { Name = "Pelapor Contoh", Nik = "5272016609860003", Address = "Kota Bima", Standing = PelaporStanding.Pemilih },
            Terlapor = [new Terlapor { Name = "Terlapor Contoh", Nip = "198609262015051001", Agency = "Pemerintah Kota Bima" }],
            Incident = new Incident { OccurredOn = new LocalDate(2024, 9, 30), RegionCode = "52.72", Place = "Kota Bima" },
            Description = "Terlapor mengunggah dukungan kepada pasangan calon.",
            Evidence = [new Evidence { Kind = EvidenceKind.TangkapanLayar, Description = "tangkapan layar" }],
            KnownOn = new LocalDate(2024, 9, 30),
            FiledAt = At(0),
        };
        var events = new List<CaseEvent>(count)
        {
            new LaporanReceived(At(0), laporan),
            new Registered(At(1), "001/Reg/LP/PW/Kota/52.72/X/2024"),
        };
        var clarifications = Math.Min(5, count / 4);
        for (var i = 0; i < clarifications; i++)
        {
            events.Add(new ClarificationHeld(At(events.Count), "saksi"));
        }

        events.Add(new Decided(At(events.Count), new ViolationFound(ViolationCategory.PeraturanPerundanganLainnya) { Offences = ["SKB-2022/D8"], Matter = RoutingMatter.NetralitasAsn }));
        var n = 0;
        while (events.Count < count)
        {
            var number = "R-" + n++;
            events.Add(new RecommendationIssued(At(events.Count), n % 2 == 0 ? bkn : ppk, number));
            if (events.Count < count)
            {
                events.Add(new FollowUpRecorded(At(events.Count), number, new NoFollowUp()));
            }
        }

        return [.. events.Take(count)];
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Replay 1000 events")]
    public int ApplyOneByOne()
    {
        var @case = ViolationCase.Create(Header);
        foreach (var e in _thousand)
        {
            @case = @case.Apply(e).Case;
        }

        return @case.State.EventCount;
    }

    [Benchmark]
    [BenchmarkCategory("Replay 1000 events")]
    public int Replay() => ViolationCase.Replay(Header, _thousand).State.EventCount;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("JSON round trip, 20 events")]
    public int ReflectionStj()
    {
        var json = JsonSerializer.Serialize(PlainCase.Of(_twenty), _naive);
        return JsonSerializer.Deserialize<PlainCase>(json, _naive)!.ToCase().Events.Count;
    }

    [Benchmark]
    [BenchmarkCategory("JSON round trip, 20 events")]
    public int ReflectionWithLibraryConverters()
    {
        var json = JsonSerializer.Serialize(_twenty, _reflection);
        return JsonSerializer.Deserialize<ViolationCase>(json, _reflection)!.Events.Count;
    }

    [Benchmark]
    [BenchmarkCategory("JSON round trip, 20 events")]
    public int SourceGenerated()
    {
        var json = JsonSerializer.Serialize(_twenty, PilkadaJsonContext.Default.ViolationCase);
        return JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.ViolationCase)!.Events.Count;
    }

    [Benchmark]
    [BenchmarkCategory("JSON round trip, 20 events")]
    public int SourceGeneratedReadOnly() => JsonSerializer.Deserialize(_twentyJson, PilkadaJsonContext.Default.ViolationCase)!.Events.Count;
}
