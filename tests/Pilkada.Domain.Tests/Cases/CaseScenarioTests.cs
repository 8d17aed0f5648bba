using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Tests.Infrastructure;
using Pilkada.Domain.Violations;
using static Pilkada.Domain.Tests.Infrastructure.CaseExamples;

namespace Pilkada.Domain.Tests.Cases;

/// <summary>
/// Cases built from the 2024 situations in the domain scenarios (articles 1 and 5) and from the brief's facts, through
/// the example files in <c>examples/cases/</c>.
/// </summary>
public class CaseScenarioTests
{
    private static CaseDeadline Single(ViolationCase @case, CaseDeadlineKind kind) => Assert.Single(@case.Deadlines, d => d.Kind == kind);

    // Article 1 (Kota Bima, 52.72): an ASN-neutrality report; Bawaslu's recommendation goes to BKN (after 24 August 2024,
    // domain brief §0.5 and §5.3); BKN recommends to the Pejabat Pembina Kepegawaian; the Pj Wali Kota, as the officer
    // who disciplines civil servants, imposes the sanction.
    [Fact]
    public void Article_1_Kota_Bima_neutrality_report_goes_to_BKN_and_is_sanctioned_by_the_Pejabat_Pembina_Kepegawaian()
    {
        var @case = Load("kota-bima-netralitas-asn.json");
        var state = @case.State;

        Assert.Equal(RegionCode.Parse("52.72"), @case.Region);
        Assert.Equal("Asia/Makassar", @case.Zone.Id);
        Assert.Equal(CaseStatus.Ditutup, state.Status);
        Assert.Equal(PublishedRegistration.Diregister, state.PublishedRegistration);
        Assert.Equal(PublishedOutcome.Pelanggaran, state.PublishedOutcome);
        Assert.Equal(ViolationCategory.PeraturanPerundanganLainnya, Assert.IsType<ViolationFound>(state.Decision).Category);

        var toBkn = state.Recommendations[0];
        Assert.Equal(InstitutionKind.Bkn, toBkn.To.Kind);
        Assert.True(toBkn.IssuedAt > Local("52.72", 2024, 8, 24));
        Assert.IsType<OnwardRecommendation>(toBkn.Settlement!.Outcome);

        var toPpk = state.Recommendations[1];
        Assert.Equal(InstitutionKind.PejabatPembinaKepegawaian, toPpk.To.Kind);
        Assert.Equal(InstitutionKind.Bkn, toPpk.IssuedBy!.Kind);
        var sanction = Assert.IsType<SanctionImposed>(toPpk.Settlement!.Outcome);
        Assert.Equal("PP94-2021/8-4-a", sanction.SanctionCode);
        Assert.Equal(DisciplineLevel.Berat, sanction.Sanction!.Level);
        Assert.Equal("Pejabat Pembina Kepegawaian Kota Bima (Wali Kota Bima)", toPpk.Settlement.By!.Name);
        Assert.Empty(state.OpenRecommendations);

        // The route on the decision date: Bawaslu Kota Bima → BKN → Pejabat Pembina Kepegawaian; both were reached.
        var routing = @case.Routing();
        Assert.Equal(RoutingMatter.NetralitasAsn, routing.Matter);
        Assert.Equal("Bawaslu Kota Bima", routing.Suggested!.Competent.Name);
        Assert.Equal(["BKN", "Pejabat Pembina Kepegawaian Kota Bima (Wali Kota Bima)"], routing.Suggested.Steps.Select(s => s.To.Name));
        Assert.Empty(routing.Pending);
        Assert.Empty(routing.Warnings);
    }

