using NodaTime;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Cases;

/// <summary>
/// The procedure of a case as a state machine: checks an event against the state (<see cref="Check"/>) and folds it in
/// (<see cref="Apply"/>). One instance folds a whole history in one pass, without allocating per event beyond the
/// history line and the lists that grow; <see cref="CaseState"/> freezes the result.
/// </summary>
internal sealed class CaseFold
{
    internal CaseStatus Status;
    internal CaseOrigin Origin;
    internal readonly List<CaseStep> History;
    internal Laporan? Laporan;
    internal Temuan? Temuan;
    internal Instant? ReceivedAt;
    internal string? RegisterNumber;
    internal Instant? RegisteredAt;
    internal IReadOnlyList<string> UnmetRequirements = [];
    internal bool CorrectionPending;
    internal Instant? CorrectionRequestedAt;
    internal Instant? AdditionalInformationRequestedAt;
    internal CaseDecision? Decision;
    internal Instant? DecidedAt;
    internal readonly List<CaseForward> Forwards;
    internal readonly List<CaseRecommendation> Recommendations;
    internal GakkumduStage Gakkumdu;
    internal bool Withdrawn;
    internal Instant? WithdrawnAt;
    internal bool NotRegisteredFinal;
    internal Instant? ClosedAt;
    internal string? ClosingReason;
    internal int EventCount;
    internal Instant? LastAt;
    internal CaseEventKind LastKind;
    private Dictionary<string, int>? _recommendationIndex;

    internal CaseFold(int capacity)
    {
        History = new List<CaseStep>(capacity);
        Forwards = [];
        Recommendations = [];
    }

    /// <summary>A fold that continues from a state.</summary>
    internal static CaseFold From(CaseState state, CaseEvent? lastEvent, int extra)
    {
        var fold = new CaseFold(state.History.Count + extra)
        {
            Status = state.Status,
            Origin = state.Origin,
            Laporan = state.Laporan,
            Temuan = state.Temuan,
            ReceivedAt = state.ReceivedAt,
            RegisterNumber = state.RegisterNumber,
            RegisteredAt = state.RegisteredAt,
            UnmetRequirements = state.UnmetRequirements,
            CorrectionPending = state.IsAwaitingCorrection,
            AdditionalInformationRequestedAt = state.AdditionalInformationRequestedAt,
            Decision = state.Decision,
            DecidedAt = state.DecidedAt,
            Gakkumdu = state.Gakkumdu,
            Withdrawn = state.IsWithdrawn,
            NotRegisteredFinal = state.IsNotRegistered,
            ClosedAt = state.ClosedAt,
            ClosingReason = state.ClosingReason,
            EventCount = state.EventCount,
            LastAt = state.LastEventAt,
            LastKind = lastEvent?.Kind ?? CaseEventKind.None,
        };
        fold.History.AddRange(state.History);
        fold.Forwards.AddRange(state.Forwards);
        fold.Recommendations.AddRange(state.Recommendations);
        foreach (var step in state.History)
        {
            if (step.Event == CaseEventKind.CorrectionRequested)
            {
                fold.CorrectionRequestedAt = step.At;
            }
            else if (step.Event == CaseEventKind.LaporanWithdrawn)
            {
                fold.WithdrawnAt = step.At;
            }
        }

        return fold;
    }

