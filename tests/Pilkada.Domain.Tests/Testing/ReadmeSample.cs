using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Testing;
using Pilkada.Domain.Validation;

// Your form and your rule: a complaint needs the NIK of a voter (17 or older) and a kabupaten/kota code.
public sealed record FormulirAduan(string? Nik, string? KodeWilayah);

public sealed class FormulirAduanValidator : AbstractValidator<FormulirAduan>
{
    public FormulirAduanValidator(IClock clock)
    {
        RuleFor(f => f.Nik).NotEmpty().Nik(new NikRuleOptions { Clock = clock, MinimumAge = 17 });
        RuleFor(f => f.KodeWilayah).NotEmpty().RegionCode(RegionLevel.KabupatenKota);
    }
}

// Its properties, checked on generated NIKs and region codes, on voting day in Kota Bima (07.00 WITA).
public class FormulirAduanValidatorProperties
{
    private static readonly FakeClock VotingDay = PilkadaClocks.At(RegionCode.Parse("52.72"), new LocalDateTime(2024, 11, 27, 7, 0));
    private static readonly FormulirAduanValidator Validator = new(VotingDay);
    private static readonly Arbitrary<RegionCode> KabupatenKota = PilkadaGenerators.CatalogRegionCodeAt(RegionLevel.KabupatenKota).ToArbitrary();

    // NIKs of people born 1930–2006, written as people write them: grouped with spaces, dots or hyphens.
    private static readonly Arbitrary<string> AdultNik =
        (from nik in PilkadaGenerators.NikWithBirthDate.Where(n => n.BirthDate.Year is >= 1930 and <= 2006)
         from text in PilkadaGenerators.Grouped(nik.Nik.ToFullString())
         select text).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property An_adult_NIK_as_people_write_it_and_a_kabupaten_kota_pass() =>
        Prop.ForAll(AdultNik, KabupatenKota, (nik, code) => Validator.Validate(new FormulirAduan(nik, code.ToString())).IsValid);

    [Property(MaxTest = 200)]
    public Property Every_kind_of_malformed_NIK_is_rejected_on_the_NIK_alone() =>
        Prop.ForAll(PilkadaGenerators.InvalidNik.ToArbitrary(), KabupatenKota, (bad, code) =>
        {
            var errors = Validator.Validate(new FormulirAduan(bad.Text, code.ToString())).Errors;
            return (errors.Count > 0 && errors.All(e => e.PropertyName == nameof(FormulirAduan.Nik)))
                .Label($"{bad.Expected}: {string.Join(" | ", errors.Select(e => e.ErrorCode))}");
        });

    [Property(MaxTest = 200)]
    public Property A_code_outside_the_catalogue_is_rejected_on_the_code_alone() =>
        Prop.ForAll(PilkadaGenerators.RegionCodeNotInCatalog.ToArbitrary(), AdultNik, (code, nik) =>
        {
            var errors = Validator.Validate(new FormulirAduan(nik, code.ToString())).Errors;
            return errors.Count > 0 && errors.All(e => e.PropertyName == nameof(FormulirAduan.KodeWilayah));
        });
}
