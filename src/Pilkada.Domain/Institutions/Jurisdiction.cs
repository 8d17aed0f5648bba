using Pilkada.Domain.Calendars;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Institutions;

/// <summary>
/// A route at the level of kinds, before it is placed in a region: what <see cref="Jurisdiction.Plan"/> gives when
/// only the kind of election (or nothing) is known. Where the contest is unknown a step lists both possible kinds
/// (e.g. Bawaslu Provinsi for a governor, Bawaslu Kabupaten/Kota for a regent or mayor).
/// </summary>
/// <param name="Matter">The kind of matter.</param>
/// <param name="Date">The date.</param>
/// <param name="Contest">The kind of election, or <see langword="null"/> when unknown.</param>
/// <param name="Competent">The kind (or the alternative kinds) competent at first instance.</param>
/// <param name="CompetenceBasis">Why.</param>
/// <param name="CompetentDeadlines">The competent body's own deadlines.</param>
/// <param name="Steps">Where the matter goes next.</param>
/// <param name="Note">A remark on the route.</param>
public sealed record RoutePlan(
    RoutingMatter Matter,
    LocalDate Date,
    ContestKind? Contest,
    IReadOnlyList<InstitutionKind> Competent,
    LegalReference CompetenceBasis,
    IReadOnlyList<RouteDeadline> CompetentDeadlines,
    IReadOnlyList<RoutePlanStep> Steps,
    string? Note = null);

/// <summary>One step of a <see cref="RoutePlan"/>.</summary>
/// <param name="Kinds">The kind of the recipient, or the alternatives by contest level.</param>
/// <param name="Action">What it does.</param>
/// <param name="Basis">The article.</param>
/// <param name="Deadlines">The deadlines.</param>
/// <param name="Confidence">How well the step is sourced.</param>
/// <param name="Note">A remark.</param>
public sealed record RoutePlanStep(
    IReadOnlyList<InstitutionKind> Kinds,
    RouteAction Action,
    LegalReference Basis,
    IReadOnlyList<RouteDeadline> Deadlines,
    SourceConfidence Confidence = SourceConfidence.Confirmed,
    string? Note = null);

/// <summary>
/// Kewenangan (jurisdiction): which Bawaslu level handles a matter in a contest, and where the matter goes when it
/// is forwarded — as of a date.
/// </summary>
/// <remarks>
/// <para>The rules, from the statute texts (LEGAL-VERIFICATION §3–§4):</para>
/// <list type="bullet">
/// <item>Bawaslu Provinsi supervises the pemilihan gubernur, Bawaslu Kabupaten/Kota the pemilihan bupati and wali kota
/// (UU 8/2015 Pasal 22A, 28; UU 10/2016 Pasal 30); administrative violations are settled "sesuai dengan tingkatannya"
/// (UU 1/2015 Pasal 139 ayat (3)).</item>
/// <item>Exceptions: politik uang by a calon (Pasal 73 ayat (2)) and TSM administrative violations (Pasal 135A ayat (2))
/// are decided by Bawaslu Provinsi in every contest; keberatan against its putusan on disqualification go to Bawaslu
/// RI (Pasal 22B huruf b).</item>
/// <item>Forwarding (UU 1/2015 Pasal 135): kode etik to DKPP; administrasi to the KPU at the contest's level, which
/// decides within 7 days (Pasal 140 ayat (1)); tindak pidana through Sentra Gakkumdu to the Polri investigator within
/// 1 x 24 hours (Pasal 135 ayat (2)); sengketa settled by Bawaslu within 12 days (Pasal 143 ayat (2)); other laws to
/// the competent agency — for ASN neutrality KASN or BKN by date, then the Pejabat Pembina Kepegawaian.</item>
/// </list>
/// <para>Routes never name a body that did not hold its role on the route's date.</para>
/// </remarks>
public sealed class Jurisdiction
{
    private static readonly Lazy<Jurisdiction> DefaultJurisdiction = new(() => new Jurisdiction(InstitutionDirectory.Default));

    private static readonly LegalReference ForwardOtherLaws = new(
        "UU 10/2016",
        "Pasal 30 huruf e",
        "meneruskan temuan dan laporan yang bukan menjadi kewenangannya kepada instansi yang berwenang (for Bawaslu Provinsi: UU 8/2015 Pasal 28 ayat (1) huruf e)");

