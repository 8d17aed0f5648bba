using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pilkada.Domain;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Statistics;

namespace Pilkada.Cli.Commands;

/// <summary>
/// <c>pilkada stats &lt;cases.jsonl&gt; [--by provinsi|kabkota|kategori|status|bulan|tahapan] [--csv]</c>: reads a
/// JSON-lines file of cases (one case per line, as <c>PilkadaJsonContext.Default.ViolationCase</c> writes it) and prints
/// Bawaslu's handling summary and a roll-up. A line that is not a case stops the command with its line number and the
/// reason (exit 4): no statistics are printed from a file with bad lines.
/// </summary>
internal static class StatsCommand
{
    private const int MaxReportedLines = 20;

    private static readonly Dictionary<string, (string En, string Id)> Labels = new(StringComparer.Ordinal)
    {
        ["cases"] = ("{0} cases from {1}", "{0} perkara dari {1}"),
        ["rollUp"] = ("Cases {0}", "Perkara {0}"),
        ["total"] = ("Total", "Jumlah"),
        ["edition"] = ("Regions: {0}; population: {1}", "Wilayah: {0}; penduduk: {1}"),
        ["cannotRead"] = ("Cannot read '{0}': {1}", "Berkas '{0}' tidak dapat dibaca: {1}"),
        ["badLines"] = ("'{0}': {1} line(s) are not valid cases; nothing was counted:", "'{0}': {1} baris bukan perkara yang sah; tidak ada yang dihitung:"),
        ["line"] = ("line {0}: {1}", "baris {0}: {1}"),
        ["more"] = ("… and {0} more", "… dan {0} lainnya"),
        ["null"] = ("the line holds JSON null, not a case", "baris berisi JSON null, bukan perkara"),
        ["badBy"] = ("--by: '{0}' is not a roll-up; use provinsi, kabkota, kategori, status, bulan or tahapan.", "--by: '{0}' bukan pilihan rekapitulasi; gunakan provinsi, kabkota, kategori, status, bulan atau tahapan."),
    };

