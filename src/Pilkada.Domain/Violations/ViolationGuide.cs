using Pilkada.Domain.People;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Violations;

/// <summary>What a breach is and what follows from it, as of a date, in a contest.</summary>
/// <param name="Breach">The breach.</param>
/// <param name="Date">The date (of the handling; decides KASN or BKN and the ladder in force).</param>
/// <param name="Category">Its category.</param>
/// <param name="Prohibition">The article that forbids it.</param>
/// <param name="Punishment">The article that punishes it, if any.</param>
/// <param name="Route">Where it is forwarded.</param>
/// <param name="AdministrativeRoutes">Routes of its administrative consequences (e.g. a petahana's cancellation via the KPU).</param>
/// <param name="Penalty">The criminal penalty, if any.</param>
/// <param name="Sanctions">The sanctions that may follow (disciplinary, moral), in order.</param>
/// <param name="TransitionalSanctions">Sanctions that apply instead under a transitional rule (PP 94/2021 Pasal 42 for sedang).</param>
/// <param name="AdministrativeConsequences">Administrative consequences (cancellation of a candidacy).</param>
/// <param name="Notes">What is uncertain or assumed.</param>
public sealed record BreachAssessment(
    IBreach Breach,
    LocalDate Date,
    ViolationCategory Category,
    LegalReference Prohibition,
    LegalReference? Punishment,
    ForwardingRoute Route,
    IReadOnlyList<ForwardingRoute> AdministrativeRoutes,
    CriminalPenalty? Penalty,
    IReadOnlyList<Sanction> Sanctions,
    IReadOnlyList<Sanction> TransitionalSanctions,
    IReadOnlyList<AdministrativeConsequence> AdministrativeConsequences,
    IReadOnlyList<string> Notes);

/// <summary>Facts that refine an assessment.</summary>
public sealed record AssessmentOptions
{
    /// <summary>No facts.</summary>
    public static AssessmentOptions None { get; } = new();

    /// <summary>Facts that place the route (the employer of an ASN, the village of a kepala desa, the place of a crime).</summary>
    public RouteOptions Route { get; init; } = RouteOptions.None;

    /// <summary>
    /// The kind of civil servant (PNS or PPPK) for an ASN-neutrality breach; <see langword="null"/> (unknown) gives the
    /// PNS sanctions with a note that a PPPK's discipline follows PP 49/2018.
    /// </summary>
    public AsnKind? Employee { get; init; }
}

/// <summary>
/// Answers, for a breach (an <see cref="Offence"/> or an <see cref="AsnNeutralityBreach"/>): its category, the articles
/// that forbid and punish it, where it is forwarded on a date (through <see cref="Jurisdiction"/>), and the sanctions
/// that may follow.
/// </summary>
/// <example>
/// <code>
/// var guide = ViolationGuide.Default;
/// var politikUang = OffenceCatalog.Default.Search("187A")[0];
/// var assessment = guide.Assess(politikUang, ContestKind.WaliKota, RegionCode.Parse("52.72"), new LocalDate(2024, 11, 20));
/// // assessment.Route.Steps: Sentra Gakkumdu Kota Bima → Polres Kota Bima (1 x 24 jam) → Kejaksaan Negeri Kota Bima → …
/// </code>
/// </example>
public sealed class ViolationGuide
{
    private static readonly Lazy<ViolationGuide> DefaultGuide = new(() => new ViolationGuide(Jurisdiction.Default, OffenceCatalog.Default));

