using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace Pilkada.Domain.Institutions;

/// <summary>
/// Jumlah anggota (member count) of a kind of institution: the number or numbers the law allows, what it is counted
/// per, where it comes from and how sure that is.
/// </summary>
/// <param name="Options">
/// The allowed numbers in ascending order: one value (<c>[3]</c>) when the law fixes it, several (<c>[5, 7]</c>) when it
/// says "5 atau 7" and leaves the choice per body to an annex or a decision.
/// </param>
/// <param name="Unit">Per body, per desa/kelurahan or per polling station.</param>
/// <param name="Source">The provision that gives the number.</param>
/// <param name="Confidence">How well the number is sourced for Pilkada.</param>
/// <param name="Assumption">
/// When <paramref name="Confidence"/> is not <see cref="SourceConfidence.Confirmed"/>, or when the options leave a choice:
/// what is assumed and why. Counts are data, not constants: replace a profile with <see cref="InstitutionProfiles.With"/>.
/// </param>
public sealed record MemberCount(
    IReadOnlyList<int> Options,
    MemberCountUnit Unit,
    LegalReference Source,
    SourceConfidence Confidence,
    string? Assumption = null)
{
    /// <summary>Whether the law fixes one number.</summary>
    [JsonIgnore]
    public bool IsFixed => Options.Count == 1;

    /// <summary>The smallest allowed number.</summary>
    [JsonIgnore]
    public int Minimum => Options[0];

    /// <summary>The largest allowed number.</summary>
    [JsonIgnore]
    public int Maximum => Options[^1];

    /// <summary>Whether a number is one the law allows.</summary>
    /// <param name="members">The number of members.</param>
    public bool Allows(int members) => Options.Contains(members);

    /// <summary>The options and the unit: <c>5 or 7</c>, <c>1 per TPS</c>.</summary>
    public override string ToString()
    {
        var numbers = string.Join(" or ", Options.Select(o => o.ToString(CultureInfo.InvariantCulture)));
        return Unit switch
        {
            MemberCountUnit.PerVillage => numbers + " per desa/kelurahan",
            MemberCountUnit.PerTps => numbers + " per TPS",
            _ => numbers,
        };
    }
}

/// <summary>
/// What a kind of institution is: its names, the levels it works at, whether it is permanent, its member count, its
/// legal basis and the dates it existed (for its role in Pilkada). One profile per <see cref="InstitutionKind"/>;
/// the default set is <see cref="InstitutionProfiles.Default"/>.
/// </summary>
public sealed record InstitutionProfile
{
    /// <summary>The kind.</summary>
    public required InstitutionKind Kind { get; init; }

    /// <summary>The short generic name used in practice: <c>Bawaslu Kabupaten/Kota</c>, <c>PPK</c>. Instances have proper names (<see cref="Institution.Name"/>).</summary>
    public required string ShortName { get; init; }

    /// <summary>The full Indonesian name: <c>Badan Pengawas Pemilihan Umum Provinsi</c>.</summary>
    public required string IndonesianName { get; init; }

    /// <summary>An English gloss: <c>Provincial Election Supervisory Board</c>.</summary>
    public required string EnglishName { get; init; }

    /// <summary>The levels an instance can have; a body with several (Polri, Kejaksaan, Sentra Gakkumdu) has one instance per level.</summary>
    public required IReadOnlyList<InstitutionLevel> Levels { get; init; }

    /// <summary>Permanent or ad hoc.</summary>
    public required InstitutionTenure Tenure { get; init; }

    /// <summary>The member count, or <see langword="null"/> for bodies the law does not size (ministries, courts, the police).</summary>
    public MemberCount? Members { get; init; }

    /// <summary>The provisions that create the body or give it its role in Pilkada.</summary>
    public required IReadOnlyList<LegalReference> LegalBasis { get; init; }

    /// <summary>
    /// The first day the body holds its role in Pilkada, or <see langword="null"/> when that lies before anything this
    /// library models (the first simultaneous Pilkada was held on 9 December 2015).
    /// </summary>
    public LocalDate? InForceFrom { get; init; }

    /// <summary>The first day the body no longer holds the role (exclusive end), or <see langword="null"/> while it does.</summary>
    public LocalDate? InForceUntil { get; init; }

    /// <summary>The kind that held the role before, or <see cref="InstitutionKind.None"/>.</summary>
    public InstitutionKind Predecessor { get; init; }

    /// <summary>The kind that took over the role, or <see cref="InstitutionKind.None"/>.</summary>
    public InstitutionKind Successor { get; init; }

    /// <summary>How well the body's role and dates are sourced.</summary>
    public SourceConfidence Confidence { get; init; }

    /// <summary>A remark: what is uncertain, how names are built, what the law leaves open.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the body holds its role on a date.</summary>
    /// <param name="date">The date.</param>
    public bool IsInForceOn(LocalDate date) =>
        (InForceFrom is not { } from || date >= from) && (InForceUntil is not { } until || date < until);

    /// <summary>Whether instances can sit at a level.</summary>
    /// <param name="level">The level.</param>
    public bool HasLevel(InstitutionLevel level) => Levels.Contains(level);

    /// <summary>The short name.</summary>
    public override string ToString() => ShortName;
}
