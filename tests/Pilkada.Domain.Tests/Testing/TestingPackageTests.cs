using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Testing;

namespace Pilkada.Domain.Tests.Testing;

[Properties(Arbitrary = [typeof(PilkadaArbitraries)], MaxTest = 200)]
public class TestingPackageTests
{
    [Property]
    public bool The_default_RegionCode_arbitrary_gives_catalogue_codes(RegionCode code) => RegionCatalog.Default.Contains(code);

    [Property]
    public Property Codes_by_level_have_that_level() =>
        Prop.ForAll(PilkadaGenerators.CatalogRegionCodeAt(RegionLevel.Kecamatan).ToArbitrary(), code => code.Level == RegionLevel.Kecamatan);

    [Property]
    public Property Codes_not_in_the_catalogue_are_well_formed_and_missing() =>
        Prop.ForAll(PilkadaGenerators.RegionCodeNotInCatalog.ToArbitrary(), code => !code.IsEmpty && !RegionCatalog.Default.Contains(code));

    [Property]
    public Property Malformed_codes_do_not_parse() =>
        Prop.ForAll(PilkadaGenerators.MalformedRegionCode.ToArbitrary(), text => !RegionCode.TryParse(text, out _));

    [Fact]
    public void A_clock_in_Jayapura_shows_WIT_local_time()
    {
        var clock = PilkadaClocks.At(RegionCatalog.Default["91.71"], new LocalDateTime(2024, 11, 27, 8, 0));

        Assert.Equal(Instant.FromUtc(2024, 11, 26, 23, 0), clock.GetCurrentInstant());
        Assert.Equal(new LocalDateTime(2024, 11, 27, 8, 0), clock.LocalNow(RegionCatalog.Default["91.71"].Code));
        Assert.Equal(new LocalDateTime(2024, 11, 27, 6, 0), clock.LocalNow(RegionCatalog.Default["31.71"].Code));
    }

    [Fact]
    public void A_fake_clock_advances_for_deadline_tests()
    {
        var bima = RegionCatalog.Default["52.72"].Code;
        var clock = PilkadaClocks.AtStartOf(bima, new LocalDate(2024, 10, 25));
        clock.AdvanceDays(7);

        Assert.Equal(new LocalDateTime(2024, 11, 1, 0, 0), clock.LocalNow(bima));
    }
}
