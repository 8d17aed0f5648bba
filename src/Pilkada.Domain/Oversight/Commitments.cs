using System.Globalization;
using NodaTime;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Oversight;

/// <summary>The kind of written commitment. The values are stable.</summary>
public enum CommitmentKind
{
    /// <summary>
    /// Pakta integritas (integrity pact), e.g. on ASN neutrality, signed by heads of agencies, camat, lurah, supervisors
    /// and school principals (Kota Bima, 2024).
    /// </summary>
    PaktaIntegritas = 1,

    /// <summary>Ikrar netralitas ASN (civil servants' neutrality pledge), e.g. Pemerintah Kota Mataram, 12 Aug 2024.</summary>
    IkrarNetralitasAsn = 2,
}

/// <summary>A signed commitment: who signed, for which agency and region, when.</summary>
/// <param name="Kind">Pakta integritas or ikrar netralitas.</param>
/// <param name="Agency">The agency or unit that committed (e.g. "Dinas Pendidikan", "Kecamatan Rasanae Barat").</param>
/// <param name="Region">The region the agency belongs to.</param>
/// <param name="SignedOn">The local date of signing.</param>
/// <param name="Signatory">Who signed, by role or name (e.g. "Kepala Dinas").</param>
/// <param name="Role">The signatory's role.</param>
/// <param name="WitnessedBy">The institution before which it was signed (e.g. Bawaslu Kota Bima), if any.</param>
public sealed record Commitment(
    CommitmentKind Kind,
    string Agency,
    RegionCode Region,
    LocalDate SignedOn,
    string Signatory,
    ParticipantRole Role = ParticipantRole.KepalaPerangkatDaerah,
    Institution? WitnessedBy = null);

/// <summary>
/// A register of integrity pacts and neutrality pledges: who signed, for which agency or region, when; and which
/// agencies of a region have not signed yet. Immutable: <see cref="With"/> gives a new register.
/// </summary>
/// <remarks>
/// Agency names are compared the way people write them: case, spacing and punctuation do not matter
/// ("Dinas Pendidikan" = "DINAS  PENDIDIKAN." ).
/// </remarks>
public sealed class CommitmentRegister
{
    private readonly Commitment[] _commitments;

    /// <summary>An empty register.</summary>
    public static CommitmentRegister Empty { get; } = new([]);

    /// <summary>Creates a register.</summary>
    /// <param name="commitments">The commitments.</param>
    /// <exception cref="ArgumentException">A commitment has no agency or signatory, or an empty region.</exception>
    public CommitmentRegister(IEnumerable<Commitment> commitments)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        _commitments = [.. commitments.OrderBy(c => c.SignedOn)];
        foreach (var commitment in _commitments)
        {
            if (string.IsNullOrWhiteSpace(commitment.Agency) || string.IsNullOrWhiteSpace(commitment.Signatory) || commitment.Region.IsEmpty)
            {
                throw new ArgumentException(
                    PilkadaMessages.Format("Oversight.IncompleteCommitment", PilkadaLanguage.English,
                        new MessageArgument("agency", commitment.Agency), new MessageArgument("date", commitment.SignedOn)),
                    nameof(commitments));
            }
        }
    }

    /// <summary>The commitments in date order.</summary>
    public IReadOnlyList<Commitment> Commitments => _commitments;

    /// <summary>The register with one more commitment.</summary>
    /// <param name="commitment">The commitment.</param>
    public CommitmentRegister With(Commitment commitment) => new([.. _commitments, commitment]);

    /// <summary>The commitments of a kind made in a region (or a region inside it) on or before a date.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="region">The region.</param>
    /// <param name="asOf">The date to look at.</param>
    public IEnumerable<Commitment> SignedIn(CommitmentKind kind, RegionCode region, LocalDate asOf) =>
        _commitments.Where(c => c.Kind == kind && c.Region.IsWithin(region) && c.SignedOn <= asOf);

    /// <summary>Whether an agency of a region had signed a commitment of a kind by a date.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="agency">The agency name.</param>
    /// <param name="region">The region.</param>
    /// <param name="asOf">The date to look at.</param>
    public bool HasSigned(CommitmentKind kind, string agency, RegionCode region, LocalDate asOf)
    {
        var key = AgencyKey(agency);
        return SignedIn(kind, region, asOf).Any(c => AgencyKey(c.Agency) == key);
    }

    /// <summary>
    /// The agencies of a region that had not signed a commitment of a kind by a date, out of the agencies the caller
    /// expects (e.g. every perangkat daerah, kecamatan and kelurahan of Kota Bima).
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="region">The region.</param>
    /// <param name="expectedAgencies">The agencies that should sign.</param>
    /// <param name="asOf">The date to look at.</param>
    public IReadOnlyList<string> NotSigned(CommitmentKind kind, RegionCode region, IEnumerable<string> expectedAgencies, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(expectedAgencies);
        var signed = SignedIn(kind, region, asOf).Select(c => AgencyKey(c.Agency)).ToHashSet(StringComparer.Ordinal);
        return [.. expectedAgencies.Where(a => !signed.Contains(AgencyKey(a))).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The share of expected agencies that had signed by a date, from 0 to 1.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="region">The region.</param>
    /// <param name="expectedAgencies">The agencies that should sign.</param>
    /// <param name="asOf">The date to look at.</param>
    public double Coverage(CommitmentKind kind, RegionCode region, IReadOnlyCollection<string> expectedAgencies, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(expectedAgencies);
        var expected = expectedAgencies.Select(AgencyKey).Distinct(StringComparer.Ordinal).Count();
        return expected == 0 ? 1 : 1 - ((double)NotSigned(kind, region, expectedAgencies, asOf).Select(AgencyKey).Distinct(StringComparer.Ordinal).Count() / expected);
    }

    private static string AgencyKey(string agency)
    {
        Span<char> buffer = agency.Length <= 256 ? stackalloc char[agency.Length] : new char[agency.Length];
        var length = 0;
        foreach (var c in agency)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>The number of commitments.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_commitments.Length} commitments");
}
