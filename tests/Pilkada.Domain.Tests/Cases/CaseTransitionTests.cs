using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Cases;

/// <summary>The procedure's rules, one by one: what is rejected, with which code and message, and that nothing changes.</summary>
public class CaseTransitionTests
{
    private static readonly RegionCode Bima = RegionCode.Parse("52.72");
    private static readonly Institution Polres = new(InstitutionKind.Polri, Bima, "Polres Kota Bima");
    private static readonly Institution Bkn = new(InstitutionKind.Bkn, default, "BKN");
    private static readonly Institution Ppk = new(InstitutionKind.PejabatPembinaKepegawaian, Bima, "Pejabat Pembina Kepegawaian Kota Bima (Wali Kota Bima)");

    private static Instant Day(int day, int hour = 10) => new LocalDateTime(2024, 10, day, hour, 0).InZoneStrictly(RegionTimeZones.GetDateTimeZone(Bima)).ToInstant();

    private static Laporan Report => new()
    {
        Pelapor = new Pelapor { Name = "Pelapor Contoh", Nik = "5272016609860003" },
        KnownOn = new LocalDate(2024, 10, 1),
        FiledAt = Day(2),
    };

    private static ViolationCase Empty => ViolationCase.Create("T-1", LegalRegime.Pilkada, Bima);

    private static ViolationCase With(params CaseEvent[] events) => ViolationCase.Replay(Empty.Header, events);

    private static ViolationCase Received => With(new LaporanReceived(Day(2), Report));

    private static ViolationCase Registered => With(new LaporanReceived(Day(2), Report), new Registered(Day(3), "001/Reg/LP/PW/Kota/52.72/X/2024"));

    private static ViolationCase DecidedAs(CaseDecision decision) =>
        With(new LaporanReceived(Day(2), Report), new Registered(Day(3), "001/Reg/LP/PW/Kota/52.72/X/2024"), new Decided(Day(4), decision));

    private static ViolationCase Pidana => DecidedAs(new ViolationFound(ViolationCategory.TindakPidanaPemilihan) { Offences = ["UU10-2016/187A-1"] });

    private static ViolationCase Neutrality => DecidedAs(new ViolationFound(ViolationCategory.PeraturanPerundanganLainnya) { Matter = RoutingMatter.NetralitasAsn });

    private static void AssertRejected(ViolationCase before, CaseEvent next, TransitionError error, params string[] mentions)
    {
        var transition = before.Apply(next);

        Assert.False(transition.IsAccepted);
        Assert.Equal(error, transition.Error);
        Assert.Same(before, transition.Case);
        Assert.Equal(before.Events.Count, transition.EventIndex);
        Assert.Same(next, transition.Event);
        Assert.Equal("Transition." + error, transition.MessageKey);
        var english = transition.GetMessage(PilkadaLanguage.English);
        var indonesian = transition.GetMessage(PilkadaLanguage.Indonesian);
        Assert.StartsWith($"event {before.Events.Count + 1} ({next.TypeName}, ", english, StringComparison.Ordinal);
        Assert.StartsWith($"peristiwa ke-{before.Events.Count + 1} ({next.TypeName}, ", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("{", english, StringComparison.Ordinal);
        Assert.DoesNotContain("{", indonesian, StringComparison.Ordinal);
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, english, StringComparison.Ordinal);
        }

