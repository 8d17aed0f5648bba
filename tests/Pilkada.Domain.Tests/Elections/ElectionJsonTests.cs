using System.Globalization;
using System.Text.Json;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Serialization;

namespace Pilkada.Domain.Tests.Elections;

public class ElectionJsonTests
{
    private static readonly ElectionCatalog Catalog = ElectionCatalog.Default;

    private static ContestId Id(string text) => ContestId.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void A_contest_is_written_with_its_id_election_region_kind_and_name()
    {
        var bima = Catalog.Pilkada2024.Contests[Id("pilkada-2024/52.72")];

        Assert.Equal(
            "{\"id\":\"pilkada-2024/52.72\",\"kind\":\"WaliKota\",\"regionName\":\"Kota Bima\",\"election\":\"pilkada-2024\",\"region\":\"52.72\"}",
            JsonSerializer.Serialize(bima, PilkadaJsonContext.Default.Contest));
    }

    [Fact]
    public void A_contest_with_its_facts_round_trips()
    {
        var bangka = Catalog.Pilkada2024.Contests[Id("pilkada-2024/19.01")];
        var empatLawang = Catalog.Pilkada2024.Contests[Id("pilkada-2024/16.11")];

        foreach (var contest in new[] { bangka, empatLawang })
        {
            var json = PilkadaJson.Serialize(contest);
            var back = PilkadaJson.Deserialize<Contest>(json)!;

            Assert.Equal(contest.Id, back.Id);
            Assert.Equal(contest.Kind, back.Kind);
            Assert.Equal(contest.RegionName, back.RegionName);
            Assert.Equal(contest.SingleCandidate! with { SourceUrls = [] }, back.SingleCandidate! with { SourceUrls = [] });
            Assert.Equal(contest.SingleCandidate!.SourceUrls, back.SingleCandidate!.SourceUrls);
            Assert.Equal(contest.RevoteOrders.Select(r => (r.CaseNumber, r.RulingDate, r.RevoteDate, r.Remedy)), back.RevoteOrders.Select(r => (r.CaseNumber, r.RulingDate, r.RevoteDate, r.Remedy)));
            Assert.Equal(json, PilkadaJson.Serialize(back));
        }

        Assert.Contains("\"rerun\":\"pilkada-ulang-2025/19.01\"", PilkadaJson.Serialize(bangka), StringComparison.Ordinal);
        Assert.Contains("\"revoteDate\":\"2025-04-19\"", PilkadaJson.Serialize(empatLawang), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"pilkada-2024/52.72\",\"kind\":\"Bupati\",\"regionName\":\"Kota Bima\"}", "Kota Bima (52.72) holds a mayoral election, not a regent election")]
    [InlineData("{\"id\":\"pilkada-2024/52.72\",\"kind\":\"WaliKota\",\"regionName\":\"Kota Bima\",\"region\":\"52.06\"}", "does not agree with its election pilkada-2024 or region 52.06")]
    [InlineData("{\"id\":\"pilkada-2024/52.7x\",\"kind\":\"WaliKota\",\"regionName\":\"Kota Bima\"}", "'pilkada-2024/52.7x' is not a valid contest id")]
    [InlineData("{\"id\":\"pilkada-2024/52.72\",\"kind\":\"WaliKota\"}", "regionName")]
    [InlineData("[\"pilkada-2024/52.72\"]", "must be a JSON object, not StartArray")]
    public void A_bad_contest_fails_with_a_JsonException_naming_the_value_and_the_reason(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.Contest));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_round_trips_and_writes_ISO_dates()
    {
        var schedule = Catalog.Pilkada2024.Schedule;
        var json = JsonSerializer.Serialize(schedule, PilkadaJsonContext.Default.ElectionSchedule);
        var back = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.ElectionSchedule)!;

        Assert.Contains("{\"id\":\"kampanye\",\"kind\":\"Kampanye\",\"phase\":\"Penyelenggaraan\",\"name\":\"Kampanye\",\"englishName\":\"Campaign period\",\"source\":{\"instrument\":\"PKPU 2/2024\"},\"start\":\"2024-09-25\",\"end\":\"2024-11-23\"", json, StringComparison.Ordinal);
        Assert.Equal(schedule.Election, back.Election);
        Assert.Equal(schedule.Basis, back.Basis);
        Assert.Equal(schedule.Stages.Select(s => (s.Id, s.Kind, s.Phase, s.Name, s.EnglishName, s.Start, s.End, s.DateText, s.Confidence, s.Note, s.Source)),
            back.Stages.Select(s => (s.Id, s.Kind, s.Phase, s.Name, s.EnglishName, s.Start, s.End, s.DateText, s.Confidence, s.Note, s.Source)));
        Assert.Equal(json, JsonSerializer.Serialize(back, PilkadaJsonContext.Default.ElectionSchedule));
        Assert.Equal(schedule.OfficeHoursExemptions, back.OfficeHoursExemptions);
    }

    [Fact]
    public void The_rerun_election_round_trips_with_its_contests_and_schedule()
    {
        var rerun = Catalog.PilkadaUlang2025;
        var json = PilkadaJson.Serialize(rerun);
        var back = PilkadaJson.Deserialize<Election>(json)!;

        Assert.Equal(rerun.Id, back.Id);
        Assert.Equal(rerun.VotingDay, back.VotingDay);
        Assert.Equal(rerun.RerunOf, back.RerunOf);
        Assert.Equal(rerun.LegalBasis, back.LegalBasis);
        Assert.Equal(rerun.Contests.Select(c => c.Id), back.Contests.Select(c => c.Id));
        Assert.Equal(rerun.Schedule.Stages.Select(s => s.AppliesTo.Count), back.Schedule.Stages.Select(s => s.AppliesTo.Count));
        Assert.Equal(json, PilkadaJson.Serialize(back));
        Assert.Contains("\"votingDay\":\"2025-08-27\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"start\":\"2024-11-23\",\"end\":\"2024-09-25\"", "The stage kampanye ends on 25 September 2024, before it starts on 23 November 2024.")]
    [InlineData("\"start\":\"2024-13-01\"", "'2024-13-01' is not a date in the form yyyy-MM-dd")]
    [InlineData("\"start\":20240925", "A date must be a JSON string, not Number.")]
    [InlineData("\"appliesTo\":[\"52.72.01\"]", "The stage kampanye is limited to 52.72.01, which is not a province or kabupaten/kota code.")]
    public void A_bad_stage_fails_with_a_JsonException_naming_the_value_and_the_reason(string dates, string expected)
    {
        var json = "{\"id\":\"kampanye\",\"kind\":\"Kampanye\",\"phase\":\"Penyelenggaraan\",\"name\":\"Kampanye\",\"englishName\":\"Campaign\",\"source\":{\"instrument\":\"PKPU 2/2024\"}," + dates + "}";

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.ElectionStage));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_without_its_kind_or_name_is_refused_rather_than_defaulted()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            "{\"id\":\"kampanye\",\"phase\":\"Penyelenggaraan\",\"name\":\"Kampanye\",\"englishName\":\"Campaign\",\"source\":{\"instrument\":\"X\"}}",
            PilkadaJsonContext.Default.ElectionStage));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            "{\"id\":\"kampanye\",\"kind\":\"Kampanye\",\"phase\":\"Penyelenggaraan\",\"name\":null,\"englishName\":\"Campaign\",\"source\":{\"instrument\":\"X\"}}",
            PilkadaJsonContext.Default.ElectionStage));
    }

    [Fact]
    public void A_schedule_with_two_stages_of_one_id_is_refused()
    {
        var stage = "{\"id\":\"kampanye\",\"kind\":\"Kampanye\",\"phase\":\"Penyelenggaraan\",\"name\":\"Kampanye\",\"englishName\":\"Campaign\",\"source\":{\"instrument\":\"X\"}}";
        var json = "{\"election\":\"psu-2026\",\"basis\":{\"instrument\":\"X\"},\"stages\":[" + stage + "," + stage + "]}";

        var ex = Assert.Throws<JsonException>(() => PilkadaJson.Deserialize<ElectionSchedule>(json));

        Assert.Contains("The schedule of psu-2026 has two stages with the id kampanye.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revote_orders_and_office_hours_exemptions_have_JSON()
    {
        var order = Catalog.RevoteOrders[0];
        var json = JsonSerializer.Serialize(order, PilkadaJsonContext.Default.RevoteOrder);

        Assert.StartsWith("{\"contest\":\"pilkada-2024/11.72\",\"regionName\":\"Kota Sabang\",\"caseNumber\":\"47/PHPU.WAKO-XXIII/2025\",\"rulingDate\":\"2025-02-24\",\"remedy\":\"PsuSomeTps\",\"revoteDate\":\"2025-04-05\"", json, StringComparison.Ordinal);
        Assert.Equal(order with { SourceUrls = [] }, JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.RevoteOrder)! with { SourceUrls = [] });

        var periods = JsonSerializer.Serialize(Catalog.Pilkada2024.Schedule.OfficeHoursExemptions.ToArray(), PilkadaJsonContext.Default.OfficeHoursExemptionArray);
        Assert.StartsWith("[{\"start\":\"2024-11-24\",\"end\":\"2024-11-26\",\"stageId\":\"masa-tenang\",\"stageKind\":\"MasaTenang\"", periods, StringComparison.Ordinal);

        var missing = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"contest\":\"pilkada-2024/11.72\"}", PilkadaJsonContext.Default.RevoteOrder));
        Assert.Contains("regionName", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_candidate_facts_have_strict_JSON()
    {
        var pangkalPinang = Catalog.SingleCandidateContests.Single(s => s.Region.ToString() == "19.71");
        var json = JsonSerializer.Serialize(pangkalPinang, PilkadaJsonContext.Default.SingleCandidateContest);
        var back = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.SingleCandidateContest)!;

        Assert.StartsWith("{\"contest\":\"pilkada-2024/19.71\",\"regionName\":\"Kota Pangkal Pinang\",\"candidatePair\":\"Maulan Aklil-Masagus M. Hakim\",\"outcome\":\"KolomKosongWon\",\"confidence\":\"Confirmed\"", json, StringComparison.Ordinal);
        Assert.Equal(pangkalPinang with { SourceUrls = [] }, back with { SourceUrls = [] });
        Assert.Equal(pangkalPinang.SourceUrls, back.SourceUrls);

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            "{\"contest\":\"pilkada-2024/19.71\",\"regionName\":\"Kota Pangkal Pinang\",\"outcome\":\"KolomKosongWon\",\"confidence\":\"Confirmed\",\"sourceUrls\":[]}",
            PilkadaJsonContext.Default.SingleCandidateContest));
        Assert.Contains("candidatePair", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Election_ids_are_JSON_strings()
    {
        Assert.Equal("\"pilkada-2024\"", JsonSerializer.Serialize(ElectionCatalog.Pilkada2024Id, PilkadaJsonContext.Default.ElectionId));
        Assert.Equal(ElectionCatalog.PilkadaUlang2025Id, JsonSerializer.Deserialize("\"Pilkada-Ulang-2025\"", PilkadaJsonContext.Default.ElectionId));
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"2024\"", PilkadaJsonContext.Default.ElectionId));
        Assert.Contains("'2024' is not a valid election id: the id must start with a letter (character 1).", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2024, 11, 27), Catalog.Pilkada2024.VotingDay);
    }
}

