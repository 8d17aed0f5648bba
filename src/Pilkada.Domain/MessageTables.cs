namespace Pilkada.Domain;

/// <summary>The message tables of every area, gathered into <see cref="PilkadaMessages"/>.</summary>
internal static class MessageTables
{
    internal static IEnumerable<IReadOnlyDictionary<string, MessageText>> All =>
    [
        Regions.RegionMessages.Table,
        Oversight.OversightMessages.Table,
        Calendars.CalendarMessages.Table,
        Elections.ElectionMessages.Table,
        Validation.ValidationMessages.Table,
        People.PeopleMessages.Table,
        Institutions.InstitutionMessages.Table,
        Violations.ViolationMessages.Table,
        Cases.CaseMessages.Table,
        Cases.IntakeMessages.Table,
        Statistics.StatisticsMessages.Table,
    ];
}
