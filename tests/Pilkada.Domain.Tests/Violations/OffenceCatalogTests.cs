using NodaTime;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Tests.Infrastructure;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Violations;

public class OffenceCatalogTests
{
    private static readonly OffenceCatalog Catalog = OffenceCatalog.Default;

    private static Offence Get(string code) => Catalog.TryGet(code, out var offence) ? offence : throw new KeyNotFoundException(code);

    // Domain brief §4.2 as corrected by LEGAL-VERIFICATION §8, checked against the statute texts.
    [Theory]
    [InlineData("UU10-2016/187A-1", 36, 72, 200_000_000, 1_000_000_000, PenaltyCombination.Cumulative, "UU 10/2016 Pasal 187A ayat (1)", "UU 10/2016 Pasal 73 ayat (4)")]
    [InlineData("UU10-2016/187A-2", 36, 72, 200_000_000, 1_000_000_000, PenaltyCombination.Cumulative, "UU 10/2016 Pasal 187A ayat (2)", "UU 10/2016 Pasal 187A ayat (2)")]
    [InlineData("UU8-2015/189", 1, 6, 600_000, 6_000_000, PenaltyCombination.CumulativeOrAlternative, "UU 8/2015 Pasal 189", "UU 10/2016 Pasal 70 ayat (1)")]
    [InlineData("UU1-2015/188", 1, 6, 600_000, 6_000_000, PenaltyCombination.CumulativeOrAlternative, "UU 1/2015 Pasal 188", "UU 10/2016 Pasal 71 ayat (1)")]
    [InlineData("UU1-2015/190", 1, 6, 600_000, 6_000_000, PenaltyCombination.CumulativeOrAlternative, "UU 1/2015 Pasal 190", "UU 10/2016 Pasal 71 ayat (2)")]
    [InlineData("UU1-2015/187-4", 1, 6, 600_000, 6_000_000, PenaltyCombination.CumulativeOrAlternative, "UU 1/2015 Pasal 187 ayat (4)", "UU 1/2015 Pasal 187 ayat (4)")]
    [InlineData("UU1-2015/187-5", 4, 24, 200_000_000, 1_000_000_000, PenaltyCombination.CumulativeOrAlternative, "UU 1/2015 Pasal 187 ayat (5)", "UU 10/2016 Pasal 74 ayat (5)")]
    [InlineData("UU1-2015/187-6", 4, 24, 200_000_000, 1_000_000_000, PenaltyCombination.CumulativeOrAlternative, "UU 1/2015 Pasal 187 ayat (6)", "UU 8/2015 Pasal 76 ayat (1)")]
    [InlineData("UU1-2015/187-7", 2, 12, 1_000_000, 10_000_000, PenaltyCombination.CumulativeOrAlternative, "UU 1/2015 Pasal 187 ayat (7)", "UU 1/2015 Pasal 187 ayat (7)")]
    public void Every_penalty_number(string code, int minMonths, int maxMonths, long minFine, long maxFine, PenaltyCombination combination, string punishment, string prohibition)
    {
        var offence = Get(code);
        var penalty = offence.Penalty!;

        Assert.Equal((minMonths, maxMonths), (penalty.MinimumPrisonMonths, penalty.MaximumPrisonMonths));
        Assert.Equal(Rupiah.FromRupiah(minFine), penalty.MinimumFine);
        Assert.Equal(Rupiah.FromRupiah(maxFine), penalty.MaximumFine);
        Assert.Equal(combination, penalty.Combination);
        Assert.Equal(punishment, offence.Punishment!.ToString());
        Assert.Equal(punishment, penalty.Basis.ToString());
        Assert.Equal(prohibition, offence.Prohibition.ToString());
        Assert.Equal(ViolationCategory.TindakPidanaPemilihan, offence.Category);
        Assert.Equal(RoutingMatter.TindakPidana, offence.Matter);
    }

    [Fact]
    public void Politik_uang_is_36_to_72_months_and_Rp200_million_to_1_billion_cumulatively()
    {
        var penalty = Get("UU10-2016/187A-1").Penalty!;

        Assert.Equal("penjara 36–72 bulan dan denda Rp200.000.000–Rp1.000.000.000", penalty.Describe(PilkadaLanguage.Indonesian));
        Assert.Equal("prison 36–72 months and a fine of Rp200.000.000–Rp1.000.000.000", penalty.Describe(PilkadaLanguage.English));
    }

