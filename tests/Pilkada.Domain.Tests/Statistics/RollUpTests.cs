using System.Text.Json;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Statistics;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Statistics;

public class RollUpTests
{
    private static readonly RegionCode Ntb = RegionCode.Parse("52");
    private static readonly RegionCode KotaBima = RegionCode.Parse("52.72");
    private static readonly RegionCode KabBima = RegionCode.Parse("52.06");
    private static readonly RegionCode Rasanae = RegionCatalog.Default[KotaBima].Children[0].Code;
    private static readonly RegionCode RasanaeVillage = RegionCatalog.Default[Rasanae].Children[0].Code;

    private static CaseFacts At(RegionCode region) => new(region) { Origin = CaseOrigin.Laporan };

    private static readonly CaseFacts[] Sample = [At(KotaBima), At(Rasanae), At(RasanaeVillage), At(KabBima), At(Ntb), At(default)];

    [Fact]
    public void Kecamatan_and_desa_count_toward_their_kabupaten_kota_and_province_and_higher_regions_are_not_attributable()
    {
        var byKab = CaseStatistics.ByRegion(Sample, RegionLevel.KabupatenKota);
        var byProvince = CaseStatistics.ByRegion(Sample, RegionLevel.Provinsi);
        var byKecamatan = CaseStatistics.ByRegion(Sample, RegionLevel.Kecamatan);
        var byDesa = CaseStatistics.ByRegion(Sample, RegionLevel.DesaKelurahan);

        Assert.Equal([(KabBima, 1L), (KotaBima, 3L)], byKab.Rows.Select(r => (r.Key, r.Count)));
        Assert.Equal((6L, 2L), (byKab.Total, byKab.Unattributed));
        Assert.Equal([(Ntb, 5L)], byProvince.Rows.Select(r => (r.Key, r.Count)));
        Assert.Equal(1, byProvince.Unattributed);
        Assert.Equal([(Rasanae, 2L)], byKecamatan.Rows.Select(r => (r.Key, r.Count)));
        Assert.Equal(4, byKecamatan.Unattributed);
        Assert.Equal([(RasanaeVillage, 1L)], byDesa.Rows.Select(r => (r.Key, r.Count)));
        Assert.Equal(5, byDesa.Unattributed);
    }

    [Fact]
    public void Region_rows_carry_the_name_population_and_rate_per_100000_with_the_editions()
    {
        var rollUp = CaseStatistics.ByRegion(Sample, RegionLevel.KabupatenKota);
        var kotaBima = RegionCatalog.Default[KotaBima];
        var row = rollUp.Rows.Single(r => r.Key == KotaBima);

        Assert.Equal(kotaBima.Name, row.Name);
        Assert.Equal(kotaBima.Population!.Value.Total, row.Population);
        Assert.Equal(3 * 100_000d / kotaBima.Population!.Value.Total, row.RatePer100000);
        Assert.Equal(RegionCatalog.Default.Edition, rollUp.RegionEdition);
        Assert.Equal(RegionCatalog.Default.PopulationSource, rollUp.PopulationSource);
        Assert.Null(CaseStatistics.ByRegion(Sample, RegionLevel.Kecamatan).Rows[0].Population); // unknown below kabupaten/kota
        Assert.Null(CaseStatistics.ByRegion(Sample, RegionLevel.Kecamatan).Rows[0].RatePer100000);
    }

    [Fact]
    public void A_code_the_catalogue_does_not_know_is_counted_with_no_name_or_population()
    {
        var unknown = RegionCode.Parse("52.99");
        var unknownKecamatan = RegionCode.Parse("52.72.99");
        var facts = new[] { At(unknown), At(unknownKecamatan) };

        var byKab = CaseStatistics.ByRegion(facts, RegionLevel.KabupatenKota);
        var byKecamatan = new CaseTally().AddRange(facts).ByRegion(RegionLevel.Kecamatan);

        Assert.Equal([(KotaBima, 1L, false), (unknown, 1L, true)], byKab.Rows.Select(r => (r.Key, r.Count, r.Name is null)));
        Assert.Equal([(unknownKecamatan, 1L)], byKecamatan.Rows.Select(r => (r.Key, r.Count)));
        Assert.Null(byKecamatan.Rows[0].Name);
    }

