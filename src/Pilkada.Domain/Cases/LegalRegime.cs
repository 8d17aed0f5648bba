using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Calendars;

namespace Pilkada.Domain.Cases;

/// <summary>The body of law a case is handled under. The values are stable.</summary>
public enum LegalRegimeKind
{
    /// <summary>Not stated: the value of <c>default</c>.</summary>
    None = 0,

    /// <summary>Pemilihan kepala daerah (regional head elections): UU 1/2015 jo. UU 8/2015 jo. UU 10/2016 jo. UU 6/2020.</summary>
    Pilkada = 1,

    /// <summary>Pemilihan umum (general elections: president, DPR, DPD, DPRD): UU 7/2017.</summary>
    Pemilu = 2,
}

/// <summary>
/// What a <see cref="LegalRegime"/> leaves to the user: the Pejabat Pembina Kepegawaian's follow-up period (no default:
/// no primary text sets one), the correction period (an assumption by default), and the day-count conventions.
/// </summary>
public sealed record LegalRegimeOptions
{
    /// <summary>No options: the regime's defaults.</summary>
    public static LegalRegimeOptions None { get; } = new();

    /// <summary>
    /// How long the Pejabat Pembina Kepegawaian has to act on a neutrality recommendation from KASN or BKN. <b>No
    /// default</b>: UU 5/2014 Pasal 32 ayat (3) says the recommendation "wajib ditindaklanjuti" but gives no day count,
    /// and none was found in PP 94/2021, Peraturan BKN 1/2023 or the 2022 joint decree (LEGAL-VERIFICATION §5; practice
    /// has seen 3 days in a Kemendagri warning letter of 2020 and 10 days in a statement). Without a value, the case
    /// lists the deadline as <see cref="CaseDeadlineStatus.NoStatutoryDeadline"/>. Give a rule with the instrument your
    /// office follows, e.g. <c>new DeadlineRule("ppk.follow-up", DeadlinePeriod.WorkingDays(14), …)</c>.
    /// </summary>
    public DeadlineRule? PpkFollowUp { get; init; }

    /// <summary>
    /// How long the reporter has to complete a report after a correction is requested; <see langword="null"/> for the
    /// regime's default (<see cref="LaporanDeadlines.Correction"/> under Pilkada: 2 × 24 jam, a practice reading — an assumption).
    /// </summary>
    public DeadlineRule? Correction { get; init; }

    /// <summary>Day 1 and extension conventions; <see langword="null"/> for <see cref="Calendars.DeadlineOptions.Default"/>.</summary>
    public DeadlineOptions? DeadlineOptions { get; init; }
}

/// <summary>
/// Rezim hukum (a legal regime): the statute a case is judged by, the dates it applies, and the deadline rules it gives
/// — Pilkada under UU 10/2016 and its base texts, or Pemilu under UU 7/2017. A case carries its regime, chosen by
/// the kind of election and the date (<see cref="For"/>), so a 2024 case is judged by the rules in force in 2024.
/// </summary>
/// <remarks>
/// <para>
/// The rules come from <see cref="PilkadaDeadlines"/> and <see cref="PemiluDeadlines"/> (each with its article and
/// validity). Two are read from practice and marked <see cref="SourceConfidence.Uncertain"/>: the 2-day correction
/// period, and the follow-up extended to 5 days when additional information is requested (3 + 2: the statute states
/// no total, LEGAL-VERIFICATION §2). The Pejabat Pembina Kepegawaian's period has no default
/// (<see cref="LegalRegimeOptions.PpkFollowUp"/>).
/// </para>
/// <para>
/// The Pemilu regime encodes only UU 7/2017 Pasal 454 (report, finding, follow-up); its criminal-procedure and KPU
/// periods are not encoded, and a Pemilu case lists no deadline for them (<see cref="Notes"/> says so).
/// </para>
/// <para>Regime ids are stable and never reused; JSON stores a case's regime by id and options.</para>
/// </remarks>
[JsonConverter(typeof(LegalRegimeJsonConverter))]
public sealed class LegalRegime
{
    private static readonly LocalDate Uu8Of2015InForce = new(2015, 3, 18);

    /// <summary>The practice reading of 3 + 2 days (Pasal 134 ayat (5)–(6)): at most 5 calendar days after registration.</summary>
    private static readonly DeadlineRule PilkadaFollowUpExtended = new(
        "pilkada.follow-up-with-additional-information",
        DeadlinePeriod.CalendarDays(5),
        "Tindak lanjut laporan dengan keterangan tambahan dari pelapor",
        "Follow-up of a report when additional information is requested",
        new LegalReference("UU 1/2015 jo. UU 8/2015", "Pasal 134 ayat (5) dan (6)",
            "3 hari plus at most 2 hari for additional information from the reporter, read in practice as at most 5 (LEGAL-VERIFICATION §2); the statute states no total"))
    {
        CountedFrom = "setelah laporan diterima (diregistrasi)",
        Confidence = SourceConfidence.Uncertain,
        ValidFrom = Uu8Of2015InForce,
    };

