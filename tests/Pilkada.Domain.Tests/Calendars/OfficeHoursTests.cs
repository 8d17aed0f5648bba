using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Calendars;

public class OfficeHoursTests
{
    private static readonly DateTimeZone Wib = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
    private static readonly DateTimeZone Wit = DateTimeZoneProviders.Tzdb["Asia/Jayapura"];
    private static readonly RegionCode KotaJayapura = RegionCode.Parse("91.71");

    // Pilkada 2024 (PKPU 2/2024, DOMAIN-BRIEF §1.2): masa tenang 24–26 Nov, voting 27 Nov, counting and rekapitulasi 27 Nov – 16 Dec.
    private static readonly ServicePeriod[] Pilkada2024 =
    [
        new(new LocalDate(2024, 11, 24), new LocalDate(2024, 11, 26), ServicePeriodReason.MasaTenang) { Source = new LegalReference("PKPU 2/2024") },
        new(new LocalDate(2024, 11, 27), new LocalDate(2024, 11, 27), ServicePeriodReason.PemungutanDanPenghitunganSuara) { Source = new LegalReference("PKPU 2/2024") },
        new(new LocalDate(2024, 11, 27), new LocalDate(2024, 12, 16), ServicePeriodReason.Rekapitulasi) { Source = new LegalReference("PKPU 2/2024") },
    ];

    private static readonly OfficeHoursCalendar Plain = OfficeHoursCalendar.Default;

    private static readonly OfficeHoursCalendar WithPeriods = Plain.WithServicePeriods(Pilkada2024);

    private static Instant Local(DateTimeZone zone, int year, int month, int day, int hour, int minute, int second = 0) =>
        zone.AtStrictly(new LocalDateTime(year, month, day, hour, minute, second)).ToInstant();

    [Fact]
    public void On_a_Friday_afternoon_in_Jayapura_16_15_WIT_is_open_and_16_45_is_closed()
    {
        var open = Plain.StatusAt(Local(Wit, 2024, 11, 22, 16, 15), KotaJayapura);
        var closed = Plain.StatusAt(Local(Wit, 2024, 11, 22, 16, 45), KotaJayapura);

        Assert.True(open.IsOpen);
        Assert.Equal(OfficeHoursReason.NormalHours, open.Reason);
        Assert.Equal(new LocalTime(16, 30), open.Hours?.Closes);
        Assert.False(closed.IsOpen);
        Assert.Equal(OfficeHoursReason.AfterClosing, closed.Reason);
        Assert.Equal(
            "Buka: 22 November 2024 16.15 WIT berada dalam jam layanan hari Jumat, pukul 08.00–16.30 waktu setempat (Perbawaslu 9/2024 Pasal 5 ayat (2) huruf a).",
            open.Describe(PilkadaLanguage.Indonesian));
        Assert.Equal(
            "Closed: 22 November 2024 16:45 WIT is after the office closes at 16.30 local time on Friday (Perbawaslu 9/2024 Pasal 5 ayat (2) huruf a).",
            closed.Describe(PilkadaLanguage.English));
    }

    [Fact]
    public void The_same_instant_is_within_hours_in_Jakarta_and_after_hours_in_Jayapura()
    {
        var instant = Local(Wit, 2024, 11, 22, 16, 45); // 14.45 WIB

        Assert.True(Plain.StatusAt(instant, Wib).IsOpen);
        Assert.False(Plain.StatusAt(instant, RegionCatalog.Default[KotaJayapura]).IsOpen);
    }

    [Fact]
    public void Monday_to_Thursday_close_at_16_00_inclusive_and_open_at_08_00()
    {
        Assert.True(Plain.StatusAt(Local(Wib, 2024, 11, 18, 16, 0), Wib).IsOpen);
        Assert.Equal(OfficeHoursReason.AfterClosing, Plain.StatusAt(Local(Wib, 2024, 11, 18, 16, 0, 1), Wib).Reason);
        Assert.Equal(OfficeHoursReason.BeforeOpening, Plain.StatusAt(Local(Wib, 2024, 11, 18, 7, 59), Wib).Reason);
        Assert.True(Plain.StatusAt(Local(Wib, 2024, 11, 18, 8, 0), Wib).IsOpen);
        Assert.Equal(OfficeHoursReason.AfterClosing, Plain.StatusAt(Local(Wib, 2024, 11, 21, 16, 15), Wib).Reason);
    }

