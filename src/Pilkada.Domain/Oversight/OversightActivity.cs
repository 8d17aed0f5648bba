using System.Globalization;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Oversight;

/// <summary>
/// The three lines of Bawaslu's work: prevent, supervise, act (<i>cegah, awasi, tindak</i>). Case handling is the
/// "tindak" line; this area models the other two. The values are stable.
/// </summary>
public enum OversightPillar
{
    /// <summary>Cegah (prevention): socialisation, coordination, pledges and pacts.</summary>
    Cegah = 1,

    /// <summary>Awasi (supervision): patrols, participatory oversight, readiness checks.</summary>
    Awasi = 2,

    /// <summary>Tindak (action): handling reports and findings (the Cases area).</summary>
    Tindak = 3,
}

/// <summary>Jenis kegiatan pencegahan dan pengawasan (kind of prevention or supervision activity). The values are stable.</summary>
public enum OversightActivityKind
{
    /// <summary>Sosialisasi (socialisation), e.g. on ASN neutrality or participatory oversight.</summary>
    Sosialisasi = 1,

    /// <summary>Rapat koordinasi (coordination meeting), e.g. with the Pemda, Forkopimda, KPU.</summary>
    RapatKoordinasi = 2,

    /// <summary>Penandatanganan pakta integritas (signing an integrity pact).</summary>
    PenandatangananPaktaIntegritas = 3,

    /// <summary>Ikrar netralitas ASN (civil servants' neutrality pledge).</summary>
    IkrarNetralitasAsn = 4,

    /// <summary>Patroli pengawasan (supervision patrol), e.g. against politik uang in the masa tenang.</summary>
    PatroliPengawasan = 5,

    /// <summary>Pengawasan partisipatif (participatory oversight with citizens and communities).</summary>
    PengawasanPartisipatif = 6,

    /// <summary>Apel siaga (readiness assembly of the supervisors).</summary>
    ApelSiaga = 7,
}

/// <summary>Peran peserta (a participant's role in an activity). The values are stable.</summary>
public enum ParticipantRole
{
    /// <summary>Kepala perangkat daerah (head of a regional government agency).</summary>
    KepalaPerangkatDaerah = 1,

    /// <summary>Camat (head of a kecamatan).</summary>
    Camat = 2,

    /// <summary>Lurah (head of a kelurahan, a civil servant).</summary>
    Lurah = 3,

    /// <summary>Kepala desa (elected village head).</summary>
    KepalaDesa = 4,

    /// <summary>Kepala sekolah (school principal).</summary>
    KepalaSekolah = 5,

    /// <summary>Pengawas (supervisors: Panwaslu Kecamatan, PKD, PTPS; or school supervisors).</summary>
    Pengawas = 6,

    /// <summary>Aparatur sipil negara (civil servants in general).</summary>
    Asn = 7,

    /// <summary>Forkopimda (the regional leadership forum: kepala daerah, DPRD, Polri, TNI, Kejaksaan).</summary>
    Forkopimda = 8,

    /// <summary>Ketua RT/RW or kepala lingkungan.</summary>
    RtRw = 9,

    /// <summary>Tokoh agama or tokoh masyarakat (religious or community leaders).</summary>
    TokohMasyarakat = 10,

    /// <summary>Pemantau, organisasi masyarakat sipil, students, the media.</summary>
    MasyarakatSipil = 11,

    /// <summary>Penyelenggara (KPU and its ad hoc bodies).</summary>
    Penyelenggara = 12,

    /// <summary>Anyone else.</summary>
    Lainnya = 13,
}

/// <summary>A group of participants in an activity.</summary>
/// <param name="Role">Their role.</param>
/// <param name="Count">How many attended (at least 1).</param>
/// <param name="Agency">Their agency, when one is named (e.g. "Dinas Pendidikan Kota Bima").</param>
/// <param name="Institution">The institution they represent, when it is one of the library's.</param>
public sealed record ActivityParticipant(ParticipantRole Role, int Count = 1, string? Agency = null, Institution? Institution = null);

/// <summary>
/// Kegiatan pencegahan atau pengawasan (a prevention or supervision activity): what, who organised it, who took part,
/// where and when; and the election stage it fell in.
/// </summary>
public sealed record OversightActivity
{
    /// <summary>Creates an activity, checking that it is complete.</summary>
    /// <param name="kind">The kind of activity.</param>
    /// <param name="organiser">The organising institution (e.g. Bawaslu Kota Bandung, Bakesbangpol Kota Mataram).</param>
    /// <param name="region">Where it took place.</param>
    /// <param name="date">The local date.</param>
    /// <param name="title">A short title.</param>
    /// <param name="participants">Who took part.</param>
    /// <exception cref="ArgumentException">The region is empty, the title is blank, or a participant count is below 1.</exception>
    public OversightActivity(OversightActivityKind kind, Institution organiser, RegionCode region, LocalDate date, string title, IReadOnlyList<ActivityParticipant>? participants = null)
    {
        ArgumentNullException.ThrowIfNull(organiser);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException(PilkadaMessages.Format("Oversight.UnknownKind", PilkadaLanguage.English, new MessageArgument("value", (int)kind)), nameof(kind));
        }

