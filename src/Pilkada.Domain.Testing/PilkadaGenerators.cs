using FsCheck;
using FsCheck.Fluent;
using Pilkada.Domain.Cases;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Testing;

/// <summary>
/// FsCheck generators for the library's types. Combine them with LINQ (<c>from … in … select …</c>) to build
/// generators for your own types, or use <see cref="PilkadaArbitraries"/> to register defaults.
/// </summary>
public static partial class PilkadaGenerators
{
    /// <summary>Any well-formed region code at any level, whether or not it is in the catalogue (e.g. 52.99).</summary>
    public static Gen<RegionCode> WellFormedRegionCode { get; } =
        from level in Gen.Choose(1, 4)
        from province in Gen.Choose(11, 99)
        from kabupatenKota in Gen.Choose(1, 99)
        from kecamatan in Gen.Choose(1, 99)
        from kind in Gen.Choose(1, 3)
        from number in Gen.Choose(1, 999)
        select level switch
        {
            1 => RegionCode.FromParts(province),
            2 => RegionCode.FromParts(province, kabupatenKota),
            3 => RegionCode.FromParts(province, kabupatenKota, kecamatan),
            _ => RegionCode.FromParts(province, kabupatenKota, kecamatan, (kind * 1000) + number),
        };

    /// <summary>A region of the default catalogue at any level.</summary>
    public static Gen<Region> CatalogRegion { get; } =
        Gen.Choose(0, RegionCatalog.Default.Count - 1).Select(i => RegionCatalog.Default.All[i]);

    /// <summary>A region of the default catalogue at one level.</summary>
    /// <param name="level">The level.</param>
    public static Gen<Region> CatalogRegionAt(RegionLevel level)
    {
        var regions = RegionCatalog.Default.AtLevel(level).ToArray();
        if (regions.Length == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The catalogue has no region at this level.");
        }

        return Gen.Elements(regions);
    }

    /// <summary>The code of a region in the default catalogue, at any level.</summary>
    public static Gen<RegionCode> CatalogRegionCode { get; } = CatalogRegion.Select(r => r.Code);

    /// <summary>The code of a region in the default catalogue at one level.</summary>
    /// <param name="level">The level.</param>
    public static Gen<RegionCode> CatalogRegionCodeAt(RegionLevel level) => CatalogRegionAt(level).Select(r => r.Code);

    /// <summary>A well-formed code that is not in the default catalogue (for "not found" paths).</summary>
    public static Gen<RegionCode> RegionCodeNotInCatalog { get; } =
        WellFormedRegionCode.Where(c => !RegionCatalog.Default.Contains(c));

    /// <summary>A string that is not a well-formed region code (for "malformed" paths).</summary>
    public static Gen<string> MalformedRegionCode { get; } =
        Gen.OneOf(
            Gen.Elements("", " ", "5", "527", "52..72", "52.7x", "52/72", "00", "52.00", "52.72.00", "52.72.01.4001", "52720110011"),
            ArbMap.Default.GeneratorFor<string>().Where(s => !RegionCode.TryParse(s, out _)));
}

/// <summary>
/// Default arbitraries for FsCheck: register with <c>[Properties(Arbitrary = new[] { typeof(PilkadaArbitraries) })]</c>
/// (or <c>[Property(Arbitrary = …)]</c>). A <see cref="RegionCode"/> parameter then receives codes from the catalogue,
/// a <see cref="People.Nik"/> or <see cref="People.Nip"/> a valid number, a <see cref="ViolationCase"/> or a list of
/// <see cref="CaseEvent"/> an allowed case history; use <see cref="PilkadaGenerators"/> and <see cref="CaseGenerators"/>
/// for other distributions (invalid numbers with their error, reports at a reference instant, instants in a stage).
/// </summary>
public static class PilkadaArbitraries
{
    /// <summary>Region codes from the default catalogue, at every level.</summary>
    public static Arbitrary<RegionCode> RegionCode() => PilkadaGenerators.CatalogRegionCode.ToArbitrary();

    /// <summary>Regions from the default catalogue, at every level.</summary>
    public static Arbitrary<Region> Region() => PilkadaGenerators.CatalogRegion.ToArbitrary();

    /// <summary>Valid NIKs, domestic and issued abroad (<see cref="PilkadaGenerators.ValidNik"/>).</summary>
    public static Arbitrary<Nik> Nik() => PilkadaGenerators.ValidNik.ToArbitrary();

    /// <summary>Valid NIPs, PNS and PPPK (<see cref="PilkadaGenerators.ValidNip"/>).</summary>
    public static Arbitrary<Nip> Nip() => PilkadaGenerators.ValidNip.ToArbitrary();

    /// <summary>Allowed case histories of up to 30 events, in time order (<see cref="CaseGenerators.AllowedEvents"/>).</summary>
    public static Arbitrary<IReadOnlyList<CaseEvent>> CaseEvents() => CaseGenerators.AllowedEvents().ToArbitrary();

    /// <summary>Cases replayed from allowed histories (<see cref="CaseGenerators.AllowedCase"/>).</summary>
    public static Arbitrary<ViolationCase> ViolationCase() => CaseGenerators.AllowedCase().ToArbitrary();
}
