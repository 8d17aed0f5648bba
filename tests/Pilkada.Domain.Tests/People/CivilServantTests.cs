using Pilkada.Domain.People;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.People;

public class CivilServantTests
{
    private static readonly Nip Pns = Nip.Parse("198609262015051001");

    // UU 20/2023: ASN covers PNS and PPPK; the record's kind is the kind of its number.
    [Fact]
    public void The_kind_is_the_kind_of_the_number()
    {
        Assert.Equal(AsnKind.Pns, new CivilServant(Pns, "Ahmad", "Pemerintah Kota Bima").Kind);
        Assert.Equal(AsnKind.Pppk, new CivilServant(Nip.Parse("NI PPPK 199009132025242014"), "Siti", "Pemerintah Kota Bima").Kind);
    }

    [Fact]
    public void An_incomplete_record_is_never_built()
    {
        Assert.Throws<ArgumentException>(() => new CivilServant(default, "Ahmad", "Pemerintah Kota Bima"));
        Assert.Throws<ArgumentException>(() => new CivilServant(Pns, " ", "Pemerintah Kota Bima"));
        Assert.Throws<ArgumentNullException>(() => new CivilServant(Pns, "Ahmad", null!));
    }

    [Fact]
    public void Text_is_trimmed_and_blank_optional_fields_are_unknown()
    {
        var servant = new CivilServant(Pns, " Ahmad ", " Pemerintah Kota Bima ", "  ", default(RegionCode));

        Assert.Equal("Ahmad", servant.Name);
        Assert.Equal("Pemerintah Kota Bima", servant.Agency);
        Assert.Null(servant.Position);
        Assert.Null(servant.WorkRegion);
    }

    // Privacy by default: a record in a log shows neither the name nor the full number.
    [Fact]
    public void ToString_leaves_the_name_out_and_masks_the_number()
    {
        var servant = new CivilServant(Pns, "Ahmad Fauzi", "Pemerintah Kota Bima", "Camat", RegionCode.Parse("52.72.01"));

        Assert.Equal("PNS 1986************01, Pemerintah Kota Bima", servant.ToString());
        Assert.DoesNotContain("Ahmad", servant.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Records_with_the_same_data_are_equal()
    {
        Assert.Equal(
            new CivilServant(Pns, "Ahmad", "Pemerintah Kota Bima", "Camat", RegionCode.Parse("52.72")),
            new CivilServant(Nip.Parse("NIP. 19860926 201505 1 001"), "Ahmad", "Pemerintah Kota Bima", "Camat", RegionCode.Parse("5272")));
    }
}
