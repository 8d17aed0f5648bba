using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Elections;

// The JSON shapes of the election types. Each converter reads an internal DTO with the source-generated
// ElectionJsonDtoContext (strict: required members must be present, non-nullable members must not be null), then
// builds the domain object through its checking constructor, so that a bad document fails with a JsonException naming
// the value and the reason and never yields a half-built object.

/// <summary>JSON of an <see cref="ElectionStage"/>: id, kind, phase, names, ISO dates, source, confidence, notes.</summary>
public sealed class ElectionStageJsonConverter : JsonConverter<ElectionStage>
{
    /// <inheritdoc/>
    public override ElectionStage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var dto = ElectionJson.Read(ref reader, ElectionJsonDtoContext.Default.StageDto);
        return ElectionJson.Build(() => new ElectionStage(dto.Id, dto.Kind, dto.Phase, dto.Name, dto.EnglishName, dto.Start, dto.End, dto.Source)
        {
            DateText = dto.DateText,
            Confidence = dto.Confidence,
            Note = dto.Note,
            SourceUrls = dto.SourceUrls ?? [],
            AppliesTo = dto.AppliesTo ?? [],
        });
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ElectionStage value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ElectionJson.ToDto(value), ElectionJsonDtoContext.Default.StageDto);
}

/// <summary>JSON of an <see cref="ElectionSchedule"/>: the election id, the legal basis and the stages.</summary>
public sealed class ElectionScheduleJsonConverter : JsonConverter<ElectionSchedule>
{
    /// <inheritdoc/>
    public override ElectionSchedule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var dto = ElectionJson.Read(ref reader, ElectionJsonDtoContext.Default.ScheduleDto);
        return ElectionJson.Build(() => new ElectionSchedule(dto.Election, dto.Basis, dto.Stages));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ElectionSchedule value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new ScheduleDto(value.Election, value.Basis, value.Stages), ElectionJsonDtoContext.Default.ScheduleDto);
}

/// <summary>
/// JSON of an <see cref="Election"/>: id, names, voting day, legal basis, the election it re-runs, its schedule and its
/// contests (all of them: 545 for <c>pilkada-2024</c>).
/// </summary>
public sealed class ElectionJsonConverter : JsonConverter<Election>
{
    /// <inheritdoc/>
    public override Election Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var dto = ElectionJson.Read(ref reader, ElectionJsonDtoContext.Default.ElectionDto);
        return ElectionJson.Build(() => new Election(dto.Id, dto.Name, dto.EnglishName, dto.VotingDay, dto.LegalBasis, dto.Schedule, dto.Contests ?? [])
        {
            RerunOf = dto.RerunOf,
        });
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Election value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(
            writer,
            new ElectionDto(value.Id, value.Name, value.EnglishName, value.VotingDay, value.LegalBasis, value.Schedule, value.RerunOf, [.. value.Contests]),
            ElectionJsonDtoContext.Default.ElectionDto);
}

/// <summary>
/// JSON of a <see cref="Contest"/>: <c>{"id":"pilkada-2024/52.72","election":"pilkada-2024","region":"52.72","kind":"WaliKota","regionName":"Kota Bima"}</c>,
/// with the single-candidate facts and re-vote orders when there are any. On reading, <c>election</c> and
/// <c>region</c> may be left out; when given they must agree with the id, and the kind must fit the region.
/// </summary>
public sealed class ContestJsonConverter : JsonConverter<Contest>
{
    /// <inheritdoc/>
    public override Contest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var dto = ElectionJson.Read(ref reader, ElectionJsonDtoContext.Default.ContestDto);
        if ((dto.Election is { } election && election != dto.Id.Election) || (dto.Region is { } region && region != dto.Id.Region))
        {
            throw new JsonException(PilkadaMessages.Format("ElectionJson.ContestIdMismatch", PilkadaLanguage.English,
                new MessageArgument("contest", dto.Id.ToString()),
                new MessageArgument("election", dto.Election?.ToString() ?? dto.Id.Election.ToString()),
                new MessageArgument("region", dto.Region?.ToString() ?? dto.Id.Region.ToString())));
        }

