using System.Globalization;
using System.Text;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Statistics;

/// <summary>A line of <see cref="BawasluSummary"/>. The values are stable.</summary>
public enum SummaryLine
{
    /// <summary>Diterima: laporan or temuan received.</summary>
    Received = 0,

    /// <summary>Diregister: registered.</summary>
    Registered = 1,

    /// <summary>Tidak diregister: not registered (requirements unmet), including withdrawn before registration.</summary>
    NotRegistered = 2,

    /// <summary>Dicabut: withdrawn before registration (already counted in <see cref="NotRegistered"/>).</summary>
    Withdrawn = 3,

    /// <summary>Belum diregister: received, registration not yet decided.</summary>
    NotYetRegistered = 4,

    /// <summary>Pelanggaran: registered and found a violation.</summary>
    Pelanggaran = 5,

    /// <summary>Bukan pelanggaran: registered and found not a violation, stopped (dihentikan) or classed as sengketa.</summary>
    BukanPelanggaran = 6,

    /// <summary>Sengketa: registered and classed as a sengketa pemilihan (already counted in <see cref="BukanPelanggaran"/>).</summary>
    Sengketa = 7,

    /// <summary>Masih dalam proses: registered and not yet decided.</summary>
    InProcess = 8,

    /// <summary>Pelanggaran administrasi pemilihan.</summary>
    Administrasi = 9,

    /// <summary>Tindak pidana pemilihan.</summary>
    Pidana = 10,

    /// <summary>Pelanggaran kode etik penyelenggara.</summary>
    KodeEtik = 11,

    /// <summary>Pelanggaran hukum lainnya (peraturan perundang-undangan lainnya; ASN neutrality falls here).</summary>
    HukumLainnya = 12,

    /// <summary>A violation whose category is not recorded (only from facts built by hand; a case always has one).</summary>
    Unclassified = 13,
}

