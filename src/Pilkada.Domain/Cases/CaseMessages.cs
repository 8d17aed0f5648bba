namespace Pilkada.Domain.Cases;

/// <summary>Messages of the cases area, in English and Bahasa Indonesia.</summary>
internal static class CaseMessages
{
    private const string Prefix = "event {index} ({event}, {at})";
    private const string PrefixId = "peristiwa ke-{index} ({event}, {at})";

    internal static readonly Dictionary<string, MessageText> Table = new(StringComparer.Ordinal)
    {
        ["Transition.None"] = new("accepted", "diterima"),
        ["Transition.InvalidEvent"] = new(
            Prefix + ": the value '{field}' is missing or invalid (value: {value}).",
            PrefixId + ": nilai '{field}' tidak ada atau tidak sah (nilai: {value})."),
        ["Transition.CaseClosed"] = new(
            Prefix + ": the case was closed on {closedAt}; nothing can follow a closing.",
            PrefixId + ": perkara telah ditutup pada {closedAt}; tidak ada peristiwa yang dapat menyusul penutupan."),
        ["Transition.EventOutOfOrder"] = new(
            Prefix + ": it is dated before the previous event ({previous}, {previousAt}); events are recorded in time order.",
            PrefixId + ": tanggalnya lebih awal dari peristiwa sebelumnya ({previous}, {previousAt}); peristiwa dicatat menurut urutan waktu."),
        ["Transition.NotStarted"] = new(
            Prefix + ": a case starts with a report received (laporan-diterima) or a finding recorded (temuan-dicatat).",
            PrefixId + ": perkara dimulai dengan laporan diterima (laporan-diterima) atau temuan dicatat (temuan-dicatat)."),
        ["Transition.AlreadyStarted"] = new(
            Prefix + ": the case already started with {origin} on {receivedAt}; another report or finding is a new case.",
            PrefixId + ": perkara sudah dimulai dengan {origin} pada {receivedAt}; laporan atau temuan lain adalah perkara baru."),
        ["Transition.RegimeNotInForce"] = new(
            Prefix + ": the legal regime {regime} does not apply on {date} ({validity}); choose the regime in force on that date.",
            PrefixId + ": rezim hukum {regime} tidak berlaku pada {date} ({validity}); pilih rezim yang berlaku pada tanggal itu."),
        ["Transition.CaseWithdrawn"] = new(
            Prefix + ": the report was withdrawn on {withdrawnAt}; only closing can follow.",
            PrefixId + ": laporan telah dicabut pada {withdrawnAt}; hanya penutupan yang dapat menyusul."),
        ["Transition.CaseNotRegistered"] = new(
            Prefix + ": the report was not registered (unmet: {requirements}); only closing can follow.",
            PrefixId + ": laporan tidak diregistrasi (syarat tidak terpenuhi: {requirements}); hanya penutupan yang dapat menyusul."),
        ["Transition.NotALaporan"] = new(
            Prefix + ": the case started from a finding (temuan), which has no reporter to correct, withdraw or add information.",
            PrefixId + ": perkara berasal dari temuan, yang tidak memiliki pelapor untuk memperbaiki, mencabut, atau menambah keterangan."),
        ["Transition.CorrectionAfterRegistration"] = new(
            Prefix + ": the report was registered on {registeredAt} as {registerNumber}; corrections belong before registration.",
            PrefixId + ": laporan telah diregistrasi pada {registeredAt} dengan nomor {registerNumber}; perbaikan dilakukan sebelum registrasi."),
        ["Transition.CorrectionAlreadyRequested"] = new(
            Prefix + ": a correction was requested on {requestedAt} ({requirements}) and is still outstanding.",
            PrefixId + ": perbaikan telah diminta pada {requestedAt} ({requirements}) dan belum dipenuhi."),
        ["Transition.CorrectionNotRequested"] = new(
            Prefix + ": a corrected report was handed in, but no correction was requested.",
            PrefixId + ": laporan perbaikan diserahkan, padahal perbaikan tidak diminta."),
        ["Transition.WithdrawnAfterRegistration"] = new(
            Prefix + ": the report was registered on {registeredAt} as {registerNumber}; a registered report cannot be withdrawn (Perbawaslu 8/2020).",
            PrefixId + ": laporan telah diregistrasi pada {registeredAt} dengan nomor {registerNumber}; laporan yang telah diregister tidak dapat dicabut (Perbawaslu 8/2020)."),
        ["Transition.AlreadyRegistered"] = new(
            Prefix + ": the report was already registered on {registeredAt} as {registerNumber}.",
            PrefixId + ": laporan sudah diregistrasi pada {registeredAt} dengan nomor {registerNumber}."),
        ["Transition.CorrectionPending"] = new(
            Prefix + ": the correction requested on {requestedAt} ({requirements}) has not been handed in; register after the corrected report.",
            PrefixId + ": perbaikan yang diminta pada {requestedAt} ({requirements}) belum diserahkan; registrasi dilakukan setelah laporan diperbaiki."),
        ["Transition.NotRegisteredYet"] = new(
            Prefix + ": the case is not registered yet; clarification and additional information come after registration.",
            PrefixId + ": perkara belum diregistrasi; klarifikasi dan keterangan tambahan dilakukan setelah registrasi."),
        ["Transition.DecisionBeforeRegistration"] = new(
            Prefix + ": the case is not registered; a report counts as received, and can be decided, only once registered (Perbawaslu 8/2020).",
            PrefixId + ": perkara belum diregistrasi; laporan dinyatakan diterima, dan dapat diputus, setelah dicatat dalam buku registrasi (Perbawaslu 8/2020)."),
        ["Transition.AlreadyDecided"] = new(
            Prefix + ": the case was decided on {decidedAt} ({decision}).",
            PrefixId + ": perkara telah diputus pada {decidedAt} ({decision})."),
        ["Transition.AdditionalInformationTwice"] = new(
            Prefix + ": additional information was already asked of the reporter on {requestedAt}; UU 1/2015 Pasal 134 ayat (6) allows it once.",
            PrefixId + ": keterangan tambahan sudah diminta dari pelapor pada {requestedAt}; UU 1/2015 Pasal 134 ayat (6) memungkinkannya satu kali."),
        ["Transition.AdditionalInformationAfterDecision"] = new(
            Prefix + ": the case was decided on {decidedAt} ({decision}); additional information is asked before the decision.",
            PrefixId + ": perkara telah diputus pada {decidedAt} ({decision}); keterangan tambahan diminta sebelum putusan."),
        ["Transition.ForwardWithoutViolation"] = new(
            Prefix + ": only a decision that found a violation is forwarded; the decision is {decision}.",
            PrefixId + ": hanya putusan yang menyatakan pelanggaran yang diteruskan; putusannya {decision}."),
        ["Transition.RecommendationWithoutViolation"] = new(
            Prefix + ": a recommendation needs a decision that found a violation; the decision is {decision}.",
            PrefixId + ": rekomendasi memerlukan putusan yang menyatakan pelanggaran; putusannya {decision}."),
        ["Transition.RecommendationNumberTaken"] = new(
            Prefix + ": the number {number} was already used by the recommendation issued on {issuedAt}.",
            PrefixId + ": nomor {number} sudah dipakai oleh rekomendasi yang diterbitkan pada {issuedAt}."),
        ["Transition.UnknownRecommendation"] = new(
            Prefix + ": no recommendation numbered {number} was issued in this case (issued: {known}).",
            PrefixId + ": tidak ada rekomendasi bernomor {number} yang diterbitkan dalam perkara ini (yang diterbitkan: {known})."),
        ["Transition.GakkumduWithoutPidanaForward"] = new(
            Prefix + ": Sentra Gakkumdu steps need an election-crime decision forwarded to Polri (UU 1/2015 Pasal 135 ayat (2)); the decision is {decision}.",
            PrefixId + ": tahapan Sentra Gakkumdu memerlukan putusan tindak pidana pemilihan yang diteruskan kepada Polri (UU 1/2015 Pasal 135 ayat (2)); putusannya {decision}."),
        ["Transition.GakkumduOutOfOrder"] = new(
            Prefix + ": out of order on the criminal track (now {stage}); next can come: {expected} (UU 10/2016 Pasal 146, UU 1/2015 Pasal 148).",
            PrefixId + ": tidak sesuai urutan tahapan pidana (sekarang {stage}); yang dapat menyusul: {expected} (UU 10/2016 Pasal 146, UU 1/2015 Pasal 148)."),

        ["CaseJson.Rejected"] = new(
            "The case '{id}' cannot be rebuilt from its events: {reason}",
            "Perkara '{id}' tidak dapat disusun dari peristiwanya: {reason}"),

        ["Regime.ValidFrom"] = new("in force from {from}", "berlaku sejak {from}"),
        ["Regime.ValidBetween"] = new("in force from {from} to {until}", "berlaku sejak {from} sampai {until}"),

        ["Routing.NotOnRoute"] = new(
            "event {index} ({date}): sent to {recipient}, which is not on the route the law gives on that date ({expected}).",
            "peristiwa ke-{index} ({date}): dikirim kepada {recipient}, yang tidak berada pada jalur penanganan menurut undang-undang pada tanggal itu ({expected})."),
        ["Routing.AuthorityNotInForce"] = new(
            "event {index} ({date}): sent to {recipient}, which did not hold that role on that date (ASN neutrality: {authority}); the route goes to {expected}.",
            "peristiwa ke-{index} ({date}): dikirim kepada {recipient}, yang tidak memegang kewenangan itu pada tanggal tersebut (netralitas ASN: {authority}); jalurnya menuju {expected}."),

        ["CaseDeadline.Days"] = new(
            "{title}: {period} from {start}; last day {lastDay} ({source})",
            "{title}: {period} sejak {start}; hari terakhir {lastDay} ({source})"),
        ["CaseDeadline.Hours"] = new(
            "{title}: {period} from {start}; ends {due} ({source})",
            "{title}: {period} sejak {start}; berakhir {due} ({source})"),
        ["CaseDeadline.Period"] = new(
            "{title}: {period} from {start} ({source})",
            "{title}: {period} sejak {start} ({source})"),
        ["CaseDeadline.NoPeriod"] = new(
            "{title}: from {start}, no period set by law ({source})",
            "{title}: sejak {start}, tanpa batas waktu dalam peraturan ({source})"),
        ["CaseDeadline.Remaining"] = new(", {remaining} left", ", sisa {remaining}"),
        ["CaseDeadline.Assumption"] = new(" (period assumed from practice)", " (jangka waktu berdasarkan praktik)"),

        ["CaseDeadlineStatus.None"] = new("—", "—"),
        ["CaseDeadlineStatus.Pending"] = new("running", "berjalan"),
        ["CaseDeadlineStatus.Met"] = new("met {metAt}", "terpenuhi {metAt}"),
        ["CaseDeadlineStatus.Late"] = new("late by {delay} ({metAt})", "terlambat {delay} ({metAt})"),
        ["CaseDeadlineStatus.Overdue"] = new("overdue by {delay}", "lewat waktu {delay}"),
        ["CaseDeadlineStatus.Lapsed"] = new("lapsed", "gugur"),
        ["CaseDeadlineStatus.NoStatutoryDeadline"] = new("no statutory deadline", "tidak ada batas waktu dalam peraturan"),
        ["CaseDeadlineStatus.NotComputed"] = new("not computed: {note}", "tidak dapat dihitung: {note}"),

        ["CaseDeadline.None"] = new("Deadline", "Tenggat"),
        ["CaseDeadline.Report"] = new("Time limit to report", "Batas penyampaian laporan"),
        ["CaseDeadline.Finding"] = new("Recording of the finding", "Penetapan temuan"),
        ["CaseDeadline.Correction"] = new("Correction of the report", "Perbaikan laporan"),
        ["CaseDeadline.FollowUp"] = new("Follow-up of the report (decision)", "Tindak lanjut laporan (putusan)"),
        ["CaseDeadline.ForwardToPolice"] = new("Forwarding to Polri", "Penerusan kepada Polri"),
        ["CaseDeadline.Investigation"] = new("Investigation file to the prosecutor", "Berkas penyidikan kepada penuntut umum"),
        ["CaseDeadline.ReturnIncompleteFile"] = new("Return of an incomplete file", "Pengembalian berkas yang belum lengkap"),
        ["CaseDeadline.ResubmitFile"] = new("Resubmission of the file", "Penyerahan kembali berkas"),
        ["CaseDeadline.TransferToCourt"] = new("Transfer to the district court", "Pelimpahan ke Pengadilan Negeri"),
        ["CaseDeadline.CourtDecision"] = new("District court verdict", "Putusan Pengadilan Negeri"),
        ["CaseDeadline.AppealFiling"] = new("Filing an appeal", "Pengajuan banding"),
        ["CaseDeadline.AppealDecision"] = new("High court verdict", "Putusan Pengadilan Tinggi"),
        ["CaseDeadline.KpuDecision"] = new("KPU decision on the recommendation", "Keputusan KPU atas rekomendasi"),
        ["CaseDeadline.PpkFollowUp"] = new("Follow-up by the Pejabat Pembina Kepegawaian", "Tindak lanjut Pejabat Pembina Kepegawaian"),
        ["CaseDeadline.RecommendationFollowUp"] = new("Follow-up of the recommendation", "Tindak lanjut rekomendasi"),

        ["CaseStatus.None"] = new("no events", "belum ada peristiwa"),
        ["CaseStatus.Diterima"] = new("received (not yet registered)", "diterima (belum diregister)"),
        ["CaseStatus.MenungguPerbaikan"] = new("awaiting correction", "menunggu perbaikan"),
        ["CaseStatus.Diregistrasi"] = new("registered", "diregistrasi"),
        ["CaseStatus.TidakDiregistrasi"] = new("not registered", "tidak diregistrasi"),
        ["CaseStatus.Dicabut"] = new("withdrawn", "dicabut"),
        ["CaseStatus.DalamKajian"] = new("under review", "dalam kajian"),
        ["CaseStatus.Diputuskan"] = new("decided", "diputuskan"),
        ["CaseStatus.Diteruskan"] = new("forwarded", "diteruskan"),
        ["CaseStatus.Direkomendasikan"] = new("recommendation open", "direkomendasikan"),
        ["CaseStatus.Ditindaklanjuti"] = new("recommendations acted on", "ditindaklanjuti"),
        ["CaseStatus.DalamPenyidikan"] = new("under investigation", "dalam penyidikan"),
        ["CaseStatus.DalamPenuntutan"] = new("with the prosecutor", "dalam penuntutan"),
        ["CaseStatus.DalamPersidangan"] = new("on trial", "dalam persidangan"),
        ["CaseStatus.DiputusPengadilanNegeri"] = new("district court verdict", "diputus Pengadilan Negeri"),
        ["CaseStatus.Banding"] = new("on appeal", "banding"),
        ["CaseStatus.BerkekuatanHukumTetap"] = new("final verdict", "berkekuatan hukum tetap"),
        ["CaseStatus.Ditutup"] = new("closed", "ditutup"),

        ["CaseEvent.LaporanReceived"] = new("report received", "laporan diterima"),
        ["CaseEvent.TemuanRecorded"] = new("finding recorded", "temuan dicatat"),
        ["CaseEvent.CorrectionRequested"] = new("correction requested", "perbaikan diminta"),
        ["CaseEvent.LaporanCorrected"] = new("report corrected", "laporan diperbaiki"),
        ["CaseEvent.LaporanWithdrawn"] = new("report withdrawn", "laporan dicabut"),
        ["CaseEvent.Registered"] = new("registered", "diregistrasi"),
        ["CaseEvent.NotRegistered"] = new("not registered", "tidak diregistrasi"),
        ["CaseEvent.ClarificationHeld"] = new("clarification", "klarifikasi"),
        ["CaseEvent.CoordinationHeld"] = new("coordination", "koordinasi"),
        ["CaseEvent.AdditionalInformationRequested"] = new("additional information requested", "keterangan tambahan diminta"),
        ["CaseEvent.Decided"] = new("decided", "diputuskan"),
        ["CaseEvent.Forwarded"] = new("forwarded", "diteruskan"),
        ["CaseEvent.RecommendationIssued"] = new("recommendation issued", "rekomendasi diterbitkan"),
        ["CaseEvent.FollowUpRecorded"] = new("follow-up recorded", "tindak lanjut"),
        ["CaseEvent.InvestigationStarted"] = new("investigation started", "penyidikan dimulai"),
        ["CaseEvent.CaseFileToProsecutor"] = new("file to the prosecutor", "berkas ke penuntut umum"),
        ["CaseEvent.CaseFileReturned"] = new("file returned", "berkas dikembalikan"),
        ["CaseEvent.CaseFileResubmitted"] = new("file resubmitted", "berkas diserahkan kembali"),
        ["CaseEvent.CaseTransferredToCourt"] = new("transferred to court", "pelimpahan ke pengadilan"),
        ["CaseEvent.DistrictCourtVerdict"] = new("district court verdict", "putusan Pengadilan Negeri"),
        ["CaseEvent.AppealFiled"] = new("appeal filed", "banding diajukan"),
        ["CaseEvent.HighCourtVerdict"] = new("high court verdict (final)", "putusan Pengadilan Tinggi (final)"),
        ["CaseEvent.Closed"] = new("closed", "ditutup"),
    };
}
