using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Cases;

/// <summary>
/// Reads and writes a <see cref="CaseEvent"/> by hand, in exactly the form its <see cref="JsonPolymorphicAttribute"/>
/// and <see cref="JsonDerivedTypeAttribute"/> declare: <c>{"type":"diregistrasi","at":"…","registerNumber":"…"}</c> —
/// the discriminator, <c>at</c>, the event's own properties in declaration order, then <c>note</c> and
/// <c>recordedBy</c>; null properties are left out. <see cref="ViolationCaseJsonConverter"/> uses it for the events of a
/// case. The attributes remain the definition of the format: a lone event or a list of events goes through them
/// (<c>PilkadaJsonContext.Default.CaseEvent</c>), and tests hold the two to the same output.
/// </summary>
/// <remarks>
/// Why by hand: System.Text.Json has no fast path for polymorphic types, and its metadata-driven reading of positional
/// records buffers every constructor argument; a case is mostly small events, and handling them this way halves the
/// time of a case's round trip. The decision and the follow-up outcome (polymorphic too) and the enums are done the same
/// way; the larger nested records (the laporan, the temuan, a sanction) go through the options' metadata. Reading is a
/// little more lenient than the metadata: the discriminator may come anywhere in the object, not only first. A missing
/// <c>at</c>, an unknown <c>type</c> or a value of the wrong JSON kind fails with a <see cref="JsonException"/> that
/// names the event type, the property and the reason; a missing payload (a register number, a recipient) is read as
/// absent and then rejected, with its reason, by the case (<see cref="ViolationCase.Apply"/>).
/// </remarks>
internal sealed class CaseEventJsonConverter : JsonConverter<CaseEvent>
{
    private const string TypeName = "case event";

    private static readonly CaseInstitutionJsonConverter InstitutionConverter = new();
    private static readonly IsoInstantConverter InstantConverter = new();

    private static readonly JsonEncodedText TypeProperty = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText AtProperty = JsonEncodedText.Encode("at");
    private static readonly JsonEncodedText NoteProperty = JsonEncodedText.Encode("note");
    private static readonly JsonEncodedText RecordedByProperty = JsonEncodedText.Encode("recordedBy");
    private static readonly JsonEncodedText LaporanProperty = JsonEncodedText.Encode("laporan");
    private static readonly JsonEncodedText TemuanProperty = JsonEncodedText.Encode("temuan");
    private static readonly JsonEncodedText RequirementsProperty = JsonEncodedText.Encode("requirements");
    private static readonly JsonEncodedText ReasonProperty = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText RegisterNumberProperty = JsonEncodedText.Encode("registerNumber");
    private static readonly JsonEncodedText WhoProperty = JsonEncodedText.Encode("who");
    private static readonly JsonEncodedText WithProperty = JsonEncodedText.Encode("with");
    private static readonly JsonEncodedText DecisionProperty = JsonEncodedText.Encode("decision");
    private static readonly JsonEncodedText ToProperty = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText NumberProperty = JsonEncodedText.Encode("number");
    private static readonly JsonEncodedText IssuedByProperty = JsonEncodedText.Encode("issuedBy");
    private static readonly JsonEncodedText InResponseToProperty = JsonEncodedText.Encode("inResponseTo");
    private static readonly JsonEncodedText RecommendationNumberProperty = JsonEncodedText.Encode("recommendationNumber");
    private static readonly JsonEncodedText OutcomeProperty = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText ByProperty = JsonEncodedText.Encode("by");
    private static readonly JsonEncodedText VerdictProperty = JsonEncodedText.Encode("verdict");
    private static readonly JsonEncodedText CaseNumberProperty = JsonEncodedText.Encode("caseNumber");
    private static readonly JsonEncodedText SentenceProperty = JsonEncodedText.Encode("sentence");

    // The discriminators, indexed by CaseEventKind, as written and as UTF-8 for matching.
    private static readonly JsonEncodedText[] Discriminators =
        [.. Enumerable.Range(0, CaseEventKinds.All.Count + 1).Select(i => JsonEncodedText.Encode(CaseEventKinds.TypeNameOf((CaseEventKind)i)))];

