using NodaTime;
using NodaTime.Testing;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Testing;

/// <summary>
/// Clocks and instants for deadline tests, in a region's local time: "it is 15.00 on 28 October 2024 in Kota
/// Pangkalpinang". Built on NodaTime.Testing's <see cref="FakeClock"/>, which the test can advance.
/// </summary>
public static class PilkadaClocks
{
    /// <summary>The instant of a local date and time in a region's time zone (Indonesia has no DST, so it is unique).</summary>
    /// <param name="region">The region code; its province decides the zone (WIB, WITA or WIT).</param>
    /// <param name="local">The local date and time.</param>
    public static Instant InstantIn(RegionCode region, LocalDateTime local) =>
        local.InZoneStrictly(RegionTimeZones.GetDateTimeZone(region)).ToInstant();

    /// <summary>The instant of a local date and time in a region's time zone.</summary>
    /// <param name="region">The region.</param>
    /// <param name="local">The local date and time.</param>
    public static Instant InstantIn(Region region, LocalDateTime local) => InstantIn(region.Code, local);

    /// <summary>A fake clock showing a local date and time in a region's time zone.</summary>
    /// <param name="region">The region code.</param>
    /// <param name="local">The local date and time.</param>
    public static FakeClock At(RegionCode region, LocalDateTime local) => new(InstantIn(region, local));

    /// <summary>A fake clock showing a local date and time in a region's time zone.</summary>
    /// <param name="region">The region.</param>
    /// <param name="local">The local date and time.</param>
    public static FakeClock At(Region region, LocalDateTime local) => At(region.Code, local);

    /// <summary>A fake clock at local midnight at the start of a date in a region's time zone.</summary>
    /// <param name="region">The region code.</param>
    /// <param name="date">The local date.</param>
    public static FakeClock AtStartOf(RegionCode region, LocalDate date) => At(region, date.AtMidnight());

    /// <summary>The local date and time a clock shows in a region's time zone.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="region">The region code.</param>
    public static LocalDateTime LocalNow(this IClock clock, RegionCode region) =>
        clock.GetCurrentInstant().InZone(RegionTimeZones.GetDateTimeZone(region)).LocalDateTime;
}
