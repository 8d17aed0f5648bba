using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Reads and writes a <see cref="ContestId"/> as its canonical JSON string, <c>"pilkada-2024/52.72"</c>. Reading
/// accepts every form <see cref="ContestId.Parse(string)"/> accepts; a bad value fails with a
/// <see cref="JsonException"/> that names the value and the reason.
/// </summary>
public sealed class ContestIdJsonConverter : JsonConverter<ContestId>
{
    /// <inheritdoc/>
    public override ContestId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(PilkadaMessages.Format("Json.ExpectedString", PilkadaLanguage.English,
                new MessageArgument("type", "contest id"), new MessageArgument("token", reader.TokenType.ToString())));
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return ContestId.TryParse(reader.ValueSpan, out var id, out var utf8Error)
                ? id
                : throw Fail(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), utf8Error);
        }

        var text = reader.GetString() ?? string.Empty;
        return ContestId.TryParse(text.AsSpan(), out var parsed, out var error) ? parsed : throw Fail(text, error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ContestId value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[ContestId.MaxLength];
        value.TryFormat(buffer, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <inheritdoc/>
    public override ContestId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? string.Empty;
        return ContestId.TryParse(text.AsSpan(), out var parsed, out var error) ? parsed : throw Fail(text, error);
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ContestId value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());

    private static JsonException Fail(string text, ParseError<ContestIdError> error) =>
        new(ContestIdFormatException.Describe(error, text, PilkadaLanguage.English));
}
