using NodaTime;
using Pilkada.Domain.Institutions;

namespace Pilkada.Domain.Violations;

/// <summary>Which list of the 2022 joint decree a breach is on. The values are stable.</summary>
public enum AsnBreachList
{
    /// <summary>Not stated.</summary>
    None = 0,

    /// <summary>Pelanggaran kode etik (ethics breach): a moral sanction under PP 42/2004 Pasal 15 (E1–E7).</summary>
    KodeEtik = 1,

    /// <summary>Pelanggaran disiplin (disciplinary breach): a disciplinary penalty under PP 94/2021 (D1–D12).</summary>
    Disiplin = 2,
}

/// <summary>
/// One of the seven ways PP 94/2021 Pasal 5 huruf n forbids a PNS to support a candidate, with the level Pasal 12–14
/// give it. Angka 1 ("ikut kampanye") has no level in the PP: any level for it comes from the joint decree's matrix.
/// </summary>
/// <param name="Number">Angka 1–7.</param>
/// <param name="Indonesian">The prohibition as the PP words it.</param>
/// <param name="English">An English gloss.</param>
/// <param name="Level">The level, or <see cref="DisciplineLevel.None"/> for angka 1 (the gap).</param>
/// <param name="Prohibition">Pasal 5 huruf n angka N.</param>
/// <param name="LevelProvision">Pasal 13 huruf g (sedang) or Pasal 14 huruf i angka M (berat); <see langword="null"/> for angka 1.</param>
public sealed record PnsCampaignProhibition(
    int Number,
    string Indonesian,
    string English,
    DisciplineLevel Level,
    LegalReference Prohibition,
    LegalReference? LevelProvision);

/// <summary>
/// A breach of ASN neutrality as listed in the joint decree (SKB) of 22 September 2022 on ASN neutrality in Pemilu and
/// Pemilihan: seven ethics breaches (E1–E7, moral sanction) and twelve disciplinary breaches (D1–D12, with a level).
/// </summary>
/// <remarks>
/// The same act appears on both lists (e.g. E1 and D1, banners for a prospective candidate). Which list applies to a
/// given act is decided by a rule that was not found (❓): the caller chooses the breach, and
/// <see cref="Counterpart"/> names the matching entry on the other list where one is apparent.
/// </remarks>
public sealed record AsnNeutralityBreach : IBreach
{
    /// <summary>The decree's number: <c>E1</c>–<c>E7</c>, <c>D1</c>–<c>D12</c>.</summary>
    public required string Number { get; init; }

    /// <summary>A stable code: <c>SKB-2022/D5</c>.</summary>
    public string Code => "SKB-2022/" + Number;

    /// <summary>Ethics or discipline.</summary>
    public required AsnBreachList List { get; init; }

    /// <summary>Always <see cref="ViolationCategory.PeraturanPerundanganLainnya"/>: the civil-service laws, not UU Pilkada.</summary>
    public ViolationCategory Category => ViolationCategory.PeraturanPerundanganLainnya;

    /// <summary>Always <see cref="RoutingMatter.NetralitasAsn"/>: KASN or BKN by date, then the Pejabat Pembina Kepegawaian.</summary>
    public RoutingMatter Matter => RoutingMatter.NetralitasAsn;

    /// <summary>The conduct in Bahasa Indonesia, as the decree's matrix is reported.</summary>
    public required string Indonesian { get; init; }

    /// <summary>The conduct in English.</summary>
    public required string English { get; init; }

    /// <summary>
    /// The article that forbids the conduct: PP 42/2004 (the code of ethics) for E-breaches; the PP 94/2021 prohibition
    /// for D-breaches where one matches, else the decree itself.
    /// </summary>
    public required LegalReference Prohibition { get; init; }

    /// <summary>The article of the sanction: PP 42/2004 Pasal 15; PP 94/2021 Pasal 13 huruf g or 14 huruf i; UU 5/2014 Pasal 87 ayat (4) huruf c.</summary>
    public required LegalReference? Punishment { get; init; }

    /// <summary>The decree's level for a disciplinary breach (sedang or berat); <see cref="DisciplineLevel.None"/> for ethics breaches and for D5.</summary>
    public DisciplineLevel Level { get; init; }

    /// <summary>Whether the decree's sanction is dismissal without honour (D5, party membership) rather than a level of the ladder.</summary>
    public bool DismissalWithoutHonour { get; init; }