    private static readonly DeadlineRule PemiluCorrection = new(
        "pemilu.correction",
        DeadlinePeriod.Hours(48),
        "Perbaikan laporan oleh pelapor",
        "Correction of the report by the reporter",
        new LegalReference("Perbawaslu 7/2022", null, "assumed as in the Pilkada practice (2 × 24 jam); the Pemilu regulation was not read"))
    {
        CountedFrom = "sejak perbaikan diminta",
        Confidence = SourceConfidence.Uncertain,
    };

    private LegalRegime(
        string id,
        LegalRegimeKind kind,
        string name,
        string englishName,
        LegalReference basis,
        LocalDate validFrom,
        DeadlineRule report,
        DeadlineRule correction,
        DeadlineRule followUp,
        DeadlineRule followUpWithAdditionalInformation,
        IReadOnlyList<string> notes)
    {
        Id = id;
        Kind = kind;
        Name = name;
        EnglishName = englishName;
        Basis = basis;
        ValidFrom = validFrom;
        Report = report;
        Correction = correction;
        DefaultCorrection = correction;
        FollowUp = followUp;
        FollowUpWithAdditionalInformation = followUpWithAdditionalInformation;
        Notes = notes;
        DeadlineOptions = Calendars.DeadlineOptions.Default;
        Options = LegalRegimeOptions.None;
    }

    private LegalRegime(LegalRegime source, LegalRegimeOptions options)
    {
        Id = source.Id;
        Kind = source.Kind;
        Name = source.Name;
        EnglishName = source.EnglishName;
        Basis = source.Basis;
        ValidFrom = source.ValidFrom;
        ValidUntil = source.ValidUntil;
        Report = source.Report;
        Finding = source.Finding;
        DefaultCorrection = source.DefaultCorrection;
        Correction = options.Correction ?? source.DefaultCorrection;
        FollowUp = source.FollowUp;
        FollowUpWithAdditionalInformation = source.FollowUpWithAdditionalInformation;
        ForwardToPolice = source.ForwardToPolice;
        Investigation = source.Investigation;
        ReturnIncompleteFile = source.ReturnIncompleteFile;
        ResubmitFile = source.ResubmitFile;
        TransferToCourt = source.TransferToCourt;
        CourtDecision = source.CourtDecision;
        AppealFiling = source.AppealFiling;
        AppealDecision = source.AppealDecision;
        KpuAdministrativeDecision = source.KpuAdministrativeDecision;
        PpkFollowUp = options.PpkFollowUp;
        DeadlineOptions = options.DeadlineOptions ?? Calendars.DeadlineOptions.Default;
        Notes = source.Notes;
        Options = options;
    }

    /// <summary>
    /// Pilkada under UU 1/2015 (Perppu 1/2014) as amended by UU 8/2015, UU 10/2016 and UU 6/2020, from 1 July 2016 (when
    /// UU 10/2016 rewrote Pasal 146 in hari kerja): report 7 hari, follow-up 3 (+2) hari, forwarding to Polri 1 × 24
    /// jam, Gakkumdu 14/3/3/5 hari kerja, court 7/3/7 hari, KPU 7 hari on an administrative recommendation.
    /// </summary>
    public static LegalRegime Pilkada { get; } = new(
        "pilkada-uu10-2016",
        LegalRegimeKind.Pilkada,
        "Pemilihan kepala daerah (UU 1/2015 jo. UU 8/2015 jo. UU 10/2016)",
        "Regional head elections (UU 1/2015 as amended by UU 8/2015 and UU 10/2016)",
        new LegalReference("UU 10/2016", null, "with its base texts UU 1/2015 (Perppu 1/2014) and UU 8/2015; UU 6/2020 did not change the handling articles"),
        new LocalDate(2016, 7, 1),
        PilkadaDeadlines.Report,
        LaporanDeadlines.Correction,
        PilkadaDeadlines.FollowUp,
        PilkadaFollowUpExtended,
        [
            "Temuan: no Pilkada article or regulation read sets when a finding must be recorded (LEGAL-VERIFICATION §9); no deadline is listed for it.",
            "Correction: 2 × 24 jam is the practice reading of Perbawaslu 8/2020 as amended (assumption).",
            "Follow-up: 3 hari after registration, read as at most 5 when additional information is requested (assumption).",
            "Pejabat Pembina Kepegawaian: no statutory period to act on a neutrality recommendation; set LegalRegimeOptions.PpkFollowUp.",
        ])
    {
        ForwardToPolice = PilkadaDeadlines.ForwardToPolice,
        Investigation = PilkadaDeadlines.Investigation,
        ReturnIncompleteFile = PilkadaDeadlines.ReturnIncompleteFile,
        ResubmitFile = PilkadaDeadlines.ResubmitFile,
        TransferToCourt = PilkadaDeadlines.TransferToCourt,
        CourtDecision = PilkadaDeadlines.CourtDecision,
        AppealFiling = PilkadaDeadlines.AppealFiling,
        AppealDecision = PilkadaDeadlines.AppealDecision,
        KpuAdministrativeDecision = PilkadaDeadlines.KpuAdministrativeDecision,
    };

