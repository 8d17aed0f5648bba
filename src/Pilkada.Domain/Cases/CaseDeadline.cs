using NodaTime;
using Pilkada.Domain.Calendars;

namespace Pilkada.Domain.Cases;

/// <summary>What a case deadline is for. The values are stable.</summary>
public enum CaseDeadlineKind
{
    /// <summary>Not stated.</summary>
    None = 0,

    /// <summary>Penyampaian laporan: the report within 7 days of the violation becoming known (Pilkada: calendar days, Pasal 134 ayat (4); Pemilu: working days).</summary>
    Report = 1,

    /// <summary>Penetapan temuan: recording a finding (Pemilu only, Pasal 454 ayat (5)).</summary>
    Finding = 2,

    /// <summary>Perbaikan: the reporter completes the report after a correction request (2 × 24 jam, practice).</summary>
    Correction = 3,

    /// <summary>Tindak lanjut: Bawaslu decides within 3 days of registration, 5 with additional information (Pasal 134 ayat (5)–(6)).</summary>
    FollowUp = 4,

    /// <summary>Penerusan ke Polri: an election crime goes to Polri within 1 × 24 jam of the decision (Pasal 135 ayat (2)).</summary>
    ForwardToPolice = 5,

    /// <summary>Penyidikan: the file goes to the prosecutor within 14 hari kerja of receipt from Bawaslu (Pasal 146 ayat (3)).</summary>
    Investigation = 6,

    /// <summary>Pengembalian berkas: an incomplete file may go back within 3 hari kerja (Pasal 146 ayat (4)); lapses when the file is complete.</summary>
    ReturnIncompleteFile = 7,

    /// <summary>Penyerahan kembali: the completed file is resubmitted within 3 hari kerja (Pasal 146 ayat (5)).</summary>
    ResubmitFile = 8,

    /// <summary>Pelimpahan: the prosecutor transfers the case to court within 5 hari kerja of receiving the file (Pasal 146 ayat (6)).</summary>
    TransferToCourt = 9,

    /// <summary>Putusan PN: the district court decides within 7 days of the transfer (Pasal 148 ayat (1)).</summary>
    CourtDecision = 10,

    /// <summary>Banding: an appeal may be filed within 3 days of the verdict (Pasal 148 ayat (2)); lapses when none is filed (the verdict is then final).</summary>
    AppealFiling = 11,

    /// <summary>Putusan PT: the high court decides within 7 days of receiving the appeal (Pasal 148 ayat (4)).</summary>
    AppealDecision = 12,

    /// <summary>Keputusan KPU: the KPU decides on an administrative recommendation within 7 days (Pasal 140 ayat (1)).</summary>
    KpuDecision = 13,

    /// <summary>Tindak lanjut PPK: the Pejabat Pembina Kepegawaian acts on a neutrality recommendation (no statutory period; <see cref="LegalRegimeOptions.PpkFollowUp"/>).</summary>
    PpkFollowUp = 14,

    /// <summary>Tindak lanjut rekomendasi: another addressee (KASN, BKN, DKPP, …) acts on a recommendation; UU Pilkada sets no period.</summary>
    RecommendationFollowUp = 15,
}

/// <summary>Where a case deadline stands. The values are stable.</summary>
public enum CaseDeadlineStatus
{
    /// <summary>Not stated.</summary>
    None = 0,

    /// <summary>Running: not met, and not due yet (or no instant was given to judge).</summary>
    Pending = 1,

    /// <summary>Met in time.</summary>
    Met = 2,

    /// <summary>Met, but after it was due (<see cref="CaseDeadline.Delay"/> says by how much).</summary>
    Late = 3,

    /// <summary>Not met and past due — at the instant asked about, or when the case ended (<see cref="CaseDeadline.Delay"/> says by how much).</summary>
    Overdue = 4,

    /// <summary>
    /// No longer runs: the case ended before it was due (withdrawn, not registered, closed), a step made it moot (a
    /// complete file is not returned), or an optional act was not taken in time (no appeal: the verdict is final).
    /// </summary>
    Lapsed = 5,

    /// <summary>The law sets no period (e.g. the Pejabat Pembina Kepegawaian's follow-up, unless configured).</summary>
    NoStatutoryDeadline = 6,

    /// <summary>It could not be computed (a working-day count beyond the years the calendar covers, or a rule not in force on the start date); <see cref="CaseDeadline.Note"/> says why.</summary>
    NotComputed = 7,
}

/// <summary>
/// Tenggat perkara (a deadline of a case): what it is for, the rule and its source, the day type and zone, when it
/// started, when it is due, when it was met, and where it stands.
/// </summary>
/// <remarks>
/// <see cref="Due"/> is exclusive: an act at <c>t</c> is in time when <c>t &lt; Due</c>. For a day count it is the start
/// of the local day after <see cref="LastDay"/>; for an hour count exactly N hours after <see cref="Start"/>
/// (see <see cref="Deadline"/>). <see cref="Delay"/> is how late an act was, or how far past due an unmet deadline is.
/// </remarks>
public sealed record CaseDeadline
{
    /// <summary>What it is for.</summary>
    public required CaseDeadlineKind Kind { get; init; }

    /// <summary>The rule (period, day type, source, validity), or <see langword="null"/> when the law sets none.</summary>
    public DeadlineRule? Rule { get; init; }

    /// <summary>Dasar hukum: the provision (the rule's source, or why there is no period).</summary>
    public required LegalReference Source { get; init; }

    /// <summary>Hari kalender, hari kerja or jam; <see langword="null"/> without a rule.</summary>
    public DeadlineUnit? DayType => Rule?.Period.Unit;

    /// <summary>The time zone the days are counted in (the case's).</summary>
    public required DateTimeZone Zone { get; init; }

