using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// Hari libur (non-working day): a date that an official instrument made a non-working day — a hari libur nasional,
/// a cuti bersama, a polling day declared a holiday, or (added by users) a regional holiday — with its names, legal
/// basis, source and confidence.
/// </summary>
/// <remarks>
/// <para>
/// The embedded entries come from <c>data/holidays/id-holidays.csv</c> (see <see cref="NonWorkingDayTable.Default"/>).
/// Users add their own with <see cref="NonWorkingDayTable.With(NonWorkingDay)"/>: a later SKB amendment, a local
/// re-vote holiday, a regional holiday (set <see cref="Region"/>).
/// </para>
/// <para>Instances are immutable. Two entries are equal when every property is equal.</para>
/// </remarks>
[JsonConverter(typeof(NonWorkingDayJsonConverter))]
public sealed record NonWorkingDay
{
    /// <summary>Creates an entry, checking every argument.</summary>
    /// <param name="date">The date (ISO calendar), the same national date in WIB, WITA and WIT.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">Nama (the Indonesian name, as in the instrument), e.g. <c>Hari Raya Idul Fitri 1445 Hijriah (hari pertama)</c>.</param>
    /// <param name="englishName">The English name, e.g. <c>Eid al-Fitr (day 1)</c>.</param>
    /// <param name="legalBasis">Dasar hukum: the instrument that made the date a non-working day.</param>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar, the kind is not defined, or a name is empty.</exception>
    /// <exception cref="ArgumentNullException">A name or the legal basis is <see langword="null"/>.</exception>
    public NonWorkingDay(LocalDate date, NonWorkingDayKind kind, string name, string englishName, LegalReference legalBasis)
    {
        CalendarChecks.RequireIso(date, nameof(date));
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The kind {(int)kind} is not a NonWorkingDayKind (1 national holiday, 2 collective leave, 3 election day, 4 regional holiday)."), nameof(kind));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        ArgumentNullException.ThrowIfNull(legalBasis);
        Date = date;
        Kind = kind;
        Name = name;
        EnglishName = englishName;
        LegalBasis = legalBasis;
    }

    /// <summary>Tanggal (the date).</summary>
    public LocalDate Date { get; }

    /// <summary>Jenis (the kind): national holiday, collective leave, election day or regional holiday.</summary>
    public NonWorkingDayKind Kind { get; }

    /// <summary>Nama (the Indonesian name as printed in the instrument or the press reports of it).</summary>
    public string Name { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>
    /// Dasar hukum (legal basis): the instrument, e.g. <c>SKB Menag/Menaker/MenPANRB No 855/2023, 3/2023, 4/2023 (12 Sep 2023)</c>
    /// or <c>Keppres 33/2024 (21 Nov 2024)</c>; for a cuti bersama the note names the Keppres that applies it to ASN.
    /// </summary>
    public LegalReference LegalBasis { get; }

    /// <summary>One public page that lists the date, or <see langword="null"/>.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>How well the date is sourced. Every embedded row is <see cref="SourceConfidence.Confirmed"/> (two sources).</summary>
    public SourceConfidence Confidence { get; init; } = SourceConfidence.Confirmed;

    /// <summary>
    /// The region the day applies to: the empty code (the default) for a nationwide day; a province or
    /// kabupaten/kota code for a regional holiday, which applies to that region and every region inside it.
    /// </summary>
    public RegionCode Region { get; init; }

    /// <summary>Whether the day applies nationwide (<see cref="Region"/> is the empty code).</summary>
    public bool IsNationwide => Region.IsEmpty;

    /// <summary>The name in a language: <see cref="Name"/> in Bahasa Indonesia, <see cref="EnglishName"/> in English.</summary>
    /// <param name="language">The language.</param>
    public string NameIn(PilkadaLanguage language) => language == PilkadaLanguage.Indonesian ? Name : EnglishName;

    /// <summary>Whether the day applies in a region: nationwide days apply everywhere, regional days inside their region.</summary>
    /// <param name="region">The region, or the empty code for "nationwide only".</param>
    public bool AppliesIn(RegionCode region) => Region.IsEmpty || (!region.IsEmpty && region.IsWithin(Region));

    /// <summary>The date, the kind and the English name, e.g. <c>2024-04-10 NationalHoliday: Eid al-Fitr (day 1)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Date:uuuu'-'MM'-'dd} {Kind}{(Region.IsEmpty ? string.Empty : " in " + Region)}: {EnglishName}");
}
