namespace Pilkada.Domain;

/// <summary>The message tables of every area, gathered into <see cref="PilkadaMessages"/>.</summary>
internal static class MessageTables
{
    internal static IEnumerable<IReadOnlyDictionary<string, MessageText>> All =>
    [
        Regions.RegionMessages.Table,
        Validation.ValidationMessages.Table,
        Institutions.InstitutionMessages.Table,
        Violations.ViolationMessages.Table,
    ];
}
