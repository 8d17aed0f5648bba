using Pilkada.Domain.People;

namespace Pilkada.Domain.Tests.People;

public class PeopleMessageTests
{
    [Fact]
    public void Every_NIK_and_NIP_error_has_a_message_with_the_position_in_both_languages()
    {
        var keys = Enum.GetValues<NikError>().Select(e => new ParseError<NikError>(e, 0).MessageKey)
            .Concat(Enum.GetValues<NipError>().Select(e => new ParseError<NipError>(e, 0).MessageKey));
        foreach (var key in keys)
        {
            Assert.True(PilkadaMessages.Contains(key), key);
            Assert.Contains("{position}", PilkadaMessages.GetTemplate(key, PilkadaLanguage.English), StringComparison.Ordinal);
            Assert.Contains("{position}", PilkadaMessages.GetTemplate(key, PilkadaLanguage.Indonesian), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_value_objects_of_the_people_area_are_checked_for_the_full_interface_set()
    {
        var found = ConsistencyTests.ValueObjects.Select(row => row.Data).ToList();

        Assert.Contains(typeof(Nik), found);
        Assert.Contains(typeof(Nip), found);
    }
}

public class PeopleLegalBasisTests
{
    [Fact]
    public void The_layouts_name_their_instruments()
    {
        Assert.Equal("PP 40/2019", Nik.LegalBasis.Instrument);
        Assert.StartsWith("PP 40/2019 Pasal 31 ayat (1)", Nik.LegalBasis.ToString(), StringComparison.Ordinal);
        Assert.Equal("Perka BKN 22/2007", Nip.LegalBasis.ToString());
    }
}
