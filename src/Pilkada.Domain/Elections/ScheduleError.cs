namespace Pilkada.Domain.Elections;

/// <summary>Why a stage or a schedule could not be built (see <see cref="ElectionArgumentException.ErrorCode"/>). The values are stable.</summary>
public enum ScheduleError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>
    /// A stage id is not 1–64 lowercase letters, digits and single hyphens starting with a letter (e.g. <c>masa-tenang</c>).
    /// </summary>
    InvalidStageId = 1,

    /// <summary>A stage has no Indonesian or no English name.</summary>
    EmptyName = 2,

    /// <summary>A stage ends before it starts.</summary>
    EndBeforeStart = 3,

    /// <summary>Two stages of one schedule have the same id.</summary>
    DuplicateStageId = 4,

    /// <summary>A stage is limited to a region code that is empty or below kabupaten/kota level.</summary>
    InvalidAppliesTo = 5,

    /// <summary>The schedule has no election id.</summary>
    EmptyElection = 6,

    /// <summary>A schedule given to an election belongs to another election.</summary>
    ElectionMismatch = 7,

    /// <summary>The election's voting day is not within the schedule's voting stage.</summary>
    VotingDayOutsideVotingStage = 8,

    /// <summary>The schedule has no stage with the id asked for.</summary>
    UnknownStage = 9,

    /// <summary>An election has no Indonesian or no English name.</summary>
    EmptyElectionName = 10,

    /// <summary>An election is said to re-run itself (or the empty id).</summary>
    RerunOfItself = 11,
}
