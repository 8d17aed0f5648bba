using System.Globalization;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Validation;

namespace Pilkada.Domain.Tests;

public class MessageCatalogTests
{
    public static TheoryData<string> Keys => new(PilkadaMessages.Keys.Order());

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_message_exists_in_English_and_Indonesian_with_the_same_placeholders(string key)
    {
        var en = PilkadaMessages.GetTemplate(key, PilkadaLanguage.English);
        var id = PilkadaMessages.GetTemplate(key, PilkadaLanguage.Indonesian);

        Assert.False(string.IsNullOrWhiteSpace(en), key);
        Assert.False(string.IsNullOrWhiteSpace(id), key);
        Assert.Equal(PilkadaMessages.PlaceholdersOf(en).Order(), PilkadaMessages.PlaceholdersOf(id).Order());
    }

    [Fact]
    public void Every_region_code_error_has_a_message()
    {
        foreach (var error in Enum.GetValues<RegionCodeError>())
        {
            Assert.True(PilkadaMessages.Contains(new ParseError<RegionCodeError>(error, 0).MessageKey), error.ToString());
        }
    }

    [Fact]
    public void Every_validator_error_code_has_a_message()
    {
        var validatorTypes = typeof(PilkadaPropertyValidator<,>).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: true } && IsPilkadaValidator(t));
        foreach (var type in validatorTypes)
        {
            var arguments = type.GetGenericArguments().Select(_ => typeof(string)).ToArray();
            var closed = type.MakeGenericType(arguments);
            var constructor = closed.GetConstructors()[0];
            var parameters = constructor.GetParameters().Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray();
            var instance = (FluentValidation.Validators.IPropertyValidator)constructor.Invoke(parameters);
            Assert.True(PilkadaMessages.Contains(instance.Name), $"{type.Name}: {instance.Name}");
        }
    }

    [Theory]
    [InlineData("id", PilkadaLanguage.Indonesian)]
    [InlineData("id-ID", PilkadaLanguage.Indonesian)]
    [InlineData("en-US", PilkadaLanguage.English)]
    [InlineData("nl-NL", PilkadaLanguage.English)]
    [InlineData("", PilkadaLanguage.English)]
    public void Cultures_map_to_languages(string culture, PilkadaLanguage language) =>
        Assert.Equal(language, PilkadaLanguages.FromCulture(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Dates_are_written_the_Indonesian_or_the_English_way()
    {
        var date = new NodaTime.LocalDate(2024, 10, 25);

        Assert.Equal("25 Oktober 2024", PilkadaMessages.FormatDate(date, PilkadaLanguage.Indonesian));
        Assert.Equal("25 October 2024", PilkadaMessages.FormatDate(date, PilkadaLanguage.English));
    }

    private static bool IsPilkadaValidator(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(PilkadaPropertyValidator<,>))
            {
                return true;
            }
        }

        return false;
    }
}
