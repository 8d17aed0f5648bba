using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// Reads and writes a <see cref="NonWorkingDay"/> as a JSON object:
/// <c>{"date":"2024-11-27","kind":"ElectionDay","name":"…","englishName":"…","legalBasis":{"instrument":"Keppres 33/2024 (21 Nov 2024)"},"sourceUrl":"…","confidence":"Confirmed","region":"52.72"}</c>.
/// <c>sourceUrl</c>, <c>confidence</c> (default <c>Confirmed</c>) and <c>region</c> (default nationwide) are optional;
/// unknown properties are ignored. A bad value fails with a <see cref="JsonException"/> naming the property, the value and the reason.
/// </summary>
public sealed class NonWorkingDayJsonConverter : JsonConverter<NonWorkingDay>
{
    private const string TypeName = "non-working day";

    /// <inheritdoc/>
    public override NonWorkingDay Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CalendarJson.ExpectStartObject(ref reader, TypeName);
        LocalDate? date = null;
        NonWorkingDayKind? kind = null;
        string? name = null, englishName = null, sourceUrl = null;
        LegalReference? basis = null;
        var confidence = SourceConfidence.Confirmed;
        RegionCode region = default;
        while (CalendarJson.NextProperty(ref reader) is { } property)
        {
            switch (property)
            {
                case "date":
                    date = CalendarJson.ReadDate(ref reader, TypeName, property);
                    break;
                case "kind":
                    kind = CalendarJson.ReadEnum(ref reader, TypeName, property,
                        (nameof(NonWorkingDayKind.NationalHoliday), NonWorkingDayKind.NationalHoliday),
                        (nameof(NonWorkingDayKind.CollectiveLeave), NonWorkingDayKind.CollectiveLeave),
                        (nameof(NonWorkingDayKind.ElectionDay), NonWorkingDayKind.ElectionDay),
                        (nameof(NonWorkingDayKind.RegionalHoliday), NonWorkingDayKind.RegionalHoliday));
                    break;
                case "name":
                    name = CalendarJson.ReadRequiredText(ref reader, TypeName, property);
                    break;
                case "englishName":
                    englishName = CalendarJson.ReadRequiredText(ref reader, TypeName, property);
                    break;
                case "legalBasis":
                    basis = CalendarJson.ReadLegalReference(ref reader, TypeName, property);
                    break;
                case "sourceUrl":
                    sourceUrl = CalendarJson.ReadNullableString(ref reader, TypeName, property);
                    break;
                case "confidence":
                    confidence = CalendarJson.ReadConfidence(ref reader, TypeName);
                    break;
                case "region":
                    region = CalendarJson.ReadRegion(ref reader, TypeName, property);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new NonWorkingDay(
            CalendarJson.RequireValue(date, TypeName, "date"),
            CalendarJson.RequireValue(kind, TypeName, "kind"),
            CalendarJson.RequireObject(name, TypeName, "name"),
            CalendarJson.RequireObject(englishName, TypeName, "englishName"),
            CalendarJson.RequireObject(basis, TypeName, "legalBasis"))
        {
            SourceUrl = sourceUrl,
            Confidence = confidence,
            Region = region,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, NonWorkingDay value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        CalendarJson.WriteDate(writer, "date", value.Date);
        writer.WriteString("kind", value.Kind.ToString());
        writer.WriteString("name", value.Name);
        writer.WriteString("englishName", value.EnglishName);
        CalendarJson.WriteLegalReference(writer, "legalBasis", value.LegalBasis);
        if (value.SourceUrl is not null)
        {
            writer.WriteString("sourceUrl", value.SourceUrl);
        }

        writer.WriteString("confidence", value.Confidence.ToString());
        if (!value.Region.IsEmpty)
        {
            writer.WriteString("region", value.Region.ToString());
        }

        writer.WriteEndObject();
    }
}
