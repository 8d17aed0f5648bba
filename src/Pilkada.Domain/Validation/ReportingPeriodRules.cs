using FluentValidation;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Validation;

/// <summary>What <c>.WithinReportingPeriod(...)</c> counts with: the rule, the conventions and the zone when no region is known.</summary>
public sealed record ReportingPeriodRuleOptions
{
    /// <summary>The Pilkada rule: 7 hari kalender (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4)).</summary>
    public static ReportingPeriodRuleOptions Pilkada { get; } = new();

    /// <summary>The Pemilu rule: 7 hari kerja (UU 7/2017 Pasal 454 ayat (6)).</summary>
    public static ReportingPeriodRuleOptions Pemilu { get; } = new() { Rule = PemiluDeadlines.Report };

    /// <summary>The reporting-period rule. Default <see cref="PilkadaDeadlines.Report"/>.</summary>
    public DeadlineRule Rule { get; init; } = PilkadaDeadlines.Report;

    /// <summary>Day 1 and extension conventions; <see langword="null"/> for <see cref="DeadlineOptions.Default"/>.</summary>
    public DeadlineOptions? Deadlines { get; init; }

    /// <summary>The working-day calendar; <see langword="null"/> for <see cref="WorkingDayCalendar.Default"/>.</summary>
    public WorkingDayCalendar? WorkingDays { get; init; }

    /// <summary>The zone when the region is unknown; <see langword="null"/> for WIB (<c>Asia/Jakarta</c>).</summary>
    public DateTimeZone? FallbackZone { get; init; }
}

/// <summary>
/// FluentValidation rule for your own report types: the filing instant must fall within the reporting period after the
/// date the violation became known, counted in the region's local time —
/// <c>RuleFor(x =&gt; x.DiterimaPada).WithinReportingPeriod(x =&gt; x.TanggalDiketahui, x =&gt; x.Wilayah)</c>. Error code
/// <c>ReportingPeriod.Late</c>; the message names the filing date, the known date and the last day. A missing filing
/// instant or known date passes (combine with <c>NotNull</c>). <see cref="LaporanValidator"/> checks the same for a
/// <see cref="Laporan"/>.
/// </summary>
public static class ReportingPeriodRuleExtensions
{
    /// <summary>The filing instant, when present, must be within the reporting period.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule on the filing instant.</param>
    /// <param name="knownOn">The local date the violation became known (hari dan tanggal diketahui).</param>
    /// <param name="region">The region whose local time counts (the incident's), or <see langword="null"/> when unknown.</param>
    /// <param name="options">The rule (Pilkada by default) and conventions.</param>
    public static IRuleBuilderOptions<T, Instant?> WithinReportingPeriod<T>(this IRuleBuilder<T, Instant?> ruleBuilder, Func<T, LocalDate?> knownOn, Func<T, RegionCode?> region, ReportingPeriodRuleOptions? options = null) =>
        ruleBuilder.SetValidator(new ReportingPeriodValidator<T, Instant?>(knownOn, region, options));

    /// <summary>The filing instant must be within the reporting period.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule on the filing instant.</param>
    /// <param name="knownOn">The local date the violation became known (hari dan tanggal diketahui).</param>
    /// <param name="region">The region whose local time counts (the incident's), or <see langword="null"/> when unknown.</param>
    /// <param name="options">The rule (Pilkada by default) and conventions.</param>
    public static IRuleBuilderOptions<T, Instant> WithinReportingPeriod<T>(this IRuleBuilder<T, Instant> ruleBuilder, Func<T, LocalDate?> knownOn, Func<T, RegionCode?> region, ReportingPeriodRuleOptions? options = null) =>
        ruleBuilder.SetValidator(new ReportingPeriodValidator<T, Instant>(knownOn, region, options));
}

/// <summary>
/// The filing instant is within the reporting period after the known date, in the region's local time. Error code
/// <c>ReportingPeriod.Late</c> (also when the period cannot be counted: a rule not in force on the date, a year outside
/// the calendar, a known date after the filing).
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TProperty"><see cref="Instant"/> or <c>Instant?</c>.</typeparam>
/// <param name="knownOn">The known date of the instance; <see langword="null"/> passes every value.</param>
/// <param name="region">The region of the instance; <see langword="null"/> (or a null result) uses the fallback zone.</param>
/// <param name="options">The rule and conventions; <see langword="null"/> for <see cref="ReportingPeriodRuleOptions.Pilkada"/>.</param>
public sealed class ReportingPeriodValidator<T, TProperty>(Func<T, LocalDate?>? knownOn, Func<T, RegionCode?>? region, ReportingPeriodRuleOptions? options) : PilkadaPropertyValidator<T, TProperty>
{
    /// <inheritdoc/>
    public override string Name => "ReportingPeriod.Late";

    /// <inheritdoc/>
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        if (value is not Instant filed || knownOn?.Invoke(context.InstanceToValidate) is not { } known)
        {
            return true;
        }

        var settings = options ?? ReportingPeriodRuleOptions.Pilkada;
        var fallback = settings.FallbackZone ?? LaporanValidatorOptions.DefaultFallbackZone;
        var place = region?.Invoke(context.InstanceToValidate) is { } code && RegionTimeZones.DateTimeZoneOf(code) is { } zone
            ? new CountingPlace(zone, code, CountingPlaceSource.Incident)
            : new CountingPlace(fallback, default, CountingPlaceSource.Fallback);
        var check = IntakeChecks.EvaluatePeriod(known, filed, place, settings.Rule, settings.WorkingDays, settings.Deadlines, null);
        var language = LanguageOf(context);
        return check.Status switch
        {
            ReportingPeriodStatus.InTime => true,
            ReportingPeriodStatus.Late => Fail(context, "ReportingPeriod.Late", IntakeChecks.LateArguments(check, known, filed, language)),
            ReportingPeriodStatus.KnownAfterFiling => Fail(context, "ReportingPeriod.KnownAfterFiling",
                new MessageArgument("knownOn", known),
                new MessageArgument("filedOn", filed.InZone(place.Zone).Date),
                new MessageArgument("zone", IntakeChecks.ZoneText(place.Zone))),
            _ => Fail(context, "ReportingPeriod.NotChecked", new MessageArgument("reason", check.DescribeProblem(language))),
        };
    }
}
