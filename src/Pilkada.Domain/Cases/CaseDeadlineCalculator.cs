using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Institutions;

namespace Pilkada.Domain.Cases;

/// <summary>
/// Walks a case's events once and lists its deadlines: which event starts each, which meets it, and which ends the
/// case's handling (withdrawn, not registered, closed), freezing what is still open.
/// </summary>
/// <remarks>
/// Conventions (documented on <see cref="CaseDeadlineKind"/> and in the README):
/// the report deadline runs from the start of the day the violation became known (the first report that states it)
/// and is met by the filing instant (<see cref="Laporan.FiledAt"/>, else the receipt); the follow-up is met by the
/// decision; a forwarding is taken as received the moment it is sent; a recommendation is settled by the first
/// follow-up other than "nothing done".
/// </remarks>
internal static class CaseDeadlineCalculator
{
    private static readonly LegalReference PpkWithoutPeriod = new(
        "UU 5/2014",
        "Pasal 32 ayat (3)",
        "the Pejabat Pembina Kepegawaian must act on the recommendation (\"wajib ditindaklanjuti\"); no day count is set in any primary text read (LEGAL-VERIFICATION §5); set LegalRegimeOptions.PpkFollowUp");

    private static readonly LegalReference OtherWithoutPeriod = new(
        "UU 10/2016",
        "Pasal 30 huruf e",
        "forwarded to the competent agency; UU Pilkada sets it no period to act");

    internal static IReadOnlyList<CaseDeadline> Compute(ViolationCase @case, WorkingDayCalendar? calendar)
    {
        var state = new Walk(@case, calendar ?? WorkingDayCalendar.Default);
        var events = @case.Events;
        for (var i = 0; i < events.Count; i++)
        {
            state.Visit(events[i], i);
        }

        return [.. state.All.Select(b => b.Build())];
    }

    private sealed class Builder
    {
        public CaseDeadlineKind Kind;
        public DeadlineRule? Rule;
        public LegalReference Source = null!;
        public DateTimeZone Zone = null!;
        public Instant Start;
        public int StartIndex;
        public string? Reference;
        public Instant? Due;
        public LocalDate? LastDay;
        public Instant? MetAt;
        public int? MetIndex;
        public CaseDeadlineStatus Status;
        public Duration? Delay;
        public bool Optional;
        public string? Note;

        public bool IsPending => Status == CaseDeadlineStatus.Pending;

        public CaseDeadline Build() => new()
        {
            Kind = Kind,
            Rule = Rule,
            Source = Source,
            Zone = Zone,
            Start = Start,
            StartEventIndex = StartIndex,
            Reference = Reference,
            Due = Due,
            LastDay = LastDay,
            MetAt = MetAt,
            MetEventIndex = MetIndex,
            Status = Status,
            Delay = Delay,
            IsOptional = Optional,
            Note = Note,
        };
    }

    private sealed class Walk(ViolationCase @case, WorkingDayCalendar calendar)
    {
        private readonly LegalRegime _regime = @case.Regime;
        private readonly DateTimeZone _zone = @case.Zone;
        private readonly Dictionary<string, Builder> _recommendations = new(StringComparer.Ordinal);
        private Builder? _report;
        private Instant? _filedAt;
        private Builder? _correction;
        private Builder? _followUp;
        private Builder? _forwardToPolice;
        private Builder? _investigation;
        private Builder? _returnWindow;
        private Builder? _transfer;
        private Builder? _resubmit;
        private Builder? _courtDecision;
        private Builder? _appealFiling;
        private Builder? _appealDecision;
        private bool _pidana;
        private bool _ended;

        public List<Builder> All { get; } = [];

