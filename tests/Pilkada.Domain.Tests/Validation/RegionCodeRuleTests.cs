using System.Globalization;
using FluentValidation;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Tests.Infrastructure;
using Pilkada.Domain.Validation;

namespace Pilkada.Domain.Tests.Validation;

public class RegionCodeRuleTests
{
    public sealed record Form(string? Kode, RegionCode Wilayah, RegionCode? Desa);

    private sealed class FormValidator : AbstractValidator<Form>
    {
        public FormValidator()
        {
            RuleFor(f => f.Kode).RegionCode(new RegionCodeRuleOptions
            {
                Level = RegionLevel.KabupatenKota,
                MustExist = true,
                Within = RegionCode.Parse("52", CultureInfo.InvariantCulture),
            });
            RuleFor(f => f.Wilayah).RegionCode();
            RuleFor(f => f.Desa).RegionCode(new RegionCodeRuleOptions { Level = RegionLevel.DesaKelurahan });
        }
    }

    private static readonly RegionCode Bima = RegionCode.Parse("52.72", CultureInfo.InvariantCulture);

    [Fact]
    public void A_valid_form_passes()
    {
        var result = new FormValidator().Validate(new Form("5272", Bima, RegionCode.Parse("52.72.01.1001", CultureInfo.InvariantCulture)));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Null_values_are_left_to_NotNull()
    {
        Assert.True(new FormValidator().Validate(new Form(null, Bima, null)).IsValid);
    }

    [Theory]
    [InlineData("52.7x", "RegionCode.Malformed", "Kode: '52.7x' is not a valid region code: character 5 is neither a digit nor a separator ('.', '-' or a space).")]
    [InlineData("52", "RegionCode.WrongLevel", "Kode: 52 is a province (provinsi) code; a kabupaten/kota code is required.")]
    [InlineData("52.99", "RegionCode.NotInCatalog", "Kode: the region code 52.99 is not in Kepmendagri 300.2.2-2138/2025.")]
    [InlineData("19.71", "RegionCode.NotWithin", "Kode: 19.71 does not lie within Nusa Tenggara Barat (52).")]
    public void Each_check_has_its_own_error_code_and_an_English_message(string kode, string errorCode, string message)
    {
        using var _ = new CultureScope("en-US");
        var result = new FormValidator().Validate(new Form(kode, Bima, null));

        var error = Assert.Single(result.Errors);
        Assert.Equal(errorCode, error.ErrorCode);
        Assert.Equal(message, error.ErrorMessage);
        Assert.Equal("Kode", error.PropertyName);
    }

    [Fact]
    public void Messages_follow_the_current_UI_culture()
    {
        using var _ = new CultureScope("id-ID");
        var error = Assert.Single(new FormValidator().Validate(new Form("52", Bima, null)).Errors);

        Assert.Equal("Kode: 52 adalah kode provinsi; yang diminta kode kabupaten/kota.", error.ErrorMessage);
    }

    [Fact]
    public void The_language_can_be_chosen_per_call_whatever_the_culture()
    {
        using var _ = new CultureScope("en-US");
        var validator = new FormValidator();

        var id = Assert.Single(validator.Validate(new Form("19.71", Bima, null), PilkadaLanguage.Indonesian).Errors);
        var en = Assert.Single(validator.Validate(new Form("19.71", Bima, null), CultureInfo.GetCultureInfo("en-GB")).Errors);

        Assert.Equal("Kode: 19.71 tidak berada di wilayah Nusa Tenggara Barat (52).", id.ErrorMessage);
        Assert.Equal("Kode: 19.71 does not lie within Nusa Tenggara Barat (52).", en.ErrorMessage);
    }

    [Fact]
    public void The_empty_RegionCode_fails_and_a_wrong_level_on_a_nullable_code_is_reported()
    {
        var result = new FormValidator().Validate(new Form("52.72", default, RegionCode.Parse("52.72.01", CultureInfo.InvariantCulture)), PilkadaLanguage.English);

        Assert.Equal(["RegionCode.Missing", "RegionCode.WrongLevel"], result.Errors.Select(e => e.ErrorCode));
        Assert.Equal("Wilayah: the region code is empty.", result.Errors[0].ErrorMessage);
    }

    [Fact]
    public void WithMessage_still_overrides_the_library_message()
    {
        var validator = new InlineValidator<Form>();
        validator.RuleFor(f => f.Kode).RegionCode().WithMessage("custom");

        Assert.Equal("custom", Assert.Single(validator.Validate(new Form("x", Bima, null)).Errors).ErrorMessage);
    }
}
