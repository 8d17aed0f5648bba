using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Testing;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Cases;

/// <summary>Perbawaslu 9/2024 Pasal 5: in person within the office hours in local time; online at any time.</summary>
public class FilingHoursTests
{
    private static readonly RegionCode Jayapura = RegionCode.Parse("91.71");
    private static readonly RegionCode Bima = RegionCode.Parse("52.72");

    // Pasal 5 ayat (2) huruf a: Friday 08.00–16.30 waktu setempat. 16.45 WIT on Friday 22 November 2024 in Jayapura.
    [Fact]
    public void An_in_person_filing_at_16_45_WIT_on_a_Friday_is_outside_the_hours_and_an_online_one_is_not_bound()
    {
        var fridayEvening = PilkadaClocks.InstantIn(Jayapura, new LocalDateTime(2024, 11, 22, 16, 45));

        var inPerson = FilingHours.Pilkada2024.Check(fridayEvening, FilingChannel.InPerson, Jayapura);
        var online = FilingHours.Pilkada2024.Check(fridayEvening, FilingChannel.Online, Jayapura);

        Assert.Equal(FilingHoursOutcome.OutsideOfficeHours, inPerson.Outcome);
        Assert.False(inPerson.IsWithinFilingHours);
        Assert.True(inPerson.IsBoundByOfficeHours);
        Assert.Equal(OfficeHoursReason.AfterClosing, inPerson.Office!.Reason);
        Assert.Equal(new LocalDateTime(2024, 11, 22, 16, 45), inPerson.FiledAtLocal!.Value.LocalDateTime);
        Assert.Equal(FilingHoursOutcome.OnlineNotBound, online.Outcome);
        Assert.True(online.IsWithinFilingHours);
        Assert.False(online.IsBoundByOfficeHours);
        Assert.Null(online.Office);
        Assert.Equal("Perbawaslu 9/2024 Pasal 5", online.Source.ToString());
    }

    // The masa tenang of 24–26 November 2024 is a service period (Pasal 5 ayat (2) huruf b): after closing on Friday
    // 22 November the office next receives reports at 00.00 on Sunday 24 November, not on Monday morning.
    [Fact]
    public void After_Friday_closing_before_the_masa_tenang_the_next_opening_is_the_start_of_the_service_period()
    {
        var fridayEvening = PilkadaClocks.InstantIn(Jayapura, new LocalDateTime(2024, 11, 22, 16, 45));

        var answer = FilingHours.Pilkada2024.Check(fridayEvening, FilingChannel.InPerson, Jayapura);

        Assert.Equal(new LocalDateTime(2024, 11, 24, 0, 0), answer.NextOpeningLocal!.Value.LocalDateTime);
        Assert.Equal(
            "Disampaikan langsung di luar jam layanan Bawaslu. Tutup: 22 November 2024 16.45 WIT setelah jam layanan ditutup pukul 16.30 waktu setempat pada hari Jumat (Perbawaslu 9/2024 Pasal 5 ayat (2) huruf a). Kantor menerima laporan lagi pada 24 November 2024 00.00 WIT.",
            answer.Describe(PilkadaLanguage.Indonesian));
    }

    [Fact]
    public void Without_the_election_schedule_the_next_opening_is_Monday_morning()
    {
        var plain = new FilingHours(OfficeHoursCalendar.Default);
        var fridayEvening = PilkadaClocks.InstantIn(Jayapura, new LocalDateTime(2024, 11, 22, 16, 45));

        Assert.Equal(new LocalDateTime(2024, 11, 25, 8, 0), plain.Check(fridayEvening, FilingChannel.InPerson, Jayapura).NextOpeningLocal!.Value.LocalDateTime);
    }

