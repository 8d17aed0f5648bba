using System.Globalization;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Elections;

/// <summary>Single-candidate contests (DOMAIN-BRIEF §2; data/pilkada-2024/README.md) and the MK re-vote orders of 24 Feb 2025.</summary>
public class SingleCandidateAndRevoteTests
{
    private static readonly ElectionCatalog Catalog = ElectionCatalog.Default;

    private static ContestId Id(string text) => ContestId.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void The_final_KPU_list_has_37_single_candidate_contests_1_provinsi_31_kabupaten_5_kota()
    {
        var singles = Catalog.SingleCandidateContests;

        Assert.Equal(37, singles.Count);
        Assert.Equal(1, singles.Count(s => s.Kind == ContestKind.Gubernur));
        Assert.Equal(31, singles.Count(s => s.Kind == ContestKind.Bupati));
        Assert.Equal(5, singles.Count(s => s.Kind == ContestKind.WaliKota));
        Assert.Equal("Papua Barat", singles.Single(s => s.Kind == ContestKind.Gubernur).RegionName);
        Assert.Equal(
            ["Kota Pangkal Pinang", "Kota Pasuruan", "Kota Surabaya", "Kota Samarinda", "Kota Tarakan"],
            singles.Where(s => s.Kind == ContestKind.WaliKota).Select(s => s.RegionName));
        Assert.All(singles, s => Assert.Equal(SingleCandidateContest.LegalBasis, new LegalReference("UU 10/2016", "Pasal 54C ayat (1)", SingleCandidateContest.LegalBasis.Note)));
    }

    [Fact]
    public void The_single_candidate_facts_are_attached_to_the_2024_contests()
    {
        var contests = Catalog.Pilkada2024.Contests.SingleCandidate;

        Assert.Equal(37, contests.Count);
        Assert.Equal(Catalog.SingleCandidateContests.Select(s => s.Contest), contests.Select(c => c.Id));
        Assert.All(contests, c => Assert.Same(Catalog.SingleCandidateContests.Single(s => s.Contest == c.Id), c.SingleCandidate));
    }

    [Fact]
    public void Kolom_kosong_won_in_Kabupaten_Bangka_and_Kota_Pangkal_Pinang_which_voted_again_on_27_August_2025()
    {
        var losses = Catalog.SingleCandidateContests.Where(s => s.KolomKosongWon).ToList();

        Assert.Equal(["pilkada-2024/19.01", "pilkada-2024/19.71"], losses.Select(s => s.Contest.ToString()));
        Assert.Equal(["Mulkan-Ramadian", "Maulan Aklil-Masagus M. Hakim"], losses.Select(s => s.CandidatePair));
        Assert.Equal(["pilkada-ulang-2025/19.01", "pilkada-ulang-2025/19.71"], losses.Select(s => s.Rerun.ToString()));
        Assert.Contains("67,546 (57.25%)", losses[0].Note, StringComparison.Ordinal);
        Assert.Contains("48,528 (57.98%)", losses[1].Note, StringComparison.Ordinal);
        Assert.Equal(35, Catalog.SingleCandidateContests.Count(s => s.Outcome == SingleCandidateOutcome.PaslonWon));
        Assert.All(losses, s => Assert.NotNull(Catalog.FindContest(s.Rerun!.Value)));
    }

    [Fact]
    public void The_confidence_of_each_row_is_kept_29_confirmed_8_from_one_source()
    {
        Assert.Equal(29, Catalog.SingleCandidateContests.Count(s => s.Confidence == SourceConfidence.Confirmed));
        Assert.Equal(8, Catalog.SingleCandidateContests.Count(s => s.Confidence == SourceConfidence.SingleSource));
        Assert.All(Catalog.SingleCandidateContests, s => Assert.NotEmpty(s.SourceUrls));
    }

    [Fact]
    public void The_rerun_is_its_own_election_with_its_own_schedule_and_two_contests()
    {
        var rerun = Catalog.PilkadaUlang2025;

        Assert.Equal("pilkada-ulang-2025", rerun.Id.ToString());
        Assert.Equal(new LocalDate(2025, 8, 27), rerun.VotingDay);
        Assert.Equal(ElectionCatalog.Pilkada2024Id, rerun.RerunOf);
        Assert.Equal(["pilkada-ulang-2025/19.01", "pilkada-ulang-2025/19.71"], rerun.Contests.Select(c => c.Id.ToString()));
        Assert.Equal([ContestKind.Bupati, ContestKind.WaliKota], rerun.Contests.Select(c => c.Kind));
        Assert.Contains(rerun.LegalBasis, l => l.Instrument == "UU 10/2016" && l.Provision == "Pasal 54D ayat (2) dan (3)");
        Assert.Same(rerun.Schedule, Catalog[ElectionId.Parse("pilkada-ulang-2025", CultureInfo.InvariantCulture)].Schedule);
    }

