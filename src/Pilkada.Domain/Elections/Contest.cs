using System.Text.Json.Serialization;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Elections;

/// <summary>
/// Kontestasi (contest): one regional head election — a kind (gubernur, bupati, wali kota) in one region, within one
/// election — identified by a <see cref="ContestId"/> such as <c>pilkada-2024/52.72</c>.
/// </summary>
/// <remarks>
/// A contest is immutable. It always agrees with its region: a governor election in a province, a regent election in
/// a kabupaten, a mayoral election in a kota; <see cref="For(ElectionId, Region)"/> also refuses the regions where no
/// regional head is elected (see <see cref="ContestRules"/>). What is known about how the contest went is attached:
/// <see cref="SingleCandidate"/> when one pair ran against the empty column, <see cref="RevoteOrders"/> when the
/// Constitutional Court ordered a re-vote or re-tabulation.
/// </remarks>
[JsonConverter(typeof(ContestJsonConverter))]
public sealed class Contest
{
    private readonly SingleCandidateContest? _singleCandidate;
    private readonly IReadOnlyList<RevoteOrder> _revoteOrders = [];

    /// <summary>Creates a contest.</summary>
    /// <param name="id">The contest id; its region code decides which kinds fit.</param>
    /// <param name="kind">The kind; it must be the one the region calls for.</param>
    /// <param name="regionName">The region's name, e.g. <c>Kota Bima</c>.</param>
    /// <exception cref="ElectionArgumentException">The id is empty, the name is blank, or the kind does not fit the region.</exception>
    public Contest(ContestId id, ContestKind kind, string regionName)
    {
        if (id.IsEmpty)
        {
            throw new ElectionArgumentException("Contest.EmptyId", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(regionName))
        {
            throw new ElectionArgumentException("Contest.EmptyRegionName", nameof(regionName), new MessageArgument("contest", id.ToString()));
        }

        if (kind != id.Kind)
        {
            throw ContestRules.Exception(ContestError.KindMismatch, kind, id.Region, regionName.Trim(), nameof(kind));
        }

        Id = id;
        Kind = kind;
        RegionName = regionName.Trim();
    }

    /// <summary>
    /// The contest an election holds in a region of a catalogue, with the kind the region calls for: gubernur for a
    /// province, bupati for a kabupaten, wali kota for a kota.
    /// </summary>
    /// <param name="election">The election.</param>
    /// <param name="region">The region.</param>
    /// <exception cref="ElectionArgumentException">
    /// No regional head is elected in the region: it is below kabupaten/kota level, one of DKI Jakarta's administrative
    /// units, or DI Yogyakarta (its governor is not elected).
    /// </exception>
    public static Contest For(ElectionId election, Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (election.IsEmpty)
        {
            throw new ElectionArgumentException("Contest.EmptyId", nameof(election));
        }

        var kind = ContestId.KindOf(region.Code) ?? ContestKind.Gubernur;
        var error = ContestRules.Check(kind, region);
        if (error != ContestError.None)
        {
            throw ContestRules.Exception(error, kind, region.Code, region.Name, nameof(region));
        }

        return new Contest(new ContestId(election, region.Code), kind, region.Name);
    }

    /// <summary>The contest id, e.g. <c>pilkada-2024/52.72</c>.</summary>
    public ContestId Id { get; }

    /// <summary>The election the contest belongs to.</summary>
    public ElectionId Election => Id.Election;

    /// <summary>The region: a province, kabupaten or kota.</summary>
    public RegionCode Region => Id.Region;

    /// <summary>Jenis pemilihan (kind): gubernur, bupati or wali kota.</summary>
    public ContestKind Kind { get; }

    /// <summary>The region's name, e.g. <c>Kota Bima</c> or <c>Nusa Tenggara Barat</c>.</summary>
    public string RegionName { get; }

    /// <summary>
    /// The single-candidate facts (one pair against the empty column, UU 10/2016 Pasal 54C), or <see langword="null"/>
    /// when the contest had several pairs or nothing is known.
    /// </summary>
    /// <exception cref="ElectionArgumentException">The facts are about another contest.</exception>
    public SingleCandidateContest? SingleCandidate
    {
        get => _singleCandidate;
        init
        {
            if (value is not null && value.Contest != Id)
            {
                throw new ElectionArgumentException("Contest.FactsOfAnotherContest", nameof(SingleCandidate),
                    new MessageArgument("contest", Id.ToString()), new MessageArgument("other", value.Contest.ToString()));
            }

            _singleCandidate = value;
        }
    }

    /// <summary>The Constitutional Court rulings that ordered a re-vote or re-tabulation in this contest (usually none).</summary>
    /// <exception cref="ElectionArgumentException">A ruling is about another contest.</exception>
    public IReadOnlyList<RevoteOrder> RevoteOrders
    {
        get => _revoteOrders;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var order in value)
            {
                ArgumentNullException.ThrowIfNull(order, nameof(RevoteOrders));
                if (order.Contest != Id)
                {
                    throw new ElectionArgumentException("Contest.FactsOfAnotherContest", nameof(RevoteOrders),
                        new MessageArgument("contest", Id.ToString()), new MessageArgument("other", order.Contest.ToString()));
                }
            }

            _revoteOrders = [.. value];
        }
    }

    /// <summary>Whether one pair ran against the empty column.</summary>
    public bool IsSingleCandidate => _singleCandidate is not null;

    /// <summary>
    /// The contest's title in a language: <c>Pemilihan Wali Kota Bima</c> or <c>Kota Bima mayoral election</c>;
    /// <c>Pemilihan Gubernur Nusa Tenggara Barat</c> or <c>Nusa Tenggara Barat governor election</c>.
    /// </summary>
    /// <param name="language">The language.</param>
    public string Title(PilkadaLanguage language)
    {
        if (language == PilkadaLanguage.Indonesian)
        {
            var place = RegionName;
            foreach (var prefix in (ReadOnlySpan<string>)["Kabupaten ", "Kota "])
            {
                if (place.StartsWith(prefix, StringComparison.Ordinal))
                {
                    place = place[prefix.Length..];
                    break;
                }
            }

            return Kind switch
            {
                ContestKind.Gubernur => "Pemilihan Gubernur " + place,
                ContestKind.Bupati => "Pemilihan Bupati " + place,
                _ => "Pemilihan Wali Kota " + place,
            };
        }

        return RegionName + " " + Kind.GetName(PilkadaLanguage.English);
    }

    /// <summary>The id and the English title: <c>pilkada-2024/52.72 Kota Bima mayoral election</c>.</summary>
    public override string ToString() => Id + " " + Title(PilkadaLanguage.English);
}
