using NodaTime;

namespace Pilkada.Domain.Regions;

/// <summary>
/// Zona waktu Indonesia (Indonesian time zone). The numeric value is the offset from UTC in hours; Indonesia has no
/// daylight saving time. Boundaries follow provinces: Keppres 41/1987 (in force 1 Jan 1988).
/// </summary>
public enum IndonesianTimeZone
{
    /// <summary>Waktu Indonesia Barat, UTC+7: Sumatra, Java, Kalimantan Barat and Tengah (IANA <c>Asia/Jakarta</c>, <c>Asia/Pontianak</c>).</summary>
    Wib = 7,

    /// <summary>Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, Kalimantan Selatan/Timur/Utara, Sulawesi (IANA <c>Asia/Makassar</c>).</summary>
    Wita = 8,

    /// <summary>Waktu Indonesia Timur, UTC+9: Maluku and the Papua provinces (IANA <c>Asia/Jayapura</c>).</summary>
    Wit = 9,
}

/// <summary>
/// The time zone of every province (Keppres 41/1987): which Indonesian zone and which IANA zone a region code
/// belongs to. No province is split between zones, so the province part decides.
/// </summary>
public static class RegionTimeZones
{
    private static readonly DateTimeZone Jakarta = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
    private static readonly DateTimeZone Pontianak = DateTimeZoneProviders.Tzdb["Asia/Pontianak"];
    private static readonly DateTimeZone Makassar = DateTimeZoneProviders.Tzdb["Asia/Makassar"];
    private static readonly DateTimeZone Jayapura = DateTimeZoneProviders.Tzdb["Asia/Jayapura"];

    /// <summary>The Indonesian zone of a code's province, or <see langword="null"/> for a province code the table does not know.</summary>
    /// <param name="code">Any region code.</param>
    public static IndonesianTimeZone? ZoneOf(RegionCode code) => code.ProvinceNumber switch
    {
        11 or 12 or 13 or 14 or 15 or 16 or 17 or 18 or 19 or 21 => IndonesianTimeZone.Wib,
        31 or 32 or 33 or 34 or 35 or 36 => IndonesianTimeZone.Wib,
        61 or 62 => IndonesianTimeZone.Wib,
        51 or 52 or 53 or 63 or 64 or 65 => IndonesianTimeZone.Wita,
        71 or 72 or 73 or 74 or 75 or 76 => IndonesianTimeZone.Wita,
        81 or 82 or 91 or 92 or 93 or 94 or 95 or 96 => IndonesianTimeZone.Wit,
        _ => null,
    };

    /// <summary>
    /// The NodaTime zone of a code's province: <c>Asia/Jakarta</c>, <c>Asia/Pontianak</c> (61, 62), <c>Asia/Makassar</c>
    /// or <c>Asia/Jayapura</c>; <see langword="null"/> for a province code the table does not know.
    /// </summary>
    /// <param name="code">Any region code.</param>
    public static DateTimeZone? DateTimeZoneOf(RegionCode code) => code.ProvinceNumber switch
    {
        61 or 62 => Pontianak,
        _ => ZoneOf(code) switch
        {
            IndonesianTimeZone.Wib => Jakarta,
            IndonesianTimeZone.Wita => Makassar,
            IndonesianTimeZone.Wit => Jayapura,
            _ => null,
        },
    };

    /// <summary>The NodaTime zone of a code's province.</summary>
    /// <param name="code">Any region code.</param>
    /// <exception cref="ArgumentException">The province is not one of the 38 known provinces.</exception>
    public static DateTimeZone GetDateTimeZone(RegionCode code) =>
        DateTimeZoneOf(code) ?? throw new ArgumentException($"No time zone is known for the province of region code '{code}'.", nameof(code));

    /// <summary>The Indonesian abbreviation: <c>WIB</c>, <c>WITA</c> or <c>WIT</c>.</summary>
    /// <param name="zone">The zone.</param>
    public static string Abbreviation(this IndonesianTimeZone zone) => zone switch
    {
        IndonesianTimeZone.Wib => "WIB",
        IndonesianTimeZone.Wita => "WITA",
        IndonesianTimeZone.Wit => "WIT",
        _ => throw new ArgumentOutOfRangeException(nameof(zone), zone, "Not an Indonesian time zone."),
    };
}
