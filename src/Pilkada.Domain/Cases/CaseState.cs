using NodaTime;
using Pilkada.Domain.Institutions;

namespace Pilkada.Domain.Cases;

/// <summary>One line of a case's status history: an event and the status it left the case in.</summary>
/// <param name="Index">The 0-based index of the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Event">What happened.</param>
/// <param name="Status">The status after it.</param>
public readonly record struct CaseStep(int Index, Instant At, CaseEventKind Event, CaseStatus Status);

/// <summary>A forwarding recorded in a case.</summary>
/// <param name="EventIndex">The 0-based index of the <see cref="Forwarded"/> event.</param>
/// <param name="At">When.</param>
/// <param name="To">To whom.</param>
public sealed record CaseForward(int EventIndex, Instant At, Institution To);

/// <summary>What was recorded about a recommendation's follow-up.</summary>
/// <param name="EventIndex">The 0-based index of the <see cref="FollowUpRecorded"/> event.</param>
/// <param name="At">When.</param>
/// <param name="Outcome">What was done.</param>
/// <param name="By">Who acted, if recorded.</param>
public sealed record RecommendationFollowUp(int EventIndex, Instant At, FollowUpOutcome Outcome, Institution? By);

/// <summary>A recommendation issued in a case and what became of it.</summary>
/// <param name="EventIndex">The 0-based index of the <see cref="RecommendationIssued"/> event.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="Number">Its number.</param>
/// <param name="To">The addressee.</param>
/// <param name="IssuedBy">Who issued it, when not the handling Bawaslu.</param>
public sealed record CaseRecommendation(int EventIndex, Instant IssuedAt, string Number, Institution To, Institution? IssuedBy)
{
    /// <summary>The follow-ups recorded, in order.</summary>
    public IReadOnlyList<RecommendationFollowUp> FollowUps { get; init; } = [];

    /// <summary>The first follow-up that settles it (any outcome but <see cref="NoFollowUp"/>), or <see langword="null"/>.</summary>
    public RecommendationFollowUp? Settlement
    {
        get
        {
            foreach (var followUp in FollowUps)
            {
                if (followUp.Outcome.SettlesRecommendation)
                {
                    return followUp;
                }
            }

            return null;
        }
    }

    /// <summary>Whether it is still open: no follow-up other than "nothing done" was recorded.</summary>
    public bool IsOpen => Settlement is null;

    /// <inheritdoc/>
    public bool Equals(CaseRecommendation? other) =>
        other is not null && EventIndex == other.EventIndex && IssuedAt == other.IssuedAt && Number == other.Number &&
        Equals(To, other.To) && Equals(IssuedBy, other.IssuedBy) && CaseEquality.SequenceEqual(FollowUps, other.FollowUps);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EventIndex, IssuedAt, Number, To, IssuedBy, CaseEquality.SequenceHash(FollowUps));
}

/// <summary>
/// Keadaan perkara (the state of a case), folded from its events once: status and history, registration, decision,
/// forwards, recommendations, the criminal track and closure, with Bawaslu's published categories derived from them.
/// Immutable; two states are equal when every value and list is.
/// </summary>
public sealed class CaseState : IEquatable<CaseState>
{
    internal CaseState(CaseFold fold)
    {
        Status = fold.Status;
        Origin = fold.Origin;
        History = fold.History.ToArray();
        Laporan = fold.Laporan;
        Temuan = fold.Temuan;
        ReceivedAt = fold.ReceivedAt;
        RegisterNumber = fold.RegisterNumber;
        RegisteredAt = fold.RegisteredAt;
        UnmetRequirements = fold.UnmetRequirements;
        IsAwaitingCorrection = fold.CorrectionPending;
        AdditionalInformationRequestedAt = fold.AdditionalInformationRequestedAt;
        Decision = fold.Decision;
        DecidedAt = fold.DecidedAt;
        Forwards = fold.Forwards.ToArray();
        Recommendations = fold.Recommendations.ToArray();
        Gakkumdu = fold.Gakkumdu;
        IsWithdrawn = fold.Withdrawn;
        IsNotRegistered = fold.NotRegisteredFinal;
        ClosedAt = fold.ClosedAt;
        ClosingReason = fold.ClosingReason;
        EventCount = fold.EventCount;
        LastEventAt = fold.LastAt;
    }

    /// <summary>Where the case stands.</summary>
    public CaseStatus Status { get; }

    /// <summary>Whether it started from a laporan or a temuan.</summary>
    public CaseOrigin Origin { get; }

    /// <summary>Every event with the status it left the case in: "what happened to my report?".</summary>
    public IReadOnlyList<CaseStep> History { get; }

    /// <summary>The report as it now stands (after corrections), for a case that started from a laporan.</summary>
    public Laporan? Laporan { get; }

    /// <summary>The finding, for a case that started from a temuan.</summary>
    public Temuan? Temuan { get; }

    /// <summary>When the laporan or temuan was received or recorded.</summary>
    public Instant? ReceivedAt { get; }

