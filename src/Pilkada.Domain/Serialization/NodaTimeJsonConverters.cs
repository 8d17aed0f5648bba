using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Pilkada.Domain.Serialization;

/// <summary>
/// NodaTime's ISO converters (NodaTime.Serialization.SystemTextJson) wrapped for the source-generated context, so that
/// <see cref="PilkadaJsonContext.Default"/> writes <c>"2024-11-27"</c> and <c>"2024-11-27T01:00:00Z"</c> on its own,
/// and a value NodaTime cannot read fails with a <see cref="JsonException"/> that gives the value and the reason.
/// </summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
internal abstract class IsoNodaConverter<T>(JsonConverter<T> inner, string typeName) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(PilkadaMessages.Format("Json.ExpectedString", PilkadaLanguage.English,
                new MessageArgument("type", typeName), new MessageArgument("token", reader.TokenType.ToString())));
        }

        try
        {
            return inner.Read(ref reader, typeToConvert, options)!;
        }
        catch (JsonException ex) when (ex.InnerException is UnparsableValueException unparsable)
        {
            // NodaTime says what failed on the first line; the rest repeats the pattern and the value.
            var reason = unparsable.Message.Split('\n')[0].Trim();
            throw new JsonException($"'{reader.GetString()}' is not a valid {typeName}: {reason}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}

/// <summary>ISO date: <c>2024-11-27</c>.</summary>
internal sealed class IsoLocalDateConverter() : IsoNodaConverter<LocalDate>(NodaConverters.LocalDateConverter, "date (yyyy-MM-dd)");

/// <summary>ISO local date and time: <c>2024-11-27T08:00:00</c>.</summary>
internal sealed class IsoLocalDateTimeConverter() : IsoNodaConverter<LocalDateTime>(NodaConverters.LocalDateTimeConverter, "local date and time (yyyy-MM-ddTHH:mm:ss)");

/// <summary>ISO local time: <c>08:00:00</c>.</summary>
internal sealed class IsoLocalTimeConverter() : IsoNodaConverter<LocalTime>(NodaConverters.LocalTimeConverter, "time (HH:mm:ss)");

/// <summary>ISO instant in UTC: <c>2024-11-27T01:00:00Z</c>.</summary>
internal sealed class IsoInstantConverter() : IsoNodaConverter<Instant>(NodaConverters.InstantConverter, "instant (yyyy-MM-ddTHH:mm:ssZ)");

/// <summary>Year and month: <c>2015-05</c>.</summary>
internal sealed class IsoYearMonthConverter() : IsoNodaConverter<YearMonth>(NodaConverters.YearMonthConverter, "year and month (yyyy-MM)");

/// <summary>Duration with full precision: <c>1:02:03:04</c> (days:hours:minutes:seconds).</summary>
internal sealed class IsoDurationConverter() : IsoNodaConverter<Duration>((JsonConverter<Duration>)NodaConverters.RoundtripDurationConverter, "duration (d:hh:mm:ss)");
