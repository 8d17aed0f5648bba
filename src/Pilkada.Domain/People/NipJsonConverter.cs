using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.People;

/// <summary>
/// Reads and writes a <see cref="Nip"/> as a JSON string of its full form: <c>"198609262015051001"</c> for a PNS,
/// <c>"NI PPPK 199009132025242014"</c> for a PPPK, so that the kind survives a round trip.
/// </summary>
/// <remarks>
/// JSON carries the full number because it is data; masking for display is the job of <see cref="Nip.ToString()"/>,
/// and redaction for export is a separate step. Reading accepts every form <see cref="Nip.Parse(string)"/> accepts
/// (unlabelled digits read as a PNS NIP). A bad value fails with a <see cref="JsonException"/> that names the value
/// masked and the reason; System.Text.Json adds the path in <see cref="JsonException.Path"/>.
/// </remarks>
public sealed class NipJsonConverter : JsonConverter<Nip>
{
    /// <inheritdoc/>
    public override Nip Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(PilkadaMessages.Format("Json.ExpectedString", PilkadaLanguage.English,
                new MessageArgument("type", "NIP"), new MessageArgument("token", reader.TokenType.ToString())));
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            if (Nip.TryParse(reader.ValueSpan, null, out var nip, out var utf8Error))
            {
                return nip;
            }

            throw new JsonException(NipFormatException.Describe(utf8Error, System.Text.Encoding.UTF8.GetString(reader.ValueSpan), PilkadaLanguage.English));
        }

        return ReadString(reader.GetString() ?? string.Empty, null);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Nip value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[Nip.MaxFormattedLength];
        value.TryFormat(buffer, out var written, "F", System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <inheritdoc/>
    public override Nip ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadString(reader.GetString() ?? string.Empty, null);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Nip value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToFullString());

    /// <summary>Reads a number of a stated kind (or as labelled), failing with a masked <see cref="JsonException"/>.</summary>
    internal static Nip ReadString(string text, AsnKind? kind) =>
        Nip.TryParse(text.AsSpan(), kind, out var nip, out var error)
            ? nip
            : throw new JsonException(NipFormatException.Describe(error, text, PilkadaLanguage.English));
}
