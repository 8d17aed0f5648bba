using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Testing;

/// <summary>
/// FsCheck generators of case histories for model-based tests: sequences of events the handling procedure allows
/// (<see cref="AllowedEvents"/>), candidate next events that may or may not be allowed (<see cref="CandidateEvent"/>),
/// and the verdict of an independent model of the procedure (<see cref="IsAllowedNext"/>), against which
/// <see cref="ViolationCase.Apply(CaseEvent)"/> can be checked.
/// </summary>
/// <remarks>
/// <para>
/// The model encodes the procedure of UU 1/2015 Pasal 134–148 as amended and Perbawaslu 8/2020 as
/// <see cref="ViolationCase"/> documents it: intake first, one laporan or temuan; corrections only when requested and
/// before registration; no withdrawal after registration; decision after registration, once; forwarding and
/// recommendations only after a violation; the Gakkumdu steps in the order of Pasal 146 and 148 after an election-crime
/// decision forwarded to Polri; follow-ups only for issued recommendations; additional information once, before the
/// decision; time order; nothing after closing.
/// </para>
/// <para>
/// Histories are built from a list of choice numbers, so shrinking the list shortens the history. Cases are in Kota Bima
/// (<see cref="DefaultHeader"/>), from September to December 2024, with steps of up to three days (some at the same
/// instant).
/// </para>
/// </remarks>
public static class CaseGenerators
{
    private static readonly RegionCode KotaBima = RegionCode.FromParts(52, 72);
    private static readonly DateTimeZone Wita = RegionTimeZones.GetDateTimeZone(KotaBima);
    private static readonly Instant Earliest = new LocalDateTime(2024, 9, 1, 8, 0).InZoneStrictly(Wita).ToInstant();

    private static readonly Institution Polres = new(InstitutionKind.Polri, KotaBima, "Polres Kota Bima");
    private static readonly Institution Gakkumdu = new(InstitutionKind.SentraGakkumdu, KotaBima, "Sentra Gakkumdu Kota Bima");
    private static readonly Institution Bkn = new(InstitutionKind.Bkn, default, "BKN");
    private static readonly Institution Kasn = new(InstitutionKind.Kasn, default, "KASN");
    private static readonly Institution Dkpp = new(InstitutionKind.Dkpp, default, "DKPP");
    private static readonly Institution Kpu = new(InstitutionKind.KpuKabupatenKota, KotaBima, "KPU Kota Bima");
    private static readonly Institution Ppk = new(InstitutionKind.PejabatPembinaKepegawaian, KotaBima, "Pejabat Pembina Kepegawaian Kota Bima (Wali Kota Bima)");
    private static readonly Institution BawasluNtb = new(InstitutionKind.BawasluProvinsi, RegionCode.FromParts(52), "Bawaslu Provinsi Nusa Tenggara Barat");

    private static readonly Institution[] Recipients = [Polres, Gakkumdu, Bkn, Kasn, Dkpp, Kpu, Ppk];

    private static readonly string[] RequirementCodes =
    [
        "Laporan.Formil.IdentitasPelapor", "Laporan.Formil.StatusPelapor", "Laporan.Formil.IdentitasTerlapor", "Laporan.Formil.Daluwarsa",
        "Laporan.Formil.TandaTangan", "Laporan.Materiil.WaktuTempat", "Laporan.Materiil.Uraian", "Laporan.Materiil.Bukti",
    ];

    private static readonly ViolationCategory[] ViolationCategories =
    [
        ViolationCategory.KodeEtikPenyelenggara, ViolationCategory.AdministrasiPemilihan, ViolationCategory.TindakPidanaPemilihan,
        ViolationCategory.PeraturanPerundanganLainnya,
    ];

    /// <summary>The header of generated cases: Kota Bima (52.72, WITA), the Pilkada regime, contest <c>pilkada-2024/52.72</c>.</summary>
    public static CaseHeader DefaultHeader { get; } =
        new("GEN/52.72/2024", LegalRegime.Pilkada, KotaBima, Wita, ContestId.Parse("pilkada-2024/52.72", CultureInfo.InvariantCulture));

    /// <summary>A history of 1 to <paramref name="maxEvents"/> events that the procedure allows, in time order (it may end early, at closing).</summary>
    /// <param name="maxEvents">The most events.</param>
    public static Gen<IReadOnlyList<CaseEvent>> AllowedEvents(int maxEvents = 30) =>
        from length in Gen.Choose(1, Math.Max(1, maxEvents))
        from startMinutes in Gen.Choose(0, 100 * 24 * 60)
        from choices in Gen.Choose(0, int.MaxValue).ArrayOf(length)
        select Build(Earliest + Duration.FromMinutes(startMinutes), choices);

