using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// Reads and writes a <see cref="DeadlinePeriod"/> as its canonical JSON string, <c>"7 hari kalender"</c>. Reading
/// accepts every form <see cref="DeadlinePeriod.Parse(string)"/> accepts; a bad value fails with a
/// <see cref="JsonException"/> that names the value and the reason.
/// </summary>
public sealed class DeadlinePeriodJsonConverter : JsonConverter<DeadlinePeriod>
{
    /// <inheritdoc/>
    public override DeadlinePeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(PilkadaMessages.Format("CalendarJson.ExpectedString", PilkadaLanguage.English,
                new MessageArgument("type", "deadline period"), new MessageArgument("token", reader.TokenType.ToString())));
        }

        var text = reader.GetString() ?? string.Empty;
        return DeadlinePeriod.TryParse(text.AsSpan(), out var period, out var error)
            ? period
            : throw new JsonException(DeadlinePeriodFormatException.Describe(error, text, PilkadaLanguage.English));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DeadlinePeriod value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[DeadlinePeriod.MaxLength];
        value.TryFormat(buffer, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }
}