    // LEGAL-VERIFICATION §5: no day count for the PPK's follow-up in any primary text — listed as "no statutory deadline"
    // unless configured.
    [Fact]
    public void Article_1_the_Pejabat_Pembina_Kepegawaian_has_no_statutory_deadline_unless_one_is_configured()
    {
        var @case = Load("kota-bima-netralitas-asn.json");

        var unset = Single(@case, CaseDeadlineKind.PpkFollowUp);
        Assert.Null(unset.Rule);
        Assert.Null(unset.Due);
        Assert.Equal(CaseDeadlineStatus.Met, unset.Status);
        Assert.Equal("UU 5/2014 Pasal 32 ayat (3)", unset.Source.ToString());
        Assert.Null(@case.Regime.PpkFollowUp);

        // Configured as data (e.g. the 3 days of Kemendagri's warning letter of 2020), the deadline has a due date.
        var threeDays = new DeadlineRule("ppk.follow-up", DeadlinePeriod.CalendarDays(3), "Tindak lanjut PPK", "PPK follow-up",
            new LegalReference("Surat Kemendagri 2020", null, "the 3 days given to 67 kepala daerah (Tribun Lampung, 1 Nov 2020); an example"))
        {
            Confidence = SourceConfidence.Uncertain,
        };
        var header = @case.Header;
        var configured = ViolationCase.Replay(
            new CaseHeader(header.Id, LegalRegime.Pilkada.With(new LegalRegimeOptions { PpkFollowUp = threeDays }), header.Region, header.Zone, header.Contest),
            @case.Events);
        var ppk = Single(configured, CaseDeadlineKind.PpkFollowUp);
        Assert.Equal(new LocalDate(2024, 11, 17), ppk.LastDay);
        Assert.Equal(CaseDeadlineStatus.Late, ppk.Status); // acted on 21 November
        Assert.Equal(Duration.FromDays(3) + Duration.FromHours(10), ppk.Delay);
    }

    // Article 5 (Kota Pangkalpinang, 19.71): reports delivered at the KAHMI action on Friday 25 October 2024; Bawaslu does
    // its kajian awal with Bawaslu Provinsi Kepulauan Bangka Belitung ("bekerja secara hirarki"); the Pj Wali Kota visits on
    // Monday 28 October 2024.
    [Fact]
    public void Article_5_Pangkalpinang_report_after_the_KAHMI_rally_is_studied_with_Bawaslu_Provinsi()
    {
        var @case = Load("kota-pangkalpinang-aksi-kahmi.json");
        var coordination = Assert.IsType<CoordinationHeld>(@case.Events[1]);

        Assert.Equal(IsoDayOfWeek.Friday, @case.State.Laporan!.KnownOn!.Value.DayOfWeek);
        Assert.Equal(InstitutionKind.BawasluProvinsi, coordination.With.Kind);
        Assert.Equal("Bawaslu Provinsi Kepulauan Bangka Belitung", coordination.With.Name);
        // The province body is the next level of the oversight chain above the city's: hierarchical, not a transfer.
        var chain = InstitutionDirectory.Default.OversightChain(@case.Region, new LocalDate(2024, 10, 28));
        Assert.Equal(coordination.With, chain[1]);

        // At 15.00 WIB on the day of the visit: registered, the 3-day follow-up runs to the end of 31 October.
        var visit = Local("19.71", 2024, 10, 28, 15);
        var report = @case.DeadlinesAt(visit);
        Assert.Equal(CaseStatus.Diregistrasi, @case.AsOf(visit).State.Status);
        Assert.Equal(PublishedOutcome.DalamProses, @case.State.PublishedOutcome);
        var reportDeadline = Assert.Single(report.All, d => d.Kind == CaseDeadlineKind.Report);
        Assert.Equal(new LocalDate(2024, 11, 1), reportDeadline.LastDay); // 7 hari kalender from Friday 25 October
        Assert.Equal(CaseDeadlineStatus.Met, reportDeadline.Status);
        var followUp = Assert.Single(report.Due);
        Assert.Equal(CaseDeadlineKind.FollowUp, followUp.Kind);
        Assert.Equal(new LocalDate(2024, 10, 31), followUp.LastDay);
        Assert.Equal(Local("19.71", 2024, 11, 1), followUp.Due);
        Assert.Equal(Duration.FromDays(3) + Duration.FromHours(9), followUp.Remaining);
        Assert.Empty(report.Overdue);

        // Left undecided, the follow-up is overdue on 2 November at noon, by 1 day 12 hours.
        var later = @case.DeadlinesAt(Local("19.71", 2024, 11, 2, 12));
        var overdue = Assert.Single(later.Overdue);
        Assert.Equal(Duration.FromHours(36), overdue.Delay);
        Assert.Contains("lewat waktu 1 hari 12 jam", overdue.Describe(PilkadaLanguage.Indonesian), StringComparison.Ordinal);
    }