    /// <summary>A case replayed from an allowed history (<see cref="AllowedEvents"/>) with <see cref="DefaultHeader"/>.</summary>
    /// <param name="maxEvents">The most events.</param>
    public static Gen<ViolationCase> AllowedCase(int maxEvents = 30) =>
        AllowedEvents(maxEvents).Select(events => ViolationCase.Replay(DefaultHeader, events));

    /// <summary>
    /// A candidate next event after a history: any kind, with a payload that may refer to unknown recommendations or
    /// reuse numbers, occasionally a blank required value, dated up to two days before or after the last event.
    /// Whether it is allowed is for <see cref="IsAllowedNext"/> to say.
    /// </summary>
    /// <param name="history">The events so far.</param>
    public static Gen<CaseEvent> CandidateEvent(IReadOnlyList<CaseEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var last = history.Count == 0 ? Earliest : history[^1].At;
        var numbers = ProcedureModel.Of(history).Numbers.ToArray();
        return from kind in Gen.Elements(CaseEventKinds.All.ToArray())
               from shift in Gen.Frequency((1, Gen.Choose(-2 * 24 * 60, -1)), (1, Gen.Constant(0)), (6, Gen.Choose(1, 2 * 24 * 60)))
               from seed in Gen.Choose(0, int.MaxValue)
               select Candidate(kind, last + Duration.FromMinutes(shift), new Random(seed), numbers);
    }

