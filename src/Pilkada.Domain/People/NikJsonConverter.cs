using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.People;

/// <summary>
/// Reads and writes a <see cref="Nik"/> as a JSON string of its full 16 digits, <c>"5272016609860003"</c>.
/// </summary>
/// <remarks>
/// JSON carries the full number because it is data that must survive a round trip; masking for display is the job
/// of <see cref="Nik.ToString()"/>, and redaction for export is a separate step. Reading accepts every form
/// <see cref="Nik.Parse(string)"/> accepts. A bad value fails with a <see cref="JsonException"/> that names the value
/// masked (<c>5272**********00</c>) and the reason; System.Text.Json adds the path in <see cref="JsonException.Path"/>.
/// </remarks>
public sealed class NikJsonConverter : JsonConverter<Nik>
{
    /// <inheritdoc/>
    public override Nik Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(PilkadaMessages.Format("Json.ExpectedString", PilkadaLanguage.English,
                new MessageArgument("type", "NIK"), new MessageArgument("token", reader.TokenType.ToString())));
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            if (Nik.TryParse(reader.ValueSpan, out var nik, out var utf8Error))
            {
                return nik;
            }

            throw new JsonException(NikFormatException.Describe(utf8Error, System.Text.Encoding.UTF8.GetString(reader.ValueSpan), PilkadaLanguage.English));
        }

        return ReadString(reader.GetString() ?? string.Empty);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Nik value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[Nik.Length];
        value.TryFormat(buffer, out var written, "F", System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <inheritdoc/>
    public override Nik ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadString(reader.GetString() ?? string.Empty);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Nik value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToFullString());

    private static Nik ReadString(string text) =>
        Nik.TryParse(text.AsSpan(), out var nik, out var error)
            ? nik
            : throw new JsonException(NikFormatException.Describe(error, text, PilkadaLanguage.English));
}
