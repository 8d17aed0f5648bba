using System.Globalization;
using System.Security.Cryptography;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.DataGen;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Regions;

public class RegionCatalogTests
{
    // SHA-256 of src/Pilkada.Domain/Regions/Data/regions.bin. Change it only together with the data, on purpose.
    private const string EmbeddedChecksum = "1f0496ebbea84877cc59c7e4582c0d04d2e34cef7a9b606e4be0de2d36302ba8";

    private static readonly RegionCatalog Catalog = RegionCatalog.Default;

    private static RegionCode Code(string text) => RegionCode.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void The_default_catalogue_is_the_whole_2025_list()
    {
        Assert.Equal("Kepmendagri 300.2.2-2138/2025", Catalog.Edition);
        Assert.Equal(38, Catalog.CountAt(RegionLevel.Provinsi));
        Assert.Equal(514, Catalog.CountAt(RegionLevel.KabupatenKota));
        Assert.Equal(7_285, Catalog.CountAt(RegionLevel.Kecamatan));
        Assert.Equal(83_762, Catalog.CountAt(RegionLevel.DesaKelurahan));
        Assert.Equal(91_599, Catalog.Count);
        Assert.Equal(38, Catalog.Provinces.Count);
    }

    [Fact]
    public void The_embedded_data_has_not_changed_by_accident()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(RegionCatalog.ReadEmbeddedBytes()));

        Assert.Equal(EmbeddedChecksum, hash);
    }

    [Fact]
    public void Regenerating_the_embedded_data_from_the_sources_changes_nothing()
    {
        var generated = RegionDataGenerator.Generate(RepositoryRoot.Combine("data"));

        Assert.Equal(RegionCatalog.ReadEmbeddedBytes(), generated);
    }

    [Fact]
    public void The_default_catalogue_is_loaded_once_even_under_concurrent_first_use()
    {
        var seen = new RegionCatalog[8];
        Parallel.For(0, seen.Length, i => seen[i] = RegionCatalog.Default);

        Assert.All(seen, c => Assert.Same(RegionCatalog.Default, c));
    }

    [Fact]
    public void Kota_Bima_is_52_72_in_Nusa_Tenggara_Barat_on_WITA()
    {
        var bima = Catalog[Code("52.72")];

        Assert.Equal("Kota Bima", bima.Name);
        Assert.Equal(RegionKind.Kota, bima.Kind);
        Assert.Equal("Nusa Tenggara Barat", bima.Province.Name);
        Assert.Same(bima.Province, bima.Parent);
        Assert.Equal(IndonesianTimeZone.Wita, bima.TimeZone);
        Assert.Equal("WITA", bima.TimeZone.Abbreviation());
        Assert.Equal("Asia/Makassar", bima.DateTimeZone.Id);
        Assert.Equal(new RegionPopulation(82_338, 82_775, 165_113), bima.Population);
        Assert.Equal(208.389, bima.AreaSquareKilometres);
        Assert.Equal(["Rasanae Barat", "Rasanae Timur", "Asakota", "Raba", "Mpunda"], bima.Children.Select(c => c.Name));
        Assert.Equal(41, bima.CountDescendants(RegionLevel.DesaKelurahan));
    }

    [Fact]
    public void Kecamatan_Rasanae_Barat_and_its_kelurahan()
    {
        var rasanaeBarat = Catalog[Code("52.72.01")];
        var paruga = Catalog[Code("52.72.01.1001")];

        Assert.Equal(RegionKind.Kecamatan, rasanaeBarat.Kind);
        Assert.Equal("Kecamatan Rasanae Barat", rasanaeBarat.DisplayName);
        Assert.Equal(RegionKind.Kelurahan, paruga.Kind);
        Assert.Equal(["Nusa Tenggara Barat", "Kota Bima", "Rasanae Barat"], paruga.Ancestors.Select(a => a.Name));
        Assert.True(paruga.IsWithin(Catalog[Code("52")]));
        Assert.Null(paruga.Population);
    }

    [Fact]
    public void Kepulauan_Seribu_is_DKI_Jakartas_kabupaten_administrasi_and_the_five_cities_are_kota_administrasi()
    {
        var seribu = Catalog[Code("31.01")];

        Assert.Equal("Kabupaten Administrasi Kepulauan Seribu", seribu.Name);
        Assert.Equal(RegionKind.KabupatenAdministrasi, seribu.Kind);
        Assert.Equal(
            ["31.71", "31.72", "31.73", "31.74", "31.75"],
            Catalog[Code("31")].Children.Where(c => c.Kind == RegionKind.KotaAdministrasi).Select(c => c.Code.ToString()));
        Assert.Equal("Kota Administrasi Jakarta Utara", Catalog[Code("31.72")].Name);
    }

    [Fact]
    public void The_dataset_has_416_kabupaten_and_98_kota_of_which_six_are_administrative()
    {
        var kinds = Catalog.AtLevel(RegionLevel.KabupatenKota).GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(415, kinds[RegionKind.Kabupaten]);
        Assert.Equal(1, kinds[RegionKind.KabupatenAdministrasi]);
        Assert.Equal(93, kinds[RegionKind.Kota]);
        Assert.Equal(5, kinds[RegionKind.KotaAdministrasi]);
    }

    [Fact]
    public void DI_Yogyakarta_has_four_kabupaten_and_one_kota()
    {
        var diy = Catalog[Code("34")];

        Assert.Equal("Daerah Istimewa Yogyakarta", diy.Name);
        Assert.Equal(["34.01", "34.02", "34.03", "34.04", "34.71"], diy.Children.Select(c => c.Code.ToString()));
    }

    [Theory]
    [InlineData("91", "Papua")]
    [InlineData("92", "Papua Barat")]
    [InlineData("93", "Papua Selatan")]
    [InlineData("94", "Papua Tengah")]
    [InlineData("95", "Papua Pegunungan")]
    [InlineData("96", "Papua Barat Daya")]
    public void The_Papua_provinces_have_the_Kemendagri_codes(string code, string name) =>
        Assert.Equal(name, Catalog[Code(code)].Name);

    [Theory]
    [InlineData("11", IndonesianTimeZone.Wib, "Asia/Jakarta")]
    [InlineData("21", IndonesianTimeZone.Wib, "Asia/Jakarta")]
    [InlineData("31", IndonesianTimeZone.Wib, "Asia/Jakarta")]
    [InlineData("36", IndonesianTimeZone.Wib, "Asia/Jakarta")]
    [InlineData("51", IndonesianTimeZone.Wita, "Asia/Makassar")]
    [InlineData("53", IndonesianTimeZone.Wita, "Asia/Makassar")]
    [InlineData("61", IndonesianTimeZone.Wib, "Asia/Pontianak")]
    [InlineData("62", IndonesianTimeZone.Wib, "Asia/Pontianak")]
    [InlineData("63", IndonesianTimeZone.Wita, "Asia/Makassar")]
    [InlineData("65", IndonesianTimeZone.Wita, "Asia/Makassar")]
    [InlineData("76", IndonesianTimeZone.Wita, "Asia/Makassar")]
    [InlineData("81", IndonesianTimeZone.Wit, "Asia/Jayapura")]
    [InlineData("82", IndonesianTimeZone.Wit, "Asia/Jayapura")]
    [InlineData("96", IndonesianTimeZone.Wit, "Asia/Jayapura")]
    public void Time_zones_follow_Keppres_41_1987(string province, IndonesianTimeZone zone, string iana)
    {
        var region = Catalog[Code(province)];

        Assert.Equal(zone, region.TimeZone);
        Assert.Equal(iana, region.DateTimeZone.Id);
        Assert.Equal(Offset.FromHours((int)zone), region.DateTimeZone.GetUtcOffset(Instant.FromUtc(2024, 11, 27, 0, 0)));
    }

    [Fact]
    public void Every_province_has_a_time_zone_and_the_same_instant_is_a_different_date_in_WIB_and_WIT()
    {
        Assert.All(Catalog.Provinces, p => Assert.NotNull(RegionTimeZones.ZoneOf(p.Code)));
        var instant = Instant.FromUtc(2024, 11, 23, 15, 30);

        Assert.Equal(new LocalDate(2024, 11, 23), instant.InZone(Catalog[Code("31")].DateTimeZone).Date);
        Assert.Equal(new LocalDate(2024, 11, 24), instant.InZone(Catalog[Code("91")].DateTimeZone).Date);
    }

    [Fact]
    public void Names_are_kept_as_in_the_source_with_apostrophes()
    {
        Assert.Equal("Pasi Kuala Ba'u", Catalog[Code("11.01.02.2018")].Name);
        Assert.Equal("Regapu’u", Catalog[Code("53.07.01.2021")].Name);
    }

    [Fact]
    public void Papua_kecamatan_are_distrik_and_customary_villages_are_desa_adat()
    {
        Assert.Equal(RegionKind.Distrik, Catalog[Code("91.03.01")].Kind);
        Assert.Equal("Distrik Sentani", Catalog[Code("91.03.01")].DisplayName);
        var yoboi = Catalog[Code("91.03.01.3007")];
        Assert.Equal(RegionKind.DesaAdat, yoboi.Kind);
        Assert.Equal("Desa Adat Yoboi", yoboi.Name);
        Assert.Equal(14, Catalog.AtLevel(RegionLevel.DesaKelurahan).Count(r => r.Kind == RegionKind.DesaAdat));
    }

    [Fact]
    public void Lookup_tells_apart_found_not_in_catalogue_retired_and_malformed()
    {
        Assert.Equal(RegionLookupStatus.Found, Catalog.Lookup("5272").Status);
        Assert.Equal("Kota Bima", Catalog.Lookup("5272").Region!.Name);

        var missing = Catalog.Lookup("52.99");
        Assert.Equal(RegionLookupStatus.NotInCatalog, missing.Status);
        Assert.Equal(Code("52.99"), missing.Code);

        var retired = Catalog.Lookup("92.01");
        Assert.Equal(RegionLookupStatus.Retired, retired.Status);
        Assert.Equal("KAB. SORONG", retired.RetiredRegion!.Name);
        Assert.Equal("Kepmendagri 100.1.1-6117/2022", retired.RetiredRegion.LastEdition);

        var malformed = Catalog.Lookup("52.7x");
        Assert.Equal(RegionLookupStatus.Malformed, malformed.Status);
        Assert.Equal(RegionCodeError.InvalidCharacter, malformed.ParseError.Error);
    }

    [Fact]
    public void The_indexer_explains_a_missing_or_retired_code()
    {
        var missing = Assert.Throws<KeyNotFoundException>(() => Catalog[Code("52.99")]);
        Assert.Equal("The region code 52.99 is well-formed but is not in Kepmendagri 300.2.2-2138/2025.", missing.Message);

        var retired = Assert.Throws<KeyNotFoundException>(() => Catalog[Code("92.01")]);
        Assert.Contains("KAB. SORONG", retired.Message, StringComparison.Ordinal);
        Assert.Contains("Kepmendagri 100.1.1-6117/2022", retired.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_retired_since_2022_are_kept_with_their_old_names()
    {
        Assert.Equal(1_250, Catalog.Retired.Count);
        Assert.All(Catalog.Retired, r => Assert.False(Catalog.Contains(r.Code)));
    }

    [Fact]
    public void Province_populations_are_the_sum_of_their_kabupaten_and_kota()
    {
        foreach (var province in Catalog.Provinces)
        {
            var sum = province.Children.Sum(c => c.Population!.Value.Total);
            Assert.Equal(province.Population!.Value.Total, sum);
        }

        Assert.Equal(284_973_643, Catalog.Provinces.Sum(p => p.Population!.Value.Total));
    }

    [Fact]
    public void Every_province_and_kabupaten_kota_has_population_and_area()
    {
        var upper = Catalog.All.Where(r => r.Level <= RegionLevel.KabupatenKota).ToList();

        Assert.Equal(552, upper.Count);
        Assert.All(upper, r =>
        {
            Assert.NotNull(r.Population);
            Assert.True(r.AreaSquareKilometres > 0, $"{r} has no area");
        });
        Assert.Equal(1_851.615, Catalog[Code("11.10")].AreaSquareKilometres);
        Assert.Equal(661.53, Catalog[Code("31")].AreaSquareKilometres);
    }

    [Property(MaxTest = 2000)]
    public Property Every_regions_parent_exists_and_the_childs_code_extends_it() =>
        Prop.ForAll(RegionArbitraries.CatalogRegion.ToArbitrary(), region =>
            region.Level == RegionLevel.Provinsi
                ? region.Parent is null
                : region.Parent is { } parent &&
                  Catalog.Contains(region.Code.Parent!.Value) &&
                  parent.Code == region.Code.Parent &&
                  region.Code.ToString().StartsWith(parent.Code + ".", StringComparison.Ordinal));

    [Property(MaxTest = 300)]
    public Property Children_are_exactly_the_regions_one_level_down_within_the_parent() =>
        Prop.ForAll(RegionArbitraries.CatalogRegion.Where(r => r.Level < RegionLevel.DesaKelurahan).ToArbitrary(), region =>
        {
            var children = region.Children;
            return children.All(c => c.Parent == region && c.Level == region.Level + 1) &&
                   children.Count == region.CountDescendants(region.Level + 1) &&
                   children.Select(c => c.Code).SequenceEqual(children.Select(c => c.Code).Order());
        });

    [Fact]
    public void All_is_sorted_and_every_code_is_found_by_lookup()
    {
        for (var i = 0; i < Catalog.Count; i++)
        {
            var region = Catalog.All[i];
            Assert.Same(region, Catalog.Find(region.Code));
            if (i > 0)
            {
                Assert.True(Catalog.All[i - 1].Code < region.Code);
            }
        }
    }

    [Fact]
    public void Looking_up_a_code_allocates_nothing()
    {
        var code = Code("52.72.01.1001");
        Catalog.TryGet(code, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Catalog.TryGet(code, out _);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void A_custom_catalogue_checks_its_records()
    {
        var custom = RegionCatalog.Create("test edition", [
            new RegionRecord(Code("52.72"), "Kota Bima"),
            new RegionRecord(Code("52"), "Nusa Tenggara Barat", new RegionPopulation(1, 2, 3), 10.5),
        ]);

        Assert.Equal(2, custom.Count);
        Assert.Equal("Kota Bima", custom[Code("52.72")].Name);
        Assert.Equal(new RegionPopulation(1, 2, 3), custom[Code("52")].Population);

        var orphan = Assert.Throws<ArgumentException>(() => RegionCatalog.Create("x", [new RegionRecord(Code("52.72"), "Kota Bima")]));
        Assert.Contains("has no parent 52", orphan.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => RegionCatalog.Create("x", [new RegionRecord(Code("52"), "A"), new RegionRecord(Code("52"), "B")]));
        Assert.Contains("appears twice", twice.Message, StringComparison.Ordinal);
    }
}
