namespace Pilkada.Domain.Regions;

/// <summary>How well a region's name matched a search.</summary>
public enum RegionMatchKind
{
    /// <summary>The whole name (or an alias) equals the query.</summary>
    Exact = 0,

    /// <summary>The name starts with the query.</summary>
    Prefix = 1,

    /// <summary>The query occurs inside the name.</summary>
    Contains = 2,
}

/// <summary>One result of <see cref="RegionCatalog.Search"/>.</summary>
/// <param name="Region">The region.</param>
/// <param name="Kind">How well it matched.</param>
public readonly record struct RegionMatch(Region Region, RegionMatchKind Kind);

/// <summary>Filters and limits for <see cref="RegionCatalog.Search"/>.</summary>
public sealed record RegionSearchOptions
{
    /// <summary>No filter, at most 20 results.</summary>
    public static RegionSearchOptions Default { get; } = new();

    /// <summary>Only regions at this level (e.g. <see cref="RegionLevel.KabupatenKota"/>).</summary>
    public RegionLevel? Level { get; init; }

    /// <summary>Only regions within this region (e.g. kecamatan within <c>52.72</c>).</summary>
    public RegionCode? Within { get; init; }

    /// <summary>The most results to return (default 20).</summary>
    public int Limit { get; init; } = 20;
}

/// <summary>
/// The name-search index of a catalogue, built on the first search: every name reduced to a key of lowercase ASCII
/// letters and digits (kind prefixes removed), and a trigram index over the keys.
/// </summary>
internal sealed class RegionNameIndex
{
    private const int Alphabet = 36;
    private const int TrigramCount = Alphabet * Alphabet * Alphabet;

    private readonly RegionCatalog _catalog;
    private readonly string[] _keys;
    private readonly RegionKind[] _kinds;
    private readonly int[] _postingStart;
    private readonly int[] _postings;
    private readonly Dictionary<string, List<int>> _aliases;

