using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Testing;

namespace Pilkada.Domain.Tests.Cases;

/// <summary>
/// Model-based properties: <see cref="CaseGenerators"/> builds histories from an independent model of the procedure, and
/// the library must agree with it event by event.
/// </summary>
[Properties(MaxTest = 150)]
public class CasePropertyTests
{
    private static Arbitrary<IReadOnlyList<CaseEvent>> Histories => CaseGenerators.AllowedEvents(30).ToArbitrary();

    private static Arbitrary<(IReadOnlyList<CaseEvent> History, CaseEvent Next)> HistoryAndCandidate =>
        (from history in CaseGenerators.AllowedEvents(25)
         from cut in Gen.Choose(0, history.Count)
         let prefix = (IReadOnlyList<CaseEvent>)[.. history.Take(cut)]
         from next in CaseGenerators.CandidateEvent(prefix)
         select (prefix, next)).ToArbitrary();

    [Property]
    public Property Every_allowed_history_is_accepted_by_the_case() =>
        Prop.ForAll(Histories, events => ViolationCase.TryReplay(CaseGenerators.DefaultHeader, events).IsAccepted);

    [Property]
    public Property Replaying_gives_the_same_state_as_applying_step_by_step() =>
        Prop.ForAll(Histories, events =>
        {
            var replayed = ViolationCase.Replay(CaseGenerators.DefaultHeader, events);
            var stepped = ViolationCase.Create(CaseGenerators.DefaultHeader);
            foreach (var e in events)
            {
                stepped = stepped.Apply(e).GetCaseOrThrow();
            }

            return replayed.State.Equals(stepped.State) && replayed.Events.SequenceEqual(stepped.Events) && replayed.State.EventCount == events.Count;
        });

    [Property]
    public Property The_case_accepts_exactly_what_the_model_allows_and_a_rejection_changes_nothing() =>
        Prop.ForAll(HistoryAndCandidate, input =>
        {
            var (history, next) = input;
            var before = ViolationCase.Replay(CaseGenerators.DefaultHeader, history);
            var stateBefore = before.State;
            var transition = before.Apply(next);
            var expected = CaseGenerators.IsAllowedNext(history, next);
            if (!transition.IsAccepted)
            {
                var unchanged = ReferenceEquals(transition.Case, before) && before.Events.Count == history.Count && ReferenceEquals(stateBefore, before.State) &&
                                transition.Error != TransitionError.None && !string.IsNullOrEmpty(transition.GetMessage(PilkadaLanguage.Indonesian));
                return (!expected && unchanged).Label($"{next} rejected ({transition.Error}); model allows: {expected}");
            }

            return (expected && transition.Case.Events.Count == history.Count + 1 && ReferenceEquals(transition.Case.Events[^1], next))
                .Label($"{next} accepted; model allows: {expected}");
        });

    [Property]
    public Property Deadlines_never_move_earlier_as_events_are_added() =>
        Prop.ForAll(Histories, events =>
        {
            var empty = ViolationCase.Create(CaseGenerators.DefaultHeader);
            var previous = new Dictionary<(CaseDeadlineKind, int, string?), NodaTime.Instant?>();
            var @case = empty;
            foreach (var e in events)
            {
                @case = @case.Apply(e).GetCaseOrThrow();
                var current = @case.Deadlines.ToDictionary(d => (d.Kind, d.StartEventIndex, d.Reference), d => d.Due);
                foreach (var (key, due) in previous)
                {
                    if (!current.TryGetValue(key, out var now))
                    {
                        return false.Label($"{key} disappeared after {e}");
                    }

                    if (due is { } before && (now is not { } after || after < before))
                    {
                        return false.Label($"{key} moved from {before} to {now} after {e}");
                    }
                }

                previous = current;
            }

            return true.Label("monotone");
        });