    /// <summary>
    /// Pemilu under UU 7/2017, from 16 August 2017: report 7 hari kerja, finding 7 hari, follow-up 7 hari or 14 hari kerja
    /// with additional information (Pasal 454). The criminal-procedure and KPU periods of UU 7/2017 are not encoded.
    /// </summary>
    public static LegalRegime Pemilu { get; } = new(
        "pemilu-uu7-2017",
        LegalRegimeKind.Pemilu,
        "Pemilihan umum (UU 7/2017)",
        "General elections (UU 7/2017)",
        new LegalReference("UU 7/2017"),
        new LocalDate(2017, 8, 16),
        PemiluDeadlines.Report,
        PemiluCorrection,
        PemiluDeadlines.FollowUp,
        PemiluDeadlines.FollowUpWithAdditionalInformation,
        [
            "Only UU 7/2017 Pasal 454 is encoded: the Gakkumdu, court and KPU periods of UU 7/2017 are not, and no deadline is listed for them.",
            "Follow-up: Pasal 454 ayat (7) says \"hari\" without \"kerja\"; counted as calendar days (assumption, see PemiluDeadlines).",
            "Correction: 2 × 24 jam assumed as in the Pilkada practice.",
        ])
    {
        Finding = PemiluDeadlines.FindingDetermination,
    };

    /// <summary>Every regime the library defines, in order of validity.</summary>
    public static IReadOnlyList<LegalRegime> All { get; } = [Pilkada, Pemilu];

    /// <summary>The stable id: <c>pilkada-uu10-2016</c>, <c>pemilu-uu7-2017</c>.</summary>
    public string Id { get; }

    /// <summary>Pilkada or Pemilu.</summary>
    public LegalRegimeKind Kind { get; }

    /// <summary>The name in Bahasa Indonesia.</summary>
    public string Name { get; }

    /// <summary>The name in English.</summary>
    public string EnglishName { get; }

    /// <summary>The statute.</summary>
    public LegalReference Basis { get; }

    /// <summary>The first day the regime applies (cases starting from this date).</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day it applies, or <see langword="null"/> while in force.</summary>
    public LocalDate? ValidUntil { get; }

    /// <summary>Batas penyampaian laporan: the report is due within 7 days of the violation becoming known.</summary>
    public DeadlineRule Report { get; }

    /// <summary>When a finding must be recorded (Pemilu: 7 hari, Pasal 454 ayat (5)); <see langword="null"/> for the Pilkada (not found).</summary>
    public DeadlineRule? Finding { get; private init; }

    /// <summary>The correction period after a request (2 × 24 jam by default: an assumption, see <see cref="LegalRegimeOptions.Correction"/>).</summary>
    public DeadlineRule Correction { get; }

    private DeadlineRule DefaultCorrection { get; }

    /// <summary>Tindak lanjut: the follow-up after registration (Pilkada 3 hari, Pasal 134 ayat (5); Pemilu 7 hari).</summary>
    public DeadlineRule FollowUp { get; }

    /// <summary>The follow-up when additional information is requested (Pilkada 3 + 2 = 5 hari, practice; Pemilu 14 hari kerja).</summary>
    public DeadlineRule FollowUpWithAdditionalInformation { get; }

    /// <summary>Forwarding an election crime to Polri: 1 × 24 jam after the decision (Pasal 135 ayat (2)); Pilkada only.</summary>
    public DeadlineRule? ForwardToPolice { get; private init; }

    /// <summary>Investigation file to the prosecutor: 14 hari kerja (Pasal 146 ayat (3)).</summary>
    public DeadlineRule? Investigation { get; private init; }

    /// <summary>An incomplete file goes back to the investigator: 3 hari kerja (Pasal 146 ayat (4)).</summary>
    public DeadlineRule? ReturnIncompleteFile { get; private init; }

