using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cases;

public class CaseJsonTests
{
    public static TheoryData<string> ExampleFiles => new(Directory.GetFiles(RepositoryRoot.Combine("examples", "cases"), "*.json").Select(Path.GetFileName)!);

    [Fact]
    public void There_are_example_case_files() => Assert.True(ExampleFiles.Count >= 6);

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Every_example_file_replays_and_writes_back_the_same_events(string name)
    {
        var @case = CaseExamples.Load(name);
        var json = JsonSerializer.Serialize(@case, PilkadaJsonContext.Default.ViolationCase);
        var back = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.ViolationCase)!;

        Assert.NotEmpty(@case.Events);
        Assert.Equal(json, JsonSerializer.Serialize(back, PilkadaJsonContext.Default.ViolationCase));
        Assert.Equal(@case.State, back.State);
        using var file = JsonDocument.Parse(File.ReadAllText(CaseExamples.PathOf(name)));
        Assert.Equal(@case.Events.Count, file.RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void Events_carry_a_kebab_case_Indonesian_type_first_then_the_instant()
    {
        var e = new Registered(Instant.FromUtc(2024, 10, 10, 1, 0), "001/Reg/LP/PW/Kota/52.72/X/2024") { Note = "catatan" };

        var json = JsonSerializer.Serialize<CaseEvent>(e, PilkadaJsonContext.Default.CaseEvent);

        Assert.Equal("{\"type\":\"diregistrasi\",\"at\":\"2024-10-10T01:00:00Z\",\"registerNumber\":\"001/Reg/LP/PW/Kota/52.72/X/2024\",\"note\":\"catatan\"}", json);
    }

    [Fact]
    public void The_JSON_discriminators_are_the_kind_names()
    {
        var info = PilkadaJsonContext.Default.CaseEvent;
        var discriminators = info.PolymorphismOptions!.DerivedTypes.Select(d => (string)d.TypeDiscriminator!).Order().ToList();

        Assert.Equal(CaseEventKinds.All.Select(CaseEventKinds.TypeNameOf).Order(), discriminators);
    }

    [Fact]
    public void Reading_looks_nothing_up_unknown_codes_and_retired_regions_are_kept_as_written()
    {
        // 92.01 was retired by the 2022 pemekaran; the offence and sanction codes are not in the catalogues.
        const string json = """
            {"id":"X-1","regime":"pilkada-uu10-2016","region":"92.01","timeZone":"Asia/Jayapura","events":[
              {"type":"laporan-diterima","at":"2024-10-01T01:00:00Z","laporan":{"knownOn":"2024-09-30"}},
              {"type":"diregistrasi","at":"2024-10-02T01:00:00Z","registerNumber":"1"},
              {"type":"diputuskan","at":"2024-10-03T01:00:00Z","decision":{"type":"pelanggaran","category":"AdministrasiPemilihan","offences":["UU99-2099/1"]}},
              {"type":"rekomendasi-diterbitkan","at":"2024-10-03T02:00:00Z","to":{"kind":"KpuKabupatenKota","region":"92.01","name":"KPU Kabupaten Sorong (lama)"},"number":"R-1"},
              {"type":"tindak-lanjut","at":"2024-10-05T02:00:00Z","recommendationNumber":"R-1","outcome":{"type":"sanksi-dijatuhkan","sanctionCode":"XX-9"}}
            ]}
            """;

        var @case = PilkadaJson.Deserialize<ViolationCase>(json)!;

        Assert.Equal("92.01", @case.Region.ToString());
        Assert.Equal(["UU99-2099/1"], ((ViolationFound)@case.State.Decision!).Offences);
        Assert.Equal("KPU Kabupaten Sorong (lama)", @case.State.Recommendations[0].To.Name);
        var kpu = Assert.Single(@case.Deadlines, d => d.Kind == CaseDeadlineKind.KpuDecision);
        Assert.Equal(CaseDeadlineStatus.Met, kpu.Status);
        Assert.Equal(new LocalDate(2024, 10, 10), kpu.LastDay); // 7 days from 3 October (Pasal 140 ayat (1))
    }

    // The hand-written converters read common names, kinds, region codes and dates straight from UTF-8; escaped JSON
    // text takes the general path and must give the same values.
    [Fact]
    public void Escaped_names_and_values_read_the_same_as_plain_ones()
    {
        const string plain = """{"type":"diteruskan","at":"2024-10-01T00:00:00Z","to":{"kind":"Polri","region":"52.72","name":"Polres Bima Kota"}}""";
        const string escaped = """{"type":"diteruskan","at":"2024-10-01T00:00:00\u005A","to":{"\u006bind":"\u0050olri","region":"52\u002E72","n\u0061me":"Polres Bima Kota"}}""";

        var expected = new Forwarded(Instant.FromUtc(2024, 10, 1, 0, 0), new Institution(InstitutionKind.Polri, Pilkada.Domain.Regions.RegionCode.Parse("52.72", null), "Polres Bima Kota"));

        Assert.Equal(expected, JsonSerializer.Deserialize(plain, PilkadaJsonContext.Default.CaseEvent));
        Assert.Equal(expected, JsonSerializer.Deserialize(escaped, PilkadaJsonContext.Default.CaseEvent));
    }

    [Theory]
    [InlineData("\"None\"")]
    [InlineData("\"polri\"")]
    [InlineData("\"99\"")]
    [InlineData("\"KepolisianNegaraRepublikIndonesiaDanLembagaLainYangSangatPanjangNamanya\"")]
    public void An_institution_kind_that_is_not_one_fails_naming_the_value(string kind)
    {
        var json = "{\"type\":\"diteruskan\",\"at\":\"2024-10-01T00:00:00Z\",\"to\":{\"kind\":" + kind + ",\"name\":\"X\"}}";

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.CaseEvent));

