namespace Pilkada.Domain.Regions;

/// <summary>
/// Tingkat wilayah (administrative level) of a Kemendagri region code. The values are stable and
/// equal the number of code components.
/// </summary>
/// <remarks>Source: Kepmendagri 300.2.2-2138/2025 (kode dan data wilayah administrasi pemerintahan).</remarks>
public enum RegionLevel
{
    /// <summary>No level: the value of <c>default(RegionCode)</c>.</summary>
    None = 0,

    /// <summary>Provinsi (province), code <c>PP</c>, e.g. <c>52</c>.</summary>
    Provinsi = 1,

    /// <summary>Kabupaten/kota (regency or city), code <c>PP.KK</c>, e.g. <c>52.72</c>.</summary>
    KabupatenKota = 2,

    /// <summary>Kecamatan (district; <i>distrik</i> in the Papua provinces), code <c>PP.KK.CC</c>, e.g. <c>52.72.01</c>.</summary>
    Kecamatan = 3,

    /// <summary>Desa/kelurahan (village), code <c>PP.KK.CC.DDDD</c>, e.g. <c>52.72.01.1001</c>.</summary>
    DesaKelurahan = 4,
}
