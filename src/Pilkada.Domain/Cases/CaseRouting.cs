using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Cases;

/// <summary>What a routing check found. The values are stable.</summary>
public enum RoutingWarningKind
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The recipient is not on the route the law gives for the matter on that date.</summary>
    NotOnRoute = 1,

    /// <summary>
    /// The recipient did not hold the role on that date: KASN from 24 August 2024, BKN (for ASN neutrality) before it,
    /// or a body outside its lifetime (e.g. Panwas Kabupaten/Kota after 28 January 2020).
    /// </summary>
    AuthorityNotInForce = 2,
}

/// <summary>A forwarding or recommendation that differs from the route the law gives: a warning, not a rejection.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="EventIndex">The 0-based index of the event.</param>
/// <param name="Recipient">Where it went.</param>
/// <param name="Date">The local date of the event (which decides the route).</param>
/// <param name="Expected">Where the route goes on that date (the steps' institutions).</param>
public sealed record RoutingWarning(RoutingWarningKind Kind, int EventIndex, Institution Recipient, LocalDate Date, IReadOnlyList<Institution> Expected)
{
    /// <summary>
    /// The warning in words, e.g. <c>event 5 (20 August 2024): forwarded to BKN, which did not handle ASN neutrality on that
    /// date; KASN did until 23 August 2024</c>.
    /// </summary>
    /// <param name="language">The language.</param>
    public string Describe(PilkadaLanguage language) => PilkadaMessages.Format(
        "Routing." + Kind,
        language,
        new MessageArgument("index", EventIndex + 1),
        new MessageArgument("date", Date),
        new MessageArgument("recipient", Recipient.Name),
        new MessageArgument("expected", Expected.Count == 0 ? "—" : string.Join(", ", Expected.Select(i => i.Name))),
        new MessageArgument("authority", InstitutionProfiles.Default[AsnNeutralityAuthority.KindOn(Date)].ShortName));

    /// <summary>The English description.</summary>
    public override string ToString() => Describe(PilkadaLanguage.English);
}

/// <summary>
/// Where a case should go and how what was done compares: the route of the decided matter on the decision date
/// (<see cref="Jurisdiction.Route"/>), the institutions on it not yet reached, and a warning for each forwarding or
/// recommendation that differs from the route on its own date.
/// </summary>
/// <remarks>
/// Forwarding elsewhere is allowed (the case accepts it) and only warned about: an officer may coordinate up the
/// hierarchy, the ASN may work for another government than the contest's, and some routing facts are assumptions.
/// </remarks>
public sealed class CaseRouting
{
    private CaseRouting(RoutingMatter matter, ContestKind? contest, RegionCode contestRegion, ForwardingRoute? suggested, InstitutionError error, IReadOnlyList<Institution> pending, IReadOnlyList<RoutingWarning> warnings)
    {
        Matter = matter;
        Contest = contest;
        ContestRegion = contestRegion;
        Suggested = suggested;
        Error = error;
        Pending = pending;
        Warnings = warnings;
    }

    /// <summary>The matter routed (from the decision: its stated matter, its offences, or its category); <see cref="RoutingMatter.None"/> before a violation is found.</summary>
    public RoutingMatter Matter { get; }

    /// <summary>The kind of contest the route is for (from the case's contest, or from its region).</summary>
    public ContestKind? Contest { get; }

    /// <summary>The contest's region.</summary>
    public RegionCode ContestRegion { get; }

    /// <summary>The route on the decision date, or <see langword="null"/> before a violation is found or when it cannot be given (<see cref="Error"/>).</summary>
    public ForwardingRoute? Suggested { get; }

    /// <summary>Why no route could be given, or <see cref="InstitutionError.None"/>.</summary>
    public InstitutionError Error { get; }

    /// <summary>
    /// The institutions of the suggested route not yet reached, in order: not forwarded or recommended to, and (on the
    /// criminal route) not reached by a Sentra Gakkumdu step — the berkas to the Kejaksaan, the pelimpahan to the Pengadilan
    /// Negeri, an appeal to the Pengadilan Tinggi.
    /// </summary>
    public IReadOnlyList<Institution> Pending { get; }

    /// <summary>The forwardings and recommendations that differ from the route on their dates.</summary>
    public IReadOnlyList<RoutingWarning> Warnings { get; }