    private static readonly string[] ByValues = ["provinsi", "kabkota", "kategori", "status", "bulan", "tahapan"];

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("cases.jsonl") { Description = "A JSON-lines file: one case per line, as written by PilkadaJsonContext.Default.ViolationCase (see examples/cases/cases.jsonl)." };
        var by = new Option<string?>("--by") { Description = "The roll-up: provinsi, kabkota, kategori, status, bulan (month of receipt) or tahapan (stage at receipt). Default: provinsi." };
        var csv = new Option<bool>("--csv") { Description = "Write CSV (RFC 4180): the roll-up when --by is given, otherwise the summary." };
        var command = new Command("stats", "Bawaslu's handling summary (laporan, temuan, diregister, pelanggaran, by category) and a roll-up by region (with the rate per 100,000 inhabitants), category, status, month or stage, from a JSON-lines file of cases.")
        {
            file,
            by,
            csv,
        };
        command.SetAction(result => Run(context, result.GetRequiredValue(file), result.GetValue(by), result.GetValue(csv), context.LanguageOf(result), context.JsonOf(result)));
        return command;
    }

    private static string L(string key, PilkadaLanguage language) => language == PilkadaLanguage.Indonesian ? Labels[key].Id : Labels[key].En;

    private static string L(string key, PilkadaLanguage language, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, L(key, language), args);

    internal static int Run(CliContext context, string path, string? byText, bool csv, PilkadaLanguage language, bool json)
    {
        var by = byText?.Trim().ToLowerInvariant();
        if (by is not null && !ByValues.Contains(by, StringComparer.Ordinal))
        {
            return Fail(context, json, language, "usage", L("badBy", language, byText!), ExitCodes.Usage, []);
        }

        var tally = new CaseTally(context.Regions, context.Elections);
        var bad = new List<StatsLineErrorDto>();
        try
        {
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    var @case = JsonSerializer.Deserialize(line, PilkadaJsonContext.Default.ViolationCase);
                    if (@case is null)
                    {
                        bad.Add(new StatsLineErrorDto(number, L("null", language)));
                    }
                    else if (bad.Count == 0)
                    {
                        tally.Add(@case);
                    }
                }
                catch (CaseRejectedJsonException rejected)
                {
                    bad.Add(new StatsLineErrorDto(number, rejected.GetMessage(language), rejected.Transition.Error.ToString()));
                }
                catch (JsonException ex)
                {
                    bad.Add(new StatsLineErrorDto(number, ex.Message));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(context, json, language, "unreadable", L("cannotRead", language, path, ex.Message), ExitCodes.FileError, []);
        }

        if (bad.Count > 0)
        {
            return Fail(context, json, language, "badLines", L("badLines", language, path, bad.Count), ExitCodes.FileError, bad);
        }

        var summary = tally.Summary();
        var dimension = by ?? "provinsi";
        var output = context.Out;
        if (csv)
        {
            if (by is null)
            {
                StatisticsExport.WriteCsv(summary, output, language);
            }
            else
            {
                WithRollUp(tally, dimension, new CsvWriter(output, language));
            }

            return ExitCodes.Ok;
        }

        if (json)
        {
            var lines = BawasluSummary.Lines.Select(l => new StatsSummaryLineDto(l.ToString(), BawasluSummary.Label(l, language), summary.Laporan[l], summary.Temuan[l], summary.Total[l])).ToList();
            var rollUp = WithRollUp(tally, dimension, new DtoBuilder(language));
            CliJson.Write(output, new StatsAnswerDto("ok", tally.Count, lines, rollUp), CliJsonContext.Default.StatsAnswerDto);
            return ExitCodes.Ok;
        }

        output.WriteLine(L("cases", language, CliText.Number(tally.Count, language), path));
        output.WriteLine();
        output.Write(summary.Describe(language));
        output.WriteLine();
        WithRollUp(tally, dimension, new TextWriterVisitor(output, language));
        return ExitCodes.Ok;
    }

    private static T WithRollUp<T>(CaseTally tally, string by, IRollUpVisitor<T> visitor) => by switch
    {
        "kabkota" => visitor.Visit(tally.ByRegion(RegionLevel.KabupatenKota)),
        "kategori" => visitor.Visit(tally.ByCategory()),
        "status" => visitor.Visit(tally.ByStatus()),
        "bulan" => visitor.Visit(tally.ByMonth()),
        "tahapan" => visitor.Visit(tally.ByStage()),
        _ => visitor.Visit(tally.ByRegion(RegionLevel.Provinsi)),
    };

    private static int Fail(CliContext context, bool json, PilkadaLanguage language, string status, string message, int exit, List<StatsLineErrorDto> lines)
    {
        if (json)
        {
            CliJson.Write(context.Out, new StatsErrorDto(status, message, lines), CliJsonContext.Default.StatsErrorDto);
            return exit;
        }

        context.Error.WriteLine(message);
        foreach (var line in lines.Take(MaxReportedLines))
        {
            context.Error.WriteLine("  " + L("line", language, line.Line, line.Reason));
        }

        if (lines.Count > MaxReportedLines)
        {
            context.Error.WriteLine("  " + L("more", language, lines.Count - MaxReportedLines));
        }

        return exit;
    }

    private interface IRollUpVisitor<out T>
    {
        T Visit<TKey>(RollUp<TKey> rollUp)
            where TKey : struct;
    }

    private sealed class CsvWriter(TextWriter output, PilkadaLanguage language) : IRollUpVisitor<bool>
    {
        public bool Visit<TKey>(RollUp<TKey> rollUp)
            where TKey : struct
        {
            StatisticsExport.WriteCsv(rollUp, output, language);
            return true;
        }
    }

    private sealed class DtoBuilder(PilkadaLanguage language) : IRollUpVisitor<StatsRollUpDto>
    {
        public StatsRollUpDto Visit<TKey>(RollUp<TKey> rollUp)
            where TKey : struct =>
            new(
                rollUp.Dimension.ToString(),
                rollUp.Total,
                rollUp.Unattributed,
                [.. rollUp.Rows.Select(r => new StatsRowDto(StatisticsText.KeyText(r.Key), StatisticsText.RowLabel(r, language), r.Count, r.Population, r.RatePer100000 is { } rate ? Math.Round(rate, 4) : null))],
                rollUp.RegionEdition,
                rollUp.PopulationSource);
    }

    private sealed class TextWriterVisitor(TextWriter output, PilkadaLanguage language) : IRollUpVisitor<bool>
    {
        public bool Visit<TKey>(RollUp<TKey> rollUp)
            where TKey : struct
        {
            output.WriteLine(L("rollUp", language, StatisticsText.Label(rollUp.Dimension, language)));
            var region = rollUp.IsByRegion;
            var rows = rollUp.Rows.Select(r => (Key: StatisticsText.KeyText(r.Key), Label: StatisticsText.RowLabel(r, language), r.Count, r.RatePer100000)).ToList();
            var keyWidth = Math.Max(rows.Count == 0 ? 0 : rows.Max(r => r.Key.Length), 5);
            var labelWidth = Math.Max(rows.Count == 0 ? 0 : rows.Max(r => r.Label.Length), 10);
            foreach (var row in rows)
            {
                var line = $"  {row.Key.PadRight(keyWidth)}  {row.Label.PadRight(labelWidth)}  {CliText.Number(row.Count, language),8}";
                if (region && row.RatePer100000 is { } rate)
                {
                    line += $"  {CliText.Decimal(rate, language),8} {PilkadaMessages.GetTemplate("Statistics.PerCapita", language)}";
                }

                output.WriteLine(line.TrimEnd());
            }

            if (rollUp.Unattributed > 0)
            {
                output.WriteLine($"  {string.Empty.PadRight(keyWidth)}  {StatisticsText.Unattributed(rollUp.Dimension, language).PadRight(labelWidth)}  {CliText.Number(rollUp.Unattributed, language),8}");
            }

            output.WriteLine($"  {L("total", language)}: {CliText.Number(rollUp.Total, language)}");
            if (rollUp.RegionEdition is { } edition)
            {
                output.WriteLine("  " + L("edition", language, edition, rollUp.PopulationSource ?? "-"));
            }

            return true;
        }
    }
}

/// <summary>The --json answer of <c>pilkada stats</c>.</summary>
internal sealed record StatsAnswerDto(string Status, long Cases, IReadOnlyList<StatsSummaryLineDto> Summary, StatsRollUpDto RollUp);

/// <summary>One line of the summary.</summary>
internal sealed record StatsSummaryLineDto(string Line, string Label, long Laporan, long Temuan, long Total);

/// <summary>A roll-up.</summary>
internal sealed record StatsRollUpDto(string By, long Total, long Unattributed, IReadOnlyList<StatsRowDto> Rows, string? RegionEdition, string? PopulationSource);

/// <summary>A roll-up row.</summary>
internal sealed record StatsRowDto(string Key, string Label, long Count, long? Population, double? RatePer100000);

/// <summary>A line of the input that is not a case.</summary>
internal sealed record StatsLineErrorDto(int Line, string Reason, string? Error = null);

/// <summary>The --json answer when the input cannot be counted.</summary>
internal sealed record StatsErrorDto(string Status, string Message, IReadOnlyList<StatsLineErrorDto> Lines);
