using NodaTime;
using Pilkada.Domain.Institutions;

namespace Pilkada.Domain.Violations;

/// <summary>
/// Katalog pelanggaran: the offences of UU Pilkada an oversight app meets most — ASN and village heads in campaigns,
/// officials' partisan decisions, replacing officials, politik uang (giver, receiver and the calon's administrative
/// track), disrupting a campaign and campaign-finance offences — with their articles, penalties and administrative
/// consequences. Immutable; versioned by the dates each text is in force.
/// </summary>
/// <remarks>
/// Every number is checked against the statute texts (UU 1/2015, UU 8/2015, UU 10/2016; committed in
/// <c>data/statutes/</c>): Pasal 187A is "dan denda" (cumulative); Pasal 187 ayat (4)–(7), 188, 189 and 190 are
/// "dan/atau" — LEGAL-VERIFICATION §8 corrects the summaries that read Pasal 189 as "dan denda".
/// </remarks>
public sealed class OffenceCatalog
{
    private static readonly Lazy<OffenceCatalog> DefaultCatalog = new(() => new OffenceCatalog(Build()));

    private readonly Offence[] _offences;

    private OffenceCatalog(Offence[] offences) => _offences = offences;

    /// <summary>The library's catalogue.</summary>
    public static OffenceCatalog Default => DefaultCatalog.Value;

    /// <summary>The texts the catalogue encodes.</summary>
    public static string Edition => "UU 1/2015 jo. UU 8/2015 jo. UU 10/2016 (UU 6/2020 did not change these articles), text in force for Pilkada 2024";

    /// <summary>The first day of the text of UU 1/2015's annex (Perppu 1/2014, in force from its promulgation on 2 October 2014).</summary>
    public static readonly LocalDate Perppu2014 = new(2014, 10, 2);

    /// <summary>The day UU 8/2015 was promulgated and came into force.</summary>
    public static readonly LocalDate Uu8Of2015 = new(2015, 3, 18);

    /// <summary>The day UU 10/2016 was promulgated and came into force.</summary>
    public static readonly LocalDate Uu10Of2016 = new(2016, 7, 1);

    /// <summary>Every offence, in article order.</summary>
    public IReadOnlyList<Offence> All => _offences;

    /// <summary>The offences whose text is in force on a date.</summary>
    /// <param name="date">The date of the conduct.</param>
    public IEnumerable<Offence> InForceOn(LocalDate date) => _offences.Where(o => o.IsInForceOn(date));

