using System.Text.Json;
using System.Text.Json.Serialization;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.People;

/// <summary>
/// Reads and writes a <see cref="CivilServant"/> as
/// <c>{"nip":"198609262015051001","kind":"Pns","name":"…","agency":"…","position":"…","workRegion":"52.72"}</c>
/// (<c>position</c> and <c>workRegion</c> left out when unknown).
/// </summary>
/// <remarks>
/// The NIP is written in its full form (a PPPK number with its <c>NI PPPK</c> label). When reading, <c>kind</c>, if
/// present, states how to read <c>nip</c>, so <c>{"nip":"199009132025242014","kind":"Pppk",…}</c> reads as a NI
/// PPPK; without it the label decides. A missing or bad field fails with a <see cref="JsonException"/> naming the
/// field and the reason, with the NIP masked; an incomplete record is never built.
/// </remarks>
public sealed class CivilServantJsonConverter : JsonConverter<CivilServant>
{
    /// <inheritdoc/>
    public override CivilServant? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(PilkadaMessages.Format("CivilServant.ExpectedObject", PilkadaLanguage.English,
                new MessageArgument("token", reader.TokenType.ToString())));
        }

        string? nip = null, name = null, agency = null, position = null, region = null;
        AsnKind? kind = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "nip":
                    nip = ReadString(ref reader, "nip");
                    break;
                case "kind":
                    kind = ReadKind(ref reader);
                    break;
                case "name":
                    name = ReadString(ref reader, "name");
                    break;
                case "agency":
                    agency = ReadString(ref reader, "agency");
                    break;
                case "position":
                    position = ReadString(ref reader, "position");
                    break;
                case "workRegion":
                    region = ReadString(ref reader, "workRegion");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(nip))
        {
            throw Missing("nip");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw Missing("name");
        }

        if (string.IsNullOrWhiteSpace(agency))
        {
            throw Missing("agency");
        }

        var number = NipJsonConverter.ReadString(nip, kind);
        RegionCode? workRegion = null;
        if (region is not null)
        {
            workRegion = RegionCode.TryParse(region.AsSpan(), out var code, out var error)
                ? code
                : throw new JsonException(RegionCodeFormatException.Describe(error, region, PilkadaLanguage.English));
        }

        return new CivilServant(number, name, agency, position, workRegion);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CivilServant value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("nip", value.Nip.ToFullString());
        writer.WriteString("kind", value.Kind == AsnKind.Pppk ? "Pppk" : "Pns");
        writer.WriteString("name", value.Name);
        writer.WriteString("agency", value.Agency);
        if (value.Position is not null)
        {
            writer.WriteString("position", value.Position);
        }

        if (value.WorkRegion is { } region)
        {
            writer.WriteString("workRegion", region.ToString());
        }

        writer.WriteEndObject();
    }

    private static string? ReadString(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException(PilkadaMessages.Format("CivilServant.ExpectedString", PilkadaLanguage.English,
            new MessageArgument("field", field), new MessageArgument("token", reader.TokenType.ToString()))),
    };

    private static AsnKind? ReadKind(ref Utf8JsonReader reader)
    {
        var text = ReadString(ref reader, "kind");
        if (text is null)
        {
            return null;
        }

        if (string.Equals(text, "Pns", StringComparison.OrdinalIgnoreCase))
        {
            return AsnKind.Pns;
        }

        if (string.Equals(text, "Pppk", StringComparison.OrdinalIgnoreCase))
        {
            return AsnKind.Pppk;
        }

        throw new JsonException(PilkadaMessages.Format("CivilServant.UnknownKind", PilkadaLanguage.English, new MessageArgument("value", text)));
    }

    private static JsonException Missing(string field) =>
        new(PilkadaMessages.Format("CivilServant.MissingField", PilkadaLanguage.English, new MessageArgument("field", field)));
}
