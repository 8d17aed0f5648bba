using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.Regions;

/// <summary>
/// Reads and writes a <see cref="RegionCode"/> as its canonical JSON string, <c>"52.72"</c>. Reading accepts every
/// form <see cref="RegionCode.Parse(string)"/> accepts; a bad value fails with a <see cref="JsonException"/> that
/// names the value and the reason (System.Text.Json adds the path in <see cref="JsonException.Path"/>).
/// </summary>
public sealed class RegionCodeJsonConverter : JsonConverter<RegionCode>
{
    /// <inheritdoc/>
    public override RegionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(PilkadaMessages.Format("Json.ExpectedString", PilkadaLanguage.English,
                new MessageArgument("type", "region code"), new MessageArgument("token", reader.TokenType.ToString())));
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            if (RegionCode.TryParse(reader.ValueSpan, out var code, out var utf8Error))
            {
                return code;
            }

            throw Fail(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), utf8Error);
        }

        var text = reader.GetString() ?? string.Empty;
        return RegionCode.TryParse(text, out var parsed, out var error) ? parsed : throw Fail(text, error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[RegionCode.MaxLength];
        value.TryFormat(buffer, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <inheritdoc/>
    public override RegionCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? string.Empty;
        return RegionCode.TryParse(text, out var parsed, out var error) ? parsed : throw Fail(text, error);
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());

    private static JsonException Fail(string text, ParseError<RegionCodeError> error) =>
        new(RegionCodeFormatException.Describe(error, text, PilkadaLanguage.English));
}
