using FsCheck;
using FsCheck.Fluent;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Infrastructure;

/// <summary>FsCheck generators for region codes and their written forms.</summary>
public static class RegionArbitraries
{
    /// <summary>Any well-formed code at any level.</summary>
    public static Gen<RegionCode> WellFormedCode =>
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

    /// <summary>Codes from the default catalogue.</summary>
    public static Gen<Region> CatalogRegion =>
        Gen.Choose(0, RegionCatalog.Default.Count - 1).Select(i => RegionCatalog.Default.All[i]);

    /// <summary>A code written in one of the accepted ways: dotted, digits only, spaces, hyphens, padded.</summary>
    public static Gen<(RegionCode Code, string Text)> WrittenCode =>
        from code in WellFormedCode
        from style in Gen.Choose(0, 4)
        from pad in Gen.Elements("", " ", "\t", "  ")
        let text = style switch
        {
            0 => code.ToString(),
            1 => code.ToString("D", null),
            2 => code.ToString().Replace('.', ' '),
            3 => code.ToString().Replace('.', '-'),
            _ => pad + code + pad,
        }
        select (code, text);

    /// <summary>Strings made mostly of the characters a code uses, to reach every branch of the parser.</summary>
    public static Gen<string> CodeLikeString =>
        Gen.ArrayOf(Gen.Elements('0', '1', '2', '5', '7', '9', '.', '-', ' ', 'x', '\t', 'é', '٣'))
            .Select(chars => new string(chars));

    public static Arbitrary<RegionCode> RegionCodeArbitrary() => WellFormedCode.ToArbitrary();

    public static Arbitrary<Region> RegionArbitrary() => CatalogRegion.ToArbitrary();
}
