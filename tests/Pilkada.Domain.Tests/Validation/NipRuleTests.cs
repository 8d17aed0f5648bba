using FluentValidation;
using NodaTime;
using Pilkada.Domain.People;
using Pilkada.Domain.Tests.Infrastructure;
using Pilkada.Domain.Validation;
using NipNumber = Pilkada.Domain.People.Nip;

namespace Pilkada.Domain.Tests.Validation;

public class NipRuleTests
{
    public sealed record Terlapor(string? Nip, NipNumber Number = default, NipNumber? Optional = null);

    private sealed class TextValidator : AbstractValidator<Terlapor>
    {
        public TextValidator(NipRuleOptions? options) => RuleFor(t => t.Nip).Nip(options);
    }

    private sealed class TypedValidator : AbstractValidator<Terlapor>
    {
        public TypedValidator(NipRuleOptions options)
        {
            RuleFor(t => t.Number).Nip(options);
            RuleFor(t => t.Optional).Nip(options);
        }
    }

    [Theory]
    [InlineData("198609262015051001")]
    [InlineData("NIP. 19860926 201505 1 001")]
    [InlineData("NI PPPK 199009132025242014")]
    public void Valid_numbers_pass_as_labelled(string nip) =>
        Assert.True(new TextValidator(null).Validate(new Terlapor(nip)).IsValid);

    [Fact]
    public void A_malformed_NIP_fails_with_the_value_masked_and_the_reason()
    {
        var error = Assert.Single(new TextValidator(null).Validate(new Terlapor("199009132025242014"), PilkadaLanguage.English).Errors);

        Assert.Equal("Nip.Malformed", error.ErrorCode);
        Assert.Equal("Nip: '1990************14' is not a valid NIP: digits 13–14 (the month of the TMT CPNS, at character 13) must be 01–12.", error.ErrorMessage);
    }

    // DOMAIN-BRIEF §5.5 ❓: the kind cannot be inferred; the caller states it.
    [Fact]
    public void The_stated_kind_decides_how_text_is_read()
    {
        var pppk = new TextValidator(new NipRuleOptions { Kind = AsnKind.Pppk });

        Assert.True(pppk.Validate(new Terlapor("199009132025242014")).IsValid);
        var error = Assert.Single(new TextValidator(new NipRuleOptions { Kind = AsnKind.Pns })
            .Validate(new Terlapor("NI PPPK 199009132025242014"), PilkadaLanguage.Indonesian).Errors);
        Assert.Equal("Nip: 'NI PPPK 1990************14' bukan NIP yang sah: teks (karakter ke-1) berlabel NI PPPK, padahal yang diminta NIP PNS.", error.ErrorMessage);
    }

    [Fact]
    public void A_typed_number_of_the_wrong_kind_fails_and_the_empty_number_is_missing()
    {
        var validator = new TypedValidator(new NipRuleOptions { Kind = AsnKind.Pns });
        var errors = validator.Validate(new Terlapor(null, default, NipNumber.Parse("NI PPPK 199009132025242014")), PilkadaLanguage.English).Errors;

        Assert.Equal(["Nip.Missing", "Nip.WrongKind"], errors.Select(e => e.ErrorCode));
        Assert.Equal("Optional: NI PPPK 1990************14 is a PPPK number; a PNS number is required.", errors[1].ErrorMessage);
    }

    [Fact]
    public void Birth_date_and_TMT_must_not_be_after_the_reference_date()
    {
        var options = new NipRuleOptions { ReferenceDate = new LocalDate(2015, 4, 30) };
        var errors = new TextValidator(options).Validate(new Terlapor("198609262015051001"), PilkadaLanguage.English).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("Nip.AppointedAfterReference", error.ErrorCode);
        Assert.Equal("Nip: the TMT CPNS in NIP 1986************01 is after 30 April 2015.", error.ErrorMessage);
        Assert.True(new TextValidator(options with { ReferenceDate = new LocalDate(2015, 5, 1) }).Validate(new Terlapor("198609262015051001")).IsValid);

        var born = Assert.Single(new TextValidator(new NipRuleOptions { ReferenceDate = new LocalDate(1990, 9, 12), Kind = AsnKind.Pppk })
            .Validate(new Terlapor("199009132025242014")).Errors);
        Assert.Equal("Nip.BornAfterReference", born.ErrorCode);
    }

    [Fact]
    public void The_reference_date_can_come_from_a_clock()
    {
        var options = new NipRuleOptions { Clock = new FixedClock(Instant.FromUtc(2015, 4, 30, 17, 0)) };

        // 1 May 2015 00:00 in WIB: the TMT has begun.
        Assert.True(new TextValidator(options).Validate(new Terlapor("198609262015051001")).IsValid);
        Assert.False(new TextValidator(options with { Zone = DateTimeZone.Utc }).Validate(new Terlapor("198609262015051001")).IsValid);
    }

    [Fact]
    public void The_expected_sex_is_checked_in_digit_15()
    {
        var error = Assert.Single(new TypedValidator(new NipRuleOptions { ExpectedSex = Sex.Female })
            .Validate(new Terlapor(null, NipNumber.Parse("198609262015051001")), PilkadaLanguage.Indonesian).Errors);

        Assert.Equal("Nip.SexMismatch", error.ErrorCode);
        Assert.Equal("Number: NIP 1986************01 tercatat untuk laki-laki, padahal yang diharapkan perempuan.", error.ErrorMessage);
    }
}
