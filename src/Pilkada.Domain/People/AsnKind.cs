namespace Pilkada.Domain.People;

/// <summary>
/// Jenis Aparatur Sipil Negara (kind of civil servant). UU 20/2023 on ASN covers both kinds, and the neutrality
/// rules for elections (the SKB of 22 September 2022) apply to both. The values are stable.
/// </summary>
/// <remarks>
/// <para>
/// Discipline differs: a PNS is disciplined under PP 94/2021 (which replaced PP 53/2010 on 31 August 2021), a PPPK
/// under PP 49/2018 on PPPK management. Which sanctions follow from a neutrality breach is the business of the
/// violations area, not of this type.
/// </para>
/// <para>An empty <see cref="Nip"/> reports <c>(AsnKind)0</c>, which is neither member.</para>
/// </remarks>
public enum AsnKind
{
    /// <summary>
    /// Pegawai Negeri Sipil (career civil servant). Identified by an 18-digit NIP whose layout is fixed by
    /// Perka BKN 22/2007: birth date, TMT CPNS, sex, sequence.
    /// </summary>
    Pns = 1,

    /// <summary>
    /// Pegawai Pemerintah dengan Perjanjian Kerja (contract civil servant). Identified by an 18-digit "NI PPPK" whose
    /// layout is not settled in any text this library could check (see <see cref="Nip"/>).
    /// </summary>
    Pppk = 2,
}
