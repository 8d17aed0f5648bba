using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// Reads and writes a <see cref="DeadlineRule"/> as a JSON object:
/// <c>{"id":"pilkada.report","period":"7 hari kalender","name":"…","englishName":"…","source":{"instrument":"UU 1/2015 jo. UU 8/2015","provision":"Pasal 134 ayat (4)"},"countedFrom":"…","confidence":"Confirmed","validFrom":"2015-03-18"}</c>.
/// A bad value fails with a <see cref="JsonException"/> naming the property, the value and the reason.
/// </summary>
public sealed class DeadlineRuleJsonConverter : JsonConverter<DeadlineRule>
{
    private const string TypeName = "deadline rule";

    /// <inheritdoc/>
    public override DeadlineRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CalendarJson.ExpectStartObject(ref reader, TypeName);
        string? id = null, name = null, englishName = null, countedFrom = null;
        DeadlinePeriod? period = null;
        LegalReference? source = null;
        var confidence = SourceConfidence.Confirmed;
        LocalDate? validFrom = null, validUntil = null;
        while (CalendarJson.NextProperty(ref reader) is { } property)
        {
            switch (property)
            {
                case "id":
                    id = CalendarJson.ReadRequiredText(ref reader, TypeName, property);
                    foreach (var c in id)
                    {
                        if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
                        {
                            throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", TypeName), new MessageArgument("property", property),
                                new MessageArgument("value", id), new MessageArgument("reason", "an id may contain only ASCII letters, digits, '.', '-' and '_'"));
                        }
                    }

                    break;
                case "period":
                {
                    var text = CalendarJson.ReadNullableString(ref reader, TypeName, property) ?? "null";
                    period = DeadlinePeriod.TryParse(text.AsSpan(), out var parsed, out var error)
                        ? parsed
                        : throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", TypeName), new MessageArgument("property", property),
                            new MessageArgument("value", text), new MessageArgument("reason", error.GetMessage(PilkadaLanguage.English)));
                    break;
                }

                case "name":
                    name = CalendarJson.ReadRequiredText(ref reader, TypeName, property);
                    break;
                case "englishName":
                    englishName = CalendarJson.ReadRequiredText(ref reader, TypeName, property);
                    break;
                case "source":
                    source = CalendarJson.ReadLegalReference(ref reader, TypeName, property);
                    break;
                case "countedFrom":
                    countedFrom = CalendarJson.ReadNullableString(ref reader, TypeName, property);
                    break;
                case "confidence":
                    confidence = CalendarJson.ReadConfidence(ref reader, TypeName);
                    break;
                case "validFrom":
                    validFrom = CalendarJson.ReadNullableDate(ref reader, TypeName, property);
                    break;
                case "validUntil":
                    validUntil = CalendarJson.ReadNullableDate(ref reader, TypeName, property);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new DeadlineRule(
            CalendarJson.RequireObject(id, TypeName, "id"),
            CalendarJson.RequireValue(period, TypeName, "period"),
            CalendarJson.RequireObject(name, TypeName, "name"),
            CalendarJson.RequireObject(englishName, TypeName, "englishName"),
            CalendarJson.RequireObject(source, TypeName, "source"))
        {
            CountedFrom = countedFrom,
            Confidence = confidence,
            ValidFrom = validFrom,
            ValidUntil = validUntil,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DeadlineRule value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("period", value.Period.ToString());
        writer.WriteString("name", value.Name);
        writer.WriteString("englishName", value.EnglishName);
        CalendarJson.WriteLegalReference(writer, "source", value.Source);
        if (value.CountedFrom is not null)
        {
            writer.WriteString("countedFrom", value.CountedFrom);
        }

        writer.WriteString("confidence", value.Confidence.ToString());
        if (value.ValidFrom is { } from)
        {
            CalendarJson.WriteDate(writer, "validFrom", from);
        }

        if (value.ValidUntil is { } until)
        {
            CalendarJson.WriteDate(writer, "validUntil", until);
        }

        writer.WriteEndObject();
    }
}