/// <summary>
/// The counts of one column of <see cref="BawasluSummary"/> (laporan, temuan or both).
/// </summary>
/// <param name="Received">Diterima.</param>
/// <param name="Registered">Diregister.</param>
/// <param name="NotRegistered">Tidak diregister (including <paramref name="Withdrawn"/>).</param>
/// <param name="Withdrawn">Dicabut before registration (a part of <paramref name="NotRegistered"/>).</param>
/// <param name="NotYetRegistered">Belum diregister.</param>
/// <param name="Pelanggaran">Pelanggaran.</param>
/// <param name="BukanPelanggaran">Bukan pelanggaran (including <paramref name="Sengketa"/>).</param>
/// <param name="Sengketa">Sengketa pemilihan (a part of <paramref name="BukanPelanggaran"/>).</param>
/// <param name="InProcess">Masih dalam proses.</param>
/// <param name="Administrasi">Pelanggaran administrasi.</param>
/// <param name="Pidana">Tindak pidana pemilihan.</param>
/// <param name="KodeEtik">Pelanggaran kode etik.</param>
/// <param name="HukumLainnya">Pelanggaran hukum lainnya.</param>
/// <param name="Unclassified">Pelanggaran without a category.</param>
public sealed record SummaryCounts(
    long Received,
    long Registered,
    long NotRegistered,
    long Withdrawn,
    long NotYetRegistered,
    long Pelanggaran,
    long BukanPelanggaran,
    long Sengketa,
    long InProcess,
    long Administrasi,
    long Pidana,
    long KodeEtik,
    long HukumLainnya,
    long Unclassified)
{
    /// <summary>The count of a line.</summary>
    /// <param name="line">The line.</param>
    /// <exception cref="ArgumentOutOfRangeException">The line is not defined.</exception>
    public long this[SummaryLine line] => line switch
    {
        SummaryLine.Received => Received,
        SummaryLine.Registered => Registered,
        SummaryLine.NotRegistered => NotRegistered,
        SummaryLine.Withdrawn => Withdrawn,
        SummaryLine.NotYetRegistered => NotYetRegistered,
        SummaryLine.Pelanggaran => Pelanggaran,
        SummaryLine.BukanPelanggaran => BukanPelanggaran,
        SummaryLine.Sengketa => Sengketa,
        SummaryLine.InProcess => InProcess,
        SummaryLine.Administrasi => Administrasi,
        SummaryLine.Pidana => Pidana,
        SummaryLine.KodeEtik => KodeEtik,
        SummaryLine.HukumLainnya => HukumLainnya,
        SummaryLine.Unclassified => Unclassified,
        _ => throw new ArgumentOutOfRangeException(nameof(line), line, "Not a summary line."),
    };

    /// <summary>
    /// Whether the identities hold: received = registered + not registered + not yet registered; registered =
    /// pelanggaran + bukan pelanggaran + in process; pelanggaran = the sum of the categories (and unclassified).
    /// Always true for counts built by <see cref="BawasluSummary"/>.
    /// </summary>
    public bool IsConsistent =>
        Received == Registered + NotRegistered + NotYetRegistered &&
        Registered == Pelanggaran + BukanPelanggaran + InProcess &&
        Pelanggaran == Administrasi + Pidana + KodeEtik + HukumLainnya + Unclassified &&
        Withdrawn <= NotRegistered && Sengketa <= BukanPelanggaran;

    /// <summary>The sum of two columns.</summary>
    /// <param name="left">A column.</param>
    /// <param name="right">Another column.</param>
    public static SummaryCounts operator +(SummaryCounts left, SummaryCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            left.Received + right.Received, left.Registered + right.Registered, left.NotRegistered + right.NotRegistered,
            left.Withdrawn + right.Withdrawn, left.NotYetRegistered + right.NotYetRegistered, left.Pelanggaran + right.Pelanggaran,
            left.BukanPelanggaran + right.BukanPelanggaran, left.Sengketa + right.Sengketa, left.InProcess + right.InProcess,
            left.Administrasi + right.Administrasi, left.Pidana + right.Pidana, left.KodeEtik + right.KodeEtik,
            left.HukumLainnya + right.HukumLainnya, left.Unclassified + right.Unclassified);
    }

    /// <summary>The sum of two columns.</summary>
    /// <param name="other">The other column.</param>
    public SummaryCounts Add(SummaryCounts other) => this + other;

    internal sealed class Builder
    {
        private readonly long[] _lines = new long[14];

        public void Add(PublishedRegistration registration, PublishedOutcome outcome, ViolationCategory category, long count)
        {
            _lines[(int)SummaryLine.Received] += count;
            switch (registration)
            {
                case PublishedRegistration.Diregister:
                    _lines[(int)SummaryLine.Registered] += count;
                    switch (outcome)
                    {
                        case PublishedOutcome.Pelanggaran:
                            _lines[(int)SummaryLine.Pelanggaran] += count;
                            _lines[(int)(category switch
                            {
                                ViolationCategory.AdministrasiPemilihan => SummaryLine.Administrasi,
                                ViolationCategory.TindakPidanaPemilihan => SummaryLine.Pidana,
                                ViolationCategory.KodeEtikPenyelenggara => SummaryLine.KodeEtik,
                                ViolationCategory.PeraturanPerundanganLainnya => SummaryLine.HukumLainnya,
                                _ => SummaryLine.Unclassified,
                            })] += count;
                            break;
                        case PublishedOutcome.BukanPelanggaran:
                            _lines[(int)SummaryLine.BukanPelanggaran] += count;
                            break;
                        case PublishedOutcome.Sengketa:
                            _lines[(int)SummaryLine.BukanPelanggaran] += count;
                            _lines[(int)SummaryLine.Sengketa] += count;
                            break;
                        default:
                            _lines[(int)SummaryLine.InProcess] += count;
                            break;
                    }

                    break;
                case PublishedRegistration.TidakDiregister:
                    _lines[(int)SummaryLine.NotRegistered] += count;
                    break;
                case PublishedRegistration.Dicabut:
                    _lines[(int)SummaryLine.NotRegistered] += count;
                    _lines[(int)SummaryLine.Withdrawn] += count;
                    break;
                default:
                    _lines[(int)SummaryLine.NotYetRegistered] += count;
                    break;
            }
        }

        public SummaryCounts Build() => new(
            _lines[0], _lines[1], _lines[2], _lines[3], _lines[4], _lines[5], _lines[6], _lines[7], _lines[8], _lines[9], _lines[10],
            _lines[11], _lines[12], _lines[13]);
    }
}

