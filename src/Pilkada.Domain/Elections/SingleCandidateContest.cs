using System.Text.Json.Serialization;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Hasil pemilihan calon tunggal (outcome of a single-candidate contest). The values are stable.
/// </summary>
public enum SingleCandidateOutcome
{
    /// <summary>No result was found.</summary>
    Unknown = 0,

    /// <summary>The pair won more than 50% of the valid votes and was elected (UU 10/2016 Pasal 54D ayat (1)).</summary>
    PaslonWon = 1,

    /// <summary>
    /// The empty column (kolom kosong, also called kotak kosong) won: no pair is elected, the election is held again
    /// (UU 10/2016 Pasal 54D ayat (2)–(3)) and a penjabat governs meanwhile (ayat (4)).
    /// </summary>
    KolomKosongWon = 2,
}

/// <summary>
/// Pemilihan dengan satu pasangan calon (a single-candidate contest): one candidate pair against the empty column
/// (kolom kosong) under UU 10/2016 Pasal 54C ayat (1)–(2), with its outcome and how well the facts are sourced.
/// </summary>
/// <remarks>
/// The Pilkada 2024 list is KPU's final one of 23 September 2024 (37 contests: 1 provinsi, 31 kabupaten, 5 kota); the
/// count had moved from 48 to 43, 41 and 37 during registration. Kolom kosong won in Kabupaten Bangka (19.01) and
/// Kota Pangkal Pinang (19.71), which voted again on 27 August 2025. Source data: <c>data/pilkada-2024/single-candidate-contests.csv</c>.
/// </remarks>
/// <param name="Contest">The contest.</param>
/// <param name="RegionName">The region's name as in the Kemendagri list, e.g. <c>Kota Pangkal Pinang</c>.</param>
/// <param name="CandidatePair">The candidate pair (pasangan calon), as reported, e.g. <c>Mulkan-Ramadian</c>.</param>
/// <param name="Outcome">Who won.</param>
/// <param name="Confidence">How well the row is sourced; the note says which fact rests on one source.</param>
/// <param name="SourceUrls">The reports the row comes from, the main one first.</param>
/// <param name="Note">Votes, shares and caveats, as reported.</param>
[JsonConverter(typeof(SingleCandidateContestJsonConverter))]
public sealed record SingleCandidateContest(
    ContestId Contest,
    string RegionName,
    string CandidatePair,
    SingleCandidateOutcome Outcome,
    SourceConfidence Confidence,
    IReadOnlyList<string> SourceUrls,
    string? Note)
{
    /// <summary>The legal basis of a single-candidate contest: UU 10/2016 Pasal 54C ayat (1).</summary>
    public static LegalReference LegalBasis { get; } = new(
        "UU 10/2016",
        "Pasal 54C ayat (1)",
        "Pemilihan 1 (satu) pasangan calon: the ballot has the pair's column and an empty column (ayat (2)).");

    /// <summary>The kind of contest.</summary>
    public ContestKind Kind => Contest.Kind;

    /// <summary>The region.</summary>
    public RegionCode Region => Contest.Region;

    /// <summary>Whether the empty column won.</summary>
    public bool KolomKosongWon => Outcome == SingleCandidateOutcome.KolomKosongWon;

    /// <summary>The contest of the re-run held because the empty column won, e.g. <c>pilkada-ulang-2025/19.71</c>.</summary>
    public ContestId? Rerun { get; init; }
}