        return ElectionJson.Build(() => new Contest(dto.Id, dto.Kind, dto.RegionName)
        {
            SingleCandidate = dto.SingleCandidate is { } s ? ElectionJson.FromDto(s) : null,
            RevoteOrders = dto.RevoteOrders is { } r ? [.. r.Select(ElectionJson.FromDto)] : [],
        });
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Contest value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(
            writer,
            new ContestDto(
                value.Id,
                value.Kind,
                value.RegionName,
                value.Election,
                value.Region,
                value.SingleCandidate is { } s ? ElectionJson.ToDto(s) : null,
                value.RevoteOrders.Count == 0 ? null : [.. value.RevoteOrders.Select(ElectionJson.ToDto)]),
            ElectionJsonDtoContext.Default.ContestDto);
}

/// <summary>JSON of a <see cref="SingleCandidateContest"/> (strict: every required member present and non-null).</summary>
public sealed class SingleCandidateContestJsonConverter : JsonConverter<SingleCandidateContest>
{
    /// <inheritdoc/>
    public override SingleCandidateContest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ElectionJson.FromDto(ElectionJson.Read(ref reader, ElectionJsonDtoContext.Default.SingleCandidateDto));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SingleCandidateContest value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ElectionJson.ToDto(value), ElectionJsonDtoContext.Default.SingleCandidateDto);
}

/// <summary>JSON of a <see cref="RevoteOrder"/> (strict: every required member present and non-null; ISO dates).</summary>
public sealed class RevoteOrderJsonConverter : JsonConverter<RevoteOrder>
{
    /// <inheritdoc/>
    public override RevoteOrder Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ElectionJson.FromDto(ElectionJson.Read(ref reader, ElectionJsonDtoContext.Default.RevoteDto));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RevoteOrder value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ElectionJson.ToDto(value), ElectionJsonDtoContext.Default.RevoteDto);
}

/// <summary>JSON of an <see cref="OfficeHoursExemption"/>: ISO start and end dates, the stage id, kind and names.</summary>
public sealed class OfficeHoursExemptionJsonConverter : JsonConverter<OfficeHoursExemption>
{
    /// <inheritdoc/>
    public override OfficeHoursExemption Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var dto = ElectionJson.Read(ref reader, ElectionJsonDtoContext.Default.ExemptionDto);
        return ElectionJson.Build(() => new OfficeHoursExemption(dto.Start, dto.End, dto.StageId, dto.StageKind, dto.Name, dto.EnglishName) { Confidence = dto.Confidence });
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, OfficeHoursExemption value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new ExemptionDto(value.Start, value.End, value.StageId, value.StageKind, value.Name, value.EnglishName, value.Confidence),
            ElectionJsonDtoContext.Default.ExemptionDto);
}

internal static class ElectionJson
{
    internal static T Read<T>(ref Utf8JsonReader reader, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(PilkadaMessages.Format("ElectionJson.ExpectedObject", PilkadaLanguage.English,
                new MessageArgument("type", typeof(T).Name.Replace("Dto", string.Empty, StringComparison.Ordinal)),
                new MessageArgument("token", reader.TokenType.ToString())));
        }