    private static readonly byte[][] DiscriminatorsUtf8 = [.. Discriminators.Select(d => d.EncodedUtf8Bytes.ToArray())];

    // The nested converters of the last options seen (the options' metadata for the nested records).
    private Nested? _nested;

    private Nested NestedFor(JsonSerializerOptions options)
    {
        var nested = _nested;
        if (nested is null || !ReferenceEquals(nested.Options, options))
        {
            nested = new Nested(options);
            _nested = nested;
        }

        return nested;
    }

    /// <inheritdoc/>
    public override CaseEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CalendarJson.ExpectStartObject(ref reader, TypeName);
        var kind = FindKind(reader);
        var nested = NestedFor(options);
        var typeName = Discriminators[(int)kind].Value;

        Instant? at = null;
        string? note = null, recordedBy = null, text1 = null, text2 = null, text3 = null;
        Laporan? laporan = null;
        Temuan? temuan = null;
        IReadOnlyList<string>? requirements = null;
        Institution? institution1 = null, institution2 = null;
        CaseDecision? decision = null;
        FollowUpOutcome? outcome = null;
        CourtVerdict verdict = default;

        while (true)
        {
            if (!reader.Read())
            {
                throw new JsonException("The JSON ends inside an object.");
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var property = Identify(ref reader, kind);
            if (!reader.Read())
            {
                throw new JsonException("The JSON ends inside an object.");
            }

            switch (property)
            {
                case Property.At:
                    at = ReadInstant(ref reader, options, typeName);
                    break;
                case Property.Note:
                    note = CalendarJson.ReadNullableString(ref reader, typeName, "note");
                    break;
                case Property.RecordedBy:
                    recordedBy = CalendarJson.ReadNullableString(ref reader, typeName, "recordedBy");
                    break;
                case Property.Laporan:
                    laporan = reader.TokenType == JsonTokenType.Null ? null : ReadNested(ref reader, nested.LaporanInfo, "laporan", options);
                    break;
                case Property.Temuan:
                    temuan = reader.TokenType == JsonTokenType.Null ? null : ReadNested(ref reader, nested.TemuanInfo, "temuan", options);
                    break;
                case Property.Requirements:
                    requirements = ReadStrings(ref reader, typeName, "requirements");
                    break;
                case Property.Decision:
                    decision = reader.TokenType == JsonTokenType.Null ? null : ReadDecision(ref reader, nested, options);
                    break;
                case Property.Outcome:
                    outcome = reader.TokenType == JsonTokenType.Null ? null : ReadOutcome(ref reader, nested, options);
                    break;
                case Property.Verdict:
                    verdict = ReadEnum<CourtVerdict>(ref reader, typeName, "verdict");
                    break;
                case Property.Institution1:
                    institution1 = reader.TokenType == JsonTokenType.Null ? null : InstitutionConverter.Read(ref reader, typeof(Institution), options);
                    break;
                case Property.Institution2:
                    institution2 = reader.TokenType == JsonTokenType.Null ? null : InstitutionConverter.Read(ref reader, typeof(Institution), options);
                    break;
                case Property.Text1:
                    text1 = CalendarJson.ReadNullableString(ref reader, typeName, PropertyName(kind, property));
                    break;
                case Property.Text2:
                    text2 = CalendarJson.ReadNullableString(ref reader, typeName, PropertyName(kind, property));
                    break;
                case Property.Text3:
                    text3 = CalendarJson.ReadNullableString(ref reader, typeName, PropertyName(kind, property));
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        var instant = CalendarJson.RequireValue(at, typeName, "at");
        return kind switch
        {
            CaseEventKind.LaporanReceived => new LaporanReceived(instant, laporan!) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.TemuanRecorded => new TemuanRecorded(instant, temuan!) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.CorrectionRequested => new CorrectionRequested(instant, requirements!) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.LaporanCorrected => new LaporanCorrected(instant, laporan!) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.LaporanWithdrawn => new LaporanWithdrawn(instant, text1) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.Registered => new Registered(instant, text1!) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.NotRegistered => new NotRegistered(instant, requirements!) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.ClarificationHeld => new ClarificationHeld(instant, text1) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.CoordinationHeld => new CoordinationHeld(instant, institution1!) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.AdditionalInformationRequested => new AdditionalInformationRequested(instant) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.Decided => new Decided(instant, decision!) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.Forwarded => new Forwarded(instant, institution1!) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.RecommendationIssued => new RecommendationIssued(instant, institution1!, text1!) { IssuedBy = institution2, InResponseTo = text2, Note = note, RecordedBy = recordedBy },
            CaseEventKind.FollowUpRecorded => new FollowUpRecorded(instant, text1!, outcome!) { By = institution1, Note = note, RecordedBy = recordedBy },
            CaseEventKind.InvestigationStarted => new InvestigationStarted(instant) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.CaseFileToProsecutor => new CaseFileToProsecutor(instant) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.CaseFileReturned => new CaseFileReturned(instant) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.CaseFileResubmitted => new CaseFileResubmitted(instant) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.CaseTransferredToCourt => new CaseTransferredToCourt(instant) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.DistrictCourtVerdict => new DistrictCourtVerdict(instant, verdict) { CaseNumber = text2, Sentence = text3, Note = note, RecordedBy = recordedBy },
            CaseEventKind.AppealFiled => new AppealFiled(instant) { Note = note, RecordedBy = recordedBy },
            CaseEventKind.HighCourtVerdict => new HighCourtVerdict(instant, verdict) { CaseNumber = text2, Sentence = text3, Note = note, RecordedBy = recordedBy },
            _ => new Closed(instant, text1) { Note = note, RecordedBy = recordedBy },
        };
    }

    /// <summary>Finds the event's discriminator (see <see cref="FindDiscriminator"/>).</summary>
    private static CaseEventKind FindKind(Utf8JsonReader reader) =>
        (CaseEventKind)FindDiscriminator(reader, DiscriminatorsUtf8, TypeName, "case event");

    /// <summary>
    /// Finds the discriminator of an object and returns its index in <paramref name="discriminators"/> (index 0 is not
    /// a type), looking ahead on a copy of the reader when it is not the first property.
    /// </summary>
    private static int FindDiscriminator(Utf8JsonReader reader, byte[][] discriminators, string typeName, string what)
    {
        // The reader is a copy (a struct passed by value): the caller's position is untouched.
        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
            {
                break;
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (!reader.ValueTextEquals(TypeProperty.EncodedUtf8Bytes))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw CalendarJson.Fail("CalendarJson.WrongToken", new MessageArgument("type", typeName), new MessageArgument("property", "type"),
                    new MessageArgument("expected", "string"), new MessageArgument("token", reader.TokenType.ToString()));
            }

            for (var i = 1; i < discriminators.Length; i++)
            {
                if (reader.ValueTextEquals(discriminators[i]))
                {
                    return i;
                }
            }

            throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", typeName), new MessageArgument("property", "type"),
                new MessageArgument("value", reader.GetString() ?? string.Empty),
                new MessageArgument("reason", $"not a {what} type; expected one of " + string.Join(", ", discriminators.Skip(1).Select(d => System.Text.Encoding.UTF8.GetString(d)))));
        }

        throw CalendarJson.Fail("CalendarJson.MissingProperty", new MessageArgument("type", typeName), new MessageArgument("property", "type"));
    }