        var exception = Assert.Throws<CaseTransitionException>(transition.GetCaseOrThrow);
        Assert.Equal(error, exception.Error);
    }

    [Fact]
    public void Registering_twice_is_rejected() =>
        AssertRejected(Registered, new Registered(Day(4), "002"), TransitionError.AlreadyRegistered, "001/Reg/LP/PW/Kota/52.72/X/2024", "3 October 2024 10:00 WITA");

    // Perbawaslu 8/2020: "Setelah Laporan diregister …, pelapor tidak dapat mencabut Laporan."
    [Fact]
    public void Withdrawing_after_registration_is_rejected() =>
        AssertRejected(Registered, new LaporanWithdrawn(Day(4)), TransitionError.WithdrawnAfterRegistration, "Perbawaslu 8/2020");

    [Fact]
    public void Withdrawing_before_registration_ends_the_case_but_for_closing()
    {
        var withdrawn = Received.Apply(new LaporanWithdrawn(Day(3), "pelapor mencabut")).GetCaseOrThrow();

        Assert.Equal(CaseStatus.Dicabut, withdrawn.State.Status);
        Assert.Equal(PublishedRegistration.Dicabut, withdrawn.State.PublishedRegistration);
        AssertRejected(withdrawn, new Registered(Day(4), "001"), TransitionError.CaseWithdrawn, "3 October 2024");
        Assert.True(withdrawn.Apply(new Closed(Day(4))).IsAccepted);
    }

    // Perbawaslu 8/2020: a report counts as received once written into the register; it is decided after that.
    [Fact]
    public void Deciding_before_registration_is_rejected() =>
        AssertRejected(Received, new Decided(Day(3), new NotAViolation()), TransitionError.DecisionBeforeRegistration, "Perbawaslu 8/2020");

    [Fact]
    public void Deciding_twice_is_rejected() =>
        AssertRejected(Pidana, new Decided(Day(5), new NotAViolation()), TransitionError.AlreadyDecided, "pelanggaran (TindakPidanaPemilihan)");

    [Fact]
    public void An_event_dated_before_the_previous_one_is_rejected() =>
        AssertRejected(Registered, new ClarificationHeld(Day(2)), TransitionError.EventOutOfOrder, "diregistrasi", "3 October 2024 10:00 WITA");

    [Fact]
    public void Events_at_the_same_instant_are_in_order() =>
        Assert.True(Registered.Apply(new ClarificationHeld(Day(3))).IsAccepted);

    [Fact]
    public void Nothing_follows_closing()
    {
        var closed = Registered.Apply(new Closed(Day(5), "selesai")).GetCaseOrThrow();

        AssertRejected(closed, new Closed(Day(6)), TransitionError.CaseClosed, "5 October 2024 10:00 WITA");
        AssertRejected(closed, new ClarificationHeld(Day(6)), TransitionError.CaseClosed);
    }

    [Fact]
    public void Correcting_without_a_request_is_rejected() =>
        AssertRejected(Received, new LaporanCorrected(Day(3), Report), TransitionError.CorrectionNotRequested);

    [Fact]
    public void A_correction_is_requested_once_at_a_time_and_before_registration()
    {
        var awaiting = Received.Apply(new CorrectionRequested(Day(2, 11), ["Laporan.Materiil.Bukti"])).GetCaseOrThrow();

        AssertRejected(awaiting, new CorrectionRequested(Day(3), ["Laporan.Materiil.Uraian"]), TransitionError.CorrectionAlreadyRequested, "Laporan.Materiil.Bukti");
        AssertRejected(awaiting, new Registered(Day(3), "001"), TransitionError.CorrectionPending, "Laporan.Materiil.Bukti");
        AssertRejected(Registered, new CorrectionRequested(Day(4), ["Laporan.Materiil.Bukti"]), TransitionError.CorrectionAfterRegistration);
        Assert.True(awaiting.Apply(new NotRegistered(Day(5), ["Laporan.Materiil.Bukti"])).IsAccepted);
    }

    [Fact]
    public void Forwarding_or_recommending_without_a_violation_is_rejected()
    {
        AssertRejected(Registered, new Forwarded(Day(4), Polres), TransitionError.ForwardWithoutViolation, "—");
        AssertRejected(DecidedAs(new NotAViolation()), new Forwarded(Day(5), Polres), TransitionError.ForwardWithoutViolation, "bukan-pelanggaran");
        AssertRejected(DecidedAs(new HandlingStopped("tidak cukup bukti")), new RecommendationIssued(Day(5), Bkn, "R-1"), TransitionError.RecommendationWithoutViolation, "dihentikan");
        AssertRejected(DecidedAs(new DisputeFound()), new RecommendationIssued(Day(5), Bkn, "R-1"), TransitionError.RecommendationWithoutViolation, "sengketa");
    }

    // UU 1/2015 Pasal 135 ayat (2); UU 10/2016 Pasal 146.
    [Fact]
    public void Gakkumdu_steps_need_a_pidana_decision_forwarded_to_Polri()
    {
        AssertRejected(Registered, new InvestigationStarted(Day(4)), TransitionError.GakkumduWithoutPidanaForward, "Pasal 135 ayat (2)");
        AssertRejected(Neutrality.Apply(new Forwarded(Day(5), Polres)).GetCaseOrThrow(), new InvestigationStarted(Day(6)), TransitionError.GakkumduWithoutPidanaForward);
        AssertRejected(Pidana, new InvestigationStarted(Day(5)), TransitionError.GakkumduWithoutPidanaForward);
        AssertRejected(Pidana.Apply(new Forwarded(Day(5), Bkn)).GetCaseOrThrow(), new InvestigationStarted(Day(6)), TransitionError.GakkumduWithoutPidanaForward);

        var gakkumdu = new Institution(InstitutionKind.SentraGakkumdu, Bima, "Sentra Gakkumdu Kota Bima");
        Assert.True(Pidana.Apply(new Forwarded(Day(5), gakkumdu)).GetCaseOrThrow().Apply(new InvestigationStarted(Day(6))).IsAccepted);
    }

    [Fact]
    public void Gakkumdu_steps_follow_the_order_of_Pasal_146_and_148()
    {
        var forwarded = Pidana.Apply(new Forwarded(Day(5), Polres)).GetCaseOrThrow();

        AssertRejected(forwarded, new CaseFileToProsecutor(Day(6)), TransitionError.GakkumduOutOfOrder, "penyidikan-dimulai");
        var investigating = forwarded.Apply(new InvestigationStarted(Day(6))).GetCaseOrThrow();
        AssertRejected(investigating, new CaseTransferredToCourt(Day(7)), TransitionError.GakkumduOutOfOrder, "berkas-ke-penuntut-umum");
        var prosecuting = investigating.Apply(new CaseFileToProsecutor(Day(8))).GetCaseOrThrow();
        AssertRejected(prosecuting, new CaseFileResubmitted(Day(9)), TransitionError.GakkumduOutOfOrder, "berkas-dikembalikan, pelimpahan-ke-pengadilan");
        AssertRejected(prosecuting, new DistrictCourtVerdict(Day(9), CourtVerdict.Convicted), TransitionError.GakkumduOutOfOrder);
        var trial = prosecuting.Apply(new CaseTransferredToCourt(Day(9))).GetCaseOrThrow();
        AssertRejected(trial, new AppealFiled(Day(10)), TransitionError.GakkumduOutOfOrder, "putusan-pengadilan-negeri");
        var verdict = trial.Apply(new DistrictCourtVerdict(Day(10), CourtVerdict.Convicted)).GetCaseOrThrow();
        AssertRejected(verdict, new HighCourtVerdict(Day(11), CourtVerdict.Convicted), TransitionError.GakkumduOutOfOrder, "banding-diajukan");
        var final = verdict.Apply(new AppealFiled(Day(11))).GetCaseOrThrow().Apply(new HighCourtVerdict(Day(12), CourtVerdict.Convicted)).GetCaseOrThrow();
        Assert.Equal(CaseStatus.BerkekuatanHukumTetap, final.State.Status);
        AssertRejected(final, new AppealFiled(Day(13)), TransitionError.GakkumduOutOfOrder, "FinalVerdict");
    }

    [Fact]
    public void A_follow_up_needs_an_issued_recommendation()
    {
        var recommended = Neutrality.Apply(new RecommendationIssued(Day(5), Bkn, "R-1")).GetCaseOrThrow();

        AssertRejected(recommended, new FollowUpRecorded(Day(6), "R-2", new NoFollowUp()), TransitionError.UnknownRecommendation, "R-2", "R-1");
        AssertRejected(recommended, new RecommendationIssued(Day(6), Ppk, "R-1"), TransitionError.RecommendationNumberTaken, "R-1", "5 October 2024");
        AssertRejected(recommended, new RecommendationIssued(Day(6), Ppk, "R-3") { IssuedBy = Bkn, InResponseTo = "R-9" }, TransitionError.UnknownRecommendation, "R-9");
        AssertRejected(Neutrality, new FollowUpRecorded(Day(6), "R-1", new NoFollowUp()), TransitionError.UnknownRecommendation, "—");
    }

    // UU 1/2015 Pasal 134 ayat (6): additional information from the reporter, once, before the decision.
    [Fact]
    public void Additional_information_is_asked_once_and_before_the_decision()
    {
        var asked = Registered.Apply(new AdditionalInformationRequested(Day(4))).GetCaseOrThrow();

        AssertRejected(asked, new AdditionalInformationRequested(Day(5)), TransitionError.AdditionalInformationTwice, "Pasal 134 ayat (6)", "4 October 2024");
        AssertRejected(Neutrality, new AdditionalInformationRequested(Day(5)), TransitionError.AdditionalInformationAfterDecision, "4 October 2024");
        AssertRejected(Received, new AdditionalInformationRequested(Day(3)), TransitionError.NotRegisteredYet);
    }

    [Fact]
    public void A_case_starts_with_one_report_or_finding()
    {
        AssertRejected(Empty, new Registered(Day(3), "001"), TransitionError.NotStarted, "laporan-diterima");
        AssertRejected(Received, new LaporanReceived(Day(3), Report), TransitionError.AlreadyStarted, "2 October 2024 10:00 WITA");
        AssertRejected(Received, new TemuanRecorded(Day(3), new Temuan()), TransitionError.AlreadyStarted);
    }

    [Fact]
    public void A_finding_has_no_reporter_to_correct_withdraw_or_ask()
    {
        var finding = With(new TemuanRecorded(Day(2), new Temuan { FoundOn = new LocalDate(2024, 10, 1) }));

        AssertRejected(finding, new CorrectionRequested(Day(3), ["Laporan.Materiil.Bukti"]), TransitionError.NotALaporan);
        AssertRejected(finding, new LaporanWithdrawn(Day(3)), TransitionError.NotALaporan);
        var registered = finding.Apply(new Registered(Day(3), "001/Reg/TM/PW/Kota/52.72/X/2024")).GetCaseOrThrow();
        AssertRejected(registered, new AdditionalInformationRequested(Day(4)), TransitionError.NotALaporan);
        Assert.Equal(CaseOrigin.Temuan, registered.State.Origin);
    }

    // A 2014 case is judged by 2014 rules: the UU 10/2016 regime does not apply before 1 July 2016.
    [Fact]
    public void A_case_is_judged_by_the_regime_in_force_when_it_starts()
    {
        var early = Instant.FromUtc(2016, 6, 30, 2, 0);

        AssertRejected(Empty, new LaporanReceived(early, Report), TransitionError.RegimeNotInForce, "pilkada-uu10-2016", "30 June 2016", "in force from 1 July 2016");
        var pemilu = ViolationCase.Create("P-1", LegalRegime.Pemilu, Bima);
        AssertRejected(pemilu, new LaporanReceived(Instant.FromUtc(2017, 8, 1, 2, 0), Report), TransitionError.RegimeNotInForce, "pemilu-uu7-2017");
    }

    [Fact]
    public void Clarification_belongs_between_registration_and_the_decision()
    {
        AssertRejected(Received, new ClarificationHeld(Day(3)), TransitionError.NotRegisteredYet);
        AssertRejected(Neutrality, new ClarificationHeld(Day(5)), TransitionError.AlreadyDecided);
        AssertRejected(Neutrality, new CoordinationHeld(Day(5), Bkn), TransitionError.AlreadyDecided);
        Assert.True(Received.Apply(new CoordinationHeld(Day(3), Bkn)).IsAccepted);
    }

    public static TheoryData<CaseEvent, string, string> InvalidEvents => new()
    {
        { new Registered(Day(4), " "), "registerNumber", "\" \"" },
        { new NotRegistered(Day(4), []), "requirements", "[]" },
        { new CorrectionRequested(Day(4), ["Laporan.Materiil.Bukti", ""]), "requirements[1]", "\"\"" },
        { new Decided(Day(4), null!), "decision", "null" },
        { new Decided(Day(4), new ViolationFound(ViolationCategory.SengketaPemilihan)), "decision.category", "SengketaPemilihan" },
        { new Decided(Day(4), new ViolationFound(ViolationCategory.None)), "decision.category", "None" },
        { new Decided(Day(4), new HandlingStopped(" ")), "decision.reason", "\" \"" },
        { new Forwarded(Day(4), null!), "to", "null" },
        { new Forwarded(Day(4), new Institution(InstitutionKind.None, default, "x")), "to.kind", "None" },
        { new RecommendationIssued(Day(4), Bkn, ""), "number", "\"\"" },
        { new FollowUpRecorded(Day(4), "R-1", null!), "outcome", "null" },
        { new FollowUpRecorded(Day(4), "R-1", new SanctionImposed(" ")), "outcome.sanctionCode", "\" \"" },
        { new DistrictCourtVerdict(Day(4), CourtVerdict.None), "verdict", "None" },
        { new LaporanCorrected(Day(4), null!), "laporan", "null" },
    };

    [Theory]
    [MemberData(nameof(InvalidEvents))]
    public void A_missing_or_blank_required_value_is_rejected_naming_it(CaseEvent invalid, string field, string value) =>
        AssertRejected(Registered, invalid, TransitionError.InvalidEvent, $"the value '{field}' is missing or invalid (value: {value})");

    [Fact]
    public void Apply_all_stops_at_the_first_rejected_event_and_keeps_the_accepted_ones()
    {
        var transition = Empty.ApplyAll([new LaporanReceived(Day(2), Report), new Registered(Day(3), "001"), new LaporanWithdrawn(Day(4)), new Closed(Day(5))]);

        Assert.Equal(TransitionError.WithdrawnAfterRegistration, transition.Error);
        Assert.Equal(2, transition.EventIndex);
        Assert.Equal(2, transition.Case.Events.Count);
        var exception = Assert.Throws<CaseTransitionException>(() => ViolationCase.Replay(Empty.Header, [new LaporanReceived(Day(2), Report), new Registered(Day(3), "001"), new LaporanWithdrawn(Day(4))]));
        Assert.Equal(2, exception.EventIndex);
        Assert.Contains("event 3 (laporan-dicabut", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Statuses_follow_the_procedure()
    {
        var @case = Neutrality
            .Apply(new RecommendationIssued(Day(5), Bkn, "R-1")).GetCaseOrThrow()
            .Apply(new RecommendationIssued(Day(20), Ppk, "R-2") { IssuedBy = Bkn, InResponseTo = "R-1" }).GetCaseOrThrow();

        Assert.Equal(CaseStatus.Direkomendasikan, @case.State.Status);
        Assert.Equal(["R-2"], @case.State.OpenRecommendations.Select(r => r.Number));
        var sanctioned = @case.Apply(new FollowUpRecorded(Day(25), "R-2", new NoFollowUp())).GetCaseOrThrow();
        Assert.Equal(CaseStatus.Direkomendasikan, sanctioned.State.Status); // "nothing done" keeps it open
        sanctioned = sanctioned.Apply(new FollowUpRecorded(Day(28), "R-2", SanctionImposed.Of(SanctionLadders.Pp94Of2021.Sanctions[1])) { By = Ppk }).GetCaseOrThrow();
        Assert.Equal(CaseStatus.Ditindaklanjuti, sanctioned.State.Status);
        Assert.Empty(sanctioned.State.OpenRecommendations);
        Assert.Equal(
            [CaseStatus.Diterima, CaseStatus.Diregistrasi, CaseStatus.Diputuskan, CaseStatus.Direkomendasikan, CaseStatus.Direkomendasikan, CaseStatus.Direkomendasikan, CaseStatus.Ditindaklanjuti],
            sanctioned.State.History.Select(h => h.Status));
    }

    [Fact]
    public void An_event_never_shows_its_payload_in_ToString()
    {
        var received = new LaporanReceived(Instant.FromUtc(2024, 10, 2, 2, 0), Report);

        Assert.Equal("laporan-diterima 2024-10-02T02:00:00Z", received.ToString());
        Assert.DoesNotContain("Pelapor", received.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_event_kind_has_a_name_a_description_and_a_JSON_discriminator()
    {
        Assert.Equal(23, CaseEventKinds.All.Count);
        foreach (var kind in CaseEventKinds.All)
        {
            Assert.NotEqual(string.Empty, CaseEventKinds.TypeNameOf(kind));
            Assert.NotEqual(kind.ToString(), kind.Describe(PilkadaLanguage.Indonesian));
        }

        Assert.Equal(CaseEventKinds.All.Count, CaseEventKinds.All.Select(CaseEventKinds.TypeNameOf).Distinct().Count());
    }
}
