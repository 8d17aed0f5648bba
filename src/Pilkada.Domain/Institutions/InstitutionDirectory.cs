using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Institutions;

/// <summary>
/// Direktori lembaga: names the institution of a kind at a region on a date ("Bawaslu Kota Bima"), the oversight
/// bodies above a region level by level (Pengawas TPS … Bawaslu RI), and the Bawaslu that supervises a contest.
/// </summary>
/// <remarks>
/// <para>
/// Every answer takes a date: Panwas Kabupaten/Kota became Bawaslu Kabupaten/Kota on 29 January 2020, and KASN handed
/// ASN neutrality to BKN on 24 August 2024, so a 2019 or an early-2024 case names the bodies of its own time.
/// </para>
/// <para>
/// Names are built from the region catalogue: <c>Bawaslu Provinsi Nusa Tenggara Barat</c>, <c>Bawaslu Kota Bima</c>,
/// <c>Panwaslu Kecamatan Rasanae Barat</c>, <c>Pengawas TPS 001 Kelurahan Paruga</c>. A code retired from the catalogue
/// is named from the previous edition, so stored cases keep reading. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class InstitutionDirectory
{
    private static readonly Lazy<InstitutionDirectory> DefaultDirectory = new(() => new InstitutionDirectory(RegionCatalog.Default, InstitutionProfiles.Default));

    /// <summary>Creates a directory over a region catalogue and a set of profiles.</summary>
    /// <param name="regions">The regions whose names the institutions take.</param>
    /// <param name="profiles">The institution profiles (lifetimes, levels).</param>
    public InstitutionDirectory(RegionCatalog regions, InstitutionProfiles profiles)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(profiles);
        Regions = regions;
        Profiles = profiles;
    }

    /// <summary>The directory over <see cref="RegionCatalog.Default"/> and <see cref="InstitutionProfiles.Default"/>.</summary>
    public static InstitutionDirectory Default => DefaultDirectory.Value;

    /// <summary>The region catalogue.</summary>
    public RegionCatalog Regions { get; }

    /// <summary>The institution profiles.</summary>
    public InstitutionProfiles Profiles { get; }

    /// <summary>The institution of a kind at a region on a date.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="region">The region; the empty code for a national body.</param>
    /// <param name="date">The date.</param>
    /// <param name="tpsNumber">The polling station (1–999) for <see cref="InstitutionKind.PengawasTps"/> and <see cref="InstitutionKind.Kpps"/>, at a desa/kelurahan code.</param>
    /// <exception cref="InstitutionException">The body does not sit at that level, the region is unknown, or the body did not hold its role on the date.</exception>
    public Institution Get(InstitutionKind kind, RegionCode region, LocalDate date, int? tpsNumber = null) =>
        TryGet(kind, region, date, out var institution, out var error, tpsNumber)
            ? institution
            : throw Fail(error, kind, region, date, tpsNumber);

    /// <summary>Tries to name the institution of a kind at a region on a date. Never throws for bad input.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="region">The region; the empty code for a national body.</param>
    /// <param name="date">The date.</param>
    /// <param name="institution">The institution.</param>
    /// <param name="error">Why not, on failure.</param>
    /// <param name="tpsNumber">The polling station for the polling-station bodies.</param>
    public bool TryGet(InstitutionKind kind, RegionCode region, LocalDate date, [NotNullWhen(true)] out Institution? institution, out InstitutionError error, int? tpsNumber = null)
    {
        institution = null;
        if (!Profiles.TryGet(kind, out var profile))
        {
            error = InstitutionError.UnknownKind;
            return false;
        }

        if (!profile.IsInForceOn(date))
        {
            error = InstitutionError.NotInForce;
            return false;
        }

        var atTps = profile.HasLevel(InstitutionLevel.Tps);
        if (atTps)
        {
            if (region.Level != RegionLevel.DesaKelurahan)
            {
                error = region.IsEmpty ? InstitutionError.EmptyRegion : InstitutionError.WrongRegionLevel;
                return false;
            }

            if (tpsNumber is null)
            {
                error = InstitutionError.MissingTpsNumber;
                return false;
            }
        }

        if (tpsNumber is { } tps && (!atTps || tps is < 1 or > 999))
        {
            error = InstitutionError.InvalidTpsNumber;
            return false;
        }

        var level = atTps ? InstitutionLevel.Tps : LevelOf(region);
        if (!profile.HasLevel(level))
        {
            error = region.IsEmpty ? InstitutionError.EmptyRegion : InstitutionError.WrongRegionLevel;
            return false;
        }

        // An autonomous region's head disciplines its civil servants; DKI Jakarta's administrative cities and regency
        // are not autonomous, so the governor does (and is the kepala daerah there).
        if (kind is InstitutionKind.PejabatPembinaKepegawaian or InstitutionKind.KepalaDaerah && region.Level == RegionLevel.KabupatenKota &&
            Regions.Find(region)?.Kind is RegionKind.KotaAdministrasi or RegionKind.KabupatenAdministrasi)
        {
            region = region.Province;
        }

        if (!TryName(kind, region, tpsNumber, out var name))
        {
            error = InstitutionError.RegionNotFound;
            return false;
        }

        institution = new Institution(kind, region, name, atTps ? tpsNumber : null);
        error = InstitutionError.None;
        return true;
    }

    /// <summary>The Pejabat Pembina Kepegawaian of a central agency: its minister or head.</summary>
    /// <param name="agency">The agency, e.g. <c>Kementerian Agama</c>.</param>
    /// <exception cref="ArgumentException">The agency name is empty.</exception>
    public Institution CentralPejabatPembinaKepegawaian(string agency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agency);
        return new Institution(InstitutionKind.PejabatPembinaKepegawaian, default, "Pejabat Pembina Kepegawaian " + agency.Trim());
    }

    /// <summary>
    /// The oversight bodies from a region up to Bawaslu RI, level by level: for <c>52.72.01</c>, Panwaslu Kecamatan
    /// Rasanae Barat, Bawaslu Kota Bima, Bawaslu Provinsi Nusa Tenggara Barat, Bawaslu RI. With a TPS number at a
    /// desa/kelurahan code, the chain starts at the Pengawas TPS.
    /// </summary>
    /// <param name="region">The region (any level; the empty code gives Bawaslu RI alone).</param>
    /// <param name="date">The date (before 29 January 2020 the regency/city body is the ad hoc Panwas Kabupaten/Kota).</param>
    /// <param name="tpsNumber">A polling station in the village, to start the chain at its Pengawas TPS.</param>
    /// <exception cref="InstitutionException">The region is unknown, or a TPS number is given above village level.</exception>
    public IReadOnlyList<Institution> OversightChain(RegionCode region, LocalDate date, int? tpsNumber = null) =>
        TryGetOversightChainCore(region, date, tpsNumber, out var chain, out var error, out var failedKind, out var failedRegion)
            ? chain
            : throw Fail(error, failedKind, failedRegion, date, tpsNumber);

    /// <summary>Tries to give the oversight bodies from a region up to Bawaslu RI. Never throws for bad input.</summary>
    /// <param name="region">The region.</param>
    /// <param name="date">The date.</param>
    /// <param name="chain">The bodies, lowest first.</param>
    /// <param name="error">Why not, on failure.</param>
    /// <param name="tpsNumber">A polling station in the village.</param>
    public bool TryGetOversightChain(RegionCode region, LocalDate date, [NotNullWhen(true)] out IReadOnlyList<Institution>? chain, out InstitutionError error, int? tpsNumber = null) =>
        TryGetOversightChainCore(region, date, tpsNumber, out chain, out error, out _, out _);

    private bool TryGetOversightChainCore(
        RegionCode region,
        LocalDate date,
        int? tpsNumber,
        [NotNullWhen(true)] out IReadOnlyList<Institution>? chain,
        out InstitutionError error,
        out InstitutionKind failedKind,
        out RegionCode failedRegion)
    {
        chain = null;
        failedRegion = region;
        var list = new List<Institution>(6);
        if (tpsNumber is not null)
        {
            failedKind = InstitutionKind.PengawasTps;
            if (!TryGet(InstitutionKind.PengawasTps, region, date, out var ptps, out error, tpsNumber))
            {
                return false;
            }

            list.Add(ptps);
        }

        for (var level = region.Level; level >= RegionLevel.Provinsi; level--)
        {
            var code = region.AncestorAt(level);
            var kind = level switch
            {
                RegionLevel.DesaKelurahan => InstitutionKind.PanwasluKelurahanDesa,
                RegionLevel.Kecamatan => InstitutionKind.PanwasluKecamatan,
                RegionLevel.KabupatenKota => RegencySupervisorOn(date),
                _ => InstitutionKind.BawasluProvinsi,
            };
            (failedKind, failedRegion) = (kind, code);
            if (!TryGet(kind, code, date, out var body, out error))
            {
                return false;
            }

            list.Add(body);
        }

        (failedKind, failedRegion) = (InstitutionKind.BawasluRI, default);
        if (!TryGet(InstitutionKind.BawasluRI, default, date, out var national, out error))
        {
            return false;
        }

        list.Add(national);
        chain = list;
        return true;
    }

    /// <summary>
    /// The kind of the Bawaslu that supervises a contest on a date: Bawaslu Provinsi for a governor (UU 8/2015 Pasal 22A
    /// ayat (2), 28), Bawaslu Kabupaten/Kota for a regent or mayor (Pasal 22A ayat (3); UU 10/2016 Pasal 30) — the ad hoc
    /// Panwas Kabupaten/Kota before 29 January 2020.
    /// </summary>
    /// <param name="contest">The kind of election.</param>
    /// <param name="date">The date.</param>
    /// <exception cref="ArgumentOutOfRangeException">The contest kind is not defined.</exception>
    public InstitutionKind SupervisorKind(ContestKind contest, LocalDate date) => contest switch
    {
        ContestKind.Gubernur => InstitutionKind.BawasluProvinsi,
        ContestKind.Bupati or ContestKind.WaliKota => RegencySupervisorOn(date),
        _ => throw new ArgumentOutOfRangeException(nameof(contest), contest, "Not a kind of Pilkada contest."),
    };

    /// <summary>The Bawaslu that supervises a contest: "Bawaslu Provinsi Nusa Tenggara Barat" for the governor of 52, "Bawaslu Kota Bima" for the mayor of 52.72.</summary>
    /// <param name="contest">The kind of election.</param>
    /// <param name="contestRegion">The region of the election: a province for a governor, a kabupaten for a regent, a kota for a mayor.</param>
    /// <param name="date">The date.</param>
    /// <exception cref="InstitutionException">The region does not hold that election, or is unknown.</exception>
    public Institution Supervisor(ContestKind contest, RegionCode contestRegion, LocalDate date) =>
        TryGetSupervisor(contest, contestRegion, date, out var supervisor, out var error)
            ? supervisor
            : throw FailContest(error, contest, contestRegion, date);

    /// <summary>Tries to name the Bawaslu that supervises a contest. Never throws for bad input.</summary>
    /// <param name="contest">The kind of election.</param>
    /// <param name="contestRegion">The region of the election.</param>
    /// <param name="date">The date.</param>
    /// <param name="supervisor">The supervising body.</param>
    /// <param name="error">Why not, on failure.</param>
    public bool TryGetSupervisor(ContestKind contest, RegionCode contestRegion, LocalDate date, [NotNullWhen(true)] out Institution? supervisor, out InstitutionError error)
    {
        supervisor = null;
        error = CheckContest(contest, contestRegion);
        return error == InstitutionError.None && TryGet(SupervisorKind(contest, date), contestRegion, date, out supervisor, out error);
    }

    /// <summary>
    /// Checks that a region holds a contest of a kind: a province for a governor (not DIY, whose governor is not elected),
    /// a kabupaten for a regent, a kota for a mayor (not DKI Jakarta's administrative cities and regency), and that the
    /// region is known.
    /// </summary>
    /// <param name="contest">The kind of election.</param>
    /// <param name="contestRegion">The region.</param>
    /// <returns><see cref="InstitutionError.None"/>, or why the pair does not fit.</returns>
    public InstitutionError CheckContest(ContestKind contest, RegionCode contestRegion)
    {
        if (contest is not (ContestKind.Gubernur or ContestKind.Bupati or ContestKind.WaliKota))
        {
            return InstitutionError.UnknownKind;
        }

        if (contestRegion.IsEmpty)
        {
            return InstitutionError.EmptyRegion;
        }

        var region = Regions.Find(contestRegion);
        if (region is null && Regions.FindRetired(contestRegion) is null)
        {
            return InstitutionError.RegionNotFound;
        }

        switch (contest)
        {
            case ContestKind.Gubernur:
                if (contestRegion.Level != RegionLevel.Provinsi)
                {
                    return InstitutionError.WrongRegionLevel;
                }

                // UU 13/2012 Pasal 18–19: the Sultan and the Adipati are set, not elected.
                return contestRegion.ProvinceNumber == 34 ? InstitutionError.NoElection : InstitutionError.None;

            case ContestKind.Bupati:
                if (contestRegion.Level != RegionLevel.KabupatenKota)
                {
                    return InstitutionError.WrongRegionLevel;
                }

                if (region?.Kind == RegionKind.KabupatenAdministrasi)
                {
                    return InstitutionError.NoElection;
                }

                return contestRegion.IsKabupaten ? InstitutionError.None : InstitutionError.NotAKabupaten;

            default:
                if (contestRegion.Level != RegionLevel.KabupatenKota)
                {
                    return InstitutionError.WrongRegionLevel;
                }

                if (region?.Kind == RegionKind.KotaAdministrasi)
                {
                    return InstitutionError.NoElection;
                }

                return contestRegion.IsKota ? InstitutionError.None : InstitutionError.NotAKota;
        }
    }

    internal InstitutionException Fail(InstitutionError error, InstitutionKind kind, RegionCode region, LocalDate date, int? tpsNumber)
    {
        // The body on the other side of the change: the successor of a body that ended, the predecessor of one that began.
        var successor = Profiles.TryGet(kind, out var profile) ? (profile.Successor != InstitutionKind.None ? profile.Successor : profile.Predecessor) : InstitutionKind.None;
        var changed = profile is null ? null : (LocalDate?)(profile.InForceUntil ?? profile.InForceFrom);
        return new InstitutionException(
            error,
            new MessageArgument("kind", DescribeKind(kind)),
            new MessageArgument("region", region.IsEmpty ? "—" : region.ToString()),
            new MessageArgument("date", date),
            new MessageArgument("tps", tpsNumber?.ToString(CultureInfo.InvariantCulture) ?? "—"),
            new MessageArgument("successor", successor == InstitutionKind.None ? "—" : DescribeKind(successor)),
            new MessageArgument("changed", changed is { } c ? c : "—"),
            new MessageArgument("levels", profile is null ? "—" : string.Join(", ", profile.Levels)));
    }

    internal InstitutionException FailContest(InstitutionError error, ContestKind contest, RegionCode region, LocalDate date) =>
        new(
            error == InstitutionError.UnknownKind ? InstitutionError.UnknownKind : error,
            new MessageArgument("kind", "pemilihan " + contest.ToString().ToLowerInvariant()),
            new MessageArgument("region", region.IsEmpty ? "—" : region.ToString()),
            new MessageArgument("date", date),
            new MessageArgument("tps", "—"),
            new MessageArgument("successor", "—"),
            new MessageArgument("changed", "—"),
            new MessageArgument("levels", contest == ContestKind.Gubernur ? "Provinsi" : "KabupatenKota"));

    /// <summary>The kind that supervises a regency or city on a date: Panwas Kabupaten/Kota before 29 January 2020, Bawaslu Kabupaten/Kota from then.</summary>
    /// <param name="date">The date.</param>
    public static InstitutionKind RegencySupervisorOn(LocalDate date) =>
        date < InstitutionProfiles.BawasluKabupatenKotaPermanentFrom ? InstitutionKind.PanwasKabupatenKota : InstitutionKind.BawasluKabupatenKota;

    private string DescribeKind(InstitutionKind kind) => Profiles.TryGet(kind, out var profile) ? profile.IndonesianName : kind.ToString();

    private static InstitutionLevel LevelOf(RegionCode region) => region.Level switch
    {
        RegionLevel.Provinsi => InstitutionLevel.Provinsi,
        RegionLevel.KabupatenKota => InstitutionLevel.KabupatenKota,
        RegionLevel.Kecamatan => InstitutionLevel.Kecamatan,
        RegionLevel.DesaKelurahan => InstitutionLevel.DesaKelurahan,
        _ => InstitutionLevel.National,
    };

    private bool TryName(InstitutionKind kind, RegionCode region, int? tpsNumber, [NotNullWhen(true)] out string? name)
    {
        name = null;
        string? province = null, regency = null, district = null, village = null;
        if (!region.IsEmpty)
        {
            if (!TryRegionName(region.Province, out province))
            {
                return false;
            }

            if (region.Level >= RegionLevel.KabupatenKota && !TryRegionName(region.AncestorAt(RegionLevel.KabupatenKota), out regency))
            {
                return false;
            }

            if (region.Level >= RegionLevel.Kecamatan)
            {
                if (!TryRegionName(region.AncestorAt(RegionLevel.Kecamatan), out var kecamatan))
                {
                    return false;
                }

                district = (region.ProvinceNumber is >= 91 and <= 96 ? "Distrik " : "Kecamatan ") + kecamatan;
            }

            if (region.Level == RegionLevel.DesaKelurahan)
            {
                if (!TryRegionName(region, out var villageName))
                {
                    return false;
                }

                village = (region.IsKelurahan ? "Kelurahan " : "Desa ") + villageName;
            }
        }

        var tps = tpsNumber is { } n ? "TPS " + n.ToString("000", CultureInfo.InvariantCulture) : string.Empty;
        var head = regency is null ? string.Empty : HeadOf(regency);
        var level = region.Level;
        name = kind switch
        {
            InstitutionKind.BawasluRI => "Bawaslu RI",
            InstitutionKind.BawasluProvinsi => "Bawaslu Provinsi " + province,
            InstitutionKind.BawasluKabupatenKota => "Bawaslu " + regency,
            InstitutionKind.PanwasKabupatenKota => "Panwas " + regency,
            InstitutionKind.PanwasluKecamatan => "Panwaslu " + district,
            InstitutionKind.PanwasluKelurahanDesa => "Panwaslu " + village,
            InstitutionKind.PengawasTps => $"Pengawas {tps} {village}",
            InstitutionKind.KpuRI => "KPU RI",
            InstitutionKind.KpuProvinsi => "KPU Provinsi " + province,
            InstitutionKind.KpuKabupatenKota => "KPU " + regency,
            InstitutionKind.Ppk => "PPK " + district,
            InstitutionKind.Pps => "PPS " + village,
            InstitutionKind.Kpps => $"KPPS {tps} {village}",
            InstitutionKind.Dkpp => "DKPP",
            InstitutionKind.SentraGakkumdu => ByLevel(level, "Sentra Gakkumdu Pusat", "Sentra Gakkumdu Provinsi " + province, "Sentra Gakkumdu " + regency),
            InstitutionKind.Polri => ByLevel(level, "Bareskrim Polri", "Polda " + province, "Polres " + regency),
            InstitutionKind.Kejaksaan => ByLevel(level, "Kejaksaan Agung", "Kejaksaan Tinggi " + province, "Kejaksaan Negeri " + regency),
            InstitutionKind.PengadilanNegeri => "Pengadilan Negeri " + regency,
            InstitutionKind.PengadilanTinggi => "Pengadilan Tinggi " + province,
            InstitutionKind.MahkamahKonstitusi => "Mahkamah Konstitusi",
            InstitutionKind.MahkamahAgung => "Mahkamah Agung",
            InstitutionKind.Kasn => "KASN",
            InstitutionKind.Bkn => "BKN",
            InstitutionKind.KemenpanRB => "Kementerian PANRB",
            InstitutionKind.Kemendagri => "Kemendagri",
            InstitutionKind.Bakesbangpol => ByLevel(level, string.Empty, "Bakesbangpol Provinsi " + province, "Bakesbangpol " + regency),
            InstitutionKind.PejabatPembinaKepegawaian => ByLevel(
                level,
                "Pejabat Pembina Kepegawaian instansi pusat (menteri atau pimpinan lembaga)",
                $"Pejabat Pembina Kepegawaian Provinsi {province} (Gubernur {province})",
                $"Pejabat Pembina Kepegawaian {regency} ({head})"),
            InstitutionKind.PokjaNetralitasAsn => ByLevel(level, string.Empty, "Pokja Netralitas ASN Provinsi " + province, "Pokja Netralitas ASN " + regency),
            InstitutionKind.KepalaDaerah => ByLevel(level, string.Empty, "Gubernur " + province, head),
            _ => null,
        };

        return !string.IsNullOrEmpty(name);
    }

    private static string ByLevel(RegionLevel level, string national, string province, string regency) => level switch
    {
        RegionLevel.None => national,
        RegionLevel.Provinsi => province,
        _ => regency,
    };

    // "Kabupaten Bima" → "Bupati Bima"; "Kota Bima" → "Wali Kota Bima".
    private static string HeadOf(string regencyName)
    {
        if (regencyName.StartsWith("Kabupaten ", StringComparison.Ordinal))
        {
            return "Bupati " + regencyName["Kabupaten ".Length..];
        }

        return regencyName.StartsWith("Kota ", StringComparison.Ordinal) ? "Wali Kota " + regencyName["Kota ".Length..] : "Kepala Daerah " + regencyName;
    }

    private bool TryRegionName(RegionCode code, [NotNullWhen(true)] out string? name)
    {
        if (Regions.TryGet(code, out var region))
        {
            name = region.Name;
            return true;
        }

        name = Regions.FindRetired(code)?.Name;
        return name is not null;
    }
}
