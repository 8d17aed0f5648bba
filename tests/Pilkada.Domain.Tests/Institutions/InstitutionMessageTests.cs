using System.Text.Json;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.Institutions;

/// <summary>Every error code of the institutions and violations areas has its message; the data serialises.</summary>
public class InstitutionMessageTests
{
    [Fact]
    public void Every_institution_error_has_a_message_in_both_languages()
    {
        foreach (var error in Enum.GetValues<InstitutionError>())
        {
            var key = InstitutionException.KeyOf(error);
            Assert.True(PilkadaMessages.Contains(key), key);
            Assert.NotEqual(
                PilkadaMessages.GetTemplate(key, PilkadaLanguage.English),
                PilkadaMessages.GetTemplate(key, PilkadaLanguage.Indonesian));
        }
    }

    [Fact]
    public void Every_rupiah_error_has_a_message_with_the_position()
    {
        foreach (var error in Enum.GetValues<RupiahError>())
        {
            var parseError = new ParseError<RupiahError>(error, 4);
            Assert.True(PilkadaMessages.Contains(parseError.MessageKey), parseError.MessageKey);
            Assert.Contains("{position}", PilkadaMessages.GetTemplate(parseError.MessageKey, PilkadaLanguage.Indonesian), StringComparison.Ordinal);
            Assert.Contains("5", parseError.GetMessage(PilkadaLanguage.English), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Profiles_offences_and_decree_entries_serialise()
    {
        var profile = PilkadaJson.Serialize(InstitutionProfiles.Default[InstitutionKind.BawasluProvinsi]);
        var offence = PilkadaJson.Serialize(OffenceCatalog.Default.Search("187A(1)")[0]);
        var breach = PilkadaJson.Serialize(AsnNeutralityCatalog.Disiplin[4]);

        using (var document = JsonDocument.Parse(profile))
        {
            Assert.Equal("[5,7]", document.RootElement.GetProperty("members").GetProperty("options").GetRawText());
            Assert.Equal("Permanent", document.RootElement.GetProperty("tenure").GetString());
        }

        using (var document = JsonDocument.Parse(offence))
        {
            Assert.Equal(200_000_000, document.RootElement.GetProperty("penalty").GetProperty("minimumFine").GetInt64());
            Assert.Equal("2016-07-01", document.RootElement.GetProperty("inForceFrom").GetString());
        }

        using (var document = JsonDocument.Parse(breach))
        {
            Assert.Equal("D5", document.RootElement.GetProperty("number").GetString());
            Assert.True(document.RootElement.GetProperty("dismissalWithoutHonour").GetBoolean());
        }
    }
}
