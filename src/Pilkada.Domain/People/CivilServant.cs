using System.Globalization;
using System.Text.Json.Serialization;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.People;

/// <summary>
/// Pegawai ASN (a civil servant): the person a neutrality case can be about — identified by a NIP (PNS) or NI PPPK,
/// with their name, instansi (agency), jabatan (position) and the region where they work.
/// </summary>
/// <remarks>
/// <para>
/// UU 20/2023 on ASN covers both <see cref="AsnKind.Pns"/> and <see cref="AsnKind.Pppk"/>, and the neutrality rules
/// apply to both; discipline differs (PP 94/2021 for a PNS, PP 49/2018 for a PPPK). <see cref="Kind"/> is the kind
/// of the <see cref="Nip"/>, so the two can never disagree.
/// </para>
/// <para>
/// The record is complete when built: the constructor rejects an empty NIP and a blank name or agency.
/// <see cref="ToString"/> leaves the name out and masks the NIP, so a record written to a log does not identify
/// the person; the name is still in <see cref="Name"/> and in JSON (which carries the full data — see
/// <see cref="CivilServantJsonConverter"/>).
/// </para>
/// </remarks>
[JsonConverter(typeof(CivilServantJsonConverter))]
public sealed record CivilServant
{
    /// <summary>Creates the record, checking that it is complete.</summary>
    /// <param name="nip">The NIP or NI PPPK; its kind is the civil servant's kind.</param>
    /// <param name="name">The name, as written in the civil-service record.</param>
    /// <param name="agency">Instansi (the employing agency), e.g. <c>Pemerintah Kota Bima</c> or <c>Dinas Pendidikan Kota Bima</c>.</param>
    /// <param name="position">Jabatan (position), e.g. <c>Kepala Sekolah</c>, or <see langword="null"/> when unknown.</param>
    /// <param name="workRegion">The kode wilayah where they work (the unit kerja), or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentException">The NIP is empty, or the name or agency is blank.</exception>
    public CivilServant(Nip nip, string name, string agency, string? position = null, RegionCode? workRegion = null)
    {
        if (nip.IsEmpty)
        {
            throw new ArgumentException("A civil servant needs a NIP or NI PPPK; the empty number was given.", nameof(nip));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(agency);
        Nip = nip;
        Name = name.Trim();
        Agency = agency.Trim();
        Position = string.IsNullOrWhiteSpace(position) ? null : position.Trim();
        WorkRegion = workRegion is { IsEmpty: false } ? workRegion : null;
    }

    /// <summary>The NIP (PNS) or NI PPPK.</summary>
    public Nip Nip { get; }

    /// <summary>PNS or PPPK: the kind of <see cref="Nip"/>.</summary>
    public AsnKind Kind => Nip.Kind;

    /// <summary>The name (personal data: mask or redact it when exporting).</summary>
    public string Name { get; }

    /// <summary>Instansi (the employing agency).</summary>
    public string Agency { get; }

    /// <summary>Jabatan (position), or <see langword="null"/> when unknown.</summary>
    public string? Position { get; }

    /// <summary>The kode wilayah where the civil servant works, or <see langword="null"/> when unknown.</summary>
    public RegionCode? WorkRegion { get; }

    /// <summary>The kind, the masked number and the agency, e.g. <c>PNS 1986************01, Pemerintah Kota Bima</c>; never the name.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Kind == AsnKind.Pppk ? "PPPK" : "PNS")} {Nip}, {Agency}");
}