    internal static CaseRouting For(ViolationCase @case, Jurisdiction jurisdiction)
    {
        var state = @case.State;
        var (contest, contestRegion) = ContestOf(@case);
        if (state.Decision is not ViolationFound found || state.DecidedAt is not { } decidedAt || contest is null)
        {
            return new CaseRouting(RoutingMatter.None, contest, contestRegion, null, InstitutionError.None, [], []);
        }

        var matter = MatterOf(found);
        var options = @case.Region != contestRegion ? new RouteOptions { SubjectRegion = @case.Region } : RouteOptions.None;
        var routes = new Dictionary<LocalDate, (ForwardingRoute? Route, InstitutionError Error)>();
        (ForwardingRoute? Route, InstitutionError Error) RouteOn(LocalDate date)
        {
            if (!routes.TryGetValue(date, out var entry))
            {
                entry = jurisdiction.TryRoute(matter, contest.Value, contestRegion, date, out var route, out var error, options) ? (route, InstitutionError.None) : (null, error);
                routes[date] = entry;
            }

            return entry;
        }

        var (suggested, suggestionError) = RouteOn(decidedAt.InZone(@case.Zone).Date);
        var warnings = new List<RoutingWarning>();
        var reached = new List<Institution>();
        var reachedKinds = new HashSet<InstitutionKind>();
        var events = @case.Events;
        for (var i = 0; i < events.Count; i++)
        {
            // The Sentra Gakkumdu steps reach the bodies down the criminal route without a forwarding event of their own.
            switch (events[i])
            {
                case Forwarded { To.Kind: var kind } when CaseFold.IsPolice(kind):
                    reachedKinds.Add(InstitutionKind.SentraGakkumdu);
                    break;
                case CaseFileToProsecutor:
                    reachedKinds.Add(InstitutionKind.Kejaksaan);
                    break;
                case CaseTransferredToCourt or DistrictCourtVerdict:
                    reachedKinds.Add(InstitutionKind.PengadilanNegeri);
                    break;
                case AppealFiled or HighCourtVerdict:
                    reachedKinds.Add(InstitutionKind.PengadilanTinggi);
                    break;
            }

            var recipient = events[i] switch
            {
                Forwarded f => f.To,
                RecommendationIssued r => r.To,
                _ => null,
            };
            if (recipient is null)
            {
                continue;
            }

            reached.Add(recipient);
            var date = events[i].At.InZone(@case.Zone).Date;
            var (route, _) = RouteOn(date);
            IReadOnlyList<Institution> expected = route is null ? [] : [.. route.Steps.Select(s => s.To)];
            if (!HeldRoleOn(recipient, date, matter, jurisdiction))
            {
                warnings.Add(new RoutingWarning(RoutingWarningKind.AuthorityNotInForce, i, recipient, date, expected));
            }
            else if (expected.Count > 0 && !expected.Any(e => SameBody(e, recipient)))
            {
                warnings.Add(new RoutingWarning(RoutingWarningKind.NotOnRoute, i, recipient, date, expected));
            }
        }

        IReadOnlyList<Institution> pending = suggested is null
            ? []
            : [.. suggested.Steps.Select(s => s.To).Where(to => !reachedKinds.Contains(to.Kind) && !reached.Any(r => SameBody(r, to)))];
        return new CaseRouting(matter, contest, contestRegion, suggested, suggestionError, pending, warnings);
    }

    /// <summary>The matter of a decision: as stated, else from its first known offence, else from its category.</summary>
    internal static RoutingMatter MatterOf(ViolationFound found)
    {
        if (found.Matter is { } stated && stated != RoutingMatter.None)
        {
            return stated;
        }

        foreach (var code in found.Offences ?? [])
        {
            if (OffenceCatalog.Default.TryGet(code, out var offence))
            {
                return offence.Matter;
            }

            if (AsnNeutralityCatalog.TryGet(code, out var breach))
            {
                return breach.Matter;
            }
        }

        return found.Category.DefaultMatter();
    }

    private static (ContestKind? Kind, RegionCode Region) ContestOf(ViolationCase @case)
    {
        if (@case.Contest is { } contest && ContestId.KindOf(contest.Region) is { } kind)
        {
            return (kind, contest.Region);
        }

        var region = @case.Region;
        if (region.Level == RegionLevel.Provinsi)
        {
            return (ContestKind.Gubernur, region);
        }

        if (region.Level >= RegionLevel.KabupatenKota)
        {
            var regency = region.AncestorAt(RegionLevel.KabupatenKota);
            return (regency.IsKota ? ContestKind.WaliKota : ContestKind.Bupati, regency);
        }

        return (null, region);
    }

    private static bool HeldRoleOn(Institution recipient, LocalDate date, RoutingMatter matter, Jurisdiction jurisdiction)
    {
        if (recipient.Kind is InstitutionKind.Kasn or InstitutionKind.Bkn && matter == RoutingMatter.NetralitasAsn)
        {
            return AsnNeutralityAuthority.KindOn(date) == recipient.Kind;
        }

        if (recipient.Kind == InstitutionKind.Kasn)
        {
            return AsnNeutralityAuthority.KindOn(date) == InstitutionKind.Kasn;
        }

        if (recipient.Kind == InstitutionKind.PejabatPembinaKepegawaian && recipient.Region.IsEmpty)
        {
            return true;
        }

        return jurisdiction.Directory.TryGet(recipient.Kind, recipient.Region, date, out _, out var error, recipient.TpsNumber)
            || error != InstitutionError.NotInForce;
    }

    private static bool SameBody(Institution a, Institution b) =>
        (a.Kind == b.Kind && (a.Region == b.Region || a.Region.IsEmpty || b.Region.IsEmpty)) ||
        (CaseFold.IsPolice(a.Kind) && CaseFold.IsPolice(b.Kind) && a.Region == b.Region);
}
