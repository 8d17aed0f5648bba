namespace Pilkada.Domain.Elections;

/// <summary>
/// Jenis pemilihan (kind of regional head election). The values are stable.
/// </summary>
/// <remarks>Source: UU 1/2015 Pasal 1 angka 1 as amended by UU 8/2015 (Pemilihan Gubernur, Bupati, dan Walikota).</remarks>
public enum ContestKind
{
    /// <summary>Pemilihan gubernur dan wakil gubernur (governor election), held in a province.</summary>
    Gubernur = 1,

    /// <summary>Pemilihan bupati dan wakil bupati (regent election), held in a kabupaten.</summary>
    Bupati = 2,

    /// <summary>Pemilihan wali kota dan wakil wali kota (mayor election), held in a kota.</summary>
    WaliKota = 3,
}