    /// <summary>The PP 94/2021 Pasal 5 huruf n prohibition the conduct matches (angka 1–7), or <see langword="null"/> when none clearly does.</summary>
    public int? PnsProhibitionNumber { get; init; }

    /// <summary>How sure the link to PP 94/2021 is (matched by content: inferred).</summary>
    public SourceConfidence LinkConfidence { get; init; } = SourceConfidence.Uncertain;

    /// <summary>The entry on the other list for the same act, where one is apparent (inferred), or <see langword="null"/>.</summary>
    public string? Counterpart { get; init; }

    /// <summary>A remark.</summary>
    public string? Note { get; init; }

    /// <summary>The number and the conduct.</summary>
    public override string ToString() => $"{Number}: {Indonesian}";
}

/// <summary>
/// The ASN-neutrality data: the joint decree's lists (E1–E7, D1–D12) and PP 94/2021 Pasal 5 huruf n angka 1–7 with
/// the levels of Pasal 13 huruf g and 14 huruf i.
/// </summary>
/// <remarks>
/// <para>
/// Sources: the decree of 22 September 2022 ("SKB Nomor 2 Tahun 2022", signed by MenPAN-RB, Mendagri, the heads of BKN
/// and KASN and the chair of Bawaslu) as reported by Kompas, Tribun Jatim and NTBSatu (domain brief §5.1; the decree's
/// own text was not seen); PP 94/2021 from the statute text (LEGAL-VERIFICATION §7).
/// </para>
/// <para>
/// The neutrality rules cover PNS and PPPK alike; a PPPK's discipline follows PP 49/2018, not encoded here.
/// </para>
/// </remarks>
public static class AsnNeutralityCatalog
{
    /// <summary>The day the joint decree was signed.</summary>
    public static readonly LocalDate DecreeDate = new(2022, 9, 22);

    /// <summary>The decree, as a legal reference.</summary>
    public static LegalReference Decree { get; } = new(
        "SKB 2022",
        null,
        "Keputusan Bersama MenPAN-RB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu, 22 September 2022, tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan Umum dan Pemilihan");

    private static LegalReference Ref(string instrument, string provision, string? note = null) => new(instrument, provision, note);

    private static LegalReference N(int number) => Ref("PP 94/2021", $"Pasal 5 huruf n angka {number}");

    /// <summary>PP 94/2021 Pasal 5 huruf n angka 1–7 with their levels.</summary>
    public static IReadOnlyList<PnsCampaignProhibition> PnsCampaignProhibitions { get; } =
    [
        new(1, "ikut kampanye", "taking part in a campaign", DisciplineLevel.None, N(1), null),
        new(2, "menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS", "being a campaign participant with party or civil-service attributes",
            DisciplineLevel.Sedang, N(2), Ref("PP 94/2021", "Pasal 13 huruf g")),
        new(3, "sebagai peserta kampanye dengan mengerahkan PNS lain", "being a campaign participant while mobilising other civil servants",
            DisciplineLevel.Berat, N(3), Ref("PP 94/2021", "Pasal 14 huruf i angka 1")),
        new(4, "sebagai peserta kampanye dengan menggunakan fasilitas negara", "being a campaign participant while using state facilities",
            DisciplineLevel.Berat, N(4), Ref("PP 94/2021", "Pasal 14 huruf i angka 2")),
        new(5, "membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon sebelum, selama, dan sesudah masa kampanye",
            "making decisions or taking actions that benefit or harm a candidate pair before, during or after the campaign",
            DisciplineLevel.Berat, N(5), Ref("PP 94/2021", "Pasal 14 huruf i angka 3")),
        new(6, "mengadakan kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon sebelum, selama, dan sesudah masa kampanye, meliputi pertemuan, ajakan, himbauan, seruan, atau pemberian barang kepada PNS dalam lingkungan unit kerjanya, anggota keluarga, dan masyarakat",
            "holding activities showing partisanship for a candidate pair before, during or after the campaign (meetings, invitations, appeals, calls, gifts to colleagues, family and the public)",
            DisciplineLevel.Berat, N(6), Ref("PP 94/2021", "Pasal 14 huruf i angka 4")),
        new(7, "memberikan surat dukungan disertai fotokopi Kartu Tanda Penduduk atau Surat Keterangan Tanda Penduduk", "giving a letter of support with a copy of an identity card",
            DisciplineLevel.Berat, N(7), Ref("PP 94/2021", "Pasal 14 huruf i angka 5")),
    ];

