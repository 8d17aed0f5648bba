using NodaTime;
using Pilkada.Domain.Institutions;

namespace Pilkada.Domain.Violations;

/// <summary>
/// A breach the library knows: an <see cref="Offence"/> of UU Pilkada or an <see cref="AsnNeutralityBreach"/> of the
/// 2022 joint decree. Given one, <see cref="ViolationGuide"/> answers its category, its articles, where it is forwarded
/// on a date and the sanctions that may follow.
/// </summary>
public interface IBreach
{
    /// <summary>A stable code: <c>UU10-2016/187A-1</c>, <c>SKB-2022/D5</c>.</summary>
    string Code { get; }

    /// <summary>The category.</summary>
    ViolationCategory Category { get; }

    /// <summary>How the matter is routed.</summary>
    RoutingMatter Matter { get; }

    /// <summary>The article that forbids the conduct (larangan).</summary>
    LegalReference Prohibition { get; }

    /// <summary>The article that punishes it (ketentuan pidana or sanksi), or <see langword="null"/> when none does.</summary>
    LegalReference? Punishment { get; }

    /// <summary>The conduct in Bahasa Indonesia.</summary>
    string Indonesian { get; }

    /// <summary>The conduct in English.</summary>
    string English { get; }
}

/// <summary>
/// A pelanggaran or tindak pidana of UU Pilkada: the conduct, who commits it, the article that forbids it and the one
/// that punishes it, the penalty and the administrative consequences, with the dates the text is in force.
/// </summary>
/// <remarks>The catalogue is <see cref="OffenceCatalog.Default"/>; every number is checked against the statute text in tests.</remarks>
public sealed record Offence : IBreach
{
    /// <summary>A stable code: <c>UU10-2016/187A-1</c> (instrument of the punishing article, then article and paragraph).</summary>
    public required string Code { get; init; }

    /// <summary>The category.</summary>
    public required ViolationCategory Category { get; init; }

    /// <summary>How the matter is routed: <see cref="RoutingMatter.TindakPidana"/> for crimes, <see cref="RoutingMatter.AdministrasiTsm"/> for politik uang by a calon.</summary>
    public required RoutingMatter Matter { get; init; }

    /// <summary>The article that forbids the conduct, e.g. <c>UU 10/2016 Pasal 73 ayat (4)</c>.</summary>
    public required LegalReference Prohibition { get; init; }

    /// <summary>The article that punishes it, e.g. <c>UU 10/2016 Pasal 187A ayat (1)</c>; <see langword="null"/> when the consequence is administrative only.</summary>
    public LegalReference? Punishment { get; init; }

    /// <summary>The conduct in Bahasa Indonesia.</summary>
    public required string Indonesian { get; init; }

    /// <summary>The conduct in English.</summary>
    public required string English { get; init; }

    /// <summary>Who commits it, in Bahasa Indonesia (<c>setiap orang</c>, <c>calon</c>, <c>pemilih</c>).</summary>
    public required string Offender { get; init; }

    /// <summary>Who commits it, in English.</summary>
    public required string OffenderEnglish { get; init; }

    /// <summary>The criminal penalty, or <see langword="null"/> when none applies.</summary>
    public CriminalPenalty? Penalty { get; init; }

    /// <summary>Administrative consequences (e.g. cancellation of the candidacy).</summary>
    public IReadOnlyList<AdministrativeConsequence> AdministrativeConsequences { get; init; } = [];

    /// <summary>The first day the text encoded here is in force (the latest amendment it depends on).</summary>
    public required LocalDate InForceFrom { get; init; }

    /// <summary>The first day it is no longer in force, or <see langword="null"/> while it is.</summary>
    public LocalDate? InForceUntil { get; init; }

    /// <summary>How well the entry is sourced.</summary>
    public SourceConfidence Confidence { get; init; }

    /// <summary>Words a person might search for: <c>politik uang</c>, <c>money politics</c>, <c>dana kampanye</c>.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Article numbers the entry answers to, as typed: <c>187A</c>, <c>187A(1)</c>, <c>73</c>, <c>73(4)</c>.</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];

    /// <summary>A remark: how the article is read, a mismatch between articles, what is unsettled.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the text is in force on a date.</summary>
    /// <param name="date">The date of the conduct.</param>
    public bool IsInForceOn(LocalDate date) => date >= InForceFrom && (InForceUntil is not { } until || date < until);

    /// <summary>The code and the punishing (or forbidding) article.</summary>
    public override string ToString() => $"{Code}: {Punishment ?? Prohibition}";
}
