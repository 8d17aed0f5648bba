namespace Pilkada.Domain.Oversight;

/// <summary>Messages of the oversight area, in English and Bahasa Indonesia.</summary>
internal static class OversightMessages
{
    internal static readonly Dictionary<string, MessageText> Table = new(StringComparer.Ordinal)
    {
        ["Oversight.UnknownKind"] = new(
            "{value} is not a kind of oversight activity.",
            "{value} bukan jenis kegiatan pengawasan."),
        ["Oversight.RegionRequired"] = new(
            "The activity '{title}' needs the region where it took place.",
            "Kegiatan '{title}' memerlukan wilayah tempat kegiatan berlangsung."),
        ["Oversight.ParticipantCount"] = new(
            "The number of participants with role {role} must be at least 1, not {count}.",
            "Jumlah peserta dengan peran {role} paling sedikit 1, bukan {count}."),
        ["Oversight.UnknownStage"] = new(
            "The schedule of {election} has no stage '{stage}'.",
            "Jadwal {election} tidak memiliki tahapan '{stage}'."),
        ["Oversight.IncompleteCommitment"] = new(
            "A commitment signed on {date} by '{agency}' needs the agency, the signatory and the region.",
            "Komitmen yang ditandatangani pada {date} oleh '{agency}' memerlukan instansi, penanda tangan, dan wilayah."),
        ["Vulnerability.ScoreOutOfRange"] = new(
            "A vulnerability score runs from 0 to 100; {score} is outside that range.",
            "Skor kerawanan berkisar 0 sampai 100; {score} berada di luar rentang itu."),
        ["Vulnerability.DimensionScoreOutOfRange"] = new(
            "The score of dimension '{dimension}' must be from 0 to 100, not {score}.",
            "Skor dimensi '{dimension}' harus 0 sampai 100, bukan {score}."),
        ["Vulnerability.MissingDimension"] = new(
            "No score was given for dimension '{dimension}' of index {index}.",
            "Skor untuk dimensi '{dimension}' pada indeks {index} tidak diberikan."),
        ["Vulnerability.UnknownDimension"] = new(
            "Index {index} has no dimension '{dimension}'; its dimensions are: {known}.",
            "Indeks {index} tidak memiliki dimensi '{dimension}'; dimensinya: {known}."),
        ["Vulnerability.MissingWeight"] = new(
            "No weight was given for dimension '{dimension}'.",
            "Bobot untuk dimensi '{dimension}' tidak diberikan."),
        ["Vulnerability.NegativeWeight"] = new(
            "The weight of dimension '{dimension}' must not be negative ({weight}).",
            "Bobot dimensi '{dimension}' tidak boleh negatif ({weight})."),
        ["Vulnerability.WeightsSum"] = new(
            "The dimension weights must sum to 1; they sum to {sum}.",
            "Jumlah bobot dimensi harus 1; jumlahnya {sum}."),
    };
}
