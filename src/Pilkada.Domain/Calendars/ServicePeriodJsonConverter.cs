using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// Reads and writes a <see cref="ServicePeriod"/> as a JSON object:
/// <c>{"start":"2024-11-24","end":"2024-11-26","reason":"MasaTenang","description":"…","source":{"instrument":"PKPU 2/2024"}}</c>.
/// A bad value fails with a <see cref="JsonException"/> naming the property, the value and the reason.
/// </summary>
public sealed class ServicePeriodJsonConverter : JsonConverter<ServicePeriod>
{
    private const string TypeName = "service period";

    /// <inheritdoc/>
    public override ServicePeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CalendarJson.ExpectStartObject(ref reader, TypeName);
        LocalDate? start = null, end = null;
        ServicePeriodReason? reason = null;
        string? description = null;
        LegalReference? source = null;
        while (CalendarJson.NextProperty(ref reader) is { } property)
        {
            switch (property)
            {
                case "start":
                    start = CalendarJson.ReadDate(ref reader, TypeName, property);
                    break;
                case "end":
                    end = CalendarJson.ReadDate(ref reader, TypeName, property);
                    break;
                case "reason":
                    reason = CalendarJson.ReadEnum(ref reader, TypeName, property,
                        (nameof(ServicePeriodReason.MasaTenang), ServicePeriodReason.MasaTenang),
                        (nameof(ServicePeriodReason.PemungutanDanPenghitunganSuara), ServicePeriodReason.PemungutanDanPenghitunganSuara),
                        (nameof(ServicePeriodReason.Rekapitulasi), ServicePeriodReason.Rekapitulasi),
                        (nameof(ServicePeriodReason.Other), ServicePeriodReason.Other));
                    break;
                case "description":
                    description = CalendarJson.ReadNullableString(ref reader, TypeName, property);
                    break;
                case "source":
                    source = CalendarJson.ReadLegalReference(ref reader, TypeName, property);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        var first = CalendarJson.RequireValue(start, TypeName, "start");
        var last = CalendarJson.RequireValue(end, TypeName, "end");
        if (last < first)
        {
            throw CalendarJson.Fail("CalendarJson.InvalidValue", new MessageArgument("type", TypeName), new MessageArgument("property", "end"),
                new MessageArgument("value", CalendarChecks.IsoDate(last)), new MessageArgument("reason", "the period ends before it starts on " + CalendarChecks.IsoDate(first)));
        }

        return new ServicePeriod(first, last, CalendarJson.RequireValue(reason, TypeName, "reason"))
        {
            Description = description,
            Source = source,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ServicePeriod value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        CalendarJson.WriteDate(writer, "start", value.Start);
        CalendarJson.WriteDate(writer, "end", value.End);
        writer.WriteString("reason", value.Reason.ToString());
        if (value.Description is not null)
        {
            writer.WriteString("description", value.Description);
        }

        if (value.Source is not null)
        {
            CalendarJson.WriteLegalReference(writer, "source", value.Source);
        }

        writer.WriteEndObject();
    }
}
