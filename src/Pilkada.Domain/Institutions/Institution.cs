using System.Globalization;
using System.Text.Json.Serialization;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Institutions;

/// <summary>
/// Lembaga (an institution instance): a kind of body at a place, with its proper name — "Bawaslu Kota Bima" is
/// <see cref="InstitutionKind.BawasluKabupatenKota"/> at <c>52.72</c>; "Panwaslu Kecamatan Rasanae Barat" is
/// <see cref="InstitutionKind.PanwasluKecamatan"/> at <c>52.72.01</c>; "Bawaslu RI" has the empty region.
/// </summary>
/// <remarks>
/// Obtain instances from <see cref="InstitutionDirectory"/>, which checks that the kind sits at the region's level,
/// that the region exists and that the body held its role on the date asked about, and builds the name from the
/// region catalogue. Two instances are equal when kind, region, polling station and name are.
/// </remarks>
/// <param name="Kind">The kind of body.</param>
/// <param name="Region">The region it serves; the empty code for a national body.</param>
/// <param name="Name">The proper name, e.g. <c>Bawaslu Provinsi Nusa Tenggara Barat</c>.</param>
/// <param name="TpsNumber">The polling-station number for <see cref="InstitutionKind.PengawasTps"/> and <see cref="InstitutionKind.Kpps"/>; otherwise <see langword="null"/>.</param>
public sealed record Institution(InstitutionKind Kind, RegionCode Region, string Name, int? TpsNumber = null)
{
    /// <summary>The level the body works at: national for the empty region, the polling station when it has a TPS number.</summary>
    public InstitutionLevel Level => TpsNumber is not null
        ? InstitutionLevel.Tps
        : Region.Level switch
        {
            RegionLevel.Provinsi => InstitutionLevel.Provinsi,
            RegionLevel.KabupatenKota => InstitutionLevel.KabupatenKota,
            RegionLevel.Kecamatan => InstitutionLevel.Kecamatan,
            RegionLevel.DesaKelurahan => InstitutionLevel.DesaKelurahan,
            _ => InstitutionLevel.National,
        };

    /// <summary>The profile of the kind in the default data (names, member count, legal basis).</summary>
    [JsonIgnore]
    public InstitutionProfile Profile => InstitutionProfiles.Default[Kind];

    /// <summary>The name and, for a regional body, the region code: <c>Bawaslu Kota Bima (52.72)</c>.</summary>
    public override string ToString() =>
        Region.IsEmpty ? Name : string.Create(CultureInfo.InvariantCulture, $"{Name} ({Region})");
}
