using System.Globalization;
using System.Text;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Benchmarks;

/// <summary>
/// The naive baseline's data: the same 91,599 regions as a CSV text (code,name,parent), the way an app would
/// read them from a file, and a dictionary keyed by code strings.
/// </summary>
internal static class NaiveRegionData
{
    private static readonly Lazy<string> LazyCsv = new(() =>
    {
        var builder = new StringBuilder();
        builder.Append("kode,nama,induk\n");
        foreach (var region in RegionCatalog.Default.All)
        {
            builder.Append(region.Code.ToString()).Append(',').Append(region.Name.Replace(",", " ", StringComparison.Ordinal)).Append(',')
                .Append(region.Parent?.Code.ToString() ?? string.Empty).Append('\n');
        }

        return builder.ToString();
    });

    public static string Csv => LazyCsv.Value;

    public sealed record NaiveRegion(string Code, string Name, string Parent);

    /// <summary>The naive load: split the text into lines, each line into fields, fill a dictionary.</summary>
    public static Dictionary<string, NaiveRegion> Load(string csv)
    {
        var result = new Dictionary<string, NaiveRegion>();
        var lines = csv.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split(',');
            result[fields[0]] = new NaiveRegion(fields[0], fields[1], fields[2]);
        }

        return result;
    }

    public static string Describe(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0 MB", CultureInfo.InvariantCulture);
}