    [Property]
    public Property A_case_round_trips_through_JSON_with_every_event() =>
        Prop.ForAll(Histories, events =>
        {
            var @case = ViolationCase.Replay(CaseGenerators.DefaultHeader, events);
            var json = JsonSerializer.Serialize(@case, PilkadaJsonContext.Default.ViolationCase);
            var back = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.ViolationCase)!;

            var sameEvents = back.Events.Count == @case.Events.Count &&
                             back.Events.Zip(@case.Events).All(p => p.First.GetType() == p.Second.GetType() && p.First.At == p.Second.At && p.First.Kind == p.Second.Kind);
            var eachEventRoundTrips = @case.Events.Zip(back.Events).All(p =>
                JsonSerializer.Serialize(p.First, PilkadaJsonContext.Default.CaseEvent) == JsonSerializer.Serialize(p.Second, PilkadaJsonContext.Default.CaseEvent));
            return (sameEvents && eachEventRoundTrips && back.State.Equals(@case.State) &&
                    JsonSerializer.Serialize(back, PilkadaJsonContext.Default.ViolationCase) == json).Label(json);
        });

    [Property]
    public Property Events_without_lists_or_reports_are_equal_after_a_round_trip() =>
        Prop.ForAll(Histories, events =>
            events.Where(e => e is not (LaporanReceived or LaporanCorrected or TemuanRecorded))
                .All(e => e.Equals(JsonSerializer.Deserialize(JsonSerializer.Serialize(e, PilkadaJsonContext.Default.CaseEvent), PilkadaJsonContext.Default.CaseEvent))));

    [Property]
    public Property A_published_copy_replays_to_the_same_statuses_and_shows_no_personal_number() =>
        Prop.ForAll(Histories, events =>
        {
            var @case = ViolationCase.Replay(CaseGenerators.DefaultHeader, events);
            var published = @case.ForPublication();
            var json = JsonSerializer.Serialize(published, PilkadaJsonContext.Default.ViolationCase);

            return published.IsRedacted &&
                   published.State.History.SequenceEqual(@case.State.History) &&
                   !json.Contains("5272016609860003", StringComparison.Ordinal) &&
                   !json.Contains("198609262015051001", StringComparison.Ordinal) &&
                   !json.Contains("Pelapor Contoh", StringComparison.Ordinal) &&
                   (@case.State.Origin != CaseOrigin.Laporan || !json.Contains("Saksi Contoh", StringComparison.Ordinal));
        });

    [Property]
    public Property A_case_as_of_an_instant_is_the_replay_of_the_events_up_to_it() =>
        Prop.ForAll(Histories, events =>
        {
            var @case = ViolationCase.Replay(CaseGenerators.DefaultHeader, events);
            var middle = events[events.Count / 2].At;
            var asOf = @case.AsOf(middle);
            var expected = ViolationCase.Replay(CaseGenerators.DefaultHeader, events.Where(e => e.At <= middle));
            return asOf.State.Equals(expected.State);
        });

    [Property]
    public Property Deadline_statuses_are_consistent_with_their_instants() =>
        Prop.ForAll(Histories, events =>
        {
            var @case = ViolationCase.Replay(CaseGenerators.DefaultHeader, events);
            var now = events[^1].At + NodaTime.Duration.FromDays(2);
            var report = @case.DeadlinesAt(now);
            return report.All.All(d => d.Status switch
            {
                CaseDeadlineStatus.Met => d.MetAt < d.Due || d.Due is null,
                CaseDeadlineStatus.Late => d.MetAt >= d.Due && d.Delay == d.MetAt - d.Due,
                CaseDeadlineStatus.Pending => d.Due > now && d.Remaining == d.Due - now,
                CaseDeadlineStatus.Overdue => d.Delay is { } delay && delay >= NodaTime.Duration.Zero && d.Due <= now,
                _ => true,
            }) && report.Overdue.All(d => d.Status == CaseDeadlineStatus.Overdue) && report.Due.All(d => d.Status == CaseDeadlineStatus.Pending);
        });
}
