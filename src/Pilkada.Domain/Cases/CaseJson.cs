using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Cases;

/// <summary>
/// Reads and writes a <see cref="ViolationCase"/>:
/// <c>{"id":"…","regime":{"id":"pilkada-uu10-2016"},"region":"52.72","timeZone":"Asia/Makassar","contest":"pilkada-2024/52.72","events":[{"type":"laporan-diterima","at":"…",…},…]}</c>.
/// </summary>
/// <remarks>
/// Reading looks nothing up in the catalogues: the region and contest are parsed, the time zone is an IANA id (when
/// absent, the zone of the region's province, Keppres 41/1987), institutions and codes in events are kept as written.
/// The events are then replayed; a disallowed event fails with a <see cref="JsonException"/> that names it (its index
/// and type) and the reason, and a bad value with one that names the value, the property and the reason.
/// </remarks>
public sealed class ViolationCaseJsonConverter : JsonConverter<ViolationCase>
{
    private const string TypeName = "case";

    // The events are read and written by hand, in the form CaseEvent's polymorphism attributes declare (which is what
    // PilkadaJsonContext.Default.CaseEvent reads and writes on its own): a case round-trips in about half the time.
    private readonly CaseEventJsonConverter _events = new();

    /// <inheritdoc/>
    public override ViolationCase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CalendarJson.ExpectStartObject(ref reader, TypeName);
        string? id = null, zoneId = null;
        LegalRegime? regime = null;
        RegionCode region = default;
        ContestId? contest = null;
        var redacted = false;
        List<CaseEvent>? events = null;
        while (CalendarJson.NextProperty(ref reader) is { } property)
        {
            switch (property)
            {
                case "id":
                    id = CalendarJson.ReadRequiredText(ref reader, TypeName, property);
                    break;
                case "regime":
                    regime = LegalRegimeJsonConverter.ReadRegime(ref reader, options);
                    break;
                case "region":
                    region = CalendarJson.ReadRegion(ref reader, TypeName, property);
                    break;
                case "timeZone":
                    zoneId = CalendarJson.ReadNullableString(ref reader, TypeName, property);
                    break;
                case "contest":
                {
                    var text = CalendarJson.ReadNullableString(ref reader, TypeName, property);
                    if (text is not null)
                    {
                        contest = ContestId.TryParse(text.AsSpan(), out var parsed, out var error)
                            ? parsed
                            : throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", TypeName), new MessageArgument("property", property),
                                new MessageArgument("value", text), new MessageArgument("reason", error.GetMessage(PilkadaLanguage.English)));
                    }

                    break;
                }

                case "redacted":
                    redacted = reader.TokenType == JsonTokenType.True || (reader.TokenType != JsonTokenType.False && reader.TokenType != JsonTokenType.Null
                        ? throw CalendarJson.Fail("CalendarJson.WrongToken", new MessageArgument("type", TypeName), new MessageArgument("property", property),
                            new MessageArgument("expected", "boolean"), new MessageArgument("token", reader.TokenType.ToString()))
                        : false);
                    break;
                case "events":
                    events = ReadEvents(ref reader, options);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        id = CalendarJson.RequireObject(id, TypeName, "id");
        regime = CalendarJson.RequireObject(regime, TypeName, "regime");
        if (region.IsEmpty)
        {
            throw CalendarJson.Fail("CalendarJson.MissingProperty", new MessageArgument("type", TypeName), new MessageArgument("property", "region"));
        }

        DateTimeZone zone;
        if (zoneId is null)
        {
            zone = RegionTimeZones.DateTimeZoneOf(region)
                ?? throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", TypeName), new MessageArgument("property", "region"),
                    new MessageArgument("value", region.ToString()), new MessageArgument("reason", "its province has no known time zone; give timeZone"));
        }
        else
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
                ?? throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", TypeName), new MessageArgument("property", "timeZone"),
                    new MessageArgument("value", zoneId), new MessageArgument("reason", "not an IANA time zone id such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura"));
        }

        var header = new CaseHeader(id, regime, region, zone, contest);
        var restored = ViolationCase.Restore(header, events ?? [], redacted, out var transition);
        if (!transition.IsAccepted)
        {
            throw new CaseRejectedJsonException(id, transition);
        }

        return restored;
    }

    private List<CaseEvent> ReadEvents(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw CalendarJson.Fail("CalendarJson.WrongToken", new MessageArgument("type", TypeName), new MessageArgument("property", "events"),
                new MessageArgument("expected", "array"), new MessageArgument("token", reader.TokenType.ToString()));
        }

        var events = new List<CaseEvent>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            CaseEvent? e;
            try
            {
                e = reader.TokenType == JsonTokenType.Null ? null : _events.Read(ref reader, typeof(CaseEvent), options);
            }
            catch (JsonException ex)
            {
                // The event is read with its own reader state: put its place in the case back into the message.
                throw new JsonException($"{Where(events.Count)}{ex.Path?.TrimStart('$')}: {ex.Message}", ex);
            }

            events.Add(e ?? throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", TypeName), new MessageArgument("property", Where(events.Count)),
                new MessageArgument("value", "null"), new MessageArgument("reason", "an event must be an object with a \"type\"")));
        }

        return events;
    }

    private static string Where(int index) => "events[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ViolationCase value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WritePropertyName("regime");
        LegalRegimeJsonConverter.WriteRegime(writer, value.Regime, options);
        writer.WriteString("region", value.Region.ToString());
        writer.WriteString("timeZone", value.Zone.Id);
        if (value.Contest is { } contest)
        {
            writer.WriteString("contest", contest.ToString());
        }

        if (value.IsRedacted)
        {
            writer.WriteBoolean("redacted", true);
        }

        writer.WriteStartArray("events");
        foreach (var e in value.Events)
        {
            _events.Write(writer, e, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>
/// A case read from JSON is well-formed but one of its events is not allowed by the procedure: the
/// <see cref="Transition"/> says which event (its index and type) and why, in either language.
/// </summary>
public sealed class CaseRejectedJsonException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="transition">The rejected transition.</param>
    public CaseRejectedJsonException(string caseId, CaseTransition transition)
        : base(PilkadaMessages.Format("CaseJson.Rejected", PilkadaLanguage.English,
            new MessageArgument("id", caseId), new MessageArgument("reason", (transition ?? throw new ArgumentNullException(nameof(transition))).GetMessage(PilkadaLanguage.English))))
    {
        CaseId = caseId;
        Transition = transition;
    }

    /// <summary>The case id.</summary>
    public string CaseId { get; }

    /// <summary>The rejected transition.</summary>
    public CaseTransition Transition { get; }

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    public string GetMessage(PilkadaLanguage language) =>
        PilkadaMessages.Format("CaseJson.Rejected", language, new MessageArgument("id", CaseId), new MessageArgument("reason", Transition.GetMessage(language)));
}

/// <summary>
/// Reads and writes a <see cref="LegalRegime"/> by its stable id and options:
/// <c>{"id":"pilkada-uu10-2016","ppkFollowUp":{…deadline rule…},"correction":{…},"dayOne":"DayAfterStart","extendCalendarDaysToWorkingDay":false}</c>;
/// reading also accepts the id alone as a string, <c>"pilkada-uu10-2016"</c>.
/// </summary>
public sealed class LegalRegimeJsonConverter : JsonConverter<LegalRegime>
{
    private const string TypeName = "legal regime";

    /// <inheritdoc/>
    public override LegalRegime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadRegime(ref reader, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LegalRegime value, JsonSerializerOptions options) => WriteRegime(writer, value, options);

    internal static LegalRegime ReadRegime(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Known(reader.GetString());
        }

        CalendarJson.ExpectStartObject(ref reader, TypeName);
        string? id = null;
        DeadlineRule? ppk = null, correction = null;
        DayOneConvention? dayOne = null;
        bool? extend = null;
        var ruleInfo = options.GetTypeInfo(typeof(DeadlineRule));
        while (CalendarJson.NextProperty(ref reader) is { } property)
        {
            switch (property)
            {
                case "id":
                    id = CalendarJson.ReadRequiredText(ref reader, TypeName, property);
                    break;
                case "ppkFollowUp":
                    ppk = reader.TokenType == JsonTokenType.Null ? null : (DeadlineRule?)JsonSerializer.Deserialize(ref reader, ruleInfo);
                    break;
                case "correction":
                    correction = reader.TokenType == JsonTokenType.Null ? null : (DeadlineRule?)JsonSerializer.Deserialize(ref reader, ruleInfo);
                    break;
                case "dayOne":
                    dayOne = CalendarJson.ReadEnum(ref reader, TypeName, property,
                        (nameof(DayOneConvention.DayAfterStart), DayOneConvention.DayAfterStart),
                        (nameof(DayOneConvention.StartDay), DayOneConvention.StartDay));
                    break;
                case "extendCalendarDaysToWorkingDay":
                    extend = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => throw CalendarJson.Fail("CalendarJson.WrongToken", new MessageArgument("type", TypeName), new MessageArgument("property", property),
                            new MessageArgument("expected", "boolean"), new MessageArgument("token", reader.TokenType.ToString())),
                    };
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        var regime = Known(CalendarJson.RequireObject(id, TypeName, "id"));
        if (ppk is null && correction is null && dayOne is null && extend is null)
        {
            return regime;
        }

        DeadlineOptions? deadlineOptions = dayOne is null && extend is null
            ? null
            : new DeadlineOptions { DayOne = dayOne ?? DayOneConvention.DayAfterStart, ExtendCalendarDaysToWorkingDay = extend ?? false };
        return regime.With(new LegalRegimeOptions { PpkFollowUp = ppk, Correction = correction, DeadlineOptions = deadlineOptions });
    }

    internal static void WriteRegime(Utf8JsonWriter writer, LegalRegime value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        var ruleInfo = options.GetTypeInfo(typeof(DeadlineRule));
        if (value.Options.PpkFollowUp is { } ppk)
        {
            writer.WritePropertyName("ppkFollowUp");
            JsonSerializer.Serialize(writer, ppk, ruleInfo);
        }

        if (value.Options.Correction is { } correction)
        {
            writer.WritePropertyName("correction");
            JsonSerializer.Serialize(writer, correction, ruleInfo);
        }

        if (value.Options.DeadlineOptions is { } deadlineOptions)
        {
            writer.WriteString("dayOne", deadlineOptions.DayOne.ToString());
            writer.WriteBoolean("extendCalendarDaysToWorkingDay", deadlineOptions.ExtendCalendarDaysToWorkingDay);
        }

        writer.WriteEndObject();
    }

    private static LegalRegime Known(string? id) =>
        LegalRegime.TryGet(id, out var regime)
            ? regime
            : throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", TypeName), new MessageArgument("property", "id"),
                new MessageArgument("value", id ?? "null"), new MessageArgument("reason", "expected one of " + string.Join(", ", LegalRegime.All.Select(r => r.Id))));
}

