using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pilkada.DataGen;

/// <summary>
/// Builds <c>regions.bin</c> (format: src/Pilkada.Domain/Regions/RegionDataFormat.cs) from the committed source files:
/// the Kepmendagri 2025 list, the 2022 list (for retired codes), population, area and aliases.
/// </summary>
public static partial class RegionDataGenerator
{
    public const string Edition = "Kepmendagri 300.2.2-2138/2025";
    public const string RetiredEdition = "Kepmendagri 100.1.1-6117/2022";
    public const string PopulationSource = "Population (pria, wanita, total) and area (km²) per Kepmendagri 300.2.2-2138/2025, from cahyadsn/wilayah db/wilayah_penduduk.sql and db/wilayah_luas.sql";

    [GeneratedRegex(@"\('([0-9.]+)','((?:[^']|'')*)'\)")]
    private static partial Regex RegionRow();

    [GeneratedRegex(@"\('([0-9.]+)','(?:[^']|'')*','([0-9]+)','([0-9]+)','([0-9]+)'\)")]
    private static partial Regex PopulationRow();

    [GeneratedRegex(@"\('([0-9.]+)','((?:[^']|'')*)',([0-9.]+)\)")]
    private static partial Regex AreaRow();

    public static byte[] Generate(string dataDirectory)
    {
        var regionsDir = Path.Combine(dataDirectory, "regions");
        var commit = File.ReadAllText(Path.Combine(regionsDir, "SOURCE-COMMIT.txt")).Trim().Split(' ')[0];
        var source = $"cahyadsn/wilayah db/wilayah.sql at commit {commit} (MIT licence)";

        var current = ReadRegions(Path.Combine(regionsDir, "wilayah-kepmendagri-2025.sql"));
        var previous = ReadRegions(Path.Combine(regionsDir, "wilayah-kepmendagri-2022.sql"));
        var population = new SortedDictionary<long, (long Male, long Female, long Total)>();
        foreach (Match m in PopulationRow().Matches(File.ReadAllText(Path.Combine(regionsDir, "penduduk-2025.sql"))))
        {
            if (m.Groups[1].Value == "0")
            {
                continue; // the national total
            }

            population[CodeValue(m.Groups[1].Value)] = (Long(m.Groups[2].Value), Long(m.Groups[3].Value), Long(m.Groups[4].Value));
        }

        var area = new SortedDictionary<long, long>();
        foreach (Match m in AreaRow().Matches(File.ReadAllText(Path.Combine(regionsDir, "luas-2025.sql"))))
        {
            var km2 = decimal.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            var code = RepairAreaCode(m.Groups[1].Value, m.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal), current);
            if (!area.TryAdd(code, (long)Math.Round(km2 * 1_000_000m)))
            {
                throw new InvalidDataException($"luas-2025.sql: the code {m.Groups[1].Value} appears twice.");
            }
        }

        var retired = new SortedDictionary<long, string>();
        foreach (var (code, name) in previous)
        {
            if (!current.ContainsKey(code))
            {
                retired[code] = name;
            }
        }

        var aliases = new List<(long, string)>();
        foreach (var line in File.ReadAllLines(Path.Combine(regionsDir, "aliases.csv")).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            var code = CodeValue(parts[0]);
            if (!current.ContainsKey(code))
            {
                throw new InvalidDataException($"aliases.csv names {parts[0]}, which is not in the current list.");
            }

            aliases.Add((code, parts[1]));
        }

        foreach (var code in population.Keys.Concat(area.Keys))
        {
            if (!current.ContainsKey(code))
            {
                throw new InvalidDataException($"The population or area table names {code}, which is not in the current list.");
            }
        }

        var output = new MemoryStream();
        output.Write("PKRG"u8);
        output.WriteByte(1);
        output.WriteByte(0);
        WriteString(output, Edition);
        WriteString(output, source);
        WriteString(output, PopulationSource);
        WriteString(output, RetiredEdition);

