namespace Pilkada.Domain.Validation;

/// <summary>Messages of the FluentValidation rules, in English and Bahasa Indonesia.</summary>
internal static class ValidationMessages
{
    internal static readonly Dictionary<string, MessageText> Table = new(StringComparer.Ordinal)
    {
        ["RegionCode.Malformed"] = new(
            "{property}: '{value}' is not a valid region code: {reason}",
            "{property}: '{value}' bukan kode wilayah yang sah: {reason}"),
        ["RegionCode.Missing"] = new(
            "{property}: the region code is empty.",
            "{property}: kode wilayah kosong."),
        ["RegionCode.WrongLevel"] = new(
            "{property}: {value} is a {actualLevel} code; a {expectedLevel} code is required.",
            "{property}: {value} adalah kode {actualLevel}; yang diminta kode {expectedLevel}."),
        ["RegionCode.NotInCatalog"] = new(
            "{property}: the region code {value} is not in {edition}.",
            "{property}: kode wilayah {value} tidak terdapat dalam {edition}."),
        ["RegionCode.NotWithin"] = new(
            "{property}: {value} does not lie within {container}.",
            "{property}: {value} tidak berada di wilayah {container}."),
        ["Level.Provinsi"] = new("province (provinsi)", "provinsi"),
        ["Level.KabupatenKota"] = new("kabupaten/kota", "kabupaten/kota"),
        ["Level.Kecamatan"] = new("kecamatan", "kecamatan"),
        ["Level.DesaKelurahan"] = new("desa/kelurahan", "desa/kelurahan"),
        ["Level.None"] = new("empty", "kosong"),
        ["ReportingPeriod.Late"] = new(
            "{property}: the report came on {filedOn} at {filedTime} while the violation was known on {knownOn}; the last day to report was {lastDay} ({period} counted in {zone}; {source}).",
            "{property}: laporan disampaikan pada {filedOn} pukul {filedTime}, sedangkan pelanggaran diketahui pada {knownOn}; hari terakhir penyampaian laporan adalah {lastDay} ({period} dihitung dalam {zone}; {source})."),
        ["ReportingPeriod.KnownAfterFiling"] = new(
            "{property}: the violation is said to be known on {knownOn}, after the report was filed on {filedOn} ({zone}).",
            "{property}: pelanggaran disebut diketahui pada {knownOn}, setelah laporan disampaikan pada {filedOn} ({zone})."),
        ["ReportingPeriod.NotChecked"] = new(
            "{property}: the reporting period cannot be checked: {reason}",
            "{property}: batas waktu pelaporan tidak dapat diperiksa: {reason}"),
        ["Json.ExpectedString"] = new(
            "A {type} must be a JSON string, not {token}.",
            "{type} harus berupa string JSON, bukan {token}."),
    };
}