    [Fact]
    public void Weekends_and_holidays_are_closed_and_the_answer_names_the_holiday()
    {
        var saturday = Plain.StatusAt(Local(Wib, 2024, 11, 23, 10, 0), Wib);
        var christmas = Plain.StatusAt(Local(Wib, 2024, 12, 25, 10, 0), Wib);

        Assert.Equal(OfficeHoursReason.Weekend, saturday.Reason);
        Assert.Equal(OfficeHoursReason.NonWorkingDay, christmas.Reason);
        Assert.Equal(NonWorkingDayKind.NationalHoliday, christmas.Day.Entry?.Kind);
        Assert.Contains("Hari Raya Natal (Kelahiran Yesus Kristus)", christmas.Describe(PilkadaLanguage.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void Polling_day_27_November_2024_is_closed_without_the_service_periods_and_open_with_them()
    {
        var instant = Local(Wit, 2024, 11, 27, 22, 0);

        var plain = Plain.StatusAt(instant, Wit);
        var extended = WithPeriods.StatusAt(instant, Wit);

        Assert.Equal(OfficeHoursReason.NonWorkingDay, plain.Reason);
        Assert.Equal(NonWorkingDayKind.ElectionDay, plain.Day.Entry?.Kind);
        Assert.True(extended.IsOpen);
        Assert.Equal(OfficeHoursReason.ServicePeriod, extended.Reason);
        Assert.Equal(ServicePeriodReason.PemungutanDanPenghitunganSuara, extended.ServicePeriod?.Reason);
    }

    [Fact]
    public void During_masa_tenang_reports_are_received_around_the_clock_weekend_included()
    {
        var sundayNight = WithPeriods.StatusAt(Local(Wib, 2024, 11, 24, 2, 0), Wib);

        Assert.True(sundayNight.IsOpen);
        Assert.Equal(ServicePeriodReason.MasaTenang, sundayNight.ServicePeriod?.Reason);
        Assert.Equal(
            "Buka 24 jam: 24 November 2024 02.00 WIB berada dalam masa tenang (24 November 2024 – 26 November 2024), ketika jam layanan tidak berlaku (Perbawaslu 9/2024 Pasal 5 ayat (2) huruf b).",
            sundayNight.Describe(PilkadaLanguage.Indonesian));
    }

    [Fact]
    public void The_next_opening_after_Friday_closing_in_Jayapura_is_Monday_08_00_WIT_or_masa_tenang()
    {
        var fridayEvening = Local(Wit, 2024, 11, 22, 16, 45);

        Assert.Equal(Local(Wit, 2024, 11, 25, 8, 0), Plain.NextOpening(fridayEvening, Wit));
        Assert.Equal(Local(Wit, 2024, 11, 24, 0, 0), WithPeriods.NextOpening(fridayEvening, RegionCatalog.Default[KotaJayapura]));
        Assert.Equal(fridayEvening - Duration.FromMinutes(30), Plain.NextOpening(fridayEvening - Duration.FromMinutes(30), Wit));
    }

    [Fact]
    public void The_next_opening_skips_the_Idul_Fitri_2024_holidays_and_cuti_bersama()
    {
        Assert.Equal(Local(Wib, 2024, 4, 16, 8, 0), Plain.NextOpening(Local(Wib, 2024, 4, 9, 10, 0), Wib));
        Assert.Equal(Local(Wib, 2024, 4, 16, 8, 0), Plain.NextOpening(Local(Wib, 2024, 4, 5, 16, 31), Wib));
        Assert.Equal(Local(Wib, 2024, 4, 5, 8, 0), Plain.NextOpening(Local(Wib, 2024, 4, 5, 6, 0), Wib));
    }

    [Fact]
    public void The_filing_limit_exists_only_under_the_1_x_24_hour_reading_and_inside_a_period()
    {
        var duringMasaTenang = Local(Wib, 2024, 11, 25, 9, 0);
        var strict = new OfficeHoursCalendar(WorkingDayCalendar.Default, OfficeHours.Perbawaslu2024, Pilkada2024, new OfficeHoursOptions { Reading = ServicePeriodReading.FilingWithin24Hours });

        Assert.Null(WithPeriods.FilingLimit(duringMasaTenang, Wib));
        Assert.Equal(duringMasaTenang + Duration.FromHours(24), strict.FilingLimit(duringMasaTenang, Wib));
        Assert.Null(strict.FilingLimit(Local(Wib, 2024, 11, 20, 9, 0), Wib));
        Assert.True(strict.StatusAt(duringMasaTenang, Wib).IsOpen);
    }

    [Fact]
    public void Outside_the_covered_years_the_office_hours_say_so()
    {
        var ex = Assert.Throws<DateOutsideCoverageException>(() => Plain.StatusAt(Local(Wib, 2028, 1, 3, 9, 0), Wib));

        Assert.Contains("3 January 2028", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_and_periods_check_their_arguments()
    {
        Assert.Throws<ArgumentException>(() => new DailyHours(new LocalTime(16, 0), new LocalTime(8, 0)));
        Assert.Throws<ArgumentException>(() => new ServicePeriod(new LocalDate(2024, 11, 26), new LocalDate(2024, 11, 24), ServicePeriodReason.MasaTenang));
        Assert.Throws<ArgumentException>(() => new OfficeHours(
            [new(IsoDayOfWeek.Monday, new DailyHours(new LocalTime(8, 0), new LocalTime(9, 0))), new(IsoDayOfWeek.Monday, new DailyHours(new LocalTime(8, 0), new LocalTime(9, 0)))],
            new LegalReference("test")));
        Assert.Null(OfficeHours.Perbawaslu2024.On(IsoDayOfWeek.Saturday));
        Assert.Equal("08.00–16.30", OfficeHours.Perbawaslu2024.On(IsoDayOfWeek.Friday).ToString());
    }
}