    /// <summary>Creates a guide.</summary>
    /// <param name="jurisdiction">The routing rules.</param>
    /// <param name="offences">The offence catalogue searched by <see cref="Find"/>.</param>
    public ViolationGuide(Jurisdiction jurisdiction, OffenceCatalog offences)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        ArgumentNullException.ThrowIfNull(offences);
        Jurisdiction = jurisdiction;
        Offences = offences;
    }

    /// <summary>The guide over the default data.</summary>
    public static ViolationGuide Default => DefaultGuide.Value;

    /// <summary>The routing rules.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>The offence catalogue.</summary>
    public OffenceCatalog Offences { get; }

    /// <summary>
    /// Finds breaches by article (<c>187A</c>, <c>71</c>), decree number (<c>D5</c>) or words (<c>politik uang</c>,
    /// <c>netralitas</c>): offences first, then ASN-neutrality breaches.
    /// </summary>
    /// <param name="query">What to look for.</param>
    public IReadOnlyList<IBreach> Find(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. Offences.Search(query), .. AsnNeutralityCatalog.Search(query)];
    }

    /// <summary>Assesses a breach in a contest on a date.</summary>
    /// <param name="breach">The breach.</param>
    /// <param name="contest">The kind of election.</param>
    /// <param name="contestRegion">The region of the election.</param>
    /// <param name="date">The date the matter is handled.</param>
    /// <param name="options">Facts about the person or act concerned.</param>
    /// <exception cref="InstitutionException">The contest or a fact does not fit (see <see cref="Jurisdiction.Route"/>).</exception>
    public BreachAssessment Assess(IBreach breach, ContestKind contest, RegionCode contestRegion, LocalDate date, AssessmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(breach);
        options ??= AssessmentOptions.None;
        var route = Jurisdiction.Route(breach.Matter, contest, contestRegion, date, options.Route);
        return Build(breach, date, route, contest, contestRegion, options);
    }

    /// <summary>Tries to assess a breach. Never throws for bad input.</summary>
    /// <param name="breach">The breach.</param>
    /// <param name="contest">The kind of election.</param>
    /// <param name="contestRegion">The region of the election.</param>
    /// <param name="date">The date the matter is handled.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="error">Why not, on failure.</param>
    /// <param name="options">Facts about the person or act concerned.</param>
    public bool TryAssess(IBreach breach, ContestKind contest, RegionCode contestRegion, LocalDate date, [NotNullWhen(true)] out BreachAssessment? assessment, out InstitutionError error, AssessmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(breach);
        options ??= AssessmentOptions.None;
        assessment = null;
        if (!Jurisdiction.TryRoute(breach.Matter, contest, contestRegion, date, out var route, out error, options.Route))
        {
            return false;
        }

        assessment = Build(breach, date, route, contest, contestRegion, options);
        return true;
    }

    /// <summary>The sanctions that may follow a breach on a date, without a route.</summary>
    /// <param name="breach">The breach.</param>
    /// <param name="date">The date of the breach.</param>
    /// <param name="employee">For ASN breaches, the kind of civil servant; <see langword="null"/> when unknown.</param>
    /// <returns>The sanctions, the transitional alternatives, and notes.</returns>
    public static (IReadOnlyList<Sanction> Sanctions, IReadOnlyList<Sanction> Transitional, IReadOnlyList<string> Notes) SanctionsFor(IBreach breach, LocalDate date, AsnKind? employee = null)
    {
        ArgumentNullException.ThrowIfNull(breach);
        var notes = new List<string>();
        if (breach is not AsnNeutralityBreach asn)
        {
            return ([], [], notes);
        }

        if (employee == AsnKind.Pppk && asn.List == AsnBreachList.Disiplin && !asn.DismissalWithoutHonour)
        {
            var regime = SanctionLadders.For(AsnKind.Pppk, date);
            notes.Add(regime.Note!);
            return ([], [], notes);
        }

        if (employee is null && asn.List == AsnBreachList.Disiplin)
        {
            notes.Add("Sanctions given for a PNS; a PPPK's discipline follows PP 49/2018 (not encoded).");
        }

        notes.Add("Whether an act falls on the decree's ethics list (E) or its discipline list (D) is decided by a rule that was not found (❓); the caller chooses.");
        if (asn.List == AsnBreachList.KodeEtik)
        {
            return (SanctionLadders.MoralSanctions.Sanctions, [], notes);
        }

        if (asn.DismissalWithoutHonour)
        {
            return ([SanctionLadders.PartyMembershipDismissal], [], notes);
        }

        var ladder = SanctionLadders.PnsDisciplineOn(date);
        var sanctions = ladder.At(asn.Level);
        IReadOnlyList<Sanction> transitional = [];
        if (asn.Level == DisciplineLevel.Sedang && ladder == SanctionLadders.Pp94Of2021)
        {
            transitional = SanctionLadders.Pp53Of2010.At(DisciplineLevel.Sedang);
            notes.Add("PP 94/2021 Pasal 42: until the regulation on salaries and allowances applies, the sedang penalties are those of PP 53/2010 Pasal 7 ayat (3).");
        }

        if (asn.PnsProhibitionNumber == 1)
        {
            notes.Add("PP 94/2021 gives \"ikut kampanye\" (Pasal 5 huruf n angka 1) no level; the level here is the decree's.");
        }

        return (sanctions, transitional, notes);
    }

    private BreachAssessment Build(IBreach breach, LocalDate date, ForwardingRoute route, ContestKind contest, RegionCode contestRegion, AssessmentOptions options)
    {
        var (sanctions, transitional, notes) = SanctionsFor(breach, date, options.Employee);
        var allNotes = new List<string>(notes);
        var offence = breach as Offence;
        if (offence is not null && !offence.IsInForceOn(date))
        {
            allNotes.Add($"The text encoded for {offence.Code} is in force from {offence.InForceFrom:yyyy-MM-dd}; check the earlier text for conduct before that date.");
        }

        var consequences = offence?.AdministrativeConsequences ?? [];
        var administrative = new List<ForwardingRoute>();
        foreach (var consequence in consequences)
        {
            if (consequence.Matter != breach.Matter &&
                Jurisdiction.TryRoute(consequence.Matter, contest, contestRegion, date, out var extra, out _, options.Route))
            {
                administrative.Add(extra);
            }
        }

        if (route.Note is { } routeNote)
        {
            allNotes.Add(routeNote);
        }

        return new BreachAssessment(
            breach,
            date,
            breach.Category,
            breach.Prohibition,
            breach.Punishment,
            route,
            administrative,
            offence?.Penalty,
            sanctions,
            transitional,
            consequences,
            allNotes);
    }
}
