using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// The deadlines of violation handling in the Pemilu (general elections: president, DPR, DPD, DPRD) under UU 7/2017
/// Pasal 454, which differ from the Pilkada ones in <see cref="PilkadaDeadlines"/>.
/// </summary>
/// <remarks>
/// Source of the wording: the statute text of UU 7/2017 (page 270 of the official print, as reproduced on
/// online.flipbuilder.com/cmvf/wgnv, page 312), one source. Ayat (6) and (8) say "hari kerja" explicitly. Ayat (5) and
/// (7) say "hari" only; no general definition of "hari" in UU 7/2017 was read for this library, and MK 31/PUU-XVI/2018
/// read an unqualified "hari" in Pasal 468 ayat (2) of the same law as hari kerja. Those two rules are therefore counted
/// here in calendar days and marked <see cref="SourceConfidence.Uncertain"/>: an assumption, not a settled reading.
/// UU 7/2017 is in force from 16 August 2017.
/// </remarks>
public static class PemiluDeadlines
{
    private const string Uu7Of2017 = "UU 7/2017";
    private const string UnqualifiedDays = "\"hari\" without \"kerja\": counted as calendar days (assumption; MK 31/PUU-XVI/2018 read an unqualified \"hari\" in Pasal 468 ayat (2) as hari kerja)";

    private static readonly LocalDate InForce = new(2017, 8, 16);

    /// <summary>The results of supervision are set as a finding (temuan) within <b>7 hari</b> of the suspected violation being found — Pasal 454 ayat (5). Day type uncertain.</summary>
    public static DeadlineRule FindingDetermination { get; } = new DeadlineRule(
        "pemilu.finding",
        DeadlinePeriod.CalendarDays(7),
        "Penetapan temuan pelanggaran Pemilu",
        "Setting a supervision result as a finding of a violation",
        new LegalReference(Uu7Of2017, "Pasal 454 ayat (5)", UnqualifiedDays))
    {
        CountedFrom = "sejak ditemukannya dugaan pelanggaran Pemilu",
        Confidence = SourceConfidence.Uncertain,
        ValidFrom = InForce,
    };

    /// <summary>A Pemilu violation is reported within <b>7 hari kerja</b> of becoming known — Pasal 454 ayat (6).</summary>
    public static DeadlineRule Report { get; } = new DeadlineRule(
        "pemilu.report",
        DeadlinePeriod.WorkingDays(7),
        "Batas penyampaian laporan pelanggaran Pemilu",
        "Time limit to report a general-election violation",
        new LegalReference(Uu7Of2017, "Pasal 454 ayat (6)"))
    {
        CountedFrom = "sejak diketahui terjadinya dugaan pelanggaran Pemilu",
        Confidence = SourceConfidence.SingleSource,
        ValidFrom = InForce,
    };

    /// <summary>Findings and reports studied and proven are followed up within <b>7 hari</b> of being received and registered — Pasal 454 ayat (7). Day type uncertain.</summary>
    public static DeadlineRule FollowUp { get; } = new DeadlineRule(
        "pemilu.follow-up",
        DeadlinePeriod.CalendarDays(7),
        "Tindak lanjut temuan dan laporan pelanggaran Pemilu",
        "Follow-up of findings and reports",
        new LegalReference(Uu7Of2017, "Pasal 454 ayat (7)", UnqualifiedDays))
    {
        CountedFrom = "setelah temuan dan laporan diterima dan diregistrasi",
        Confidence = SourceConfidence.Uncertain,
        ValidFrom = InForce,
    };

    /// <summary>When additional information is needed, it and the review take at most <b>14 hari kerja</b> after receipt and registration — Pasal 454 ayat (8).</summary>
    public static DeadlineRule FollowUpWithAdditionalInformation { get; } = new DeadlineRule(
        "pemilu.follow-up-additional-information",
        DeadlinePeriod.WorkingDays(14),
        "Keterangan tambahan dan kajian atas temuan dan laporan",
        "Additional information and review of findings and reports",
        new LegalReference(Uu7Of2017, "Pasal 454 ayat (8)"))
    {
        CountedFrom = "setelah temuan dan laporan diterima dan diregistrasi",
        Confidence = SourceConfidence.SingleSource,
        ValidFrom = InForce,
    };

    /// <summary>Every rule above, in the order of the article.</summary>
    public static IReadOnlyList<DeadlineRule> All { get; } = [FindingDetermination, Report, FollowUp, FollowUpWithAdditionalInformation];
}