    // Domain brief §9.2 and cases-design: a report filed on 2 November for a violation known on 25 October is daluwarsa
    // (the last day was 1 November, UU 1/2015 Pasal 134 ayat (4)) and is not registered.
    [Fact]
    public void A_late_report_is_not_registered_as_daluwarsa()
    {
        var @case = Load("laporan-daluwarsa.json");
        var state = @case.State;

        Assert.Equal(CaseStatus.Ditutup, state.Status);
        Assert.True(state.IsNotRegistered);
        Assert.Equal(["Laporan.Formil.Daluwarsa"], state.UnmetRequirements);
        Assert.Equal(PublishedRegistration.TidakDiregister, state.PublishedRegistration);
        Assert.Equal(PublishedOutcome.TidakDitangani, state.PublishedOutcome);
        Assert.Equal([CaseStatus.Diterima, CaseStatus.TidakDiregistrasi, CaseStatus.Ditutup], state.History.Select(h => h.Status));

        var report = Single(@case, CaseDeadlineKind.Report);
        Assert.Equal(new LocalDate(2024, 11, 1), report.LastDay);
        Assert.Equal(CaseDeadlineStatus.Late, report.Status);
        Assert.Equal(Duration.FromMinutes((9 * 60) + 30), report.Delay); // filed 09.30 WITA on 2 November
        Assert.Equal(DeadlineUnit.CalendarDays, report.DayType);

        // Nothing else can happen to it but closing; registering it now is rejected.
        var notRegistered = ViolationCase.Replay(@case.Header, @case.Events.Take(2));
        var registering = notRegistered.Apply(new Registered(Local("52.72", 2024, 11, 3, 9), "late"));
        Assert.Equal(TransitionError.CaseNotRegistered, registering.Error);
        Assert.Contains("Laporan.Formil.Daluwarsa", registering.GetMessage(PilkadaLanguage.English), StringComparison.Ordinal);
    }

    // Domain brief §3.3: a report lacking syarat materiil is completed within 2 days (2 × 24 jam, practice) and then registered.
    [Fact]
    public void A_report_corrected_within_two_days_is_registered()
    {
        var @case = Load("laporan-diperbaiki.json");
        var state = @case.State;

        Assert.Equal(
            [CaseStatus.Diterima, CaseStatus.MenungguPerbaikan, CaseStatus.Diterima, CaseStatus.Diregistrasi, CaseStatus.DalamKajian, CaseStatus.Diputuskan, CaseStatus.Ditutup],
            state.History.Select(h => h.Status));
        Assert.NotNull(state.Laporan!.Incident); // the corrected report replaced the one filed
        Assert.Equal(PublishedOutcome.BukanPelanggaran, state.PublishedOutcome);

        var correction = Single(@case, CaseDeadlineKind.Correction);
        Assert.Equal(DeadlinePeriod.Hours(48), correction.Rule!.Period);
        Assert.Equal(SourceConfidence.Uncertain, correction.Confidence);
        Assert.Equal(Local("17.71", 2024, 11, 7, 11), correction.Due);
        Assert.Equal(CaseDeadlineStatus.Met, correction.Status);
        Assert.Equal(Local("17.71", 2024, 11, 6, 15), correction.MetAt);

        var followUp = Single(@case, CaseDeadlineKind.FollowUp);
        Assert.Equal(new LocalDate(2024, 11, 9), followUp.LastDay);
        Assert.Equal(CaseDeadlineStatus.Met, followUp.Status);
    }