public class OfficeHoursExemptionJsonTests
{
    [Fact]
    public void An_exemption_round_trips_and_a_reversed_one_is_refused()
    {
        var period = ElectionCatalog.Default.Pilkada2024.Schedule.OfficeHoursExemptions[0];
        var json = JsonSerializer.Serialize(period, PilkadaJsonContext.Default.OfficeHoursExemption);

        Assert.Equal("{\"start\":\"2024-11-24\",\"end\":\"2024-11-26\",\"stageId\":\"masa-tenang\",\"stageKind\":\"MasaTenang\",\"name\":\"Masa tenang\",\"englishName\":\"Quiet period\",\"confidence\":\"Confirmed\"}", json);
        Assert.Equal(period, JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.OfficeHoursExemption));

        var reversed = json.Replace("\"start\":\"2024-11-24\"", "\"start\":\"2024-11-27\"", StringComparison.Ordinal);
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(reversed, PilkadaJsonContext.Default.OfficeHoursExemption));
        Assert.Contains("The stage masa-tenang ends on 26 November 2024, before it starts on 27 November 2024.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ElectionArgumentException>(() => period with { End = new NodaTime.LocalDate(2024, 11, 1) });
        Assert.Throws<ElectionArgumentException>(() => period with { Start = new NodaTime.LocalDate(2024, 12, 1) });
        Assert.Equal(new NodaTime.LocalDate(2024, 11, 25), (period with { Start = new NodaTime.LocalDate(2024, 11, 25) }).Start);
    }

    [Fact]
    public void The_exempt_kinds_are_exactly_the_kinds_that_suspend_office_hours()
    {
        Assert.Equal(
            Enum.GetValues<StageKind>().Where(OfficeHoursExemption.Suspends),
            OfficeHoursExemption.ExemptKinds.Order());
    }
}
