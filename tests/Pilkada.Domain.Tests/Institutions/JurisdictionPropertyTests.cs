using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Institutions;

/// <summary>Generators for dates, contests and matters.</summary>
public static class JurisdictionArbitraries
{
    private static readonly LocalDate Epoch = new(2000, 1, 1);

    private static readonly Region[] ContestRegions =
    [
        .. RegionCatalog.Default.Provinces.Where(p => p.Code.ProvinceNumber != 34),
        .. RegionCatalog.Default.AtLevel(RegionLevel.KabupatenKota).Where(r => r.Kind is RegionKind.Kabupaten or RegionKind.Kota),
    ];

    /// <summary>Any date from 2000 to 2059.</summary>
    public static Gen<LocalDate> AnyDate => Gen.Choose(0, 60 * 366).Select(d => Epoch.PlusDays(d));

    /// <summary>Dates around the changes of 29 January 2020 and 24 August 2024, and anywhere else.</summary>
    public static Gen<LocalDate> InterestingDate => Gen.OneOf(
        AnyDate,
        Gen.Choose(-10, 10).Select(d => new LocalDate(2020, 1, 29).PlusDays(d)),
        Gen.Choose(-10, 10).Select(d => new LocalDate(2024, 8, 24).PlusDays(d)));

    /// <summary>A real contest: a province (not DIY) for a governor, a kabupaten or kota for a regent or mayor.</summary>
    public static Gen<(ContestKind Contest, RegionCode Region)> Contest =>
        Gen.Elements(ContestRegions).Select(r => (
            r.Level == RegionLevel.Provinsi ? ContestKind.Gubernur : r.Kind == RegionKind.Kota ? ContestKind.WaliKota : ContestKind.Bupati,
            r.Code));

    /// <summary>Any defined matter.</summary>
    public static Gen<RoutingMatter> Matter => Gen.Elements(Enum.GetValues<RoutingMatter>().Where(m => m != RoutingMatter.None).ToArray());

    /// <summary>A subject region somewhere inside the contest region, or none.</summary>
    public static Gen<RegionCode?> SubjectIn(RegionCode contestRegion)
    {
        var region = RegionCatalog.Default.Find(contestRegion)!;
        var below = region.Children;
        return below.Count == 0
            ? Gen.Constant<RegionCode?>(null)
            : Gen.OneOf(Gen.Constant<RegionCode?>(null), Gen.Elements(below.ToArray()).Select(r => (RegionCode?)r.Code));
    }

    public static Gen<(RoutingMatter Matter, ContestKind Contest, RegionCode Region, RegionCode? Subject, LocalDate Date)> Case =>
        from matter in Matter
        from contest in Contest
        from subject in SubjectIn(contest.Region)
        from date in InterestingDate
        select (matter, contest.Contest, contest.Region, subject, date);
}

[Properties(MaxTest = 300)]
public class JurisdictionPropertyTests
{
    [Property]
    public Property Every_date_gets_exactly_one_ASN_neutrality_body() =>
        Prop.ForAll(JurisdictionArbitraries.InterestingDate.ToArbitrary(), date =>
            AsnNeutralityAuthority.Periods.Count(p => p.Contains(date)) == 1 &&
            AsnNeutralityAuthority.KindOn(date) == (date < new LocalDate(2024, 8, 24) ? InstitutionKind.Kasn : InstitutionKind.Bkn));

    [Property]
    public Property The_ASN_neutrality_body_of_a_date_holds_its_role_on_that_date() =>
        Prop.ForAll(JurisdictionArbitraries.InterestingDate.ToArbitrary(), date =>
            InstitutionProfiles.Default[AsnNeutralityAuthority.KindOn(date)].IsInForceOn(date));

    [Property]
    public Property A_route_never_names_a_dissolved_body() =>
        Prop.ForAll(JurisdictionArbitraries.Case.ToArbitrary(), c =>
        {
            var options = new RouteOptions { SubjectRegion = c.Subject };
            if (!Jurisdiction.Default.TryRoute(c.Matter, c.Contest, c.Region, c.Date, out var route, out var error, options))
            {
                // The only legitimate failure: a village head in a governor contest with no village given.
                return c.Matter == RoutingMatter.KepalaDesa && c.Contest == ContestKind.Gubernur && c.Subject is null &&
                       error == InstitutionError.MissingSubjectRegion;
            }

            return route.Institutions.All(i => InstitutionProfiles.Default[i.Kind].IsInForceOn(c.Date));
        });

    [Property]
    public Property The_competent_body_follows_the_contest_level_except_for_the_named_exceptions() =>
        Prop.ForAll(JurisdictionArbitraries.Case.ToArbitrary(), c =>
        {
            if (!Jurisdiction.Default.TryRoute(c.Matter, c.Contest, c.Region, c.Date, out var route, out _, new RouteOptions { SubjectRegion = c.Subject }))
            {
                return true;
            }

            var competent = route.Competent;
            return c.Matter switch
            {
                RoutingMatter.AdministrasiTsm => competent.Kind == InstitutionKind.BawasluProvinsi && competent.Region == c.Region.Province,
                RoutingMatter.Keberatan => competent.Kind == InstitutionKind.BawasluRI,
                RoutingMatter.PerselisihanHasil => competent.Kind == InstitutionKind.MahkamahKonstitusi,
                _ => competent.Region == c.Region &&
                     competent.Kind == (c.Contest == ContestKind.Gubernur ? InstitutionKind.BawasluProvinsi : InstitutionDirectory.RegencySupervisorOn(c.Date)),
            };
        });

    [Property]
    public Property Every_oversight_chain_climbs_one_level_at_a_time_to_Bawaslu_RI() =>
        Prop.ForAll(Gen.Zip(JurisdictionArbitraries.InterestingDate, Gen.Choose(0, RegionCatalog.Default.Count - 1)).ToArbitrary(), pair =>
        {
            var region = RegionCatalog.Default.All[pair.Item2];
            var chain = InstitutionDirectory.Default.OversightChain(region.Code, pair.Item1);
            var levels = chain.Select(i => (int)i.Level).ToList();
            return chain[^1].Kind == InstitutionKind.BawasluRI &&
                   chain.Count == (int)region.Level + 1 &&
                   levels.Zip(levels.Skip(1)).All(p => p.First == p.Second + 1) &&
                   chain.All(i => InstitutionProfiles.Default[i.Kind].IsInForceOn(pair.Item1));
        });
}