    // Politik uang: UU 10/2016 Pasal 73 ayat (4), punished by Pasal 187A ayat (1); through Sentra Gakkumdu (1 × 24 jam,
    // 14/3/3/5 hari kerja, Pasal 135(2) and 146(3)–(6)) and the courts (7/3/7 hari, Pasal 148) to the final verdict. The
    // working-day counts skip 27 November 2024 (Keppres 33/2024), 25 December and the cuti bersama of 26 December 2024.
    [Theory]
    [InlineData(CaseDeadlineKind.Report, 0, "2024-11-27", CaseDeadlineStatus.Met)]
    [InlineData(CaseDeadlineKind.FollowUp, 0, "2024-11-25", CaseDeadlineStatus.Met)]
    [InlineData(CaseDeadlineKind.Investigation, 0, "2024-12-16", CaseDeadlineStatus.Met)]
    [InlineData(CaseDeadlineKind.ReturnIncompleteFile, 0, "2024-12-13", CaseDeadlineStatus.Met)]
    [InlineData(CaseDeadlineKind.TransferToCourt, 0, "2024-12-17", CaseDeadlineStatus.Lapsed)]
    [InlineData(CaseDeadlineKind.ResubmitFile, 0, "2024-12-17", CaseDeadlineStatus.Met)]
    [InlineData(CaseDeadlineKind.ReturnIncompleteFile, 1, "2024-12-19", CaseDeadlineStatus.Lapsed)]
    [InlineData(CaseDeadlineKind.TransferToCourt, 1, "2024-12-23", CaseDeadlineStatus.Met)]
    [InlineData(CaseDeadlineKind.CourtDecision, 0, "2024-12-26", CaseDeadlineStatus.Met)]
    [InlineData(CaseDeadlineKind.AppealFiling, 0, "2024-12-27", CaseDeadlineStatus.Met)]
    [InlineData(CaseDeadlineKind.AppealDecision, 0, "2025-01-03", CaseDeadlineStatus.Met)]
    public void Politik_uang_through_Sentra_Gakkumdu_every_step_has_its_deadline(CaseDeadlineKind kind, int occurrence, string lastDay, CaseDeadlineStatus status)
    {
        var @case = Load("politik-uang-gakkumdu.json");
        var deadline = @case.Deadlines.Where(d => d.Kind == kind).ElementAt(occurrence);

        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(lastDay).Value, deadline.LastDay);
        Assert.Equal(status, deadline.Status);
    }

    [Fact]
    public void Politik_uang_goes_to_Polri_within_24_hours_and_ends_with_a_final_verdict()
    {
        var @case = Load("politik-uang-gakkumdu.json");
        var state = @case.State;
        var decision = Assert.IsType<ViolationFound>(state.Decision);

        Assert.Equal(["UU10-2016/187A-1"], decision.Offences);
        Assert.Equal(OffenceCatalog.Default.Search("187A")[0].Code, decision.Offences[0]);
        Assert.Equal(GakkumduStage.FinalVerdict, state.Gakkumdu);
        Assert.Contains(state.History, h => h.Status == CaseStatus.BerkekuatanHukumTetap);

        var forward = Single(@case, CaseDeadlineKind.ForwardToPolice);
        Assert.Equal(DeadlinePeriod.Hours(24), forward.Rule!.Period);
        Assert.Null(forward.LastDay);
        Assert.Equal(Local("52.06", 2024, 11, 25, 10), forward.Due); // decided 24 November 10.00 WITA
        Assert.Equal(CaseDeadlineStatus.Met, forward.Status);

        var investigation = Single(@case, CaseDeadlineKind.Investigation);
        Assert.Equal(DeadlineUnit.WorkingDays, investigation.DayType);
        Assert.Equal("UU 10/2016 Pasal 146 ayat (3)", investigation.Source.ToString());
        Assert.Equal(DeadlineUnit.CalendarDays, Single(@case, CaseDeadlineKind.CourtDecision).DayType);
        Assert.DoesNotContain(@case.Deadlines, d => d.Status is CaseDeadlineStatus.Late or CaseDeadlineStatus.Overdue);

        var routing = @case.Routing();
        Assert.Equal(RoutingMatter.TindakPidana, routing.Matter);
        Assert.Equal("Bawaslu Kabupaten Bima", routing.Suggested!.Competent.Name);
        Assert.Empty(routing.Warnings);
        Assert.Empty(routing.Pending); // Polres by forwarding; the Kejaksaan, PN and PT by the Gakkumdu steps
    }

    [Fact]
    public void Politik_uang_before_the_berkas_leaves_the_police_still_has_the_prosecutor_and_courts_ahead()
    {
        var full = Load("politik-uang-gakkumdu.json");
        var investigating = ViolationCase.Replay(full.Header, full.Events.TakeWhile(e => e is not CaseFileToProsecutor));

        Assert.Equal(
            [InstitutionKind.Kejaksaan, InstitutionKind.PengadilanNegeri, InstitutionKind.PengadilanTinggi],
            investigating.Routing().Pending.Select(i => i.Kind));
    }

    // Domain brief §0.5 and §5.4: KASN handled neutrality cases until 23 August 2024; a case decided and recommended on
    // 20 August 2024 goes to KASN.
    [Fact]
    public void A_neutrality_case_of_20_August_2024_is_routed_to_KASN()
    {
        var @case = Load("netralitas-asn-kasn-2024-08-20.json");
        var routing = @case.Routing();

        Assert.Equal(["KASN", "Pejabat Pembina Kepegawaian Kota Bengkulu (Wali Kota Bengkulu)"], routing.Suggested!.Steps.Select(s => s.To.Name));
        Assert.Empty(routing.Warnings);
        Assert.Equal(["Pejabat Pembina Kepegawaian Kota Bengkulu (Wali Kota Bengkulu)"], routing.Pending.Select(i => i.Name));
        Assert.Equal(CaseStatus.Direkomendasikan, @case.State.Status);
        var open = Assert.Single(@case.State.OpenRecommendations);
        Assert.Equal(InstitutionKind.Kasn, open.To.Kind);
        Assert.Equal(CaseDeadlineStatus.NoStatutoryDeadline, Single(@case, CaseDeadlineKind.RecommendationFollowUp).Status);
    }

    [Fact]
    public void Recommending_to_BKN_on_20_August_2024_is_accepted_but_warned_about()
    {
        var kasnCase = Load("netralitas-asn-kasn-2024-08-20.json");
        var bkn = InstitutionDirectory.Default.Get(InstitutionKind.Bkn, default, new LocalDate(2024, 8, 20));
        var header = kasnCase.Header;
        var toBkn = ViolationCase.Replay(header, [.. kasnCase.Events.Take(3), new RecommendationIssued(Local("17.71", 2024, 8, 20, 10), bkn, "007/BKN")]);

        var warning = Assert.Single(toBkn.Routing().Warnings);
        Assert.Equal(RoutingWarningKind.AuthorityNotInForce, warning.Kind);
        Assert.Equal(3, warning.EventIndex);
        Assert.Contains("KASN", warning.Describe(PilkadaLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Forwarding_a_Kota_Bima_case_to_KASN_after_23_August_2024_is_warned_about()
    {
        var bima = Load("kota-bima-netralitas-asn.json");
        var kasn = new Institution(InstitutionKind.Kasn, default, "KASN");
        var toKasn = ViolationCase.Replay(bima.Header, [.. bima.Events.Take(4), new Forwarded(Local("52.72", 2024, 10, 13, 10), kasn)]);

        var warning = Assert.Single(toKasn.Routing().Warnings);
        Assert.Equal(RoutingWarningKind.AuthorityNotInForce, warning.Kind);
        Assert.Contains("BKN", warning.Describe(PilkadaLanguage.Indonesian), StringComparison.Ordinal);
        Assert.Equal(["BKN", "Pejabat Pembina Kepegawaian Kota Bima (Wali Kota Bima)"], toKasn.Routing().Pending.Select(i => i.Name));
    }

    [Fact]
    public void Forwarding_an_election_crime_to_DKPP_is_off_the_route()
    {
        var crime = Load("politik-uang-gakkumdu.json");
        var dkpp = new Institution(InstitutionKind.Dkpp, default, "DKPP");
        var offRoute = ViolationCase.Replay(crime.Header, [.. crime.Events.Take(4), new Forwarded(Local("52.06", 2024, 11, 24, 12), dkpp)]);

        var warning = Assert.Single(offRoute.Routing().Warnings);
        Assert.Equal(RoutingWarningKind.NotOnRoute, warning.Kind);
        Assert.Contains("Polres Kabupaten Bima", warning.Describe(PilkadaLanguage.English), StringComparison.Ordinal);
        Assert.Equal(GakkumduStage.AwaitingForwarding, offRoute.State.Gakkumdu); // DKPP is not Polri: the 1 × 24 jam still runs
    }
}
