using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.People;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Serialization;

/// <summary>
/// The source-generated System.Text.Json context for the library's public types. Use it directly
/// (<c>JsonSerializer.Serialize(code, PilkadaJsonContext.Default.RegionCode)</c>) or through
/// <see cref="PilkadaJson.Options"/>. NodaTime values are written in their ISO forms (<c>"2024-11-27"</c>,
/// <c>"2024-11-27T01:00:00Z"</c>) either way.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters =
    [
        typeof(IsoLocalDateConverter), typeof(IsoLocalDateTimeConverter), typeof(IsoLocalTimeConverter),
        typeof(IsoInstantConverter), typeof(IsoYearMonthConverter), typeof(IsoDurationConverter),
    ])]
[JsonSerializable(typeof(Statistics.RollUp<RegionCode>))]
[JsonSerializable(typeof(Statistics.RollUp<ViolationCategory>))]
[JsonSerializable(typeof(Statistics.RollUp<Cases.CaseStatus>))]
[JsonSerializable(typeof(Statistics.RollUp<Cases.PublishedOutcome>))]
[JsonSerializable(typeof(Statistics.RollUp<Cases.PublishedRegistration>))]
[JsonSerializable(typeof(Statistics.RollUp<Cases.CaseOrigin>))]
[JsonSerializable(typeof(Statistics.RollUp<InstitutionKind>))]
[JsonSerializable(typeof(Statistics.RollUp<StageKind>))]
[JsonSerializable(typeof(Statistics.RollUp<YearMonth>))]
[JsonSerializable(typeof(Statistics.BawasluSummary))]
[JsonSerializable(typeof(Statistics.SummaryCounts))]
[JsonSerializable(typeof(Statistics.SummaryLine))]
[JsonSerializable(typeof(Statistics.RollUpDimension))]
[JsonSerializable(typeof(Cases.Laporan))]
[JsonSerializable(typeof(Cases.Temuan))]
[JsonSerializable(typeof(Cases.LaporanRequirement))]
[JsonSerializable(typeof(Cases.ReportingPeriodStatus))]
[JsonSerializable(typeof(Cases.CountingPlaceSource))]
[JsonSerializable(typeof(Cases.FilingHoursOutcome))]
[JsonSerializable(typeof(Cases.CorrectionStart))]
[JsonSerializable(typeof(Cases.UnmetRequirement))]
[JsonSerializable(typeof(List<Cases.UnmetRequirement>))]
[JsonSerializable(typeof(RegionCode))]
[JsonSerializable(typeof(RegionCode?))]
[JsonSerializable(typeof(RegionCode[]))]
[JsonSerializable(typeof(List<RegionCode>))]
[JsonSerializable(typeof(Dictionary<RegionCode, string>))]
[JsonSerializable(typeof(RegionLevel))]
[JsonSerializable(typeof(RegionKind))]
[JsonSerializable(typeof(IndonesianTimeZone))]
[JsonSerializable(typeof(RegionPopulation))]
[JsonSerializable(typeof(Oversight.PublishedRating))]
[JsonSerializable(typeof(Oversight.Commitment))]
[JsonSerializable(typeof(IReadOnlyList<Oversight.Commitment>))]
[JsonSerializable(typeof(Oversight.ActivityParticipant))]
[JsonSerializable(typeof(Oversight.OversightActivity))]
[JsonSerializable(typeof(IReadOnlyList<Oversight.PublishedRating>))]
[JsonSerializable(typeof(Oversight.IndexScore))]
[JsonSerializable(typeof(Oversight.VulnerabilityBand))]
[JsonSerializable(typeof(Oversight.PolriVulnerabilityClass))]
[JsonSerializable(typeof(Oversight.TpsVulnerabilityClass))]
[JsonSerializable(typeof(NonWorkingDay))]
[JsonSerializable(typeof(NonWorkingDay[]))]
[JsonSerializable(typeof(List<NonWorkingDay>))]
[JsonSerializable(typeof(NonWorkingDayKind))]
[JsonSerializable(typeof(DeadlinePeriod))]
[JsonSerializable(typeof(DeadlineUnit))]
[JsonSerializable(typeof(DeadlinePeriod?))]

