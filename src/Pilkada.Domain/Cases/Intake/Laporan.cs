using System.Globalization;
using System.Text;
using NodaTime;

namespace Pilkada.Domain.Cases;

/// <summary>
/// Laporan pelanggaran Pemilihan (a report of an election violation) as filed by a pelapor, in the shape of the
/// Perbawaslu 8/2020 report form (as amended by Perbawaslu 9/2024): who reports, whom, what happened when and where,
/// the evidence and witnesses, when the violation became known, and when and how the report was filed.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="Laporan"/> holds what was written on the form, checked or not: numbers (NIK, NIP), region codes and the
/// contest id are kept as the text given, so that <c>LaporanValidator</c> can list every unmet requirement at once
/// (syarat formil and syarat materiil, UU 1/2015 Pasal 134 ayat (2)–(4) as amended) instead of the first bad field
/// stopping the whole report. Every property may be missing; only the validator judges.
/// </para>
/// <para>
/// Dates that the law counts in days (the day the violation became known, the day it happened) are local dates; the
/// filing moment is an <see cref="Instant"/>. Days are counted in the local time of the region where it happened
/// (<see cref="Incident"/>), or of the contest's region when no place is given.
/// </para>
/// </remarks>
public sealed record Laporan
{
    /// <summary>Pelapor: who reports (UU 1/2015 Pasal 134 ayat (2)); with a kuasa when represented (Perbawaslu 9/2024 Pasal 4 ayat (3)).</summary>
    public Pelapor? Pelapor { get; init; }

    /// <summary>Terlapor: who is reported; one or more (UU 1/2015 Pasal 134 ayat (3): "pihak terlapor").</summary>
    public IReadOnlyList<Terlapor> Terlapor { get; init; } = [];

    /// <summary>Waktu dan tempat kejadian (time and place of the incident).</summary>
    public Incident? Incident { get; init; }

    /// <summary>Uraian kejadian (what happened).</summary>
    public string? Description { get; init; }

    /// <summary>Bukti (evidence): recordings, videos, pictures, documents, …</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>Saksi (witnesses).</summary>
    public IReadOnlyList<Witness> Witnesses { get; init; } = [];

    /// <summary>
    /// Hari dan tanggal diketahui: the local date the violation became known to the pelapor. The 7-day reporting
    /// period runs from here (UU 1/2015 Pasal 134 ayat (4) as amended by UU 8/2015).
    /// </summary>
    public LocalDate? KnownOn { get; init; }

    /// <summary>When the report was handed in or submitted online.</summary>
    public Instant? FiledAt { get; init; }

    /// <summary>How it was filed: in person or online (Perbawaslu 9/2024 Pasal 5).</summary>
    public FilingChannel? Channel { get; init; }

    /// <summary>The contest the report concerns, as written, e.g. <c>pilkada-2024/52.72</c>.</summary>
    public string? ContestId { get; init; }

    /// <summary>
    /// Whether the signature on the form matches the pelapor's identity card, as the receiving officer found it
    /// (syarat formil huruf d); <see langword="null"/> when not yet checked.
    /// </summary>
    public bool? SignatureMatchesIdentity { get; init; }

    /// <summary>The body the report was filed with, e.g. "Bawaslu Kota Bima" (free text; optional).</summary>
    public string? ReceivedBy { get; init; }
}

/// <summary>How a report was filed (Perbawaslu 9/2024 Pasal 5). The values are stable.</summary>
public enum FilingChannel
{
    /// <summary>Langsung: handed in at a Bawaslu office (subject to the office hours of Pasal 5 ayat (2)).</summary>
    InPerson = 1,

    /// <summary>Daring: online, through Bawaslu's reporting portal (SIGAPLAPOR).</summary>
    Online = 2,
}