    /// <summary>The seven ethics breaches, E1–E7 (moral sanction, PP 42/2004 Pasal 15).</summary>
    public static IReadOnlyList<AsnNeutralityBreach> KodeEtik { get; } = BuildEthics();

    /// <summary>The twelve disciplinary breaches, D1–D12, with their levels.</summary>
    public static IReadOnlyList<AsnNeutralityBreach> Disiplin { get; } = BuildDiscipline();

    /// <summary>All nineteen, E1–E7 then D1–D12.</summary>
    public static IReadOnlyList<AsnNeutralityBreach> All { get; } = [.. KodeEtik, .. Disiplin];

    /// <summary>The breach with a number, <c>E1</c>–<c>E7</c> or <c>D1</c>–<c>D12</c> (case-insensitive; <c>SKB-2022/D5</c> also works).</summary>
    /// <param name="number">The number or code.</param>
    /// <param name="breach">The breach.</param>
    public static bool TryGet(string number, out AsnNeutralityBreach breach)
    {
        var key = (number ?? string.Empty).Trim();
        if (key.StartsWith("SKB-2022/", StringComparison.OrdinalIgnoreCase))
        {
            key = key["SKB-2022/".Length..];
        }

        foreach (var b in All)
        {
            if (string.Equals(b.Number, key, StringComparison.OrdinalIgnoreCase))
            {
                breach = b;
                return true;
            }
        }

        breach = null!;
        return false;
    }

    /// <summary>
    /// Finds breaches by number (<c>D5</c>) or words. <c>netralitas</c>, <c>neutrality</c>, <c>ASN</c>, <c>PNS</c>,
    /// <c>SKB</c> give all nineteen; other words match the conduct.
    /// </summary>
    /// <param name="query">The number or words.</param>
    public static IReadOnlyList<AsnNeutralityBreach> Search(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = query.Trim();
        if (q.Length == 0)
        {
            return [];
        }

        if (TryGet(q, out var one))
        {
            return [one];
        }

        string[] all = ["netralitas", "neutrality", "asn", "pns", "pppk", "skb", "netral"];
        if (all.Any(a => q.Contains(a, StringComparison.OrdinalIgnoreCase)))
        {
            return All;
        }

        return [.. All.Where(b => b.Indonesian.Contains(q, StringComparison.OrdinalIgnoreCase) || b.English.Contains(q, StringComparison.OrdinalIgnoreCase))];
    }

    private static IReadOnlyList<AsnNeutralityBreach> BuildEthics()
    {
        var moral = Ref("PP 42/2004", "Pasal 15 ayat (1)–(3)", "sanksi moral: pernyataan secara tertutup atau terbuka");
        AsnNeutralityBreach E(int n, string indonesian, string english, string? counterpart) => new()
        {
            Number = "E" + n,
            List = AsnBreachList.KodeEtik,
            Indonesian = indonesian,
            English = english,
            Prohibition = Decree with { Note = "list A (kode etik), item " + n + "; the code-of-ethics provision in PP 42/2004 it applies was not seen" },
            Punishment = moral,
            Counterpart = counterpart,
        };

        return
        [
            E(1, "memasang spanduk/baliho/alat peraga lainnya terkait bakal calon", "putting up banners, billboards or other campaign props for a prospective candidate", "D1"),
            E(2, "sosialisasi/kampanye media sosial/online bakal calon", "promoting or campaigning for a prospective candidate on social media or online", "D2"),
            E(3, "menghadiri deklarasi/kampanye pasangan bakal calon dan memberikan tindakan/dukungan secara aktif", "attending a prospective pair's declaration or campaign and actively supporting it", "D4"),
            E(4, "membuat posting, comment, share, like, bergabung/follow dalam grup/akun pemenangan bakal calon", "posting, commenting, sharing, liking, joining or following a prospective candidate's campaign group or account", "D6"),
            E(5, "memposting foto bersama bakal calon/tim sukses/alat peraga terkait partai politik di media yang dapat diakses publik", "posting photos with a prospective candidate, the campaign team or party props where the public can see them", "D7"),
            E(6, "ikut dalam kegiatan kampanye/sosialisasi/pengenalan bakal calon", "taking part in campaign, promotion or introduction events for a prospective candidate", null),
            E(7, "mengikuti deklarasi/kampanye bagi suami/istri calon", "a candidate's spouse who is a civil servant attending the declaration or campaign", null),
        ];
    }