    internal RegionNameIndex(RegionCatalog catalog)
    {
        _catalog = catalog;
        _keys = new string[catalog.Count];
        _kinds = new RegionKind[catalog.Count];
        var counts = new int[TrigramCount + 1];
        for (var i = 0; i < _keys.Length; i++)
        {
            _kinds[i] = catalog.KindAt(i);
            var key = RegionNameKey.ForRegionName(catalog.NameAt(i), _kinds[i]);
            _keys[i] = key;
            ForEachDistinctTrigram(key, t => counts[t + 1]++);
        }

        for (var t = 1; t <= TrigramCount; t++)
        {
            counts[t] += counts[t - 1];
        }

        _postingStart = counts;
        _postings = new int[counts[TrigramCount]];
        var fill = (int[])counts.Clone();
        for (var i = 0; i < _keys.Length; i++)
        {
            var index = i;
            ForEachDistinctTrigram(_keys[i], t => _postings[fill[t]++] = index);
        }

        _aliases = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (code, alias) in catalog.Aliases)
        {
            var index = catalog.IndexOf(code);
            if (index < 0)
            {
                continue;
            }

            var key = RegionNameKey.Normalize(alias);
            if (!_aliases.TryGetValue(key, out var list))
            {
                _aliases[key] = list = [];
            }

            list.Add(index);
        }
    }

    internal IReadOnlyList<RegionMatch> Search(string query, RegionSearchOptions options)
    {
        var parsed = RegionNameKey.ParseQuery(query);
        var found = new Dictionary<int, (RegionMatchKind Kind, bool Hinted)>();

        // Interpretation 1: the whole query is (part of) a name, e.g. a kecamatan called "Kota Juang".
        Collect(parsed.FullKey, null, found);

        // Interpretation 2: the query starts with a kind ("Kota Bima", "Kab. Bima"), restricting the kind.
        if (parsed.KindHint is not null && parsed.RemainderKey.Length > 0)
        {
            Collect(parsed.RemainderKey, parsed.KindHint, found);
        }

        var results = new List<(int Index, RegionMatchKind Kind, bool Hinted)>(found.Count);
        foreach (var (index, match) in found)
        {
            var code = RegionCode.FromValue(_catalog.CodeValueAt(index));
            if (options.Level is { } level && code.Level != level)
            {
                continue;
            }

            if (options.Within is { } within && !code.IsWithin(within))
            {
                continue;
            }

            results.Add((index, match.Kind, match.Hinted));
        }

        results.Sort((a, b) =>
        {
            var c = a.Kind.CompareTo(b.Kind);
            if (c != 0)
            {
                return c;
            }

            c = b.Hinted.CompareTo(a.Hinted);
            if (c != 0)
            {
                return c;
            }

            c = RegionCode.FromValue(_catalog.CodeValueAt(a.Index)).Level.CompareTo(RegionCode.FromValue(_catalog.CodeValueAt(b.Index)).Level);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });

        var limit = Math.Max(0, options.Limit);
        var output = new List<RegionMatch>(Math.Min(limit, results.Count));
        for (var i = 0; i < results.Count && output.Count < limit; i++)
        {
            output.Add(new RegionMatch(_catalog.All[results[i].Index], results[i].Kind));
        }

        return output;
    }

    private void Collect(string key, KindHint? hint, Dictionary<int, (RegionMatchKind Kind, bool Hinted)> found)
    {
        if (key.Length == 0)
        {
            return;
        }

        var hinted = hint is not null;
        if (_aliases.TryGetValue(key, out var aliased) && !hinted)
        {
            foreach (var index in aliased)
            {
                Add(found, index, RegionMatchKind.Exact, hinted);
            }
        }

        if (key.Length < 3)
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                Consider(i, key, hint, found);
            }

            return;
        }

        // Candidates: the postings of the query's rarest trigram.
        var best = -1;
        var bestCount = int.MaxValue;
        for (var p = 0; p + 3 <= key.Length; p++)
        {
            var t = Trigram(key, p);
            var count = _postingStart[t + 1] - _postingStart[t];
            if (count < bestCount)
            {
                best = t;
                bestCount = count;
            }
        }

        for (var j = _postingStart[best]; j < _postingStart[best + 1]; j++)
        {
            Consider(_postings[j], key, hint, found);
        }
    }

    private void Consider(int index, string key, KindHint? hint, Dictionary<int, (RegionMatchKind Kind, bool Hinted)> found)
    {
        if (hint is not null && !hint.Value.Allows(_kinds[index]))
        {
            return;
        }

        var name = _keys[index];
        RegionMatchKind kind;
        if (name.Length == key.Length && name.Equals(key, StringComparison.Ordinal))
        {
            kind = RegionMatchKind.Exact;
        }
        else if (name.StartsWith(key, StringComparison.Ordinal))
        {
            kind = RegionMatchKind.Prefix;
        }
        else if (name.Contains(key, StringComparison.Ordinal))
        {
            kind = RegionMatchKind.Contains;
        }
        else
        {
            return;
        }

        Add(found, index, kind, hint is not null);
    }

    private static void Add(Dictionary<int, (RegionMatchKind Kind, bool Hinted)> found, int index, RegionMatchKind kind, bool hinted)
    {
        if (!found.TryGetValue(index, out var existing) || kind < existing.Kind || (kind == existing.Kind && hinted && !existing.Hinted))
        {
            found[index] = (kind, hinted);
        }
    }

    private static void ForEachDistinctTrigram(string key, Action<int> action)
    {
        if (key.Length < 3)
        {
            return;
        }

        Span<int> seen = stackalloc int[key.Length];
        var seenCount = 0;
        for (var p = 0; p + 3 <= key.Length; p++)
        {
            var t = Trigram(key, p);
            if (seen[..seenCount].Contains(t))
            {
                continue;
            }

            seen[seenCount++] = t;
            action(t);
        }
    }

    private static int Trigram(string key, int p) =>
        (((Symbol(key[p]) * Alphabet) + Symbol(key[p + 1])) * Alphabet) + Symbol(key[p + 2]);

    private static int Symbol(char c) => c <= '9' ? c - '0' + 26 : c - 'a';
}

/// <summary>A kind named at the start of a query: "Kota", "Kab.", "Kec.", "Desa", …</summary>
/// <param name="Kinds">The kinds it allows.</param>
internal readonly record struct KindHint(RegionKind[] Kinds)
{
    internal bool Allows(RegionKind kind) => Array.IndexOf(Kinds, kind) >= 0;
}

