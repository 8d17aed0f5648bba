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

/// <summary>
/// ISO date: <c>2024-11-27</c>. Dates of years 1–9999 in exactly that form are read and written straight from and to
/// UTF-8; anything else goes through NodaTime's pattern, which also gives the error for a bad value.
/// </summary>
internal sealed class IsoLocalDateConverter() : IsoNodaConverter<LocalDate>(NodaConverters.LocalDateConverter, "date (yyyy-MM-dd)")
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && IsoUtf8.TryReadDate(reader.ValueSpan, out var year, out var month, out var day)
            ? new LocalDate(year, month, day)
            : base.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        if (value.Calendar != CalendarSystem.Iso || value.Year is < 1 or > 9999)
        {
            base.Write(writer, value, options);
            return;
        }

        Span<byte> buffer = stackalloc byte[10];
        IsoUtf8.WriteDate(buffer, value.Year, value.Month, value.Day);
        writer.WriteStringValue(buffer);
    }
}

/// <summary>ISO local date and time: <c>2024-11-27T08:00:00</c>.</summary>
internal sealed class IsoLocalDateTimeConverter() : IsoNodaConverter<LocalDateTime>(NodaConverters.LocalDateTimeConverter, "local date and time (yyyy-MM-ddTHH:mm:ss)");

/// <summary>ISO local time: <c>08:00:00</c>.</summary>
internal sealed class IsoLocalTimeConverter() : IsoNodaConverter<LocalTime>(NodaConverters.LocalTimeConverter, "time (HH:mm:ss)");

/// <summary>
/// ISO instant in UTC: <c>2024-11-27T01:00:00Z</c>, with up to nine fraction digits when the instant has them (as
/// NodaTime's extended ISO pattern writes it). Instants of years 1–9999 are read and written straight from and to UTF-8;
/// anything else goes through NodaTime's pattern, which also gives the error for a bad value.
/// </summary>
internal sealed class IsoInstantConverter() : IsoNodaConverter<Instant>(NodaConverters.InstantConverter, "instant (yyyy-MM-ddTHH:mm:ssZ)")
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && IsoUtf8.TryReadInstant(reader.ValueSpan, out var instant)
            ? instant
            : base.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[IsoUtf8.MaxInstantLength];
        if (IsoUtf8.TryWriteInstant(buffer, value, out var written))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            base.Write(writer, value, options);
        }
    }
}

/// <summary>The ISO forms of dates and instants in UTF-8, for the common case; callers fall back to NodaTime's patterns.</summary>
internal static class IsoUtf8
{
    /// <summary><c>yyyy-MM-ddTHH:mm:ss.fffffffffZ</c>.</summary>
    internal const int MaxInstantLength = 30;

    private static readonly Instant MinFast = Instant.FromUtc(1, 1, 1, 0, 0);
    private static readonly Instant MaxFast = Instant.FromUtc(9999, 12, 31, 23, 59, 59) + Duration.FromNanoseconds(999_999_999);

