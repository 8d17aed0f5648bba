using System.Globalization;

namespace Pilkada.Domain;

/// <summary>
/// Dasar hukum (legal source): the instrument and, where it matters, the provision a fact comes from, e.g.
/// <c>UU 10/2016</c> + <c>Pasal 134 ayat (4)</c>. Every deadline, sanction, stage and lifetime in the library carries one.
/// </summary>
/// <param name="Instrument">The instrument: <c>UU 10/2016</c>, <c>PP 94/2021</c>, <c>Perbawaslu 9/2024</c>, <c>PKPU 2/2024</c>, <c>Keppres 33/2024</c>.</param>
/// <param name="Provision">The article, paragraph or letter, e.g. <c>Pasal 134 ayat (4)</c>; <see langword="null"/> for the whole instrument.</param>
/// <param name="Note">A short remark, e.g. how the provision is read in practice or which source reported it.</param>
public sealed record LegalReference(string Instrument, string? Provision = null, string? Note = null)
{
    /// <summary>The instrument and provision: <c>UU 10/2016 Pasal 134 ayat (4)</c>.</summary>
    public override string ToString() =>
        Provision is null ? Instrument : string.Create(CultureInfo.InvariantCulture, $"{Instrument} {Provision}");
}

/// <summary>
/// How well a fact is sourced, following the marks of the domain brief: two independent sources, one source, or
/// uncertain. Uncertain values are kept as data with their assumption, never as hidden constants.
/// </summary>
public enum SourceConfidence
{
    /// <summary>Two or more independent sources agree (✅✅), or the statute text itself.</summary>
    Confirmed = 0,

    /// <summary>One source, or only the official's own statement (✅).</summary>
    SingleSource = 1,

    /// <summary>Uncertain, conflicting or inferred (❓): an assumption, documented with its source.</summary>
    Uncertain = 2,
}
