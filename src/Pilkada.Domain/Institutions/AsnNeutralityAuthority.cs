using NodaTime;

namespace Pilkada.Domain.Institutions;

/// <summary>
/// A period in which one body holds a competence: from a date (inclusive) until a date (exclusive), either end open.
/// </summary>
/// <param name="Kind">The body.</param>
/// <param name="From">The first day, or <see langword="null"/> for "since before anything modelled".</param>
/// <param name="Until">The first day it no longer holds the competence, or <see langword="null"/> while it does.</param>
/// <param name="Basis">The instrument that gives or ends the competence.</param>
/// <param name="Confidence">How well the dates are sourced.</param>
/// <param name="Note">What is uncertain.</param>
public sealed record CompetencePeriod(
    InstitutionKind Kind,
    LocalDate? From,
    LocalDate? Until,
    LegalReference Basis,
    SourceConfidence Confidence,
    string? Note = null)
{
    /// <summary>Whether the period includes a date.</summary>
    /// <param name="date">The date.</param>
    public bool Contains(LocalDate date) => (From is not { } from || date >= from) && (Until is not { } until || date < until);
}

/// <summary>
/// Who handles ASN-neutrality cases that Bawaslu forwards, by date: KASN until 23 August 2024, BKN from
/// 24 August 2024 (SE MenPAN-RB 4/2024; Perpres 91/2024 and 92/2024, whose dates were not found). The periods cover
/// every date exactly once, so a 2024 case is judged by the body of its own date.
/// </summary>
public static class AsnNeutralityAuthority
{
    /// <summary>The periods, in order; together they cover every date exactly once.</summary>
    public static IReadOnlyList<CompetencePeriod> Periods { get; } =
    [
        new(
            InstitutionKind.Kasn,
            null,
            InstitutionProfiles.BknNeutralityFrom,
            new LegalReference("UU 5/2014", "Pasal 31 ayat (1) huruf a", "KASN bertugas menjaga netralitas Pegawai ASN"),
            SourceConfidence.Confirmed,
            "KASN existed from UU 5/2014 (15 January 2014); UU 20/2023 Pasal 70 ayat (3) kept it until implementing rules, at most 6 months. " +
            "24 August 2024 is the operative end date used by Bawaslu."),
        new(
            InstitutionKind.Bkn,
            InstitutionProfiles.BknNeutralityFrom,
            null,
            new LegalReference("SE MenPAN-RB 4/2024", null, "Pengalihan Pelaksanaan Pengawasan Sistem Merit dalam Manajemen ASN"),
            SourceConfidence.Confirmed,
            "Perpres 92/2024 moves KASN's functions, including ASN neutrality, to BKN; its promulgation date was not found (❓)."),
    ];

    /// <summary>The period that holds on a date.</summary>
    /// <param name="date">The date of the case (when it is forwarded).</param>
    public static CompetencePeriod PeriodOn(LocalDate date)
    {
        foreach (var period in Periods)
        {
            if (period.Contains(date))
            {
                return period;
            }
        }

        throw new InvalidOperationException("The ASN-neutrality periods do not cover every date.");
    }

    /// <summary>The body that handles ASN-neutrality cases on a date: <see cref="InstitutionKind.Kasn"/> or <see cref="InstitutionKind.Bkn"/>.</summary>
    /// <param name="date">The date of the case (when it is forwarded).</param>
    public static InstitutionKind KindOn(LocalDate date) => PeriodOn(date).Kind;
}