        WriteVarInt(output, current.Count);
        long last = 0;
        foreach (var (code, name) in current)
        {
            WriteVarInt(output, code - last);
            last = code;
            WriteString(output, name);
        }

        WriteVarInt(output, population.Count);
        last = 0;
        foreach (var (code, p) in population)
        {
            WriteVarInt(output, code - last);
            last = code;
            WriteVarInt(output, p.Male);
            WriteVarInt(output, p.Female);
            WriteVarInt(output, p.Total);
        }

        WriteVarInt(output, area.Count);
        last = 0;
        foreach (var (code, m2) in area)
        {
            WriteVarInt(output, code - last);
            last = code;
            WriteVarInt(output, m2);
        }

        WriteVarInt(output, retired.Count);
        last = 0;
        foreach (var (code, name) in retired)
        {
            WriteVarInt(output, code - last);
            last = code;
            WriteString(output, name);
        }

        WriteVarInt(output, aliases.Count);
        foreach (var (code, alias) in aliases)
        {
            WriteVarInt(output, code);
            WriteString(output, alias);
        }

        return output.ToArray();
    }

    /// <summary>Reads (code, name) rows, sorted by code. Names are kept as written, except surrounding spaces.</summary>
    public static SortedDictionary<long, string> ReadRegions(string path)
    {
        var result = new SortedDictionary<long, string>();
        foreach (Match m in RegionRow().Matches(File.ReadAllText(path, Encoding.UTF8)))
        {
            var code = CodeValue(m.Groups[1].Value);
            var name = m.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal).Trim();
            if (!result.TryAdd(code, name))
            {
                throw new InvalidDataException($"{path}: the code {m.Groups[1].Value} appears twice.");
            }
        }

        return result;
    }

    /// <summary>
    /// luas-2025.sql writes five codes as numbers with the trailing zero dropped: "11.1" for 11.10 (Kabupaten Aceh
    /// Singkil), "12.1", "12.2", "14.1", and "31.0" for province 31. A code that is not in the list is repaired by
    /// restoring the zero (or dropping ".0"), and accepted only when the row's name then matches the list.
    /// </summary>
    public static long RepairAreaCode(string written, string name, SortedDictionary<long, string> current)
    {
        if (IsCode(written) && current.ContainsKey(CodeValue(written)))
        {
            return CodeValue(written);
        }

        var repaired = written.EndsWith(".0", StringComparison.Ordinal) ? written[..^2] : written + "0";
        if (IsCode(repaired) && current.TryGetValue(CodeValue(repaired), out var listed) && SameName(listed, name))
        {
            return CodeValue(repaired);
        }

        throw new InvalidDataException($"luas-2025.sql: the code '{written}' ({name}) matches no region in the list.");
    }

    private static bool IsCode(string dotted)
    {
        var digits = dotted.Replace(".", string.Empty, StringComparison.Ordinal);
        return digits.Length is 2 or 4 or 6 or 10 && digits.All(char.IsAsciiDigit) && dotted.Split('.').All(p => p.Length is 2 or 4);
    }

    private static bool SameName(string a, string b) =>
        string.Join(' ', a.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Equals(string.Join(' ', b.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    /// <summary>The ten-digit value of a dotted code: 52.72 → 5272000000.</summary>
    public static long CodeValue(string dotted)
    {
        var digits = dotted.Replace(".", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (2 or 4 or 6 or 10) || !digits.All(char.IsAsciiDigit))
        {
            throw new InvalidDataException($"'{dotted}' is not a region code.");
        }

        return long.Parse(digits.PadRight(10, '0'), CultureInfo.InvariantCulture);
    }

    private static long Long(string s) => long.Parse(s, CultureInfo.InvariantCulture);

    private static void WriteString(Stream output, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        WriteVarInt(output, bytes.Length);
        output.Write(bytes);
    }

    private static void WriteVarInt(Stream output, long value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only non-negative numbers are written.");
        }

        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }
}
