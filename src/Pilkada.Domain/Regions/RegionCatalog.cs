using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Pilkada.Domain.Regions;

/// <summary>
/// Katalog wilayah: an immutable list of Indonesia's administrative regions with their Kemendagri codes, names,
/// population and area, with lookups by code and by name.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> holds the whole list of Kepmendagri 300.2.2-2138/2025: 38 provinsi, 514 kabupaten/kota,
/// 7,285 kecamatan and 83,762 desa/kelurahan (91,599 regions), embedded in the assembly and loaded on first use,
/// once, thread-safely. The data comes from the public dataset cahyadsn/wilayah (MIT licence, shipped in the
/// package as <c>licenses/LICENSE-cahyadsn-wilayah.txt</c>).
/// </para>
/// <para>
/// Codes that were in the previous edition (Kepmendagri 100.1.1-6117/2022) but not in this one are kept as
/// <see cref="RetiredRegion"/> entries, so old records can still be explained.
/// </para>
/// <para>A catalogue is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class RegionCatalog
{
    private const string ResourceName = "Pilkada.Domain.Regions.regions.bin";

    private static readonly Lazy<RegionCatalog> DefaultCatalog = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // Everything is indexed by position in code order. Region objects and name strings are created on first use,
    // so loading the catalogue only decodes the codes and builds the indexes.
    private readonly long[] _codes;
    private readonly byte[] _nameBytes;
    private readonly int[] _nameStart;
    private readonly byte[] _nameLength;
    private readonly Region?[] _regions;
    private readonly int[] _parent;
    private readonly int[] _subtreeEnd;
    private readonly Slot[] _slots;
    private readonly int _slotShift;
    private readonly int[] _levelCounts;
    private readonly Region[] _provinces;
    private readonly Dictionary<long, RegionPopulation> _population;
    private readonly Dictionary<long, double> _area;
    private readonly Dictionary<long, RetiredRegion> _retired;
    private readonly (long Code, string Alias)[] _aliases;
    private readonly Lazy<RegionNameIndex> _nameIndex;
    private readonly RegionList _all;

    private RegionCatalog(
        string edition,
        string source,
        string populationSource,
        long[] codes,
        byte[] nameBytes,
        int[] nameStart,
        byte[] nameLength,
        Dictionary<long, RegionPopulation> population,
        Dictionary<long, double> area,
        IEnumerable<RetiredRegion> retired,
        (long Code, string Alias)[] aliases)
    {
        Edition = edition;
        Source = source;
        PopulationSource = populationSource;
        _codes = codes;
        _nameBytes = nameBytes;
        _nameStart = nameStart;
        _nameLength = nameLength;
        _population = population;
        _area = area;
        var n = codes.Length;
        _regions = new Region?[n];
        _parent = new int[n];
        _subtreeEnd = new int[n];
        _levelCounts = new int[5];
        Span<int> open = [-1, -1, -1, -1, -1];
        var provinces = new List<int>(40);
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && codes[i] <= codes[i - 1])
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Region codes must be unique and sorted; {RegionCode.FromValue(codes[i])} follows {RegionCode.FromValue(codes[i - 1])}."));
            }

            var code = RegionCode.FromValue(codes[i]);
            var level = (int)code.Level;
            for (var l = level; l <= 4; l++)
            {
                if (open[l] >= 0)
                {
                    _subtreeEnd[open[l]] = i;
                    open[l] = -1;
                }
            }

            if (level > 1)
            {
                var parent = open[level - 1];
                if (parent < 0 || codes[parent] != code.Parent!.Value.Value)
                {
                    throw new InvalidDataException($"The region {code} ({NameAt(i)}) has no parent {code.Parent} in the catalogue.");
                }

                _parent[i] = parent;
            }
            else
            {
                _parent[i] = -1;
                provinces.Add(i);
            }

            open[level] = i;
            _levelCounts[level]++;
        }

        for (var l = 1; l <= 4; l++)
        {
            if (open[l] >= 0)
            {
                _subtreeEnd[open[l]] = n;
            }
        }

        // Open-addressing hash index from code value to position: a power-of-two table at most about 70% full,
        // key and position side by side so that a lookup touches one cache line.
        var bits = 4;
        while ((1 << bits) < n + (n / 2))
        {
            bits++;
        }

        _slots = new Slot[1 << bits];
        _slotShift = 64 - bits;
        var mask = _slots.Length - 1;
        for (var i = 0; i < n; i++)
        {
            var slot = SlotOf(codes[i]);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = new Slot(codes[i]);
        }

        _provinces = [.. provinces.Select(RegionAt)];
        _retired = retired.ToDictionary(r => r.Code.Value);
        _aliases = aliases;
        _all = new RegionList(this);
        _nameIndex = new Lazy<RegionNameIndex>(() => new RegionNameIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The catalogue of Kepmendagri 300.2.2-2138/2025, embedded in the assembly. Loaded on first use, once.
    /// </summary>
    public static RegionCatalog Default => DefaultCatalog.Value;

    /// <summary>The edition of the list, e.g. <c>Kepmendagri 300.2.2-2138/2025</c>.</summary>
    public string Edition { get; }

    /// <summary>Where the data comes from (dataset, commit and licence).</summary>
    public string Source { get; }

    /// <summary>The source of the population and area figures.</summary>
    public string PopulationSource { get; }

    /// <summary>The number of regions at every level together (91,599 in the default catalogue).</summary>
    public int Count => _regions.Length;

    /// <summary>Every region in code order: each region comes right before its descendants.</summary>
    public IReadOnlyList<Region> All => _all;

    /// <summary>The provinces in code order.</summary>
    public IReadOnlyList<Region> Provinces => _provinces;

    /// <summary>The codes retired since the previous edition, with their old names.</summary>
    public IReadOnlyCollection<RetiredRegion> Retired => _retired.Values;

    /// <summary>The number of regions at a level.</summary>
    /// <param name="level">The level.</param>
    public int CountAt(RegionLevel level) => level is >= RegionLevel.Provinsi and <= RegionLevel.DesaKelurahan ? _levelCounts[(int)level] : 0;

    /// <summary>Every region at a level, in code order.</summary>
    /// <param name="level">The level.</param>
    public IEnumerable<Region> AtLevel(RegionLevel level)
    {
        for (var i = 0; i < _codes.Length; i++)
        {
            if (RegionCode.FromValue(_codes[i]).Level == level)
            {
                yield return RegionAt(i);
            }
        }
    }

    /// <summary>Whether a region with this code is in the catalogue.</summary>
    /// <param name="code">The code.</param>
    public bool Contains(RegionCode code)
    {
        var value = code.Value;
        if (value == 0)
        {
            return false;
        }

        var mask = _slots.Length - 1;
        for (var slot = SlotOf(value); ; slot = (slot + 1) & mask)
        {
            var key = _slots[slot].Key;
            if (key == value)
            {
                return true;
            }

            if (key == 0)
            {
                return false;
            }
        }
    }

    /// <summary>Finds a region by code. Allocates nothing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="region">The region, when found.</param>
    /// <returns><see langword="false"/> when the code (well-formed by construction) is not in this catalogue.</returns>
    public bool TryGet(RegionCode code, [NotNullWhen(true)] out Region? region)
    {
        region = FindCore(code.Value);
        return region is not null;
    }

    /// <summary>Finds a region by code, or <see langword="null"/>.</summary>
    /// <param name="code">The code.</param>
    public Region? Find(RegionCode code) => FindCore(code.Value);

    private Region? FindCore(long value)
    {
        if (value == 0)
        {
            return null;
        }

        var slots = _slots;
        var mask = slots.Length - 1;
        var slot = SlotOf(value);
        while (true)
        {
            ref var entry = ref slots[slot];
            if (entry.Key == value)
            {
                return Volatile.Read(ref entry.Region) ?? Materialize(ref entry);
            }

            if (entry.Key == 0)
            {
                return null;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The region with a code.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="KeyNotFoundException">The code is not in the catalogue; the message says whether it was retired.</exception>
    public Region this[RegionCode code] =>
        Find(code) ?? throw new KeyNotFoundException(DescribeMissing(code, PilkadaLanguage.English));

    /// <summary>The region with a code given as text.</summary>
    /// <param name="code">The code, in any form <see cref="RegionCode.Parse(string)"/> accepts.</param>
    /// <exception cref="RegionCodeFormatException">The text is not a well-formed code.</exception>
    /// <exception cref="KeyNotFoundException">The code is well-formed but not in the catalogue.</exception>
    public Region this[string code] => this[RegionCode.Parse(code, CultureInfo.InvariantCulture)];

    /// <summary>A retired code (in the previous edition, not in this one), or <see langword="null"/>.</summary>
    /// <param name="code">The code.</param>
    public RetiredRegion? FindRetired(RegionCode code) => _retired.TryGetValue(code.Value, out var retired) ? retired : null;

    /// <summary>
    /// Reads a code and looks it up, telling apart the three outcomes: found, well-formed but not in the catalogue
    /// (possibly retired), and malformed.
    /// </summary>
    /// <param name="text">The code as text.</param>
    public RegionLookup Lookup(string? text)
    {
        if (!RegionCode.TryParse(text.AsSpan(), out var code, out var error))
        {
            return new RegionLookup(RegionLookupStatus.Malformed, default, null, null, error);
        }

        if (TryGet(code, out var region))
        {
            return new RegionLookup(RegionLookupStatus.Found, code, region, null, default);
        }

        var retired = FindRetired(code);
        return new RegionLookup(retired is null ? RegionLookupStatus.NotInCatalog : RegionLookupStatus.Retired, code, null, retired, default);
    }

    /// <summary>
    /// Finds regions by name the way a person types it: case-, accent-, punctuation- and space-insensitive
    /// ("Pangkal Pinang" = "Pangkalpinang"), tolerant of kind prefixes ("Kab.", "Kabupaten", "Kota", "Kec.", "Desa")
    /// and of common province abbreviations ("NTB", "DIY"). Exact matches come first, then prefixes, then
    /// matches anywhere in the name; within each, higher levels first, then code order.
    /// </summary>
    /// <param name="query">The name or part of it.</param>
    /// <param name="options">Filters (level, containing region) and the result limit.</param>
    /// <returns>Every candidate up to the limit; an ambiguous name returns all of its regions.</returns>
    public IReadOnlyList<RegionMatch> Search(string query, RegionSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _nameIndex.Value.Search(query, options ?? RegionSearchOptions.Default);
    }

    /// <summary>
    /// Resolves what a person typed — a code or a name — to one region, or to the candidates when the text is
    /// ambiguous. A code is looked up; a name is searched and resolved when exactly one region matches it exactly.
    /// </summary>
    /// <param name="codeOrName">A code (<c>52.72</c>) or a name (<c>Kota Bima</c>).</param>
    public RegionResolution Resolve(string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        var trimmed = codeOrName.Trim();
        if (trimmed.Length > 0 && LooksLikeCode(trimmed))
        {
            var lookup = Lookup(trimmed);
            return lookup.Status == RegionLookupStatus.Found
                ? new RegionResolution(lookup, [new RegionMatch(lookup.Region!, RegionMatchKind.Exact)])
                : new RegionResolution(lookup, []);
        }

        var matches = Search(trimmed, RegionSearchOptions.Default with { Limit = 50 });
        var exact = matches.Where(m => m.Kind == RegionMatchKind.Exact).ToList();
        if (exact.Count == 1)
        {
            var region = exact[0].Region;
            return new RegionResolution(new RegionLookup(RegionLookupStatus.Found, region.Code, region, null, default), exact);
        }

        return new RegionResolution(new RegionLookup(RegionLookupStatus.NotInCatalog, default, null, null, default), exact.Count > 1 ? exact : matches);
    }

    /// <summary>
    /// Creates a catalogue from records, e.g. a newer edition or a test fixture. The records may come in any
    /// order; every region's parent must be present.
    /// </summary>
    /// <param name="edition">The edition name.</param>
    /// <param name="records">The regions.</param>
    /// <exception cref="ArgumentException">A code appears twice, a parent is missing, or a name is empty.</exception>
    public static RegionCatalog Create(string edition, IEnumerable<RegionRecord> records)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(edition);
        ArgumentNullException.ThrowIfNull(records);
        var sorted = records.OrderBy(r => r.Code).ToList();
        var codes = new long[sorted.Count];
        var nameStart = new int[sorted.Count];
        var nameLength = new byte[sorted.Count];
        var blob = new MemoryStream();
        var population = new Dictionary<long, RegionPopulation>();
        var area = new Dictionary<long, double>();
        for (var i = 0; i < sorted.Count; i++)
        {
            var record = sorted[i];
            if (record.Code.IsEmpty)
            {
                throw new ArgumentException("A region record has the empty code.", nameof(records));
            }

            if (string.IsNullOrWhiteSpace(record.Name))
            {
                throw new ArgumentException($"The region {record.Code} has no name.", nameof(records));
            }

            if (i > 0 && sorted[i - 1].Code == record.Code)
            {
                throw new ArgumentException($"The region code {record.Code} appears twice.", nameof(records));
            }

            var bytes = System.Text.Encoding.UTF8.GetBytes(record.Name);
            if (bytes.Length > byte.MaxValue)
            {
                throw new ArgumentException($"The name of region {record.Code} is longer than 255 bytes.", nameof(records));
            }

            codes[i] = record.Code.Value;
            nameStart[i] = (int)blob.Position;
            nameLength[i] = (byte)bytes.Length;
            blob.Write(bytes);
            if (record.Population is { } p)
            {
                population[record.Code.Value] = p;
            }

            if (record.AreaSquareKilometres is { } a)
            {
                area[record.Code.Value] = a;
            }
        }

        try
        {
            return new RegionCatalog(edition, "user-supplied records", "user-supplied records", codes, blob.ToArray(), nameStart, nameLength, population, area, [], []);
        }
        catch (InvalidDataException ex)
        {
            throw new ArgumentException(ex.Message, nameof(records), ex);
        }
    }

    /// <summary>Loads a fresh, independent copy of the embedded catalogue (for cold-start measurements).</summary>
    internal static RegionCatalog LoadEmbedded()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Load(bytes);
    }

    /// <summary>The raw embedded data (for the checksum test and the regeneration check).</summary>
    internal static byte[] ReadEmbeddedBytes()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    internal static RegionCatalog Load(byte[] data)
    {
        var reader = new RegionDataFormat.Reader(data);
        reader.ExpectHeader();
        var edition = reader.ReadString();
        var source = reader.ReadString();
        var populationSource = reader.ReadString();
        var retiredEdition = reader.ReadString();

        var count = (int)reader.ReadVarInt();
        var codes = new long[count];
        var nameStart = new int[count];
        var nameLength = new byte[count];
        long code = 0;
        for (var i = 0; i < count; i++)
        {
            code += reader.ReadVarInt();
            codes[i] = code;
            var (start, length) = reader.SkipString();
            nameStart[i] = start;
            nameLength[i] = checked((byte)length);
        }

        var populationCount = (int)reader.ReadVarInt();
        var population = new Dictionary<long, RegionPopulation>(populationCount);
        code = 0;
        for (var i = 0; i < populationCount; i++)
        {
            code += reader.ReadVarInt();
            population[code] = new RegionPopulation(reader.ReadVarInt(), reader.ReadVarInt(), reader.ReadVarInt());
        }

        var areaCount = (int)reader.ReadVarInt();
        var area = new Dictionary<long, double>(areaCount);
        code = 0;
        for (var i = 0; i < areaCount; i++)
        {
            code += reader.ReadVarInt();
            area[code] = reader.ReadVarInt() / 1_000_000.0;
        }

        var retiredCount = (int)reader.ReadVarInt();
        var retired = new RetiredRegion[retiredCount];
        code = 0;
        for (var i = 0; i < retiredCount; i++)
        {
            code += reader.ReadVarInt();
            retired[i] = new RetiredRegion(RegionCode.FromValue(code), reader.ReadString(), retiredEdition);
        }

        var aliasCount = (int)reader.ReadVarInt();
        var aliases = new (long, string)[aliasCount];
        for (var i = 0; i < aliasCount; i++)
        {
            aliases[i] = (reader.ReadVarInt(), reader.ReadString());
        }

        if (!reader.AtEnd)
        {
            throw new InvalidDataException("The embedded region data has trailing bytes.");
        }

        return new RegionCatalog(edition, source, populationSource, codes, data, nameStart, nameLength, population, area, retired, aliases);
    }

    internal (long Code, string Alias)[] Aliases => _aliases;

    internal long CodeValueAt(int index) => _codes[index];

    internal Region? ParentOf(int index) => _parent[index] < 0 ? null : RegionAt(_parent[index]);

    internal Region ProvinceOf(int index)
    {
        while (_parent[index] >= 0)
        {
            index = _parent[index];
        }

        return RegionAt(index);
    }

    internal IReadOnlyList<Region> ChildrenOf(int index)
    {
        var end = _subtreeEnd[index];
        var list = new List<Region>();
        for (var j = index + 1; j < end; j = _subtreeEnd[j])
        {
            list.Add(RegionAt(j));
        }

        return list;
    }

    internal IReadOnlyList<Region> DescendantsOf(int index, RegionLevel level)
    {
        var list = new List<Region>();
        var end = _subtreeEnd[index];
        for (var j = index + 1; j < end; j++)
        {
            if (RegionCode.FromValue(_codes[j]).Level == level)
            {
                list.Add(RegionAt(j));
            }
        }

        return list;
    }

    internal int CountDescendantsOf(int index, RegionLevel level)
    {
        var count = 0;
        var end = _subtreeEnd[index];
        for (var j = index + 1; j < end; j++)
        {
            if (RegionCode.FromValue(_codes[j]).Level == level)
            {
                count++;
            }
        }

        return count;
    }

    internal int SubtreeEnd(int index) => _subtreeEnd[index];

    internal int IndexOf(long value)
    {
        var index = Array.BinarySearch(_codes, value);
        return index < 0 ? -1 : index;
    }

    private Region Materialize(ref Slot entry)
    {
        var region = RegionAt(Array.BinarySearch(_codes, entry.Key));
        Volatile.Write(ref entry.Region, region);
        return region;
    }

    /// <summary>The region at a position, created on first use; every caller gets the same instance.</summary>
    internal Region RegionAt(int index)
    {
        var region = Volatile.Read(ref _regions[index]);
        if (region is not null)
        {
            return region;
        }

        var code = RegionCode.FromValue(_codes[index]);
        var name = NameAt(index);
        RegionPopulation? people = _population.TryGetValue(_codes[index], out var p) ? p : null;
        double? km2 = _area.TryGetValue(_codes[index], out var a) ? a : null;
        region = new Region(this, index, code, name, KindOf(code, name), people, km2);
        return Interlocked.CompareExchange(ref _regions[index], region, null) ?? region;
    }

    /// <summary>The name at a position, decoded from the UTF-8 data (not cached).</summary>
    internal string NameAt(int index) => System.Text.Encoding.UTF8.GetString(_nameBytes, _nameStart[index], _nameLength[index]);

    /// <summary>The kind at a position without creating the region.</summary>
    internal RegionKind KindAt(int index)
    {
        var code = RegionCode.FromValue(_codes[index]);
        return code.Level == RegionLevel.KabupatenKota ? KindOf(code, NameAt(index)) : KindOf(code, string.Empty);
    }

    internal string DescribeMissing(RegionCode code, PilkadaLanguage language)
    {
        var retired = FindRetired(code);
        return retired is null
            ? PilkadaMessages.Format("RegionCatalog.NotFound", language, new MessageArgument("code", code.ToString()), new MessageArgument("edition", Edition))
            : PilkadaMessages.Format("RegionCatalog.Retired", language, new MessageArgument("code", code.ToString()), new MessageArgument("edition", Edition),
                new MessageArgument("name", retired.Name), new MessageArgument("oldEdition", retired.LastEdition));
    }

    private int SlotOf(long value) => (int)((ulong)value * 0x9E3779B97F4A7C15UL >> _slotShift);

    /// <summary>A hash slot, 16 bytes: the code and, once created, its region (a lookup touches one cache line).</summary>
    private struct Slot(long key)
    {
        public readonly long Key = key;
        public Region? Region;
    }

    /// <summary>The regions in code order, created as they are read.</summary>
    private sealed class RegionList(RegionCatalog catalog) : IReadOnlyList<Region>
    {
        public int Count => catalog._codes.Length;

        public Region this[int index] => (uint)index < (uint)catalog._codes.Length
            ? catalog.RegionAt(index)
            : throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the catalogue.");

        public IEnumerator<Region> GetEnumerator()
        {
            for (var i = 0; i < catalog._codes.Length; i++)
            {
                yield return catalog.RegionAt(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    // A text that starts with a digit is meant as a code (and reported as malformed if it is not one).
    private static bool LooksLikeCode(string text) => char.IsAsciiDigit(text[0]);

    private static RegionKind KindOf(RegionCode code, string name) => code.Level switch
    {
        RegionLevel.Provinsi => RegionKind.Provinsi,
        RegionLevel.KabupatenKota when name.StartsWith("Kabupaten Administrasi", StringComparison.OrdinalIgnoreCase) => RegionKind.KabupatenAdministrasi,
        RegionLevel.KabupatenKota when name.StartsWith("Kota Administrasi", StringComparison.OrdinalIgnoreCase) => RegionKind.KotaAdministrasi,
        RegionLevel.KabupatenKota => code.IsKota ? RegionKind.Kota : RegionKind.Kabupaten,
        RegionLevel.Kecamatan => code.ProvinceNumber is >= 91 and <= 96 ? RegionKind.Distrik : RegionKind.Kecamatan,
        RegionLevel.DesaKelurahan => (code.VillageNumber / 1000) switch
        {
            1 => RegionKind.Kelurahan,
            3 => RegionKind.DesaAdat,
            _ => RegionKind.Desa,
        },
        _ => RegionKind.None,
    };
}

/// <summary>A region given to <see cref="RegionCatalog.Create"/>.</summary>
/// <param name="Code">The code.</param>
/// <param name="Name">The name.</param>
/// <param name="Population">The population, if known.</param>
/// <param name="AreaSquareKilometres">The area in km², if known.</param>
public sealed record RegionRecord(RegionCode Code, string Name, RegionPopulation? Population = null, double? AreaSquareKilometres = null);

/// <summary>
/// Kode wilayah yang tidak berlaku lagi: a code that was in the previous edition of the list and is not in the
/// current one (for instance kabupaten of Papua Barat that moved to Papua Barat Daya).
/// </summary>
/// <param name="Code">The retired code.</param>
/// <param name="Name">The name in the previous edition, as written there.</param>
/// <param name="LastEdition">The last edition that listed the code.</param>
public sealed record RetiredRegion(RegionCode Code, string Name, string LastEdition);

/// <summary>The outcome of <see cref="RegionCatalog.Lookup(string)"/>.</summary>
public enum RegionLookupStatus
{
    /// <summary>The code is in the catalogue.</summary>
    Found = 0,

    /// <summary>The code is well-formed but not in the catalogue.</summary>
    NotInCatalog = 1,

    /// <summary>The code is well-formed, not in the catalogue, but was in the previous edition.</summary>
    Retired = 2,

    /// <summary>The text is not a well-formed code.</summary>
    Malformed = 3,
}

/// <summary>The result of looking up a code given as text.</summary>
/// <param name="Status">Which of the outcomes it is.</param>
/// <param name="Code">The parsed code (empty when malformed).</param>
/// <param name="Region">The region when found.</param>
/// <param name="RetiredRegion">The retired entry when <see cref="RegionLookupStatus.Retired"/>.</param>
/// <param name="ParseError">Why the text is malformed, when it is.</param>
public readonly record struct RegionLookup(
    RegionLookupStatus Status,
    RegionCode Code,
    Region? Region,
    RetiredRegion? RetiredRegion,
    ParseError<RegionCodeError> ParseError);

/// <summary>The result of <see cref="RegionCatalog.Resolve(string)"/>: one region, or the candidates.</summary>
/// <param name="Lookup">The lookup outcome; <see cref="RegionLookupStatus.Found"/> when one region was resolved.</param>
/// <param name="Candidates">The matching regions: the one found, or every candidate when the text is ambiguous.</param>
public sealed record RegionResolution(RegionLookup Lookup, IReadOnlyList<RegionMatch> Candidates)
{
    /// <summary>The resolved region, or <see langword="null"/> when not found or ambiguous.</summary>
    public Region? Region => Lookup.Region;

    /// <summary>Whether several regions match the text equally well.</summary>
    public bool IsAmbiguous => Lookup.Status != RegionLookupStatus.Found && Candidates.Count > 1 && Candidates.All(c => c.Kind == RegionMatchKind.Exact);
}
