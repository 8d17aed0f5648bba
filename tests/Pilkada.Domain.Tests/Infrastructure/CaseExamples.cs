using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;

namespace Pilkada.Domain.Tests.Infrastructure;

/// <summary>The example case files in <c>examples/cases/</c>, and local instants for case tests.</summary>
internal static class CaseExamples
{
    public static string PathOf(string name) => RepositoryRoot.Combine("examples", "cases", name);

    public static ViolationCase Load(string name) =>
        PilkadaJson.Deserialize<ViolationCase>(File.ReadAllText(PathOf(name))) ?? throw new InvalidDataException(name + " holds null");

    /// <summary>The instant of a local date and time in a region's zone.</summary>
    public static Instant Local(string region, int year, int month, int day, int hour = 0, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(RegionTimeZones.GetDateTimeZone(RegionCode.Parse(region))).ToInstant();
}