    [Theory]
    [InlineData(2024, 11, 22, 16, 15, FilingHoursOutcome.WithinOfficeHours)]   // Friday before 16.30 WIT
    [InlineData(2024, 11, 21, 16, 15, FilingHoursOutcome.OutsideOfficeHours)]  // Thursday closes at 16.00
    [InlineData(2024, 11, 24, 21, 0, FilingHoursOutcome.WithinOfficeHours)]    // Sunday night in the masa tenang
    [InlineData(2024, 11, 27, 3, 0, FilingHoursOutcome.WithinOfficeHours)]     // voting day, a holiday by Keppres 33/2024
    [InlineData(2024, 11, 23, 10, 0, FilingHoursOutcome.OutsideOfficeHours)]   // Saturday
    public void In_person_filing_follows_the_office_hours_and_the_election_service_periods(int y, int m, int d, int h, int min, FilingHoursOutcome expected)
    {
        var answer = FilingHours.Pilkada2024.Check(PilkadaClocks.InstantIn(Jayapura, new LocalDateTime(y, m, d, h, min)), FilingChannel.InPerson, Jayapura);

        Assert.Equal(expected, answer.Outcome);
    }

    // Waktu setempat: on Thursday 21 November 2024 the same instant is 16.15 WIT in Jayapura (closed since 16.00) and
    // 15.15 WITA in Kota Bima (open).
    [Fact]
    public void The_region_decides_the_local_time()
    {
        var instant = PilkadaClocks.InstantIn(Jayapura, new LocalDateTime(2024, 11, 21, 16, 15));

        Assert.Equal(FilingHoursOutcome.OutsideOfficeHours, FilingHours.Pilkada2024.Check(instant, FilingChannel.InPerson, Jayapura).Outcome);
        Assert.Equal(FilingHoursOutcome.WithinOfficeHours, FilingHours.Pilkada2024.Check(instant, FilingChannel.InPerson, RegionCatalog.Default[Bima]).Outcome);
    }

    [Fact]
    public void A_report_without_filing_time_or_channel_is_not_determined_and_says_why()
    {
        var noTime = FilingHours.Pilkada2024.Check(IntakeArbitraries.Complete with { FiledAt = null });
        var noChannel = FilingHours.Pilkada2024.Check(IntakeArbitraries.Complete with { Channel = null });

        Assert.Equal(FilingHoursOutcome.NotDetermined, noTime.Outcome);
        Assert.Equal("Filing hours not determined: the time the report was filed is missing.", noTime.Describe(PilkadaLanguage.English));
        Assert.Equal(FilingHoursOutcome.NotDetermined, noChannel.Outcome);
        Assert.StartsWith("Jam layanan tidak dapat ditentukan: laporan tidak menyebutkan apakah disampaikan langsung atau daring", noChannel.Describe(PilkadaLanguage.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_outside_the_calendar_years_is_not_determined_instead_of_guessed()
    {
        var answer = FilingHours.Pilkada2024.Check(Instant.FromUtc(2031, 3, 3, 3, 0), FilingChannel.InPerson, Jayapura);

        Assert.Equal(FilingHoursOutcome.NotDetermined, answer.Outcome);
        Assert.StartsWith("Filing hours not determined: ", answer.Describe(PilkadaLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_channel_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => FilingHours.Pilkada2024.Check(Instant.FromUtc(2024, 11, 22, 1, 0), (FilingChannel)7, Jayapura));
    }

    [Fact]
    public void The_validator_uses_the_schedule_of_the_report_election()
    {
        // A re-run contest of 2025: the 2024 masa tenang is not a service period of its schedule.
        var masaTenang2024 = PilkadaClocks.InstantIn(RegionCode.Parse("19.71"), new LocalDateTime(2024, 11, 24, 10, 0));
        var laporan = IntakeArbitraries.Complete with { FiledAt = masaTenang2024, KnownOn = new LocalDate(2024, 11, 23), Incident = IntakeArbitraries.Complete.Incident! with { OccurredOn = new LocalDate(2024, 11, 23) } };
        var validator = new LaporanValidator();

        Assert.Equal(FilingHoursOutcome.WithinOfficeHours, validator.CheckFilingHours(laporan).Outcome);
        Assert.Equal(OfficeHoursReason.ServicePeriod, validator.CheckFilingHours(laporan).Office!.Reason);
        Assert.Equal(FilingHoursOutcome.OutsideOfficeHours, validator.CheckFilingHours(laporan with { ContestId = "pilkada-ulang-2025/19.71" }).Outcome);
        Assert.Equal(FilingHoursOutcome.OutsideOfficeHours, new LaporanValidator(new LaporanValidatorOptions { OfficeHours = OfficeHoursCalendar.Default }).CheckFilingHours(laporan).Outcome);
    }
}