    [Fact]
    public void The_level_must_be_a_region_level() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseStatistics.ByRegion(Sample, RegionLevel.None));

    [Fact]
    public void Every_source_kind_gives_the_same_region_roll_up()
    {
        var fromArray = CaseStatistics.ByRegion(Sample, RegionLevel.KabupatenKota);
        var fromList = CaseStatistics.ByRegion(Sample.ToList(), RegionLevel.KabupatenKota);
        var fromSequence = CaseStatistics.ByRegion(Sample.Select(f => f), RegionLevel.KabupatenKota);
        var fromTally = new CaseTally().AddRange(Sample.AsSpan()).ByRegion(RegionLevel.KabupatenKota);

        foreach (var other in new[] { fromList, fromSequence, fromTally })
        {
            Assert.Equal(fromArray.Rows, other.Rows);
            Assert.Equal((fromArray.Total, fromArray.Unattributed), (other.Total, other.Unattributed));
        }
    }

    [Fact]
    public void The_tally_rolls_up_by_category_status_institution_stage_and_month()
    {
        var facts = new[]
        {
            new CaseFacts(KotaBima) { Category = ViolationCategory.TindakPidanaPemilihan, Status = CaseStatus.Diteruskan, Institutions = InstitutionSet.Of(InstitutionKind.Polri, InstitutionKind.SentraGakkumdu), Stage = StageKind.Kampanye, ReceivedMonth = new YearMonth(2024, 10) },
            new CaseFacts(KotaBima) { Category = ViolationCategory.TindakPidanaPemilihan, Status = CaseStatus.Ditutup, Institutions = InstitutionSet.Of(InstitutionKind.Polri), Stage = StageKind.MasaTenang, ReceivedMonth = new YearMonth(2024, 11) },
            new CaseFacts(KotaBima) { Status = CaseStatus.Diterima, ReceivedMonth = new YearMonth(2024, 9) },
            default,
        };
        var tally = new CaseTally().AddRange(facts);

        Assert.Equal([(ViolationCategory.TindakPidanaPemilihan, 2L)], tally.ByCategory().Rows.Select(r => (r.Key, r.Count)));
        Assert.Equal(2, tally.ByCategory().Unattributed);
        Assert.Equal("(not a violation, or not decided)", StatisticsText.Unattributed(RollUpDimension.Category, PilkadaLanguage.English));
        Assert.Equal("(tahapan tidak diketahui)", StatisticsText.Unattributed(RollUpDimension.Stage, PilkadaLanguage.Indonesian));
        Assert.Equal("(not attributable at this level)", StatisticsText.Unattributed(RollUpDimension.KabupatenKota, PilkadaLanguage.English));
        Assert.Equal([(CaseStatus.Diterima, 1L), (CaseStatus.Diteruskan, 1L), (CaseStatus.Ditutup, 1L)], tally.ByStatus().Rows.Select(r => (r.Key, r.Count)));
        Assert.Equal([(InstitutionKind.SentraGakkumdu, 1L), (InstitutionKind.Polri, 2L)], tally.ByInstitution().Rows.Select(r => (r.Key, r.Count)));
        Assert.Equal(2, tally.ByInstitution().Unattributed);
        Assert.Equal([(StageKind.Kampanye, 1L), (StageKind.MasaTenang, 1L)], tally.ByStage().Rows.Select(r => (r.Key, r.Count)));
        Assert.Equal([new YearMonth(2024, 9), new YearMonth(2024, 10), new YearMonth(2024, 11)], tally.ByMonth().Rows.Select(r => r.Key));
        Assert.Equal(1, tally.ByMonth().Unattributed);
        Assert.Equal(4, tally.Count);
    }

    [Fact]
    public void Merging_tallies_equals_one_tally_of_everything()
    {
        var one = new CaseTally().AddRange(Sample.Take(3));
        var two = new CaseTally().AddRange(Sample.Skip(3));
        var all = new CaseTally().AddRange(Sample);

        one.Merge(two);

        Assert.Equal(all.ByRegion(RegionLevel.DesaKelurahan).Rows, one.ByRegion(RegionLevel.DesaKelurahan).Rows);
        Assert.Equal(all.Count, one.Count);
        Assert.Equal(all.Summary().Total, one.Summary().Total);
    }

    [Fact]
    public void A_roll_up_whose_rows_do_not_add_up_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new RollUp<CaseStatus>(RollUpDimension.Status, [new(CaseStatus.Diterima, 2)], 3, 0));
        Assert.Throws<ArgumentException>(() => new RollUp<CaseStatus>(RollUpDimension.Status, [new(CaseStatus.Diterima, 1), new(CaseStatus.Diterima, 1)], 2, 0));
        Assert.NotNull(new RollUp<InstitutionKind>(RollUpDimension.Institution, [new(InstitutionKind.Polri, 2), new(InstitutionKind.Dkpp, 2)], 2, 0)); // a case can go to several
    }

    [Fact]
    public void CSV_is_RFC_4180_with_a_header_region_code_and_name_and_the_unattributed_row()
    {
        var csv = StatisticsExport.ToCsv(CaseStatistics.ByRegion(Sample, RegionLevel.KabupatenKota));
        var lines = csv.Split("\r\n");
        var kotaBima = RegionCatalog.Default[KotaBima];

        Assert.Equal("code,name,count,population,rate_per_100000", lines[0]);
        Assert.StartsWith("52.06,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"52.72,{kotaBima.Name},3,{kotaBima.Population!.Value.Total},", lines[2], StringComparison.Ordinal);
        Assert.Equal(",(not attributable at this level),2,,", lines[3]);
        Assert.Equal(string.Empty, lines[4]);
    }

    [Fact]
    public void CSV_quotes_fields_with_commas_and_quotes()
    {
        var catalog = RegionCatalog.Create("test", [new RegionRecord(RegionCode.Parse("52"), "Nusa, \"Tenggara\" Barat")]);
        var rollUp = CaseStatistics.ByRegion([At(Ntb)], RegionLevel.Provinsi, catalog);

        Assert.Contains("52,\"Nusa, \"\"Tenggara\"\" Barat\",1,,", StatisticsExport.ToCsv(rollUp), StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_CSV_has_one_row_per_line_in_both_languages()
    {
        var summary = BawasluSummary.Of(Sample);
        var en = StatisticsExport.ToCsv(summary).Split("\r\n");
        var id = StatisticsExport.ToCsv(summary, PilkadaLanguage.Indonesian).Split("\r\n");

        Assert.Equal("line,label,laporan,temuan,total", en[0]);
        Assert.Equal("Received,Received,6,0,6", en[1]);
        Assert.Equal("Received,Diterima,6,0,6", id[1]);
        Assert.Equal(BawasluSummary.Lines.Count + 2, en.Length);
    }

    [Fact]
    public async Task Async_CSV_and_JSON_write_what_the_sync_variants_write()
    {
        var tally = new CaseTally().AddRange(Sample);
        var rollUp = tally.ByRegion(RegionLevel.KabupatenKota);
        var writer = new StringWriter();
        await StatisticsExport.WriteCsvAsync(rollUp, writer, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(StatisticsExport.ToCsv(rollUp), writer.ToString());

        using var stream = new MemoryStream();
        await StatisticsExport.WriteJsonAsync(tally.Summary(), stream, TestContext.Current.CancellationToken);
        Assert.Equal(StatisticsExport.ToJson(tally.Summary()), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void JSON_goes_through_the_source_generated_context_and_reads_back()
    {
        var tally = new CaseTally().AddRange(Sample);
        var rollUp = tally.ByRegion(RegionLevel.KabupatenKota);

        var json = StatisticsExport.ToJson(rollUp);
        var back = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.RollUpRegionCode)!;
        var summary = JsonSerializer.Deserialize(StatisticsExport.ToJson(tally.Summary()), PilkadaJsonContext.Default.BawasluSummary)!;

        Assert.Contains("\"dimension\":\"KabupatenKota\"", json, StringComparison.Ordinal);
        Assert.Contains("\"key\":\"52.72\"", json, StringComparison.Ordinal);
        Assert.Equal(rollUp.Rows, back.Rows);
        Assert.Equal((rollUp.Total, rollUp.Unattributed, rollUp.RegionEdition), (back.Total, back.Unattributed, back.RegionEdition));
        Assert.Equal(tally.Summary().Total, summary.Total);
        Assert.Contains("\"key\":\"2024-10\"", StatisticsExport.ToJson(new CaseTally().AddRange([new CaseFacts(KotaBima) { ReceivedMonth = new YearMonth(2024, 10) }]).ByMonth()), StringComparison.Ordinal);
    }
}
