using System.Globalization;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Statistics;

/// <summary>Statistics values in words, in English and Bahasa Indonesia, and their stable text keys.</summary>
public static class StatisticsText
{
    /// <summary>The label of a summary line: <c>Belum diregister</c> / <c>Not yet registered</c>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="language">The language.</param>
    public static string Label(SummaryLine line, PilkadaLanguage language) => Get("SummaryLine." + line, language);

    /// <summary>The label of a dimension: <c>per kabupaten/kota</c> / <c>by kabupaten/kota</c>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="language">The language.</param>
    public static string Label(RollUpDimension dimension, PilkadaLanguage language) => Get("RollUpDimension." + dimension, language);

    /// <summary>
    /// The stable text of a roll-up key, as CSV writes it: a region code (<c>52.72</c>), an enum member's name
    /// (<c>TindakPidanaPemilihan</c>), a month (<c>2024-10</c>).
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="key">The key.</param>
    public static string KeyText<TKey>(TKey key)
        where TKey : struct => key switch
        {
            YearMonth month => month.ToString("yyyy'-'MM", CultureInfo.InvariantCulture),
            RegionCode code => code.ToString(),
            _ => Convert.ToString(key, CultureInfo.InvariantCulture) ?? string.Empty,
        };

    /// <summary>
    /// The label of a row: the region's name for a region roll-up (empty when the catalogue does not know the code),
    /// otherwise the key in words — <c>tindak pidana pemilihan</c>, <c>diregister</c>, <c>Kampanye</c>, <c>Oktober 2024</c>.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="row">The row.</param>
    /// <param name="language">The language.</param>
    public static string RowLabel<TKey>(RollUpRow<TKey> row, PilkadaLanguage language)
        where TKey : struct
    {
        var id = language == PilkadaLanguage.Indonesian;
        return row.Key switch
        {
            RegionCode => row.Name ?? string.Empty,
            ViolationCategory category => id ? category.IndonesianName() : category.EnglishName(),
            CaseStatus status => status.Describe(language),
            PublishedOutcome outcome => Get("PublishedOutcome." + outcome, language),
            PublishedRegistration registration => Get("PublishedRegistration." + registration, language),
            CaseOrigin origin => Get("CaseOrigin." + origin, language),
            InstitutionKind kind => InstitutionProfiles.Default.TryGet(kind, out var profile) ? (id ? profile.IndonesianName : profile.EnglishName) : kind.ToString(),
            StageKind stage => ElectionCatalog.Default.Pilkada2024.Schedule.Find(stage)?.GetName(language) ?? stage.ToString(),
            YearMonth month => MonthName(month, language),
            _ => KeyText(row.Key),
        };
    }

    internal static string Get(string key, PilkadaLanguage language) => PilkadaMessages.GetTemplate("Statistics." + key, language);

    /// <summary>
    /// The label of a roll-up's <see cref="RollUp{TKey}.Unattributed"/> bucket in the words of its dimension: "(not
    /// attributable at this level)" for regions, "(not a violation, or not decided)" for categories, "(stage not known)" …
    /// </summary>
    /// <param name="dimension">The roll-up's dimension.</param>
    /// <param name="language">The language.</param>
    public static string Unattributed(RollUpDimension dimension, PilkadaLanguage language) => dimension switch
    {
        RollUpDimension.Category => Get("Unattributed.Category", language),
        RollUpDimension.Institution => Get("Unattributed.Institution", language),
        RollUpDimension.Stage => Get("Unattributed.Stage", language),
        RollUpDimension.Month => Get("Unattributed.Month", language),
        _ => Get("Unattributed", language),
    };

    internal static string Number(long value, bool indonesian)
    {
        var text = value.ToString("N0", CultureInfo.InvariantCulture);
        return indonesian ? text.Replace(',', '.') : text;
    }

    private static string MonthName(YearMonth month, PilkadaLanguage language)
    {
        var date = PilkadaMessages.FormatDate(month.OnDayOfMonth(1), language);
        return date[(date.IndexOf(' ', StringComparison.Ordinal) + 1)..];
    }
}
