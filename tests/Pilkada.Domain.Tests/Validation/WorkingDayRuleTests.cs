using FluentValidation;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Tests.Infrastructure;
using Pilkada.Domain.Validation;

namespace Pilkada.Domain.Tests.Validation;

public class WorkingDayRuleTests
{
    public sealed record Undangan(LocalDate TanggalKlarifikasi, LocalDate? TanggalSidang);

    private sealed class UndanganValidator : AbstractValidator<Undangan>
    {
        public UndanganValidator()
        {
            RuleFor(u => u.TanggalKlarifikasi).WorkingDay();
            RuleFor(u => u.TanggalSidang).WorkingDay();
        }
    }

    [Fact]
    public void A_working_day_passes_and_null_is_left_to_NotNull()
    {
        var result = new UndanganValidator().Validate(new Undangan(new LocalDate(2024, 4, 16), null));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Idul_Fitri_fails_naming_the_date_and_the_holiday_in_English_and_Indonesian()
    {
        var form = new Undangan(new LocalDate(2024, 4, 10), new LocalDate(2024, 4, 13));

        var english = new UndanganValidator().Validate(form, PilkadaLanguage.English);
        var indonesian = new UndanganValidator().Validate(form, PilkadaLanguage.Indonesian);

        Assert.Equal(2, english.Errors.Count);
        Assert.All(english.Errors, e => Assert.Equal("WorkingDay.NotWorkingDay", e.ErrorCode));
        Assert.Equal(
            "Tanggal Klarifikasi: 10 April 2024 is not a working day: Wednesday 10 April 2024, national holiday (hari libur nasional): Eid al-Fitr (day 1) (SKB Menag/Menaker/MenPANRB No 855/2023, 3/2023, 4/2023 (12 Sep 2023)).",
            english.Errors[0].ErrorMessage);
        Assert.Equal("Tanggal Sidang: 13 April 2024 is not a working day: Saturday 13 April 2024, a weekend day.", english.Errors[1].ErrorMessage);
        Assert.StartsWith("Tanggal Klarifikasi: 10 April 2024 bukan hari kerja: Rabu 10 April 2024, hari libur nasional: Hari Raya Idul Fitri 1445 Hijriah (hari pertama)", indonesian.Errors[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_outside_the_table_fails_with_its_own_code()
    {
        using var _ = new CultureScope("en-US");
        var result = new UndanganValidator().Validate(new Undangan(new LocalDate(2028, 1, 3), null));

        var error = Assert.Single(result.Errors);
        Assert.Equal("WorkingDay.NotCovered", error.ErrorCode);
        Assert.Equal("Tanggal Klarifikasi: 3 January 2028 cannot be checked: the non-working-day table covers 2024–2027 only.", error.ErrorMessage);
    }

    [Fact]
    public void The_rule_uses_the_calendar_it_is_given()
    {
        var calendar = NonWorkingDayTable.Default.ToCalendar(new WorkingDayOptions { CollectiveLeaveIsWorkingDay = true });
        var validator = new InlineValidator<Undangan>();
        validator.RuleFor(u => u.TanggalKlarifikasi).WorkingDay(calendar);

        Assert.True(validator.Validate(new Undangan(new LocalDate(2024, 4, 8), null)).IsValid);
        Assert.False(validator.Validate(new Undangan(new LocalDate(2024, 4, 10), null)).IsValid);
    }
}