    [Fact]
    public void MK_ordered_24_re_votes_and_1_re_tabulation_14_at_all_polling_stations_10_at_some()
    {
        var orders = Catalog.RevoteOrders;

        Assert.Equal(25, orders.Count);
        Assert.Equal(24, orders.Count(o => o.IsRevote));
        Assert.Equal(14, orders.Count(o => o.Remedy == RevoteRemedy.PsuAllTps));
        Assert.Equal(10, orders.Count(o => o.Remedy == RevoteRemedy.PsuSomeTps));
        var puncakJaya = Assert.Single(orders, o => o.Remedy == RevoteRemedy.RekapUlang);
        Assert.Equal("Kabupaten Puncak Jaya", puncakJaya.RegionName);
        Assert.Equal("305/PHPU.BUP-XXIII/2025", puncakJaya.CaseNumber);
        Assert.Null(puncakJaya.RevoteDate);
        Assert.All(orders, o => Assert.Equal(new LocalDate(2025, 2, 24), o.RulingDate));
    }

    [Fact]
    public void The_24_re_votes_are_20_kabupaten_3_kota_and_the_province_of_Papua()
    {
        var revotes = Catalog.RevoteOrders.Where(o => o.IsRevote).ToList();

        Assert.Equal(20, revotes.Count(o => o.Kind == ContestKind.Bupati));
        Assert.Equal(["Kota Sabang", "Kota Banjarbaru", "Kota Palopo"], revotes.Where(o => o.Kind == ContestKind.WaliKota).Select(o => o.RegionName));
        Assert.Equal("Papua", revotes.Single(o => o.Kind == ContestKind.Gubernur).RegionName);
        Assert.All(Catalog.RevoteOrders, o => Assert.Contains(
            o.Kind switch { ContestKind.Gubernur => "/PHPU.GUB-", ContestKind.Bupati => "/PHPU.BUP-", _ => "/PHPU.WAKO-" },
            o.CaseNumber, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-03-22", "Kabupaten Siak", "Kabupaten Bangka Barat", "Kabupaten Magetan", "Kabupaten Barito Utara")]
    [InlineData("2025-04-05", "Kota Sabang", "Kabupaten Buru", "Kabupaten Banggai", "Kabupaten Bungo", "Kabupaten Pulau Taliabu")]
    [InlineData("2025-04-09", "Kabupaten Kepulauan Talaud")]
    [InlineData("2025-04-16", "Kabupaten Parigi Moutong")]
    [InlineData("2025-04-19", "Kota Banjarbaru", "Kabupaten Serang", "Kabupaten Pasaman", "Kabupaten Empat Lawang", "Kabupaten Tasikmalaya", "Kabupaten Kutai Kartanegara", "Kabupaten Gorontalo Utara", "Kabupaten Bengkulu Selatan")]
    [InlineData("2025-05-24", "Kota Palopo", "Kabupaten Mahakam Ulu", "Kabupaten Pesawaran")]
    [InlineData("2025-08-06", "Papua", "Kabupaten Boven Digoel")]
    public void The_re_vote_dates_follow_the_data_README_table(string date, params string[] regions)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        Assert.Equal(regions.Order(StringComparer.Ordinal), Catalog.RevoteOrders.Where(o => o.RevoteDate == day).Select(o => o.RegionName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Empat_Lawang_was_a_single_candidate_contest_and_then_re_voted_with_two_pairs()
    {
        var contest = Catalog.FindContest(Id("pilkada-2024/16.11"))!;

        Assert.True(contest.IsSingleCandidate);
        var order = Assert.Single(contest.RevoteOrders);
        Assert.Equal("24/PHPU.BUP-XXIII/2025", order.CaseNumber);
        Assert.Equal(new LocalDate(2025, 4, 19), order.RevoteDate);
        Assert.Equal(25, Catalog.Pilkada2024.Contests.WithRevoteOrders.Count);
    }

    [Fact]
    public void Kota_Pangkal_Pinang_is_in_three_contests_across_the_elections()
    {
        var contests = Catalog.ContestsFor(RegionCode.Parse("19.71", CultureInfo.InvariantCulture));

        Assert.Equal(["pilkada-2024/19", "pilkada-2024/19.71", "pilkada-ulang-2025/19.71"], contests.Select(c => c.Id.ToString()));
    }

    [Fact]
    public void The_catalogue_says_which_data_it_carries_and_loads_once()
    {
        Assert.Contains("23 Sep 2024", Catalog.Edition, StringComparison.Ordinal);
        Assert.Contains("24 Feb 2025", Catalog.Edition, StringComparison.Ordinal);
        var seen = new ElectionCatalog[8];
        Parallel.For(0, seen.Length, i => seen[i] = ElectionCatalog.Default);
        Assert.All(seen, c => Assert.Same(ElectionCatalog.Default, c));
        Assert.Equal(["pilkada-2024", "pilkada-ulang-2025"], Catalog.Elections.Select(e => e.Id.ToString()));
        var missing = Assert.Throws<KeyNotFoundException>(() => Catalog[ElectionId.Parse("pemilu-2024", CultureInfo.InvariantCulture)]);
        Assert.Equal("There is no election pemilu-2024; known elections: pilkada-2024, pilkada-ulang-2025.", missing.Message);
    }
}