    private static readonly RouteDeadline FollowUpWithinThreeDays = new(
        DeadlineAction.FollowUp,
        PilkadaDeadlines.FollowUp,
        DeadlineStart.ReportRegistered,
        "May ask the reporter for more information within 2 days (ayat (6)); read in practice as at most 5 days. The report counts as received when registered.");

    /// <summary>Creates the rules over a directory.</summary>
    /// <param name="directory">The directory that names the institutions.</param>
    public Jurisdiction(InstitutionDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory = directory;
    }

    /// <summary>The rules over <see cref="InstitutionDirectory.Default"/>.</summary>
    public static Jurisdiction Default => DefaultJurisdiction.Value;

    /// <summary>The directory that names the institutions.</summary>
    public InstitutionDirectory Directory { get; }

    private enum Place
    {
        National,
        ContestLevel,
        ContestProvince,
        Locus,
        LocusProvince,
        AsnEmployer,
        VillageRegency,
    }

    /// <summary>The route of a matter in a contest on a date, with every institution named.</summary>
    /// <param name="matter">The kind of matter.</param>
    /// <param name="contest">The kind of election.</param>
    /// <param name="contestRegion">The region of the election: a province for a governor, a kabupaten or kota otherwise.</param>
    /// <param name="date">The date the matter is handled (which decides, e.g., KASN or BKN).</param>
    /// <param name="options">Facts about the person or act concerned (employer, village, place of the crime).</param>
    /// <exception cref="InstitutionException">The region does not hold that election, is unknown, or a needed fact is missing.</exception>
    public ForwardingRoute Route(RoutingMatter matter, ContestKind contest, RegionCode contestRegion, LocalDate date, RouteOptions? options = null)
    {
        var contestError = Directory.CheckContest(contest, contestRegion);
        if (contestError != InstitutionError.None)
        {
            throw Directory.FailContest(contestError, contest, contestRegion, date);
        }

        if (TryRouteCore(matter, contest, contestRegion, date, options ?? RouteOptions.None, out var route, out var error, out var failedKind, out var failedRegion))
        {
            return route;
        }

        throw Directory.Fail(error, failedKind, failedRegion, date, null);
    }

    /// <summary>Tries to give the route of a matter. Never throws for bad input.</summary>
    /// <param name="matter">The kind of matter.</param>
    /// <param name="contest">The kind of election.</param>
    /// <param name="contestRegion">The region of the election.</param>
    /// <param name="date">The date.</param>
    /// <param name="route">The route.</param>
    /// <param name="error">Why not, on failure.</param>
    /// <param name="options">Facts about the person or act concerned.</param>
    public bool TryRoute(RoutingMatter matter, ContestKind contest, RegionCode contestRegion, LocalDate date, [NotNullWhen(true)] out ForwardingRoute? route, out InstitutionError error, RouteOptions? options = null) =>
        TryRouteCore(matter, contest, contestRegion, date, options ?? RouteOptions.None, out route, out error, out _, out _);

