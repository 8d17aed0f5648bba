using FluentValidation;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Validation;

/// <summary>
/// FluentValidation rules that a date falls within a stage of an election's schedule:
/// <c>RuleFor(x =&gt; x.TanggalKejadian).WithinStage(schedule, "kampanye")</c> for a local date, or
/// <c>RuleFor(x =&gt; x.Waktu).WithinStage(schedule, "masa-tenang", x =&gt; x.KodeWilayah)</c> for an instant, which is
/// turned into the region's local date first (WIB, WITA or WIT). Error codes <c>Stage.DateOutside</c> and
/// <c>Stage.InstantOutside</c>; the messages name the date and the stage's dates, in English or Bahasa Indonesia.
/// </summary>
/// <remarks>A stage lacking a start or end date cannot be used: the rule is refused when it is built.</remarks>
public static class ElectionStageRuleExtensions
{
    /// <summary>The date must fall within a stage (both ends inclusive).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="stage">A dated stage.</param>
    /// <exception cref="ElectionArgumentException">The stage lacks a date.</exception>
    public static IRuleBuilderOptions<T, LocalDate> WithinStage<T>(this IRuleBuilder<T, LocalDate> ruleBuilder, ElectionStage stage) =>
        ruleBuilder.SetValidator(new StageDateValidator<T, LocalDate>(Dated(stage)));

    /// <summary>The date, when present, must fall within a stage (both ends inclusive).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="stage">A dated stage.</param>
    /// <exception cref="ElectionArgumentException">The stage lacks a date.</exception>
    public static IRuleBuilderOptions<T, LocalDate?> WithinStage<T>(this IRuleBuilder<T, LocalDate?> ruleBuilder, ElectionStage stage) =>
        ruleBuilder.SetValidator(new StageDateValidator<T, LocalDate?>(Dated(stage)));

    /// <summary>The date must fall within the stage of a schedule with an id.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="stageId">The stage id, e.g. <c>kampanye</c>.</param>
    /// <exception cref="ElectionArgumentException">The schedule has no such stage, or it lacks a date.</exception>
    public static IRuleBuilderOptions<T, LocalDate> WithinStage<T>(this IRuleBuilder<T, LocalDate> ruleBuilder, ElectionSchedule schedule, string stageId) =>
        ruleBuilder.WithinStage(Stage(schedule, stageId));

    /// <summary>The date, when present, must fall within the stage of a schedule with an id.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="stageId">The stage id, e.g. <c>kampanye</c>.</param>
    /// <exception cref="ElectionArgumentException">The schedule has no such stage, or it lacks a date.</exception>
    public static IRuleBuilderOptions<T, LocalDate?> WithinStage<T>(this IRuleBuilder<T, LocalDate?> ruleBuilder, ElectionSchedule schedule, string stageId) =>
        ruleBuilder.WithinStage(Stage(schedule, stageId));

    /// <summary>The instant, in the region's local time, must fall on a date within a stage.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="stage">A dated stage.</param>
    /// <param name="region">Where the instant happened (any region code of the 38 provinces).</param>
    /// <exception cref="ElectionArgumentException">The stage lacks a date.</exception>
    public static IRuleBuilderOptions<T, Instant> WithinStage<T>(this IRuleBuilder<T, Instant> ruleBuilder, ElectionStage stage, Func<T, RegionCode> region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return ruleBuilder.SetValidator(new StageInstantValidator<T, Instant>(Dated(stage), region));
    }

    /// <summary>The instant, when present, in the region's local time, must fall on a date within a stage.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="stage">A dated stage.</param>
    /// <param name="region">Where the instant happened (any region code of the 38 provinces).</param>
    /// <exception cref="ElectionArgumentException">The stage lacks a date.</exception>
    public static IRuleBuilderOptions<T, Instant?> WithinStage<T>(this IRuleBuilder<T, Instant?> ruleBuilder, ElectionStage stage, Func<T, RegionCode> region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return ruleBuilder.SetValidator(new StageInstantValidator<T, Instant?>(Dated(stage), region));
    }

