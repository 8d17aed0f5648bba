using System.Collections;
using System.Collections.Frozen;
using NodaTime;

namespace Pilkada.Domain.Institutions;

/// <summary>
/// The profiles of every <see cref="InstitutionKind"/>: names, levels, permanence, member counts, legal basis and
/// lifetimes. Immutable; <see cref="Default"/> holds the library's data, <see cref="With"/> gives a copy with one
/// profile replaced (for instance a member count the caller knows better).
/// </summary>
/// <remarks>
/// <para>Sources, checked against the statute texts (see <c>data/statutes/</c>):</para>
/// <list type="bullet">
/// <item>Bawaslu, KPU and DKPP member counts: UU 7/2017 Pasal 10 ayat (1), 92 ayat (2)–(6) and 155 ayat (4); the ad hoc
/// Pilkada bodies: UU 1/2015 Pasal 23 and UU 10/2016 Pasal 16, 19 and 21.</item>
/// <item>Bawaslu Kabupaten/Kota permanent in Pilkada since Putusan MK 48/PUU-XVII/2019, pronounced 29 January 2020.</item>
/// <item>KASN handled ASN-neutrality cases until 23 August 2024; BKN from 24 August 2024 (SE MenPAN-RB 4/2024).</item>
/// </list>
/// </remarks>
public sealed class InstitutionProfiles : IReadOnlyCollection<InstitutionProfile>
{
    /// <summary>The day Putusan MK 48/PUU-XVII/2019 was pronounced: Panwas Kabupaten/Kota became Bawaslu Kabupaten/Kota in Pilkada.</summary>
    public static readonly LocalDate BawasluKabupatenKotaPermanentFrom = new(2020, 1, 29);

    /// <summary>The first day BKN, not KASN, handled ASN-neutrality cases (SE MenPAN-RB 4/2024).</summary>
    public static readonly LocalDate BknNeutralityFrom = new(2024, 8, 24);

    private static readonly Lazy<InstitutionProfiles> DefaultProfiles = new(() => new InstitutionProfiles(Build()));

    private readonly FrozenDictionary<InstitutionKind, InstitutionProfile> _profiles;
    private readonly InstitutionProfile[] _ordered;

    private InstitutionProfiles(IEnumerable<InstitutionProfile> profiles)
    {
        _ordered = [.. profiles.OrderBy(p => p.Kind)];
        _profiles = _ordered.ToFrozenDictionary(p => p.Kind);
    }

    /// <summary>The library's profiles, as in force for Pilkada 2024.</summary>
    public static InstitutionProfiles Default => DefaultProfiles.Value;

    /// <summary>What the data describes: the laws and the election it was checked for.</summary>
    public static string Edition => "UU 1/2015 jo. UU 8/2015 jo. UU 10/2016 and UU 7/2017, as applied to Pilkada 2024";

    /// <summary>The number of profiles (one per kind except <see cref="InstitutionKind.None"/>).</summary>
    public int Count => _ordered.Length;

