using System.Globalization;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Regions;

public class RegionSearchTests
{
    private static readonly RegionCatalog Catalog = RegionCatalog.Default;

    private static RegionCode Code(string text) => RegionCode.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Kota_Bima_by_name_is_exactly_one_region()
    {
        var resolution = Catalog.Resolve("Kota Bima");

        Assert.Equal(RegionLookupStatus.Found, resolution.Lookup.Status);
        Assert.Equal(Code("52.72"), resolution.Region!.Code);
    }

    [Fact]
    public void Bima_alone_is_ambiguous_and_returns_every_candidate()
    {
        var resolution = Catalog.Resolve("bima");

        Assert.True(resolution.IsAmbiguous);
        Assert.Null(resolution.Region);
        Assert.Equal(["52.06", "52.72"], resolution.Candidates.Select(c => c.Region.Code.ToString()));
    }

    [Theory]
    [InlineData("Pangkalpinang")]
    [InlineData("Pangkal Pinang")]
    [InlineData("pangkal-pinang")]
    [InlineData("PANGKALPINANG")]
    [InlineData("Kota Pangkalpinang")]
    [InlineData("kota pangkal pinang")]
    public void Issue_Pangkalpinang_alias_spacing_and_case_do_not_matter(string query)
    {
        var first = Catalog.Search(query, new RegionSearchOptions { Level = RegionLevel.KabupatenKota })[0];

        Assert.Equal(Code("19.71"), first.Region.Code);
        Assert.Equal(RegionMatchKind.Exact, first.Kind);
    }

    [Theory]
    [InlineData("Kab. Bima", "52.06")]
    [InlineData("Kabupaten Bima", "52.06")]
    [InlineData("kab bima", "52.06")]
    [InlineData("Kota Bima", "52.72")]
    [InlineData("Kota Bímá", "52.72")]
    [InlineData("  kota   BIMA ", "52.72")]
    [InlineData("Kec. Rasanae Barat", "52.72.01")]
    [InlineData("NTB", "52")]
    [InlineData("DKI Jakarta", "31")]
    [InlineData("DIY", "34")]
    [InlineData("Jaksel", "31.74")]
    [InlineData("Kab. Adm. Kepulauan Seribu", "31.01")]
    [InlineData("Distrik Sentani", "91.03.01")]
    [InlineData("Pasi Kuala Bau", "11.01.02.2018")]
    public void Kind_prefixes_accents_punctuation_and_aliases_are_understood(string query, string expected)
    {
        var matches = Catalog.Search(query);

        Assert.NotEmpty(matches);
        Assert.Equal(expected, matches[0].Region.Code.ToString());
    }

    [Fact]
    public void A_kind_word_that_is_part_of_a_name_still_finds_the_name()
    {
        // "Kota Baru" is a village in Banda Aceh, not a kota called "Baru".
        var matches = Catalog.Search("Kota Baru", new RegionSearchOptions { Within = Code("11.71"), Limit = 100 });

        Assert.Contains(matches, m => m.Region.Code == Code("11.71.02.2005") && m.Kind == RegionMatchKind.Exact);
    }

    [Fact]
    public void Exact_matches_come_before_prefixes_and_prefixes_before_contains()
    {
        var matches = Catalog.Search("bima", new RegionSearchOptions { Limit = 200 });
        var kinds = matches.Select(m => m.Kind).ToList();

        Assert.Equal(kinds.Order(), kinds);
        Assert.Contains(RegionMatchKind.Exact, kinds);
        Assert.Contains(RegionMatchKind.Prefix, kinds);
        Assert.Contains(RegionMatchKind.Contains, kinds);
        Assert.All(matches.Where(m => m.Kind == RegionMatchKind.Prefix), m => Assert.StartsWith("bima", m.Region.Name.ToLowerInvariant().Replace("kabupaten ", "", StringComparison.Ordinal).Replace("kota ", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void Level_within_and_limit_filter_the_results()
    {
        var kecamatan = Catalog.Search("ra", new RegionSearchOptions { Level = RegionLevel.Kecamatan, Within = Code("52.72"), Limit = 10 });

        Assert.Equal(["52.72.01", "52.72.02", "52.72.04"], kecamatan.Select(m => m.Region.Code.ToString()).Order());
        Assert.Equal(3, Catalog.Search("bima", new RegionSearchOptions { Limit = 3 }).Count);
    }

    [Fact]
    public void A_name_that_matches_nothing_returns_nothing()
    {
        Assert.Empty(Catalog.Search("zzzqqqxx"));
        var resolution = Catalog.Resolve("zzzqqqxx");
        Assert.Equal(RegionLookupStatus.NotInCatalog, resolution.Lookup.Status);
        Assert.Empty(resolution.Candidates);
    }

    [Fact]
    public void Resolve_reads_codes_as_codes()
    {
        Assert.Equal("Kota Bima", Catalog.Resolve("52 72").Region!.Name);
        Assert.Equal(RegionLookupStatus.Malformed, Catalog.Resolve("52.7x").Lookup.Status);
        Assert.Equal(RegionLookupStatus.Retired, Catalog.Resolve("92.01").Lookup.Status);
    }
}