        if (region.IsEmpty)
        {
            throw new ArgumentException(PilkadaMessages.Format("Oversight.RegionRequired", PilkadaLanguage.English, new MessageArgument("title", title)), nameof(region));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        participants ??= [];
        foreach (var participant in participants)
        {
            if (participant.Count < 1)
            {
                throw new ArgumentException(PilkadaMessages.Format("Oversight.ParticipantCount", PilkadaLanguage.English,
                    new MessageArgument("role", participant.Role.ToString()), new MessageArgument("count", participant.Count)), nameof(participants));
            }
        }

        Kind = kind;
        Organiser = organiser;
        Region = region;
        Date = date;
        Title = title;
        Participants = participants;
    }

    /// <summary>The kind of activity.</summary>
    public OversightActivityKind Kind { get; }

    /// <summary>The organising institution.</summary>
    public Institution Organiser { get; }

    /// <summary>Where it took place.</summary>
    public RegionCode Region { get; }

    /// <summary>The local date.</summary>
    public LocalDate Date { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>Who took part.</summary>
    public IReadOnlyList<ActivityParticipant> Participants { get; }

    /// <summary>The pillar the activity belongs to: pledges, pacts, socialisation and coordination prevent; patrols, participatory oversight and readiness assemblies supervise.</summary>
    public OversightPillar Pillar => PillarOf(Kind);

    /// <summary>The number of participants.</summary>
    public int ParticipantCount => Participants.Sum(p => p.Count);

    /// <summary>The election stages in force on the activity's date in its region (several may overlap).</summary>
    /// <param name="schedule">The election's schedule.</param>
    public IReadOnlyList<ElectionStage> StagesIn(ElectionSchedule schedule) => schedule.InForceOn(Date, Region);

    /// <summary>The pillar of a kind of activity.</summary>
    /// <param name="kind">The kind.</param>
    public static OversightPillar PillarOf(OversightActivityKind kind) => kind switch
    {
        OversightActivityKind.PatroliPengawasan or OversightActivityKind.PengawasanPartisipatif or OversightActivityKind.ApelSiaga => OversightPillar.Awasi,
        _ => OversightPillar.Cegah,
    };

    /// <summary>The kind, date, region and title.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Date:yyyy-MM-dd} {Region}: {Title}");
}

/// <summary>
/// A log of activities with the questions an oversight office asks of it: what happened in a region (and the regions
/// inside it), of which kind, during which stage, in which period.
/// </summary>
public sealed class OversightActivityLog
{
    private readonly OversightActivity[] _activities;

    /// <summary>Creates a log.</summary>
    /// <param name="activities">The activities, in any order.</param>
    public OversightActivityLog(IEnumerable<OversightActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        _activities = [.. activities.OrderBy(a => a.Date).ThenBy(a => a.Region)];
    }

    /// <summary>The activities in date order.</summary>
    public IReadOnlyList<OversightActivity> Activities => _activities;

    /// <summary>The log with one more activity.</summary>
    /// <param name="activity">The activity.</param>
    public OversightActivityLog With(OversightActivity activity) => new([.. _activities, activity]);

    /// <summary>The activities in a region or any region inside it (a kabupaten's activities count toward its province).</summary>
    /// <param name="region">The region.</param>
    public IEnumerable<OversightActivity> Within(RegionCode region) => _activities.Where(a => a.Region.IsWithin(region));

    /// <summary>The activities of one kind.</summary>
    /// <param name="kind">The kind.</param>
    public IEnumerable<OversightActivity> OfKind(OversightActivityKind kind) => _activities.Where(a => a.Kind == kind);

    /// <summary>The activities from one date to another, both included.</summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date.</param>
    public IEnumerable<OversightActivity> Between(LocalDate from, LocalDate to) => _activities.Where(a => a.Date >= from && a.Date <= to);

    /// <summary>The activities held while a stage of a schedule was in force in their region.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="stageId">The stage id, e.g. <c>kampanye</c> or <c>masa-tenang</c>.</param>
    /// <exception cref="ArgumentException">The schedule has no stage with that id.</exception>
    public IEnumerable<OversightActivity> DuringStage(ElectionSchedule schedule, string stageId)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!schedule.Stages.Any(s => s.Id == stageId))
        {
            throw new ArgumentException(PilkadaMessages.Format("Oversight.UnknownStage", PilkadaLanguage.English,
                new MessageArgument("stage", stageId), new MessageArgument("election", schedule.Election.ToString())), nameof(stageId));
        }

        return _activities.Where(a => a.StagesIn(schedule).Any(s => s.Id == stageId));
    }

    /// <summary>How many activities of each kind took place in a region (and the regions inside it).</summary>
    /// <param name="region">The region.</param>
    public IReadOnlyDictionary<OversightActivityKind, int> CountByKind(RegionCode region) =>
        Within(region).GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Count());
}