    /// <summary>Whether the model of the procedure allows an event after a history (independent of <see cref="ViolationCase"/>).</summary>
    /// <param name="history">The events so far (themselves allowed).</param>
    /// <param name="next">The candidate.</param>
    public static bool IsAllowedNext(IReadOnlyList<CaseEvent> history, CaseEvent next)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(next);
        return ProcedureModel.Of(history).Allows(next);
    }

    /// <summary>
    /// Builds an allowed history deterministically from choice numbers: each number picks the next allowed kind, its
    /// payload and the time step. Used by <see cref="AllowedEvents"/>; exposed to replay a failing example.
    /// </summary>
    /// <param name="start">The instant of the first event.</param>
    /// <param name="choices">One number per event.</param>
    public static IReadOnlyList<CaseEvent> Build(Instant start, IReadOnlyList<int> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var model = new ProcedureModel();
        var events = new List<CaseEvent>(choices.Count);
        var at = start;
        foreach (var choice in choices)
        {
            var random = new Random(choice);
            if (events.Count > 0)
            {
                at += random.Next(10) == 0 ? Duration.Zero : Duration.FromMinutes(random.Next(1, 3 * 24 * 60));
            }

            var allowed = new List<CaseEvent>();
            foreach (var kind in CaseEventKinds.All)
            {
                var candidate = Valid(kind, at, random, model);
                if (candidate is not null && model.Allows(candidate))
                {
                    allowed.Add(candidate);
                }
            }

            var open = allowed.Where(e => e.Kind != CaseEventKind.Closed).ToList();
            var closing = allowed.FirstOrDefault(e => e.Kind == CaseEventKind.Closed);
            if (allowed.Count == 0)
            {
                break;
            }

            var next = closing is not null && (open.Count == 0 || random.Next(25) == 0) ? closing : open[random.Next(open.Count)];
            model.Advance(next);
            events.Add(next);
            if (next.Kind == CaseEventKind.Closed)
            {
                break;
            }
        }

        return events;
    }

    private static Laporan Laporan(Instant at, Random random)
    {
        var known = at.InZone(Wita).Date.PlusDays(-random.Next(0, 10));
        return new Laporan
        {
            Pelapor = new Pelapor { Name = "Pelapor Contoh", Nik = "5272016609860003", Address = "Kota Bima", Contact = "0800-0000-0000", Standing = PelaporStanding.Pemilih },
            Terlapor = [new Terlapor { Name = "Terlapor Contoh", Address = "Kota Bima", Nip = "198609262015051001" }],
            Incident = new Incident { OccurredOn = known, RegionCode = "52.72", Place = "Kota Bima" },
            Description = "Uraian kejadian oleh Pelapor Contoh (NIK 5272016609860003).",
            Evidence = [new Evidence { Kind = EvidenceKind.Foto, Description = "foto" }],
            Witnesses = [new Witness { Name = "Saksi Contoh", Address = "Kota Bima" }],
            KnownOn = known,
            FiledAt = at,
            Channel = FilingChannel.InPerson,
            ContestId = "pilkada-2024/52.72",
        };
    }

    private static Temuan Temuan(Instant at, Random random) => new()
    {
        FoundBy = new Institution(InstitutionKind.BawasluKabupatenKota, KotaBima, "Bawaslu Kota Bima"),
        Officer = "Pengawas Contoh",
        FoundOn = at.InZone(Wita).Date.PlusDays(-random.Next(0, 5)),
        RecordedAt = at,
        Description = "Temuan pengawasan.",
    };

    private static IReadOnlyList<string> Requirements(Random random) =>
        [.. RequirementCodes.Where((_, i) => random.Next(3) == 0 || i == random.Next(RequirementCodes.Length)).DefaultIfEmpty(RequirementCodes[^1])];

    private static CaseDecision Decision(Random random) => random.Next(8) switch
    {
        < 4 => new ViolationFound(ViolationCategories[random.Next(ViolationCategories.Length)])
        {
            Offences = random.Next(2) == 0 ? [] : ["UU10-2016/187A-1"],
        },
        4 => new ViolationFound(ViolationCategory.TindakPidanaPemilihan) { Offences = ["UU10-2016/187A-1"] },
        5 => new NotAViolation(),
        6 => new HandlingStopped("bukan pelanggaran pemilihan maupun peraturan lainnya"),
        _ => new DisputeFound(),
    };

    private static FollowUpOutcome Outcome(Random random) => random.Next(5) switch
    {
        0 => new SanctionImposed("PP94-2021/8-2-b"),
        1 => new KpuAction("PSU di TPS 01"),
        2 => new FollowUpRefused("perbedaan perspektif"),
        3 => new OnwardRecommendation("LANJUT-" + random.Next(1000).ToString(CultureInfo.InvariantCulture)),
        _ => new NoFollowUp(),
    };

    /// <summary>An event of a kind with a valid payload suited to the model (police for a pidana forward, known numbers for follow-ups).</summary>
    private static CaseEvent? Valid(CaseEventKind kind, Instant at, Random random, ProcedureModel model)
    {
        var numbers = model.Numbers;
        return kind switch
        {
            CaseEventKind.LaporanReceived => new LaporanReceived(at, Laporan(at, random)),
            CaseEventKind.TemuanRecorded => random.Next(4) == 0 ? new TemuanRecorded(at, Temuan(at, random)) : null,
            CaseEventKind.CorrectionRequested => new CorrectionRequested(at, Requirements(random)),
            CaseEventKind.LaporanCorrected => new LaporanCorrected(at, Laporan(at, random)),
            CaseEventKind.LaporanWithdrawn => random.Next(3) == 0 ? new LaporanWithdrawn(at, "pelapor mencabut laporan") : null,
            CaseEventKind.Registered => new Registered(at, "REG-" + random.Next(1000).ToString(CultureInfo.InvariantCulture) + "/2024"),
            CaseEventKind.NotRegistered => random.Next(3) == 0 ? new NotRegistered(at, Requirements(random)) : null,
            CaseEventKind.ClarificationHeld => new ClarificationHeld(at, random.Next(2) == 0 ? "terlapor" : "Saksi Contoh"),
            CaseEventKind.CoordinationHeld => new CoordinationHeld(at, BawasluNtb),
            CaseEventKind.AdditionalInformationRequested => new AdditionalInformationRequested(at),
            CaseEventKind.Decided => new Decided(at, Decision(random)),
            CaseEventKind.Forwarded => new Forwarded(at, model.AwaitsPolice && random.Next(4) != 0 ? (random.Next(2) == 0 ? Polres : Gakkumdu) : Recipients[random.Next(Recipients.Length)]),
            CaseEventKind.RecommendationIssued => Recommendation(at, random, numbers),
            CaseEventKind.FollowUpRecorded => numbers.Count == 0 ? null : new FollowUpRecorded(at, numbers.ElementAt(random.Next(numbers.Count)), Outcome(random)),
            CaseEventKind.InvestigationStarted => new InvestigationStarted(at),
            CaseEventKind.CaseFileToProsecutor => new CaseFileToProsecutor(at),
            CaseEventKind.CaseFileReturned => random.Next(2) == 0 ? new CaseFileReturned(at) : null,
            CaseEventKind.CaseFileResubmitted => new CaseFileResubmitted(at),
            CaseEventKind.CaseTransferredToCourt => new CaseTransferredToCourt(at),
            CaseEventKind.DistrictCourtVerdict => new DistrictCourtVerdict(at, random.Next(4) == 0 ? CourtVerdict.Acquitted : CourtVerdict.Convicted),
            CaseEventKind.AppealFiled => new AppealFiled(at),
            CaseEventKind.HighCourtVerdict => new HighCourtVerdict(at, CourtVerdict.Convicted),
            CaseEventKind.Closed => new Closed(at, "selesai"),
            _ => null,
        };
    }

    private static RecommendationIssued Recommendation(Instant at, Random random, IReadOnlyCollection<string> numbers)
    {
        var number = "REK-" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
        while (numbers.Contains(number))
        {
            number += "a";
        }

        var to = Recipients[random.Next(Recipients.Length)];
        return numbers.Count > 0 && random.Next(3) == 0
            ? new RecommendationIssued(at, Ppk, number) { IssuedBy = Bkn, InResponseTo = numbers.ElementAt(random.Next(numbers.Count)) }
            : new RecommendationIssued(at, to, number);
    }

    /// <summary>A candidate of a kind, possibly not allowed: unknown or reused numbers, a blank register number, empty requirements.</summary>
    private static CaseEvent Candidate(CaseEventKind kind, Instant at, Random random, string[] numbers)
    {
        string Existing() => numbers.Length > 0 && random.Next(2) == 0 ? numbers[random.Next(numbers.Length)] : "REK-TIDAK-ADA";
        return kind switch
        {
            CaseEventKind.LaporanReceived => new LaporanReceived(at, Laporan(at, random)),
            CaseEventKind.TemuanRecorded => new TemuanRecorded(at, Temuan(at, random)),
            CaseEventKind.CorrectionRequested => new CorrectionRequested(at, random.Next(10) == 0 ? [] : Requirements(random)),
            CaseEventKind.LaporanCorrected => new LaporanCorrected(at, Laporan(at, random)),
            CaseEventKind.LaporanWithdrawn => new LaporanWithdrawn(at),
            CaseEventKind.Registered => new Registered(at, random.Next(10) == 0 ? " " : "REG-9/2024"),
            CaseEventKind.NotRegistered => new NotRegistered(at, random.Next(10) == 0 ? [] : Requirements(random)),
            CaseEventKind.ClarificationHeld => new ClarificationHeld(at, "terlapor"),
            CaseEventKind.CoordinationHeld => new CoordinationHeld(at, BawasluNtb),
            CaseEventKind.AdditionalInformationRequested => new AdditionalInformationRequested(at),
            CaseEventKind.Decided => new Decided(at, Decision(random)),
            CaseEventKind.Forwarded => new Forwarded(at, Recipients[random.Next(Recipients.Length)]),
            CaseEventKind.RecommendationIssued => random.Next(3) switch
            {
                0 => new RecommendationIssued(at, Recipients[random.Next(Recipients.Length)], Existing()),
                1 => new RecommendationIssued(at, Ppk, "REK-BARU-" + random.Next(100).ToString(CultureInfo.InvariantCulture)) { IssuedBy = Bkn, InResponseTo = Existing() },
                _ => new RecommendationIssued(at, Recipients[random.Next(Recipients.Length)], "REK-BARU-" + random.Next(100).ToString(CultureInfo.InvariantCulture)),
            },
            CaseEventKind.FollowUpRecorded => new FollowUpRecorded(at, Existing(), Outcome(random)),
            CaseEventKind.InvestigationStarted => new InvestigationStarted(at),
            CaseEventKind.CaseFileToProsecutor => new CaseFileToProsecutor(at),
            CaseEventKind.CaseFileReturned => new CaseFileReturned(at),
            CaseEventKind.CaseFileResubmitted => new CaseFileResubmitted(at),
            CaseEventKind.CaseTransferredToCourt => new CaseTransferredToCourt(at),
            CaseEventKind.DistrictCourtVerdict => new DistrictCourtVerdict(at, CourtVerdict.Convicted),
            CaseEventKind.AppealFiled => new AppealFiled(at),
            CaseEventKind.HighCourtVerdict => new HighCourtVerdict(at, CourtVerdict.Acquitted),
            _ => new Closed(at),
        };
    }

    /// <summary>The model of the procedure: written apart from the library's own state machine, from the rules alone.</summary>
    private sealed class ProcedureModel
    {
        private const int None = 0, AwaitingPolice = 1, Forwarded = 2, Investigation = 3, Prosecution = 4, Returned = 5, Trial = 6, DistrictVerdict = 7, Appeal = 8, Final = 9;

        private bool _started;
        private bool _fromLaporan;
        private Instant? _last;
        private bool _closed;
        private bool _ended;
        private bool _registered;
        private bool _correctionPending;
        private bool _additionalInformation;
        private CaseDecision? _decision;
        private int _stage;

        public HashSet<string> Numbers { get; } = new(StringComparer.Ordinal);

        public bool AwaitsPolice => _stage == AwaitingPolice;

        public static ProcedureModel Of(IEnumerable<CaseEvent> events)
        {
            var model = new ProcedureModel();
            foreach (var e in events)
            {
                model.Advance(e);
            }

            return model;
        }

        public bool Allows(CaseEvent e)
        {
            if (e is Registered { RegisterNumber: var number } && string.IsNullOrWhiteSpace(number))
            {
                return false;
            }

            if (e is CorrectionRequested { Requirements.Count: 0 } or NotRegistered { Requirements.Count: 0 })
            {
                return false;
            }

            if (_closed || (_last is { } last && e.At < last))
            {
                return false;
            }

            var intake = e is LaporanReceived or TemuanRecorded;
            if (!_started || intake)
            {
                return !_started && intake;
            }

            if (e is Closed)
            {
                return true;
            }

            if (_ended)
            {
                return false;
            }

            var violation = _decision is ViolationFound;
            return e switch
            {
                CorrectionRequested => _fromLaporan && !_registered && !_correctionPending,
                LaporanCorrected => _fromLaporan && _correctionPending,
                LaporanWithdrawn => _fromLaporan && !_registered,
                Registered => !_registered && !_correctionPending,
                NotRegistered => !_registered,
                ClarificationHeld => _registered && _decision is null,
                CoordinationHeld => _decision is null,
                AdditionalInformationRequested => _fromLaporan && _registered && _decision is null && !_additionalInformation,
                Decided => _registered && _decision is null,
                Cases.Forwarded => violation,
                RecommendationIssued r => violation && !Numbers.Contains(r.Number) && (r.InResponseTo is null || Numbers.Contains(r.InResponseTo)),
                FollowUpRecorded f => Numbers.Contains(f.RecommendationNumber),
                InvestigationStarted => _stage == Forwarded,
                CaseFileToProsecutor => _stage == Investigation,
                CaseFileReturned => _stage == Prosecution,
                CaseFileResubmitted => _stage == Returned,
                CaseTransferredToCourt => _stage == Prosecution,
                Cases.DistrictCourtVerdict => _stage == Trial,
                AppealFiled => _stage == DistrictVerdict,
                HighCourtVerdict => _stage == Appeal,
                _ => false,
            };
        }

        public void Advance(CaseEvent e)
        {
            _last = e.At;
            switch (e)
            {
                case LaporanReceived:
                    _started = true;
                    _fromLaporan = true;
                    break;
                case TemuanRecorded:
                    _started = true;
                    break;
                case CorrectionRequested:
                    _correctionPending = true;
                    break;
                case LaporanCorrected:
                    _correctionPending = false;
                    break;
                case LaporanWithdrawn:
                case NotRegistered:
                    _ended = true;
                    break;
                case Registered:
                    _registered = true;
                    break;
                case AdditionalInformationRequested:
                    _additionalInformation = true;
                    break;
                case Decided d:
                    _decision = d.Decision;
                    if (d.Decision is ViolationFound { Category: ViolationCategory.TindakPidanaPemilihan })
                    {
                        _stage = AwaitingPolice;
                    }

                    break;
                case Cases.Forwarded f when _stage == AwaitingPolice && f.To.Kind is InstitutionKind.Polri or InstitutionKind.SentraGakkumdu:
                    _stage = Forwarded;
                    break;
                case RecommendationIssued r:
                    Numbers.Add(r.Number);
                    break;
                case InvestigationStarted:
                    _stage = Investigation;
                    break;
                case CaseFileToProsecutor:
                case CaseFileResubmitted:
                    _stage = Prosecution;
                    break;
                case CaseFileReturned:
                    _stage = Returned;
                    break;
                case CaseTransferredToCourt:
                    _stage = Trial;
                    break;
                case Cases.DistrictCourtVerdict:
                    _stage = DistrictVerdict;
                    break;
                case AppealFiled:
                    _stage = Appeal;
                    break;
                case HighCourtVerdict:
                    _stage = Final;
                    break;
                case Closed:
                    _closed = true;
                    break;
            }
        }
    }
}
