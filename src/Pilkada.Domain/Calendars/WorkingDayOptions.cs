using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Calendars;

/// <summary>How a <see cref="WorkingDayCalendar"/> decides what a hari kerja (working day) is.</summary>
/// <remarks>
/// <para>
/// A working day is Monday to Friday, minus the non-working days of the table that apply. Whether <b>cuti bersama</b>
/// (collective leave) is a working day is not settled by any Pilkada rule, so it is this option, and by default it is
/// <b>not</b> a working day:
/// </para>
/// <list type="bullet">
/// <item>Government offices, Bawaslu and KPU included, are closed on cuti bersama; for ASN the yearly Keppres applies
/// it without reducing annual leave (Keppres 7/2024, 2/2025, 42/2025).</item>
/// <item>Mahkamah Konstitusi counts it out: "Cuti bersama maupun cuti lebaran itu tidak dihitung hari kerja" (MK
/// spokesman, 22 Mar 2024; disway.id, liputan6.com). The PHPU Pilpres 2024 case, registered Monday 25 March 2024 and
/// decided Monday 22 April 2024, was decided on the 14th working day only if the cuti bersama of 8, 9, 12 and
/// 15 April 2024 are excluded (18 otherwise).</item>
/// <item>PMK 3/2024 Pasal 1 angka 32, as quoted secondarily: "hari Senin sampai dengan hari Jumat kecuali hari libur
/// resmi yang ditetapkan oleh Pemerintah".</item>
/// <item>The source data's own advice (data/holidays/README.md): treat national holidays, cuti bersama and polling
/// days as non-working, with a switch for cuti bersama.</item>
/// </list>
/// <para>
/// No Bawaslu rule on cuti bersama was found; set <see cref="CollectiveLeaveIsWorkingDay"/> when a procedure counts it
/// (private-sector practice does: the SKB lets firms decide).
/// </para>
/// </remarks>
public sealed record WorkingDayOptions
{
    /// <summary>The default: cuti bersama is not a working day; nationwide days only.</summary>
    public static WorkingDayOptions Default { get; } = new();

    /// <summary>Whether cuti bersama counts as a working day. Default <see langword="false"/> (see the remarks).</summary>
    public bool CollectiveLeaveIsWorkingDay { get; init; }

    /// <summary>
    /// The region whose regional holidays also apply (a day whose <see cref="NonWorkingDay.Region"/> contains this
    /// code). The empty code (the default) applies nationwide days only.
    /// </summary>
    public RegionCode Region { get; init; }
}
