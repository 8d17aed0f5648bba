namespace Pilkada.Domain.People;

/// <summary>Which of the two NIK layouts of PP 40/2019 a number follows. The values are stable.</summary>
/// <remarks>An empty <see cref="Nik"/> reports <c>(NikKind)0</c>, which is neither member.</remarks>
public enum NikKind
{
    /// <summary>
    /// Issued by a Dinas Kependudukan dan Pencatatan Sipil kabupaten/kota (PP 40/2019 Pasal 31): the first six digits
    /// are the province, kabupaten/kota and kecamatan where the person was living when first registered.
    /// </summary>
    Domestic = 1,

    /// <summary>
    /// Issued by a Perwakilan Republik Indonesia to a WNI abroad (PP 40/2019 Pasal 32 ayat (3) huruf a): the first six
    /// digits are <c>99</c>, a three-digit country code and a one-digit code of the Perwakilan.
    /// </summary>
    Abroad = 2,
}