[JsonSerializable(typeof(DeadlineRule))]
[JsonSerializable(typeof(DeadlineRule[]))]
[JsonSerializable(typeof(List<DeadlineRule>))]
[JsonSerializable(typeof(ServicePeriod))]
[JsonSerializable(typeof(ServicePeriod[]))]
[JsonSerializable(typeof(List<ServicePeriod>))]
[JsonSerializable(typeof(ServicePeriodReason))]
[JsonSerializable(typeof(ServicePeriodReading))]
[JsonSerializable(typeof(DayOneConvention))]
[JsonSerializable(typeof(Nik))]
[JsonSerializable(typeof(Nik?))]
[JsonSerializable(typeof(Nik[]))]
[JsonSerializable(typeof(Nip))]
[JsonSerializable(typeof(Nip?))]
[JsonSerializable(typeof(Nip[]))]
[JsonSerializable(typeof(NikKind))]
[JsonSerializable(typeof(Sex))]
[JsonSerializable(typeof(AsnKind))]
[JsonSerializable(typeof(CivilServant))]
[JsonSerializable(typeof(List<CivilServant>))]
[JsonSerializable(typeof(ElectionId))]
[JsonSerializable(typeof(ElectionId?))]
[JsonSerializable(typeof(ContestId))]
[JsonSerializable(typeof(ContestId?))]
[JsonSerializable(typeof(ContestId[]))]
[JsonSerializable(typeof(ContestKind))]
[JsonSerializable(typeof(Contest))]
[JsonSerializable(typeof(Contest[]))]
[JsonSerializable(typeof(List<Contest>))]
[JsonSerializable(typeof(Election))]
[JsonSerializable(typeof(ElectionSchedule))]
[JsonSerializable(typeof(ElectionStage))]
[JsonSerializable(typeof(ElectionStage[]))]
[JsonSerializable(typeof(StageKind))]
[JsonSerializable(typeof(StagePhase))]
[JsonSerializable(typeof(SingleCandidateContest))]
[JsonSerializable(typeof(SingleCandidateOutcome))]
[JsonSerializable(typeof(RevoteOrder))]
[JsonSerializable(typeof(RevoteRemedy))]
[JsonSerializable(typeof(OfficeHoursExemption))]
[JsonSerializable(typeof(OfficeHoursExemption[]))]
[JsonSerializable(typeof(LegalReference))]
[JsonSerializable(typeof(SourceConfidence))]
[JsonSerializable(typeof(InstitutionKind))]
[JsonSerializable(typeof(InstitutionLevel))]
[JsonSerializable(typeof(InstitutionTenure))]
[JsonSerializable(typeof(Institution))]
[JsonSerializable(typeof(List<Institution>))]
[JsonSerializable(typeof(RoutingMatter))]
[JsonSerializable(typeof(RouteDeadline))]
[JsonSerializable(typeof(RouteStep))]
[JsonSerializable(typeof(ForwardingRoute))]
[JsonSerializable(typeof(Rupiah))]
[JsonSerializable(typeof(Rupiah?))]
[JsonSerializable(typeof(Rupiah[]))]
[JsonSerializable(typeof(CriminalPenalty))]
[JsonSerializable(typeof(ViolationCategory))]
[JsonSerializable(typeof(DisciplineLevel))]
[JsonSerializable(typeof(AsnBreachList))]
[JsonSerializable(typeof(Sanction))]
[JsonSerializable(typeof(MemberCount))]
[JsonSerializable(typeof(InstitutionProfile))]
[JsonSerializable(typeof(List<InstitutionProfile>))]
[JsonSerializable(typeof(CompetencePeriod))]
[JsonSerializable(typeof(RoutePlan))]
[JsonSerializable(typeof(InstitutionError))]
[JsonSerializable(typeof(Offence))]
[JsonSerializable(typeof(List<Offence>))]
[JsonSerializable(typeof(AdministrativeConsequence))]
[JsonSerializable(typeof(AsnNeutralityBreach))]
[JsonSerializable(typeof(List<AsnNeutralityBreach>))]
[JsonSerializable(typeof(PnsCampaignProhibition))]
[JsonSerializable(typeof(SanctionLadder))]
[JsonSerializable(typeof(DisciplineRegime))]
[JsonSerializable(typeof(RupiahError))]
[JsonSerializable(typeof(Cases.ViolationCase))]
[JsonSerializable(typeof(Cases.CaseEvent))]
[JsonSerializable(typeof(List<Cases.CaseEvent>))]
[JsonSerializable(typeof(Cases.CaseDecision))]
[JsonSerializable(typeof(Cases.FollowUpOutcome))]
[JsonSerializable(typeof(Cases.LegalRegime))]
[JsonSerializable(typeof(Cases.LegalRegimeKind))]
[JsonSerializable(typeof(Cases.CaseEventKind))]
[JsonSerializable(typeof(Cases.CaseStatus))]
[JsonSerializable(typeof(Cases.CaseOrigin))]
[JsonSerializable(typeof(Cases.GakkumduStage))]
[JsonSerializable(typeof(Cases.PublishedRegistration))]
[JsonSerializable(typeof(Cases.PublishedOutcome))]
[JsonSerializable(typeof(Cases.TransitionError))]
[JsonSerializable(typeof(Cases.CaseDeadlineKind))]
[JsonSerializable(typeof(Cases.CaseDeadlineStatus))]
[JsonSerializable(typeof(Cases.CourtVerdict))]
[JsonSerializable(typeof(Cases.RoutingWarningKind))]
public sealed partial class PilkadaJsonContext : JsonSerializerContext;

