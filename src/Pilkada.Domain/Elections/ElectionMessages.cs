namespace Pilkada.Domain.Elections;

/// <summary>Messages of the elections area (ids, contests, schedules, stage rules), in English and Bahasa Indonesia.</summary>
internal static class ElectionMessages
{
    internal static readonly Dictionary<string, MessageText> Table = new(StringComparer.Ordinal)
    {
        // ElectionId parse errors.
        ["ElectionId.Invalid"] = new(
            "'{value}' is not a valid election id: {reason}",
            "'{value}' bukan kode pemilihan yang sah: {reason}"),
        ["ElectionId.None"] = new(
            "no error (position {position})",
            "tidak ada kesalahan (posisi {position})"),
        ["ElectionId.Empty"] = new(
            "the id is empty (position {position}).",
            "kode kosong (posisi {position})."),
        ["ElectionId.InvalidCharacter"] = new(
            "character {position} is not a letter (a–z), a digit or a hyphen.",
            "karakter ke-{position} bukan huruf (a–z), angka atau tanda hubung."),
        ["ElectionId.TooLong"] = new(
            "the id is longer than 24 characters (character {position}).",
            "kode lebih dari 24 karakter (karakter ke-{position})."),
        ["ElectionId.InvalidStart"] = new(
            "the id must start with a letter (character {position}).",
            "kode harus diawali huruf (karakter ke-{position})."),
        ["ElectionId.MisplacedHyphen"] = new(
            "the hyphen at character {position} ends the id or follows another hyphen.",
            "tanda hubung pada karakter ke-{position} berada di akhir kode atau menyusul tanda hubung lain."),

        // ContestId parse errors.
        ["ContestId.Invalid"] = new(
            "'{value}' is not a valid contest id (election/region, e.g. pilkada-2024/52.72): {reason}",
            "'{value}' bukan kode kontestasi yang sah (pemilihan/wilayah, mis. pilkada-2024/52.72): {reason}"),
        ["ContestId.None"] = new(
            "no error (position {position})",
            "tidak ada kesalahan (posisi {position})"),
        ["ContestId.Empty"] = new(
            "the id is empty (position {position}).",
            "kode kosong (posisi {position})."),
        ["ContestId.MissingSeparator"] = new(
            "there is no '/' between the election id and the region code (character {position}).",
            "tidak ada '/' di antara kode pemilihan dan kode wilayah (karakter ke-{position})."),
        ["ContestId.InvalidElectionId"] = new(
            "the election id is not valid at character {position}: it takes lowercase letters, digits and single hyphens, starts with a letter and has at most 24 characters.",
            "kode pemilihan tidak sah pada karakter ke-{position}: kode terdiri atas huruf kecil, angka dan tanda hubung tunggal, diawali huruf, paling panjang 24 karakter."),
        ["ContestId.InvalidRegionCode"] = new(
            "the region code is not valid at character {position}.",
            "kode wilayah tidak sah pada karakter ke-{position}."),
        ["ContestId.NotAContestRegion"] = new(
            "the region code starting at character {position} is not a province, a kabupaten (01–69) or a kota (71–79); no regional head is elected there.",
            "kode wilayah yang dimulai pada karakter ke-{position} bukan provinsi, kabupaten (01–69) atau kota (71–79); tidak ada pemilihan kepala daerah di sana."),
        ["ContestId.WrongRegion"] = new(
            "The region code {value} is not a province, a kabupaten (01–69) or a kota (71–79); no regional head is elected there.",
            "Kode wilayah {value} bukan provinsi, kabupaten (01–69) atau kota (71–79); tidak ada pemilihan kepala daerah di sana."),

        // Contests.
        ["Contest.None"] = new(
            "A {kind} can be held in {region}.",
            "Dapat diselenggarakan {kind} di {region}."),
        ["Contest.NotAContestLevel"] = new(
            "{region} is below kabupaten/kota level; no regional head is elected there, so there is no {kind}.",
            "{region} berada di bawah tingkat kabupaten/kota; tidak ada kepala daerah yang dipilih di sana, jadi tidak ada {kind}."),
        ["Contest.KindMismatch"] = new(
            "{region} holds a {expected}, not a {kind}: a governor is elected in a province, a bupati in a kabupaten, a wali kota in a kota.",
            "{region} menyelenggarakan {expected}, bukan {kind}: gubernur dipilih di provinsi, bupati di kabupaten, wali kota di kota."),
        ["Contest.AdministrativeUnit"] = new(
            "{region} is an administrative unit of DKI Jakarta: its head is appointed by the governor, so there is no {kind}.",
            "{region} adalah wilayah administrasi DKI Jakarta: pimpinannya diangkat oleh gubernur, jadi tidak ada {kind}."),
        ["Contest.GovernorNotElected"] = new(
            "There is no {kind} in {region}: the governor is the reigning Sultan Hamengku Buwono (UU 13/2012 Pasal 18 ayat (1)).",
            "Tidak ada {kind} di {region}: gubernurnya adalah Sultan Hamengku Buwono yang bertakhta (UU 13/2012 Pasal 18 ayat (1))."),
        ["Contest.EmptyId"] = new(
            "A contest needs an election id and a region; the empty id was given.",
            "Kontestasi memerlukan kode pemilihan dan wilayah; yang diberikan kode kosong."),
        ["Contest.EmptyRegionName"] = new(
            "The contest {contest} has no region name.",
            "Kontestasi {contest} tidak memiliki nama wilayah."),
        ["Contest.FactsOfAnotherContest"] = new(
            "Facts about {other} cannot be attached to the contest {contest}.",
            "Keterangan tentang {other} tidak dapat dilekatkan pada kontestasi {contest}."),
        ["Contest.ElectionMismatch"] = new(
            "The contest {contest} does not belong to the election {election}.",
            "Kontestasi {contest} bukan bagian dari pemilihan {election}."),
        ["Contest.DuplicateId"] = new(
            "The contest {contest} appears twice.",
            "Kontestasi {contest} muncul dua kali."),
        ["ContestCatalog.NotFound"] = new(
            "There is no contest {contest}.",
            "Tidak ada kontestasi {contest}."),
        ["ElectionCatalog.NotFound"] = new(
            "There is no election {election}; known elections: {known}.",
            "Tidak ada pemilihan {election}; pemilihan yang dikenal: {known}."),

        // Stages and schedules.
        ["Schedule.None"] = new(
            "The schedule is valid.",
            "Jadwal sah."),
        ["Schedule.InvalidStageId"] = new(
            "'{stage}' is not a valid stage id: it takes 1–64 lowercase letters, digits and single hyphens and starts with a letter (e.g. masa-tenang).",
            "'{stage}' bukan kode tahapan yang sah: kode terdiri atas 1–64 huruf kecil, angka dan tanda hubung tunggal, diawali huruf (mis. masa-tenang)."),
        ["Schedule.EmptyName"] = new(
            "The stage {stage} needs both an Indonesian and an English name.",
            "Tahapan {stage} memerlukan nama dalam bahasa Indonesia dan bahasa Inggris."),
        ["Schedule.EndBeforeStart"] = new(
            "The stage {stage} ends on {end}, before it starts on {start}.",
            "Tahapan {stage} berakhir pada {end}, sebelum dimulai pada {start}."),
        ["Schedule.DuplicateStageId"] = new(
            "The schedule of {election} has two stages with the id {stage}.",
            "Jadwal {election} memiliki dua tahapan dengan kode {stage}."),
        ["Schedule.InvalidAppliesTo"] = new(
            "The stage {stage} is limited to {value}, which is not a province or kabupaten/kota code.",
            "Tahapan {stage} dibatasi pada {value}, yang bukan kode provinsi atau kabupaten/kota."),
        ["Schedule.EmptyElection"] = new(
            "A schedule or election needs an election id; the empty id was given.",
            "Jadwal atau pemilihan memerlukan kode pemilihan; yang diberikan kode kosong."),
        ["Schedule.ElectionMismatch"] = new(
            "The schedule of {other} cannot be the schedule of the election {election}.",
            "Jadwal {other} tidak dapat menjadi jadwal pemilihan {election}."),
        ["Schedule.VotingDayOutsideVotingStage"] = new(
            "The voting day of {election}, {date}, is outside its voting stage {stage} ({start} – {end}).",
            "Hari pemungutan suara {election}, {date}, berada di luar tahapan pemungutan suara {stage} ({start} – {end})."),
        ["Schedule.UnknownStage"] = new(
            "The schedule of {election} has no stage {stage}.",
            "Jadwal {election} tidak memiliki tahapan {stage}."),
        ["Schedule.EmptyElectionName"] = new(
            "The election {election} needs both an Indonesian and an English name.",
            "Pemilihan {election} memerlukan nama dalam bahasa Indonesia dan bahasa Inggris."),
        ["Schedule.RerunOfItself"] = new(
            "The election {election} cannot be a re-run of '{other}'.",
            "Pemilihan {election} tidak dapat menjadi pemilihan ulang dari '{other}'."),
        ["Stage.Undated"] = new(
            "The stage {stage} lacks a start or an end date, so no date can be checked against it.",
            "Tahapan {stage} tidak memiliki tanggal mulai atau tanggal akhir, sehingga tidak ada tanggal yang dapat diperiksa terhadapnya."),

        // FluentValidation rules.
        ["Stage.DateOutside"] = new(
            "{property}: {date} is outside the stage {stage} ({start} – {end}).",
            "{property}: {date} berada di luar tahapan {stage} ({start} – {end})."),
        ["Stage.InstantOutside"] = new(
            "{property}: {dateTime} in {region} falls on {date}, outside the stage {stage} ({start} – {end}).",
            "{property}: {dateTime} di {region} jatuh pada {date}, di luar tahapan {stage} ({start} – {end})."),
        ["Stage.RegionUnknown"] = new(
            "{property}: the local date cannot be told because the region '{region}' has no known time zone.",
            "{property}: tanggal setempat tidak dapat ditentukan karena wilayah '{region}' tidak memiliki zona waktu yang dikenal."),

        // JSON.
        ["ElectionJson.InvalidDate"] = new(
            "'{value}' is not a date in the form yyyy-MM-dd (e.g. 2024-11-27).",
            "'{value}' bukan tanggal berbentuk yyyy-MM-dd (mis. 2024-11-27)."),
        ["ElectionJson.ExpectedObject"] = new(
            "A {type} must be a JSON object, not {token}.",
            "{type} harus berupa objek JSON, bukan {token}."),
        ["ElectionJson.ContestIdMismatch"] = new(
            "The contest {contest} does not agree with its election {election} or region {region}.",
            "Kontestasi {contest} tidak sesuai dengan pemilihan {election} atau wilayah {region}."),
    };
}