    /// <summary>The completed file is resubmitted: 3 hari kerja (Pasal 146 ayat (5)).</summary>
    public DeadlineRule? ResubmitFile { get; private init; }

    /// <summary>The prosecutor transfers the case to court: 5 hari kerja (Pasal 146 ayat (6)).</summary>
    public DeadlineRule? TransferToCourt { get; private init; }

    /// <summary>The Pengadilan Negeri decides: 7 hari (Pasal 148 ayat (1)).</summary>
    public DeadlineRule? CourtDecision { get; private init; }

    /// <summary>An appeal is filed: 3 hari (Pasal 148 ayat (2)).</summary>
    public DeadlineRule? AppealFiling { get; private init; }

    /// <summary>The Pengadilan Tinggi decides: 7 hari (Pasal 148 ayat (4)).</summary>
    public DeadlineRule? AppealDecision { get; private init; }

    /// <summary>The KPU decides on an administrative recommendation: 7 hari (Pasal 140 ayat (1)).</summary>
    public DeadlineRule? KpuAdministrativeDecision { get; private init; }

    /// <summary>The Pejabat Pembina Kepegawaian's period to act on a neutrality recommendation; <see langword="null"/> unless given in <see cref="LegalRegimeOptions.PpkFollowUp"/>.</summary>
    public DeadlineRule? PpkFollowUp { get; }

    /// <summary>The day-count conventions (day 1, extensions).</summary>
    public DeadlineOptions DeadlineOptions { get; }

    /// <summary>The options this regime was made with.</summary>
    public LegalRegimeOptions Options { get; }

    /// <summary>What the regime assumes or does not encode.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The regime of a kind of election in force on a date.</summary>
    /// <param name="kind">Pilkada or Pemilu.</param>
    /// <param name="date">The date the case starts (when the report is received or the finding recorded).</param>
    /// <exception cref="ArgumentOutOfRangeException">No regime of that kind is in force on the date (before 1 July 2016 for the Pilkada, 16 August 2017 for the Pemilu).</exception>
    public static LegalRegime For(LegalRegimeKind kind, LocalDate date) =>
        TryFor(kind, date, out var regime)
            ? regime
            : throw new ArgumentOutOfRangeException(nameof(date), date, $"No {kind} regime is encoded for {PilkadaMessages.FormatDate(date, PilkadaLanguage.English)}.");

    /// <summary>The regime of a kind of election in force on a date, if one is encoded.</summary>
    /// <param name="kind">Pilkada or Pemilu.</param>
    /// <param name="date">The date.</param>
    /// <param name="regime">The regime.</param>
    public static bool TryFor(LegalRegimeKind kind, LocalDate date, [NotNullWhen(true)] out LegalRegime? regime)
    {
        foreach (var candidate in All)
        {
            if (candidate.Kind == kind && candidate.IsInForceOn(date))
            {
                regime = candidate;
                return true;
            }
        }

        regime = null;
        return false;
    }

    /// <summary>A regime by its stable id.</summary>
    /// <param name="id">The id, e.g. <c>pilkada-uu10-2016</c>.</param>
    /// <param name="regime">The regime (with no options).</param>
    public static bool TryGet(string? id, [NotNullWhen(true)] out LegalRegime? regime)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id, id, StringComparison.Ordinal))
            {
                regime = candidate;
                return true;
            }
        }

        regime = null;
        return false;
    }

    /// <summary>Whether the regime applies to a case starting on a date.</summary>
    /// <param name="date">The date.</param>
    public bool IsInForceOn(LocalDate date) => date >= ValidFrom && (ValidUntil is not { } until || date <= until);

    /// <summary>The same regime with options (the PPK's period, the correction period, day-count conventions).</summary>
    /// <param name="options">The options; they replace the current ones.</param>
    public LegalRegime With(LegalRegimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LegalRegime(this, options);
    }

    /// <summary>The name in a language.</summary>
    /// <param name="language">The language.</param>
    public string NameIn(PilkadaLanguage language) => language == PilkadaLanguage.Indonesian ? Name : EnglishName;

    /// <summary>The validity in words: <c>from 1 July 2016</c>.</summary>
    /// <param name="language">The language.</param>
    public string DescribeValidity(PilkadaLanguage language) => ValidUntil is { } until
        ? PilkadaMessages.Format("Regime.ValidBetween", language, new MessageArgument("from", ValidFrom), new MessageArgument("until", until))
        : PilkadaMessages.Format("Regime.ValidFrom", language, new MessageArgument("from", ValidFrom));

    /// <summary>The id and the English name.</summary>
    public override string ToString() => $"{Id}: {EnglishName}";
}