        public void Visit(CaseEvent e, int index)
        {
            switch (e)
            {
                case LaporanReceived received:
                    _filedAt = received.Laporan.FiledAt ?? e.At;
                    OpenReport(received.Laporan, index);
                    break;
                case TemuanRecorded recorded when _regime.Finding is { } finding && recorded.Temuan.FoundOn is { } foundOn:
                {
                    var builder = Open(CaseDeadlineKind.Finding, finding, _zone.AtStartOfDay(foundOn).ToInstant(), index);
                    Meet(builder, recorded.Temuan.RecordedAt ?? e.At, index);
                    break;
                }

                case CorrectionRequested:
                    _correction = Open(CaseDeadlineKind.Correction, _regime.Correction, e.At, index);
                    break;
                case LaporanCorrected corrected:
                    Meet(_correction, e.At, index);
                    if (_report is null)
                    {
                        OpenReport(corrected.Laporan, index);
                    }

                    break;
                case Registered:
                    _followUp = Open(CaseDeadlineKind.FollowUp, _regime.FollowUp, e.At, index);
                    break;
                case AdditionalInformationRequested when _followUp is { IsPending: true } followUp:
                    Recount(followUp, _regime.FollowUpWithAdditionalInformation);
                    break;
                case Decided decided:
                    Meet(_followUp, e.At, index);
                    if (decided.Decision.IsElectionCrime && _regime.ForwardToPolice is { } forward)
                    {
                        _pidana = true;
                        _forwardToPolice = Open(CaseDeadlineKind.ForwardToPolice, forward, e.At, index);
                    }

                    break;
                case Forwarded forwarded when _pidana && CaseFold.IsPolice(forwarded.To.Kind):
                    Meet(_forwardToPolice, e.At, index);
                    if (_investigation is null && _regime.Investigation is { } investigation)
                    {
                        _investigation = Open(CaseDeadlineKind.Investigation, investigation, e.At, index);
                    }

                    break;
                case RecommendationIssued issued:
                    if (issued.InResponseTo is { } earlier && _recommendations.TryGetValue(earlier, out var answered))
                    {
                        Meet(answered, e.At, index);
                    }

                    _recommendations[issued.Number] = OpenRecommendation(issued, index);
                    break;
                case FollowUpRecorded followUp when followUp.Outcome.SettlesRecommendation:
                    if (_recommendations.TryGetValue(followUp.RecommendationNumber, out var recommendation) && recommendation.MetAt is null)
                    {
                        Meet(recommendation, e.At, index);
                    }

                    break;
                case CaseFileToProsecutor:
                case CaseFileResubmitted:
                    Meet(e is CaseFileToProsecutor ? _investigation : _resubmit, e.At, index);
                    _returnWindow = OpenIf(CaseDeadlineKind.ReturnIncompleteFile, _regime.ReturnIncompleteFile, e.At, index, optional: true);
                    _transfer = OpenIf(CaseDeadlineKind.TransferToCourt, _regime.TransferToCourt, e.At, index);
                    break;
                case CaseFileReturned:
                    Meet(_returnWindow, e.At, index);
                    Lapse(_transfer);
                    _resubmit = OpenIf(CaseDeadlineKind.ResubmitFile, _regime.ResubmitFile, e.At, index);
                    break;
                case CaseTransferredToCourt:
                    Meet(_transfer, e.At, index);
                    Lapse(_returnWindow);
                    _courtDecision = OpenIf(CaseDeadlineKind.CourtDecision, _regime.CourtDecision, e.At, index);
                    break;
                case DistrictCourtVerdict:
                    Meet(_courtDecision, e.At, index);
                    _appealFiling = OpenIf(CaseDeadlineKind.AppealFiling, _regime.AppealFiling, e.At, index, optional: true);
                    break;
                case AppealFiled:
                    Meet(_appealFiling, e.At, index);
                    _appealDecision = OpenIf(CaseDeadlineKind.AppealDecision, _regime.AppealDecision, e.At, index);
                    break;
                case HighCourtVerdict:
                    Meet(_appealDecision, e.At, index);
                    break;
                case LaporanWithdrawn:
                case NotRegistered:
                case Closed:
                    End(e.At);
                    break;
            }
        }

        private void OpenReport(Laporan laporan, int index)
        {
            if (laporan.KnownOn is not { } knownOn || _filedAt is not { } filedAt)
            {
                return;
            }

            _report = Open(CaseDeadlineKind.Report, _regime.Report, _zone.AtStartOfDay(knownOn).ToInstant(), index);
            Meet(_report, filedAt, 0);
        }

