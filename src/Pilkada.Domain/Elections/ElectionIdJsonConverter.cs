using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Reads and writes an <see cref="ElectionId"/> as its canonical JSON string, <c>"pilkada-2024"</c>. A bad value fails
/// with a <see cref="JsonException"/> that names the value and the reason.
/// </summary>
public sealed class ElectionIdJsonConverter : JsonConverter<ElectionId>
{
    /// <inheritdoc/>
    public override ElectionId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(PilkadaMessages.Format("Json.ExpectedString", PilkadaLanguage.English,
                new MessageArgument("type", "election id"), new MessageArgument("token", reader.TokenType.ToString())));
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return ElectionId.TryParse(reader.ValueSpan, out var id, out var utf8Error)
                ? id
                : throw Fail(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), utf8Error);
        }

        var text = reader.GetString() ?? string.Empty;
        return ElectionId.TryParse(text.AsSpan(), out var parsed, out var error) ? parsed : throw Fail(text, error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ElectionId value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[ElectionId.MaxLength];
        value.FormatCore(buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <inheritdoc/>
    public override ElectionId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? string.Empty;
        return ElectionId.TryParse(text.AsSpan(), out var parsed, out var error) ? parsed : throw Fail(text, error);
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ElectionId value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());

    private static JsonException Fail(string text, ParseError<ElectionIdError> error) =>
        new(ElectionIdFormatException.Describe(error, text, PilkadaLanguage.English));
}