/// <summary>Reduces names and queries to search keys.</summary>
internal static class RegionNameKey
{
    private static readonly (string[] Words, RegionKind[] Kinds)[] KindWords =
    [
        (["kabupaten", "administrasi"], [RegionKind.KabupatenAdministrasi]),
        (["kab", "administrasi"], [RegionKind.KabupatenAdministrasi]),
        (["kab", "adm"], [RegionKind.KabupatenAdministrasi]),
        (["kota", "administrasi"], [RegionKind.KotaAdministrasi]),
        (["kota", "adm"], [RegionKind.KotaAdministrasi]),
        (["desa", "adat"], [RegionKind.DesaAdat]),
        (["provinsi"], [RegionKind.Provinsi]),
        (["propinsi"], [RegionKind.Provinsi]),
        (["prov"], [RegionKind.Provinsi]),
        (["kabupaten"], [RegionKind.Kabupaten, RegionKind.KabupatenAdministrasi]),
        (["kab"], [RegionKind.Kabupaten, RegionKind.KabupatenAdministrasi]),
        (["kota"], [RegionKind.Kota, RegionKind.KotaAdministrasi]),
        (["kotamadya"], [RegionKind.Kota, RegionKind.KotaAdministrasi]),
        (["kecamatan"], [RegionKind.Kecamatan, RegionKind.Distrik]),
        (["kec"], [RegionKind.Kecamatan, RegionKind.Distrik]),
        (["distrik"], [RegionKind.Distrik, RegionKind.Kecamatan]),
        (["kelurahan"], [RegionKind.Kelurahan]),
        (["kel"], [RegionKind.Kelurahan]),
        (["desa"], [RegionKind.Desa, RegionKind.DesaAdat]),
        (["ds"], [RegionKind.Desa, RegionKind.DesaAdat]),
    ];

    private static readonly string[] NamePrefixes =
    [
        "Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ", "Desa Adat ",
    ];

    /// <summary>The key of a catalogue name: the kind prefix of kabupaten, kota and desa adat removed, then normalised.</summary>
    internal static string ForRegionName(string name, RegionKind kind)
    {
        if (kind is RegionKind.Kabupaten or RegionKind.Kota or RegionKind.KabupatenAdministrasi or RegionKind.KotaAdministrasi or RegionKind.DesaAdat)
        {
            foreach (var prefix in NamePrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return Normalize(name.AsSpan(prefix.Length));
                }
            }
        }

        return Normalize(name);
    }

    /// <summary>Lowercase ASCII letters and digits only; accented Latin letters folded, everything else dropped.</summary>
    internal static string Normalize(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                buffer[length++] = folded;
            }
        }

        return new string(buffer[..length]);
    }

    internal static (string FullKey, KindHint? KindHint, string RemainderKey) ParseQuery(string query)
    {
        var words = SplitWords(query);
        var full = Normalize(query);
        foreach (var (kindWords, kinds) in KindWords)
        {
            if (words.Count > kindWords.Length && StartsWithWords(words, kindWords))
            {
                var remainder = string.Concat(words.Skip(kindWords.Length));
                return (full, new KindHint(kinds), remainder);
            }
        }

        return (full, null, string.Empty);
    }

    private static bool StartsWithWords(List<string> words, string[] prefix)
    {
        for (var i = 0; i < prefix.Length; i++)
        {
            if (!words[i].Equals(prefix[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                current.Append(folded);
            }
            else if (c is not ('\'' or '\u2019' or '`') && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static char Fold(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return c;
        }

        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + 32);
        }

        return c switch
        {
            'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' or 'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'Ā' or 'ā' or 'Ă' or 'ă' => 'a',
            'Ç' or 'ç' or 'Ć' or 'ć' or 'Č' or 'č' => 'c',
            'Ď' or 'ď' => 'd',
            'È' or 'É' or 'Ê' or 'Ë' or 'è' or 'é' or 'ê' or 'ë' or 'Ē' or 'ē' or 'Ě' or 'ě' => 'e',
            'Ì' or 'Í' or 'Î' or 'Ï' or 'ì' or 'í' or 'î' or 'ï' or 'Ī' or 'ī' => 'i',
            'Ñ' or 'ñ' or 'Ń' or 'ń' => 'n',
            'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'Ō' or 'ō' => 'o',
            'Ù' or 'Ú' or 'Û' or 'Ü' or 'ù' or 'ú' or 'û' or 'ü' or 'Ū' or 'ū' => 'u',
            'Ý' or 'ý' or 'ÿ' => 'y',
            'Š' or 'š' or 'Ś' or 'ś' => 's',
            'Ž' or 'ž' => 'z',
            _ => '\0',
        };
    }
}