    private bool TryRouteCore(
        RoutingMatter matter,
        ContestKind contest,
        RegionCode contestRegion,
        LocalDate date,
        RouteOptions options,
        [NotNullWhen(true)] out ForwardingRoute? route,
        out InstitutionError error,
        out InstitutionKind failedKind,
        out RegionCode failedRegion)
    {
        route = null;
        failedKind = InstitutionKind.None;
        failedRegion = contestRegion;
        error = Directory.CheckContest(contest, contestRegion);
        if (error != InstitutionError.None)
        {
            return false;
        }

        if (!TryBuild(matter, contest, date, out var template))
        {
            error = InstitutionError.UnknownKind;
            return false;
        }

        if (!TryPlace(template.CompetentPlace, template.Competent[0], contest, contestRegion, date, options, out var competent, out error, out failedRegion))
        {
            failedKind = template.Competent[0];
            return false;
        }

        var steps = new List<RouteStep>(template.Steps.Count);
        var notes = new List<string>();
        if (template.Note is { } note)
        {
            notes.Add(note);
        }

        var courtSkipped = false;
        foreach (var step in template.Steps)
        {
            if (courtSkipped && step.Place == Place.LocusProvince)
            {
                continue;
            }

            if (step.Place == Place.Locus && LocusOf(contestRegion, options) is null)
            {
                courtSkipped = true;
                notes.Add("The Pengadilan Negeri and Pengadilan Tinggi are those of the place of the offence: give RouteOptions.SubjectRegion to name them.");
                continue;
            }

            if (step.Place == Place.AsnEmployer && options.CentralAgency is { } agency && !string.IsNullOrWhiteSpace(agency))
            {
                steps.Add(new RouteStep(Directory.CentralPejabatPembinaKepegawaian(agency), step.Action, step.Basis, step.Deadlines, step.Confidence, step.Note));
                continue;
            }

            if (!TryPlace(step.Place, step.Kinds[0], contest, contestRegion, date, options, out var to, out error, out failedRegion))
            {
                failedKind = step.Kinds[0];
                return false;
            }

            var assumed = step.Place == Place.AsnEmployer && options.SubjectRegion is null;
            steps.Add(assumed
                ? new RouteStep(to, step.Action, step.Basis, step.Deadlines, SourceConfidence.Uncertain,
                    "Assumed: the ASN is employed by the government of the contest's region. Give RouteOptions.SubjectRegion or CentralAgency otherwise. " + step.Note)
                : new RouteStep(to, step.Action, step.Basis, step.Deadlines, step.Confidence, step.Note));
        }

        route = new ForwardingRoute(
            matter,
            date,
            contest,
            contestRegion,
            competent,
            template.CompetenceBasis,
            template.CompetentDeadlines,
            steps,
            notes.Count == 0 ? null : string.Join(" ", notes));
        error = InstitutionError.None;
        return true;
    }

    /// <summary>
    /// The route of a matter at the level of kinds: for a known kind of election, or for none (then the steps that
    /// depend on the contest's level list both kinds).
    /// </summary>
    /// <param name="matter">The kind of matter.</param>
    /// <param name="contest">The kind of election, or <see langword="null"/>.</param>
    /// <param name="date">The date.</param>
    /// <exception cref="ArgumentOutOfRangeException">The matter is <see cref="RoutingMatter.None"/> or not defined.</exception>
    public RoutePlan Plan(RoutingMatter matter, ContestKind? contest, LocalDate date)
    {
        if (!TryBuild(matter, contest, date, out var template))
        {
            throw new ArgumentOutOfRangeException(nameof(matter), matter, "Not a kind of matter that can be routed.");
        }

        return new RoutePlan(
            matter,
            date,
            contest,
            template.Competent,
            template.CompetenceBasis,
            template.CompetentDeadlines,
            [.. template.Steps.Select(s => new RoutePlanStep(s.Kinds, s.Action, s.Basis, s.Deadlines, s.Confidence, s.Note))],
            template.Note);
    }

    private static RegionCode? LocusOf(RegionCode contestRegion, RouteOptions options)
    {
        if (options.SubjectRegion is { IsEmpty: false } subject && subject.Level >= RegionLevel.KabupatenKota)
        {
            return subject.AncestorAt(RegionLevel.KabupatenKota);
        }

        return contestRegion.Level == RegionLevel.KabupatenKota ? contestRegion : null;
    }

    private bool TryPlace(Place place, InstitutionKind kind, ContestKind contest, RegionCode contestRegion, LocalDate date, RouteOptions options, [NotNullWhen(true)] out Institution? institution, out InstitutionError error, out RegionCode region)
    {
        switch (place)
        {
            case Place.National:
                region = default;
                break;
            case Place.ContestLevel:
                region = contestRegion;
                break;
            case Place.ContestProvince:
                region = contestRegion.Province;
                break;
            case Place.Locus:
                region = LocusOf(contestRegion, options)!.Value;
                break;
            case Place.LocusProvince:
                region = LocusOf(contestRegion, options)!.Value.Province;
                break;
            case Place.AsnEmployer:
                region = options.SubjectRegion is { IsEmpty: false } employer
                    ? employer.AncestorAt(employer.Level >= RegionLevel.KabupatenKota ? RegionLevel.KabupatenKota : RegionLevel.Provinsi)
                    : contestRegion;
                break;
            default:
                if (options.SubjectRegion is { IsEmpty: false } village)
                {
                    if (village.Level < RegionLevel.KabupatenKota)
                    {
                        region = village;
                        institution = null;
                        error = InstitutionError.WrongRegionLevel;
                        return false;
                    }

                    region = village.AncestorAt(RegionLevel.KabupatenKota);
                }
                else if (contestRegion.Level == RegionLevel.KabupatenKota)
                {
                    region = contestRegion;
                }
                else
                {
                    region = contestRegion;
                    institution = null;
                    error = InstitutionError.MissingSubjectRegion;
                    return false;
                }

                break;
        }

        return Directory.TryGet(kind, region, date, out institution, out error);
    }

