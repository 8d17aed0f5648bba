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
    IReadOnlyList<ContestRefDto>? Contests = null,
    string? NoContestReason = null);

internal sealed record ContestRefDto(
    string Id,
    string Kind,
    bool SingleCandidate,
    string? Title = null,
    string? Region = null,
    string? RegionName = null,
    string? CandidatePair = null,
    string? Outcome = null,
    string? Rerun = null,
    IReadOnlyList<RevoteRefDto>? RevoteOrders = null);

internal sealed record RevoteRefDto(string CaseNumber, string RulingDate, string Remedy, string? RevoteDate);

internal sealed record ContestsAnswerDto(string Status, string Election, int Count, IReadOnlyDictionary<string, int> ByKind, IReadOnlyList<ContestRefDto> Contests);

internal sealed record ElectionRefDto(string Id, string Name, string EnglishName, string VotingDay);

internal sealed record StageDto(
    string Id,
    string Kind,
    string Phase,
    string Name,
    string EnglishName,
    string? Start,
    string? End,
    string? DateText,
    string Confidence,
    string Source,
    IReadOnlyList<string>? AppliesTo,
    bool InForce,
    bool SuspendsOfficeHours,
    string? Note);

internal sealed record PeriodDto(string Start, string End, string StageId);

internal sealed record ScheduleAnswerDto(
    string Status,
    ElectionRefDto Election,
    string Basis,
    RegionRef? Region,
    string TimeZone,
    string Date,
    bool Today,
    IReadOnlyList<string> InForce,
    IReadOnlyList<StageDto> Stages,
    IReadOnlyList<PeriodDto> OfficeHoursExemptions);

internal sealed record CandidateDto(string Code, string Name, string Kind, string Match, string? Within);

internal sealed record ErrorDto(string Status, string Message, string? Error = null, int? Position = null);

internal sealed record RegionAnswerDto(string Status, RegionDto? Region, IReadOnlyList<CandidateDto>? Candidates, string? Message);

internal sealed record RatingDto(string IndexId, string IndexName, string Region, string RegionName, double? Score, string? Band, int? Rank, string Confidence, string Source, string? Note);

internal sealed record RiskAnswerDto(string Code, string Name, IReadOnlyList<RatingDto> Ratings, string Ikp2024Bands, double? Score, string? ScoreBand);

[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RegionAnswerDto))]
[JsonSerializable(typeof(ErrorDto))]
[JsonSerializable(typeof(RiskAnswerDto))]
[JsonSerializable(typeof(Commands.NikAnswerDto))]
[JsonSerializable(typeof(Commands.NipAnswerDto))]
[JsonSerializable(typeof(ScheduleAnswerDto))]
[JsonSerializable(typeof(ContestsAnswerDto))]
[JsonSerializable(typeof(Commands.OffenceAnswerDto))]
[JsonSerializable(typeof(Commands.CaseAnswerDto))]
[JsonSerializable(typeof(Commands.DeadlineAnswerDto))]
[JsonSerializable(typeof(Commands.ValidateAnswerDto))]
[JsonSerializable(typeof(Commands.StatsAnswerDto))]
[JsonSerializable(typeof(Commands.StatsErrorDto))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

internal static class CliJson
{
    public static void Write<T>(TextWriter output, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        output.WriteLine(JsonSerializer.Serialize(value, typeInfo));
}