        Assert.Contains(kind.Trim('"'), ex.Message, StringComparison.Ordinal);
        Assert.Contains("not an institution kind", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<InstitutionKind> EveryInstitutionKind => new(Enum.GetValues<InstitutionKind>().Where(k => k != InstitutionKind.None));

    [Theory]
    [MemberData(nameof(EveryInstitutionKind))]
    public void Every_institution_kind_is_written_by_its_name_and_read_back(InstitutionKind kind)
    {
        var e = new Forwarded(Instant.FromUtc(2024, 10, 1, 0, 0), new Institution(kind, default, "X"));

        var json = JsonSerializer.Serialize<CaseEvent>(e, PilkadaJsonContext.Default.CaseEvent);

        Assert.Contains("\"kind\":\"" + kind + "\"", json, StringComparison.Ordinal);
        Assert.Equal(e, JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.CaseEvent));
    }

    [Fact]
    public void A_national_body_has_no_region_and_reads_back()
    {
        var e = new Forwarded(Instant.FromUtc(2024, 10, 1, 0, 0), new Institution(InstitutionKind.Bkn, default, "BKN"));

        var json = JsonSerializer.Serialize<CaseEvent>(e, PilkadaJsonContext.Default.CaseEvent);

        Assert.Contains("\"to\":{\"kind\":\"Bkn\",\"name\":\"BKN\"}", json, StringComparison.Ordinal);
        Assert.Equal(e, JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.CaseEvent));
    }

    [Fact]
    public void A_disallowed_event_in_a_file_names_the_event_and_the_reason()
    {
        const string json = """
            {"id":"X-2","regime":"pilkada-uu10-2016","region":"52.72","events":[
              {"type":"laporan-diterima","at":"2024-10-01T01:00:00Z","laporan":{}},
              {"type":"diregistrasi","at":"2024-10-02T01:00:00Z","registerNumber":"1"},
              {"type":"laporan-dicabut","at":"2024-10-03T01:00:00Z"}
            ]}
            """;

        var ex = Assert.Throws<CaseRejectedJsonException>(() => JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.ViolationCase));

        Assert.Equal(TransitionError.WithdrawnAfterRegistration, ex.Transition.Error);
        Assert.Equal(2, ex.Transition.EventIndex);
        Assert.Contains("The case 'X-2' cannot be rebuilt from its events: event 3 (laporan-dicabut, 3 October 2024 09:00 WITA)", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Perkara 'X-2' tidak dapat disusun", ex.GetMessage(PilkadaLanguage.Indonesian), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"X","regime":"pilkada-2099","region":"52.72","events":[]}""", "'pilkada-2099' is not a valid 'id'")]
    [InlineData("""{"id":"X","regime":"pilkada-uu10-2016","region":"52.7x","events":[]}""", "'52.7x' is not a valid 'region'")]
    [InlineData("""{"id":"X","regime":"pilkada-uu10-2016","events":[]}""", "the required property 'region' is missing")]
    [InlineData("""{"regime":"pilkada-uu10-2016","region":"52.72","events":[]}""", "the required property 'id' is missing")]
    [InlineData("""{"id":"X","regime":"pilkada-uu10-2016","region":"52.72","timeZone":"Asia/Bima","events":[]}""", "'Asia/Bima' is not a valid 'timeZone'")]
    [InlineData("""{"id":"X","regime":"pilkada-uu10-2016","region":"52.72","contest":"pilkada-2024/52.7x","events":[]}""", "'pilkada-2024/52.7x' is not a valid 'contest'")]
    [InlineData("""{"id":"X","regime":"pilkada-uu10-2016","region":"52.72","events":[{"type":"dilaporkan","at":"2024-10-01T00:00:00Z"}]}""", "dilaporkan")]
    [InlineData("""{"id":"X","regime":"pilkada-uu10-2016","region":"52.72","events":[{"type":"diregistrasi","registerNumber":"1"}]}""", "events[0]: diregistrasi: the required property 'at' is missing")]
    [InlineData("""{"id":"X","regime":"pilkada-uu10-2016","region":"52.72","events":[{"type":"diteruskan","at":"2024-10-01T00:00:00Z","to":{"kind":"Polisi","name":"x"}}]}""", "'Polisi' is not a valid 'kind'")]
    [InlineData("""{"id":"X","regime":"pilkada-uu10-2016","region":"52.72","events":[{"type":"diteruskan","at":"2024-10-01T00:00:00Z","to":{"kind":"22","name":"x"}}]}""", "'22' is not a valid 'kind'")]
    [InlineData("""{"id":"X","regime":"pilkada-uu10-2016","region":"52.72","events":[{"type":"diregistrasi","at":"2024-13-01T00:00:00Z","registerNumber":"1"}]}""", "'2024-13-01T00:00:00Z' is not a valid instant")]
    public void A_bad_value_fails_naming_the_value_and_the_reason(string json, string expected)
    {
        var ex = Assert.ThrowsAny<JsonException>(() => PilkadaJson.Deserialize<ViolationCase>(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_zone_defaults_to_the_province_zone_and_the_regime_may_be_its_id()
    {
        var @case = PilkadaJson.Deserialize<ViolationCase>("""{"id":"X","regime":"pemilu-uu7-2017","region":"91.71","events":[]}""")!;

        Assert.Equal("Asia/Jayapura", @case.Zone.Id);
        Assert.Same(LegalRegime.Pemilu, @case.Regime);
        Assert.Equal(CaseStatus.None, @case.State.Status);
    }

    [Fact]
    public void Regime_options_round_trip()
    {
        var ppk = new DeadlineRule("ppk.follow-up", DeadlinePeriod.WorkingDays(14), "Tindak lanjut PPK", "PPK follow-up", new LegalReference("Keputusan internal", null, "contoh"));
        var regime = LegalRegime.Pilkada.With(new LegalRegimeOptions
        {
            PpkFollowUp = ppk,
            DeadlineOptions = new DeadlineOptions { DayOne = DayOneConvention.StartDay },
        });

        var json = JsonSerializer.Serialize(regime, PilkadaJsonContext.Default.LegalRegime);
        var back = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.LegalRegime)!;

        Assert.Equal("pilkada-uu10-2016", back.Id);
        Assert.Equal(ppk, back.PpkFollowUp);
        Assert.Equal(DayOneConvention.StartDay, back.DeadlineOptions.DayOne);
        Assert.Same(LegalRegime.Pilkada.Correction, back.Correction);
        Assert.Equal(json, JsonSerializer.Serialize(back, PilkadaJsonContext.Default.LegalRegime));
    }

    [Fact]
    public void Reflection_based_serialization_with_the_same_converters_writes_the_same_JSON()
    {
        var @case = CaseExamples.Load("politik-uang-gakkumdu.json");
        var reflection = new JsonSerializerOptions(PilkadaJsonContext.Default.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        reflection.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()); // the context's UseStringEnumConverter

        Assert.Equal(JsonSerializer.Serialize(@case, PilkadaJsonContext.Default.ViolationCase), JsonSerializer.Serialize(@case, reflection));
    }
}
