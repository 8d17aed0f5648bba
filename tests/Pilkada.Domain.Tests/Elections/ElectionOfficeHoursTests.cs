using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Testing;

namespace Pilkada.Domain.Tests.Elections;

/// <summary>Perbawaslu 9/2024 Pasal 5 ayat (2): the office hours, set aside during masa tenang, voting and recapitulation of Pilkada 2024.</summary>
public class ElectionOfficeHoursTests
{
    private static readonly OfficeHoursCalendar Hours = ElectionCatalog.Default.Pilkada2024.Schedule.OfficeHours();
    private static readonly Region Bima = RegionCatalog.Default["52.72"];

    [Theory]
    [InlineData(2024, 11, 22, 16, 15, true, OfficeHoursReason.NormalHours)]   // Friday, before 16.30 WITA
    [InlineData(2024, 11, 22, 16, 45, false, OfficeHoursReason.AfterClosing)] // Friday, after 16.30 WITA
    [InlineData(2024, 11, 23, 10, 0, false, OfficeHoursReason.Weekend)]       // Saturday, last day of kampanye
    [InlineData(2024, 11, 24, 21, 0, true, OfficeHoursReason.ServicePeriod)]  // Sunday night, masa tenang
    [InlineData(2024, 11, 27, 3, 0, true, OfficeHoursReason.ServicePeriod)]   // voting day (a holiday by Keppres 33/2024)
    [InlineData(2024, 12, 14, 20, 0, true, OfficeHoursReason.ServicePeriod)]  // Saturday during rekapitulasi (to 16 Dec)
    [InlineData(2024, 12, 17, 17, 0, false, OfficeHoursReason.AfterClosing)]  // Tuesday after rekapitulasi ended
    public void Reports_can_be_filed_round_the_clock_only_during_the_exempt_stages(int y, int m, int d, int h, int min, bool open, OfficeHoursReason reason)
    {
        var status = Hours.StatusAt(PilkadaClocks.InstantIn(Bima, new LocalDateTime(y, m, d, h, min)), Bima);

        Assert.Equal(open, status.IsOpen);
        Assert.Equal(reason, status.Reason);
    }

    [Fact]
    public void The_exempt_stages_become_service_periods_with_their_reasons()
    {
        var periods = ElectionCatalog.Default.Pilkada2024.Schedule.OfficeHoursExemptions.Select(e => e.ToServicePeriod()).ToList();

        Assert.Contains(periods, p => p.Reason == ServicePeriodReason.MasaTenang && p.Start == new LocalDate(2024, 11, 24) && p.End == new LocalDate(2024, 11, 26));
        Assert.Contains(periods, p => p.Reason == ServicePeriodReason.PemungutanDanPenghitunganSuara && p.Start == new LocalDate(2024, 11, 27));
        Assert.Contains(periods, p => p.Reason == ServicePeriodReason.Rekapitulasi && p.End == new LocalDate(2024, 12, 16));
    }
}