/// <summary>
/// Ringkasan penanganan pelanggaran (Bawaslu's handling summary): the table Bawaslu published for Pilkada 2024
/// (domain brief §3.6 — e.g. 2,755 laporan and 525 temuan; 803 pelanggaran and 930 bukan pelanggaran; 153 administrasi,
/// 136 pidana, 128 kode etik, 485 pelanggaran hukum lainnya), built from any cases, with a column for laporan, one for
/// temuan and their sum.
/// </summary>
/// <remarks>
/// <para>How each case counts (from <see cref="CaseState.PublishedRegistration"/> and <see cref="CaseState.PublishedOutcome"/>):</para>
/// <list type="bullet">
/// <item><b>Diterima</b>: every laporan or temuan received; a case with no event (<see cref="CaseOrigin.None"/>) is not counted.</item>
/// <item><b>Diregister</b>: written into the register (status diregistrasi and everything after it, even when closed).</item>
/// <item><b>Tidak diregister</b>: not registered (tidak diregistrasi, e.g. daluwarsa or requirements unmet after the
/// correction period) <i>and</i> withdrawn (dicabut) before registration: a withdrawn report will not be registered.
/// <see cref="SummaryLine.Withdrawn"/> shows the withdrawn ones apart, as a part of it.</item>
/// <item><b>Belum diregister</b>: received and still in the kajian awal or awaiting correction (diterima, menunggu
/// perbaikan), and a report closed before registration without a decision to register or not.</item>
/// <item><b>Pelanggaran</b>: registered and decided as a violation (<see cref="ViolationFound"/>), whatever followed
/// (forwarded, recommended, sanctioned, acquitted), counted under its category: administrasi, pidana, kode etik or
/// pelanggaran hukum lainnya (peraturan perundang-undangan lainnya; ASN neutrality and village heads fall here).</item>
/// <item><b>Bukan pelanggaran</b>: registered and decided not a violation (<see cref="NotAViolation"/>), stopped
/// (<see cref="HandlingStopped"/>, "dihentikan", which Bawaslu counts as bukan pelanggaran), or classed as a sengketa
/// (<see cref="DisputeFound"/>): a sengketa pemilihan is not a violation (UU 1/2015 Pasal 142–144) and is settled in its
/// own procedure. <see cref="SummaryLine.Sengketa"/> shows those apart, as a part of bukan pelanggaran. Bawaslu's
/// published tables do not say where sengketa went; this placement keeps the identities below.</item>
/// <item><b>Masih dalam proses</b>: registered and not yet decided (diregistrasi, dalam kajian), including a registered
/// case closed without a recorded decision.</item>
/// </list>
/// <para>
/// Identities (checked by <see cref="SummaryCounts.IsConsistent"/>): received = registered + tidak diregister + belum
/// diregister; registered = pelanggaran + bukan pelanggaran + masih dalam proses; pelanggaran = administrasi + pidana +
/// kode etik + hukum lainnya. The published 2024 figures do not satisfy them exactly (they were taken on different
/// days and sources disagree on the registered laporan: 1,407 or 1,047), so the library does not try to reproduce them.
/// </para>
/// </remarks>
public sealed class BawasluSummary
{
    /// <summary>Creates a summary from its two columns.</summary>
    /// <param name="laporan">The laporan column.</param>
    /// <param name="temuan">The temuan column.</param>
    public BawasluSummary(SummaryCounts laporan, SummaryCounts temuan)
    {
        ArgumentNullException.ThrowIfNull(laporan);
        ArgumentNullException.ThrowIfNull(temuan);
        Laporan = laporan;
        Temuan = temuan;
        Total = laporan + temuan;
    }