    private sealed record StepTemplate(
        IReadOnlyList<InstitutionKind> Kinds,
        Place Place,
        RouteAction Action,
        LegalReference Basis,
        IReadOnlyList<RouteDeadline> Deadlines,
        SourceConfidence Confidence = SourceConfidence.Confirmed,
        string? Note = null);

    private sealed record Template(
        IReadOnlyList<InstitutionKind> Competent,
        Place CompetentPlace,
        LegalReference CompetenceBasis,
        IReadOnlyList<RouteDeadline> CompetentDeadlines,
        IReadOnlyList<StepTemplate> Steps,
        string? Note = null);

    private static LegalReference Ref(string instrument, string provision, string? note = null) => new(instrument, provision, note);

    private static RouteDeadline Deadline(DeadlineAction action, DeadlineRule rule, DeadlineStart start, string? note = null) =>
        new(action, rule, start, note);

    private static bool TryBuild(RoutingMatter matter, ContestKind? contest, LocalDate date, [NotNullWhen(true)] out Template? template)
    {
        var regency = InstitutionDirectory.RegencySupervisorOn(date);
        InstitutionKind[] bawaslu = contest switch
        {
            ContestKind.Gubernur => [InstitutionKind.BawasluProvinsi],
            ContestKind.Bupati or ContestKind.WaliKota => [regency],
            _ => [InstitutionKind.BawasluProvinsi, regency],
        };
        InstitutionKind[] kpu = contest switch
        {
            ContestKind.Gubernur => [InstitutionKind.KpuProvinsi],
            ContestKind.Bupati or ContestKind.WaliKota => [InstitutionKind.KpuKabupatenKota],
            _ => [InstitutionKind.KpuProvinsi, InstitutionKind.KpuKabupatenKota],
        };
        var bawasluBasis = contest == ContestKind.Gubernur
            ? Ref("UU 8/2015", "Pasal 22A ayat (2) dan Pasal 28 ayat (1)", "Bawaslu Provinsi supervises the pemilihan gubernur")
            : contest is null
                ? Ref("UU 8/2015", "Pasal 22A ayat (2)–(3)", "Bawaslu Provinsi for the governor, Bawaslu Kabupaten/Kota for the regent or mayor")
                : Ref("UU 8/2015", "Pasal 22A ayat (3); UU 10/2016 Pasal 30", "Bawaslu (formerly Panwas) Kabupaten/Kota supervises the pemilihan bupati and wali kota");
        RouteDeadline[] followUp = [FollowUpWithinThreeDays];

        template = matter switch
        {
            RoutingMatter.KodeEtikPenyelenggara => new Template(
                bawaslu, Place.ContestLevel, bawasluBasis, followUp,
                [
                    new StepTemplate([InstitutionKind.Dkpp], Place.National, RouteAction.Receive,
                        Ref("UU 1/2015", "Pasal 135 ayat (1) huruf a", "diteruskan oleh Bawaslu kepada DKPP; DKPP settles it (Pasal 137)"), []),
                ]),

            RoutingMatter.AdministrasiPemilihan => new Template(
                bawaslu, Place.ContestLevel, Ref("UU 1/2015", "Pasal 139 ayat (1) dan (3)", "a recommendation, settled by the KPU \"sesuai dengan tingkatannya\""), followUp,
                [
                    new StepTemplate(kpu, Place.ContestLevel, RouteAction.Recommendation, Ref("UU 1/2015", "Pasal 135 ayat (1) huruf b dan Pasal 139 ayat (2)"),
                    [
                        Deadline(DeadlineAction.Decide, PilkadaDeadlines.KpuAdministrativeDecision, DeadlineStart.RecommendationReceived,
                            "If the KPU does not act, Bawaslu gives a peringatan lisan or tertulis (Pasal 141)."),
                    ]),
                ]),

            RoutingMatter.AdministrasiTsm => new Template(
                [InstitutionKind.BawasluProvinsi], Place.ContestProvince,
                Ref("UU 10/2016", "Pasal 73 ayat (2) dan Pasal 135A ayat (2)", "Bawaslu Provinsi decides, also in a bupati or wali kota contest"),
                [
                    Deadline(DeadlineAction.Decide, PilkadaDeadlines.TsmDecision, DeadlineStart.ReportOrFindingReceived,
                        "The article does not say from when the 14 working days run."),
                ],
                [
                    new StepTemplate(kpu, Place.ContestLevel, RouteAction.FollowUp, Ref("UU 10/2016", "Pasal 135A ayat (4)–(5)", "may cancel the paslon"),
                    [
                        Deadline(DeadlineAction.FollowUp, PilkadaDeadlines.TsmKpuDecision, DeadlineStart.PutusanIssued),
                    ]),
                    new StepTemplate([InstitutionKind.MahkamahAgung], Place.National, RouteAction.Appeal, Ref("UU 10/2016", "Pasal 135A ayat (6)–(9)", "if the paslon appeals; final and binding"),
                    [
                        Deadline(DeadlineAction.File, PilkadaDeadlines.TsmAppeal, DeadlineStart.KpuDecision),
                        Deadline(DeadlineAction.Decide, PilkadaDeadlines.TsmSupremeCourtDecision, DeadlineStart.CaseFileReceived),
                    ]),
                ],
                "Pasal 135A ayat (1): the administrative violation of Pasal 73 ayat (2) is terstruktur, sistematis dan masif. The criminal track (Pasal 187A) runs separately (Pasal 73 ayat (5))."),

            RoutingMatter.TindakPidana => new Template(
                bawaslu, Place.ContestLevel,
                Ref("UU 1/2015", "Pasal 135 ayat (2)", "decided by Bawaslu Provinsi, Panwas (Bawaslu) Kabupaten/Kota and/or Panwas Kecamatan"), followUp,
                [
                    new StepTemplate([InstitutionKind.SentraGakkumdu], Place.ContestLevel, RouteAction.Receive, Ref("UU 10/2016", "Pasal 152 ayat (1)–(2)"), []),
                    new StepTemplate([InstitutionKind.Polri], Place.ContestLevel, RouteAction.Investigate, Ref("UU 1/2015", "Pasal 135 ayat (1) huruf d dan ayat (2)"),
                    [
                        Deadline(DeadlineAction.Forward, PilkadaDeadlines.ForwardToPolice, DeadlineStart.BawasluDecision, "1 x 24 jam sejak diputuskan"),
                        Deadline(DeadlineAction.Submit, PilkadaDeadlines.Investigation, DeadlineStart.ReportReceivedFromBawaslu, "the case file to the penuntut umum"),
                    ]),
                    new StepTemplate([InstitutionKind.Kejaksaan], Place.ContestLevel, RouteAction.Prosecute, Ref("UU 10/2016", "Pasal 146 ayat (4)–(6)"),
                    [
                        Deadline(DeadlineAction.Submit, PilkadaDeadlines.TransferToCourt, DeadlineStart.CaseFileReceived,
                            "to the Pengadilan Negeri; an incomplete file goes back within 3 working days and returns within 3 (ayat (4)–(5))"),
                    ]),
                    new StepTemplate([InstitutionKind.PengadilanNegeri], Place.Locus, RouteAction.Try, Ref("UU 1/2015", "Pasal 147–148 ayat (1)", "majelis khusus"),
                    [
                        Deadline(DeadlineAction.Decide, PilkadaDeadlines.CourtDecision, DeadlineStart.CaseFileDelegated),
                    ]),
                    new StepTemplate([InstitutionKind.PengadilanTinggi], Place.LocusProvince, RouteAction.Appeal, Ref("UU 1/2015", "Pasal 148 ayat (2)–(5)", "if appealed; final and binding"),
                    [
                        Deadline(DeadlineAction.File, PilkadaDeadlines.AppealFiling, DeadlineStart.PutusanRead),
                        Deadline(DeadlineAction.Forward, PilkadaDeadlines.AppealTransfer, DeadlineStart.AppealReceived, "the Pengadilan Negeri sends the file to the Pengadilan Tinggi"),
                        Deadline(DeadlineAction.Decide, PilkadaDeadlines.AppealDecision, DeadlineStart.AppealReceived),
                    ]),
                ]),

            RoutingMatter.NetralitasAsn => new Template(
                bawaslu, Place.ContestLevel, ForwardOtherLaws, followUp,
                [
                    new StepTemplate([AsnNeutralityAuthority.KindOn(date)], Place.National, RouteAction.Receive, AsnNeutralityAuthority.PeriodOn(date).Basis, []),
                    new StepTemplate([InstitutionKind.PejabatPembinaKepegawaian], Place.AsnEmployer, RouteAction.ImposeSanction,
                        AsnNeutralityAuthority.KindOn(date) == InstitutionKind.Kasn
                            ? Ref("UU 5/2014", "Pasal 32 ayat (3)", "the findings must be acted on by the Pejabat Pembina Kepegawaian")
                            : Ref("PP 94/2021", "Pasal 24", "the official who must impose discipline; PP 42/2004 Pasal 15 for moral sanctions"),
                        [],
                        SourceConfidence.Confirmed,
                        "No day count for acting on the recommendation was found in any primary text (❓); set one in the case rules if needed."),
                ]),

            RoutingMatter.KepalaDesa => new Template(
                bawaslu, Place.ContestLevel, ForwardOtherLaws, followUp,
                [
                    new StepTemplate([InstitutionKind.KepalaDaerah], Place.VillageRegency, RouteAction.ImposeSanction,
                        Ref("UU 6/2014", "Pasal 29 huruf j dan Pasal 30", "not among the statute texts checked"), [],
                        SourceConfidence.Uncertain,
                        "Village heads go to their supervisor, the bupati or wali kota (in practice through the camat)."),
                ]),

            RoutingMatter.PeraturanLainnya => new Template(
                bawaslu, Place.ContestLevel, ForwardOtherLaws, followUp, [],
                "Forwarded to the competent agency (instansi yang berwenang), which this library does not name for laws other than the civil-service and village laws."),

            RoutingMatter.SengketaPemilihan => new Template(
                bawaslu, Place.ContestLevel, Ref("UU 1/2015", "Pasal 135 ayat (1) huruf c dan Pasal 143 ayat (1)", "a dispute, settled by Bawaslu itself"),
                [
                    Deadline(DeadlineAction.Decide, PilkadaDeadlines.DisputeDecision, DeadlineStart.ReportOrFindingReceived),
                ],
                [
                    new StepTemplate(kpu, Place.ContestLevel, RouteAction.FollowUp, Ref("UU 10/2016", "Pasal 144 ayat (1)–(2)", "the putusan is binding"),
                    [
                        Deadline(DeadlineAction.FollowUp, PilkadaDeadlines.KpuDisputeFollowUp, DeadlineStart.PutusanIssued),
                    ]),
                ]),

            RoutingMatter.Keberatan => new Template(
                [InstitutionKind.BawasluRI], Place.National,
                Ref("UU 10/2016", "Pasal 22B huruf b", "keberatan against a Bawaslu Provinsi putusan on disqualification"), [], [],
                "No day count for the keberatan was found in UU Pilkada."),

            RoutingMatter.PerselisihanHasil => new Template(
                [InstitutionKind.MahkamahKonstitusi], Place.National,
                Ref("UU 10/2016", "Pasal 157 ayat (3)–(4)", "until a special court is formed"),
                [
                    Deadline(DeadlineAction.File, PilkadaDeadlines.ConstitutionalCourtFiling, DeadlineStart.ResultAnnounced),
                    Deadline(DeadlineAction.Decide, PilkadaDeadlines.ConstitutionalCourtDecision, DeadlineStart.PetitionReceived),
                ],
                [],
                "The KPU must act on the putusan (Pasal 157 ayat (10))."),

            _ => null,
        };

        return template is not null;
    }
}
