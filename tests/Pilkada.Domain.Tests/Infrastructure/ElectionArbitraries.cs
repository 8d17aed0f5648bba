using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Infrastructure;

/// <summary>FsCheck generators for election ids, contest ids, dates and instants around the 2024 elections.</summary>
public static class ElectionArbitraries
{
    private static readonly char[] Letters = "abcdefghijklmnopqrstuvwxyz".ToCharArray();
    private static readonly char[] LettersAndDigits = "abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray();

    /// <summary>The text of a valid election id: words of letters and digits joined by single hyphens, at most 24 characters.</summary>
    public static Gen<string> ElectionIdText =>
        from first in Gen.Elements(Letters)
        from words in Gen.ListOf(Gen.NonEmptyListOf(Gen.Elements(LettersAndDigits)).Select(w => new string([.. w.Take(6)]))).Select(l => l.Take(4).ToList())
        from head in Gen.ListOf(Gen.Elements(LettersAndDigits)).Select(l => new string([.. l.Take(5)]))
        let text = string.Join("-", new[] { first + head }.Concat(words))
        where text.Length <= ElectionId.MaxLength
        select text;

    /// <summary>Any valid election id.</summary>
    public static Gen<ElectionId> ElectionIdGen => ElectionIdText.Select(t => ElectionId.Parse(t, CultureInfo.InvariantCulture));

    /// <summary>A province, kabupaten (01–69) or kota (71–79) code.</summary>
    public static Gen<RegionCode> ContestRegion =>
        from province in Gen.Choose(11, 99)
        from level in Gen.Choose(0, 2)
        from kabupaten in Gen.Choose(1, 69)
        from kota in Gen.Choose(71, 79)
        select level switch
        {
            0 => RegionCode.FromParts(province),
            1 => RegionCode.FromParts(province, kabupaten),
            _ => RegionCode.FromParts(province, kota),
        };

    /// <summary>Any valid contest id.</summary>
    public static Gen<ContestId> ContestIdGen =>
        from election in ElectionIdGen
        from region in ContestRegion
        select new ContestId(election, region);

    /// <summary>A contest id written in one of the accepted ways: canonical, digits-only region, capitals, padding.</summary>
    public static Gen<(ContestId Id, string Text)> WrittenContestId =>
        from id in ContestIdGen
        from style in Gen.Choose(0, 3)
        let text = style switch
        {
            0 => id.ToString(),
            1 => id.Election + "/" + id.Region.ToString("D", CultureInfo.InvariantCulture),
            2 => id.ToString().ToUpperInvariant(),
            _ => "  " + id + "\t",
        }
        select (id, text);

    /// <summary>Strings made mostly of the characters contest ids use, to reach every branch of the parser.</summary>
    public static Gen<string> ContestIdLikeString =>
        Gen.ArrayOf(Gen.Elements('p', 'i', 'l', 'k', 'a', 'd', 'A', '-', '-', '2', '0', '4', '/', '5', '7', '.', ' ', '_', 'é', '٣'))
            .Select(chars => new string(chars));

    /// <summary>Dates from January 2024 to December 2025, the span of the 2024 schedule and its aftermath.</summary>
    public static Gen<LocalDate> DateAround2024 =>
        Gen.Choose(0, 730).Select(days => new LocalDate(2024, 1, 1).PlusDays(days));

    /// <summary>Instants from January 2024 to December 2025, to the minute.</summary>
    public static Gen<Instant> InstantAround2024 =>
        Gen.Choose(0, 730 * 24 * 60).Select(minutes => Instant.FromUtc(2024, 1, 1, 0, 0).Plus(Duration.FromMinutes(minutes)));

    /// <summary>A kabupaten/kota of the default catalogue, from every time zone.</summary>
    public static Gen<Region> KabupatenKota =>
        Gen.Elements(RegionCatalog.Default.AtLevel(RegionLevel.KabupatenKota).ToArray());

    public static Arbitrary<ElectionId> ElectionIdArbitrary() => ElectionIdGen.ToArbitrary();

    public static Arbitrary<ContestId> ContestIdArbitrary() => ContestIdGen.ToArbitrary();

    public static Arbitrary<LocalDate> LocalDateArbitrary() => DateAround2024.ToArbitrary();

    public static Arbitrary<Instant> InstantArbitrary() => InstantAround2024.ToArbitrary();
}