    /// <summary>The slots a property of the event fills; <see cref="Property.Skip"/> for the discriminator and for anything the event does not have.</summary>
    private enum Property
    {
        Skip,
        At,
        Note,
        RecordedBy,
        Laporan,
        Temuan,
        Requirements,
        Decision,
        Outcome,
        Verdict,
        Institution1,
        Institution2,
        Text1,
        Text2,
        Text3,
    }

    private static Property Identify(ref Utf8JsonReader reader, CaseEventKind kind)
    {
        if (reader.ValueTextEquals(AtProperty.EncodedUtf8Bytes))
        {
            return Property.At;
        }

        if (reader.ValueTextEquals(NoteProperty.EncodedUtf8Bytes))
        {
            return Property.Note;
        }

        if (reader.ValueTextEquals(RecordedByProperty.EncodedUtf8Bytes))
        {
            return Property.RecordedBy;
        }

        return kind switch
        {
            CaseEventKind.LaporanReceived or CaseEventKind.LaporanCorrected when reader.ValueTextEquals(LaporanProperty.EncodedUtf8Bytes) => Property.Laporan,
            CaseEventKind.TemuanRecorded when reader.ValueTextEquals(TemuanProperty.EncodedUtf8Bytes) => Property.Temuan,
            CaseEventKind.CorrectionRequested or CaseEventKind.NotRegistered when reader.ValueTextEquals(RequirementsProperty.EncodedUtf8Bytes) => Property.Requirements,
            CaseEventKind.LaporanWithdrawn or CaseEventKind.Closed when reader.ValueTextEquals(ReasonProperty.EncodedUtf8Bytes) => Property.Text1,
            CaseEventKind.Registered when reader.ValueTextEquals(RegisterNumberProperty.EncodedUtf8Bytes) => Property.Text1,
            CaseEventKind.ClarificationHeld when reader.ValueTextEquals(WhoProperty.EncodedUtf8Bytes) => Property.Text1,
            CaseEventKind.CoordinationHeld when reader.ValueTextEquals(WithProperty.EncodedUtf8Bytes) => Property.Institution1,
            CaseEventKind.Decided when reader.ValueTextEquals(DecisionProperty.EncodedUtf8Bytes) => Property.Decision,
            CaseEventKind.Forwarded when reader.ValueTextEquals(ToProperty.EncodedUtf8Bytes) => Property.Institution1,
            CaseEventKind.RecommendationIssued => reader.ValueTextEquals(ToProperty.EncodedUtf8Bytes) ? Property.Institution1
                : reader.ValueTextEquals(NumberProperty.EncodedUtf8Bytes) ? Property.Text1
                : reader.ValueTextEquals(IssuedByProperty.EncodedUtf8Bytes) ? Property.Institution2
                : reader.ValueTextEquals(InResponseToProperty.EncodedUtf8Bytes) ? Property.Text2
                : Property.Skip,
            CaseEventKind.FollowUpRecorded => reader.ValueTextEquals(RecommendationNumberProperty.EncodedUtf8Bytes) ? Property.Text1
                : reader.ValueTextEquals(OutcomeProperty.EncodedUtf8Bytes) ? Property.Outcome
                : reader.ValueTextEquals(ByProperty.EncodedUtf8Bytes) ? Property.Institution1
                : Property.Skip,
            CaseEventKind.DistrictCourtVerdict or CaseEventKind.HighCourtVerdict => reader.ValueTextEquals(VerdictProperty.EncodedUtf8Bytes) ? Property.Verdict
                : reader.ValueTextEquals(CaseNumberProperty.EncodedUtf8Bytes) ? Property.Text2
                : reader.ValueTextEquals(SentenceProperty.EncodedUtf8Bytes) ? Property.Text3
                : Property.Skip,
            _ => Property.Skip,
        };
    }