    /// <summary>The offence with a code, e.g. <c>UU10-2016/187A-1</c>.</summary>
    /// <param name="code">The code (case-insensitive).</param>
    /// <param name="offence">The offence.</param>
    public bool TryGet(string code, out Offence offence)
    {
        foreach (var o in _offences)
        {
            if (string.Equals(o.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                offence = o;
                return true;
            }
        }

        offence = null!;
        return false;
    }

    /// <summary>
    /// Finds offences by article or keyword: <c>187A</c>, <c>Pasal 187A ayat (1)</c>, <c>71</c>, <c>73(4)</c> match
    /// articles exactly (<c>187</c> is not <c>187A</c>); anything else matches keywords and the conduct
    /// (<c>politik uang</c>, <c>dana kampanye</c>, <c>netralitas</c>), ignoring case.
    /// </summary>
    /// <param name="query">The article or the words.</param>
    /// <returns>The matches in article order; empty when nothing matches.</returns>
    public IReadOnlyList<Offence> Search(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var trimmed = query.Trim();
        if (trimmed.Length == 0)
        {
            return [];
        }

        var article = NormaliseArticle(trimmed);
        if (article.Length > 0 && char.IsAsciiDigit(article[0]))
        {
            return [.. _offences.Where(o => o.Articles.Any(a => string.Equals(NormaliseArticle(a), article, StringComparison.Ordinal)))];
        }

        return [.. _offences.Where(o => Matches(o, trimmed))];
    }

    /// <summary>Normalises an article as typed: <c>Pasal 187A ayat (1)</c> → <c>187a(1)</c>.</summary>
    /// <param name="text">The text.</param>
    internal static string NormaliseArticle(string text)
    {
        var lower = text.ToLowerInvariant().Replace("pasal", string.Empty, StringComparison.Ordinal).Replace("ayat", string.Empty, StringComparison.Ordinal);
        return string.Concat(lower.Where(c => !char.IsWhiteSpace(c)));
    }

    private static bool Matches(Offence offence, string words) =>
        offence.Keywords.Any(k => k.Contains(words, StringComparison.OrdinalIgnoreCase)) ||
        offence.Indonesian.Contains(words, StringComparison.OrdinalIgnoreCase) ||
        offence.English.Contains(words, StringComparison.OrdinalIgnoreCase);

    private static LegalReference Ref(string instrument, string provision, string? note = null) => new(instrument, provision, note);

    private static CriminalPenalty Penalty(int minMonths, int maxMonths, long minFine, long maxFine, PenaltyCombination combination, LegalReference basis) =>
        new(minMonths, maxMonths, Rupiah.FromRupiah(minFine), Rupiah.FromRupiah(maxFine), combination, basis);

    private static Offence[] Build()
    {
        InstitutionKind[] kpu = [InstitutionKind.KpuProvinsi, InstitutionKind.KpuKabupatenKota];
        var incumbentCancelled = new AdministrativeConsequence(
            "pembatalan sebagai calon oleh KPU Provinsi atau KPU Kabupaten/Kota",
            "cancellation of the candidacy by the KPU Provinsi or KPU Kabupaten/Kota",
            "the offender is a petahana (incumbent) standing again; for others the sanction follows other laws (Pasal 71 ayat (6))",
            Ref("UU 10/2016", "Pasal 71 ayat (5)"),
            kpu,
            RoutingMatter.AdministrasiPemilihan);

        var p189 = Ref("UU 8/2015", "Pasal 189");
        var p188 = Ref("UU 1/2015", "Pasal 188");
        var p190 = Ref("UU 1/2015", "Pasal 190");
        var p187a1 = Ref("UU 10/2016", "Pasal 187A ayat (1)");
        var p187a2 = Ref("UU 10/2016", "Pasal 187A ayat (2)");

        return
        [
            new Offence
            {
                Code = "UU8-2015/189",
                Category = ViolationCategory.TindakPidanaPemilihan,
                Matter = RoutingMatter.TindakPidana,
                Prohibition = Ref("UU 10/2016", "Pasal 70 ayat (1)"),
                Punishment = p189,
                Indonesian = "Calon dengan sengaja melibatkan pejabat BUMN/BUMD, aparatur sipil negara, anggota Polri, anggota TNI, kepala desa atau sebutan lain/lurah, atau perangkat desa/kelurahan dalam kampanye.",
                English = "A candidate knowingly involves officials of state- or region-owned enterprises, civil servants (ASN), police or military members, village heads or village officials in the campaign.",
                Offender = "calon gubernur, bupati, atau wali kota dan calon wakilnya",
                OffenderEnglish = "a candidate for governor, regent or mayor, or their deputy",
                Penalty = Penalty(1, 6, 600_000, 6_000_000, PenaltyCombination.CumulativeOrAlternative, p189),
                InForceFrom = Uu10Of2016,
                Confidence = SourceConfidence.Confirmed,
                Keywords = ["netralitas", "neutrality", "kampanye", "campaign", "ASN", "kepala desa", "perangkat desa", "melibatkan", "TNI", "Polri", "BUMN"],
                Articles = ["70", "70(1)", "189"],
                Note = "UU 8/2015 rewrote Pasal 189 with \"dan/atau denda\" (LEGAL-VERIFICATION §8 item 6); summaries that say \"dan denda\" are wrong.",
            },
            new Offence
            {
                Code = "UU1-2015/188",
                Category = ViolationCategory.TindakPidanaPemilihan,
                Matter = RoutingMatter.TindakPidana,
                Prohibition = Ref("UU 10/2016", "Pasal 71 ayat (1)"),
                Punishment = p188,
                Indonesian = "Pejabat negara, pejabat aparatur sipil negara, atau kepala desa/lurah dengan sengaja membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon.",
                English = "A state official, civil-service (ASN) official or village head knowingly makes a decision or takes an action that benefits or harms one of the candidate pairs.",
                Offender = "pejabat negara, pejabat aparatur sipil negara, kepala desa atau sebutan lain/lurah",
                OffenderEnglish = "a state official, a civil-service official, a village head",
                Penalty = Penalty(1, 6, 600_000, 6_000_000, PenaltyCombination.CumulativeOrAlternative, p188),
                InForceFrom = Uu10Of2016,
                Confidence = SourceConfidence.Confirmed,
                Keywords = ["netralitas", "neutrality", "ASN", "kepala desa", "lurah", "keputusan", "menguntungkan", "merugikan", "pejabat"],
                Articles = ["71", "71(1)", "188"],
                Note = "Pasal 71 ayat (1) as amended by UU 10/2016 also names pejabat daerah and TNI/Polri members, but Pasal 188 (base text, unamended) punishes only " +
                       "pejabat negara, pejabat ASN and kepala desa/lurah, and refers to \"Pasal 71\" without an ayat.",
            },
            new Offence
            {
                Code = "UU1-2015/190",
                Category = ViolationCategory.TindakPidanaPemilihan,
                Matter = RoutingMatter.TindakPidana,
                Prohibition = Ref("UU 10/2016", "Pasal 71 ayat (2)"),
                Punishment = p190,
                Indonesian = "Gubernur, bupati, atau wali kota (atau wakilnya, termasuk penjabat) melakukan penggantian pejabat 6 bulan sebelum tanggal penetapan pasangan calon sampai dengan akhir masa jabatan tanpa persetujuan tertulis Menteri Dalam Negeri.",
                English = "A governor, regent or mayor (or deputy, including an acting head) replaces officials from 6 months before the candidate pairs are set until the end of the term without the home-affairs minister's written approval.",
                Offender = "gubernur, bupati, wali kota atau wakilnya; penjabat (Pasal 71 ayat (4))",
                OffenderEnglish = "a governor, regent or mayor or their deputy; an acting head (Pasal 71 ayat (4))",
                Penalty = Penalty(1, 6, 600_000, 6_000_000, PenaltyCombination.CumulativeOrAlternative, p190),
                AdministrativeConsequences = [incumbentCancelled],
                InForceFrom = Uu10Of2016,
                Confidence = SourceConfidence.Confirmed,
                Keywords = ["mutasi", "penggantian pejabat", "replacing officials", "petahana", "incumbent"],
                Articles = ["71", "71(2)", "190"],
                Note = "Pasal 190 also punishes breaches of Pasal 162 ayat (3) (replacing officials in the 6 months after inauguration). For Pilkada 2024 the freeze " +
                       "began on 22 March 2024 (penetapan paslon 22 September 2024; SE Mendagri 100.2.1.3/1575/SJ).",
            },
            new Offence
            {
                Code = "UU10-2016/71-3",
                Category = ViolationCategory.AdministrasiPemilihan,
                Matter = RoutingMatter.AdministrasiPemilihan,
                Prohibition = Ref("UU 10/2016", "Pasal 71 ayat (3)"),
                Punishment = Ref("UU 10/2016", "Pasal 71 ayat (5)", "administrative sanction for a petahana"),
                Indonesian = "Gubernur, bupati, atau wali kota (atau wakilnya, termasuk penjabat) menggunakan kewenangan, program, dan kegiatan yang menguntungkan atau merugikan salah satu pasangan calon, di daerah sendiri maupun di daerah lain, dalam 6 bulan sebelum penetapan pasangan calon sampai dengan penetapan pasangan calon terpilih.",
                English = "A governor, regent or mayor (or deputy, including an acting head) uses powers, programmes or activities to benefit or harm a candidate pair, in their own or another region, from 6 months before the pairs are set until the winners are set.",
                Offender = "gubernur, bupati, wali kota atau wakilnya; penjabat (Pasal 71 ayat (4))",
                OffenderEnglish = "a governor, regent or mayor or their deputy; an acting head (Pasal 71 ayat (4))",
                AdministrativeConsequences = [incumbentCancelled],
                InForceFrom = Uu10Of2016,
                Confidence = SourceConfidence.Confirmed,
                Keywords = ["program", "kewenangan", "petahana", "incumbent", "bansos"],
                Articles = ["71", "71(3)"],
                Note = "No ketentuan pidana names Pasal 71 ayat (3) expressly; whether Pasal 188 (\"Pasal 71\", for pejabat negara) reaches it is not settled here (❓).",
            },
            new Offence
            {
                Code = "UU10-2016/73-2",
                Category = ViolationCategory.AdministrasiPemilihan,
                Matter = RoutingMatter.AdministrasiTsm,
                Prohibition = Ref("UU 10/2016", "Pasal 73 ayat (1)"),
                Punishment = Ref("UU 10/2016", "Pasal 73 ayat (2)", "administrative sanction on a putusan of Bawaslu Provinsi"),
                Indonesian = "Calon menjanjikan dan/atau memberikan uang atau materi lainnya untuk mempengaruhi penyelenggara pemilihan dan/atau pemilih (politik uang oleh calon, jalur administrasi).",
                English = "A candidate promises or gives money or other material to influence election officials or voters (money politics by a candidate, administrative track).",
                Offender = "calon",
                OffenderEnglish = "a candidate",
                AdministrativeConsequences =
                [
                    new AdministrativeConsequence(
                        "pembatalan sebagai pasangan calon oleh KPU Provinsi atau KPU Kabupaten/Kota berdasarkan putusan Bawaslu Provinsi",
                        "cancellation of the candidate pair by the KPU Provinsi or KPU Kabupaten/Kota on a putusan of Bawaslu Provinsi",
                        "the calon is proven to have done it (terstruktur, sistematis dan masif: Pasal 135A ayat (1))",
                        Ref("UU 10/2016", "Pasal 73 ayat (2) dan Pasal 135A ayat (4)–(5)"),
                        kpu,
                        RoutingMatter.AdministrasiTsm),
                ],
                InForceFrom = Uu10Of2016,
                Confidence = SourceConfidence.Confirmed,
                Keywords = ["politik uang", "money politics", "TSM", "terstruktur", "calon", "diskualifikasi"],
                Articles = ["73", "73(1)", "73(2)", "135A"],
                Note = "Decided by Bawaslu Provinsi even in a bupati or wali kota contest. The administrative sanction does not remove the criminal one (Pasal 73 ayat (5)); " +
                       "a campaign team is punished only after a final court judgment (ayat (3)).",
            },
            new Offence
            {
                Code = "UU10-2016/187A-1",
                Category = ViolationCategory.TindakPidanaPemilihan,
                Matter = RoutingMatter.TindakPidana,
                Prohibition = Ref("UU 10/2016", "Pasal 73 ayat (4)"),
                Punishment = p187a1,
                Indonesian = "Setiap orang dengan sengaja melawan hukum menjanjikan atau memberikan uang atau materi lainnya sebagai imbalan kepada warga negara Indonesia, langsung atau tidak langsung, untuk mempengaruhi pemilih agar tidak menggunakan hak pilih, menggunakan hak pilih sehingga suara tidak sah, memilih calon tertentu, atau tidak memilih calon tertentu (politik uang: pemberi).",
                English = "Anyone who knowingly and unlawfully promises or gives money or other material to a citizen, directly or indirectly, to make a voter abstain, cast an invalid vote, or vote or not vote for a certain candidate (money politics: the giver).",
                Offender = "setiap orang, termasuk anggota partai politik, tim kampanye, relawan, atau pihak lain",
                OffenderEnglish = "anyone, including party members, campaign teams, volunteers and others",
                Penalty = Penalty(36, 72, 200_000_000, 1_000_000_000, PenaltyCombination.Cumulative, p187a1),
                InForceFrom = Uu10Of2016,
                Confidence = SourceConfidence.Confirmed,
                Keywords = ["politik uang", "money politics", "serangan fajar", "vote buying", "pemberi", "suap"],
                Articles = ["73", "73(4)", "187A", "187A(1)"],
                Note = "A February 2016 draft said 24–72 months and Rp500 million–1 billion; the enacted text says 36–72 months and Rp200 million–1 billion, \"dan denda\".",
            },
            new Offence
            {
                Code = "UU10-2016/187A-2",
                Category = ViolationCategory.TindakPidanaPemilihan,
                Matter = RoutingMatter.TindakPidana,
                Prohibition = Ref("UU 10/2016", "Pasal 187A ayat (2)"),
                Punishment = p187a2,
                Indonesian = "Pemilih yang dengan sengaja melawan hukum menerima pemberian atau janji sebagaimana dimaksud dalam Pasal 187A ayat (1) (politik uang: penerima).",
                English = "A voter who knowingly and unlawfully accepts the gift or promise of Pasal 187A ayat (1) (money politics: the receiver).",
                Offender = "pemilih",
                OffenderEnglish = "a voter",
                Penalty = Penalty(36, 72, 200_000_000, 1_000_000_000, PenaltyCombination.Cumulative, p187a2),
                InForceFrom = Uu10Of2016,
                Confidence = SourceConfidence.Confirmed,
                Keywords = ["politik uang", "money politics", "vote buying", "penerima", "pemilih", "voter"],
                Articles = ["187A", "187A(2)"],
                Note = "\"Pidana yang sama\": the penalty of ayat (1).",
            },
            new Offence
            {
                Code = "UU1-2015/187-4",
                Category = ViolationCategory.TindakPidanaPemilihan,
                Matter = RoutingMatter.TindakPidana,
                Prohibition = Ref("UU 1/2015", "Pasal 187 ayat (4)"),
                Punishment = Ref("UU 1/2015", "Pasal 187 ayat (4)"),
                Indonesian = "Setiap orang dengan sengaja mengacaukan, menghalangi, atau mengganggu jalannya kampanye.",
                English = "Anyone who knowingly disrupts, obstructs or disturbs a campaign.",
                Offender = "setiap orang",
                OffenderEnglish = "anyone",
                Penalty = Penalty(1, 6, 600_000, 6_000_000, PenaltyCombination.CumulativeOrAlternative, Ref("UU 1/2015", "Pasal 187 ayat (4)")),
                InForceFrom = Perppu2014,
                Confidence = SourceConfidence.Confirmed,
                Keywords = ["kampanye", "campaign", "mengganggu", "menghalangi", "mengacaukan", "disrupt"],
                Articles = ["187", "187(4)"],
            },
            new Offence
            {
                Code = "UU1-2015/187-5",
                Category = ViolationCategory.TindakPidanaPemilihan,
                Matter = RoutingMatter.TindakPidana,
                Prohibition = Ref("UU 10/2016", "Pasal 74 ayat (5)", "at most Rp75.000.000 from a person and Rp750.000.000 from a private legal entity"),
                Punishment = Ref("UU 1/2015", "Pasal 187 ayat (5)"),
                Indonesian = "Setiap orang yang memberi atau menerima dana kampanye melebihi batas yang ditentukan.",
                English = "Anyone who gives or receives campaign funds above the limit.",
                Offender = "setiap orang",
                OffenderEnglish = "anyone",
                Penalty = Penalty(4, 24, 200_000_000, 1_000_000_000, PenaltyCombination.CumulativeOrAlternative, Ref("UU 1/2015", "Pasal 187 ayat (5)")),
                InForceFrom = Uu10Of2016,
                Confidence = SourceConfidence.Confirmed,
                Keywords = ["dana kampanye", "campaign finance", "sumbangan", "batas"],
                Articles = ["187", "187(5)", "74(5)"],
            },
            new Offence
            {
                Code = "UU1-2015/187-6",
                Category = ViolationCategory.TindakPidanaPemilihan,
                Matter = RoutingMatter.TindakPidana,
                Prohibition = Ref("UU 8/2015", "Pasal 76 ayat (1)", "foreign parties, unidentified donors, government, BUMN/BUMD/BUMDes"),
                Punishment = Ref("UU 1/2015", "Pasal 187 ayat (6)"),
                Indonesian = "Setiap orang yang dengan sengaja menerima atau memberi dana kampanye dari atau kepada pihak yang dilarang.",
                English = "Anyone who knowingly receives campaign funds from, or gives them to, a prohibited party.",
                Offender = "setiap orang",
                OffenderEnglish = "anyone",
                Penalty = Penalty(4, 24, 200_000_000, 1_000_000_000, PenaltyCombination.CumulativeOrAlternative, Ref("UU 1/2015", "Pasal 187 ayat (6)")),
                InForceFrom = Uu8Of2015,
                Confidence = SourceConfidence.Confirmed,
                Keywords = ["dana kampanye", "campaign finance", "sumbangan", "asing", "dilarang"],
                Articles = ["187", "187(6)", "76(1)"],
            },
            new Offence
            {
                Code = "UU1-2015/187-7",
                Category = ViolationCategory.TindakPidanaPemilihan,
                Matter = RoutingMatter.TindakPidana,
                Prohibition = Ref("UU 1/2015", "Pasal 187 ayat (7)"),
                Punishment = Ref("UU 1/2015", "Pasal 187 ayat (7)"),
                Indonesian = "Setiap orang yang dengan sengaja memberikan keterangan yang tidak benar dalam laporan dana kampanye.",
                English = "Anyone who knowingly makes a false statement in a campaign-finance report.",
                Offender = "setiap orang",
                OffenderEnglish = "anyone",
                Penalty = Penalty(2, 12, 1_000_000, 10_000_000, PenaltyCombination.CumulativeOrAlternative, Ref("UU 1/2015", "Pasal 187 ayat (7)")),
                InForceFrom = Perppu2014,
                Confidence = SourceConfidence.Confirmed,
                Keywords = ["dana kampanye", "campaign finance", "laporan", "keterangan tidak benar", "false statement"],
                Articles = ["187", "187(7)"],
            },
        ];
    }
}