    private static IReadOnlyList<AsnNeutralityBreach> BuildDiscipline()
    {
        LegalReference LevelRef(DisciplineLevel level, int? pp) => pp is { } n && PnsCampaignProhibitions[n - 1].LevelProvision is { } provision
            ? provision
            : level == DisciplineLevel.Sedang
                ? Decree with { Note = "hukuman disiplin sedang, PP 94/2021 Pasal 8 ayat (3); the decree's own article reference was not seen" }
                : Decree with { Note = "hukuman disiplin berat, PP 94/2021 Pasal 8 ayat (4); the decree's own article reference was not seen" };

        AsnNeutralityBreach D(int n, string indonesian, string english, DisciplineLevel level, int? pp, string? counterpart, string? note = null) => new()
        {
            Number = "D" + n,
            List = AsnBreachList.Disiplin,
            Indonesian = indonesian,
            English = english,
            Prohibition = pp is { } p ? N(p) : Decree with { Note = "list B (disiplin), item " + n + "; no PP 94/2021 Pasal 5 huruf n prohibition clearly matches" },
            Punishment = LevelRef(level, pp),
            Level = level,
            PnsProhibitionNumber = pp,
            Counterpart = counterpart,
            Note = note,
        };

        var ptdh = new AsnNeutralityBreach
        {
            Number = "D5",
            List = AsnBreachList.Disiplin,
            Indonesian = "menjadi anggota dan/atau pengurus partai politik",
            English = "being a member or officer of a political party",
            Prohibition = Ref("UU 5/2014", "Pasal 87 ayat (4) huruf c"),
            Punishment = SanctionLadders.PartyMembershipDismissal.Basis,
            DismissalWithoutHonour = true,
            LinkConfidence = SourceConfidence.Confirmed,
            Note = "Pemberhentian tidak dengan hormat (PTDH) under the ASN law, not a level of the PP 94/2021 ladder.",
        };

        return
        [
            D(1, "memasang spanduk/baliho/alat peraga kampanye bakal calon", "putting up banners, billboards or campaign props for a prospective candidate", DisciplineLevel.Berat, null, "E1"),
            D(2, "sosialisasi/kampanye media sosial/online bakal calon", "promoting or campaigning for a prospective candidate on social media or online", DisciplineLevel.Berat, null, "E2"),
            D(3, "melakukan pendekatan ke partai politik terkait pencalonan dirinya atau orang lain sebagai bakal calon", "approaching a political party about one's own or another's nomination as a prospective candidate", DisciplineLevel.Sedang, null, null),
            D(4, "menghadiri deklarasi/kampanye dan memberikan dukungan secara aktif", "attending a declaration or campaign and actively supporting it", DisciplineLevel.Berat, 1, "E3",
                "Matches PP 94/2021 Pasal 5 huruf n angka 1 (ikut kampanye), which the PP gives no level: berat is the decree's."),
            ptdh,
            D(6, "membuat posting, comment, share, like, bergabung/follow dalam grup/akun pemenangan", "posting, commenting, sharing, liking, joining or following a campaign group or account", DisciplineLevel.Berat, null, "E4"),
            D(7, "memposting foto bersama calon/tim sukses dengan gestur keberpihakan atau atribut partai politik", "posting photos with a candidate or the campaign team with a gesture of support or party attributes", DisciplineLevel.Berat, null, "E5"),
            D(8, "mengadakan kegiatan yang mengarah pada keberpihakan", "holding activities showing partisanship", DisciplineLevel.Berat, 6, null),
            D(9, "menjadi tim ahli/tim pemenangan/konsultan sebelum penetapan peserta", "serving as expert, campaign team member or consultant before the participants are set", DisciplineLevel.Sedang, null, null),
            D(10, "menjadi tim ahli/tim pemenangan/konsultan setelah penetapan peserta", "serving as expert, campaign team member or consultant after the participants are set", DisciplineLevel.Berat, null, null),
            D(11, "memberikan dukungan kepada calon perseorangan (surat dukungan/fotokopi KTP/Suket)", "supporting an independent candidate with a letter of support or a copy of an identity card", DisciplineLevel.Berat, 7, null),
            D(12, "membuat keputusan/tindakan yang menguntungkan/merugikan partai politik/calon", "making decisions or taking actions that benefit or harm a party or candidate", DisciplineLevel.Berat, 5, null),
        ];
    }
}
