using System.Globalization;
using Pilkada.Domain.Institutions;

namespace Pilkada.Domain.Violations;

/// <summary>How the prison term and the fine of an offence combine. The values are stable.</summary>
public enum PenaltyCombination
{
    /// <summary>Not stated.</summary>
    None = 0,

    /// <summary>"… dan denda …": both, cumulatively (Pasal 187A).</summary>
    Cumulative = 1,

    /// <summary>"… dan/atau denda …": prison, fine, or both (Pasal 187 ayat (4)–(7), 188, 189, 190).</summary>
    CumulativeOrAlternative = 2,
}

/// <summary>
/// Ancaman pidana (the penalty an article sets): the prison range in months, the fine range in rupiah and whether
/// they are cumulative ("dan") or alternative-or-cumulative ("dan/atau").
/// </summary>
/// <param name="MinimumPrisonMonths">Pidana penjara paling singkat, in months.</param>
/// <param name="MaximumPrisonMonths">Pidana penjara paling lama, in months.</param>
/// <param name="MinimumFine">Denda paling sedikit.</param>
/// <param name="MaximumFine">Denda paling banyak.</param>
/// <param name="Combination">"dan" or "dan/atau".</param>
/// <param name="Basis">The article that sets the penalty.</param>
public sealed record CriminalPenalty(
    int MinimumPrisonMonths,
    int MaximumPrisonMonths,
    Rupiah MinimumFine,
    Rupiah MaximumFine,
    PenaltyCombination Combination,
    LegalReference Basis)
{
    /// <summary>The penalty in words, in a language: <c>penjara 36–72 bulan dan denda Rp200.000.000–Rp1.000.000.000</c>.</summary>
    /// <param name="language">The language.</param>
    public string Describe(PilkadaLanguage language)
    {
        var indonesian = language == PilkadaLanguage.Indonesian;
        var joiner = Combination == PenaltyCombination.Cumulative
            ? indonesian ? "dan" : "and"
            : indonesian ? "dan/atau" : "and/or";
        return indonesian
            ? string.Create(CultureInfo.InvariantCulture, $"penjara {MinimumPrisonMonths}–{MaximumPrisonMonths} bulan {joiner} denda {MinimumFine}–{MaximumFine}")
            : string.Create(CultureInfo.InvariantCulture, $"prison {MinimumPrisonMonths}–{MaximumPrisonMonths} months {joiner} a fine of {MinimumFine}–{MaximumFine}");
    }

    /// <summary>The penalty in English, with its article.</summary>
    public override string ToString() => Describe(PilkadaLanguage.English) + " (" + Basis + ")";
}

/// <summary>
/// Sanksi administrasi (an administrative consequence of an offence, besides or instead of a criminal penalty), e.g.
/// the cancellation of an incumbent's candidacy under Pasal 71 ayat (5).
/// </summary>
/// <param name="Indonesian">The consequence in Bahasa Indonesia.</param>
/// <param name="English">The consequence in English.</param>
/// <param name="Condition">When it applies, in English (e.g. "the offender is a petahana").</param>
/// <param name="Basis">The article.</param>
/// <param name="ImposedBy">The kinds of body that impose it (e.g. KPU Provinsi or KPU Kabupaten/Kota).</param>
/// <param name="Matter">How the matter is routed to get there.</param>
public sealed record AdministrativeConsequence(
    string Indonesian,
    string English,
    string? Condition,
    LegalReference Basis,
    IReadOnlyList<InstitutionKind> ImposedBy,
    RoutingMatter Matter);
