using System.Text.Json.Serialization;
using NodaTime;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Pemilihan (an election): a set of regional head contests held on one voting day under one legal basis and one
/// schedule, e.g. <c>pilkada-2024</c> (27 November 2024) or the re-run <c>pilkada-ulang-2025</c> (27 August 2025).
/// </summary>
/// <remarks>
/// An election is immutable. The constructor checks that the schedule and the contests belong to it and that its
/// voting day lies within the schedule's voting stage (<see cref="StageKind.PemungutanSuara"/>), when it has one.
/// </remarks>
[JsonConverter(typeof(ElectionJsonConverter))]
public sealed class Election
{
    private readonly Lazy<ContestCatalog> _contests;
    private readonly ElectionId? _rerunOf;

    /// <summary>Creates an election.</summary>
    /// <param name="id">The stable id, e.g. <c>pilkada-2024</c>.</param>
    /// <param name="name">The Indonesian name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="votingDay">Hari pemungutan suara (voting day), a local date.</param>
    /// <param name="legalBasis">Dasar hukum: the instruments that call and date the election.</param>
    /// <param name="schedule">Its stages; <see cref="ElectionSchedule.Election"/> must be <paramref name="id"/>.</param>
    /// <param name="contests">Its contests (none if omitted); each must belong to <paramref name="id"/>.</param>
    /// <exception cref="ElectionArgumentException">
    /// The id is empty, a name is blank, the schedule or a contest belongs to another election, two contests share an
    /// id, or the voting day is outside the schedule's voting stage.
    /// </exception>
    public Election(
        ElectionId id,
        string name,
        string englishName,
        LocalDate votingDay,
        IEnumerable<LegalReference> legalBasis,
        ElectionSchedule schedule,
        IEnumerable<Contest>? contests = null)
        : this(id, name, englishName, votingDay, legalBasis, schedule, Check(id, new ContestCatalog(contests ?? [])))
    {
    }

    internal Election(
        ElectionId id,
        string name,
        string englishName,
        LocalDate votingDay,
        IEnumerable<LegalReference> legalBasis,
        ElectionSchedule schedule,
        Func<ContestCatalog> contests)
    {
        ArgumentNullException.ThrowIfNull(legalBasis);
        ArgumentNullException.ThrowIfNull(schedule);
        if (id.IsEmpty)
        {
            throw new ElectionArgumentException("Schedule.EmptyElection", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(englishName))
        {
            throw new ElectionArgumentException("Schedule.EmptyElectionName", string.IsNullOrWhiteSpace(name) ? nameof(name) : nameof(englishName),
                new MessageArgument("election", id.ToString()));
        }

        if (schedule.Election != id)
        {
            throw new ElectionArgumentException("Schedule.ElectionMismatch", nameof(schedule),
                new MessageArgument("election", id.ToString()), new MessageArgument("other", schedule.Election.ToString()));
        }

        var voting = schedule.Find(StageKind.PemungutanSuara);
        if (voting is { IsDated: true } && !voting.IsInForceOn(votingDay))
        {
            throw new ElectionArgumentException("Schedule.VotingDayOutsideVotingStage", nameof(votingDay),
                new MessageArgument("election", id.ToString()), new MessageArgument("date", votingDay),
                new MessageArgument("stage", voting.Id), new MessageArgument("start", voting.Start!.Value), new MessageArgument("end", voting.End!.Value));
        }

        var basis = new List<LegalReference>();
        foreach (var reference in legalBasis)
        {
            ArgumentNullException.ThrowIfNull(reference, nameof(legalBasis));
            basis.Add(reference);
        }

        Id = id;
        Name = name.Trim();
        EnglishName = englishName.Trim();
        VotingDay = votingDay;
        LegalBasis = [.. basis];
        Schedule = schedule;
        _contests = new Lazy<ContestCatalog>(contests, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The stable id, e.g. <c>pilkada-2024</c>.</summary>
    public ElectionId Id { get; }

    /// <summary>The Indonesian name.</summary>
    public string Name { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>Hari pemungutan suara (voting day), a local date in every region.</summary>
    public LocalDate VotingDay { get; }

    /// <summary>Dasar hukum (legal basis): the instruments that call and date the election.</summary>
    public IReadOnlyList<LegalReference> LegalBasis { get; }

    /// <summary>Tahapan dan jadwal (the stages and schedule).</summary>
    public ElectionSchedule Schedule { get; }

    /// <summary>The contests, in id order (for the built-in elections, built on first use).</summary>
    public ContestCatalog Contests => _contests.Value;

    /// <summary>The election this one re-runs (for <c>pilkada-ulang-2025</c>: <c>pilkada-2024</c>), or <see langword="null"/>.</summary>
    /// <exception cref="ElectionArgumentException">The id given is the election's own.</exception>
    public ElectionId? RerunOf
    {
        get => _rerunOf;
        init
        {
            if (value is { } other && (other == Id || other.IsEmpty))
            {
                throw new ElectionArgumentException("Schedule.RerunOfItself", nameof(RerunOf),
                    new MessageArgument("election", Id.ToString()), new MessageArgument("other", other.ToString()));
            }

            _rerunOf = value;
        }
    }

    /// <summary>The name in a language.</summary>
    /// <param name="language">The language.</param>
    public string GetName(PilkadaLanguage language) => language == PilkadaLanguage.Indonesian ? Name : EnglishName;

    /// <summary>The id and the English name.</summary>
    public override string ToString() => Id + " " + EnglishName;

    private static Func<ContestCatalog> Check(ElectionId id, ContestCatalog contests)
    {
        foreach (var contest in contests)
        {
            if (contest.Election != id)
            {
                throw new ElectionArgumentException("Contest.ElectionMismatch", nameof(contests),
                    new MessageArgument("election", id.ToString()), new MessageArgument("contest", contest.Id.ToString()));
            }
        }

        return () => contests;
    }
}