    // LEGAL-VERIFICATION §8 item 6: Pasal 189 reads "dan/atau denda" (the brief's summaries said "dan denda").
    [Fact]
    public void Regression_Pasal_189_is_dan_atau_not_dan()
    {
        var penalty = Get("UU8-2015/189").Penalty!;

        Assert.Equal(PenaltyCombination.CumulativeOrAlternative, penalty.Combination);
        Assert.Contains("dan/atau", penalty.Describe(PilkadaLanguage.Indonesian), StringComparison.Ordinal);
    }

    // The numbers are checked against the statute transcriptions committed in data/statutes (mblonyox/data-peraturan).
    [Theory]
    [InlineData("UU10-2016/187A-1")]
    [InlineData("UU8-2015/189")]
    [InlineData("UU1-2015/188")]
    [InlineData("UU1-2015/190")]
    [InlineData("UU1-2015/187-4")]
    [InlineData("UU1-2015/187-5")]
    [InlineData("UU1-2015/187-6")]
    [InlineData("UU1-2015/187-7")]
    public void The_statute_text_says_the_same_numbers(string code)
    {
        var offence = Get(code);
        var penalty = offence.Penalty!;
        var text = Statutes.Provision(penalty.Basis);

        Assert.Contains($"paling singkat {penalty.MinimumPrisonMonths} (", text, StringComparison.Ordinal);
        Assert.Contains($"paling lama {penalty.MaximumPrisonMonths} (", text, StringComparison.Ordinal);
        Assert.Contains(penalty.MinimumFine.ToString("F", null), text, StringComparison.Ordinal);
        Assert.Contains(penalty.MaximumFine.ToString("F", null), text, StringComparison.Ordinal);
        if (penalty.Combination == PenaltyCombination.Cumulative)
        {
            Assert.Contains("bulan dan denda", text, StringComparison.Ordinal);
            Assert.DoesNotContain("dan/atau denda", text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("dan/atau denda", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_receiving_voter_gets_the_same_penalty_as_the_statute_says() =>
        Assert.Contains("Pidana yang sama diterapkan kepada pemilih", Statutes.Provision(new LegalReference("UU 10/2016", "Pasal 187A ayat (2)")), StringComparison.Ordinal);

    [Fact]
    public void The_incumbent_is_disqualified_for_71_2_and_71_3_under_71_5()
    {
        foreach (var code in new[] { "UU1-2015/190", "UU10-2016/71-3" })
        {
            var consequence = Assert.Single(Get(code).AdministrativeConsequences);
            Assert.Equal("UU 10/2016 Pasal 71 ayat (5)", consequence.Basis.ToString());
            Assert.Equal([InstitutionKind.KpuProvinsi, InstitutionKind.KpuKabupatenKota], consequence.ImposedBy);
            Assert.Contains("petahana", consequence.Condition, StringComparison.Ordinal);
        }

        Assert.Contains("selaku petahana melanggar ketentuan sebagaimana dimaksud pada ayat (2) dan ayat (3)", Statutes.Provision(new LegalReference("UU 10/2016", "Pasal 71 ayat (5)")), StringComparison.Ordinal);
        Assert.Null(Get("UU10-2016/71-3").Penalty);
    }

    [Fact]
    public void Pasal_73_2_cancels_the_candidacy_on_a_Bawaslu_Provinsi_putusan()
    {
        var offence = Get("UU10-2016/73-2");

        Assert.Equal(ViolationCategory.AdministrasiPemilihan, offence.Category);
        Assert.Equal(RoutingMatter.AdministrasiTsm, offence.Matter);
        Assert.Equal(RoutingMatter.AdministrasiTsm, Assert.Single(offence.AdministrativeConsequences).Matter);
        Assert.Contains("berdasarkan putusan Bawaslu Provinsi", Statutes.Provision(new LegalReference("UU 10/2016", "Pasal 73 ayat (2)")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("187A", new[] { "UU10-2016/187A-1", "UU10-2016/187A-2" })]
    [InlineData("Pasal 187A ayat (1)", new[] { "UU10-2016/187A-1" })]
    [InlineData("pasal 187a ayat (2)", new[] { "UU10-2016/187A-2" })]
    [InlineData("187", new[] { "UU1-2015/187-4", "UU1-2015/187-5", "UU1-2015/187-6", "UU1-2015/187-7" })]
    [InlineData("71", new[] { "UU1-2015/188", "UU1-2015/190", "UU10-2016/71-3" })]
    [InlineData("73", new[] { "UU10-2016/73-2", "UU10-2016/187A-1" })]
    [InlineData("73(4)", new[] { "UU10-2016/187A-1" })]
    [InlineData("189", new[] { "UU8-2015/189" })]
    [InlineData("politik uang", new[] { "UU10-2016/73-2", "UU10-2016/187A-1", "UU10-2016/187A-2" })]
    [InlineData("Money Politics", new[] { "UU10-2016/73-2", "UU10-2016/187A-1", "UU10-2016/187A-2" })]
    [InlineData("dana kampanye", new[] { "UU1-2015/187-5", "UU1-2015/187-6", "UU1-2015/187-7" })]
    [InlineData("netralitas", new[] { "UU8-2015/189", "UU1-2015/188" })]
    [InlineData("999", new string[0])]
    [InlineData("  ", new string[0])]
    public void Search_by_article_or_keyword(string query, string[] codes) =>
        Assert.Equal(codes, Catalog.Search(query).Select(o => o.Code));

    [Fact]
    public void Codes_are_unique_and_every_entry_is_complete()
    {
        Assert.Equal(Catalog.All.Count, Catalog.All.Select(o => o.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Catalog.All, o =>
        {
            Assert.NotEmpty(o.Articles);
            Assert.NotEmpty(o.Keywords);
            Assert.False(string.IsNullOrWhiteSpace(o.Indonesian));
            Assert.False(string.IsNullOrWhiteSpace(o.English));
            Assert.True(o.Penalty is not null || o.AdministrativeConsequences.Count > 0, o.Code);
        });
    }

    [Fact]
    public void Every_offence_is_in_force_for_Pilkada_2024_and_none_before_the_Perppu()
    {
        Assert.Equal(Catalog.All.Count, Catalog.InForceOn(new LocalDate(2024, 11, 27)).Count());
        Assert.Empty(Catalog.InForceOn(new LocalDate(2014, 10, 1)));
        Assert.Equal(2, Catalog.InForceOn(new LocalDate(2015, 1, 1)).Count());
    }

    [Fact]
    public void The_catalogue_says_what_it_encodes() =>
        Assert.Contains("UU 10/2016", OffenceCatalog.Edition, StringComparison.Ordinal);
}

/// <summary>Reads provisions from the statute transcriptions in data/statutes.</summary>
internal static class Statutes
{
    private static readonly Dictionary<string, string[]> Files = new(StringComparer.Ordinal);

    /// <summary>The text of an article (or one ayat of it) in the body of the instrument, not its explanation.</summary>
    public static string Provision(LegalReference reference)
    {
        var file = reference.Instrument switch
        {
            "UU 1/2015" => "UU-2015-1.md",
            "UU 8/2015" => "UU-2015-8.md",
            "UU 10/2016" => "UU-2016-10.md",
            "UU 5/2014" => "UU-2014-5.md",
            "UU 7/2017" => "UU-2017-7.md",
            "PP 94/2021" => "PP-2021-94.md",
            "PP 42/2004" => "PP-2004-42.md",
            _ => throw new ArgumentException("No statute text for " + reference.Instrument),
        };
        lock (Files)
        {
            if (!Files.TryGetValue(file, out var cached))
            {
                cached = File.ReadAllLines(RepositoryRoot.Combine("data", "statutes", file));
                Files[file] = cached;
            }

            var provision = reference.Provision!;
            var parts = provision.Split(' ');
            var article = "Pasal " + parts[1];
            var ayat = provision.Contains("ayat", StringComparison.Ordinal) ? parts[3] : null;
            var start = Array.IndexOf(cached, article);
            Assert.True(start >= 0, $"{article} not found in {file}");
            var lines = new List<string>();
            for (var i = start + 1; i < cached.Length && !cached[i].StartsWith("Pasal ", StringComparison.Ordinal); i++)
            {
                lines.Add(cached[i]);
            }

            if (ayat is null)
            {
                return string.Join("\n", lines);
            }

            var line = lines.FirstOrDefault(l => l.StartsWith(ayat, StringComparison.Ordinal));
            Assert.True(line is not null, $"{article} ayat {ayat} not found in {file}");
            return line;
        }
    }
}