    /// <summary>Whether an event may follow; on rejection, the message arguments.</summary>
    internal TransitionError Check(CaseEvent e, CaseHeader header, out MessageArgument[] arguments)
    {
        var index = EventCount;
        var zone = header.Zone;
        arguments = [];

        if (InvalidValue(e) is { } invalid)
        {
            arguments = TransitionArguments.For(e, index, zone, new MessageArgument("field", invalid.Field), new MessageArgument("value", invalid.Value));
            return TransitionError.InvalidEvent;
        }

        if (ClosedAt is { } closedAt)
        {
            arguments = TransitionArguments.For(e, index, zone, new MessageArgument("closedAt", closedAt.InZone(zone)));
            return TransitionError.CaseClosed;
        }

        if (LastAt is { } lastAt && e.At < lastAt)
        {
            arguments = TransitionArguments.For(e, index, zone,
                new MessageArgument("previous", CaseEventKinds.TypeNameOf(LastKind)), new MessageArgument("previousAt", lastAt.InZone(zone)));
            return TransitionError.EventOutOfOrder;
        }

        var isIntake = e.Kind is CaseEventKind.LaporanReceived or CaseEventKind.TemuanRecorded;
        if (Origin == CaseOrigin.None)
        {
            if (!isIntake)
            {
                arguments = TransitionArguments.For(e, index, zone);
                return TransitionError.NotStarted;
            }

            var date = e.At.InZone(zone).Date;
            if (!header.Regime.IsInForceOn(date))
            {
                arguments = TransitionArguments.For(e, index, zone,
                    new MessageArgument("regime", header.Regime.Id), new MessageArgument("date", date),
                    new MessageArgument("validity", header.Regime.DescribeValidity(PilkadaLanguage.English)));
                return TransitionError.RegimeNotInForce;
            }

            return TransitionError.None;
        }

        if (isIntake)
        {
            arguments = TransitionArguments.For(e, index, zone,
                new MessageArgument("origin", Origin == CaseOrigin.Laporan ? "laporan-diterima" : "temuan-dicatat"),
                new MessageArgument("receivedAt", ReceivedAt?.InZone(zone)));
            return TransitionError.AlreadyStarted;
        }

        if (e.Kind == CaseEventKind.Closed)
        {
            return TransitionError.None;
        }

        if (Withdrawn)
        {
            arguments = TransitionArguments.For(e, index, zone, new MessageArgument("withdrawnAt", WithdrawnAt?.InZone(zone)));
            return TransitionError.CaseWithdrawn;
        }

        if (NotRegisteredFinal)
        {
            arguments = TransitionArguments.For(e, index, zone, new MessageArgument("requirements", string.Join(", ", UnmetRequirements)));
            return TransitionError.CaseNotRegistered;
        }

        var error = CheckProcedure(e);
        if (error != TransitionError.None)
        {
            arguments = ArgumentsFor(error, e, index, zone);
        }

        return error;
    }

    private TransitionError CheckProcedure(CaseEvent e)
    {
        var registered = RegisteredAt is not null;
        var decided = Decision is not null;
        switch (e.Kind)
        {
            case CaseEventKind.CorrectionRequested:
                return Origin != CaseOrigin.Laporan ? TransitionError.NotALaporan
                    : registered ? TransitionError.CorrectionAfterRegistration
                    : CorrectionPending ? TransitionError.CorrectionAlreadyRequested
                    : TransitionError.None;

            case CaseEventKind.LaporanCorrected:
                return Origin != CaseOrigin.Laporan ? TransitionError.NotALaporan
                    : !CorrectionPending ? TransitionError.CorrectionNotRequested
                    : TransitionError.None;

            case CaseEventKind.LaporanWithdrawn:
                return Origin != CaseOrigin.Laporan ? TransitionError.NotALaporan
                    : registered ? TransitionError.WithdrawnAfterRegistration
                    : TransitionError.None;

            case CaseEventKind.Registered:
            case CaseEventKind.NotRegistered:
                return registered ? TransitionError.AlreadyRegistered
                    : e.Kind == CaseEventKind.Registered && CorrectionPending ? TransitionError.CorrectionPending
                    : TransitionError.None;

            case CaseEventKind.ClarificationHeld:
                return !registered ? TransitionError.NotRegisteredYet
                    : decided ? TransitionError.AlreadyDecided
                    : TransitionError.None;

            case CaseEventKind.CoordinationHeld:
                return decided ? TransitionError.AlreadyDecided : TransitionError.None;

            case CaseEventKind.AdditionalInformationRequested:
                return Origin != CaseOrigin.Laporan ? TransitionError.NotALaporan
                    : !registered ? TransitionError.NotRegisteredYet
                    : decided ? TransitionError.AdditionalInformationAfterDecision
                    : AdditionalInformationRequestedAt is not null ? TransitionError.AdditionalInformationTwice
                    : TransitionError.None;

            case CaseEventKind.Decided:
                return !registered ? TransitionError.DecisionBeforeRegistration
                    : decided ? TransitionError.AlreadyDecided
                    : TransitionError.None;

            case CaseEventKind.Forwarded:
                return Decision is ViolationFound ? TransitionError.None : TransitionError.ForwardWithoutViolation;

            case CaseEventKind.RecommendationIssued:
            {
                var issued = (RecommendationIssued)e;
                return Decision is not ViolationFound ? TransitionError.RecommendationWithoutViolation
                    : FindRecommendation(issued.Number) >= 0 ? TransitionError.RecommendationNumberTaken
                    : issued.InResponseTo is { } earlier && FindRecommendation(earlier) < 0 ? TransitionError.UnknownRecommendation
                    : TransitionError.None;
            }

            case CaseEventKind.FollowUpRecorded:
                return FindRecommendation(((FollowUpRecorded)e).RecommendationNumber) < 0 ? TransitionError.UnknownRecommendation : TransitionError.None;

            default:
                if (e.Kind.IsGakkumduStep())
                {
                    if (Gakkumdu < GakkumduStage.Forwarded)
                    {
                        return TransitionError.GakkumduWithoutPidanaForward;
                    }

                    return Gakkumdu == RequiredStage(e.Kind) || (e.Kind == CaseEventKind.CaseTransferredToCourt && Gakkumdu == GakkumduStage.Prosecution)
                        ? TransitionError.None
                        : TransitionError.GakkumduOutOfOrder;
                }

                return TransitionError.None;
        }
    }

