using FluentValidation;
using NodaTime;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Tests.Infrastructure;
using Pilkada.Domain.Validation;
using NikNumber = Pilkada.Domain.People.Nik;

namespace Pilkada.Domain.Tests.Validation;

public class NikRuleTests
{
    private static readonly LocalDate VotingDay2024 = new(2024, 11, 27);

    public sealed record Pelapor(string? Nik, string? Region = null, NikNumber Parsed = default, NikNumber? Optional = null);

    private sealed class VoterValidator : AbstractValidator<Pelapor>
    {
        public VoterValidator(NikRuleOptions options)
        {
            RuleFor(p => p.Nik).Nik(options);
            RuleFor(p => p.Region).RegionCode();
        }
    }

    private static readonly NikRuleOptions Voter = new() { ReferenceDate = VotingDay2024, MinimumAge = 17 };

    [Fact]
    public void A_valid_NIK_passes_and_null_is_left_to_NotNull()
    {
        var validator = new VoterValidator(Voter);

        Assert.True(validator.Validate(new Pelapor("5272012609860003")).IsValid);
        Assert.True(validator.Validate(new Pelapor(null)).IsValid);
    }

    // LEGAL-VERIFICATION §6 row 1: never require the NIK prefix to match the current address or the Pilkada region.
    [Fact]
    public void Row1_a_NIK_registered_in_Kota_Bima_is_valid_on_a_report_about_Kota_Pangkalpinang()
    {
        var result = new VoterValidator(Voter with { RequireRegionInCatalog = true }).Validate(new Pelapor("5272012609860003", "19.71"));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void A_malformed_NIK_fails_with_the_value_masked_and_the_reason()
    {
        using var _ = new CultureScope("en-US");
        var error = Assert.Single(new VoterValidator(NikRuleOptions.WellFormed).Validate(new Pelapor("5272012609860000")).Errors);

        Assert.Equal("Nik.Malformed", error.ErrorCode);
        Assert.Equal("Nik: '5272**********00' is not a valid NIK: digits 13–16 (the sequence number, at character 13) are 0000; numbering starts at 0001.", error.ErrorMessage);
    }

    [Fact]
    public void Messages_follow_the_chosen_language()
    {
        var error = Assert.Single(new VoterValidator(Voter).Validate(new Pelapor("5272012711100003"), PilkadaLanguage.Indonesian).Errors);

        Assert.Equal("Nik.TooYoung", error.ErrorCode);
        Assert.Equal("Nik: menurut NIK 5272**********03 orang ini berumur 14 tahun pada 27 November 2024; umur paling rendah 17 tahun.", error.ErrorMessage);
    }

    // UU 1/2015 Pasal 1 angka 6 as amended by UU 8/2015: a Pemilih is at least 17 (or married) — the age is only an option.
    [Theory]
    [InlineData("5272012711070003", true)]
    [InlineData("5272012811070003", false)]
    public void The_minimum_age_is_counted_on_the_reference_date(string nik, bool valid)
    {
        var result = new VoterValidator(Voter).Validate(new Pelapor(nik));

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal("Nik.TooYoung", Assert.Single(result.Errors).ErrorCode);
        }
    }

    [Fact]
    public void Without_the_option_a_child_s_NIK_is_just_a_valid_NIK()
    {
        Assert.True(new VoterValidator(new NikRuleOptions { ReferenceDate = VotingDay2024 }).Validate(new Pelapor("5272012711100003")).IsValid);
    }

    [Fact]
    public void The_reference_date_can_come_from_a_clock()
    {
        var options = new NikRuleOptions { Clock = new FixedClock(Instant.FromUtc(2024, 11, 26, 17, 30)), MinimumAge = 17 };

        // 27 November 2024 in WIB: born 27 November 2007, 17 that day.
        Assert.True(new VoterValidator(options).Validate(new Pelapor("5272012711070003")).IsValid);
        Assert.False(new VoterValidator(options with { Zone = DateTimeZone.Utc }).Validate(new Pelapor("5272012711070003")).IsValid);
    }

    [Fact]
    public void A_29_February_00_birth_date_has_no_date_before_2000()
    {
        var error = Assert.Single(new VoterValidator(new NikRuleOptions { ReferenceDate = new LocalDate(1999, 6, 1) })
            .Validate(new Pelapor("5272012902000003"), PilkadaLanguage.English).Errors);

        Assert.Equal("Nik.NoBirthDate", error.ErrorCode);
        Assert.Equal("Nik: the NIK 5272**********03 has no real birth date on or before 1 June 1999.", error.ErrorMessage);
    }

    [Fact]
    public void The_expected_sex_is_checked()
    {
        var error = Assert.Single(new VoterValidator(new NikRuleOptions { ExpectedSex = Sex.Male })
            .Validate(new Pelapor("5272016609860003"), PilkadaLanguage.English).Errors);

        Assert.Equal("Nik.SexMismatch", error.ErrorCode);
        Assert.Equal("Nik: NIK 5272**********03 is registered for a woman (perempuan), but a man (laki-laki) was expected.", error.ErrorMessage);
    }

    // LEGAL-VERIFICATION §6 row 2: retired codes are accepted even when the region must be in the catalogue.
    [Theory]
    [InlineData("5272012609860003", true)]
    [InlineData("9201012609860003", true)]
    [InlineData("9912342609860003", true)]
    [InlineData("5299012609860003", false)]
    [InlineData("9101012609860003", false)]
    public void Row2_with_RequireRegionInCatalog_current_and_retired_codes_pass(string nik, bool valid)
    {
        var result = new VoterValidator(new NikRuleOptions { RequireRegionInCatalog = true }).Validate(new Pelapor(nik), PilkadaLanguage.English);

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal("Nik.RegionNotInCatalog", error.ErrorCode);
            Assert.Contains("Kepmendagri 300.2.2-2138/2025", error.ErrorMessage, StringComparison.Ordinal);
            Assert.DoesNotContain(nik[4..14], error.ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_minimum_age_without_a_reference_date_is_a_configuration_error()
    {
        Assert.Throws<ArgumentException>(() => new VoterValidator(new NikRuleOptions { MinimumAge = 17 }));
    }

    private sealed class TypedValidator : AbstractValidator<Pelapor>
    {
        public TypedValidator()
        {
            RuleFor(p => p.Parsed).Nik(new NikRuleOptions { ExpectedSex = Sex.Female });
            RuleFor(p => p.Optional).Nik(new NikRuleOptions { ReferenceDate = VotingDay2024, MinimumAge = 17 });
        }
    }

    [Fact]
    public void Nik_typed_properties_are_checked_too_and_the_empty_NIK_is_missing()
    {
        var validator = new TypedValidator();

        Assert.True(validator.Validate(new Pelapor(null, null, NikNumber.Parse("5272016609860003"), null)).IsValid);
        var errors = validator.Validate(new Pelapor(null, null, default, NikNumber.Parse("5272012711100003")), PilkadaLanguage.English).Errors;
        Assert.Equal(["Nik.Missing", "Nik.TooYoung"], errors.Select(e => e.ErrorCode));
        Assert.Equal("Parsed: the NIK is empty.", errors[0].ErrorMessage);
    }
}
