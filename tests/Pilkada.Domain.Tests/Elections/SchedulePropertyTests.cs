using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Elections;

[Properties(Arbitrary = [typeof(ElectionArbitraries)], MaxTest = 300)]
public class SchedulePropertyTests
{
    private static readonly ElectionSchedule[] Schedules =
        [ElectionCatalog.Default.Pilkada2024.Schedule, ElectionCatalog.Default.PilkadaUlang2025.Schedule];

    private static Gen<ElectionStage> AnyStage => Gen.Elements(Schedules.SelectMany(s => s.Stages).ToArray());

    [Property]
    public Property A_stage_is_in_force_on_every_date_of_its_range_and_on_no_other() =>
        Prop.ForAll(AnyStage.ToArbitrary(), ElectionArbitraries.DateAround2024.ToArbitrary(), (stage, date) =>
        {
            var schedule = Schedules.Single(s => s.Stages.Contains(stage));
            var expected = stage.Start is { } start && stage.End is { } end && start <= date && date <= end;
            return schedule.InForceOn(date).Contains(stage) == expected && stage.IsInForceOn(date) == expected;
        });

    [Property]
    public Property Every_date_of_a_dated_stage_reports_the_stage() =>
        Prop.ForAll(AnyStage.Where(s => s.IsDated).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (stage, offset) =>
        {
            var schedule = Schedules.Single(s => s.Stages.Contains(stage));
            var date = stage.Start!.Value.PlusDays(offset % stage.LengthInDays!.Value);
            return schedule.InForceOn(date).Contains(stage) &&
                   !schedule.InForceOn(stage.Start.Value.PlusDays(-1)).Contains(stage) &&
                   !schedule.InForceOn(stage.End!.Value.PlusDays(1)).Contains(stage);
        });

    [Property]
    public Property The_instant_query_agrees_with_converting_the_instant_to_the_regions_local_date() =>
        Prop.ForAll(ElectionArbitraries.InstantAround2024.ToArbitrary(), ElectionArbitraries.KabupatenKota.ToArbitrary(), (instant, region) =>
        {
            var local = instant.InZone(region.DateTimeZone).Date;
            return Schedules.All(schedule =>
                schedule.InForceAt(instant, region).SequenceEqual(schedule.InForceOn(local, region.Code)) &&
                schedule.InForceAt(instant, region.Code).SequenceEqual(schedule.InForceOn(local, region.Code)) &&
                schedule.InForceAt(instant, region.DateTimeZone).SequenceEqual(schedule.InForceOn(local)));
        });

    [Property]
    public Property The_office_hours_exemptions_cover_exactly_the_dates_of_the_exempt_stages_from_30_September_2024() =>
        Prop.ForAll(ElectionArbitraries.DateAround2024.ToArbitrary(), date => Schedules.All(schedule =>
            schedule.OfficeHoursExemptions.Any(p => p.Contains(date)) ==
            (date >= OfficeHoursExemption.AppliesFrom && schedule.InForceOn(date).Any(s => s.SuspendsOfficeHours))));
}
