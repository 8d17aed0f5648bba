using System.Security.Cryptography;
using Pilkada.DataGen;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Elections;

public class ElectionDataTests
{
    // SHA-256 of src/Pilkada.Domain/Elections/Data/elections.tsv. Change it only together with the data, on purpose.
    private const string EmbeddedChecksum = "72d552494606ebf0a49aa116ddc65709b2f5d4b0402544f37f2052c84327b679";

    [Fact]
    public void Regenerating_the_embedded_data_from_the_sources_changes_nothing()
    {
        var generated = ElectionDataGenerator.Generate(RepositoryRoot.Combine("data"));

        Assert.Equal(ElectionData.ReadEmbeddedBytes(), generated);
    }

    [Fact]
    public void The_embedded_data_has_not_changed_by_accident()
    {
        Assert.Equal(EmbeddedChecksum, Convert.ToHexStringLower(SHA256.HashData(ElectionData.ReadEmbeddedBytes())));
    }

    [Fact]
    public void The_embedded_data_holds_30_stages_of_2024_18_of_the_rerun_37_single_candidate_contests_and_25_MK_orders()
    {
        var contents = ElectionData.Parse(ElectionData.ReadEmbeddedBytes());

        Assert.Equal(30, contents.Stages[ElectionCatalog.Pilkada2024Id].Count);
        Assert.Equal(18, contents.Stages[ElectionCatalog.PilkadaUlang2025Id].Count);
        Assert.Equal(37, contents.SingleCandidates.Count);
        Assert.Equal(25, contents.RevoteOrders.Count);
        Assert.Equal(ElectionDataGenerator.Edition, contents.Edition);
    }

    [Fact]
    public void The_raw_source_files_are_the_ones_from_the_shared_data_folder()
    {
        // The three CSVs and their README are copied byte for byte; the generator reads them as they are.
        var rows = ElectionDataGenerator.ReadCsv(RepositoryRoot.Combine("data", "pilkada-2024", "single-candidate-contests.csv"));
        var revotes = ElectionDataGenerator.ReadCsv(RepositoryRoot.Combine("data", "pilkada-2024", "revotes-mk-2025.csv"));
        var rerun = ElectionDataGenerator.ReadCsv(RepositoryRoot.Combine("data", "pilkada-2024", "rerun-2025.csv"));

        Assert.Equal(37, rows.Count);
        Assert.Equal(25, revotes.Count);
        Assert.Equal(18, rerun.Count);
    }

    [Theory]
    [InlineData("pilkada-elections\t2\nedition\tx\n", "version 2 is not supported")]
    [InlineData("pilkada-elections\t1\nedition\tx\nstage\tpilkada-2024\tkampanye\tNoSuchKind\tPenyelenggaraan\tK\tC\t\t\t\t\tPKPU\t\t\tConfirmed\t\t\n", "'NoSuchKind' is not a StageKind")]
    [InlineData("pilkada-elections\t1\nedition\tx\nstage\tpilkada-2024\tkampanye\tKampanye\tPenyelenggaraan\tK\tC\t2024-11-23\t2024-09-25\t\t\tPKPU\t\t\tConfirmed\t\t\n", "ends on 25 September 2024, before it starts")]
    [InlineData("pilkada-elections\t1\nedition\tx\nsingle\tpilkada-2024/19.71\tKota\n", "has 3 fields, not 8")]
    [InlineData("edition\tx\n", "unexpected record 'edition'")]
    public void Corrupt_data_fails_loudly_with_the_line(string text, string expected)
    {
        var ex = Assert.Throws<InvalidDataException>(() => ElectionData.Parse(System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("line", ex.Message, StringComparison.Ordinal);
    }
}

public class ElectionMessageTests
{
    public static TheoryData<string> ErrorKeys => new(
        Enum.GetNames<ElectionIdError>().Select(n => "ElectionId." + n)
            .Concat(Enum.GetNames<ContestIdError>().Select(n => "ContestId." + n))
            .Concat(Enum.GetNames<ContestError>().Select(n => "Contest." + n))
            .Concat(Enum.GetNames<ScheduleError>().Select(n => "Schedule." + n)));

    [Theory]
    [MemberData(nameof(ErrorKeys))]
    public void Every_error_code_of_the_elections_area_has_a_message(string key)
    {
        Assert.True(PilkadaMessages.Contains(key), key);
    }

    [Fact]
    public void Parse_error_messages_carry_the_position()
    {
        foreach (var error in Enum.GetValues<ContestIdError>())
        {
            Assert.Contains("{position}", PilkadaMessages.GetTemplate(new ParseError<ContestIdError>(error, 0).MessageKey, PilkadaLanguage.Indonesian), StringComparison.Ordinal);
        }

        foreach (var error in Enum.GetValues<ElectionIdError>())
        {
            Assert.Contains("{position}", PilkadaMessages.GetTemplate(new ParseError<ElectionIdError>(error, 0).MessageKey, PilkadaLanguage.English), StringComparison.Ordinal);
        }
    }
}