/// <summary>Ready-made serializer options for the library's types.</summary>
public static class PilkadaJson
{
    private static readonly Lazy<JsonSerializerOptions> LazyOptions = new(CreateOptions);

    /// <summary>
    /// Options that resolve every library type through <see cref="PilkadaJsonContext"/> and write NodaTime values in
    /// their ISO forms (<c>2024-11-27</c>, <c>2024-11-27T01:00:00Z</c>). Read-only; safe to share.
    /// </summary>
    public static JsonSerializerOptions Options => LazyOptions.Value;

    /// <summary>Reads a value, turning a failure into a <see cref="JsonException"/> whose message also names the path.</summary>
    /// <typeparam name="T">A type known to <see cref="PilkadaJsonContext"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="JsonException">The JSON is malformed or a value is invalid; the message names the path and the reason.</exception>
    public static T? Deserialize<T>(string json)
    {
        try
        {
            return (T?)JsonSerializer.Deserialize(json, Options.GetTypeInfo(typeof(T)));
        }
        catch (JsonException ex) when (ex.Path is not null && !ex.Message.Contains(ex.Path, StringComparison.Ordinal))
        {
            throw new JsonException($"{ex.Message} (path {ex.Path})", ex.Path, ex.LineNumber, ex.BytePositionInLine, ex);
        }
    }

    /// <summary>Writes a value with <see cref="Options"/>.</summary>
    /// <typeparam name="T">A type known to <see cref="PilkadaJsonContext"/>.</typeparam>
    /// <param name="value">The value.</param>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options.GetTypeInfo(typeof(T)));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(PilkadaJsonContext.Default.Options);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

        // The context's own ISO converters go first: they report unreadable values as JsonException with the reason.
        JsonConverter[] iso =
        [
            new IsoLocalDateConverter(), new IsoLocalDateTimeConverter(), new IsoLocalTimeConverter(),
            new IsoInstantConverter(), new IsoYearMonthConverter(), new IsoDurationConverter(),
        ];
        for (var i = 0; i < iso.Length; i++)
        {
            options.Converters.Insert(i, iso[i]);
        }

        options.MakeReadOnly();
        return options;
    }
}
