using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Calendars;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    private static readonly WorkingDayCalendar CutiCounts = NonWorkingDayTable.Default.ToCalendar(new WorkingDayOptions { CollectiveLeaveIsWorkingDay = true });

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    // Idul Fitri 1445 H: cuti bersama 8, 9, 12 and 15 April 2024, holidays 10 and 11 April (SKB 855/2023, Keppres 7/2024).
    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    public void Idul_Fitri_2024_and_its_cuti_bersama_8_to_15_April_are_not_working_days(int day)
    {
        Assert.False(Calendar.IsWorkingDay(D(2024, 4, day)));
    }

    [Fact]
    public void One_working_day_after_Friday_5_April_2024_is_Tuesday_16_April()
    {
        Assert.Equal(D(2024, 4, 16), Calendar.AddWorkingDays(D(2024, 4, 5), 1));
        Assert.Equal(D(2024, 4, 16), Calendar.NextWorkingDay(D(2024, 4, 5)));
        Assert.Equal(D(2024, 4, 5), Calendar.PreviousWorkingDay(D(2024, 4, 16)));
        Assert.Equal(1, Calendar.CountWorkingDays(D(2024, 4, 5), D(2024, 4, 16)));
    }

    [Fact]
    public void When_cuti_bersama_counts_the_day_after_5_April_2024_is_8_April()
    {
        Assert.Equal(D(2024, 4, 8), CutiCounts.AddWorkingDays(D(2024, 4, 5), 1));
        Assert.False(CutiCounts.IsWorkingDay(D(2024, 4, 10)));
        var day = CutiCounts.Describe(D(2024, 4, 8));
        Assert.True(day.IsWorkingDay);
        Assert.Equal(NonWorkingDayKind.CollectiveLeave, day.Entry?.Kind);
    }

    // The MK spokesman (22 Mar 2024) said cuti bersama is not a working day; the PHPU Pilpres case registered on
    // Monday 25 March 2024 was decided on Monday 22 April 2024, the 14th working day counting the registration day as day 1,
    // and it is the 14th only if cuti bersama is excluded (18 otherwise). data/holidays/README.md, "Notes for working-day".
    [Fact]
    public void The_MK_PHPU_2024_count_reaches_14_working_days_only_without_cuti_bersama()
    {
        var dayBeforeRegistration = D(2024, 3, 22);

        Assert.Equal(14, Calendar.CountWorkingDays(dayBeforeRegistration, D(2024, 4, 22)));
        Assert.Equal(18, CutiCounts.CountWorkingDays(dayBeforeRegistration, D(2024, 4, 22)));
    }

    [Fact]
    public void The_18_August_2025_cuti_bersama_added_by_amendment_is_not_a_working_day()
    {
        var day = Calendar.Describe(D(2025, 8, 18));

        Assert.Equal(CalendarDayStatus.NonWorkingDay, day.Status);
        Assert.Contains("933/2025", day.Entry!.LegalBasis.Instrument, StringComparison.Ordinal);
        Assert.Equal(D(2025, 8, 19), Calendar.AddWorkingDays(D(2025, 8, 15), 1));
        Assert.Equal(D(2025, 8, 18), CutiCounts.AddWorkingDays(D(2025, 8, 15), 1));
    }

    [Fact]
    public void Keppres_33_2024_makes_27_November_2024_a_non_working_day_whatever_the_cuti_bersama_option()
    {
        Assert.False(Calendar.IsWorkingDay(D(2024, 11, 27)));
        Assert.False(CutiCounts.IsWorkingDay(D(2024, 11, 27)));
        Assert.Equal(D(2024, 11, 28), Calendar.AddWorkingDays(D(2024, 11, 26), 1));
        Assert.Equal("Keppres 33/2024 (21 Nov 2024)", Calendar.Describe(D(2024, 11, 27)).Entry?.LegalBasis.Instrument);
    }

    [Fact]
    public void Regression_a_polling_day_Keppres_signed_days_before_the_vote_can_be_added_late()
    {
        // Keppres 33/2024 was signed on 21 Nov 2024, six days before the vote: a table compiled before it lacked the day.
        var before = NonWorkingDayTable.Default.Without(D(2024, 11, 27));
        var keppres = NonWorkingDayTable.Default.Find(D(2024, 11, 27))!;

        Assert.True(before.ToCalendar().IsWorkingDay(D(2024, 11, 27)));
        Assert.False(before.With(keppres).ToCalendar().IsWorkingDay(D(2024, 11, 27)));
    }

    // SE MenPANRB 2/2026: ASN work from anywhere on 16, 17, 25, 26 and 27 March 2026 — working days, not extra leave.
    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(25)]
    [InlineData(26)]
    [InlineData(27)]
    public void WFA_days_of_March_2026_are_working_days(int day)
    {
        Assert.True(Calendar.IsWorkingDay(D(2026, 3, day)));
    }

    [Fact]
    public void A_holiday_on_a_Saturday_is_reported_as_that_holiday()
    {
        var day = Calendar.Describe(D(2024, 2, 10));

        Assert.Equal(CalendarDayStatus.NonWorkingDay, day.Status);
        Assert.True(day.IsWeekend);
        Assert.Equal("Sabtu 10 Februari 2024, hari libur nasional: Tahun Baru Imlek 2575 Kongzili (SKB Menag/Menaker/MenPANRB No 855/2023, 3/2023, 4/2023 (12 Sep 2023))", day.Describe(PilkadaLanguage.Indonesian));
    }

    [Fact]
    public void Outside_the_covered_years_the_calendar_says_so_and_names_the_date_and_the_years()
    {
        var ex = Assert.Throws<DateOutsideCoverageException>(() => Calendar.IsWorkingDay(D(2023, 12, 29)));

        Assert.Equal("Calendar.DateNotCovered", ex.ErrorCode);
        Assert.Equal(D(2023, 12, 29), ex.Date);
        Assert.Contains("29 December 2023", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(2024–2027)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("29 Desember 2023", ex.GetMessage(PilkadaLanguage.Indonesian), StringComparison.Ordinal);
        Assert.Equal(CalendarDayStatus.NotCovered, Calendar.Describe(D(2028, 1, 3)).Status);
        Assert.False(Calendar.Covers(D(2028, 1, 3)));
    }

    [Fact]
    public void A_result_beyond_the_covered_years_is_refused_not_guessed()
    {
        var ex = Assert.Throws<DateOutsideCoverageException>(() => Calendar.AddWorkingDays(D(2027, 12, 30), 5));

        Assert.Equal("Calendar.ResultNotCovered", ex.ErrorCode);
        Assert.Contains("Counting 5 working days from 30 December 2027", ex.Message, StringComparison.Ordinal);
        Assert.False(Calendar.TryAddWorkingDays(D(2027, 12, 30), 5, out var unchanged));
        Assert.Equal(D(2027, 12, 30), unchanged);
        Assert.False(Calendar.TryAddWorkingDays(D(2024, 1, 2), -5, out _));
        Assert.Throws<DateOutsideCoverageException>(() => Calendar.CountWorkingDays(D(2027, 12, 1), D(2028, 1, 5)));
    }

    [Fact]
    public void Coverage_extended_by_the_user_makes_the_next_year_countable()
    {
        var newYear2028 = new NonWorkingDay(D(2028, 1, 1), NonWorkingDayKind.NationalHoliday, "Tahun Baru 2028 Masehi", "New Year's Day", new LegalReference("SKB 2028 (example)"));
        var calendar = NonWorkingDayTable.Default.With(newYear2028).WithCoveredYears(2028, 2028).ToCalendar();

        Assert.Equal(D(2027, 12, 31), calendar.AddWorkingDays(D(2027, 12, 30), 1));
        Assert.Equal(D(2028, 1, 3), calendar.AddWorkingDays(D(2027, 12, 30), 2));
        Assert.Equal(2, calendar.CountWorkingDays(D(2027, 12, 30), D(2028, 1, 3)));
    }

    [Fact]
    public void A_gap_in_coverage_stops_counting_across_it()
    {
        var table = NonWorkingDayTable.Create("test", [], [2024, 2026]);
        var calendar = table.ToCalendar();

        Assert.True(calendar.IsWorkingDay(D(2026, 1, 1)));
        Assert.False(calendar.TryAddWorkingDays(D(2024, 12, 31), 1, out _));
        var ex = Assert.Throws<DateOutsideCoverageException>(() => calendar.CountWorkingDays(D(2024, 12, 2), D(2026, 1, 2)));
        Assert.Equal("Calendar.RangeNotCovered", ex.ErrorCode);
        Assert.Contains("2024, 2026", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regional_holidays_apply_in_their_region_and_below_it_only()
    {
        var local = new NonWorkingDay(D(2025, 8, 27), NonWorkingDayKind.RegionalHoliday, "Libur daerah (contoh)", "Regional holiday (example)", new LegalReference("Keputusan Wali Kota (example)"))
        {
            Region = RegionCode.Parse("19.71"),
        };
        var table = NonWorkingDayTable.Default.With(local);

        Assert.True(table.ToCalendar().IsWorkingDay(local.Date));
        Assert.False(table.ToCalendar().ForRegion(RegionCode.Parse("19.71")).IsWorkingDay(local.Date));
        Assert.False(table.ToCalendar().ForRegion(RegionCode.Parse("19.71.01")).IsWorkingDay(local.Date));
        Assert.True(table.ToCalendar().ForRegion(RegionCode.Parse("19.01")).IsWorkingDay(local.Date));
        Assert.True(table.ToCalendar().ForRegion(RegionCode.Parse("19")).IsWorkingDay(local.Date));
    }

    [Fact]
    public void Adding_zero_gives_the_date_and_counting_excludes_the_start_and_includes_the_end()
    {
        Assert.Equal(D(2024, 4, 13), Calendar.AddWorkingDays(D(2024, 4, 13), 0));
        Assert.Equal(0, Calendar.CountWorkingDays(D(2024, 4, 16), D(2024, 4, 16)));
        Assert.Equal(1, Calendar.CountWorkingDays(D(2024, 4, 15), D(2024, 4, 16)));
        Assert.Equal(-1, Calendar.CountWorkingDays(D(2024, 4, 16), D(2024, 4, 5)));
        Assert.Equal(D(2024, 4, 16), Calendar.WorkingDayOnOrAfter(D(2024, 4, 13)));
        Assert.Equal(D(2024, 4, 16), Calendar.WorkingDayOnOrAfter(D(2024, 4, 16)));
    }

    [Fact]
    public void A_date_in_another_calendar_system_is_refused_with_a_reason()
    {
        var islamic = new LocalDate(1445, 10, 1, CalendarSystem.IslamicBcl);

        var ex = Assert.Throws<ArgumentException>(() => Calendar.IsWorkingDay(islamic));
        Assert.Contains("ISO", ex.Message, StringComparison.Ordinal);
        Assert.False(Calendar.TryAddWorkingDays(islamic, 1, out _));
    }
}
