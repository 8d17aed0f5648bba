using System.Globalization;
using System.Text;

namespace Pilkada.DataGen;

/// <summary>
/// Builds <c>holidays.tsv</c> (format: src/Pilkada.Domain/Calendars/NonWorkingDayTable.cs) from the committed source
/// <c>data/holidays/id-holidays.csv</c>: one tab-separated row per non-working day, with the table's edition in the
/// header lines.
/// </summary>
/// <remarks>
/// What the generator does to the data, and nothing else: it reads the CSV (RFC 4180 quoting), checks every field,
/// splits <c>legal_basis</c> at its first <c>"; "</c> into the instrument and a note (the ASN Keppres of a cuti bersama
/// row), and writes the rows in date order with tabs as separators. Names, instruments and URLs are kept exactly.
/// </remarks>
public static class HolidayDataGenerator
{
    public const string FormatLine = "#pilkada-non-working-days\t1";

    public const string Edition =
        "SKB libur nasional dan cuti bersama 2024 (855/2023), 2025 (1017/2024, amended by 933/2025), 2026 (1497/2025) " +
        "and 2027 (1205/2026); Keppres 10/2024 and 33/2024 (polling days); compiled up to September 2026";

    public const string CompiledUpTo = "2026-09";

    private const string Header = "date,kind,name_id,name_en,legal_basis,source_url,confidence";

    private static readonly string[] Kinds = ["national_holiday", "collective_leave", "election_day"];

    private static readonly string[] Confidences = ["confirmed_2_sources", "one_source", "uncertain"];

    public static byte[] Generate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "holidays", "id-holidays.csv");
        var text = File.ReadAllText(path, Encoding.UTF8);
        var records = ParseCsv(text);
        if (records.Count == 0 || string.Join(",", records[0]) != Header)
        {
            throw new InvalidDataException($"{path}: the header must be '{Header}'.");
        }

        var rows = new List<string[]>();
        var previous = default(DateOnly?);
        var years = new SortedSet<int>();
        for (var r = 1; r < records.Count; r++)
        {
            var fields = records[r];
            var line = r + 1;
            if (fields.Length != 7)
            {
                throw new InvalidDataException($"{path}, row {line}: {fields.Length} fields instead of 7.");
            }

            if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"{path}, row {line}: '{fields[0]}' is not a yyyy-MM-dd date.");
            }

            if (previous is { } p && date <= p)
            {
                throw new InvalidDataException($"{path}, row {line}: {fields[0]} does not follow {p:yyyy-MM-dd}; rows must be sorted, one per date.");
            }

            previous = date;
            years.Add(date.Year);
            if (Array.IndexOf(Kinds, fields[1]) < 0)
            {
                throw new InvalidDataException($"{path}, row {line}: unknown kind '{fields[1]}'.");
            }

            if (Array.IndexOf(Confidences, fields[6]) < 0)
            {
                throw new InvalidDataException($"{path}, row {line}: unknown confidence '{fields[6]}'.");
            }

            for (var f = 0; f < fields.Length; f++)
            {
                if (fields[f].Length == 0 || fields[f] != fields[f].Trim() || fields[f].AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
                {
                    throw new InvalidDataException($"{path}, row {line}, field {f + 1}: empty, padded, or containing a tab or line break.");
                }
            }

            var basis = fields[4];
            var split = basis.IndexOf("; ", StringComparison.Ordinal);
            var instrument = split < 0 ? basis : basis[..split];
            var note = split < 0 ? string.Empty : basis[(split + 2)..];
            rows.Add([fields[0], fields[1], fields[2], fields[3], instrument, note, fields[5], fields[6]]);
        }

        for (var y = years.Min; y <= years.Max; y++)
        {
            if (!years.Contains(y))
            {
                throw new InvalidDataException($"{path}: no row for {y}; the covered years must be contiguous.");
            }
        }

        var output = new StringBuilder();
        output.Append(FormatLine).Append('\n');
        output.Append("#edition\t").Append(Edition).Append('\n');
        output.Append("#compiled-up-to\t").Append(CompiledUpTo).Append('\n');
        output.Append("#covered-years\t").Append(string.Join('\t', years.Select(y => y.ToString(CultureInfo.InvariantCulture)))).Append('\n');
        output.Append("#source\tdata/holidays/id-holidays.csv\t").Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        output.Append("date\tkind\tname_id\tname_en\tinstrument\tnote\tsource_url\tconfidence\n");
        foreach (var row in rows)
        {
            output.Append(string.Join('\t', row)).Append('\n');
        }

        return new UTF8Encoding(false).GetBytes(output.ToString());
    }

    /// <summary>Reads RFC 4180 CSV: fields separated by commas, optionally double-quoted with "" for a quote; \n rows.</summary>
    public static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var quoted = false;
        var atFieldStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                    i++;
                    continue;
                }

                field.Append(c);
                i++;
                continue;
            }

            switch (c)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    atFieldStart = true;
                    break;
                case '\r':
                    throw new InvalidDataException("The CSV must use \\n line endings.");
                default:
                    field.Append(c);
                    atFieldStart = false;
                    break;
            }

            i++;
        }

        if (quoted)
        {
            throw new InvalidDataException("The CSV ends inside a quoted field.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
