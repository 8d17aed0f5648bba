using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pilkada.DataGen;

/// <summary>
/// Builds <c>elections.tsv</c> (format: src/Pilkada.Domain/Elections/ElectionData.cs) from the committed source files in
/// <c>data/pilkada-2024/</c>: the PKPU 2/2024 schedule, the single-candidate contests, the Constitutional Court's re-vote
/// orders and the 2025 re-run schedule. Every region code and name is checked against the Kepmendagri 2025 list, every
/// contest kind against its code, every case number against its kind, every date and vocabulary value against its form.
/// </summary>
public static partial class ElectionDataGenerator
{
    public const string Edition =
        "Pilkada 2024: PKPU 2/2024 schedule with the KPU recapitulation timetable and the 2025 MK and swearing-in dates; " +
        "KPU single-candidate list of 23 Sep 2024 (37); MK rulings of 24 Feb 2025 ordering a re-vote (24) or re-tabulation (1); " +
        "re-run of 27 Aug 2025 in Bangka and Pangkalpinang; compiled from press coverage of KPU and MK documents, November 2026";

    public const string Pilkada2024 = "pilkada-2024";
    public const string Rerun2025 = "pilkada-ulang-2025";

    private const string RerunInstrument = "PKPU 19/2024";
    private const string RerunLegalNote = "Tahapan dan jadwal pemilihan ulang 2025; cited by detik and Bangka Pos, not read.";

