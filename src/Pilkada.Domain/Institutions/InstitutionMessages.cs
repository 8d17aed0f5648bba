namespace Pilkada.Domain.Institutions;

/// <summary>Messages of the institutions area, in English and Bahasa Indonesia.</summary>
internal static class InstitutionMessages
{
    internal static readonly Dictionary<string, MessageText> Table = new(StringComparer.Ordinal)
    {
        ["Institution.None"] = new("no error", "tidak ada kesalahan"),
        ["Institution.EmptyRegion"] = new(
            "{kind}: a region code is needed; this body sits at: {levels}.",
            "{kind}: kode wilayah diperlukan; lembaga ini berada pada tingkat: {levels}."),
        ["Institution.RegionNotFound"] = new(
            "{kind}: the region code {region} is neither in the region catalogue nor among its retired codes.",
            "{kind}: kode wilayah {region} tidak terdapat dalam katalog wilayah maupun daftar kode yang tidak berlaku lagi."),
        ["Institution.WrongRegionLevel"] = new(
            "{kind} does not sit at the level of the region {region}; it sits at: {levels}.",
            "{kind} tidak berada pada tingkat wilayah {region}; lembaga ini berada pada tingkat: {levels}."),
        ["Institution.NotAKabupaten"] = new(
            "{kind}: {region} is not a kabupaten; a pemilihan bupati is held in a kabupaten (kabupaten/kota part 01–69).",
            "{kind}: {region} bukan kabupaten; pemilihan bupati diselenggarakan di kabupaten (bagian kabupaten/kota 01–69)."),
        ["Institution.NotAKota"] = new(
            "{kind}: {region} is not a kota; a pemilihan wali kota is held in a kota (kabupaten/kota part 71–79).",
            "{kind}: {region} bukan kota; pemilihan wali kota diselenggarakan di kota (bagian kabupaten/kota 71–79)."),
        ["Institution.NoElection"] = new(
            "{kind}: {region} holds no such election (the governor of DIY is not elected; DKI Jakarta's administrative cities and regency hold no Pilkada).",
            "{kind}: {region} tidak menyelenggarakan pemilihan tersebut (Gubernur DIY tidak dipilih; kota dan kabupaten administrasi DKI Jakarta tidak menyelenggarakan Pilkada)."),
        ["Institution.NotInForce"] = new(
            "{kind} did not hold its role in Pilkada on {date}: the role changed hands on {changed} (see {successor}).",
            "{kind} tidak memegang perannya dalam Pilkada pada {date}: peran tersebut berpindah pada {changed} (lihat {successor})."),
        ["Institution.MissingTpsNumber"] = new(
            "{kind} at {region}: a polling-station (TPS) number is needed.",
            "{kind} di {region}: nomor TPS diperlukan."),
        ["Institution.InvalidTpsNumber"] = new(
            "{kind} at {region}: the TPS number {tps} is not valid here (1–999, and only for Pengawas TPS and KPPS at a desa/kelurahan code).",
            "{kind} di {region}: nomor TPS {tps} tidak sah di sini (1–999, dan hanya untuk Pengawas TPS dan KPPS pada kode desa/kelurahan)."),
        ["Institution.MissingSubjectRegion"] = new(
            "{kind}: the region of the person concerned (e.g. the village of the kepala desa) is needed, because the contest region {region} is a province.",
            "{kind}: wilayah pihak yang bersangkutan (misalnya desa tempat kepala desa menjabat) diperlukan, karena wilayah pemilihan {region} adalah provinsi."),
        ["Institution.UnknownKind"] = new(
            "{kind} is not a known kind of institution, election or matter.",
            "{kind} bukan jenis lembaga, pemilihan, atau perkara yang dikenal."),
    };
}
