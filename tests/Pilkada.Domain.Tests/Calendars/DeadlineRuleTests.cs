using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Calendars;

public class DeadlineRuleTests
{
    private static readonly DateTimeZone Wib = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
    private static readonly DateTimeZone Wita = DateTimeZoneProviders.Tzdb["Asia/Makassar"];
    private static readonly DateTimeZone Wit = DateTimeZoneProviders.Tzdb["Asia/Jayapura"];

    private static Instant Local(DateTimeZone zone, int year, int month, int day, int hour = 0, int minute = 0) =>
        zone.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    // LEGAL-VERIFICATION §1, §3 and the statute texts (UU 1/2015, UU 8/2015, UU 10/2016; UU 7/2017 Pasal 454).
    [Theory]
    [InlineData("pilkada.report", "7 hari kalender", "UU 1/2015 jo. UU 8/2015", "Pasal 134 ayat (4)")]
    [InlineData("pilkada.follow-up", "3 hari kalender", "UU 1/2015 jo. UU 8/2015", "Pasal 134 ayat (5)")]
    [InlineData("pilkada.additional-information", "2 hari kalender", "UU 1/2015 jo. UU 8/2015", "Pasal 134 ayat (6)")]
    [InlineData("pilkada.forward-to-police", "24 jam", "UU 1/2015", "Pasal 135 ayat (2)")]
    [InlineData("pilkada.tsm-decision", "14 hari kerja", "UU 10/2016", "Pasal 135A ayat (2)")]
    [InlineData("pilkada.tsm-kpu-decision", "3 hari kerja", "UU 10/2016", "Pasal 135A ayat (4)")]
    [InlineData("pilkada.tsm-appeal", "3 hari kerja", "UU 10/2016", "Pasal 135A ayat (6)")]
    [InlineData("pilkada.tsm-supreme-court-decision", "14 hari kerja", "UU 10/2016", "Pasal 135A ayat (7)")]
    [InlineData("pilkada.kpu-administrative-decision", "7 hari kalender", "UU 1/2015", "Pasal 140 ayat (1)")]
    [InlineData("pilkada.dispute-decision", "12 hari kalender", "UU 1/2015", "Pasal 143 ayat (2)")]
    [InlineData("pilkada.kpu-dispute-follow-up", "3 hari kerja", "UU 10/2016", "Pasal 144 ayat (2)")]
    [InlineData("pilkada.investigation", "14 hari kerja", "UU 10/2016", "Pasal 146 ayat (3)")]
    [InlineData("pilkada.return-incomplete-file", "3 hari kerja", "UU 10/2016", "Pasal 146 ayat (4)")]
    [InlineData("pilkada.resubmit-file", "3 hari kerja", "UU 10/2016", "Pasal 146 ayat (5)")]
    [InlineData("pilkada.transfer-to-court", "5 hari kerja", "UU 10/2016", "Pasal 146 ayat (6)")]
    [InlineData("pilkada.court-decision", "7 hari kalender", "UU 1/2015", "Pasal 148 ayat (1)")]
    [InlineData("pilkada.appeal-filing", "3 hari kalender", "UU 1/2015", "Pasal 148 ayat (2)")]
    [InlineData("pilkada.appeal-transfer", "3 hari kalender", "UU 1/2015", "Pasal 148 ayat (3)")]
    [InlineData("pilkada.appeal-decision", "7 hari kalender", "UU 1/2015", "Pasal 148 ayat (4)")]
    [InlineData("pilkada.verdict-delivery", "3 hari kalender", "UU 1/2015", "Pasal 149 ayat (1)")]
    [InlineData("pilkada.verdict-execution", "3 hari kalender", "UU 1/2015", "Pasal 149 ayat (2)")]
    [InlineData("pilkada.mk-filing", "3 hari kerja", "UU 10/2016", "Pasal 157 ayat (5)")]
    [InlineData("pilkada.mk-petition-completion", "3 hari kerja", "UU 10/2016", "Pasal 157 ayat (7)")]
    [InlineData("pilkada.mk-decision", "45 hari kerja", "UU 10/2016", "Pasal 157 ayat (8)")]
    [InlineData("pemilu.finding", "7 hari kalender", "UU 7/2017", "Pasal 454 ayat (5)")]
    [InlineData("pemilu.report", "7 hari kerja", "UU 7/2017", "Pasal 454 ayat (6)")]
    [InlineData("pemilu.follow-up", "7 hari kalender", "UU 7/2017", "Pasal 454 ayat (7)")]
    [InlineData("pemilu.follow-up-additional-information", "14 hari kerja", "UU 7/2017", "Pasal 454 ayat (8)")]
    public void Each_statutory_rule_has_the_period_and_provision_of_the_statute(string id, string period, string instrument, string provision)
    {
        var rule = Assert.Single(PilkadaDeadlines.All.Concat(PemiluDeadlines.All), r => r.Id == id);

        Assert.Equal(period, rule.Period.ToString());
        Assert.Equal(instrument, rule.Source.Instrument);
        Assert.Equal(provision, rule.Source.Provision);
        Assert.NotNull(rule.ValidFrom);
    }

