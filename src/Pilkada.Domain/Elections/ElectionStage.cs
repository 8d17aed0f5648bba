using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Tahapan (election stage): a named period of an election's schedule — <c>kampanye</c> from 25 September to
/// 23 November 2024, <c>masa-tenang</c> from 24 to 26 November 2024 — with its legal source and how well its dates are
/// sourced.
/// </summary>
/// <remarks>
/// <para>
/// Dates are local calendar dates and both ends are inclusive: a stage is in force on every date from
/// <see cref="Start"/> to <see cref="End"/>, in each region's own time zone (waktu setempat). A stage may lack one or both
/// dates when the source gives none (PKPU 2/2024 gives only an end for the planning stages, and leaves the forming of
/// Bawaslu's ad hoc bodies to Bawaslu); <see cref="DateText"/> then says what the source says, and the stage is never
/// reported as in force. Dates are kept as data with their <see cref="Confidence"/>; none is invented.
/// </para>
/// <para>
/// A stage is immutable. The constructor and the <c>init</c> properties check it: the id is a stable slug, both names
/// are given, the end is not before the start, and <see cref="AppliesTo"/> names provinces or kabupaten/kota.
/// </para>
/// </remarks>
[JsonConverter(typeof(ElectionStageJsonConverter))]
public sealed class ElectionStage
{
    /// <summary>The longest stage id, in characters.</summary>
    public const int MaxIdLength = 64;

    private readonly IReadOnlyList<RegionCode> _appliesTo = [];
    private readonly IReadOnlyList<string> _sourceUrls = [];

