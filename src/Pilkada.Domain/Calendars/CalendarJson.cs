using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// Reading and writing helpers shared by the calendar converters. Property names are camelCase, enum values their
/// member names; every failure is a <see cref="JsonException"/> naming the type, the property, the value and the reason.
/// </summary>
internal static class CalendarJson
{
    internal static JsonException Fail(string key, params MessageArgument[] arguments) =>
        new(PilkadaMessages.Format(key, PilkadaLanguage.English, arguments));

    internal static void ExpectStartObject(ref Utf8JsonReader reader, string type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail("CalendarJson.ExpectedObject", new MessageArgument("type", type), new MessageArgument("token", reader.TokenType.ToString()));
        }
    }

    /// <summary>Reads the next property name, or returns <see langword="null"/> at the end of the object.</summary>
    internal static string? NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends inside an object.");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return null;
        }

        var name = KnownName(ref reader) ?? reader.GetString() ?? string.Empty;
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends inside an object.");
        }

        return name;
    }

    /// <summary>The property names the hand-written converters read most, so that reading them allocates nothing.</summary>
    private static readonly string[] KnownNames = ["kind", "region", "name", "tpsNumber", "id", "regime", "timeZone", "contest", "redacted", "events"];

    private static readonly byte[][] KnownNamesUtf8 = [.. KnownNames.Select(n => System.Text.Encoding.UTF8.GetBytes(n))];

    private static string? KnownName(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return null;
        }

        var span = reader.ValueSpan;
        for (var i = 0; i < KnownNamesUtf8.Length; i++)
        {
            if (span.SequenceEqual(KnownNamesUtf8[i]))
            {
                return KnownNames[i];
            }
        }

        return null;
    }

    internal static string? ReadNullableString(ref Utf8JsonReader reader, string type, string property)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw Fail("CalendarJson.WrongToken", new MessageArgument("type", type), new MessageArgument("property", property),
                new MessageArgument("expected", "string"), new MessageArgument("token", reader.TokenType.ToString()));
        }

        return reader.GetString();
    }

    internal static string ReadRequiredText(ref Utf8JsonReader reader, string type, string property)
    {
        var text = ReadNullableString(ref reader, type, property);
        return string.IsNullOrWhiteSpace(text)
            ? throw Fail("CalendarJson.InvalidValue", new MessageArgument("type", type), new MessageArgument("property", property),
                new MessageArgument("value", text ?? "null"), new MessageArgument("reason", "it must not be empty"))
            : text;
    }

    internal static LocalDate ReadDate(ref Utf8JsonReader reader, string type, string property)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && Serialization.IsoUtf8.TryReadDate(reader.ValueSpan, out var year, out var month, out var day))
        {
            return new LocalDate(year, month, day);
        }

        var text = ReadNullableString(ref reader, type, property) ?? "null";
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw Fail("CalendarJson.InvalidValue", new MessageArgument("type", type), new MessageArgument("property", property),
                new MessageArgument("value", text), new MessageArgument("reason", "expected an ISO date such as 2024-11-27"));
    }

    internal static LocalDate? ReadNullableDate(ref Utf8JsonReader reader, string type, string property) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDate(ref reader, type, property);

    internal static RegionCode ReadRegion(ref Utf8JsonReader reader, string type, string property)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && RegionCode.TryParse(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        var text = ReadNullableString(ref reader, type, property);
        if (text is null)
        {
            return default;
        }

        return RegionCode.TryParse(text.AsSpan(), out var code, out var error)
            ? code
            : throw Fail("CalendarJson.InvalidValue", new MessageArgument("type", type), new MessageArgument("property", property),
                new MessageArgument("value", text), new MessageArgument("reason", error.GetMessage(PilkadaLanguage.English)));
    }

    internal static TEnum ReadEnum<TEnum>(ref Utf8JsonReader reader, string type, string property, params (string Name, TEnum Value)[] members)
        where TEnum : struct, Enum
    {
        var text = ReadNullableString(ref reader, type, property) ?? "null";
        foreach (var (name, value) in members)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw Fail("CalendarJson.InvalidValue", new MessageArgument("type", type), new MessageArgument("property", property),
            new MessageArgument("value", text), new MessageArgument("reason", "expected one of " + string.Join(", ", members.Select(m => m.Name))));
    }

    internal static SourceConfidence ReadConfidence(ref Utf8JsonReader reader, string type) =>
        ReadEnum(ref reader, type, "confidence",
            (nameof(SourceConfidence.Confirmed), SourceConfidence.Confirmed),
            (nameof(SourceConfidence.SingleSource), SourceConfidence.SingleSource),
            (nameof(SourceConfidence.Uncertain), SourceConfidence.Uncertain));

    internal static LegalReference? ReadLegalReference(ref Utf8JsonReader reader, string type, string property)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail("CalendarJson.WrongToken", new MessageArgument("type", type), new MessageArgument("property", property),
                new MessageArgument("expected", "object"), new MessageArgument("token", reader.TokenType.ToString()));
        }

        string? instrument = null, provision = null, note = null;
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case "instrument":
                    instrument = ReadRequiredText(ref reader, type, property + ".instrument");
                    break;
                case "provision":
                    provision = ReadNullableString(ref reader, type, property + ".provision");
                    break;
                case "note":
                    note = ReadNullableString(ref reader, type, property + ".note");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return instrument is null
            ? throw Fail("CalendarJson.MissingProperty", new MessageArgument("type", type), new MessageArgument("property", property + ".instrument"))
            : new LegalReference(instrument, provision, note);
    }

    internal static void WriteLegalReference(Utf8JsonWriter writer, string property, LegalReference reference)
    {
        writer.WriteStartObject(property);
        writer.WriteString("instrument", reference.Instrument);
        if (reference.Provision is not null)
        {
            writer.WriteString("provision", reference.Provision);
        }

        if (reference.Note is not null)
        {
            writer.WriteString("note", reference.Note);
        }

        writer.WriteEndObject();
    }

    internal static void WriteDate(Utf8JsonWriter writer, string property, LocalDate date) =>
        writer.WriteString(property, CalendarChecks.IsoDate(date));

    internal static T RequireObject<T>(T? value, string type, string property)
        where T : class =>
        value ?? throw Fail("CalendarJson.MissingProperty", new MessageArgument("type", type), new MessageArgument("property", property));

    internal static T RequireValue<T>(T? value, string type, string property)
        where T : struct =>
        value ?? throw Fail("CalendarJson.MissingProperty", new MessageArgument("type", type), new MessageArgument("property", property));
}
