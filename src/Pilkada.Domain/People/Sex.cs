namespace Pilkada.Domain.People;

/// <summary>
/// Jenis kelamin (sex) as a NIK or NIP records it. The values are stable and equal the NIP's digit 15
/// (1 = laki-laki, 2 = perempuan; Perka BKN 22/2007). In a NIK, women's day of birth is increased by 40
/// (PP 40/2019 Pasal 31 ayat (1) huruf b).
/// </summary>
/// <remarks>An empty <see cref="Nik"/> or <see cref="Nip"/> reports <c>(Sex)0</c>, which is neither member.</remarks>
public enum Sex
{
    /// <summary>Laki-laki (male).</summary>
    Male = 1,

    /// <summary>Perempuan (female).</summary>
    Female = 2,
}
