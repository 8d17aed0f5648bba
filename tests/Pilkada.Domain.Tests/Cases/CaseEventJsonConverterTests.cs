using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Testing;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Cases;

/// <summary>
/// The hand-written event converter the case uses must read and write exactly what the polymorphism attributes on
/// <see cref="CaseEvent"/> declare, i.e. what <c>PilkadaJsonContext.Default.CaseEvent</c> reads and writes.
/// </summary>
[Properties(MaxTest = 300)]
public class CaseEventJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = PilkadaJsonContext.Default.Options;
    private static readonly RegionCode KotaBima = RegionCode.Parse("52.72", null);

    private static readonly Institution[] Institutions =
    [
        new(InstitutionKind.Bkn, default, "BKN"),
        new(InstitutionKind.BawasluKabupatenKota, KotaBima, "Bawaslu Kota Bima"),
        new(InstitutionKind.PengawasTps, RegionCode.Parse("52.72.01.1001", null), "Pengawas TPS 3 \"Dara\"", 3),
        new(InstitutionKind.PejabatPembinaKepegawaian, KotaBima, "Pejabat Pembina Kepegawaian Kota Bima (Pj Wali Kota)"),
    ];

    private static readonly Laporan[] Reports =
    [
        new() { KnownOn = new LocalDate(2024, 9, 30) },
        new()
        {
            Pelapor = new Pelapor { Name = "Pelapor Contoh", Nik = "5272016609860003", Address = "Kota Bima", Standing = PelaporStanding.Pemilih },
            Terlapor = [new Terlapor { Name = "Terlapor Contoh", Nip = "198609262015051001" }],
            Incident = new Incident { OccurredOn = new LocalDate(2024, 9, 29), RegionCode = "52.72", Place = "Kota Bima" },
            Description = "Terlapor mengunggah dukungan.",
            Evidence = [new Evidence { Kind = EvidenceKind.TangkapanLayar, Description = "tangkapan layar" }],
            KnownOn = new LocalDate(2024, 9, 30),
            FiledAt = Instant.FromUtc(2024, 10, 1, 1, 0),
            Channel = FilingChannel.Online,
        },
    ];

    private static readonly Temuan[] Findings =
    [
        new() { Description = "Temuan pengawasan." },
        new() { FoundBy = Institutions[1], Officer = "Pengawas Contoh", FoundOn = new LocalDate(2024, 11, 26), RecordedAt = Instant.FromUtc(2024, 11, 26, 5, 0), Description = "Uang di amplop." },
    ];

    // Texts with what JSON must escape or may escape: quotes, backslashes, control characters, HTML-sensitive and non-ASCII characters.
    private static readonly Gen<string> Text =
        Gen.OneOf(
            Gen.Elements("terlapor", "001/Reg/LP/PW/Kota/52.72/X/2024", "REK-1", "saksi \"A\" & <B>", "café – Bima", "garis\\miring", "baris\nbaru\t", "😀", ""),
            Gen.Elements("a", "b", " ", "\"", "\\", "/", "<", ">", "&", "'", "é", "\u0001", "\u007f", "\u2028", "😀").ArrayOf().Select(string.Concat));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Text.Select(s => (string?)s)));

    private static readonly Gen<Institution?> OptionalInstitution =
        Gen.Frequency((1, Gen.Constant<Institution?>(null)), (2, Gen.Elements(Institutions).Select(i => (Institution?)i)));

    // Instants in the fast ISO form (whole seconds and fractions) and beyond it (years before 1 and after 9999 fall back to NodaTime).
    private static readonly Gen<Instant> AnyInstant =
        Gen.OneOf(
            Gen.Choose(0, int.MaxValue).Select(s => Instant.FromUnixTimeSeconds(1_700_000_000L + s - (int.MaxValue / 2))),
            Gen.Choose(0, 999_999_999).Zip(Gen.Choose(-2_000_000, 2_000_000)).Select(t => Instant.FromUnixTimeSeconds(t.Item2 * 3_600L) + Duration.FromNanoseconds(t.Item1)),
            Gen.Elements(Instant.MinValue, Instant.MaxValue, Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(9999, 12, 31, 23, 59, 59)));

    private static readonly Gen<IReadOnlyList<string>?> Requirements =
        Gen.Frequency((1, Gen.Constant<IReadOnlyList<string>?>(null)), (4, Text.ListOf().Select(l => (IReadOnlyList<string>?)l.ToList())));

    private static readonly Gen<CaseDecision> Decisions =
        Gen.OneOf(
            Gen.Elements(ViolationCategory.KodeEtikPenyelenggara, ViolationCategory.AdministrasiPemilihan, ViolationCategory.TindakPidanaPemilihan, ViolationCategory.PeraturanPerundanganLainnya)
                .Zip(Gen.Elements<IReadOnlyList<string>>([], ["UU10-2016/187A-1"], ["SKB-2022/D8", "PP94-2021/8-2-b"]))
                .Zip(Gen.Elements<RoutingMatter?>(null, RoutingMatter.NetralitasAsn))
                .Select(t => (CaseDecision)new ViolationFound(t.Item1.Item1) { Offences = t.Item1.Item2, Matter = t.Item2 }),
            Gen.Constant<CaseDecision>(new NotAViolation()),
            Text.Select(r => (CaseDecision)new HandlingStopped(r)),
            Gen.Constant<CaseDecision>(new DisputeFound()));

    private static readonly Gen<FollowUpOutcome> Outcomes =
        Gen.OneOf(
            Text.Zip(OptionalText).Zip(Gen.Elements<Sanction?>(null, SanctionLadders.PartyMembershipDismissal))
                .Select(t => (FollowUpOutcome)new SanctionImposed(t.Item1.Item1) { Description = t.Item1.Item2, Sanction = t.Item2 }),
            Text.Select(d => (FollowUpOutcome)new KpuAction(d)),
            OptionalText.Select(r => (FollowUpOutcome)new FollowUpRefused(r)),
            Gen.Constant<FollowUpOutcome>(new NoFollowUp()),
            Text.Select(n => (FollowUpOutcome)new OnwardRecommendation(n)));

    /// <summary>An event of any kind, with every optional property sometimes set and sometimes not.</summary>
    private static readonly Gen<CaseEvent> AnyEvent =
        from kind in Gen.Elements(CaseEventKinds.All.ToArray())
        from at in AnyInstant
        from text1 in OptionalText
        from text2 in OptionalText
        from text3 in OptionalText
        from note in OptionalText
        from recordedBy in OptionalText
        from institution1 in Gen.Elements(Institutions)
        from institution2 in OptionalInstitution
        from requirements in Requirements
        from report in Gen.Elements(Reports)
        from finding in Gen.Elements(Findings)
        from decision in Decisions
        from outcome in Outcomes
        from verdict in Gen.Elements(CourtVerdict.Convicted, CourtVerdict.Acquitted)
        select Make(kind, at, text1, text2, text3, institution1, institution2, requirements, report, finding, decision, outcome, verdict) with { Note = note, RecordedBy = recordedBy };

    private static CaseEvent Make(CaseEventKind kind, Instant at, string? text1, string? text2, string? text3, Institution institution1, Institution? institution2,
        IReadOnlyList<string>? requirements, Laporan report, Temuan finding, CaseDecision decision, FollowUpOutcome outcome, CourtVerdict verdict) => kind switch
    {
        CaseEventKind.LaporanReceived => new LaporanReceived(at, report),
        CaseEventKind.TemuanRecorded => new TemuanRecorded(at, finding),
        CaseEventKind.CorrectionRequested => new CorrectionRequested(at, requirements!),
        CaseEventKind.LaporanCorrected => new LaporanCorrected(at, report),
        CaseEventKind.LaporanWithdrawn => new LaporanWithdrawn(at, text1),
        CaseEventKind.Registered => new Registered(at, text1!),
        CaseEventKind.NotRegistered => new NotRegistered(at, requirements!),
        CaseEventKind.ClarificationHeld => new ClarificationHeld(at, text1),
        CaseEventKind.CoordinationHeld => new CoordinationHeld(at, institution1),
        CaseEventKind.AdditionalInformationRequested => new AdditionalInformationRequested(at),
        CaseEventKind.Decided => new Decided(at, decision),
        CaseEventKind.Forwarded => new Forwarded(at, institution1),
        CaseEventKind.RecommendationIssued => new RecommendationIssued(at, institution1, text1!) { IssuedBy = institution2, InResponseTo = text2 },
        CaseEventKind.FollowUpRecorded => new FollowUpRecorded(at, text1!, outcome) { By = institution2 },
        CaseEventKind.InvestigationStarted => new InvestigationStarted(at),
        CaseEventKind.CaseFileToProsecutor => new CaseFileToProsecutor(at),
        CaseEventKind.CaseFileReturned => new CaseFileReturned(at),
        CaseEventKind.CaseFileResubmitted => new CaseFileResubmitted(at),
        CaseEventKind.CaseTransferredToCourt => new CaseTransferredToCourt(at),
        CaseEventKind.DistrictCourtVerdict => new DistrictCourtVerdict(at, verdict) { CaseNumber = text2, Sentence = text3 },
        CaseEventKind.AppealFiled => new AppealFiled(at),
        CaseEventKind.HighCourtVerdict => new HighCourtVerdict(at, verdict) { CaseNumber = text2, Sentence = text3 },
        _ => new Closed(at, text1),
    };

    private static string WriteByHand(CaseEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new CaseEventJsonConverter().Write(writer, e, Options);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static CaseEvent ReadByHand(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var e = new CaseEventJsonConverter().Read(ref reader, typeof(CaseEvent), Options);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.False(reader.Read());
        return e;
    }

    /// <summary>Equal events; the reports and findings inside are compared by value (records compare their lists by reference).</summary>
    private static bool Same(CaseEvent a, CaseEvent b) => (a, b) switch
    {
        (LaporanReceived x, LaporanReceived y) => CaseEquality.Laporan(x.Laporan, y.Laporan) && (x with { Laporan = null! }).Equals(y with { Laporan = null! }),
        (LaporanCorrected x, LaporanCorrected y) => CaseEquality.Laporan(x.Laporan, y.Laporan) && (x with { Laporan = null! }).Equals(y with { Laporan = null! }),
        (TemuanRecorded x, TemuanRecorded y) => CaseEquality.Temuan(x.Temuan, y.Temuan) && (x with { Temuan = null! }).Equals(y with { Temuan = null! }),
        _ => a.Equals(b),
    };

    private static string WriteByMetadata(CaseEvent e) => JsonSerializer.Serialize(e, PilkadaJsonContext.Default.CaseEvent);

    [Property]
    public Property Writes_exactly_what_the_polymorphism_attributes_declare() =>
        Prop.ForAll(AnyEvent.ToArbitrary(), e =>
        {
            var expected = WriteByMetadata(e);
            var actual = WriteByHand(e);
            return (expected == actual).Label($"metadata: {expected}\nby hand:  {actual}");
        });

    [Property]
    public Property Reads_back_every_event_the_metadata_writes() =>
        Prop.ForAll(AnyEvent.ToArbitrary(), e => Same(ReadByHand(WriteByMetadata(e)), e).Label(WriteByMetadata(e)));

    [Property]
    public Property The_metadata_reads_back_every_event_written_by_hand() =>
        Prop.ForAll(AnyEvent.ToArbitrary(), e => Same(JsonSerializer.Deserialize(WriteByHand(e), PilkadaJsonContext.Default.CaseEvent)!, e).Label(WriteByHand(e)));

    [Property]
    public Property Property_order_and_unknown_properties_do_not_matter() =>
        Prop.ForAll(AnyEvent.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (e, seed) =>
        {
            var original = JsonNode.Parse(WriteByMetadata(e))!.AsObject();
            var random = new Random(seed);
            var shuffled = new JsonObject();
            foreach (var (name, value) in original.OrderBy(_ => random.Next()))
            {
                shuffled[name] = value?.DeepClone();
            }

            shuffled["tambahan"] = new JsonObject { ["type"] = "diregistrasi", ["at"] = new JsonArray(1, 2) };
            var json = shuffled.ToJsonString();
            return Same(ReadByHand(json), e).Label(json);
        });

    [Property(MaxTest = 100)]
    public Property A_case_writes_its_events_as_the_metadata_writes_a_list_of_them() =>
        Prop.ForAll(CaseGenerators.AllowedCase(25).ToArbitrary(), @case =>
        {
            using var document = JsonDocument.Parse(JsonSerializer.Serialize(@case, PilkadaJsonContext.Default.ViolationCase));
            var events = document.RootElement.GetProperty("events").GetRawText();
            var expected = JsonSerializer.Serialize([.. @case.Events], PilkadaJsonContext.Default.ListCaseEvent);
            return (events == expected).Label(events);
        });

    [Fact]
    public void Escaped_names_and_discriminators_read_as_plain_ones()
    {
        var e = ReadByHand("""{"\u0061t":"2024-10-10T01:00:00Z","type":"d\u0069registrasi","registerNumber":"1","\u006eote":"n"}""");

        Assert.Equal(new Registered(Instant.FromUtc(2024, 10, 10, 1, 0), "1") { Note = "n" }, e);
    }

    [Fact]
    public void A_payload_left_out_is_read_as_absent_for_the_case_to_reject()
    {
        var e = ReadByHand("""{"type":"diregistrasi","at":"2024-10-10T01:00:00Z"}""");

        Assert.Null(((Registered)e).RegisterNumber);
    }

    [Theory]
    [InlineData("""{"type":"dilaporkan","at":"2024-10-01T00:00:00Z"}""", "case event: 'dilaporkan' is not a valid 'type': not a case event type; expected one of laporan-diterima, temuan-dicatat,")]
    [InlineData("""{"at":"2024-10-01T00:00:00Z"}""", "case event: the required property 'type' is missing.")]
    [InlineData("""{"type":11,"at":"2024-10-01T00:00:00Z"}""", "case event: the property 'type' must be a JSON string, not Number.")]
    [InlineData("""{"type":"diregistrasi","registerNumber":"1"}""", "diregistrasi: the required property 'at' is missing.")]
    [InlineData("""{"type":"diregistrasi","at":null,"registerNumber":"1"}""", "diregistrasi: the required property 'at' is missing.")]
    [InlineData("""{"type":"diregistrasi","at":"2024-10-01","registerNumber":"1"}""", "'2024-10-01' is not a valid instant")]
    [InlineData("""{"type":"diregistrasi","at":"2024-10-01T00:00:00Z","registerNumber":12}""", "diregistrasi: the property 'registerNumber' must be a JSON string, not Number.")]
    [InlineData("""{"type":"rekomendasi-diterbitkan","at":"2024-10-01T00:00:00Z","to":{"kind":"Bkn","name":"BKN"},"inResponseTo":true}""", "rekomendasi-diterbitkan: the property 'inResponseTo' must be a JSON string, not True.")]
    [InlineData("""{"type":"tidak-diregistrasi","at":"2024-10-01T00:00:00Z","requirements":"SyaratFormil"}""", "tidak-diregistrasi: the property 'requirements' must be a JSON array, not String.")]
    [InlineData("""{"type":"diteruskan","at":"2024-10-01T00:00:00Z","to":{"kind":"Polisi","name":"x"}}""", "institution: 'Polisi' is not a valid 'kind'")]
    [InlineData("""{"type":"putusan-pengadilan-negeri","at":"2024-10-01T00:00:00Z","caseNumber":[]}""", "putusan-pengadilan-negeri: the property 'caseNumber' must be a JSON string, not StartArray.")]
    [InlineData("""{"type":"diputuskan","at":"2024-10-01T00:00:00Z","decision":{"type":"pelanggaran-berat"}}""", "decision: 'pelanggaran-berat' is not a valid 'type': not a decision type; expected one of pelanggaran, bukan-pelanggaran, dihentikan, sengketa.")]
    [InlineData("""{"type":"diputuskan","at":"2024-10-01T00:00:00Z","decision":{"category":"TindakPidanaPemilihan"}}""", "decision: the required property 'type' is missing.")]
    [InlineData("""{"type":"diputuskan","at":"2024-10-01T00:00:00Z","decision":{"type":"pelanggaran","offences":"187A"}}""", "decision: the property 'offences' must be a JSON array, not String.")]
    [InlineData("""{"type":"diputuskan","at":"2024-10-01T00:00:00Z","decision":{"type":"pelanggaran","category":"Pidana"}}""", "decision: 'Pidana' is not a valid 'category': expected one of KodeEtikPenyelenggara, AdministrasiPemilihan")]
    [InlineData("""{"type":"tindak-lanjut","at":"2024-10-01T00:00:00Z","recommendationNumber":"R","outcome":{"type":"ditolak","reason":5}}""", "follow-up outcome: the property 'reason' must be a JSON string, not Number.")]
    [InlineData("""{"type":"tindak-lanjut","at":"2024-10-01T00:00:00Z","recommendationNumber":"R","outcome":{"type":"diabaikan"}}""", "follow-up outcome: 'diabaikan' is not a valid 'type': not a follow-up outcome type; expected one of sanksi-dijatuhkan, tindakan-kpu, ditolak, tidak-ada, rekomendasi-lanjutan.")]
    [InlineData("""{"type":"tindak-lanjut","at":"2024-10-01T00:00:00Z","recommendationNumber":"R","outcome":"tidak-ada"}""", "A follow-up outcome must be a JSON object, not String.")]
    [InlineData("""["diregistrasi"]""", "A case event must be a JSON object, not StartArray.")]
    public void Bad_events_fail_naming_the_type_the_property_and_the_reason(string json, string expected)
    {
        var ex = Assert.ThrowsAny<JsonException>(() => ReadByHand(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_case_a_bad_event_is_named_by_its_place()
    {
        const string json = """{"id":"X","regime":"pilkada-uu10-2016","region":"52.72","events":[{"type":"laporan-diterima","at":"2024-10-01T00:00:00Z","laporan":{"knownOn":"2024-09-30"}},{"type":"diregistrasi","at":"2024-10-02T00:00:00Z","registerNumber":7}]}""";

        var ex = Assert.ThrowsAny<JsonException>(() => PilkadaJson.Deserialize<ViolationCase>(json));

        Assert.Contains("events[1]: diregistrasi: the property 'registerNumber' must be a JSON string, not Number.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_case_a_bad_value_inside_a_report_is_named_by_its_path()
    {
        const string json = """{"id":"X","regime":"pilkada-uu10-2016","region":"52.72","events":[{"type":"laporan-diterima","at":"2024-10-01T00:00:00Z","laporan":{"knownOn":"2024-09-30","channel":"Faks"}}]}""";

        var ex = Assert.ThrowsAny<JsonException>(() => PilkadaJson.Deserialize<ViolationCase>(json));

        Assert.StartsWith("events[0].laporan.channel: The JSON value could not be converted to", ex.Message, StringComparison.Ordinal);
    }
}
