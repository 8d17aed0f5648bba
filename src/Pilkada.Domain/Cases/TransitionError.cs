using NodaTime;

namespace Pilkada.Domain.Cases;

/// <summary>
/// Why an event was rejected by <see cref="ViolationCase.Apply(CaseEvent)"/>. The values are stable (stored data); each
/// has a message in English and Bahasa Indonesia under the key <c>Transition.&lt;Member&gt;</c>.
/// </summary>
public enum TransitionError
{
    /// <summary>Accepted.</summary>
    None = 0,

    /// <summary>A required value of the event is missing, blank or undefined (the message names it).</summary>
    InvalidEvent = 1,

    /// <summary>The case is closed (ditutup): nothing can follow.</summary>
    CaseClosed = 2,

    /// <summary>The event is dated before the previous event.</summary>
    EventOutOfOrder = 3,

    /// <summary>The first event must be a laporan received or a temuan recorded.</summary>
    NotStarted = 4,

    /// <summary>A case has one laporan or temuan; a second one is a new case.</summary>
    AlreadyStarted = 5,

    /// <summary>The case's legal regime is not in force on the date the case starts (a 2014 case is not judged by 2016 rules).</summary>
    RegimeNotInForce = 6,

    /// <summary>The report was withdrawn; only closing can follow.</summary>
    CaseWithdrawn = 7,

    /// <summary>The report was not registered; only closing can follow.</summary>
    CaseNotRegistered = 8,

    /// <summary>The event needs a laporan and a pelapor (correction, withdrawal, additional information), but the case started from a temuan.</summary>
    NotALaporan = 9,

    /// <summary>A correction was requested after registration (corrections belong to the kajian awal, before registration).</summary>
    CorrectionAfterRegistration = 10,

    /// <summary>A correction was requested while the previous request is still open.</summary>
    CorrectionAlreadyRequested = 11,

    /// <summary>A corrected report was handed in but no correction was requested.</summary>
    CorrectionNotRequested = 12,

    /// <summary>The report was withdrawn after registration (Perbawaslu 8/2020: "pelapor tidak dapat mencabut Laporan").</summary>
    WithdrawnAfterRegistration = 13,

    /// <summary>Registered twice, or registration decided again (registered after "not registered" or the reverse).</summary>
    AlreadyRegistered = 14,

    /// <summary>Registered while a requested correction is still outstanding.</summary>
    CorrectionPending = 15,

    /// <summary>A clarification or a request for additional information before registration.</summary>
    NotRegisteredYet = 16,

    /// <summary>Decided before the case was registered.</summary>
    DecisionBeforeRegistration = 17,

    /// <summary>Decided twice, or a clarification or coordination after the decision.</summary>
    AlreadyDecided = 18,

    /// <summary>Additional information asked of the reporter a second time (Pasal 134 ayat (6) allows it once).</summary>
    AdditionalInformationTwice = 19,

    /// <summary>Additional information asked after the decision.</summary>
    AdditionalInformationAfterDecision = 20,

    /// <summary>Forwarded without a decision that found a violation.</summary>
    ForwardWithoutViolation = 21,

    /// <summary>A recommendation without a decision that found a violation.</summary>
    RecommendationWithoutViolation = 22,

    /// <summary>A recommendation with a number already used in the case.</summary>
    RecommendationNumberTaken = 23,

    /// <summary>A follow-up for a recommendation that was not issued in the case.</summary>
    UnknownRecommendation = 24,

    /// <summary>A Sentra Gakkumdu step without an election-crime decision forwarded to Polri.</summary>
    GakkumduWithoutPidanaForward = 25,

    /// <summary>A Sentra Gakkumdu step out of order (e.g. a verdict before the transfer to court).</summary>
    GakkumduOutOfOrder = 26,
}

