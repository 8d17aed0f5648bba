namespace Pilkada.Domain.Institutions;

/// <summary>Tingkat lembaga (the level an institution works at). The values are stable.</summary>
public enum InstitutionLevel
{
    /// <summary>No level: the value of <c>default</c>.</summary>
    None = 0,

    /// <summary>Pusat (national).</summary>
    National = 1,

    /// <summary>Provinsi (province).</summary>
    Provinsi = 2,

    /// <summary>Kabupaten/kota (regency or city).</summary>
    KabupatenKota = 3,

    /// <summary>Kecamatan (district; distrik in the Papua provinces).</summary>
    Kecamatan = 4,

    /// <summary>Desa/kelurahan (village).</summary>
    DesaKelurahan = 5,

    /// <summary>Tempat pemungutan suara (TPS, polling station).</summary>
    Tps = 6,
}

/// <summary>Sifat lembaga: permanent (tetap) or ad hoc (formed for an election and dissolved after it). The values are stable.</summary>
public enum InstitutionTenure
{
    /// <summary>Not stated: the value of <c>default</c>.</summary>
    None = 0,

    /// <summary>Tetap (permanent).</summary>
    Permanent = 1,

    /// <summary>Ad hoc (formed for an election, dissolved after it).</summary>
    AdHoc = 2,
}

/// <summary>What a member count is counted per. The values are stable.</summary>
public enum MemberCountUnit
{
    /// <summary>Per body: the body has this many members.</summary>
    PerBody = 0,

    /// <summary>Per desa/kelurahan.</summary>
    PerVillage = 1,

    /// <summary>Per polling station (TPS).</summary>
    PerTps = 2,
}
