using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Which regional head is elected where: a governor in every province except DI Yogyakarta, a bupati in every
/// autonomous kabupaten and a wali kota in every autonomous kota, none in DKI Jakarta's administrative units.
/// </summary>
/// <remarks>
/// Sources: UU 1/2015 Pasal 1 angka 1 as amended by UU 8/2015 (Pemilihan Gubernur, Bupati, dan Walikota);
/// UU 13/2012 Pasal 18 ayat (1) and Pasal 19 (the Governor of DI Yogyakarta is the reigning Sultan, set through DPRD DIY);
/// UU 29/2007 and UU 2/2024 (DKI Jakarta's kabupaten and kota administrasi are not autonomous regions). The rules have
/// held since 2012 and applied to the 2024 elections (Kemendagri: "37 gubernur (kecuali DIY), 415 bupati, 93 wali kota").
/// </remarks>
public static class ContestRules
{
    /// <summary>The province code of Daerah Istimewa Yogyakarta, <c>34</c>.</summary>
    public static RegionCode DIYogyakarta { get; } = RegionCode.FromParts(34);

    /// <summary>Why DI Yogyakarta has no governor election.</summary>
    public static LegalReference DIYogyakartaGovernor { get; } = new(
        "UU 13/2012",
        "Pasal 18 ayat (1)",
        "Keistimewaan DIY: the governor is the reigning Sultan Hamengku Buwono and the vice-governor the reigning Adipati Paku Alam, set (ditetapkan) through DPRD DIY under Pasal 19, not elected.");

    /// <summary>
    /// The kind of regional head election held in a region, or <see langword="null"/> when none is: below
    /// kabupaten/kota level, in DKI Jakarta's administrative units, and for the governor of DI Yogyakarta.
    /// </summary>
    /// <param name="region">A region from a <see cref="RegionCatalog"/>.</param>
    public static ContestKind? KindFor(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return region.Kind switch
        {
            RegionKind.Provinsi when region.Code != DIYogyakarta => ContestKind.Gubernur,
            RegionKind.Kabupaten => ContestKind.Bupati,
            RegionKind.Kota => ContestKind.WaliKota,
            _ => null,
        };
    }

    /// <summary>Whether a kind of contest can be held in a region, and if not, why.</summary>
    /// <param name="kind">The kind of contest.</param>
    /// <param name="region">A region from a <see cref="RegionCatalog"/>.</param>
    public static ContestError Check(ContestKind kind, Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (region.Level is not (RegionLevel.Provinsi or RegionLevel.KabupatenKota))
        {
            return ContestError.NotAContestLevel;
        }

        if (region.Kind is RegionKind.KabupatenAdministrasi or RegionKind.KotaAdministrasi)
        {
            return ContestError.AdministrativeUnit;
        }

        var expected = region.Kind switch
        {
            RegionKind.Provinsi => ContestKind.Gubernur,
            RegionKind.Kabupaten => ContestKind.Bupati,
            _ => ContestKind.WaliKota,
        };
        if (kind != expected)
        {
            return ContestError.KindMismatch;
        }

        return region.Code == DIYogyakarta ? ContestError.GovernorNotElected : ContestError.None;
    }

    /// <summary>The kind of contest a region's level and kind call for, whether or not one is held (used in messages).</summary>
    internal static ContestKind ExpectedKind(RegionCode region) => ContestId.KindOf(region) ?? ContestKind.Gubernur;

    /// <summary>The exception for a failed check, naming the region, the kind and the reason.</summary>
    internal static ElectionArgumentException Exception(ContestError error, ContestKind kind, RegionCode region, string? regionName, string? paramName)
    {
        var label = regionName is null ? region.ToString() : $"{regionName} ({region})";
        var expected = ExpectedKind(region);
        return new ElectionArgumentException(
            ErrorKeys.For(error),
            paramName,
            language =>
            [
                new MessageArgument("region", label),
                new MessageArgument("kind", KindName(kind, language)),
                new MessageArgument("expected", KindName(expected, language)),
            ]);
    }

    internal static string KindName(ContestKind kind, PilkadaLanguage language) =>
        Enum.IsDefined(kind) ? kind.GetName(language) : ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