    /// <summary>The profile of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is <see cref="InstitutionKind.None"/> or not defined.</exception>
    public InstitutionProfile this[InstitutionKind kind] =>
        _profiles.TryGetValue(kind, out var profile)
            ? profile
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "There is no institution profile for this kind.");

    /// <summary>The profile of a kind, if there is one.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="profile">The profile.</param>
    public bool TryGet(InstitutionKind kind, out InstitutionProfile profile)
    {
        if (_profiles.TryGetValue(kind, out var found))
        {
            profile = found;
            return true;
        }

        profile = null!;
        return false;
    }

    /// <summary>A copy with one profile replaced (matched by <see cref="InstitutionProfile.Kind"/>).</summary>
    /// <param name="profile">The new profile, e.g. <c>Default[kind] with { Members = … }</c>.</param>
    /// <exception cref="ArgumentException">The profile has no kind, no short name or no level.</exception>
    public InstitutionProfiles With(InstitutionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Kind == InstitutionKind.None || string.IsNullOrWhiteSpace(profile.ShortName) || profile.Levels.Count == 0)
        {
            throw new ArgumentException("A profile needs a kind, a short name and at least one level.", nameof(profile));
        }

        if (profile.Members is { } members && (members.Options.Count == 0 || members.Options.Any(o => o < 1) || !members.Options.SequenceEqual(members.Options.Order())))
        {
            throw new ArgumentException("A member count needs at least one positive number, in ascending order.", nameof(profile));
        }

        return new InstitutionProfiles(_ordered.Where(p => p.Kind != profile.Kind).Append(profile));
    }

    /// <inheritdoc/>
    public IEnumerator<InstitutionProfile> GetEnumerator() => ((IEnumerable<InstitutionProfile>)_ordered).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static LegalReference Ref(string instrument, string? provision = null, string? note = null) => new(instrument, provision, note);

    private static MemberCount Members(int[] options, MemberCountUnit unit, LegalReference source, SourceConfidence confidence = SourceConfidence.Confirmed, string? assumption = null) =>
        new(options, unit, source, confidence, assumption);

    private static IEnumerable<InstitutionProfile> Build()
    {
        InstitutionLevel[] national = [InstitutionLevel.National];
        InstitutionLevel[] province = [InstitutionLevel.Provinsi];
        InstitutionLevel[] kabupatenKota = [InstitutionLevel.KabupatenKota];
        InstitutionLevel[] regional = [InstitutionLevel.Provinsi, InstitutionLevel.KabupatenKota];
        InstitutionLevel[] allThree = [InstitutionLevel.National, InstitutionLevel.Provinsi, InstitutionLevel.KabupatenKota];
        const string MkBawasluNote = "Putusan MK 48/PUU-XVII/2019 (29 January 2020) read Panwas Kabupaten/Kota in UU Pilkada as Bawaslu Kabupaten/Kota.";

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.BawasluRI,
            ShortName = "Bawaslu RI",
            IndonesianName = "Badan Pengawas Pemilihan Umum Republik Indonesia",
            EnglishName = "Election Supervisory Board",
            Levels = national,
            Tenure = InstitutionTenure.Permanent,
            Members = Members([5], MemberCountUnit.PerBody, Ref("UU 7/2017", "Pasal 92 ayat (2) huruf a")),
            LegalBasis =
            [
                Ref("UU 8/2015", "Pasal 1 angka 10"),
                Ref("UU 8/2015", "Pasal 22A ayat (1)"),
                Ref("UU 10/2016", "Pasal 22B", "receives, examines and decides keberatan against a Bawaslu Provinsi putusan on disqualification (huruf b)"),
            ],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.BawasluProvinsi,
            ShortName = "Bawaslu Provinsi",
            IndonesianName = "Badan Pengawas Pemilihan Umum Provinsi",
            EnglishName = "Provincial Election Supervisory Board",
            Levels = province,
            Tenure = InstitutionTenure.Permanent,
            Members = Members(
                [5, 7],
                MemberCountUnit.PerBody,
                Ref("UU 7/2017", "Pasal 92 ayat (2) huruf b dan ayat (3)"),
                SourceConfidence.Confirmed,
                "Which province has 5 and which 7 is set in UU 7/2017 Lampiran II, not encoded here. UU 1/2015 Pasal 23 ayat (3) said 3; " +
                "the UU 7/2017 numbers apply to Pilkada after Putusan MK 48/PUU-XVII/2019."),
            LegalBasis =
            [
                Ref("UU 8/2015", "Pasal 1 angka 16"),
                Ref("UU 8/2015", "Pasal 22A ayat (2)", "supervises the pemilihan gubernur"),
                Ref("UU 8/2015", "Pasal 28 ayat (1)"),
                Ref("UU 10/2016", "Pasal 135A ayat (2)", "decides TSM administrative violations in every contest"),
            ],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.BawasluKabupatenKota,
            ShortName = "Bawaslu Kabupaten/Kota",
            IndonesianName = "Badan Pengawas Pemilihan Umum Kabupaten/Kota",
            EnglishName = "Regency/City Election Supervisory Board",
            Levels = kabupatenKota,
            Tenure = InstitutionTenure.Permanent,
            Members = Members(
                [3, 5],
                MemberCountUnit.PerBody,
                Ref("UU 7/2017", "Pasal 92 ayat (2) huruf c dan ayat (3)"),
                SourceConfidence.Uncertain,
                "Assumed from UU 7/2017 (the Pemilu law, which creates the permanent body): 3 or 5, set per regency/city in its Lampiran II. " +
                "The domain brief leaves the Pilkada number open (3 in UU 1/2015 Pasal 23 ayat (3))."),
            LegalBasis =
            [
                Ref("UU 8/2015", "Pasal 22A ayat (3)", "supervises the pemilihan bupati and wali kota (as Panwas Kabupaten/Kota)"),
                Ref("UU 10/2016", "Pasal 30", "tasks of Panwas Kabupaten/Kota, now Bawaslu Kabupaten/Kota"),
                Ref("Putusan MK 48/PUU-XVII/2019", null, MkBawasluNote),
            ],
            InForceFrom = BawasluKabupatenKotaPermanentFrom,
            Predecessor = InstitutionKind.PanwasKabupatenKota,
            Confidence = SourceConfidence.Confirmed,
            Note = "Instances are named \"Bawaslu\" and the region's name: Bawaslu Kota Bima, Bawaslu Kabupaten Bima.",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.PanwasKabupatenKota,
            ShortName = "Panwas Kabupaten/Kota",
            IndonesianName = "Panitia Pengawas Pemilihan Kabupaten/Kota",
            EnglishName = "Regency/City Election Supervisory Committee (ad hoc)",
            Levels = kabupatenKota,
            Tenure = InstitutionTenure.AdHoc,
            Members = Members([3], MemberCountUnit.PerBody, Ref("UU 1/2015", "Pasal 23 ayat (3)")),
            LegalBasis =
            [
                Ref("UU 8/2015", "Pasal 1 angka 17"),
                Ref("UU 1/2015", "Pasal 24", "formed by Bawaslu Provinsi at most a month before the first stage, dissolved at most two months after the last"),
            ],
            InForceUntil = BawasluKabupatenKotaPermanentFrom,
            Successor = InstitutionKind.BawasluKabupatenKota,
            Confidence = SourceConfidence.Confirmed,
            Note = MkBawasluNote,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.PanwasluKecamatan,
            ShortName = "Panwaslu Kecamatan",
            IndonesianName = "Panitia Pengawas Pemilihan Kecamatan",
            EnglishName = "District Election Supervisory Committee",
            Levels = [InstitutionLevel.Kecamatan],
            Tenure = InstitutionTenure.AdHoc,
            Members = Members([3], MemberCountUnit.PerBody, Ref("UU 1/2015", "Pasal 23 ayat (3)", "also UU 7/2017 Pasal 92 ayat (2) huruf d")),
            LegalBasis = [Ref("UU 8/2015", "Pasal 1 angka 18"), Ref("UU 10/2016", "Pasal 33")],
            Confidence = SourceConfidence.Confirmed,
            Note = "Named after the kecamatan: Panwaslu Kecamatan Rasanae Barat; Panwaslu Distrik in the Papua provinces. The statute writes \"Panwas Kecamatan\".",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.PanwasluKelurahanDesa,
            ShortName = "Panwaslu Kelurahan/Desa",
            IndonesianName = "Panitia Pengawas Pemilihan Kelurahan/Desa",
            EnglishName = "Village Election Supervisor",
            Levels = [InstitutionLevel.DesaKelurahan],
            Tenure = InstitutionTenure.AdHoc,
            Members = Members([1], MemberCountUnit.PerVillage, Ref("UU 1/2015", "Pasal 23 ayat (4)", "as PPL; also UU 7/2017 Pasal 92 ayat (4)")),
            LegalBasis = [Ref("UU 8/2015", "Pasal 1 angka 19", "Pengawas Pemilihan Lapangan (PPL), now Panwaslu Kelurahan/Desa (PKD)")],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.PengawasTps,
            ShortName = "Pengawas TPS",
            IndonesianName = "Pengawas Tempat Pemungutan Suara",
            EnglishName = "Polling-Station Supervisor",
            Levels = [InstitutionLevel.Tps],
            Tenure = InstitutionTenure.AdHoc,
            Members = Members([1], MemberCountUnit.PerTps, Ref("UU 1/2015", "Pasal 23 ayat (5)", "also UU 8/2015 Pasal 27 ayat (1)")),
            LegalBasis =
            [
                Ref("UU 8/2015", "Pasal 1 angka 20"),
                Ref("UU 8/2015", "Pasal 27 ayat (2)", "formed 23 days before voting day, dissolved 7 days after it"),
            ],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.KpuRI,
            ShortName = "KPU RI",
            IndonesianName = "Komisi Pemilihan Umum Republik Indonesia",
            EnglishName = "General Election Commission",
            Levels = national,
            Tenure = InstitutionTenure.Permanent,
            Members = Members([7], MemberCountUnit.PerBody, Ref("UU 7/2017", "Pasal 10 ayat (1) huruf a"), SourceConfidence.Confirmed,
                "From the statute text of UU 7/2017; the domain brief did not research KPU member counts."),
            LegalBasis = [Ref("UU 8/2015", "Pasal 1 angka 7")],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.KpuProvinsi,
            ShortName = "KPU Provinsi",
            IndonesianName = "Komisi Pemilihan Umum Provinsi",
            EnglishName = "Provincial Election Commission",
            Levels = province,
            Tenure = InstitutionTenure.Permanent,
            Members = Members([5, 7], MemberCountUnit.PerBody, Ref("UU 7/2017", "Pasal 10 ayat (1) huruf b dan ayat (3)"), SourceConfidence.Confirmed,
                "Which province has 5 and which 7 is set in UU 7/2017 Lampiran I, not encoded here; the domain brief did not research KPU member counts."),
            LegalBasis = [Ref("UU 8/2015", "Pasal 1 angka 8", "organises the pemilihan gubernur")],
            Confidence = SourceConfidence.Confirmed,
            Note = "In Aceh the provincial commission is the Komisi Independen Pemilihan (KIP Aceh); names here say KPU.",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.KpuKabupatenKota,
            ShortName = "KPU Kabupaten/Kota",
            IndonesianName = "Komisi Pemilihan Umum Kabupaten/Kota",
            EnglishName = "Regency/City Election Commission",
            Levels = kabupatenKota,
            Tenure = InstitutionTenure.Permanent,
            Members = Members([3, 5], MemberCountUnit.PerBody, Ref("UU 7/2017", "Pasal 10 ayat (1) huruf c dan ayat (3)"), SourceConfidence.Confirmed,
                "Which regency or city has 3 and which 5 is set in UU 7/2017 Lampiran I, not encoded here; the domain brief did not research KPU member counts."),
            LegalBasis = [Ref("UU 8/2015", "Pasal 1 angka 9", "organises the pemilihan bupati and wali kota")],
            Confidence = SourceConfidence.Confirmed,
            Note = "In Aceh the regency/city commission is the KIP Kabupaten/Kota; names here say KPU.",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.Ppk,
            ShortName = "PPK",
            IndonesianName = "Panitia Pemilihan Kecamatan",
            EnglishName = "District Election Committee",
            Levels = [InstitutionLevel.Kecamatan],
            Tenure = InstitutionTenure.AdHoc,
            Members = Members([5], MemberCountUnit.PerBody, Ref("UU 10/2016", "Pasal 16 ayat (1)", "for Pemilu, UU 7/2017 Pasal 52 ayat (1) says 3")),
            LegalBasis = [Ref("UU 8/2015", "Pasal 1 angka 12"), Ref("PKPU 8/2022", null, "badan ad hoc for Pemilu and Pemilihan")],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.Pps,
            ShortName = "PPS",
            IndonesianName = "Panitia Pemungutan Suara",
            EnglishName = "Village Voting Committee",
            Levels = [InstitutionLevel.DesaKelurahan],
            Tenure = InstitutionTenure.AdHoc,
            Members = Members([3], MemberCountUnit.PerBody, Ref("UU 10/2016", "Pasal 19 ayat (1)")),
            LegalBasis = [Ref("UU 8/2015", "Pasal 1 angka 13")],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.Kpps,
            ShortName = "KPPS",
            IndonesianName = "Kelompok Penyelenggara Pemungutan Suara",
            EnglishName = "Polling-Station Working Committee",
            Levels = [InstitutionLevel.Tps],
            Tenure = InstitutionTenure.AdHoc,
            Members = Members([7], MemberCountUnit.PerBody, Ref("UU 10/2016", "Pasal 21 ayat (1)"), SourceConfidence.Confirmed,
                "The domain brief left \"7?\" unverified; the statute text of UU 10/2016 Pasal 21 ayat (1) says 7 (tujuh)."),
            LegalBasis = [Ref("UU 8/2015", "Pasal 1 angka 14")],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.Dkpp,
            ShortName = "DKPP",
            IndonesianName = "Dewan Kehormatan Penyelenggara Pemilihan Umum",
            EnglishName = "Election Organiser Ethics Council",
            Levels = national,
            Tenure = InstitutionTenure.Permanent,
            Members = Members([7], MemberCountUnit.PerBody, Ref("UU 7/2017", "Pasal 155 ayat (4)", "1 ex officio from KPU, 1 ex officio from Bawaslu, 5 tokoh masyarakat"), SourceConfidence.Confirmed,
                "The domain brief left \"commonly 7\" unverified; the statute text of UU 7/2017 Pasal 155 ayat (4) says 7 (tujuh)."),
            LegalBasis =
            [
                Ref("UU 8/2015", "Pasal 1 angka 11"),
                Ref("UU 1/2015", "Pasal 135 ayat (1) huruf a", "Bawaslu forwards ethics violations of election officials to DKPP"),
                Ref("UU 1/2015", "Pasal 137 ayat (1)"),
            ],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.SentraGakkumdu,
            ShortName = "Sentra Gakkumdu",
            IndonesianName = "Sentra Penegakan Hukum Terpadu",
            EnglishName = "Integrated Law Enforcement Centre (Bawaslu, Polri, Kejaksaan)",
            Levels = allThree,
            Tenure = InstitutionTenure.AdHoc,
            LegalBasis =
            [
                Ref("UU 10/2016", "Pasal 152 ayat (1)", "Bawaslu Provinsi and/or Panwas Kabupaten/Kota, Polda and/or Polres, Kejati and/or Kejari"),
                Ref("UU 10/2016", "Pasal 152 ayat (2)", "attached to Bawaslu, Bawaslu Provinsi and Panwas Kabupaten/Kota"),
                Ref("UU 10/2016", "Pasal 152 ayat (4)", "regulated by a peraturan bersama of Kapolri, Jaksa Agung and Ketua Bawaslu; the 2024 one was not found"),
            ],
            Confidence = SourceConfidence.Confirmed,
            Note = "Formed for each election by peraturan bersama; first formed for Pilkada 2015.",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.Polri,
            ShortName = "Polri",
            IndonesianName = "Kepolisian Negara Republik Indonesia",
            EnglishName = "Indonesian National Police (investigator)",
            Levels = allThree,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis =
            [
                Ref("UU 1/2015", "Pasal 135 ayat (1) huruf d", "follows up election crimes"),
                Ref("UU 1/2015", "Pasal 135 ayat (2)", "receives the report within 1 x 24 hours of the Bawaslu decision"),
                Ref("UU 10/2016", "Pasal 146"),
            ],
            Confidence = SourceConfidence.Confirmed,
            Note = "Instance names are descriptive (Polda + province, Polres + regency/city); a real Polres may be named otherwise (Polres Bima Kota).",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.Kejaksaan,
            ShortName = "Kejaksaan",
            IndonesianName = "Kejaksaan Republik Indonesia",
            EnglishName = "Public Prosecution Service",
            Levels = allThree,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis = [Ref("UU 10/2016", "Pasal 146 ayat (3)–(6)"), Ref("UU 10/2016", "Pasal 152 ayat (1)")],
            Confidence = SourceConfidence.Confirmed,
            Note = "Instance names are descriptive: Kejaksaan Agung, Kejaksaan Tinggi + province, Kejaksaan Negeri + regency/city.",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.PengadilanNegeri,
            ShortName = "Pengadilan Negeri",
            IndonesianName = "Pengadilan Negeri",
            EnglishName = "District Court",
            Levels = kabupatenKota,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis = [Ref("UU 1/2015", "Pasal 147 ayat (2)", "majelis khusus"), Ref("UU 1/2015", "Pasal 148 ayat (1)")],
            Confidence = SourceConfidence.Confirmed,
            Note = "Instance names are descriptive; a court's seat and name may differ from the regency/city (Pengadilan Negeri Raba Bima).",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.PengadilanTinggi,
            ShortName = "Pengadilan Tinggi",
            IndonesianName = "Pengadilan Tinggi",
            EnglishName = "High Court",
            Levels = province,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis = [Ref("UU 1/2015", "Pasal 148 ayat (2)–(5)", "the appeal; its putusan is final and binding")],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.MahkamahKonstitusi,
            ShortName = "Mahkamah Konstitusi",
            IndonesianName = "Mahkamah Konstitusi Republik Indonesia",
            EnglishName = "Constitutional Court",
            Levels = national,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis = [Ref("UU 10/2016", "Pasal 157 ayat (3)–(8)", "disputes over the result until a special court is formed")],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.MahkamahAgung,
            ShortName = "Mahkamah Agung",
            IndonesianName = "Mahkamah Agung Republik Indonesia",
            EnglishName = "Supreme Court",
            Levels = national,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis = [Ref("UU 10/2016", "Pasal 135A ayat (6)–(9)", "appeal against cancellation for a TSM administrative violation")],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.Kasn,
            ShortName = "KASN",
            IndonesianName = "Komisi Aparatur Sipil Negara",
            EnglishName = "Civil Service Commission",
            Levels = national,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis =
            [
                Ref("UU 5/2014", "Pasal 31 ayat (1) huruf a", "menjaga netralitas Pegawai ASN"),
                Ref("UU 5/2014", "Pasal 32 ayat (3)", "its findings go to the Pejabat Pembina Kepegawaian, who must act on them"),
                Ref("SE MenPAN-RB 4/2024", null, "KASN stopped handling neutrality reports on 24 August 2024; BKN took over"),
            ],
            InForceUntil = BknNeutralityFrom,
            Successor = InstitutionKind.Bkn,
            Confidence = SourceConfidence.Confirmed,
            Note = "UU 20/2023 removed KASN; Perpres 91/2024 and 92/2024 dissolved it (their promulgation dates were not found). " +
                   "24 August 2024 is Bawaslu's operative date.",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.Bkn,
            ShortName = "BKN",
            IndonesianName = "Badan Kepegawaian Negara",
            EnglishName = "National Civil Service Agency",
            Levels = national,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis =
            [
                Ref("SE MenPAN-RB 4/2024", null, "Pengalihan Pelaksanaan Pengawasan Sistem Merit dalam Manajemen ASN; neutrality cases from 24 August 2024"),
                Ref("Perpres 92/2024", null, "KASN's functions, including ASN neutrality, move to BKN; date of promulgation not found"),
                Ref("Peraturan BKN 1/2023", null, "blocking of personnel data in SIASN when a recommendation is not acted on"),
            ],
            Confidence = SourceConfidence.Confirmed,
            Note = "Handles ASN neutrality through its Deputi Bidang Pengawasan dan Pengendalian.",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.KemenpanRB,
            ShortName = "KemenPAN-RB",
            IndonesianName = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            EnglishName = "Ministry of State Apparatus Empowerment and Bureaucratic Reform",
            Levels = national,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis =
            [
                Ref("SKB 2022", null, "Keputusan Bersama of 22 September 2022 on ASN neutrality (MenPAN-RB number 2/2022), a signatory"),
                Ref("Perpres 91/2024", null, "merit-system supervision policy; date of promulgation not found"),
            ],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.Kemendagri,
            ShortName = "Kemendagri",
            IndonesianName = "Kementerian Dalam Negeri",
            EnglishName = "Ministry of Home Affairs",
            Levels = national,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis =
            [
                Ref("UU 8/2015", "Pasal 1 angka 27", "\"Menteri\" in UU Pilkada is the home-affairs minister"),
                Ref("UU 10/2016", "Pasal 71 ayat (2)", "written approval for replacing officials"),
                Ref("SKB 2022", null, "a signatory of the ASN-neutrality decree"),
            ],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.Bakesbangpol,
            ShortName = "Bakesbangpol",
            IndonesianName = "Badan Kesatuan Bangsa dan Politik",
            EnglishName = "Regional Agency for National Unity and Politics",
            Levels = regional,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis =
            [
                Ref("Permendagri 46/2019", null, "kewaspadaan dini (early warning) in the regions"),
                Ref("Instruksi Mendagri", null, "Desk Pilkada: the Kepala Kesbangpol is its secretary, the Sekda its chair"),
            ],
            Confidence = SourceConfidence.Confirmed,
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.PejabatPembinaKepegawaian,
            ShortName = "Pejabat Pembina Kepegawaian",
            IndonesianName = "Pejabat Pembina Kepegawaian",
            EnglishName = "Civil-service appointing and disciplining official",
            Levels = allThree,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis =
            [
                Ref("UU 5/2014", "Pasal 1 angka 14"),
                Ref("UU 5/2014", "Pasal 53", "minister, head of agency, gubernur, bupati/wali kota"),
                Ref("PP 42/2004", "Pasal 15 ayat (2)", "states the moral sanction"),
                Ref("PP 94/2021", "Pasal 24", "an official who does not discipline is disciplined by his superior"),
            ],
            Confidence = SourceConfidence.Confirmed,
            Note = "Whether a penjabat (Pj) kepala daerah holds the full power to discipline was not confirmed (❓).",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.PokjaNetralitasAsn,
            ShortName = "Pokja Netralitas ASN",
            IndonesianName = "Kelompok Kerja Netralitas Aparatur Sipil Negara",
            EnglishName = "ASN Neutrality Working Group",
            Levels = regional,
            Tenure = InstitutionTenure.AdHoc,
            LegalBasis = [],
            Confidence = SourceConfidence.SingleSource,
            Note = "Reported for Kota Bima in 2024 (Bawaslu with the Forkopimda and the city government, ANTARA); its own legal basis was not seen.",
        };

        yield return new InstitutionProfile
        {
            Kind = InstitutionKind.KepalaDaerah,
            ShortName = "Gubernur/Bupati/Wali Kota",
            IndonesianName = "Kepala Daerah",
            EnglishName = "Regional head (governor, regent or mayor)",
            Levels = regional,
            Tenure = InstitutionTenure.Permanent,
            LegalBasis =
            [
                Ref("UU 6/2014", "Pasal 29 huruf j dan Pasal 30", "a kepala desa may not take part in a Pilkada campaign; sanctions from teguran to dismissal. Not among the statute texts checked (❓)"),
            ],
            Confidence = SourceConfidence.Uncertain,
            Note = "Supervises village heads (via the camat in practice); in 2024 often a penjabat (Pj).",
        };
    }
}
