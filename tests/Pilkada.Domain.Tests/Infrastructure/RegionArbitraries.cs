using FsCheck;
using FsCheck.Fluent;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Testing;

namespace Pilkada.Domain.Tests.Infrastructure;

/// <summary>FsCheck generators for region codes and their written forms.</summary>
public static class RegionArbitraries
{
    /// <summary>Any well-formed code at any level (from the Testing package).</summary>
    public static Gen<RegionCode> WellFormedCode => PilkadaGenerators.WellFormedRegionCode;

    /// <summary>Regions from the default catalogue (from the Testing package).</summary>
    public static Gen<Region> CatalogRegion => PilkadaGenerators.CatalogRegion;

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