    /// <summary>Creates a stage.</summary>
    /// <param name="id">The stable id within its schedule, e.g. <c>masa-tenang</c>: lowercase letters, digits and single hyphens, starting with a letter.</param>
    /// <param name="kind">The kind of stage.</param>
    /// <param name="phase">The phase it belongs to.</param>
    /// <param name="name">The Indonesian name, e.g. <c>Masa tenang</c>.</param>
    /// <param name="englishName">The English name, e.g. <c>Quiet period</c>.</param>
    /// <param name="start">The first day (inclusive), or <see langword="null"/> when the source gives none.</param>
    /// <param name="end">The last day (inclusive), or <see langword="null"/> when the source gives none.</param>
    /// <param name="source">The legal source, e.g. <c>PKPU 2/2024</c>.</param>
    /// <exception cref="ElectionArgumentException">The id is not a valid slug, a name is blank, or the end is before the start.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public ElectionStage(
        string id,
        StageKind kind,
        StagePhase phase,
        string name,
        string englishName,
        LocalDate? start,
        LocalDate? end,
        LegalReference source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!IsValidId(id))
        {
            throw new ElectionArgumentException("Schedule.InvalidStageId", nameof(id), new MessageArgument("stage", id ?? string.Empty));
        }

        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(englishName))
        {
            throw new ElectionArgumentException("Schedule.EmptyName", string.IsNullOrWhiteSpace(name) ? nameof(name) : nameof(englishName), new MessageArgument("stage", id));
        }

        if (start is { } s && end is { } e && e < s)
        {
            throw new ElectionArgumentException("Schedule.EndBeforeStart", nameof(end),
                new MessageArgument("stage", id), new MessageArgument("start", s), new MessageArgument("end", e));
        }

        Id = id;
        Kind = kind;
        Phase = phase;
        Name = name.Trim();
        EnglishName = englishName.Trim();
        Start = start;
        End = end;
        Source = source;
    }

    /// <summary>The stable id within its schedule, e.g. <c>kampanye</c>.</summary>
    public string Id { get; }

    /// <summary>Jenis tahapan (kind).</summary>
    public StageKind Kind { get; }

    /// <summary>Kelompok tahapan (phase): persiapan, penyelenggaraan, perselisihan hasil, pelantikan.</summary>
    public StagePhase Phase { get; }

    /// <summary>Nama tahapan (the Indonesian name).</summary>
    public string Name { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>The first day, inclusive, or <see langword="null"/> when the source gives none.</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day, inclusive, or <see langword="null"/> when the source gives none.</summary>
    public LocalDate? End { get; }

    /// <summary>Dasar hukum (legal source) of the stage and its dates.</summary>
    public LegalReference Source { get; }

    /// <summary>
    /// What the source says about the dates when they are missing or loose, e.g. <c>Januari 2025</c>,
    /// <c>sesuai ketetapan Bawaslu</c> or <c>paling lambat 3 hari kerja sejak …</c>.
    /// </summary>
    public string? DateText { get; init; }

    /// <summary>How well the stage's dates are sourced.</summary>
    public SourceConfidence Confidence { get; init; }

    /// <summary>Remarks: uncertainty, conflicting sources, local variation, times of day (e.g. masa tenang from 00:00 local time).</summary>
    public string? Note { get; init; }

    /// <summary>The reports the dates come from, the main one first.</summary>
    public IReadOnlyList<string> SourceUrls
    {
        get => _sourceUrls;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _sourceUrls = [.. value];
        }
    }

    /// <summary>
    /// The regions the stage is limited to (e.g. one kabupaten's plenary in a two-region re-run), or empty when it
    /// applies wherever the election is held.
    /// </summary>
    /// <exception cref="ElectionArgumentException">A code is empty or below kabupaten/kota level.</exception>
    public IReadOnlyList<RegionCode> AppliesTo
    {
        get => _appliesTo;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var code in value)
            {
                if (code.Level is not (RegionLevel.Provinsi or RegionLevel.KabupatenKota))
                {
                    throw new ElectionArgumentException("Schedule.InvalidAppliesTo", nameof(AppliesTo),
                        new MessageArgument("stage", Id), new MessageArgument("value", code.ToString()));
                }
            }

            _appliesTo = [.. value];
        }
    }

    /// <summary>Whether both dates are known, so that the stage can be in force.</summary>
    public bool IsDated => Start.HasValue && End.HasValue;

    /// <summary>The dates as a NodaTime interval (both ends inclusive), or <see langword="null"/> when a date is missing.</summary>
    public DateInterval? Dates => Start is { } s && End is { } e ? new DateInterval(s, e) : null;

    /// <summary>The number of days, or <see langword="null"/> when a date is missing.</summary>
    public int? LengthInDays => Start is { } s && End is { } e ? Period.DaysBetween(s, e) + 1 : null;

    /// <summary>Whether the stage is in force on a local date: both dates known and <c>Start ≤ date ≤ End</c>.</summary>
    /// <param name="date">The date in the region's own time zone.</param>
    public bool IsInForceOn(LocalDate date) => Start is { } s && End is { } e && date >= s && date <= e;

    /// <summary>
    /// Whether the stage applies in a region: always when <see cref="AppliesTo"/> is empty; otherwise when the region
    /// lies within one of the listed regions or contains one of them (a province contains its kabupaten's stages).
    /// </summary>
    /// <param name="region">Any region code.</param>
    public bool AppliesIn(RegionCode region)
    {
        if (_appliesTo.Count == 0)
        {
            return true;
        }

        foreach (var code in _appliesTo)
        {
            if (region.IsWithin(code) || code.IsWithin(region))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether Bawaslu's office hours for receiving reports do not apply during this stage: masa tenang, voting,
    /// counting and the recapitulation (Perbawaslu 9/2024 Pasal 5 ayat (2) huruf b). See <see cref="OfficeHoursExemption"/>.
    /// </summary>
    public bool SuspendsOfficeHours => OfficeHoursExemption.Suspends(Kind);

    /// <summary>The name in a language.</summary>
    /// <param name="language">The language.</param>
    public string GetName(PilkadaLanguage language) => language == PilkadaLanguage.Indonesian ? Name : EnglishName;

    /// <summary>The dates in words: <c>25 September 2024 – 23 November 2024</c>, one date for a one-day stage, or the date text.</summary>
    /// <param name="language">The language of the month names.</param>
    public string DescribeDates(PilkadaLanguage language)
    {
        string Date(LocalDate d) => PilkadaMessages.FormatDate(d, language);
        return (Start, End) switch
        {
            ({ } s, { } e) when s == e => Date(s),
            ({ } s, { } e) => Date(s) + " – " + Date(e),
            (null, { } e) => (language == PilkadaLanguage.Indonesian ? "hingga " : "until ") + Date(e),
            ({ } s, null) => (language == PilkadaLanguage.Indonesian ? "mulai " : "from ") + Date(s),
            _ => DateText ?? (language == PilkadaLanguage.Indonesian ? "tanpa tanggal" : "no dates"),
        };
    }

    /// <summary>The id and the dates: <c>kampanye (2024-09-25 – 2024-11-23)</c>.</summary>
    public override string ToString()
    {
        static string Iso(LocalDate? d) => d?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "?";
        return $"{Id} ({Iso(Start)} – {Iso(End)})";
    }

    /// <summary>Whether a text is a valid stage id: 1–64 lowercase ASCII letters, digits and single hyphens, starting with a letter.</summary>
    /// <param name="id">The text.</param>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || id[0] is < 'a' or > 'z' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' || (c == '-' && id[i - 1] != '-')))
            {
                return false;
            }
        }

        return true;
    }
}
