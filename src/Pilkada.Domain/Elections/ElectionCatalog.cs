using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Katalog pemilihan: the elections the library knows, with their schedules and contests and what happened in
/// them — the 2024 simultaneous regional head elections (<c>pilkada-2024</c>: 545 contests, the PKPU 2/2024 schedule,
/// the 37 single-candidate contests, the Constitutional Court's re-vote orders) and the 2025 re-run in Kabupaten
/// Bangka and Kota Pangkal Pinang (<c>pilkada-ulang-2025</c>).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is built from data embedded in the assembly (from <c>data/pilkada-2024/</c>, compiled from
/// press coverage of KPU and MK documents; see <see cref="Edition"/>), loaded on first use, once, thread-safely. The
/// contests of 2024 are derived from <see cref="RegionCatalog.Default"/> when first asked for. A catalogue is
/// immutable and safe to share between threads.
/// </para>
/// </remarks>
public sealed class ElectionCatalog
{
    private static readonly Lazy<ElectionCatalog> DefaultCatalog = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Election[] _elections;

    private ElectionCatalog(string edition, Election[] elections, IReadOnlyList<SingleCandidateContest> singleCandidates, IReadOnlyList<RevoteOrder> revoteOrders)
    {
        Edition = edition;
        _elections = elections;
        SingleCandidateContests = singleCandidates;
        RevoteOrders = revoteOrders;
    }