/// <summary>Status pelapor (who may report): UU 1/2015 Pasal 134 ayat (2) as amended by UU 8/2015. The values are stable.</summary>
public enum PelaporStanding
{
    /// <summary>Huruf a: a citizen (WNI) with the right to vote in the local election (<i>pemilih</i>).</summary>
    Pemilih = 1,

    /// <summary>Huruf b: an accredited election monitor (<i>pemantau Pemilihan</i>).</summary>
    Pemantau = 2,

    /// <summary>Huruf c: an election participant (<i>peserta Pemilihan</i>: a candidate pair or its nominating parties).</summary>
    PesertaPemilihan = 3,
}

/// <summary>Pelapor (the reporter).</summary>
public sealed record Pelapor
{
    /// <summary>Nama (full name).</summary>
    public string? Name { get; init; }

    /// <summary>NIK as written (16 digits); checked by the validator, masked in every message and export.</summary>
    public string? Nik { get; init; }

    /// <summary>Alamat (address).</summary>
    public string? Address { get; init; }

    /// <summary>Telepon or e-mail.</summary>
    public string? Contact { get; init; }

    /// <summary>Status pelapor: voter, accredited monitor or election participant.</summary>
    public PelaporStanding? Standing { get; init; }

    /// <summary>For a pemantau: the accreditation number from the KPU.</summary>
    public string? AccreditationNumber { get; init; }

    /// <summary>The representative who files for the pelapor, if any (Perbawaslu 9/2024 Pasal 4 ayat (3)).</summary>
    public Kuasa? Kuasa { get; init; }

    /// <summary>
    /// Writes the standing, whether a name, address, contact and kuasa are present, and the NIK masked
    /// (<c>5272**********03</c>): a report's personal data never reaches a log through <see cref="object.ToString"/>.
    /// </summary>
    private bool PrintMembers(StringBuilder builder)
    {
        PersonalDataText.Append(builder, "Name", Name);
        builder.Append(", Nik = ").Append(CasePublication.MaskNik(Nik) ?? "null");
        PersonalDataText.Append(builder, ", Address", Address);
        PersonalDataText.Append(builder, ", Contact", Contact);
        builder.Append(", Standing = ").Append(Standing?.ToString() ?? "null");
        builder.Append(", Kuasa = ").Append(Kuasa is null ? "null" : Kuasa.ToString());
        return true;
    }
}

/// <summary>Kuasa (a representative filing for the pelapor with a surat kuasa khusus; Perbawaslu 9/2024 Pasal 4 ayat (3)).</summary>
public sealed record Kuasa
{
    /// <summary>Nama (full name).</summary>
    public string? Name { get; init; }

    /// <summary>NIK as written.</summary>
    public string? Nik { get; init; }

    /// <summary>Alamat (address).</summary>
    public string? Address { get; init; }

    /// <summary>The number of the surat kuasa khusus (special power of attorney), if it has one.</summary>
    public string? PowerOfAttorneyNumber { get; init; }

    /// <summary>The date of the surat kuasa khusus; required for a kuasa.</summary>
    public LocalDate? PowerOfAttorneyDate { get; init; }

    /// <summary>Writes the NIK masked and only whether a name and address are present (see <see cref="Pelapor"/>).</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        PersonalDataText.Append(builder, "Name", Name);
        builder.Append(", Nik = ").Append(CasePublication.MaskNik(Nik) ?? "null");
        PersonalDataText.Append(builder, ", Address", Address);
        builder.Append(", PowerOfAttorneyDate = ").Append(PowerOfAttorneyDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "null");
        return true;
    }
}

/// <summary>Terlapor (the reported party).</summary>
public sealed record Terlapor
{
    /// <summary>Nama (name of a person, a candidate pair or an institution).</summary>
    public string? Name { get; init; }

    /// <summary>Alamat atau domisili (address).</summary>
    public string? Address { get; init; }

    /// <summary>For a civil servant (ASN): the NIP or NI PPPK as written.</summary>
    public string? Nip { get; init; }

