using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pilkada.Domain.Violations;

/// <summary>
/// Writes a <see cref="Rupiah"/> as a JSON number of whole rupiah (<c>200000000</c>); reads a number or any string
/// <see cref="Rupiah.Parse(string)"/> accepts (<c>"Rp200.000.000"</c>). A bad value fails with a
/// <see cref="JsonException"/> that names the value and the reason.
/// </summary>
public sealed class RupiahJsonConverter : JsonConverter<Rupiah>
{
    /// <inheritdoc/>
    public override Rupiah Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var amount))
                {
                    return amount >= 0 ? Rupiah.FromRupiah(amount) : throw Fail(amount.ToString(CultureInfo.InvariantCulture), RupiahError.Negative, 0);
                }

                var text = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
                if (reader.TryGetDecimal(out var number))
                {
                    if (number < 0)
                    {
                        throw Fail(text, RupiahError.Negative, 0);
                    }

                    if (decimal.Truncate(number) != number)
                    {
                        throw Fail(text, RupiahError.NonZeroSen, Math.Max(0, text.IndexOf('.', StringComparison.Ordinal)));
                    }
                }

                throw Fail(text, RupiahError.TooLarge, 0);

            case JsonTokenType.String:
                if (!reader.HasValueSequence && !reader.ValueIsEscaped)
                {
                    return Rupiah.TryParse(reader.ValueSpan, out var fromUtf8, out var utf8Error)
                        ? fromUtf8
                        : throw Fail(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), utf8Error.Error, utf8Error.Position);
                }

                var value = reader.GetString() ?? string.Empty;
                return Rupiah.TryParse(value.AsSpan(), out var parsed, out var error) ? parsed : throw Fail(value, error.Error, error.Position);

            default:
                throw new JsonException(PilkadaMessages.Format("Json.ExpectedNumberOrString", PilkadaLanguage.English,
                    new MessageArgument("type", "rupiah amount"), new MessageArgument("token", reader.TokenType.ToString())));
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Rupiah value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Amount);

    private static JsonException Fail(string text, RupiahError error, int position) =>
        new(RupiahFormatException.Describe(new ParseError<RupiahError>(error, position), text, PilkadaLanguage.English));
}
