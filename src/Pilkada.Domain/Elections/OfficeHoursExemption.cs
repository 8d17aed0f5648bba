using Pilkada.Domain.Calendars;
using System.Text.Json.Serialization;
using NodaTime;

namespace Pilkada.Domain.Elections;

/// <summary>
/// A period when Bawaslu's office hours for receiving reports (Mon–Thu 08.00–16.00, Fri 08.00–16.30 waktu setempat,
/// Perbawaslu 9/2024 Pasal 5 ayat (2) huruf a) do not apply: the masa tenang, voting and counting, and the
/// recapitulation (Pasal 5 ayat (2) huruf b). A plain range of local dates, both ends inclusive, with the stage it
/// comes from.
/// </summary>
/// <remarks>
/// <para>
/// What the exemption means is disputed (LEGAL-VERIFICATION §4): regional Bawaslu offices read it as 24-hour
/// service (Bawaslu Bantaeng, Bawaslu Kota Batu), one as a 1×24-hour filing limit (Ketua Bawaslu Sultra). A
/// Perbawaslu cannot shorten the statutory 7 days of UU 10/2016 Pasal 134 ayat (4), so the service-hours reading is
/// the more plausible one. This type only says <em>when</em>; how a calendar uses it is up to the caller.
/// </para>
/// <para>
/// Perbawaslu 9/2024 was set on 30 September 2024 (Berita Negara 2024 No. 636); periods before that day are not
/// exempt, so the ranges start no earlier than <see cref="AppliesFrom"/>.
/// </para>
/// </remarks>
/// <param name="Start">The first day, inclusive.</param>
/// <param name="End">The last day, inclusive.</param>
/// <param name="StageId">The id of the stage, e.g. <c>masa-tenang</c>.</param>
/// <param name="StageKind">The kind of the stage.</param>
/// <param name="Name">The stage's Indonesian name (the reason).</param>
/// <param name="EnglishName">The stage's English name.</param>
[JsonConverter(typeof(OfficeHoursExemptionJsonConverter))]
public sealed record OfficeHoursExemption(
    LocalDate Start,
    LocalDate End,
    string StageId,
    StageKind StageKind,
    string Name,
    string EnglishName)
{
    /// <summary>
    /// The same period as a <see cref="ServicePeriod"/> for <see cref="OfficeHoursCalendar"/> (Perbawaslu 9/2024
    /// Pasal 5 ayat (2) huruf b): masa tenang, pemungutan dan penghitungan suara, or rekapitulasi.
    /// </summary>
    public ServicePeriod ToServicePeriod() => new(Start, End, StageKind switch
    {
        StageKind.MasaTenang => ServicePeriodReason.MasaTenang,
        StageKind.PemungutanSuara => ServicePeriodReason.PemungutanDanPenghitunganSuara,
        StageKind.PenghitunganDanRekapitulasi or StageKind.PenyerahanHasilTps or StageKind.RekapitulasiKecamatan
            or StageKind.RekapitulasiKabupatenKota or StageKind.RekapitulasiProvinsi => ServicePeriodReason.Rekapitulasi,
        _ => ServicePeriodReason.Other,
    });

    private readonly LocalDate _start = Start;
    private readonly LocalDate _end = Checked(Start, End, StageId);

    /// <summary>The first day, inclusive; never after <see cref="End"/>.</summary>
    /// <exception cref="ElectionArgumentException">The period would end before it starts.</exception>
    public LocalDate Start
    {
        get => _start;
        init
        {
            _ = Checked(value, _end, StageId);
            _start = value;
        }
    }

    /// <summary>The last day, inclusive; never before <see cref="Start"/>.</summary>
    /// <exception cref="ElectionArgumentException">The period would end before it starts.</exception>
    public LocalDate End
    {
        get => _end;
        init => _end = Checked(_start, value, StageId);
    }

    /// <summary>How well the stage's dates are sourced (the 2025 re-run's masa tenang, for one, is derived, not stated).</summary>
    public SourceConfidence Confidence { get; init; }

    /// <summary>The rule: Perbawaslu 9/2024 Pasal 5 ayat (2) huruf b.</summary>
    public static LegalReference LegalBasis { get; } = new(
        "Perbawaslu 9/2024",
        "Pasal 5 ayat (2) huruf b",
        "The office hours of huruf a do not apply during masa tenang, pemungutan dan penghitungan suara, and rekapitulasi; read as 24-hour service by Bawaslu Bantaeng and Bawaslu Kota Batu, as a 1x24-hour filing limit by Ketua Bawaslu Sultra (disputed; LEGAL-VERIFICATION §4).");

    /// <summary>The day Perbawaslu 9/2024 was set (ditetapkan), 30 September 2024; earlier days are never exempt.</summary>
    public static LocalDate AppliesFrom { get; } = new(2024, 9, 30);

    /// <summary>The kinds of stage during which the office hours do not apply.</summary>
    public static IReadOnlyList<StageKind> ExemptKinds { get; } =
    [
        StageKind.MasaTenang,
        StageKind.PemungutanSuara,
        StageKind.PenghitunganDanRekapitulasi,
        StageKind.PenyerahanHasilTps,
        StageKind.RekapitulasiKecamatan,
        StageKind.RekapitulasiKabupatenKota,
        StageKind.RekapitulasiProvinsi,
    ];

    /// <summary>The dates as a NodaTime interval, both ends inclusive.</summary>
    [JsonIgnore]
    public DateInterval Dates => new(Start, End);

    /// <summary>Whether a date is in the period.</summary>
    /// <param name="date">The local date.</param>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    private static LocalDate Checked(LocalDate start, LocalDate end, string stageId) =>
        end >= start
            ? end
            : throw new ElectionArgumentException("Schedule.EndBeforeStart", nameof(End),
                new MessageArgument("stage", stageId), new MessageArgument("start", start), new MessageArgument("end", end));

    /// <summary>Whether stages of a kind suspend the office hours.</summary>
    /// <param name="kind">The kind of stage.</param>
    public static bool Suspends(StageKind kind) => kind is StageKind.MasaTenang or StageKind.PemungutanSuara
        or StageKind.PenghitunganDanRekapitulasi or StageKind.PenyerahanHasilTps or StageKind.RekapitulasiKecamatan
        or StageKind.RekapitulasiKabupatenKota or StageKind.RekapitulasiProvinsi;
}
