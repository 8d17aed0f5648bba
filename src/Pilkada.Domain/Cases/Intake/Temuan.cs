using NodaTime;
using Pilkada.Domain.Institutions;

namespace Pilkada.Domain.Cases;

/// <summary>
/// Temuan (a finding): a suspected violation found by a supervising body in the course of its oversight (UU 1/2015
/// Pasal 134 ayat (1) as amended: Bawaslu down to the Pengawas TPS), recorded with who found it, when, where, what
/// and the evidence.
/// </summary>
public sealed record Temuan
{
    /// <summary>The supervising body that found it, e.g. Bawaslu Kota Bima or Panwaslu Kecamatan Rasanae Barat.</summary>
    public Institution? FoundBy { get; init; }

    /// <summary>The officer (pengawas) who found it.</summary>
    public string? Officer { get; init; }

    /// <summary>The local date it was found (ditemukan); the 7-day period of Pasal 134 ayat (4) also runs from here.</summary>
    public LocalDate? FoundOn { get; init; }

    /// <summary>When it was recorded.</summary>
    public Instant? RecordedAt { get; init; }

    /// <summary>Waktu dan tempat kejadian.</summary>
    public Incident? Incident { get; init; }

    /// <summary>Uraian kejadian (what happened).</summary>
    public string? Description { get; init; }

    /// <summary>Terlapor (who is suspected), where known.</summary>
    public IReadOnlyList<Terlapor> Terlapor { get; init; } = [];

    /// <summary>Bukti (evidence).</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>The contest it concerns, as written, e.g. <c>pilkada-2024/52.72</c>.</summary>
    public string? ContestId { get; init; }
}
