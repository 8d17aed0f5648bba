namespace Pilkada.Domain.Regions;

/// <summary>
/// Jenis wilayah (kind of region). The kind refines the <see cref="RegionLevel"/>: a kabupaten/kota is a
/// kabupaten, a kota, or one of DKI Jakarta's administrative units; a village is a kelurahan, a desa or a
/// desa adat. The numeric values are stable.
/// </summary>
public enum RegionKind
{
    /// <summary>No kind: the value for <c>default</c>.</summary>
    None = 0,

    /// <summary>Provinsi (province).</summary>
    Provinsi = 1,

    /// <summary>Kabupaten (regency), an autonomous region: kab/kota part 01–69.</summary>
    Kabupaten = 2,

    /// <summary>Kota (city), an autonomous region: kab/kota part 71–79.</summary>
    Kota = 3,

    /// <summary>
    /// Kabupaten administrasi (administrative regency): DKI Jakarta's Kepulauan Seribu (31.01). Not an autonomous
    /// region; its bupati is appointed by the governor, so it holds no Pilkada (UU 29/2007; UU 2/2024 on DKJ).
    /// </summary>
    KabupatenAdministrasi = 4,

    /// <summary>
    /// Kota administrasi (administrative city): DKI Jakarta's five cities (31.71–31.75). Not autonomous; no Pilkada.
    /// </summary>
    KotaAdministrasi = 5,

    /// <summary>Kecamatan (district).</summary>
    Kecamatan = 6,

    /// <summary>Distrik: the kecamatan of the Papua provinces (91–96), UU 21/2001 on Papua's special autonomy.</summary>
    Distrik = 7,

    /// <summary>Kelurahan (urban village, headed by a civil servant): village part starting with 1.</summary>
    Kelurahan = 8,

    /// <summary>Desa (rural village, headed by an elected kepala desa): village part starting with 2.</summary>
    Desa = 9,

    /// <summary>Desa adat (customary village, UU 6/2014 Pasal 96–111): village part starting with 3, e.g. in Kabupaten Jayapura.</summary>
    DesaAdat = 10,
}