    /// <summary>The id of the 2024 simultaneous regional head elections: <c>pilkada-2024</c>.</summary>
    public static ElectionId Pilkada2024Id { get; } = ElectionId.Parse("pilkada-2024", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id of the 2025 re-run in Kabupaten Bangka and Kota Pangkal Pinang: <c>pilkada-ulang-2025</c>.</summary>
    public static ElectionId PilkadaUlang2025Id { get; } = ElectionId.Parse("pilkada-ulang-2025", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The catalogue embedded in the assembly. Loaded on first use, once.</summary>
    public static ElectionCatalog Default => DefaultCatalog.Value;

    /// <summary>What the data covers and where it comes from.</summary>
    public string Edition { get; }

    /// <summary>The elections, in id order.</summary>
    public IReadOnlyList<Election> Elections => _elections;

    /// <summary>
    /// The 2024 simultaneous regional head elections: voting day 27 November 2024 (UU 10/2016 Pasal 201 ayat (8); PKPU
    /// 2/2024; a national holiday by Keppres 33/2024), 545 contests, the PKPU 2/2024 schedule.
    /// </summary>
    public Election Pilkada2024 => this[Pilkada2024Id];

    /// <summary>
    /// The re-run of 27 August 2025 in Kabupaten Bangka (19.01) and Kota Pangkal Pinang (19.71), where the empty
    /// column won in 2024 (UU 10/2016 Pasal 54D ayat (2)–(3)), with its own schedule.
    /// </summary>
    public Election PilkadaUlang2025 => this[PilkadaUlang2025Id];

    /// <summary>The 37 single-candidate contests of 2024 (KPU, 23 September 2024), in region-code order.</summary>
    public IReadOnlyList<SingleCandidateContest> SingleCandidateContests { get; }

    /// <summary>The Constitutional Court rulings of 24 February 2025 that ordered a re-vote (24) or a re-tabulation (1), in region-code order.</summary>
    public IReadOnlyList<RevoteOrder> RevoteOrders { get; }

    /// <summary>The election with an id.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">The catalogue has no such election.</exception>
    public Election this[ElectionId id] => Find(id)
        ?? throw new KeyNotFoundException(PilkadaMessages.Format("ElectionCatalog.NotFound", PilkadaLanguage.English,
            new MessageArgument("election", id.ToString()), new MessageArgument("known", string.Join(", ", _elections.Select(e => e.Id)))));

    /// <summary>Finds an election by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="election">The election, when found.</param>
    public bool TryGet(ElectionId id, [NotNullWhen(true)] out Election? election)
    {
        election = Find(id);
        return election is not null;
    }

    /// <summary>Finds an election by id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    public Election? Find(ElectionId id) => Array.Find(_elections, e => e.Id == id);

    /// <summary>Finds a contest of any election by id, or <see langword="null"/>.</summary>
    /// <param name="id">The contest id, e.g. <c>pilkada-2024/52.72</c>.</param>
    public Contest? FindContest(ContestId id) =>
        Find(id.Election) is { } election && election.Contests.TryGet(id, out var contest) ? contest : null;

    /// <summary>
    /// The contests a place votes in, across all elections in id order: for Kota Pangkal Pinang (19.71) the 2024
    /// governor election of Kepulauan Bangka Belitung, the 2024 mayoral election and the 2025 re-run.
    /// </summary>
    /// <param name="region">Any region code.</param>
    public IReadOnlyList<Contest> ContestsFor(RegionCode region) => [.. _elections.SelectMany(e => e.Contests.ForRegion(region))];

    /// <summary>Loads a fresh, independent copy of the embedded catalogue.</summary>
    internal static ElectionCatalog LoadEmbedded() => Load(ElectionData.ReadEmbeddedBytes(), () => RegionCatalog.Default);

    internal static ElectionCatalog Load(byte[] data, Func<RegionCatalog> regions)
    {
        var contents = ElectionData.Parse(data);
        var singles = contents.SingleCandidates
            .Select(s => s.KolomKosongWon ? s with { Rerun = new ContestId(PilkadaUlang2025Id, s.Region) } : s)
            .OrderBy(s => s.Contest)
            .ToArray();
        var revotes = contents.RevoteOrders.OrderBy(r => r.Contest).ToArray();
        var singleById = singles.ToDictionary(s => s.Contest);
        var revotesById = revotes.GroupBy(r => r.Contest).ToDictionary(g => g.Key, g => (IReadOnlyList<RevoteOrder>)[.. g]);

        var pilkada2024 = new Election(
            Pilkada2024Id,
            "Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota Serentak Nasional Tahun 2024",
            "2024 simultaneous elections of governors, regents and mayors",
            new LocalDate(2024, 11, 27),
            [
                new LegalReference("UU 10/2016", "Pasal 201 ayat (8)", "Pemungutan suara serentak nasional … dilaksanakan pada bulan November 2024."),
                new LegalReference("PKPU 2/2024", null, "Tahapan dan jadwal Pemilihan 2024, set 26 January 2024: voting on 27 November 2024."),
                new LegalReference("Keppres 33/2024", null, "27 November 2024 is a national holiday (hari libur nasional) for the vote."),
            ],
            new ElectionSchedule(
                Pilkada2024Id,
                new LegalReference("PKPU 2/2024", null, "Tahapan dan jadwal Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota Tahun 2024; set 26 January 2024, in force from its promulgation (Pasal 9); no amendment of its dates was found."),
                StagesOf(contents, Pilkada2024Id)),
            () => ContestCatalog.Derive(
                Pilkada2024Id,
                regions(),
                id => singleById.GetValueOrDefault(id),
                id => revotesById.TryGetValue(id, out var orders) ? orders : []));

        var rerunRegions = singles.Where(s => s.KolomKosongWon).Select(s => (s.Region, s.RegionName, s.Kind)).ToArray();
        var rerun = new Election(
            PilkadaUlang2025Id,
            "Pemilihan Ulang Bupati dan Wakil Bupati Bangka serta Wali Kota dan Wakil Wali Kota Pangkalpinang Tahun 2025",
            "2025 re-run of the regent election of Kabupaten Bangka and the mayoral election of Kota Pangkal Pinang",
            new LocalDate(2025, 8, 27),
            [
                new LegalReference("UU 10/2016", "Pasal 54D ayat (2) dan (3)", "The empty column won in 2024; the election is held again the following year (diulang kembali pada tahun berikutnya)."),
                new LegalReference("PKPU 19/2024", null, "Tahapan dan jadwal pemilihan ulang 2025; cited by detik and Bangka Pos, not read."),
                new LegalReference("Keputusan KPU RI", null, "KPU RI announced on 13 December 2024 that the re-run is held on 27 August 2025."),
            ],
            new ElectionSchedule(
                PilkadaUlang2025Id,
                new LegalReference("PKPU 19/2024", null, "Tahapan dan jadwal pemilihan ulang 2025 (cited by detik and Bangka Pos, not read); dates from KPU, Bawaslu and press reports."),
                StagesOf(contents, PilkadaUlang2025Id)),
            () => new ContestCatalog(rerunRegions.Select(r => new Contest(new ContestId(PilkadaUlang2025Id, r.Region), r.Kind, r.RegionName))))
        {
            RerunOf = Pilkada2024Id,
        };

        return new ElectionCatalog(contents.Edition, [pilkada2024, rerun], singles, revotes);
    }

    private static IReadOnlyList<ElectionStage> StagesOf(ElectionData.Contents contents, ElectionId election) =>
        contents.Stages.TryGetValue(election, out var stages)
            ? stages
            : throw new InvalidDataException($"The embedded election data has no stages for {election}.");
}