    /// <summary>
    /// The lines in reading order: received; registered, broken down into pelanggaran (by category), bukan pelanggaran
    /// and in process; not registered (of which withdrawn); not yet registered.
    /// </summary>
    public static IReadOnlyList<SummaryLine> Lines { get; } =
    [
        SummaryLine.Received,
        SummaryLine.Registered,
        SummaryLine.Pelanggaran, SummaryLine.Administrasi, SummaryLine.Pidana, SummaryLine.KodeEtik, SummaryLine.HukumLainnya, SummaryLine.Unclassified,
        SummaryLine.BukanPelanggaran, SummaryLine.Sengketa,
        SummaryLine.InProcess,
        SummaryLine.NotRegistered, SummaryLine.Withdrawn,
        SummaryLine.NotYetRegistered,
    ];

    /// <summary>Laporan (reports from a pelapor).</summary>
    public SummaryCounts Laporan { get; }

    /// <summary>Temuan (findings of the supervisors).</summary>
    public SummaryCounts Temuan { get; }

    /// <summary>Jumlah (laporan and temuan together).</summary>
    public SummaryCounts Total { get; }

    /// <summary>The summary of cases.</summary>
    /// <param name="facts">The cases' facts.</param>
    public static BawasluSummary Of(IEnumerable<CaseFacts> facts) => new CaseTally().AddRange(facts).Summary();

    /// <summary>The summary of cases.</summary>
    /// <param name="cases">The cases.</param>
    public static BawasluSummary Of(IEnumerable<ViolationCase> cases) => new CaseTally().AddRange(cases).Summary();

    /// <summary>The summary of cases as they arrive.</summary>
    /// <param name="facts">The cases' facts.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static async Task<BawasluSummary> OfAsync(IAsyncEnumerable<CaseFacts> facts, CancellationToken cancellationToken = default) =>
        (await new CaseTally().AddRangeAsync(facts, cancellationToken).ConfigureAwait(false)).Summary();

    /// <summary>The summary of cases as they arrive.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static async Task<BawasluSummary> OfAsync(IAsyncEnumerable<ViolationCase> cases, CancellationToken cancellationToken = default) =>
        (await new CaseTally().AddRangeAsync(cases, cancellationToken).ConfigureAwait(false)).Summary();

    /// <summary>The label of a line: <c>Belum diregister</c> / <c>Not yet registered</c>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="language">The language.</param>
    public static string Label(SummaryLine line, PilkadaLanguage language) => StatisticsText.Label(line, language);

    /// <summary>
    /// The summary as a text table: one line per measure (indented under the one it is a part of), columns laporan,
    /// temuan and jumlah, numbers grouped the Indonesian (<c>1.234</c>) or English (<c>1,234</c>) way. The unclassified
    /// line appears only when not zero.
    /// </summary>
    /// <param name="language">The language.</param>
    public string Describe(PilkadaLanguage language)
    {
        var id = language == PilkadaLanguage.Indonesian;
        var builder = new StringBuilder();
        var labels = Lines.Select(l => Indent(l) + Label(l, language)).ToArray();
        var width = Math.Max(labels.Max(l => l.Length), 10) + 2;
        builder.Append(StatisticsText.Get("Summary.Title", language)).Append('\n');
        builder.Append(new string(' ', width))
            .Append(StatisticsText.Get("Summary.Laporan", language).PadLeft(10))
            .Append(StatisticsText.Get("Summary.Temuan", language).PadLeft(10))
            .Append(StatisticsText.Get("Summary.Total", language).PadLeft(10)).Append('\n');
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line == SummaryLine.Unclassified && Total.Unclassified == 0)
            {
                continue;
            }

            builder.Append(labels[i].PadRight(width))
                .Append(StatisticsText.Number(Laporan[line], id).PadLeft(10))
                .Append(StatisticsText.Number(Temuan[line], id).PadLeft(10))
                .Append(StatisticsText.Number(Total[line], id).PadLeft(10)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The totals: <c>received 12, registered 9, pelanggaran 5</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"received {Total.Received}, registered {Total.Registered}, pelanggaran {Total.Pelanggaran}");

    private static string Indent(SummaryLine line) => line switch
    {
        SummaryLine.Received => string.Empty,
        SummaryLine.Registered or SummaryLine.NotRegistered or SummaryLine.NotYetRegistered => "  ",
        SummaryLine.Withdrawn or SummaryLine.Pelanggaran or SummaryLine.BukanPelanggaran or SummaryLine.InProcess => "    ",
        _ => "      ",
    };
}