/// <summary>
/// The outcome of applying an event to a <see cref="ViolationCase"/>: the new case, or a rejection with a stable
/// <see cref="Error"/> and a message in English or Bahasa Indonesia. A rejection never changes anything:
/// <see cref="Case"/> is then the case as it stood before the rejected event.
/// </summary>
public sealed class CaseTransition
{
    private readonly MessageArgument[] _arguments;

    internal CaseTransition(ViolationCase @case, TransitionError error, CaseEvent? @event, int eventIndex, MessageArgument[] arguments)
    {
        Case = @case;
        Error = error;
        Event = @event;
        EventIndex = eventIndex;
        _arguments = arguments;
    }

    /// <summary>Whether the event (or every event) was accepted.</summary>
    public bool IsAccepted => Error == TransitionError.None;

    /// <summary>The case after the accepted events; after a rejection, the case as it stood before the rejected event.</summary>
    public ViolationCase Case { get; }

    /// <summary>Why the event was rejected, or <see cref="TransitionError.None"/>.</summary>
    public TransitionError Error { get; }

    /// <summary>The rejected event, or the last accepted one (<see langword="null"/> when there was none).</summary>
    public CaseEvent? Event { get; }

    /// <summary>The 0-based position the event has (accepted) or would have had (rejected) in the case's events.</summary>
    public int EventIndex { get; }

    /// <summary>The message key: <c>Transition.EventOutOfOrder</c>.</summary>
    public string MessageKey => "Transition." + Error;

    /// <summary>
    /// The reason in words, naming the event, its date in the case's local time and the rule, e.g. <c>event 3
    /// (laporan-dicabut, 11 October 2024 09.00 WITA): the report was registered on 10 October 2024 10.00 WITA as
    /// 001/Reg/LP/PW/Kota/52.72/X/2024; a registered report cannot be withdrawn (Perbawaslu 8/2020)</c>.
    /// </summary>
    /// <param name="language">The language.</param>
    public string GetMessage(PilkadaLanguage language) =>
        IsAccepted ? PilkadaMessages.Format("Transition.None", language) : PilkadaMessages.Format(MessageKey, language, _arguments);

    /// <summary>The new case; throws when the event was rejected.</summary>
    /// <exception cref="CaseTransitionException">The event was rejected; the exception carries the reason.</exception>
    public ViolationCase GetCaseOrThrow() => IsAccepted ? Case : throw new CaseTransitionException(this);

    /// <summary>The English message.</summary>
    public override string ToString() => GetMessage(PilkadaLanguage.English);
}

/// <summary>A case event was rejected: <see cref="ViolationCase.Replay(CaseHeader, IEnumerable{CaseEvent})"/> or <see cref="CaseTransition.GetCaseOrThrow"/>.</summary>
public sealed class CaseTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception from a rejected transition.</summary>
    /// <param name="transition">The rejected transition.</param>
    public CaseTransitionException(CaseTransition transition)
        : base((transition ?? throw new ArgumentNullException(nameof(transition))).GetMessage(PilkadaLanguage.English))
    {
        Transition = transition;
    }

    /// <summary>The rejected transition: its error, event, index and message in either language.</summary>
    public CaseTransition Transition { get; }

    /// <summary>Why.</summary>
    public TransitionError Error => Transition.Error;

    /// <summary>The 0-based index of the rejected event.</summary>
    public int EventIndex => Transition.EventIndex;
}

/// <summary>Building transition messages.</summary>
internal static class TransitionArguments
{
    internal static MessageArgument[] For(CaseEvent? e, int index, DateTimeZone zone, params ReadOnlySpan<MessageArgument> more)
    {
        var arguments = new MessageArgument[3 + more.Length];
        arguments[0] = new MessageArgument("index", index + 1);
        arguments[1] = new MessageArgument("event", e?.TypeName ?? "null");
        arguments[2] = new MessageArgument("at", e is null ? string.Empty : (object)e.At.InZone(zone));
        more.CopyTo(arguments.AsSpan(3));
        return arguments;
    }
}