    /// <summary>The JSON name of a text slot, for error messages.</summary>
    private static string PropertyName(CaseEventKind kind, Property property) => (kind, property) switch
    {
        (CaseEventKind.LaporanWithdrawn or CaseEventKind.Closed, Property.Text1) => "reason",
        (CaseEventKind.Registered, Property.Text1) => "registerNumber",
        (CaseEventKind.ClarificationHeld, Property.Text1) => "who",
        (CaseEventKind.RecommendationIssued, Property.Text1) => "number",
        (CaseEventKind.RecommendationIssued, Property.Text2) => "inResponseTo",
        (CaseEventKind.FollowUpRecorded, Property.Text1) => "recommendationNumber",
        (_, Property.Text2) => "caseNumber",
        _ => "sentence",
    };

    private static Instant ReadInstant(ref Utf8JsonReader reader, JsonSerializerOptions options, string typeName)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw CalendarJson.Fail("CalendarJson.MissingProperty", new MessageArgument("type", typeName), new MessageArgument("property", "at"));
        }

        return InstantConverter.Read(ref reader, typeof(Instant), options);
    }

    private static List<string>? ReadStrings(ref Utf8JsonReader reader, string typeName, string property)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw CalendarJson.Fail("CalendarJson.WrongToken", new MessageArgument("type", typeName), new MessageArgument("property", property),
                new MessageArgument("expected", "array"), new MessageArgument("token", reader.TokenType.ToString()));
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // A null item is kept, as the metadata would: the case then names it as an empty requirement.
            list.Add(CalendarJson.ReadNullableString(ref reader, typeName, property)!);
        }

        return list;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CaseEvent value, JsonSerializerOptions options)
    {
        var kind = value.Kind;
        if (kind is <= CaseEventKind.None or > CaseEventKind.Closed)
        {
            throw new JsonException($"{TypeName}: {value.GetType().Name} is not a case event type this library writes.");
        }

        writer.WriteStartObject();
        writer.WriteString(TypeProperty, Discriminators[(int)kind]);
        WriteInstant(writer, value.At, options);
        switch (value)
        {
            case LaporanReceived e:
                WriteNested(writer, LaporanProperty, e.Laporan, NestedFor(options).LaporanInfo);
                break;
            case TemuanRecorded e:
                WriteNested(writer, TemuanProperty, e.Temuan, NestedFor(options).TemuanInfo);
                break;
            case CorrectionRequested e:
                WriteStrings(writer, RequirementsProperty, e.Requirements);
                break;
            case LaporanCorrected e:
                WriteNested(writer, LaporanProperty, e.Laporan, NestedFor(options).LaporanInfo);
                break;
            case LaporanWithdrawn e:
                WriteString(writer, ReasonProperty, e.Reason);
                break;
            case Registered e:
                WriteString(writer, RegisterNumberProperty, e.RegisterNumber);
                break;
            case NotRegistered e:
                WriteStrings(writer, RequirementsProperty, e.Requirements);
                break;
            case ClarificationHeld e:
                WriteString(writer, WhoProperty, e.Who);
                break;
            case CoordinationHeld e:
                WriteInstitution(writer, WithProperty, e.With, options);
                break;
            case Decided e:
                WriteDecision(writer, e.Decision, options);
                break;
            case Forwarded e:
                WriteInstitution(writer, ToProperty, e.To, options);
                break;
            case RecommendationIssued e:
                WriteInstitution(writer, ToProperty, e.To, options);
                WriteString(writer, NumberProperty, e.Number);
                WriteInstitution(writer, IssuedByProperty, e.IssuedBy, options);
                WriteString(writer, InResponseToProperty, e.InResponseTo);
                break;
            case FollowUpRecorded e:
                WriteString(writer, RecommendationNumberProperty, e.RecommendationNumber);
                WriteOutcome(writer, e.Outcome, options);
                WriteInstitution(writer, ByProperty, e.By, options);
                break;
            case DistrictCourtVerdict e:
                WriteVerdict(writer, e.Verdict, options);
                WriteString(writer, CaseNumberProperty, e.CaseNumber);
                WriteString(writer, SentenceProperty, e.Sentence);
                break;
            case HighCourtVerdict e:
                WriteVerdict(writer, e.Verdict, options);
                WriteString(writer, CaseNumberProperty, e.CaseNumber);
                WriteString(writer, SentenceProperty, e.Sentence);
                break;
            case Closed e:
                WriteString(writer, ReasonProperty, e.Reason);
                break;
            default:
                // The events without a payload of their own (the Gakkumdu steps, additional information requested).
                break;
        }

        WriteString(writer, NoteProperty, value.Note);
        WriteString(writer, RecordedByProperty, value.RecordedBy);
        writer.WriteEndObject();
    }

    private static void WriteInstant(Utf8JsonWriter writer, Instant at, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[IsoUtf8.MaxInstantLength];
        if (IsoUtf8.TryWriteInstant(buffer, at, out var written))
        {
            writer.WriteString(AtProperty, buffer[..written]);
        }
        else
        {
            writer.WritePropertyName(AtProperty);
            InstantConverter.Write(writer, at, options);
        }
    }

    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText property, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(property, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText property, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(property);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } item)
            {
                writer.WriteStringValue(item);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteInstitution(Utf8JsonWriter writer, JsonEncodedText property, Institution? value, JsonSerializerOptions options)
    {
        if (value is not null)
        {
            writer.WritePropertyName(property);
            InstitutionConverter.Write(writer, value, options);
        }
    }

    private static void WriteNested<T>(Utf8JsonWriter writer, JsonEncodedText property, T? value, JsonTypeInfo<T> info)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(property);
            ((JsonConverter<T>)info.Converter).Write(writer, value, info.Options);
        }
    }

    private void WriteVerdict(Utf8JsonWriter writer, CourtVerdict verdict, JsonSerializerOptions options)
    {
        writer.WritePropertyName(VerdictProperty);
        WriteEnumValue(writer, verdict);
    }

    // The decision and the follow-up outcome, by hand as well: like the events, they are polymorphic records in the
    // form their attributes declare.
    private static readonly JsonEncodedText[] DecisionDiscriminators =
        [default, JsonEncodedText.Encode("pelanggaran"), JsonEncodedText.Encode("bukan-pelanggaran"), JsonEncodedText.Encode("dihentikan"), JsonEncodedText.Encode("sengketa")];

    private static readonly byte[][] DecisionDiscriminatorsUtf8 = [[], .. DecisionDiscriminators.Skip(1).Select(d => d.EncodedUtf8Bytes.ToArray())];

    private static readonly JsonEncodedText[] OutcomeDiscriminators =
    [
        default, JsonEncodedText.Encode("sanksi-dijatuhkan"), JsonEncodedText.Encode("tindakan-kpu"), JsonEncodedText.Encode("ditolak"),
        JsonEncodedText.Encode("tidak-ada"), JsonEncodedText.Encode("rekomendasi-lanjutan"),
    ];

    private static readonly byte[][] OutcomeDiscriminatorsUtf8 = [[], .. OutcomeDiscriminators.Skip(1).Select(d => d.EncodedUtf8Bytes.ToArray())];

    private static readonly JsonEncodedText CategoryProperty = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText OffencesProperty = JsonEncodedText.Encode("offences");
    private static readonly JsonEncodedText MatterProperty = JsonEncodedText.Encode("matter");
    private static readonly JsonEncodedText SanctionCodeProperty = JsonEncodedText.Encode("sanctionCode");
    private static readonly JsonEncodedText SanctionProperty = JsonEncodedText.Encode("sanction");
    private static readonly JsonEncodedText DescriptionProperty = JsonEncodedText.Encode("description");

    private const string DecisionName = "decision";
    private const string OutcomeName = "follow-up outcome";

    private static CaseDecision ReadDecision(ref Utf8JsonReader reader, Nested nested, JsonSerializerOptions options)
    {
        CalendarJson.ExpectStartObject(ref reader, DecisionName);
        var type = FindDiscriminator(reader, DecisionDiscriminatorsUtf8, DecisionName, DecisionName);
        ViolationCategory category = default;
        IReadOnlyList<string>? offences = [];
        RoutingMatter? matter = null;
        string? reason = null;
        while (NextProperty(ref reader))
        {
            if (type == 1 && reader.ValueTextEquals(CategoryProperty.EncodedUtf8Bytes))
            {
                reader.Read();
                category = ReadEnum<ViolationCategory>(ref reader, DecisionName, "category");
            }
            else if (type == 1 && reader.ValueTextEquals(OffencesProperty.EncodedUtf8Bytes))
            {
                reader.Read();
                offences = ReadStrings(ref reader, DecisionName, "offences");
            }
            else if (type == 1 && reader.ValueTextEquals(MatterProperty.EncodedUtf8Bytes))
            {
                reader.Read();
                matter = reader.TokenType == JsonTokenType.Null ? null : ReadEnum<RoutingMatter>(ref reader, DecisionName, "matter");
            }
            else if (type == 3 && reader.ValueTextEquals(ReasonProperty.EncodedUtf8Bytes))
            {
                reader.Read();
                reason = CalendarJson.ReadNullableString(ref reader, DecisionName, "reason");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return type switch
        {
            1 => new ViolationFound(category) { Offences = offences!, Matter = matter },
            2 => new NotAViolation(),
            3 => new HandlingStopped(reason!),
            _ => new DisputeFound(),
        };
    }

    private static FollowUpOutcome ReadOutcome(ref Utf8JsonReader reader, Nested nested, JsonSerializerOptions options)
    {
        CalendarJson.ExpectStartObject(ref reader, OutcomeName);
        var type = FindDiscriminator(reader, OutcomeDiscriminatorsUtf8, OutcomeName, "follow-up outcome");
        string? text = null, description = null;
        Sanction? sanction = null;
        while (NextProperty(ref reader))
        {
            string? property = null;
            if (type == 1 && reader.ValueTextEquals(SanctionCodeProperty.EncodedUtf8Bytes))
            {
                property = "sanctionCode";
            }
            else if (type == 1 && reader.ValueTextEquals(SanctionProperty.EncodedUtf8Bytes))
            {
                property = "sanction";
            }
            else if (type is 1 or 2 && reader.ValueTextEquals(DescriptionProperty.EncodedUtf8Bytes))
            {
                property = "description";
            }
            else if (type == 3 && reader.ValueTextEquals(ReasonProperty.EncodedUtf8Bytes))
            {
                property = "reason";
            }
            else if (type == 5 && reader.ValueTextEquals(NumberProperty.EncodedUtf8Bytes))
            {
                property = "number";
            }

            reader.Read();
            switch (property)
            {
                case null:
                    reader.Skip();
                    break;
                case "sanction":
                    sanction = reader.TokenType == JsonTokenType.Null ? null : ReadNested(ref reader, nested.SanctionInfo, "outcome.sanction", options);
                    break;
                case "description" when type == 1:
                    description = CalendarJson.ReadNullableString(ref reader, OutcomeName, property);
                    break;
                default:
                    text = CalendarJson.ReadNullableString(ref reader, OutcomeName, property);
                    break;
            }
        }

        return type switch
        {
            1 => new SanctionImposed(text!) { Sanction = sanction, Description = description },
            2 => new KpuAction(text!),
            3 => new FollowUpRefused(text),
            4 => new NoFollowUp(),
            _ => new OnwardRecommendation(text!),
        };
    }

    /// <summary>Moves to the next property name; <see langword="false"/> at the end of the object.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends inside an object.");
        }

        return reader.TokenType != JsonTokenType.EndObject;
    }

    private void WriteDecision(Utf8JsonWriter writer, CaseDecision? decision, JsonSerializerOptions options)
    {
        if (decision is null)
        {
            return;
        }

        writer.WriteStartObject(DecisionProperty);
        switch (decision)
        {
            case ViolationFound found:
                writer.WriteString(TypeProperty, DecisionDiscriminators[1]);
                writer.WritePropertyName(CategoryProperty);
                WriteEnumValue(writer, found.Category);
                WriteStrings(writer, OffencesProperty, found.Offences);
                if (found.Matter is not null)
                {
                    writer.WritePropertyName(MatterProperty);
                    WriteEnumValue(writer, found.Matter.Value);
                }

                break;
            case NotAViolation:
                writer.WriteString(TypeProperty, DecisionDiscriminators[2]);
                break;
            case HandlingStopped stopped:
                writer.WriteString(TypeProperty, DecisionDiscriminators[3]);
                WriteString(writer, ReasonProperty, stopped.Reason);
                break;
            case DisputeFound:
                writer.WriteString(TypeProperty, DecisionDiscriminators[4]);
                break;
            default:
                throw new JsonException($"{DecisionName}: {decision.GetType().Name} is not a decision type this library writes.");
        }

        writer.WriteEndObject();
    }

    private void WriteOutcome(Utf8JsonWriter writer, FollowUpOutcome? outcome, JsonSerializerOptions options)
    {
        if (outcome is null)
        {
            return;
        }

        writer.WriteStartObject(OutcomeProperty);
        switch (outcome)
        {
            case SanctionImposed imposed:
                writer.WriteString(TypeProperty, OutcomeDiscriminators[1]);
                WriteString(writer, SanctionCodeProperty, imposed.SanctionCode);
                WriteNested(writer, SanctionProperty, imposed.Sanction, NestedFor(options).SanctionInfo);

                WriteString(writer, DescriptionProperty, imposed.Description);
                break;
            case KpuAction action:
                writer.WriteString(TypeProperty, OutcomeDiscriminators[2]);
                WriteString(writer, DescriptionProperty, action.Description);
                break;
            case FollowUpRefused refused:
                writer.WriteString(TypeProperty, OutcomeDiscriminators[3]);
                WriteString(writer, ReasonProperty, refused.Reason);
                break;
            case NoFollowUp:
                writer.WriteString(TypeProperty, OutcomeDiscriminators[4]);
                break;
            case OnwardRecommendation onward:
                writer.WriteString(TypeProperty, OutcomeDiscriminators[5]);
                WriteString(writer, NumberProperty, onward.Number);
                break;
            default:
                throw new JsonException($"{OutcomeName}: {outcome.GetType().Name} is not a follow-up outcome type this library writes.");
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Reads a nested record through the options' metadata, calling its converter directly (through
    /// <see cref="JsonSerializer"/> the value would be scanned once more first). That call leaves a failure without its
    /// message, so on failure the value is read again through the serializer, which names the property and the reason.
    /// </summary>
    private static T ReadNested<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> info, string property, JsonSerializerOptions options)
        where T : class
    {
        var start = reader;
        try
        {
            return ((JsonConverter<T>)info.Converter).Read(ref reader, typeof(T), options)
                ?? throw CalendarJson.Fail("CalendarJson.ExpectedObject", new MessageArgument("type", typeof(T).Name), new MessageArgument("token", "null"));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            try
            {
                JsonSerializer.Deserialize(ref start, info);
            }
            catch (JsonException described)
            {
                // The path is relative to the nested record: put the property in front of it.
                throw new JsonException(described.Message, "$." + property + described.Path?.TrimStart('$'), described.LineNumber, described.BytePositionInLine, described);
            }

            throw;
        }
    }

    /// <summary>Reads an enum member by name (as written) or, as the metadata allows, by a defined number.</summary>
    private static TEnum ReadEnum<TEnum>(ref Utf8JsonReader reader, string typeName, string property)
        where TEnum : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            Span<char> buffer = stackalloc char[64];
            var length = reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > buffer.Length
                ? -1
                : System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, buffer);
            ReadOnlySpan<char> name = length >= 0 ? buffer[..length] : (reader.GetString() ?? string.Empty).AsSpan();
            if (name.Length > 0 && char.IsAsciiLetter(name[0]) && Enum.TryParse<TEnum>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                return parsed;
            }
        }
        else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) && Enum.IsDefined(typeof(TEnum), number))
        {
            return (TEnum)Enum.ToObject(typeof(TEnum), number);
        }

        var value = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString() ?? string.Empty,
            JsonTokenType.Number => reader.TryGetDecimal(out var d) ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : "a number",
            _ => reader.TokenType.ToString(),
        };
        throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", typeName), new MessageArgument("property", property),
            new MessageArgument("value", value), new MessageArgument("reason", "expected one of " + string.Join(", ", Enum.GetNames<TEnum>().Where(n => n != "None"))));
    }

    /// <summary>Writes an enum member by name, or by number when it is not a defined member, as the metadata does.</summary>
    private static void WriteEnumValue<TEnum>(Utf8JsonWriter writer, TEnum value)
        where TEnum : struct, Enum
    {
        if (Enum.IsDefined(value))
        {
            writer.WriteStringValue(value.ToString());
        }
        else
        {
            writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The metadata of the nested records, from the options.</summary>
    private sealed class Nested(JsonSerializerOptions options)
    {
        public JsonSerializerOptions Options { get; } = options;

        public JsonTypeInfo<Laporan> LaporanInfo { get; } = (JsonTypeInfo<Laporan>)options.GetTypeInfo(typeof(Laporan));

        public JsonTypeInfo<Temuan> TemuanInfo { get; } = (JsonTypeInfo<Temuan>)options.GetTypeInfo(typeof(Temuan));

        public JsonTypeInfo<Sanction> SanctionInfo { get; } = (JsonTypeInfo<Sanction>)options.GetTypeInfo(typeof(Sanction));
    }
}