    private static GakkumduStage RequiredStage(CaseEventKind kind) => kind switch
    {
        CaseEventKind.InvestigationStarted => GakkumduStage.Forwarded,
        CaseEventKind.CaseFileToProsecutor => GakkumduStage.Investigation,
        CaseEventKind.CaseFileReturned => GakkumduStage.Prosecution,
        CaseEventKind.CaseFileResubmitted => GakkumduStage.FileReturned,
        CaseEventKind.CaseTransferredToCourt => GakkumduStage.Prosecution,
        CaseEventKind.DistrictCourtVerdict => GakkumduStage.Trial,
        CaseEventKind.AppealFiled => GakkumduStage.DistrictVerdict,
        CaseEventKind.HighCourtVerdict => GakkumduStage.Appeal,
        _ => GakkumduStage.None,
    };

    private static string ExpectedAfter(GakkumduStage stage) => stage switch
    {
        GakkumduStage.Forwarded => "penyidikan-dimulai",
        GakkumduStage.Investigation => "berkas-ke-penuntut-umum",
        GakkumduStage.Prosecution => "berkas-dikembalikan, pelimpahan-ke-pengadilan",
        GakkumduStage.FileReturned => "berkas-diserahkan-kembali",
        GakkumduStage.Trial => "putusan-pengadilan-negeri",
        GakkumduStage.DistrictVerdict => "banding-diajukan",
        GakkumduStage.Appeal => "putusan-pengadilan-tinggi",
        _ => "—",
    };

    private MessageArgument[] ArgumentsFor(TransitionError error, CaseEvent e, int index, DateTimeZone zone) => error switch
    {
        TransitionError.CorrectionAfterRegistration or TransitionError.WithdrawnAfterRegistration or TransitionError.AlreadyRegistered =>
            TransitionArguments.For(e, index, zone, new MessageArgument("registerNumber", RegisterNumber), new MessageArgument("registeredAt", RegisteredAt?.InZone(zone))),
        TransitionError.CorrectionAlreadyRequested or TransitionError.CorrectionPending =>
            TransitionArguments.For(e, index, zone, new MessageArgument("requestedAt", CorrectionRequestedAt?.InZone(zone)),
                new MessageArgument("requirements", string.Join(", ", UnmetRequirements))),
        TransitionError.AlreadyDecided or TransitionError.AdditionalInformationAfterDecision =>
            TransitionArguments.For(e, index, zone, new MessageArgument("decidedAt", DecidedAt?.InZone(zone)), new MessageArgument("decision", DecisionText(Decision))),
        TransitionError.AdditionalInformationTwice =>
            TransitionArguments.For(e, index, zone, new MessageArgument("requestedAt", AdditionalInformationRequestedAt?.InZone(zone))),
        TransitionError.ForwardWithoutViolation or TransitionError.RecommendationWithoutViolation or TransitionError.GakkumduWithoutPidanaForward =>
            TransitionArguments.For(e, index, zone, new MessageArgument("decision", DecisionText(Decision))),
        TransitionError.RecommendationNumberTaken =>
            TransitionArguments.For(e, index, zone, new MessageArgument("number", ((RecommendationIssued)e).Number),
                new MessageArgument("issuedAt", Recommendations[FindRecommendation(((RecommendationIssued)e).Number)].IssuedAt.InZone(zone))),
        TransitionError.UnknownRecommendation =>
            TransitionArguments.For(e, index, zone, new MessageArgument("number", e is FollowUpRecorded f ? f.RecommendationNumber : ((RecommendationIssued)e).InResponseTo),
                new MessageArgument("known", Recommendations.Count == 0 ? "—" : string.Join(", ", Recommendations.Select(r => r.Number)))),
        TransitionError.GakkumduOutOfOrder =>
            TransitionArguments.For(e, index, zone, new MessageArgument("stage", Gakkumdu.ToString()), new MessageArgument("expected", ExpectedAfter(Gakkumdu))),
        _ => TransitionArguments.For(e, index, zone),
    };