    /// <summary>The instant, in the region's local time, must fall on a date within the stage of a schedule with an id.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="stageId">The stage id, e.g. <c>masa-tenang</c>.</param>
    /// <param name="region">Where the instant happened.</param>
    /// <exception cref="ElectionArgumentException">The schedule has no such stage, or it lacks a date.</exception>
    public static IRuleBuilderOptions<T, Instant> WithinStage<T>(this IRuleBuilder<T, Instant> ruleBuilder, ElectionSchedule schedule, string stageId, Func<T, RegionCode> region) =>
        ruleBuilder.WithinStage(Stage(schedule, stageId), region);

    /// <summary>The instant, when present, in the region's local time, must fall on a date within the stage of a schedule with an id.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="stageId">The stage id, e.g. <c>masa-tenang</c>.</param>
    /// <param name="region">Where the instant happened.</param>
    /// <exception cref="ElectionArgumentException">The schedule has no such stage, or it lacks a date.</exception>
    public static IRuleBuilderOptions<T, Instant?> WithinStage<T>(this IRuleBuilder<T, Instant?> ruleBuilder, ElectionSchedule schedule, string stageId, Func<T, RegionCode> region) =>
        ruleBuilder.WithinStage(Stage(schedule, stageId), region);

    private static ElectionStage Stage(ElectionSchedule schedule, string stageId)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule[stageId];
    }

    private static ElectionStage Dated(ElectionStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.IsDated ? stage : throw new ElectionArgumentException("Stage.Undated", nameof(stage), new MessageArgument("stage", stage.Id));
    }

    internal static MessageArgument[] StageArguments(ElectionStage stage, PilkadaLanguage language) =>
    [
        new("stage", stage.GetName(language)),
        new("start", stage.Start!.Value),
        new("end", stage.End!.Value),
    ];
}

/// <summary>A local date falls within a stage. Error code <c>Stage.DateOutside</c>.</summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty"><see cref="LocalDate"/> or <c>LocalDate?</c>.</typeparam>
/// <param name="stage">A dated stage.</param>
public sealed class StageDateValidator<T, TProperty>(ElectionStage stage) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Stage.DateOutside";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (value is not LocalDate date || stage.IsInForceOn(date))
        {
            return true;
        }

        var language = LanguageOf(context);
        return Fail(context, Name, [new MessageArgument("date", date), .. ElectionStageRuleExtensions.StageArguments(stage, language)]);
    }
}

/// <summary>
/// An instant falls, in the region's local time, on a date within a stage. Error code <c>Stage.InstantOutside</c>
/// (with the message <c>Stage.RegionUnknown</c> when the region's time zone is not known).
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty"><see cref="Instant"/> or <c>Instant?</c>.</typeparam>
/// <param name="stage">A dated stage.</param>
/// <param name="region">Where the instant happened.</param>
public sealed class StageInstantValidator<T, TProperty>(ElectionStage stage, Func<T, RegionCode> region) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "Stage.InstantOutside";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (value is not Instant instant)
        {
            return true;
        }

        var code = region(context.InstanceToValidate);
        if (RegionTimeZones.DateTimeZoneOf(code) is not { } zone)
        {
            return Fail(context, "Stage.RegionUnknown", new MessageArgument("region", code.ToString()));
        }

        var local = instant.InZone(zone);
        if (stage.IsInForceOn(local.Date))
        {
            return true;
        }

        var language = LanguageOf(context);
        return Fail(context, Name,
        [
            new MessageArgument("dateTime", local),
            new MessageArgument("region", RegionCodeValue.RegionLabel(code, RegionCatalog.Default)),
            new MessageArgument("date", local.Date),
            .. ElectionStageRuleExtensions.StageArguments(stage, language),
        ]);
    }
}
