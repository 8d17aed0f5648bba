namespace Pilkada.Domain.Calendars;

/// <summary>
/// Jenis hari libur (kind of non-working day). The values are stable: never renumbered.
/// </summary>
/// <remarks>
/// Sources: the yearly SKB of the Ministers of Religious Affairs, Manpower and Administrative Reform on hari libur
/// nasional (Lampiran A) and cuti bersama (Lampiran B); the Keppres that declare polling days holidays (UU 7/2017
/// Pasal 167 ayat (3), UU 1/2015 Pasal 84 ayat (3)); Keppres 8/2024 tentang Hari-Hari Libur.
/// </remarks>
public enum NonWorkingDayKind
{
    /// <summary>Hari libur nasional (national holiday), e.g. Idul Fitri or Independence Day.</summary>
    NationalHoliday = 1,

    /// <summary>
    /// Cuti bersama (collective leave): leave, not a holiday, in law, but government offices are closed. Whether it
    /// counts as a working day is an option of <see cref="WorkingDayOptions"/> (by default it does not).
    /// </summary>
    CollectiveLeave = 2,

    /// <summary>Hari pemungutan suara (polling day) declared a national holiday by Keppres, e.g. Keppres 33/2024 for 27 November 2024.</summary>
    ElectionDay = 3,

    /// <summary>Libur daerah (regional holiday) or a local polling-day holiday, valid only in a region; added by users.</summary>
    RegionalHoliday = 4,
}
