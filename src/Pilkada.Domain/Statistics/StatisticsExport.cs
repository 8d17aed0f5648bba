using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pilkada.Domain.Serialization;

namespace Pilkada.Domain.Statistics;

/// <summary>
/// Writes roll-ups and the summary as CSV (RFC 4180: comma-separated, fields with a comma, quote or line break quoted
/// with doubled quotes, CRLF line ends, invariant-culture numbers, a header row) and as JSON (through the
/// source-generated <see cref="PilkadaJsonContext"/>, no reflection), to a <see cref="TextWriter"/> or a
/// <see cref="Stream"/>, with async variants.
/// </summary>
/// <remarks>
/// <para>
/// A region roll-up's CSV has the columns <c>code,name,count,population,rate_per_100000</c> (population and rate empty
/// where unknown); other roll-ups <c>key,label,count</c>, the key being the stable text of
/// <see cref="StatisticsText.KeyText{TKey}"/> and the label the key in words. When some cases are not attributable, a
/// last row with an empty code or key and the label "(not attributable at this level)" carries their count, so the
/// file's counts add up to the total (for every dimension but institutions, where a case can count several times).
/// </para>
/// <para>The summary's CSV has the columns <c>line,label,laporan,temuan,total</c>, one row per <see cref="SummaryLine"/>.</para>
/// </remarks>
public static class StatisticsExport
{
    private const string LineEnd = "\r\n";

    /// <summary>Writes a roll-up as CSV.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="rollUp">The roll-up.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">The language of the labels.</param>
    public static void WriteCsv<TKey>(RollUp<TKey> rollUp, TextWriter writer, PilkadaLanguage language = PilkadaLanguage.English)
        where TKey : struct
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToCsv(rollUp, language));
    }

    /// <summary>Writes a roll-up as CSV, asynchronously.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="rollUp">The roll-up.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">The language of the labels.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    public static Task WriteCsvAsync<TKey>(RollUp<TKey> rollUp, TextWriter writer, PilkadaLanguage language = PilkadaLanguage.English, CancellationToken cancellationToken = default)
        where TKey : struct
    {
        ArgumentNullException.ThrowIfNull(writer);
        return writer.WriteAsync(ToCsv(rollUp, language).AsMemory(), cancellationToken);
    }

    /// <summary>Writes the summary as CSV.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">The language of the labels.</param>
    public static void WriteCsv(BawasluSummary summary, TextWriter writer, PilkadaLanguage language = PilkadaLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToCsv(summary, language));
    }

    /// <summary>Writes the summary as CSV, asynchronously.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">The language of the labels.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    public static Task WriteCsvAsync(BawasluSummary summary, TextWriter writer, PilkadaLanguage language = PilkadaLanguage.English, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return writer.WriteAsync(ToCsv(summary, language).AsMemory(), cancellationToken);
    }

    /// <summary>A roll-up as CSV text.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="rollUp">The roll-up.</param>
    /// <param name="language">The language of the labels.</param>
    public static string ToCsv<TKey>(RollUp<TKey> rollUp, PilkadaLanguage language = PilkadaLanguage.English)
        where TKey : struct
    {
        ArgumentNullException.ThrowIfNull(rollUp);
        var csv = new StringBuilder();
        var region = rollUp.IsByRegion;
        csv.Append(region ? "code,name,count,population,rate_per_100000" : "key,label,count").Append(LineEnd);
        foreach (var row in rollUp.Rows)
        {
            Field(csv, StatisticsText.KeyText(row.Key)).Append(',');
            Field(csv, StatisticsText.RowLabel(row, language)).Append(',');
            csv.Append(row.Count.ToString(CultureInfo.InvariantCulture));
            if (region)
            {
                csv.Append(',').Append(row.Population?.ToString(CultureInfo.InvariantCulture))
                    .Append(',').Append(row.RatePer100000?.ToString("0.####", CultureInfo.InvariantCulture));
            }

            csv.Append(LineEnd);
        }

        if (rollUp.Unattributed > 0)
        {
            csv.Append(',');
            Field(csv, StatisticsText.Unattributed(rollUp.Dimension, language)).Append(',');
            csv.Append(rollUp.Unattributed.ToString(CultureInfo.InvariantCulture)).Append(region ? ",," : string.Empty).Append(LineEnd);
        }

        return csv.ToString();
    }

    /// <summary>The summary as CSV text.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="language">The language of the labels.</param>
    public static string ToCsv(BawasluSummary summary, PilkadaLanguage language = PilkadaLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var csv = new StringBuilder("line,label,laporan,temuan,total").Append(LineEnd);
        foreach (var line in BawasluSummary.Lines)
        {
            csv.Append(line.ToString()).Append(',');
            Field(csv, BawasluSummary.Label(line, language)).Append(',');
            csv.Append(summary.Laporan[line].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(summary.Temuan[line].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(summary.Total[line].ToString(CultureInfo.InvariantCulture)).Append(LineEnd);
        }

        return csv.ToString();
    }

    /// <summary>Writes a roll-up as JSON (camelCase, through <see cref="PilkadaJsonContext"/>).</summary>
    /// <typeparam name="TKey">The key type: one of those <see cref="CaseTally"/> rolls up by.</typeparam>
    /// <param name="rollUp">The roll-up.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <exception cref="NotSupportedException">The key type is not in the JSON context.</exception>
    public static void WriteJson<TKey>(RollUp<TKey> rollUp, Stream stream)
        where TKey : struct => JsonSerializer.Serialize(stream, rollUp, InfoOf<TKey>());

    /// <summary>Writes a roll-up as JSON, asynchronously.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="rollUp">The roll-up.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <exception cref="NotSupportedException">The key type is not in the JSON context.</exception>
    public static Task WriteJsonAsync<TKey>(RollUp<TKey> rollUp, Stream stream, CancellationToken cancellationToken = default)
        where TKey : struct => JsonSerializer.SerializeAsync(stream, rollUp, InfoOf<TKey>(), cancellationToken);

    /// <summary>A roll-up as JSON text.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="rollUp">The roll-up.</param>
    /// <exception cref="NotSupportedException">The key type is not in the JSON context.</exception>
    public static string ToJson<TKey>(RollUp<TKey> rollUp)
        where TKey : struct => JsonSerializer.Serialize(rollUp, InfoOf<TKey>());

    /// <summary>Writes the summary as JSON.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    public static void WriteJson(BawasluSummary summary, Stream stream) =>
        JsonSerializer.Serialize(stream, summary, PilkadaJsonContext.Default.BawasluSummary);

    /// <summary>Writes the summary as JSON, asynchronously.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="cancellationToken">Stops the write.</param>
    public static Task WriteJsonAsync(BawasluSummary summary, Stream stream, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(stream, summary, PilkadaJsonContext.Default.BawasluSummary, cancellationToken);

    /// <summary>The summary as JSON text.</summary>
    /// <param name="summary">The summary.</param>
    public static string ToJson(BawasluSummary summary) => JsonSerializer.Serialize(summary, PilkadaJsonContext.Default.BawasluSummary);

    private static JsonTypeInfo<RollUp<TKey>> InfoOf<TKey>()
        where TKey : struct =>
        PilkadaJsonContext.Default.GetTypeInfo(typeof(RollUp<TKey>)) as JsonTypeInfo<RollUp<TKey>>
        ?? throw new NotSupportedException($"Roll-ups by {typeof(TKey).Name} are not in PilkadaJsonContext.");

    private static StringBuilder Field(StringBuilder csv, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return csv.Append(value);
        }

        return csv.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
