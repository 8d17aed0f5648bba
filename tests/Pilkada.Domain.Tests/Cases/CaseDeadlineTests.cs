using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Cases;

/// <summary>The legal regimes and the deadlines a case lists, rule by rule, each from its provision.</summary>
public class CaseDeadlineTests
{
    private static readonly RegionCode Bima = RegionCode.Parse("52.72");
    private static readonly Institution Kpu = new(InstitutionKind.KpuKabupatenKota, Bima, "KPU Kota Bima");
    private static readonly Institution Dkpp = new(InstitutionKind.Dkpp, default, "DKPP");

    private static Instant At(int month, int day, int hour = 10, int minute = 0, int year = 2024) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(RegionTimeZones.GetDateTimeZone(Bima)).ToInstant();

    private static Laporan Report(LocalDate known, Instant filed) => new() { KnownOn = known, FiledAt = filed };

    private static ViolationCase Case(LegalRegime regime, params CaseEvent[] events) =>
        ViolationCase.Replay(ViolationCase.Create("D-1", regime, Bima).Header, events);

    private static CaseDeadline Only(ViolationCase @case, CaseDeadlineKind kind) => Assert.Single(@case.Deadlines, d => d.Kind == kind);

    // UU 1/2015 Pasal 134 ayat (4) as amended: 7 hari (calendar) in the Pilkada; UU 7/2017 Pasal 454 ayat (6): 7 hari kerja in the Pemilu.
    [Theory]
    [InlineData(LegalRegimeKind.Pilkada, "2024-11-01", DeadlineUnit.CalendarDays)]
    [InlineData(LegalRegimeKind.Pemilu, "2024-11-05", DeadlineUnit.WorkingDays)]
    public void The_report_deadline_depends_on_the_regime(LegalRegimeKind kind, string lastDay, DeadlineUnit unit)
    {
        var regime = LegalRegime.For(kind, new LocalDate(2024, 10, 25));
        var @case = Case(regime, new LaporanReceived(At(10, 26), Report(new LocalDate(2024, 10, 25), At(10, 26))));

        var report = Only(@case, CaseDeadlineKind.Report);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(lastDay).Value, report.LastDay);
        Assert.Equal(unit, report.DayType);
        Assert.Equal("Asia/Makassar", report.Zone.Id);
        Assert.Equal(At(10, 25, 0), report.Start);
    }

    // Pasal 134 ayat (5)–(6): 3 hari after registration; read in practice as at most 5 with additional information.
    [Fact]
    public void The_follow_up_runs_3_days_from_registration_and_5_with_additional_information()
    {
        var registered = Case(LegalRegime.Pilkada, new LaporanReceived(At(10, 1), Report(new LocalDate(2024, 10, 1), At(10, 1))), new Registered(At(10, 2, 15), "001"));
        var followUp = Only(registered, CaseDeadlineKind.FollowUp);
        Assert.Equal(new LocalDate(2024, 10, 5), followUp.LastDay);
        Assert.Equal("UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (5)", followUp.Source.ToString());
        Assert.Equal(SourceConfidence.Confirmed, followUp.Confidence);

        var extended = Only(registered.Apply(new AdditionalInformationRequested(At(10, 3))).GetCaseOrThrow(), CaseDeadlineKind.FollowUp);
        Assert.Equal(new LocalDate(2024, 10, 7), extended.LastDay);
        Assert.Equal(SourceConfidence.Uncertain, extended.Confidence);
        Assert.Contains("Pasal 134 ayat (5) dan (6)", extended.Source.ToString(), StringComparison.Ordinal);
        Assert.Equal(followUp.StartEventIndex, extended.StartEventIndex);
    }

    [Fact]
    public void Pemilu_follow_up_is_7_days_or_14_working_days_with_additional_information()
    {
        var registered = Case(LegalRegime.Pemilu, new LaporanReceived(At(10, 1), Report(new LocalDate(2024, 10, 1), At(10, 1))), new Registered(At(10, 2), "001"));
        Assert.Equal(new LocalDate(2024, 10, 9), Only(registered, CaseDeadlineKind.FollowUp).LastDay);

        var extended = Only(registered.Apply(new AdditionalInformationRequested(At(10, 3))).GetCaseOrThrow(), CaseDeadlineKind.FollowUp);
        Assert.Equal(DeadlineUnit.WorkingDays, extended.DayType);
        Assert.Equal(new LocalDate(2024, 10, 22), extended.LastDay); // 14 hari kerja after Wednesday 2 October
    }

    // Pasal 140 ayat (1): the KPU decides on an administrative recommendation within 7 days; an open recommendation past
    // it is overdue, and "nothing done" leaves it open.
    [Fact]
    public void An_open_recommendation_to_the_KPU_is_overdue_after_7_days()
    {
        var @case = Case(LegalRegime.Pilkada,
            new LaporanReceived(At(11, 1), Report(new LocalDate(2024, 11, 1), At(11, 1))),
            new Registered(At(11, 2), "001"),
            new Decided(At(11, 3), new ViolationFound(ViolationCategory.AdministrasiPemilihan)),
            new RecommendationIssued(At(11, 4, 9), Kpu, "R-1"),
            new FollowUpRecorded(At(11, 12), "R-1", new NoFollowUp()));

        var kpu = Only(@case, CaseDeadlineKind.KpuDecision);
        Assert.Equal(new LocalDate(2024, 11, 11), kpu.LastDay);
        Assert.Equal("R-1", kpu.Reference);
        Assert.Equal(CaseDeadlineStatus.Pending, kpu.Status);

        var report = @case.DeadlinesAt(At(11, 13, 12));
        var overdue = Assert.Single(report.Overdue);
        Assert.Equal(CaseDeadlineKind.KpuDecision, overdue.Kind);
        Assert.Equal(Duration.FromHours(36), overdue.Delay); // due at 00.00 on 12 November WITA
        Assert.Contains("overdue by 1 day 12 hours", overdue.Describe(PilkadaLanguage.English), StringComparison.Ordinal);

        var settled = @case.Apply(new FollowUpRecorded(At(11, 14), "R-1", new KpuAction("PSU di TPS 03"))).GetCaseOrThrow();
        var late = Only(settled, CaseDeadlineKind.KpuDecision);
        Assert.Equal(CaseDeadlineStatus.Late, late.Status);
        Assert.Equal(Duration.FromDays(2) + Duration.FromHours(10), late.Delay);
        Assert.Empty(settled.DeadlinesAt(At(11, 20)).Overdue);
    }

    [Fact]
    public void Closing_freezes_what_is_open_overdue_if_past_due_lapsed_otherwise()
    {
        var registered = Case(LegalRegime.Pilkada,
            new LaporanReceived(At(11, 1), Report(new LocalDate(2024, 11, 1), At(11, 1))),
            new Registered(At(11, 2, 12), "001"));

        var closedLate = Only(registered.Apply(new Closed(At(11, 7, 12))).GetCaseOrThrow(), CaseDeadlineKind.FollowUp);
        Assert.Equal(CaseDeadlineStatus.Overdue, closedLate.Status);
        Assert.Equal(Duration.FromHours(36), closedLate.Delay); // due at the end of 5 November
        var stillFrozen = registered.Apply(new Closed(At(11, 7, 12))).GetCaseOrThrow().DeadlinesAt(At(12, 31));
        Assert.Equal(Duration.FromHours(36), Assert.Single(stillFrozen.Overdue).Delay);

        var closedEarly = Only(registered.Apply(new Closed(At(11, 3))).GetCaseOrThrow(), CaseDeadlineKind.FollowUp);
        Assert.Equal(CaseDeadlineStatus.Lapsed, closedEarly.Status);
        Assert.Null(closedEarly.Delay);
    }

    // Pasal 135 ayat (2): 1 × 24 jam from the decision — hours, not days.
    [Fact]
    public void Forwarding_an_election_crime_is_due_24_hours_after_the_decision()
    {
        var decided = Case(LegalRegime.Pilkada,
            new LaporanReceived(At(11, 1), Report(new LocalDate(2024, 11, 1), At(11, 1))),
            new Registered(At(11, 2), "001"),
            new Decided(At(11, 3, 16, 30), new ViolationFound(ViolationCategory.TindakPidanaPemilihan)));

        var forward = Only(decided, CaseDeadlineKind.ForwardToPolice);
        Assert.Equal(At(11, 4, 16, 30), forward.Due);
        Assert.Equal(DeadlineUnit.Hours, forward.DayType);
        Assert.Equal(Duration.FromHours(1), decided.DeadlinesAt(At(11, 4, 17, 30)).Overdue.Single().Delay);

        // Forwarding to DKPP does not meet it; forwarding to Polri does.
        var wrong = decided.Apply(new Forwarded(At(11, 4, 9), Dkpp)).GetCaseOrThrow();
        Assert.Equal(CaseDeadlineStatus.Pending, Only(wrong, CaseDeadlineKind.ForwardToPolice).Status);
        var right = wrong.Apply(new Forwarded(At(11, 4, 10), new Institution(InstitutionKind.Polri, Bima, "Polres Kota Bima"))).GetCaseOrThrow();
        Assert.Equal(CaseDeadlineStatus.Met, Only(right, CaseDeadlineKind.ForwardToPolice).Status);
        Assert.Equal(At(11, 4, 10), Only(right, CaseDeadlineKind.Investigation).Start);
    }

    [Fact]
    public void No_appeal_in_3_days_lapses_the_appeal_deadline_rather_than_making_it_overdue()
    {
        var polres = new Institution(InstitutionKind.Polri, Bima, "Polres Kota Bima");
        var verdict = Case(LegalRegime.Pilkada,
            new LaporanReceived(At(11, 1), Report(new LocalDate(2024, 11, 1), At(11, 1))),
            new Registered(At(11, 2), "001"),
            new Decided(At(11, 3), new ViolationFound(ViolationCategory.TindakPidanaPemilihan)),
            new Forwarded(At(11, 3, 12), polres),
            new InvestigationStarted(At(11, 4)),
            new CaseFileToProsecutor(At(11, 15)),
            new CaseTransferredToCourt(At(11, 18)),
            new DistrictCourtVerdict(At(11, 22), CourtVerdict.Acquitted));

        var report = verdict.DeadlinesAt(At(12, 10));
        Assert.Equal(CaseDeadlineStatus.Lapsed, Assert.Single(report.All, d => d.Kind == CaseDeadlineKind.AppealFiling).Status);
        Assert.Equal(CaseDeadlineStatus.Lapsed, Assert.Single(report.All, d => d.Kind == CaseDeadlineKind.ReturnIncompleteFile).Status);
        Assert.Empty(report.Overdue);
    }

    [Fact]
    public void A_recommendation_to_DKPP_lists_no_statutory_deadline()
    {
        var @case = Case(LegalRegime.Pilkada,
            new LaporanReceived(At(11, 1), Report(new LocalDate(2024, 11, 1), At(11, 1))),
            new Registered(At(11, 2), "001"),
            new Decided(At(11, 3), new ViolationFound(ViolationCategory.KodeEtikPenyelenggara)),
            new RecommendationIssued(At(11, 4), Dkpp, "R-1"));

        var report = @case.DeadlinesAt(At(12, 31));
        var open = Assert.Single(report.WithoutStatutoryDeadline);
        Assert.Equal(CaseDeadlineKind.RecommendationFollowUp, open.Kind);
        Assert.Empty(report.Overdue);
        Assert.Contains("no statutory deadline", open.Describe(PilkadaLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Pemilu_regime_encodes_no_KPU_period()
    {
        var @case = Case(LegalRegime.Pemilu,
            new LaporanReceived(At(11, 1), Report(new LocalDate(2024, 11, 1), At(11, 1))),
            new Registered(At(11, 2), "001"),
            new Decided(At(11, 3), new ViolationFound(ViolationCategory.AdministrasiPemilihan)),
            new RecommendationIssued(At(11, 4), Kpu, "R-1"));

        var kpu = Only(@case, CaseDeadlineKind.KpuDecision);
        Assert.Equal(CaseDeadlineStatus.NotComputed, kpu.Status);
        Assert.Contains("pemilu-uu7-2017", kpu.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(@case.Deadlines, d => d.Kind == CaseDeadlineKind.ForwardToPolice);
    }

    [Fact]
    public void A_working_day_count_beyond_the_calendar_is_not_computed_rather_than_guessed()
    {
        var polres = new Institution(InstitutionKind.Polri, Bima, "Polres Kota Bima");
        var @case = Case(LegalRegime.Pilkada,
            new LaporanReceived(At(12, 20, year: 2027), Report(new LocalDate(2027, 12, 20), At(12, 20, year: 2027))),
            new Registered(At(12, 21, year: 2027), "001"),
            new Decided(At(12, 22, year: 2027), new ViolationFound(ViolationCategory.TindakPidanaPemilihan)),
            new Forwarded(At(12, 22, 12, year: 2027), polres));

        var investigation = Only(@case, CaseDeadlineKind.Investigation);
        Assert.Equal(CaseDeadlineStatus.NotComputed, investigation.Status);
        Assert.Null(investigation.Due);
        Assert.Contains("not computed", investigation.Describe(PilkadaLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Regimes_are_chosen_by_kind_and_date()
    {
        Assert.Same(LegalRegime.Pilkada, LegalRegime.For(LegalRegimeKind.Pilkada, new LocalDate(2024, 11, 27)));
        Assert.Same(LegalRegime.Pemilu, LegalRegime.For(LegalRegimeKind.Pemilu, new LocalDate(2024, 2, 14)));
        Assert.False(LegalRegime.TryFor(LegalRegimeKind.Pilkada, new LocalDate(2015, 12, 9), out _)); // before UU 10/2016
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalRegime.For(LegalRegimeKind.Pemilu, new LocalDate(2017, 8, 15)));
        Assert.Equal(new LocalDate(2016, 7, 1), LegalRegime.Pilkada.ValidFrom);
        Assert.True(LegalRegime.TryGet("pemilu-uu7-2017", out var pemilu) && pemilu == LegalRegime.Pemilu);
        Assert.Null(LegalRegime.Pilkada.PpkFollowUp);
        Assert.Null(LegalRegime.Pilkada.Finding);
        Assert.NotNull(LegalRegime.Pemilu.Finding);
        Assert.Null(LegalRegime.Pemilu.Investigation);
    }

    // LEGAL-VERIFICATION §3: the criminal-track rules of the Pilkada regime are the statute's, from PilkadaDeadlines.
    [Fact]
    public void The_Pilkada_regime_uses_the_statutory_rules()
    {
        var regime = LegalRegime.Pilkada;

        Assert.Same(PilkadaDeadlines.Report, regime.Report);
        Assert.Same(PilkadaDeadlines.FollowUp, regime.FollowUp);
        Assert.Same(PilkadaDeadlines.ForwardToPolice, regime.ForwardToPolice);
        Assert.Equal([14, 3, 3, 5], new[] { regime.Investigation!, regime.ReturnIncompleteFile!, regime.ResubmitFile!, regime.TransferToCourt! }.Select(r => r.Period.Count));
        Assert.All(new[] { regime.Investigation!, regime.ReturnIncompleteFile!, regime.ResubmitFile!, regime.TransferToCourt! }, r => Assert.Equal(DeadlineUnit.WorkingDays, r.Period.Unit));
        Assert.Equal([7, 3, 7], new[] { regime.CourtDecision!, regime.AppealFiling!, regime.AppealDecision! }.Select(r => r.Period.Count));
        Assert.All(new[] { regime.CourtDecision!, regime.AppealFiling!, regime.AppealDecision! }, r => Assert.Equal(DeadlineUnit.CalendarDays, r.Period.Unit));
        Assert.Equal(DeadlinePeriod.CalendarDays(7), regime.KpuAdministrativeDecision!.Period);
        Assert.Equal(DeadlinePeriod.CalendarDays(5), regime.FollowUpWithAdditionalInformation.Period);
        Assert.Equal(DeadlinePeriod.Hours(48), regime.Correction.Period);
        Assert.Equal(SourceConfidence.Uncertain, regime.Correction.Confidence);
    }

    [Fact]
    public void Options_replace_the_correction_period_and_the_day_one_convention()
    {
        var twoDays = new DeadlineRule("office.correction", DeadlinePeriod.CalendarDays(2), "Perbaikan", "Correction", new LegalReference("SOP contoh"));
        var regime = LegalRegime.Pilkada.With(new LegalRegimeOptions { Correction = twoDays, DeadlineOptions = new DeadlineOptions { DayOne = DayOneConvention.StartDay } });
        var @case = Case(regime,
            new LaporanReceived(At(10, 25), Report(new LocalDate(2024, 10, 25), At(10, 25))),
            new CorrectionRequested(At(10, 25, 11), ["Laporan.Materiil.Bukti"]));

        Assert.Equal(new LocalDate(2024, 10, 31), Only(@case, CaseDeadlineKind.Report).LastDay); // day 1 is 25 October itself
        Assert.Equal(new LocalDate(2024, 10, 26), Only(@case, CaseDeadlineKind.Correction).LastDay);
        Assert.Same(LegalRegime.Pilkada.Correction, LegalRegime.Pilkada.With(LegalRegimeOptions.None).Correction);
    }

    [Fact]
    public void A_report_deadline_counts_from_the_first_report_even_if_a_correction_changes_the_date()
    {
        var filed = Report(new LocalDate(2024, 10, 20), At(10, 25));
        var @case = Case(LegalRegime.Pilkada,
            new LaporanReceived(At(10, 25), filed),
            new CorrectionRequested(At(10, 25, 11), ["Laporan.Materiil.WaktuTempat"]),
            new LaporanCorrected(At(10, 26), filed with { KnownOn = new LocalDate(2024, 10, 10) }));

        var report = Only(@case, CaseDeadlineKind.Report);
        Assert.Equal(new LocalDate(2024, 10, 27), report.LastDay);
        Assert.Equal(CaseDeadlineStatus.Met, report.Status);
    }

    [Theory]
    [InlineData(0, "less than a minute", "kurang dari 1 menit")]
    [InlineData(61, "1 hour 1 minute", "1 jam 1 menit")]
    [InlineData(1440 * 3 + 120, "3 days 2 hours", "3 hari 2 jam")]
    public void Durations_are_written_in_days_hours_and_minutes(int minutes, string english, string indonesian)
    {
        Assert.Equal(english, CaseText.FormatDuration(Duration.FromMinutes(minutes), PilkadaLanguage.English));
        Assert.Equal(indonesian, CaseText.FormatDuration(Duration.FromMinutes(-minutes), PilkadaLanguage.Indonesian));
    }
}