        private Builder OpenRecommendation(RecommendationIssued issued, int index)
        {
            Builder builder;
            if (issued.To.Kind is InstitutionKind.KpuRI or InstitutionKind.KpuProvinsi or InstitutionKind.KpuKabupatenKota)
            {
                builder = _regime.KpuAdministrativeDecision is { } kpu
                    ? Open(CaseDeadlineKind.KpuDecision, kpu, issued.At, index)
                    : NotEncoded(CaseDeadlineKind.KpuDecision, issued.At, index);
            }
            else if (issued.To.Kind == InstitutionKind.PejabatPembinaKepegawaian)
            {
                builder = _regime.PpkFollowUp is { } ppk
                    ? Open(CaseDeadlineKind.PpkFollowUp, ppk, issued.At, index)
                    : WithoutPeriod(CaseDeadlineKind.PpkFollowUp, PpkWithoutPeriod, issued.At, index);
            }
            else
            {
                builder = WithoutPeriod(CaseDeadlineKind.RecommendationFollowUp, OtherWithoutPeriod, issued.At, index);
            }

            builder.Reference = issued.Number;
            return builder;
        }

        private Builder? OpenIf(CaseDeadlineKind kind, DeadlineRule? rule, Instant start, int index, bool optional = false) =>
            rule is null ? null : Open(kind, rule, start, index, optional);

        private Builder Open(CaseDeadlineKind kind, DeadlineRule rule, Instant start, int index, bool optional = false)
        {
            var builder = new Builder
            {
                Kind = kind,
                Rule = rule,
                Source = rule.Source,
                Zone = _zone,
                Start = start,
                StartIndex = index,
                Optional = optional,
                Status = CaseDeadlineStatus.Pending,
            };
            Count(builder, rule);
            All.Add(builder);
            return builder;
        }

        private void Recount(Builder builder, DeadlineRule rule)
        {
            builder.Rule = rule;
            builder.Source = rule.Source;
            Count(builder, rule);
        }

        private void Count(Builder builder, DeadlineRule rule)
        {
            try
            {
                var deadline = rule.Apply(builder.Start, _zone, calendar, _regime.DeadlineOptions);
                builder.Due = deadline.End;
                builder.LastDay = deadline.LastDay;
            }
            catch (DeadlineRuleNotInForceException ex)
            {
                builder.Status = CaseDeadlineStatus.NotComputed;
                builder.Note = ex.Message;
            }
            catch (DateOutsideCoverageException ex)
            {
                builder.Status = CaseDeadlineStatus.NotComputed;
                builder.Note = ex.Message;
            }
        }

        private Builder WithoutPeriod(CaseDeadlineKind kind, LegalReference source, Instant start, int index)
        {
            var builder = new Builder
            {
                Kind = kind,
                Source = source,
                Zone = _zone,
                Start = start,
                StartIndex = index,
                Status = CaseDeadlineStatus.NoStatutoryDeadline,
            };
            All.Add(builder);
            return builder;
        }

        private Builder NotEncoded(CaseDeadlineKind kind, Instant start, int index)
        {
            var builder = WithoutPeriod(kind, _regime.Basis, start, index);
            builder.Status = CaseDeadlineStatus.NotComputed;
            builder.Note = "The regime " + _regime.Id + " does not encode this period.";
            return builder;
        }

        private static void Meet(Builder? builder, Instant at, int index)
        {
            if (builder is null || builder.MetAt is not null)
            {
                return;
            }

            builder.MetAt = at;
            builder.MetIndex = index;
            switch (builder.Status)
            {
                case CaseDeadlineStatus.Pending when builder.Due is { } due && at >= due:
                    builder.Status = CaseDeadlineStatus.Late;
                    builder.Delay = at - due;
                    break;
                case CaseDeadlineStatus.Pending:
                case CaseDeadlineStatus.NoStatutoryDeadline:
                    builder.Status = CaseDeadlineStatus.Met;
                    break;
            }
        }

        private static void Lapse(Builder? builder)
        {
            if (builder is { IsPending: true })
            {
                builder.Status = CaseDeadlineStatus.Lapsed;
            }
        }

        private void End(Instant at)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            foreach (var builder in All)
            {
                if (!builder.IsPending)
                {
                    continue;
                }

                if (!builder.Optional && builder.Due is { } due && due <= at)
                {
                    builder.Status = CaseDeadlineStatus.Overdue;
                    builder.Delay = at - due;
                }
                else
                {
                    builder.Status = CaseDeadlineStatus.Lapsed;
                }
            }
        }
    }
}