    /// <summary>When it started counting.</summary>
    public required Instant Start { get; init; }

    /// <summary>The 0-based index of the event it counts from (with <see cref="Kind"/> and <see cref="Reference"/>, it identifies the deadline).</summary>
    public required int StartEventIndex { get; init; }

    /// <summary>What it refers to, e.g. the recommendation number.</summary>
    public string? Reference { get; init; }

    /// <summary>The exclusive end: acts before it are in time; <see langword="null"/> without a period or when not computed.</summary>
    public Instant? Due { get; init; }

    /// <summary>The last day of a day count (local), after any extension.</summary>
    public LocalDate? LastDay { get; init; }

    /// <summary>The due instant in local time (for a day count, the start of the day after the last day).</summary>
    public ZonedDateTime? DueLocal => Due?.InZone(Zone);

    /// <summary>When it was met (or settled), if it was.</summary>
    public Instant? MetAt { get; init; }

    /// <summary>The 0-based index of the event that met it.</summary>
    public int? MetEventIndex { get; init; }

    /// <summary>Where it stands.</summary>
    public required CaseDeadlineStatus Status { get; init; }

    /// <summary>How late (for <see cref="CaseDeadlineStatus.Late"/>) or how far past due (for <see cref="CaseDeadlineStatus.Overdue"/>).</summary>
    public Duration? Delay { get; init; }

    /// <summary>The time left, for a pending deadline evaluated at an instant.</summary>
    public Duration? Remaining { get; init; }

    /// <summary>The instant it was evaluated at (<see cref="EvaluateAt"/>), or <see langword="null"/> when only the events were used.</summary>
    public Instant? EvaluatedAt { get; init; }

    /// <summary>Whether the act is optional (a return of the file, an appeal): passing the date without it lapses the deadline instead of making it overdue.</summary>
    public bool IsOptional { get; init; }

    /// <summary>How well the period is sourced (the rule's confidence; <see cref="SourceConfidence.Uncertain"/> marks an assumption).</summary>
    public SourceConfidence Confidence => Rule?.Confidence ?? SourceConfidence.Confirmed;

    /// <summary>A remark: the regime's note, why it could not be computed.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// The deadline as it stands at an instant: a pending deadline past due becomes <see cref="CaseDeadlineStatus.Overdue"/>
    /// with its <see cref="Delay"/> (or <see cref="CaseDeadlineStatus.Lapsed"/> when the act is optional); one still
    /// running gets its <see cref="Remaining"/> time.
    /// </summary>
    /// <param name="now">The instant.</param>
    public CaseDeadline EvaluateAt(Instant now)
    {
        if (Status != CaseDeadlineStatus.Pending || Due is not { } due)
        {
            return this with { EvaluatedAt = now };
        }

        if (now < due)
        {
            return this with { EvaluatedAt = now, Remaining = due - now };
        }

        return IsOptional
            ? this with { EvaluatedAt = now, Status = CaseDeadlineStatus.Lapsed }
            : this with { EvaluatedAt = now, Status = CaseDeadlineStatus.Overdue, Delay = now - due };
    }

    /// <summary>The name of the kind in a language: <c>Batas penyampaian laporan</c>.</summary>
    /// <param name="language">The language.</param>
    public string Title(PilkadaLanguage language) => PilkadaMessages.GetTemplate("CaseDeadline." + Kind, language);

    /// <summary>
    /// The deadline in words, e.g. <c>Tindak lanjut laporan: 3 hari kalender sejak 10 Oktober 2024 10.00 WITA; hari terakhir
    /// 13 Oktober 2024 (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (5)) — terpenuhi 12 Oktober 2024 09.00 WITA</c>.
    /// </summary>
    /// <param name="language">The language.</param>
    public string Describe(PilkadaLanguage language) => CaseText.Describe(this, language);

    /// <summary>The English description.</summary>
    public override string ToString() => Describe(PilkadaLanguage.English);
}

/// <summary>The deadlines of a case evaluated at an instant: everything, what is due, and what is overdue.</summary>
public sealed class CaseDeadlineReport
{
    internal CaseDeadlineReport(Instant at, IReadOnlyList<CaseDeadline> all)
    {
        At = at;
        All = all;
        Due = [.. all.Where(d => d.Status == CaseDeadlineStatus.Pending && d.Due is not null).OrderBy(d => d.Due)];
        Overdue = [.. all.Where(d => d.Status == CaseDeadlineStatus.Overdue).OrderByDescending(d => d.Delay)];
        Late = [.. all.Where(d => d.Status == CaseDeadlineStatus.Late)];
        WithoutStatutoryDeadline = [.. all.Where(d => d.Status == CaseDeadlineStatus.NoStatutoryDeadline && d.MetAt is null)];
    }

    /// <summary>The instant evaluated at.</summary>
    public Instant At { get; }

    /// <summary>Every deadline, in the order of the events that started them.</summary>
    public IReadOnlyList<CaseDeadline> All { get; }

    /// <summary>What is due and still in time, soonest first (with <see cref="CaseDeadline.Remaining"/>).</summary>
    public IReadOnlyList<CaseDeadline> Due { get; }

    /// <summary>What is overdue, longest first (with <see cref="CaseDeadline.Delay"/>).</summary>
    public IReadOnlyList<CaseDeadline> Overdue { get; }

    /// <summary>What was met late.</summary>
    public IReadOnlyList<CaseDeadline> Late { get; }

    /// <summary>Open matters the law gives no period for (e.g. a neutrality recommendation to the Pejabat Pembina Kepegawaian).</summary>
    public IReadOnlyList<CaseDeadline> WithoutStatutoryDeadline { get; }
}