    internal static string DecisionText(CaseDecision? decision) => decision switch
    {
        null => "—",
        ViolationFound v => "pelanggaran (" + v.Category + ")",
        NotAViolation => "bukan-pelanggaran",
        HandlingStopped => "dihentikan",
        DisputeFound => "sengketa",
        _ => decision.GetType().Name,
    };

    /// <summary>Folds an accepted event in.</summary>
    internal void Apply(CaseEvent e)
    {
        var index = EventCount;
        switch (e.Kind)
        {
            case CaseEventKind.LaporanReceived:
                Origin = CaseOrigin.Laporan;
                Laporan = ((LaporanReceived)e).Laporan;
                ReceivedAt = e.At;
                Status = CaseStatus.Diterima;
                break;
            case CaseEventKind.TemuanRecorded:
                Origin = CaseOrigin.Temuan;
                Temuan = ((TemuanRecorded)e).Temuan;
                ReceivedAt = e.At;
                Status = CaseStatus.Diterima;
                break;
            case CaseEventKind.CorrectionRequested:
                CorrectionPending = true;
                CorrectionRequestedAt = e.At;
                UnmetRequirements = [.. ((CorrectionRequested)e).Requirements];
                Status = CaseStatus.MenungguPerbaikan;
                break;
            case CaseEventKind.LaporanCorrected:
                CorrectionPending = false;
                Laporan = ((LaporanCorrected)e).Laporan;
                Status = CaseStatus.Diterima;
                break;
            case CaseEventKind.LaporanWithdrawn:
                Withdrawn = true;
                WithdrawnAt = e.At;
                Status = CaseStatus.Dicabut;
                break;
            case CaseEventKind.Registered:
                RegisteredAt = e.At;
                RegisterNumber = ((Registered)e).RegisterNumber;
                UnmetRequirements = [];
                Status = CaseStatus.Diregistrasi;
                break;
            case CaseEventKind.NotRegistered:
                NotRegisteredFinal = true;
                CorrectionPending = false;
                UnmetRequirements = [.. ((NotRegistered)e).Requirements];
                Status = CaseStatus.TidakDiregistrasi;
                break;
            case CaseEventKind.ClarificationHeld:
                Status = CaseStatus.DalamKajian;
                break;
            case CaseEventKind.CoordinationHeld:
                if (RegisteredAt is not null)
                {
                    Status = CaseStatus.DalamKajian;
                }

                break;
            case CaseEventKind.AdditionalInformationRequested:
                AdditionalInformationRequestedAt = e.At;
                Status = CaseStatus.DalamKajian;
                break;
            case CaseEventKind.Decided:
                Decision = ((Decided)e).Decision;
                DecidedAt = e.At;
                if (Decision.IsElectionCrime)
                {
                    Gakkumdu = GakkumduStage.AwaitingForwarding;
                }

                Status = CaseStatus.Diputuskan;
                break;
            case CaseEventKind.Forwarded:
            {
                var to = ((Forwarded)e).To;
                Forwards.Add(new CaseForward(index, e.At, to));
                if (Gakkumdu == GakkumduStage.AwaitingForwarding && IsPolice(to.Kind))
                {
                    Gakkumdu = GakkumduStage.Forwarded;
                }

                if (Gakkumdu <= GakkumduStage.Forwarded && Status is CaseStatus.Diputuskan or CaseStatus.Diteruskan)
                {
                    Status = CaseStatus.Diteruskan;
                }

                break;
            }

            case CaseEventKind.RecommendationIssued:
            {
                var issued = (RecommendationIssued)e;
                _recommendationIndex ??= BuildIndex();
                if (issued.InResponseTo is { } earlier)
                {
                    AddFollowUp(earlier, new RecommendationFollowUp(index, e.At, new OnwardRecommendation(issued.Number), issued.IssuedBy));
                }

                _recommendationIndex[issued.Number] = Recommendations.Count;
                Recommendations.Add(new CaseRecommendation(index, e.At, issued.Number, issued.To, issued.IssuedBy));
                if (Gakkumdu <= GakkumduStage.Forwarded)
                {
                    Status = CaseStatus.Direkomendasikan;
                }

                break;
            }

            case CaseEventKind.FollowUpRecorded:
            {
                var followUp = (FollowUpRecorded)e;
                AddFollowUp(followUp.RecommendationNumber, new RecommendationFollowUp(index, e.At, followUp.Outcome, followUp.By));
                if (Gakkumdu <= GakkumduStage.Forwarded)
                {
                    Status = AnyOpenRecommendation() ? CaseStatus.Direkomendasikan : CaseStatus.Ditindaklanjuti;
                }

                break;
            }

            case CaseEventKind.InvestigationStarted:
            case CaseEventKind.CaseFileReturned:
                Gakkumdu = e.Kind == CaseEventKind.InvestigationStarted ? GakkumduStage.Investigation : GakkumduStage.FileReturned;
                Status = CaseStatus.DalamPenyidikan;
                break;
            case CaseEventKind.CaseFileToProsecutor:
            case CaseEventKind.CaseFileResubmitted:
                Gakkumdu = GakkumduStage.Prosecution;
                Status = CaseStatus.DalamPenuntutan;
                break;
            case CaseEventKind.CaseTransferredToCourt:
                Gakkumdu = GakkumduStage.Trial;
                Status = CaseStatus.DalamPersidangan;
                break;
            case CaseEventKind.DistrictCourtVerdict:
                Gakkumdu = GakkumduStage.DistrictVerdict;
                Status = CaseStatus.DiputusPengadilanNegeri;
                break;
            case CaseEventKind.AppealFiled:
                Gakkumdu = GakkumduStage.Appeal;
                Status = CaseStatus.Banding;
                break;
            case CaseEventKind.HighCourtVerdict:
                Gakkumdu = GakkumduStage.FinalVerdict;
                Status = CaseStatus.BerkekuatanHukumTetap;
                break;
            case CaseEventKind.Closed:
                ClosedAt = e.At;
                ClosingReason = ((Closed)e).Reason;
                Status = CaseStatus.Ditutup;
                break;
        }

        History.Add(new CaseStep(index, e.At, e.Kind, Status));
        EventCount = index + 1;
        LastAt = e.At;
        LastKind = e.Kind;
    }

