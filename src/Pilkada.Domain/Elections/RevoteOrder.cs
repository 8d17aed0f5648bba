using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Elections;

/// <summary>What the Constitutional Court (Mahkamah Konstitusi, MK) ordered in a result dispute. The values are stable.</summary>
public enum RevoteRemedy
{
    /// <summary>Another remedy.</summary>
    Other = 0,

    /// <summary>Pemungutan suara ulang (PSU, re-vote) at every polling station of the region.</summary>
    PsuAllTps = 1,

    /// <summary>Pemungutan suara ulang at some polling stations only.</summary>
    PsuSomeTps = 2,

    /// <summary>Rekapitulasi ulang: the votes are re-tabulated, not cast again.</summary>
    RekapUlang = 3,
}

/// <summary>
/// Putusan MK (a Constitutional Court ruling) in a 2024 result dispute (PHPU Kada) that ordered a re-vote (PSU) or a
/// re-tabulation: the case number, the ruling date, the remedy and the day the region voted again.
/// </summary>
/// <remarks>
/// On 24 February 2025 MK decided the 40 cases that reached the evidence stage: 26 granted, 9 rejected, 5 inadmissible.
/// 24 rulings ordered a PSU (14 at all polling stations, 10 at some) and Puncak Jaya got a re-tabulation. Source data:
/// <c>data/pilkada-2024/revotes-mk-2025.csv</c>; for Papua, Boven Digoel, Pesawaran and Gorontalo Utara the all-TPS scope
/// is implied by the annulment rather than stated (see <see cref="Note"/>).
/// </remarks>
/// <param name="Contest">The 2024 contest the ruling is about.</param>
/// <param name="RegionName">The region's name as in the Kemendagri list.</param>
/// <param name="CaseNumber">The case number, <c>NNN/PHPU.{GUB|BUP|WAKO}-XXIII/2025</c>.</param>
/// <param name="RulingDate">The day the ruling was read.</param>
/// <param name="Remedy">What was ordered.</param>
/// <param name="RevoteDate">The day of the re-vote, or <see langword="null"/> for a re-tabulation. For Barito Utara it is the first PSU (see the note for the second).</param>
/// <param name="Confidence">How well the case number, ruling date and re-vote date are sourced.</param>
/// <param name="SourceUrls">The reports the row comes from, the main one first.</param>
/// <param name="Note">Scope, deadlines and what followed, as reported.</param>
[JsonConverter(typeof(RevoteOrderJsonConverter))]
public sealed record RevoteOrder(
    ContestId Contest,
    string RegionName,
    string CaseNumber,
    LocalDate RulingDate,
    RevoteRemedy Remedy,
    LocalDate? RevoteDate,
    SourceConfidence Confidence,
    IReadOnlyList<string> SourceUrls,
    string? Note)
{
    /// <summary>The legal basis of result disputes at MK: UU 10/2016 Pasal 157.</summary>
    public static LegalReference LegalBasis { get; } = new(
        "UU 10/2016",
        "Pasal 157",
        "Perselisihan hasil pemilihan at the Mahkamah Konstitusi: filing within 3 hari kerja (ayat (5)), decision within 45 hari kerja (ayat (8)).");

    /// <summary>The kind of contest.</summary>
    public ContestKind Kind => Contest.Kind;

    /// <summary>The region.</summary>
    public RegionCode Region => Contest.Region;

    /// <summary>Whether the ruling ordered a re-vote (PSU) rather than a re-tabulation.</summary>
    public bool IsRevote => Remedy is RevoteRemedy.PsuAllTps or RevoteRemedy.PsuSomeTps;
}
