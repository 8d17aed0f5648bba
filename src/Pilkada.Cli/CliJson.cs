using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pilkada.Cli;

/// <summary>JSON shapes of the CLI's --json output.</summary>
internal sealed record RegionRef(string Code, string Name, string Kind);

internal sealed record TimeZoneInfoDto(string Abbreviation, string Iana, int UtcOffsetHours);

internal sealed record PopulationDto(long Male, long Female, long Total);

internal sealed record RegionDto(
    string Code,
    string Name,
    string Kind,
    string Level,
    IReadOnlyList<RegionRef> Parents,
    TimeZoneInfoDto TimeZone,
    PopulationDto? Population,
    double? AreaKm2,
    IReadOnlyDictionary<string, int> Below,
    string Edition,
    IReadOnlyList<ContestRefDto>? Contests = null);

internal sealed record ContestRefDto(string Id, string Kind, bool SingleCandidate);

internal sealed record CandidateDto(string Code, string Name, string Kind, string Match, string? Within);

internal sealed record ErrorDto(string Status, string Message, string? Error = null, int? Position = null);

internal sealed record RegionAnswerDto(string Status, RegionDto? Region, IReadOnlyList<CandidateDto>? Candidates, string? Message);

[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RegionAnswerDto))]
[JsonSerializable(typeof(ErrorDto))]
[JsonSerializable(typeof(Commands.OffenceAnswerDto))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

internal static class CliJson
{
    public static void Write<T>(TextWriter output, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        output.WriteLine(JsonSerializer.Serialize(value, typeInfo));
}