    private void AddFollowUp(string number, RecommendationFollowUp followUp)
    {
        var at = FindRecommendation(number);
        var recommendation = Recommendations[at];
        Recommendations[at] = recommendation with { FollowUps = [.. recommendation.FollowUps, followUp] };
    }

    internal static bool IsPolice(InstitutionKind kind) => kind is InstitutionKind.Polri or InstitutionKind.SentraGakkumdu;

    private bool AnyOpenRecommendation()
    {
        foreach (var recommendation in Recommendations)
        {
            if (recommendation.IsOpen)
            {
                return true;
            }
        }

        return false;
    }

    private int FindRecommendation(string number)
    {
        if (Recommendations.Count == 0)
        {
            return -1;
        }

        _recommendationIndex ??= BuildIndex();
        return _recommendationIndex.TryGetValue(number, out var at) ? at : -1;
    }

    private Dictionary<string, int> BuildIndex()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Recommendations.Count; i++)
        {
            map[Recommendations[i].Number] = i;
        }

        return map;
    }

    /// <summary>The first missing, blank or undefined required value of an event, or <see langword="null"/>.</summary>
    private static (string Field, string Value)? InvalidValue(CaseEvent e)
    {
        switch (e)
        {
            case LaporanReceived { Laporan: null }:
            case LaporanCorrected { Laporan: null }:
                return ("laporan", "null");
            case TemuanRecorded { Temuan: null }:
                return ("temuan", "null");
            case CorrectionRequested c:
                return RequirementsProblem(c.Requirements);
            case NotRegistered n:
                return RequirementsProblem(n.Requirements);
            case Registered r when string.IsNullOrWhiteSpace(r.RegisterNumber):
                return ("registerNumber", Show(r.RegisterNumber));
            case CoordinationHeld c:
                return InstitutionProblem("with", c.With);
            case Decided d:
                return DecisionProblem(d.Decision);
            case Forwarded f:
                return InstitutionProblem("to", f.To);
            case RecommendationIssued r:
                if (InstitutionProblem("to", r.To) is { } toProblem)
                {
                    return toProblem;
                }

                if (string.IsNullOrWhiteSpace(r.Number))
                {
                    return ("number", Show(r.Number));
                }

                if (r.InResponseTo is { } earlier && string.IsNullOrWhiteSpace(earlier))
                {
                    return ("inResponseTo", Show(earlier));
                }

                return r.IssuedBy is null ? null : InstitutionProblem("issuedBy", r.IssuedBy);
            case FollowUpRecorded f:
                return string.IsNullOrWhiteSpace(f.RecommendationNumber) ? ("recommendationNumber", Show(f.RecommendationNumber))
                    : f.Outcome switch
                    {
                        null => ("outcome", "null"),
                        SanctionImposed s when string.IsNullOrWhiteSpace(s.SanctionCode) => ("outcome.sanctionCode", Show(s.SanctionCode)),
                        KpuAction k when string.IsNullOrWhiteSpace(k.Description) => ("outcome.description", Show(k.Description)),
                        OnwardRecommendation o when string.IsNullOrWhiteSpace(o.Number) => ("outcome.number", Show(o.Number)),
                        _ => f.By is not null ? InstitutionProblem("by", f.By) : null,
                    };
            case DistrictCourtVerdict v when !IsDefinedVerdict(v.Verdict):
                return ("verdict", v.Verdict.ToString());
            case HighCourtVerdict v when !IsDefinedVerdict(v.Verdict):
                return ("verdict", v.Verdict.ToString());
            default:
                return e.Kind == CaseEventKind.None ? ("type", "none") : null;
        }
    }

    private static bool IsDefinedVerdict(CourtVerdict verdict) => verdict is CourtVerdict.Convicted or CourtVerdict.Acquitted or CourtVerdict.ReleasedFromCharges;

    private static string Show(string? value) => value is null ? "null" : "\"" + value + "\"";

    private static (string, string)? RequirementsProblem(IReadOnlyList<string>? requirements)
    {
        if (requirements is null)
        {
            return ("requirements", "null");
        }

        if (requirements.Count == 0)
        {
            return ("requirements", "[]");
        }

        for (var i = 0; i < requirements.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(requirements[i]))
            {
                return ("requirements[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", Show(requirements[i]));
            }
        }

        return null;
    }

    private static (string, string)? InstitutionProblem(string field, Institution? institution) =>
        institution is null ? (field, "null")
        : institution.Kind == InstitutionKind.None || !Enum.IsDefined(institution.Kind) ? (field + ".kind", institution.Kind.ToString())
        : string.IsNullOrWhiteSpace(institution.Name) ? (field + ".name", Show(institution.Name))
        : null;

    private static (string, string)? DecisionProblem(CaseDecision? decision) => decision switch
    {
        null => ("decision", "null"),
        ViolationFound v when !v.Category.IsViolation() => ("decision.category", v.Category.ToString()),
        ViolationFound { Offences: null } => ("decision.offences", "null"),
        ViolationFound { Matter: { } matter } when matter == RoutingMatter.None || !Enum.IsDefined(matter) => ("decision.matter", matter.ToString()),
        HandlingStopped h when string.IsNullOrWhiteSpace(h.Reason) => ("decision.reason", Show(h.Reason)),
        _ => null,
    };
}
