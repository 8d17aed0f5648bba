using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> as an ISO date string (<c>"2024-11-27"</c>), so that the election types
/// serialise the same way with or without NodaTime's serializer settings. A bad value fails with a
/// <see cref="JsonException"/> naming the value and the expected form.
/// </summary>
internal sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadDate(ref reader);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));

    internal static LocalDate ReadDate(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(PilkadaMessages.Format("Json.ExpectedString", PilkadaLanguage.English,
                new MessageArgument("type", "date"), new MessageArgument("token", reader.TokenType.ToString())));
        }

        var text = reader.GetString() ?? string.Empty;
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException(PilkadaMessages.Format("ElectionJson.InvalidDate", PilkadaLanguage.English, new MessageArgument("value", text)));
    }
}

/// <summary>The nullable form of <see cref="IsoLocalDateJsonConverter"/>: JSON <c>null</c> is no date.</summary>
internal sealed class IsoNullableLocalDateJsonConverter : JsonConverter<LocalDate?>
{
    public override LocalDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : IsoLocalDateJsonConverter.ReadDate(ref reader);

    public override void Write(Utf8JsonWriter writer, LocalDate? value, JsonSerializerOptions options)
    {
        if (value is { } date)
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(date));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