    [GeneratedRegex(@"^[0-9]{1,3}/PHPU\.(GUB|BUP|WAKO)-XXIII/2025$")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    public static byte[] Generate(string dataDirectory)
    {
        var dir = Path.Combine(dataDirectory, "pilkada-2024");
        var regions = RegionDataGenerator.ReadRegions(Path.Combine(dataDirectory, "regions", "wilayah-kepmendagri-2025.sql"));
        var output = new StringBuilder();
        output.Append("pilkada-elections\t1\n");
        Line(output, "edition", Edition);

        // The 2024 schedule, in file order.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadCsv(Path.Combine(dir, "schedule-pkpu-2-2024.csv")))
        {
            var id = row["stage_id"];
            Check(Slug().IsMatch(id) && ids.Add(id), row, $"stage id '{id}' is not a unique slug");
            var (start, end) = Dates(row, row["start_date"], row["end_date"]);
            Line(output, "stage", Pilkada2024, id, Word(row, "kind"), Word(row, "phase"), Text(row, "name_id"), Text(row, "name_en"),
                start, end, row["date_text"], AppliesTo(row, row["applies_to"], regions), Text(row, "instrument"), row["provision"], string.Empty,
                Confidence(row, row["confidence"]), Urls(row), row["notes"]);
        }

        // The 2025 re-run: the raw schedule, with the project's stage map (id, kind, phase, English name).
        var map = ReadCsv(Path.Combine(dir, "rerun-2025-stages.csv")).ToDictionary(r => r["stage_no"], StringComparer.Ordinal);
        ids.Clear();
        var rerunRows = ReadCsv(Path.Combine(dir, "rerun-2025.csv"));
        foreach (var row in rerunRows)
        {
            Check(map.TryGetValue(row["stage_no"], out var stage), row, $"stage {row["stage_no"]} is not in rerun-2025-stages.csv");
            var id = stage!["stage_id"];
            Check(Slug().IsMatch(id) && ids.Add(id), row, $"stage id '{id}' is not a unique slug");
            var (start, end) = Dates(row, row["start_date"], row["end_date"]);
            var appliesTo = row["applies_to"] == "both" ? "19.01 19.71" : AppliesTo(row, row["applies_to"], regions);
            Line(output, "stage", Rerun2025, id, Word(stage, "kind"), Word(stage, "phase"), Text(row, "stage_name"), Text(stage, "name_en"),
                start, end, row["date_text"], appliesTo, RerunInstrument, string.Empty, RerunLegalNote,
                Confidence(row, row["confidence"]), Urls(row), row["notes"]);
        }

        Check(map.Count == rerunRows.Count, null, "rerun-2025-stages.csv maps stages that rerun-2025.csv does not have");

        // Single-candidate contests, by region code.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadCsv(Path.Combine(dir, "single-candidate-contests.csv")).OrderBy(r => RegionDataGenerator.CodeValue(r["region_code"])))
        {
            Kind(row, regions);
            Check(seen.Add(row["region_code"]), row, $"region {row["region_code"]} appears twice");
            var outcome = row["outcome"] switch
            {
                "paslon_won" => "PaslonWon",
                "kotak_kosong_won" => "KolomKosongWon",
                "unknown" => "Unknown",
                var other => throw Fail(row, $"outcome '{other}' is not paslon_won, kotak_kosong_won or unknown"),
            };
            Line(output, "single", $"{Pilkada2024}/{row["region_code"]}", row["region_name"], Text(row, "candidate_pair"), outcome,
                Confidence(row, row["confidence"]), Urls(row), row["notes"]);
        }

        // Constitutional Court re-vote and re-tabulation orders, by region code.
        seen.Clear();
        foreach (var row in ReadCsv(Path.Combine(dir, "revotes-mk-2025.csv")).OrderBy(r => RegionDataGenerator.CodeValue(r["region_code"])))
        {
            var kind = Kind(row, regions);
            Check(seen.Add(row["region_code"]), row, $"region {row["region_code"]} appears twice");
            var number = CaseNumber().Match(row["mk_case_number"]);
            Check(number.Success, row, $"case number '{row["mk_case_number"]}' is not NNN/PHPU.GUB|BUP|WAKO-XXIII/2025");
            var expected = kind switch { "gubernur" => "GUB", "bupati" => "BUP", _ => "WAKO" };
            Check(number.Groups[1].Value == expected, row, $"case number '{row["mk_case_number"]}' is not a {kind} case");
            var remedy = row["remedy"] switch
            {
                "psu_all_tps" => "PsuAllTps",
                "psu_some_tps" => "PsuSomeTps",
                "rekap_ulang" => "RekapUlang",
                "other" => "Other",
                var other => throw Fail(row, $"remedy '{other}' is not psu_all_tps, psu_some_tps, rekap_ulang or other"),
            };
            var ruling = Date(row, row["ruling_date"]);
            Check(ruling.Length > 0, row, "the ruling date is missing");
            var revote = Date(row, row["revote_date"]);
            Check((remedy == "RekapUlang") == (revote.Length == 0), row, "a re-vote needs a date and a re-tabulation has none");
            Line(output, "revote", $"{Pilkada2024}/{row["region_code"]}", row["region_name"], row["mk_case_number"], ruling, remedy, revote,
                Confidence(row, row["confidence"]), Urls(row), row["notes"]);
        }

        return Encoding.UTF8.GetBytes(output.ToString());
    }

    /// <summary>Reads an RFC 4180 CSV file with a header row: quoted fields may hold commas, quotes ("") and line breaks.</summary>
    public static List<Row> ReadCsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    lineStart = false;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    lineStart = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (!lineStart || field.Length > 0)
                    {
                        record.Add(field.ToString());
                        records.Add(record);
                    }

                    record = [];
                    field.Clear();
                    lineStart = true;
                    break;
                default:
                    field.Append(c);
                    lineStart = false;
                    break;
            }
        }

        if (quoted)
        {
            throw new InvalidDataException($"{path}: a quoted field is not closed.");
        }

        if (!lineStart || field.Length > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        var header = records[0];
        var rows = new List<Row>();
        for (var r = 1; r < records.Count; r++)
        {
            if (records[r].Count != header.Count)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} row {r + 1}: {records[r].Count} fields, the header has {header.Count}.");
            }

            rows.Add(new Row(Path.GetFileName(path), r + 1, header, records[r]));
        }

        return rows;
    }

    /// <summary>One CSV row with its file and line, for error messages.</summary>
    public sealed class Row(string file, int number, List<string> header, List<string> values)
    {
        public string File { get; } = file;

        public int Number { get; } = number;

        public string this[string column]
        {
            get
            {
                var index = header.IndexOf(column);
                return index >= 0 ? values[index] : throw new InvalidDataException($"{File}: there is no column '{column}'.");
            }
        }
    }

    private static string Kind(Row row, SortedDictionary<long, string> regions)
    {
        var code = row["region_code"];
        Check(regions.TryGetValue(RegionDataGenerator.CodeValue(code), out var name), row, $"region {code} is not in the Kepmendagri 2025 list");
        Check(name == row["region_name"], row, $"region {code} is '{name}' in the Kepmendagri 2025 list, not '{row["region_name"]}'");
        var digits = code.Replace(".", string.Empty, StringComparison.Ordinal);
        var expected = digits.Length == 2 ? "gubernur"
            : int.Parse(digits[2..], CultureInfo.InvariantCulture) is >= 1 and <= 69 ? "bupati"
            : int.Parse(digits[2..], CultureInfo.InvariantCulture) is >= 71 and <= 79 ? "wali_kota"
            : throw Fail(row, $"region {code} holds no regional head election");
        Check(row["contest_kind"] == expected, row, $"region {code} holds a {expected} election, not '{row["contest_kind"]}'");
        return expected;
    }

    private static (string Start, string End) Dates(Row row, string start, string end)
    {
        var s = Date(row, start);
        var e = Date(row, end);
        Check(s.Length == 0 || e.Length == 0 || string.CompareOrdinal(s, e) <= 0, row, $"the stage ends ({e}) before it starts ({s})");
        return (s, e);
    }

    private static string Date(Row row, string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        Check(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), row, $"'{text}' is not a yyyy-MM-dd date");
        return text;
    }

    private static string AppliesTo(Row row, string text, SortedDictionary<long, string> regions)
    {
        if (text.Length == 0)
        {
            return text;
        }

        foreach (var code in text.Split(' '))
        {
            Check(regions.ContainsKey(RegionDataGenerator.CodeValue(code)), row, $"applies_to names {code}, which is not in the Kepmendagri 2025 list");
        }

        return text;
    }

    private static string Confidence(Row row, string text) => text switch
    {
        "confirmed_2_sources" => "Confirmed",
        "one_source" => "SingleSource",
        "uncertain" => "Uncertain",
        _ => throw Fail(row, $"confidence '{text}' is not confirmed_2_sources, one_source or uncertain"),
    };

    private static string Urls(Row row)
    {
        var urls = row["source_url"].Split(" | ");
        foreach (var url in urls)
        {
            Check(url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal), row, $"'{url}' is not a URL");
        }

        return string.Join(" | ", urls);
    }

    private static string Text(Row row, string column)
    {
        var text = row[column];
        Check(text.Trim().Length > 0, row, $"the column '{column}' is empty");
        return text;
    }

    private static string Word(Row row, string column)
    {
        var text = Text(row, column);
        Check(text.All(char.IsAsciiLetterOrDigit) && char.IsAsciiLetterUpper(text[0]), row, $"'{text}' in '{column}' is not a member name");
        return text;
    }

    private static void Line(StringBuilder output, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
            {
                throw new InvalidDataException($"A '{fields[0]}' field contains a tab or a line break: {fields[i]}");
            }

            if (i > 0)
            {
                output.Append('\t');
            }

            output.Append(fields[i]);
        }

        output.Append('\n');
    }

    private static void Check(bool condition, Row? row, string message)
    {
        if (!condition)
        {
            throw Fail(row, message);
        }
    }

    private static InvalidDataException Fail(Row? row, string message) =>
        new(row is null ? message : $"{row.File} row {row.Number}: {message}");
}