        return JsonSerializer.Deserialize(ref reader, typeInfo)!;
    }

    /// <summary>Runs a checking constructor and turns its complaint into a JsonException with the same message.</summary>
    internal static T Build<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ElectionArgumentException ex)
        {
            throw new JsonException(ex.GetMessage(PilkadaLanguage.English), ex);
        }
    }

    internal static StageDto ToDto(ElectionStage s) => new(
        s.Id, s.Kind, s.Phase, s.Name, s.EnglishName, s.Source, s.Start, s.End, s.DateText, s.Confidence, s.Note,
        s.SourceUrls.Count == 0 ? null : s.SourceUrls, s.AppliesTo.Count == 0 ? null : s.AppliesTo);

    internal static SingleCandidateDto ToDto(SingleCandidateContest s) =>
        new(s.Contest, s.RegionName, s.CandidatePair, s.Outcome, s.Confidence, s.SourceUrls, s.Note, s.Rerun);

    internal static SingleCandidateContest FromDto(SingleCandidateDto d) =>
        new(d.Contest, d.RegionName, d.CandidatePair, d.Outcome, d.Confidence, d.SourceUrls, d.Note) { Rerun = d.Rerun };

    internal static RevoteDto ToDto(RevoteOrder r) =>
        new(r.Contest, r.RegionName, r.CaseNumber, r.RulingDate, r.Remedy, r.RevoteDate, r.Confidence, r.SourceUrls, r.Note);

    internal static RevoteOrder FromDto(RevoteDto d) =>
        new(d.Contest, d.RegionName, d.CaseNumber, d.RulingDate, d.Remedy, d.RevoteDate, d.Confidence, d.SourceUrls, d.Note);
}

internal sealed record StageDto(
    string Id,
    StageKind Kind,
    StagePhase Phase,
    string Name,
    string EnglishName,
    LegalReference Source,
    [property: JsonConverter(typeof(IsoNullableLocalDateJsonConverter))] LocalDate? Start = null,
    [property: JsonConverter(typeof(IsoNullableLocalDateJsonConverter))] LocalDate? End = null,
    string? DateText = null,
    SourceConfidence Confidence = SourceConfidence.Confirmed,
    string? Note = null,
    IReadOnlyList<string>? SourceUrls = null,
    IReadOnlyList<RegionCode>? AppliesTo = null);

internal sealed record ScheduleDto(ElectionId Election, LegalReference Basis, IReadOnlyList<ElectionStage> Stages);

internal sealed record ElectionDto(
    ElectionId Id,
    string Name,
    string EnglishName,
    [property: JsonConverter(typeof(IsoLocalDateJsonConverter))] LocalDate VotingDay,
    IReadOnlyList<LegalReference> LegalBasis,
    ElectionSchedule Schedule,
    ElectionId? RerunOf = null,
    IReadOnlyList<Contest>? Contests = null);

internal sealed record ContestDto(
    ContestId Id,
    ContestKind Kind,
    string RegionName,
    ElectionId? Election = null,
    RegionCode? Region = null,
    SingleCandidateDto? SingleCandidate = null,
    IReadOnlyList<RevoteDto>? RevoteOrders = null);

internal sealed record SingleCandidateDto(
    ContestId Contest,
    string RegionName,
    string CandidatePair,
    SingleCandidateOutcome Outcome,
    SourceConfidence Confidence,
    IReadOnlyList<string> SourceUrls,
    string? Note = null,
    ContestId? Rerun = null);

internal sealed record RevoteDto(
    ContestId Contest,
    string RegionName,
    string CaseNumber,
    [property: JsonConverter(typeof(IsoLocalDateJsonConverter))] LocalDate RulingDate,
    RevoteRemedy Remedy,
    [property: JsonConverter(typeof(IsoNullableLocalDateJsonConverter))] LocalDate? RevoteDate,
    SourceConfidence Confidence,
    IReadOnlyList<string> SourceUrls,
    string? Note = null);

internal sealed record ExemptionDto(
    [property: JsonConverter(typeof(IsoLocalDateJsonConverter))] LocalDate Start,
    [property: JsonConverter(typeof(IsoLocalDateJsonConverter))] LocalDate End,
    string StageId,
    StageKind StageKind,
    string Name,
    string EnglishName,
    SourceConfidence Confidence = SourceConfidence.Confirmed);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(StageDto))]
[JsonSerializable(typeof(ScheduleDto))]
[JsonSerializable(typeof(ElectionDto))]
[JsonSerializable(typeof(ContestDto))]
[JsonSerializable(typeof(SingleCandidateDto))]
[JsonSerializable(typeof(RevoteDto))]
[JsonSerializable(typeof(ExemptionDto))]
internal sealed partial class ElectionJsonDtoContext : JsonSerializerContext;
