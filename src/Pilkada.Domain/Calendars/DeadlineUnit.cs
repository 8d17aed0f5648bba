namespace Pilkada.Domain.Calendars;

/// <summary>Satuan tenggat (what a deadline counts). The values are stable.</summary>
public enum DeadlineUnit
{
    /// <summary>
    /// Hari kalender (calendar days): every day counts. In UU Pilkada every "hari" is a calendar day unless the article
    /// says "hari kerja" (Pasal 1 angka 28 UU 1/2015 as amended by UU 8/2015: "Hari adalah hari kalender"; MK
    /// 18/PUU-XVIII/2020).
    /// </summary>
    CalendarDays = 1,

    /// <summary>Hari kerja (working days): Monday to Friday minus non-working days (see <see cref="WorkingDayCalendar"/>).</summary>
    WorkingDays = 2,

    /// <summary>Jam (hours), e.g. "1 x 24 (satu kali dua puluh empat) jam": exactly N hours from the start instant.</summary>
    Hours = 3,
}