    /// <summary>The register number, once registered.</summary>
    public string? RegisterNumber { get; }

    /// <summary>When it was registered (the legal <i>diterima</i>; the follow-up period runs from here).</summary>
    public Instant? RegisteredAt { get; }

    /// <summary>Whether it is registered.</summary>
    public bool IsRegistered => RegisteredAt is not null;

    /// <summary>The unmet requirement codes of the latest correction request or non-registration.</summary>
    public IReadOnlyList<string> UnmetRequirements { get; }

    /// <summary>Whether a requested correction is outstanding.</summary>
    public bool IsAwaitingCorrection { get; }

    /// <summary>When additional information was asked of the reporter, if it was.</summary>
    public Instant? AdditionalInformationRequestedAt { get; }

    /// <summary>The decision, once decided.</summary>
    public CaseDecision? Decision { get; }

    /// <summary>When it was decided.</summary>
    public Instant? DecidedAt { get; }

    /// <summary>Every forwarding, in order.</summary>
    public IReadOnlyList<CaseForward> Forwards { get; }

    /// <summary>Every recommendation, in order, with its follow-ups.</summary>
    public IReadOnlyList<CaseRecommendation> Recommendations { get; }

    /// <summary>The recommendations not yet acted on.</summary>
    public IEnumerable<CaseRecommendation> OpenRecommendations => Recommendations.Where(r => r.IsOpen);

    /// <summary>Where the criminal track stands.</summary>
    public GakkumduStage Gakkumdu { get; }

    /// <summary>Whether the report was withdrawn.</summary>
    public bool IsWithdrawn { get; }

    /// <summary>Whether the report was not registered.</summary>
    public bool IsNotRegistered { get; }

    /// <summary>Whether the case is closed.</summary>
    public bool IsClosed => ClosedAt is not null;

    /// <summary>When it was closed.</summary>
    public Instant? ClosedAt { get; }

    /// <summary>Why it was closed, if said.</summary>
    public string? ClosingReason { get; }

    /// <summary>How many events the case has.</summary>
    public int EventCount { get; }

    /// <summary>When the last event happened.</summary>
    public Instant? LastEventAt { get; }

    /// <summary>Bawaslu's registration category: diregister / tidak diregister / belum diregister (or dicabut).</summary>
    public PublishedRegistration PublishedRegistration =>
        Origin == CaseOrigin.None ? PublishedRegistration.None
        : IsRegistered ? PublishedRegistration.Diregister
        : IsNotRegistered ? PublishedRegistration.TidakDiregister
        : IsWithdrawn ? PublishedRegistration.Dicabut
        : PublishedRegistration.BelumDiregister;

    /// <summary>Bawaslu's outcome category: pelanggaran / bukan pelanggaran / dalam proses (or sengketa, or not handled).</summary>
    public PublishedOutcome PublishedOutcome => Decision switch
    {
        ViolationFound => PublishedOutcome.Pelanggaran,
        NotAViolation or HandlingStopped => PublishedOutcome.BukanPelanggaran,
        DisputeFound => PublishedOutcome.Sengketa,
        _ when Origin == CaseOrigin.None => PublishedOutcome.None,
        _ when !IsRegistered && (IsNotRegistered || IsWithdrawn || IsClosed) => PublishedOutcome.TidakDitangani,
        _ => PublishedOutcome.DalamProses,
    };

    /// <inheritdoc/>
    public bool Equals(CaseState? other) =>
        other is not null &&
        Status == other.Status && Origin == other.Origin && CaseEquality.Laporan(Laporan, other.Laporan) &&
        CaseEquality.Temuan(Temuan, other.Temuan) && ReceivedAt == other.ReceivedAt && RegisterNumber == other.RegisterNumber &&
        RegisteredAt == other.RegisteredAt && IsAwaitingCorrection == other.IsAwaitingCorrection &&
        AdditionalInformationRequestedAt == other.AdditionalInformationRequestedAt && Equals(Decision, other.Decision) &&
        DecidedAt == other.DecidedAt && Gakkumdu == other.Gakkumdu && IsWithdrawn == other.IsWithdrawn &&
        IsNotRegistered == other.IsNotRegistered && ClosedAt == other.ClosedAt && ClosingReason == other.ClosingReason &&
        EventCount == other.EventCount && LastEventAt == other.LastEventAt &&
        CaseEquality.SequenceEqual(UnmetRequirements, other.UnmetRequirements) &&
        CaseEquality.SequenceEqual(History, other.History) &&
        CaseEquality.SequenceEqual(Forwards, other.Forwards) &&
        CaseEquality.SequenceEqual(Recommendations, other.Recommendations);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CaseState);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Status, EventCount, LastEventAt, RegisterNumber, Decision);

    /// <summary>The status, the register number and the number of events.</summary>
    public override string ToString() => $"{Status} ({EventCount} events{(RegisterNumber is null ? string.Empty : ", " + RegisterNumber)})";
}
