using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Elections;

public class ContestIdTests
{
    private static ContestId Id(string text) => ContestId.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("pilkada-2024/52.72", "pilkada-2024/52.72", ContestKind.WaliKota)]
    [InlineData("pilkada-2024/5272", "pilkada-2024/52.72", ContestKind.WaliKota)]
    [InlineData(" PILKADA-2024/52 72 ", "pilkada-2024/52.72", ContestKind.WaliKota)]
    [InlineData("pilkada-2024/52", "pilkada-2024/52", ContestKind.Gubernur)]
    [InlineData("pilkada-2024/19.01", "pilkada-2024/19.01", ContestKind.Bupati)]
    [InlineData("pilkada-ulang-2025/19.71", "pilkada-ulang-2025/19.71", ContestKind.WaliKota)]
    public void A_contest_id_is_election_slash_region_and_implies_its_kind(string text, string canonical, ContestKind kind)
    {
        var id = Id(text);

        Assert.Equal(canonical, id.ToString());
        Assert.Equal(kind, id.Kind);
        Assert.Equal(canonical.Split('/')[0], id.Election.ToString());
        Assert.Equal(canonical.Split('/')[1], id.Region.ToString());
    }

    [Theory]
    [InlineData("", ContestIdError.Empty, 0)]
    [InlineData("pilkada-2024", ContestIdError.MissingSeparator, 12)]
    [InlineData("pilkada-2024 52.72", ContestIdError.MissingSeparator, 12)]
    [InlineData("pilkada_2024/52.72", ContestIdError.InvalidElectionId, 7)]
    [InlineData("/52.72", ContestIdError.InvalidElectionId, 0)]
    [InlineData("pilkada-2024/52.7x", ContestIdError.InvalidRegionCode, 17)]
    [InlineData("pilkada-2024/", ContestIdError.InvalidRegionCode, 13)]
    [InlineData("pilkada-2024/52.72.01", ContestIdError.NotAContestRegion, 13)]
    [InlineData("pilkada-2024/52.85", ContestIdError.NotAContestRegion, 13)]
    public void Bad_ids_fail_with_the_error_and_position(string text, ContestIdError error, int position)
    {
        Assert.False(ContestId.TryParse(text.AsSpan(), out var id, out var parseError));
        Assert.True(id.IsEmpty);
        Assert.Equal(new ParseError<ContestIdError>(error, position), parseError);
        Assert.True(PilkadaMessages.Contains(parseError.MessageKey));

        var ex = Assert.Throws<ContestIdFormatException>(() => Id(text));
        Assert.Equal(error, ex.Error);
        Assert.Contains($"'{text}' is not a valid contest id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_constructor_refuses_regions_where_no_head_is_elected()
    {
        var election = ElectionCatalog.Pilkada2024Id;

        var ex = Assert.Throws<ArgumentException>(() => new ContestId(election, RegionCode.Parse("52.72.01", CultureInfo.InvariantCulture)));
        Assert.Contains("52.72.01 is not a province, a kabupaten (01–69) or a kota (71–79)", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ContestId(default, RegionCode.Parse("52.72", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Parsing_valid_ids_allocates_nothing()
    {
        var contest = "pilkada-ulang-2025/19.71";
        var election = "Pilkada-Ulang-2025";
        var utf8 = "pilkada-2024/5272"u8.ToArray();
        ContestId.TryParse(contest, out _);
        ElectionId.TryParse(election, out _);
        ContestId.TryParse(utf8, out _, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            ContestId.TryParse(contest.AsSpan(), out _);
            ElectionId.TryParse(election.AsSpan(), out _);
            ContestId.TryParse(utf8, out _, out _);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void The_default_id_is_empty()
    {
        var empty = default(ContestId);

        Assert.True(empty.IsEmpty);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.True(empty < Id("a/11"));
    }

    [Fact]
    public void Ids_sort_by_election_then_hierarchically_by_region()
    {
        ContestId[] sorted = [Id("pilkada-ulang-2025/19.01"), Id("pilkada-2024/19.71"), Id("pilkada-2024/19"), Id("pilkada-2024/19.01")];
        Array.Sort(sorted);

        Assert.Equal(["pilkada-2024/19", "pilkada-2024/19.01", "pilkada-2024/19.71", "pilkada-ulang-2025/19.01"], sorted.Select(s => s.ToString()));
    }

    [Fact]
    public void JSON_is_the_canonical_string_and_a_bad_value_names_the_value_and_the_reason()
    {
        Assert.Equal("\"pilkada-2024/52.72\"", JsonSerializer.Serialize(Id("pilkada-2024/5272"), PilkadaJsonContext.Default.ContestId));
        Assert.Equal(Id("pilkada-2024/52.72"), JsonSerializer.Deserialize("\"pilkada-2024/52 72\"", PilkadaJsonContext.Default.ContestId));

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("[\"pilkada-2024/52.72.01\"]", PilkadaJsonContext.Default.ContestIdArray));
        Assert.Equal("$[0]", ex.Path);
        Assert.Contains("'pilkada-2024/52.72.01' is not a valid contest id", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a province, a kabupaten (01–69) or a kota (71–79)", ex.Message, StringComparison.Ordinal);

        var number = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("5272", PilkadaJsonContext.Default.ContestId));
        Assert.Contains("must be a JSON string, not Number", number.Message, StringComparison.Ordinal);
    }
}

[Properties(Arbitrary = [typeof(ElectionArbitraries)], MaxTest = 300)]
public class ContestIdPropertyTests
{
    [Property]
    public bool Format_then_parse_gives_the_same_id(ContestId id) =>
        ContestId.Parse(id.ToString(), CultureInfo.InvariantCulture) == id;

    [Property]
    public bool JSON_round_trip_gives_the_same_id(ContestId id) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(id, PilkadaJsonContext.Default.ContestId), PilkadaJsonContext.Default.ContestId) == id;

    [Property]
    public bool UTF8_formatting_agrees_with_ToString(ContestId id)
    {
        var buffer = new byte[ContestId.MaxLength];
        return id.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) &&
               Encoding.UTF8.GetString(buffer, 0, written) == id.ToString();
    }

    [Property]
    public Property Every_accepted_written_form_parses_to_its_id_and_normalising_twice_changes_nothing() =>
        Prop.ForAll(ElectionArbitraries.WrittenContestId.ToArbitrary(), written =>
        {
            var once = ContestId.Parse(written.Text, CultureInfo.InvariantCulture);
            var twice = ContestId.Parse(once.ToString(), CultureInfo.InvariantCulture);
            return once == written.Id && twice == once && twice.ToString() == once.ToString();
        });

    [Property(MaxTest = 2000)]
    public Property TryParse_never_throws_on_any_string() =>
        Prop.ForAll(Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), ElectionArbitraries.ContestIdLikeString).ToArbitrary(), text =>
        {
            text ??= string.Empty;
            var ok = ContestId.TryParse(text.AsSpan(), out var id, out var error);
            return ok
                ? error.Error == ContestIdError.None && !id.IsEmpty && ContestId.KindOf(id.Region) == id.Kind
                : error.Error != ContestIdError.None && error.Position >= 0 && error.Position <= text.Length && id.IsEmpty;
        });

    [Property(MaxTest = 500)]
    public Property UTF8_and_UTF16_parsing_agree() =>
        Prop.ForAll(ElectionArbitraries.ContestIdLikeString.Where(s => s.All(char.IsAscii)).ToArbitrary(), text =>
        {
            var a = ContestId.TryParse(text.AsSpan(), out var fromChars, out var charError);
            var b = ContestId.TryParse(Encoding.ASCII.GetBytes(text), out var fromBytes, out var byteError);
            return a == b && fromChars == fromBytes && charError == byteError;
        });

    [Property]
    public bool Equality_hash_and_operators_agree(ContestId a, ContestId b) =>
        (a == b) == a.Equals(b) && (a != b) == !a.Equals(b) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) &&
        (a < b) == (a.CompareTo(b) < 0) && (a >= b) == (a.CompareTo(b) >= 0) && (a.CompareTo(b) == 0) == a.Equals(b);
}