    [Fact]
    public void Every_statutory_rule_is_listed_once()
    {
        Assert.Equal(24, PilkadaDeadlines.All.Count);
        Assert.Equal(4, PemiluDeadlines.All.Count);
        Assert.Equal(28, PilkadaDeadlines.All.Concat(PemiluDeadlines.All).Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Regression_Pilkada_reports_are_due_in_7_calendar_days_not_7_working_days_as_misreported()
    {
        // Tribun Medan (27 Nov 2024) wrote "7 hari kerja" for Pilkada: that is the Pemilu rule (LEGAL-VERIFICATION §2).
        Assert.Equal(DeadlineUnit.CalendarDays, PilkadaDeadlines.Report.Period.Unit);
        Assert.Equal(DeadlineUnit.WorkingDays, PemiluDeadlines.Report.Period.Unit);

        var known = Local(Wib, 2024, 4, 1, 10);
        Assert.Equal(D(2024, 4, 8), PilkadaDeadlines.Report.Apply(known, Wib).LastDay);
        Assert.Equal(D(2024, 4, 18), PemiluDeadlines.Report.Apply(known, Wib).LastDay);
    }

    [Fact]
    public void The_Pemilu_rules_with_an_unqualified_hari_are_marked_uncertain()
    {
        Assert.Equal(SourceConfidence.Uncertain, PemiluDeadlines.FollowUp.Confidence);
        Assert.Equal(SourceConfidence.Uncertain, PemiluDeadlines.FindingDetermination.Confidence);
        Assert.All(PilkadaDeadlines.All, r => Assert.Equal(SourceConfidence.Confirmed, r.Confidence));
    }

    [Fact]
    public void A_violation_known_28_October_2024_in_Pangkalpinang_must_be_reported_by_the_end_of_4_November_WIB()
    {
        var pangkalpinang = RegionCatalog.Default[RegionCode.Parse("19.71")];

        var deadline = PilkadaDeadlines.Report.Apply(Local(Wib, 2024, 10, 28, 15), pangkalpinang);

        Assert.Equal(D(2024, 10, 29), deadline.FirstDay);
        Assert.Equal(D(2024, 11, 4), deadline.LastDay);
        Assert.Equal(Instant.FromUtc(2024, 11, 4, 17, 0), deadline.End);
        Assert.Equal(new LocalDateTime(2024, 11, 5, 0, 0), deadline.EndLocal.LocalDateTime);
        Assert.Equal(new LocalDateTime(2024, 11, 4, 23, 59, 59).PlusNanoseconds(999_999_999), deadline.LastMomentLocal);
        Assert.Equal(
            "Batas penyampaian laporan pelanggaran Pemilihan: 7 hari kalender sejak 28 Oktober 2024 15.00 WIB; hari terakhir 4 November 2024, sehingga batas waktu berakhir pada 5 November 2024 00.00 WIB (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4)).",
            deadline.Describe(PilkadaLanguage.Indonesian));
    }

    [Fact]
    public void A_report_on_2_November_for_a_violation_known_on_25_October_is_late()
    {
        var deadline = PilkadaDeadlines.Report.Apply(Local(Wita, 2024, 10, 25, 9), Wita);

        Assert.Equal(D(2024, 11, 1), deadline.LastDay);
        Assert.True(deadline.IsMetBy(Local(Wita, 2024, 11, 1, 23, 59)));
        Assert.False(deadline.IsMetBy(Local(Wita, 2024, 11, 2, 8)));
        Assert.True(deadline.IsOverdueAt(Local(Wita, 2024, 11, 2)));
        Assert.Equal(Duration.FromHours(1), deadline.RemainingAt(Local(Wita, 2024, 11, 1, 23)));
    }

    [Fact]
    public void The_same_instant_is_a_different_legal_day_in_WIB_and_WIT()
    {
        var instant = Instant.FromUtc(2024, 10, 25, 16, 30); // 23.30 WIB on 25 October, 01.30 WIT on 26 October

        Assert.Equal(D(2024, 11, 1), PilkadaDeadlines.Report.Apply(instant, Wib).LastDay);
        Assert.Equal(D(2024, 11, 2), PilkadaDeadlines.Report.Apply(instant, Wita).LastDay);
        Assert.Equal(D(2024, 11, 2), PilkadaDeadlines.Report.Apply(instant, Wit).LastDay);
        Assert.Equal(Instant.FromUtc(2024, 11, 1, 17, 0), PilkadaDeadlines.Report.Apply(instant, Wib).End);
        Assert.Equal(Instant.FromUtc(2024, 11, 2, 15, 0), PilkadaDeadlines.Report.Apply(instant, Wit).End);
    }

    [Fact]
    public void Forwarding_to_the_police_runs_exactly_1_x_24_hours_from_the_decision()
    {
        var decided = Local(Wita, 2024, 11, 20, 10);

        var deadline = PilkadaDeadlines.ForwardToPolice.Apply(decided, Wita);

        Assert.Null(deadline.LastDay);
        Assert.Equal(decided + Duration.FromHours(24), deadline.End);
        Assert.Equal(new LocalDateTime(2024, 11, 21, 10, 0), deadline.EndLocal.LocalDateTime);
    }

    // KPU DKI Jakarta set its result on Sunday 8 December 2024; the filing deadline at MK was 11 December 2024, 23.59 WIB
    // (liputanindo.id, in DOMAIN-BRIEF §1.4): three working days under Pasal 157 ayat (5).
    [Fact]
    public void The_MK_filing_deadline_for_Jakarta_2024_ends_with_11_December()
    {
        var deadline = PilkadaDeadlines.ConstitutionalCourtFiling.Apply(Local(Wib, 2024, 12, 8, 20), Wib);

        Assert.Equal(D(2024, 12, 9), deadline.FirstDay);
        Assert.Equal(D(2024, 12, 11), deadline.LastDay);
        Assert.Equal(D(2024, 12, 11), deadline.LastMomentLocal.Date);
        Assert.Equal(new LocalTime(23, 59, 59), deadline.LastMomentLocal.TimeOfDay.With(TimeAdjusters.TruncateToSecond));
    }

    [Fact]
    public void Gakkumdu_investigation_counts_14_working_days_across_Idul_Fitri_and_May_Day()
    {
        var received = Local(Wib, 2024, 4, 5, 10);

        var deadline = PilkadaDeadlines.Investigation.Apply(received, Wib);

        Assert.Equal(D(2024, 4, 16), deadline.FirstDay);
        Assert.Equal(D(2024, 5, 6), deadline.LastDay);
    }

    [Fact]
    public void Counting_the_start_day_as_day_1_reproduces_the_MK_PHPU_2024_count()
    {
        var rule = new DeadlineRule("test.mk-14", DeadlinePeriod.WorkingDays(14), "Contoh", "Example", new LegalReference("test"));
        var options = new DeadlineOptions { DayOne = DayOneConvention.StartDay };

        var deadline = rule.Apply(Local(Wib, 2024, 3, 25, 9), Wib, options: options);

        Assert.Equal(D(2024, 3, 25), deadline.FirstDay);
        Assert.Equal(D(2024, 4, 22), deadline.LastDay);
    }

    [Fact]
    public void Counting_the_start_day_as_day_1_shortens_a_calendar_day_period_by_one()
    {
        var options = new DeadlineOptions { DayOne = DayOneConvention.StartDay };

        var deadline = PilkadaDeadlines.Report.Apply(Local(Wib, 2024, 10, 25, 9), Wib, options: options);

        Assert.Equal(D(2024, 10, 25), deadline.FirstDay);
        Assert.Equal(D(2024, 10, 31), deadline.LastDay);
    }

    [Fact]
    public void Calendar_days_are_not_extended_over_holidays_unless_asked()
    {
        var known = Local(Wib, 2024, 4, 5, 10); // 7 days later is Friday 12 April 2024, cuti bersama

        var plain = PilkadaDeadlines.Report.Apply(known, Wib);
        var extended = PilkadaDeadlines.Report.Apply(known, Wib, options: new DeadlineOptions { ExtendCalendarDaysToWorkingDay = true });

        Assert.Equal(D(2024, 4, 12), plain.LastDay);
        Assert.False(plain.IsExtended);
        Assert.Equal(D(2024, 4, 16), extended.LastDay);
        Assert.Equal(D(2024, 4, 12), extended.UnextendedLastDay);
        Assert.EndsWith("The last day was moved from 12 April 2024, which is not a working day.", extended.Describe(PilkadaLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_is_not_applied_before_it_was_in_force()
    {
        // Before UU 8/2015 (18 March 2015) Pasal 1 angka 28 said "Hari adalah hari kerja".
        var ex = Assert.Throws<DeadlineRuleNotInForceException>(() => PilkadaDeadlines.Report.Apply(Local(Wib, 2014, 12, 1, 9), Wib));

        Assert.Equal("Deadline.NotYetInForce", ex.ErrorCode);
        Assert.Contains("18 March 2015", ex.Message, StringComparison.Ordinal);
        Assert.Contains("18 Maret 2015", ex.GetMessage(PilkadaLanguage.Indonesian), StringComparison.Ordinal);
        var retired = PilkadaDeadlines.Report with { ValidUntil = D(2025, 12, 31) };
        Assert.Equal("Deadline.NoLongerInForce", Assert.Throws<DeadlineRuleNotInForceException>(() => retired.Apply(Local(Wib, 2026, 1, 2), Wib)).ErrorCode);
    }

    [Fact]
    public void A_working_day_deadline_beyond_the_table_is_refused()
    {
        var ex = Assert.Throws<DateOutsideCoverageException>(() => PilkadaDeadlines.Investigation.Apply(Local(Wib, 2027, 12, 20), Wib));

        Assert.Equal("Calendar.ResultNotCovered", ex.ErrorCode);
    }

    [Fact]
    public void A_rule_checks_its_arguments()
    {
        var source = new LegalReference("test");

        Assert.Throws<ArgumentException>(() => new DeadlineRule("bad id", DeadlinePeriod.CalendarDays(1), "A", "A", source));
        Assert.Throws<ArgumentException>(() => new DeadlineRule("ok", default, "A", "A", source));
        Assert.Throws<ArgumentException>(() => new DeadlineRule("ok", DeadlinePeriod.CalendarDays(1), "", "A", source));
        Assert.Equal("pilkada.report: 7 hari kalender (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4))", PilkadaDeadlines.Report.ToString());
        Assert.Equal("Time limit to report a Pilkada violation", PilkadaDeadlines.Report.NameIn(PilkadaLanguage.English));
        Assert.True(PilkadaDeadlines.Report.IsInForceOn(D(2024, 11, 27)));
        Assert.False(PilkadaDeadlines.Investigation.IsInForceOn(D(2016, 6, 30)));
    }
}