/// <summary>
/// Reads and writes an <see cref="Institution"/> inside a case event, as written and without looking it up:
/// <c>{"kind":"Bkn","name":"BKN"}</c>, <c>{"kind":"BawasluKabupatenKota","region":"52.72","name":"Bawaslu Kota Bima"}</c>
/// (a national body has no region; a polling-station body has a <c>tpsNumber</c>).
/// </summary>
public sealed class CaseInstitutionJsonConverter : JsonConverter<Institution>
{
    private const string TypeName = "institution";

    /// <inheritdoc/>
    public override Institution Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CalendarJson.ExpectStartObject(ref reader, TypeName);
        InstitutionKind? kind = null;
        RegionCode region = default;
        string? name = null;
        int? tps = null;
        while (CalendarJson.NextProperty(ref reader) is { } property)
        {
            switch (property)
            {
                case "kind" when TryReadKind(ref reader, out var fast):
                    kind = fast;
                    break;
                case "kind":
                {
                    var text = CalendarJson.ReadNullableString(ref reader, TypeName, property) ?? "null";
                    kind = text.Length > 0 && char.IsAsciiLetter(text[0]) && Enum.TryParse<InstitutionKind>(text, ignoreCase: false, out var parsed) &&
                           Enum.IsDefined(parsed) && parsed != InstitutionKind.None
                        ? parsed
                        : throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", TypeName), new MessageArgument("property", property),
                            new MessageArgument("value", text), new MessageArgument("reason", "not an institution kind (e.g. BawasluKabupatenKota, Polri, Bkn, PejabatPembinaKepegawaian)"));
                    break;
                }

                case "region":
                    region = CalendarJson.ReadRegion(ref reader, TypeName, property);
                    break;
                case "name":
                    name = CalendarJson.ReadRequiredText(ref reader, TypeName, property);
                    break;
                case "tpsNumber":
                    tps = reader.TokenType switch
                    {
                        JsonTokenType.Null => null,
                        JsonTokenType.Number when reader.TryGetInt32(out var number) && number is >= 1 and <= 999 => number,
                        _ => throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", TypeName), new MessageArgument("property", property),
                            new MessageArgument("value", reader.TokenType == JsonTokenType.Number ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan) : reader.TokenType.ToString()),
                            new MessageArgument("reason", "a polling-station number is 1–999")),
                    };
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new Institution(
            CalendarJson.RequireValue(kind, TypeName, "kind"),
            region,
            CalendarJson.RequireObject(name, TypeName, "name"),
            tps);
    }

    // The kinds by name, as written and as UTF-8 for matching (the enum's member names, None left out).
    private static readonly InstitutionKind[] Kinds = [.. Enum.GetValues<InstitutionKind>().Where(k => k != InstitutionKind.None)];
    private static readonly byte[][] KindNamesUtf8 = [.. Kinds.Select(k => System.Text.Encoding.UTF8.GetBytes(k.ToString()))];
    private static readonly Dictionary<InstitutionKind, JsonEncodedText> KindNames = Kinds.ToDictionary(k => k, k => JsonEncodedText.Encode(k.ToString()));
    private static readonly JsonEncodedText KindProperty = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText RegionProperty = JsonEncodedText.Encode("region");
    private static readonly JsonEncodedText NameProperty = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText TpsNumberProperty = JsonEncodedText.Encode("tpsNumber");

    /// <summary>Reads a kind written as its member name without allocating; anything else is left to the checked path, which names the problem.</summary>
    private static bool TryReadKind(ref Utf8JsonReader reader, out InstitutionKind kind)
    {
        kind = default;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return false;
        }

        var span = reader.ValueSpan;
        for (var i = 0; i < KindNamesUtf8.Length; i++)
        {
            if (span.SequenceEqual(KindNamesUtf8[i]))
            {
                kind = Kinds[i];
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Institution value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (KindNames.TryGetValue(value.Kind, out var kind))
        {
            writer.WriteString(KindProperty, kind);
        }
        else
        {
            writer.WriteString(KindProperty, value.Kind.ToString());
        }

        if (!value.Region.IsEmpty)
        {
            Span<byte> region = stackalloc byte[16];
            if (value.Region.TryFormat(region, out var written, default, CultureInfo.InvariantCulture))
            {
                writer.WriteString(RegionProperty, region[..written]);
            }
            else
            {
                writer.WriteString(RegionProperty, value.Region.ToString());
            }
        }

        writer.WriteString(NameProperty, value.Name);
        if (value.TpsNumber is { } tps)
        {
            writer.WriteNumber(TpsNumberProperty, tps);
        }

        writer.WriteEndObject();
    }
}