    /// <summary>For a civil servant: whether it is a PPPK number (the digits cannot tell; see <see cref="People.Nip"/>).</summary>
    public bool IsPppk { get; init; }

    /// <summary>For a civil servant: instansi (agency) and jabatan (position), as written.</summary>
    public string? Agency { get; init; }

    /// <summary>For a civil servant: jabatan (position).</summary>
    public string? Position { get; init; }

    /// <summary>
    /// Writes the name, agency and position (a terlapor is named in a decision), the NIP masked and only whether an
    /// address is present.
    /// </summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name ?? "null");
        PersonalDataText.Append(builder, ", Address", Address);
        builder.Append(", Nip = ").Append(CasePublication.MaskNip(Nip, IsPppk) ?? "null");
        builder.Append(", IsPppk = ").Append(IsPppk ? "True" : "False");
        builder.Append(", Agency = ").Append(Agency ?? "null");
        builder.Append(", Position = ").Append(Position ?? "null");
        return true;
    }
}

/// <summary>Waktu dan tempat kejadian: when and where the alleged violation happened.</summary>
public sealed record Incident
{
    /// <summary>Hari dan tanggal kejadian: the local date it happened.</summary>
    public LocalDate? OccurredOn { get; init; }

    /// <summary>The local time, when known.</summary>
    public LocalTime? OccurredAt { get; init; }

    /// <summary>The region code as written, down to the desa/kelurahan where known (e.g. <c>52.72.01.1001</c>).</summary>
    public string? RegionCode { get; init; }

    /// <summary>The place in words: street, building, TPS number, …</summary>
    public string? Place { get; init; }
}

/// <summary>Jenis bukti (kind of evidence). The values are stable.</summary>
public enum EvidenceKind
{
    /// <summary>Dokumen (a document, letter or decree).</summary>
    Dokumen = 1,

    /// <summary>Foto (a photograph).</summary>
    Foto = 2,

    /// <summary>Video.</summary>
    Video = 3,

    /// <summary>Rekaman suara (an audio recording).</summary>
    RekamanSuara = 4,

    /// <summary>Tangkapan layar (a screenshot, e.g. of a social-media post).</summary>
    TangkapanLayar = 5,

    /// <summary>Barang (a physical object, e.g. money or goods handed out).</summary>
    Barang = 6,

    /// <summary>Lainnya (other).</summary>
    Lainnya = 7,
}

/// <summary>Bukti (an item of evidence).</summary>
public sealed record Evidence
{
    /// <summary>The kind of evidence.</summary>
    public EvidenceKind? Kind { get; init; }

    /// <summary>What it shows.</summary>
    public string? Description { get; init; }

    /// <summary>When it was recorded or captured, if known.</summary>
    public Instant? CapturedAt { get; init; }

    /// <summary>An optional content hash of the file (SHA-256, 64 hexadecimal characters), to show it was not changed.</summary>
    public string? ContentHash { get; init; }
}

/// <summary>Saksi (a witness).</summary>
public sealed record Witness
{
    /// <summary>Nama (full name).</summary>
    public string? Name { get; init; }

    /// <summary>Alamat (address).</summary>
    public string? Address { get; init; }

    /// <summary>Telepon or e-mail.</summary>
    public string? Contact { get; init; }

    /// <summary>Writes only whether a name, address and contact are present: a witness's identity stays out of logs.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        PersonalDataText.Append(builder, "Name", Name);
        PersonalDataText.Append(builder, ", Address", Address);
        PersonalDataText.Append(builder, ", Contact", Contact);
        return true;
    }
}

/// <summary>How the intake records write personal data in <see cref="object.ToString"/>: present or not, never the value.</summary>
internal static class PersonalDataText
{
    internal static void Append(StringBuilder builder, string label, string? value) =>
        builder.Append(label).Append(" = ").Append(value is null ? "null" : "[hidden]");
}