    /// <summary>Reads <c>yyyy-MM-dd</c> with a real day of the month.</summary>
    internal static bool TryReadDate(ReadOnlySpan<byte> text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out year) || !TryDigits(text.Slice(5, 2), out month) || !TryDigits(text.Slice(8, 2), out day))
        {
            return false;
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
    }

    /// <summary>Reads <c>yyyy-MM-ddTHH:mm:ssZ</c> or <c>yyyy-MM-ddTHH:mm:ss.f…Z</c> (1 to 9 fraction digits).</summary>
    internal static bool TryReadInstant(ReadOnlySpan<byte> text, out Instant instant)
    {
        instant = default;
        if (text.Length < 20 || text.Length > MaxInstantLength || text[^1] != (byte)'Z' || text[10] != (byte)'T'
            || text[13] != (byte)':' || text[16] != (byte)':'
            || !TryReadDate(text[..10], out var year, out var month, out var day)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var nanoseconds = 0;
        if (text.Length > 20)
        {
            var fraction = text[20..^1];
            if (text[19] != (byte)'.' || fraction.Length == 0 || !TryDigits(fraction, out nanoseconds))
            {
                return false;
            }

            for (var i = fraction.Length; i < 9; i++)
            {
                nanoseconds *= 10;
            }
        }
        else if (text.Length != 20)
        {
            return false;
        }

        instant = Instant.FromUnixTimeSeconds((DaysFromCivil(year, month, day) * 86_400L) + (hour * 3_600) + (minute * 60) + second);
        if (nanoseconds != 0)
        {
            instant += Duration.FromNanoseconds(nanoseconds);
        }

        return true;
    }

    // Days from 1970-01-01 to a date of the proleptic Gregorian calendar, and back, by the usual era arithmetic
    // (400-year eras of 146,097 days, years counted from 1 March). Only used for years 1–9999, where every value is
    // positive after the shift to 0000-03-01; NodaTime's calendar arithmetic is the reference the tests compare with.
    private const int DaysFrom0000March1To1970 = 719_468;

    internal static long DaysFromCivil(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = y / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5) + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return ((long)era * 146_097) + dayOfEra - DaysFrom0000March1To1970;
    }

    internal static void CivilFromDays(long daysSinceEpoch, out int year, out int month, out int day)
    {
        var z = daysSinceEpoch + DaysFrom0000March1To1970;
        var era = (int)(z / 146_097);
        var dayOfEra = (int)(z - (era * 146_097L));
        var yearOfEra = (dayOfEra - (dayOfEra / 1_460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var shiftedMonth = ((5 * dayOfYear) + 2) / 153;
        day = dayOfYear - (((153 * shiftedMonth) + 2) / 5) + 1;
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
    }

    /// <summary>Writes <c>yyyy-MM-dd</c>; the year must be 1–9999.</summary>
    internal static void WriteDate(Span<byte> buffer, int year, int month, int day)
    {
        WriteDigits(buffer[..4], year);
        buffer[4] = (byte)'-';
        WriteDigits(buffer.Slice(5, 2), month);
        buffer[7] = (byte)'-';
        WriteDigits(buffer.Slice(8, 2), day);
    }

    /// <summary>Writes an instant as NodaTime's extended ISO pattern does: fraction digits only when not zero, trailing zeros cut.</summary>
    internal static bool TryWriteInstant(Span<byte> buffer, Instant instant, out int written)
    {
        written = 0;
        if (instant < MinFast || instant > MaxFast)
        {
            return false;
        }

        // Both are floored (towards the start of time); the nanoseconds below a tick come from the difference.
        var seconds = instant.ToUnixTimeSeconds();
        var ticks = instant.ToUnixTimeTicks();
        var nanoseconds = (int)(ticks - (seconds * TimeSpan.TicksPerSecond)) * 100;
        var belowTick = instant - Instant.FromUnixTimeTicks(ticks);
        if (belowTick != Duration.Zero)
        {
            nanoseconds += belowTick.SubsecondNanoseconds;
        }

        var days = Math.DivRem(seconds, 86_400L, out var secondOfDay);
        if (secondOfDay < 0)
        {
            days--;
            secondOfDay += 86_400;
        }

        CivilFromDays(days, out var year, out var month, out var day);
        WriteDate(buffer, year, month, day);
        buffer[10] = (byte)'T';
        WriteDigits(buffer.Slice(11, 2), (int)(secondOfDay / 3_600));
        buffer[13] = (byte)':';
        WriteDigits(buffer.Slice(14, 2), (int)(secondOfDay / 60 % 60));
        buffer[16] = (byte)':';
        WriteDigits(buffer.Slice(17, 2), (int)(secondOfDay % 60));
        written = 19;
        if (nanoseconds != 0)
        {
            var digits = 9;
            while (nanoseconds % 10 == 0)
            {
                nanoseconds /= 10;
                digits--;
            }

            buffer[written++] = (byte)'.';
            WriteDigits(buffer.Slice(written, digits), nanoseconds);
            written += digits;
        }

        buffer[written++] = (byte)'Z';
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static void WriteDigits(Span<byte> buffer, int value)
    {
        for (var i = buffer.Length - 1; i >= 0; i--)
        {
            buffer[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}

/// <summary>Year and month: <c>2015-05</c>.</summary>
internal sealed class IsoYearMonthConverter() : IsoNodaConverter<YearMonth>(NodaConverters.YearMonthConverter, "year and month (yyyy-MM)");

/// <summary>Duration with full precision: <c>1:02:03:04</c> (days:hours:minutes:seconds).</summary>
internal sealed class IsoDurationConverter() : IsoNodaConverter<Duration>((JsonConverter<Duration>)NodaConverters.RoundtripDurationConverter, "duration (d:hh:mm:ss)");
