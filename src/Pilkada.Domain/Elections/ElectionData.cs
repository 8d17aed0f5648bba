using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Elections;

/// <summary>
/// The embedded election data (<c>elections.tsv</c>), version 1: UTF-8 text, one record per line, fields separated by
/// tabs, empty fields meaning "none". Written by <c>tools/Pilkada.DataGen</c> (ElectionDataGenerator) from
/// <c>data/pilkada-2024/</c>.
/// </summary>
/// <remarks>
/// <code>
/// pilkada-elections  1
/// edition            text
/// stage   election id kind phase name englishName start end dateText appliesTo instrument provision legalNote confidence urls note
/// single  contest regionName candidatePair outcome confidence urls note
/// revote  contest regionName caseNumber rulingDate remedy revoteDate confidence urls note
/// </code>
/// Kinds, phases, outcomes, remedies and confidences are the C# member names; dates are ISO (<c>2024-11-27</c>);
/// <c>appliesTo</c> is space-separated region codes; <c>urls</c> are separated by <c> | </c>.
/// </remarks>
internal static class ElectionData
{
    internal const string ResourceName = "Pilkada.Domain.Elections.elections.tsv";
    internal const string Magic = "pilkada-elections";
    internal const int Version = 1;

    internal sealed record Contents(
        string Edition,
        IReadOnlyDictionary<ElectionId, IReadOnlyList<ElectionStage>> Stages,
        IReadOnlyList<SingleCandidateContest> SingleCandidates,
        IReadOnlyList<RevoteOrder> RevoteOrders);

    internal static byte[] ReadEmbeddedBytes()
    {
        using var stream = typeof(ElectionData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    internal static Contents Parse(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        string? edition = null;
        var stages = new Dictionary<ElectionId, List<ElectionStage>>();
        var singles = new List<SingleCandidateContest>();
        var revotes = new List<RevoteOrder>();
        var lineNumber = 0;
        var headerSeen = false;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            try
            {
                switch (f[0])
                {
                    case Magic when !headerSeen:
                        Expect(f, 2);
                        if (Int(f[1]) != Version)
                        {
                            throw new InvalidDataException($"version {f[1]} is not supported (expected {Version})");
                        }

                        headerSeen = true;
                        break;
                    case "edition" when headerSeen:
                        Expect(f, 2);
                        edition = f[1];
                        break;
                    case "stage" when headerSeen:
                        Expect(f, 17);
                        var election = ElectionId.Parse(f[1], CultureInfo.InvariantCulture);
                        var stage = new ElectionStage(f[2], Enum<StageKind>(f[3]), Enum<StagePhase>(f[4]), f[5], f[6], Date(f[7]), Date(f[8]),
                            new LegalReference(f[11], Optional(f[12]), Optional(f[13])))
                        {
                            DateText = Optional(f[9]),
                            AppliesTo = Codes(f[10]),
                            Confidence = Enum<SourceConfidence>(f[14]),
                            SourceUrls = Urls(f[15]),
                            Note = Optional(f[16]),
                        };
                        if (!stages.TryGetValue(election, out var list))
                        {
                            stages[election] = list = [];
                        }

                        list.Add(stage);
                        break;
                    case "single" when headerSeen:
                        Expect(f, 8);
                        singles.Add(new SingleCandidateContest(
                            ContestId.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3], Enum<SingleCandidateOutcome>(f[4]),
                            Enum<SourceConfidence>(f[5]), Urls(f[6]), Optional(f[7])));
                        break;
                    case "revote" when headerSeen:
                        Expect(f, 10);
                        revotes.Add(new RevoteOrder(
                            ContestId.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3], Date(f[4]) ?? throw new InvalidDataException("the ruling date is missing"),
                            Enum<RevoteRemedy>(f[5]), Date(f[6]), Enum<SourceConfidence>(f[7]), Urls(f[8]), Optional(f[9])));
                        break;
                    default:
                        throw new InvalidDataException($"unexpected record '{f[0]}'");
                }
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidDataException)
            {
                throw new InvalidDataException($"{ResourceName}, line {lineNumber}: {ex.Message}", ex);
            }
        }

        if (!headerSeen || edition is null)
        {
            throw new InvalidDataException($"{ResourceName} has no header or no edition line.");
        }

        return new Contents(
            edition,
            stages.ToDictionary(p => p.Key, p => (IReadOnlyList<ElectionStage>)p.Value),
            singles,
            revotes);
    }

    private static void Expect(string[] fields, int count)
    {
        if (fields.Length != count)
        {
            throw new InvalidDataException($"a '{fields[0]}' record has {fields.Length} fields, not {count}");
        }
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string? Optional(string text) => text.Length == 0 ? null : text;

    private static LocalDate? Date(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new InvalidDataException($"'{text}' is not an ISO date");
    }

    private static T Enum<T>(string text)
        where T : struct, Enum =>
        System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text[0])
            ? value
            : throw new InvalidDataException($"'{text}' is not a {typeof(T).Name}");

    private static RegionCode[] Codes(string text) =>
        text.Length == 0 ? [] : [.. text.Split(' ').Select(c => RegionCode.Parse(c, CultureInfo.InvariantCulture))];

    private static string[] Urls(string text) => text.Length == 0 ? [] : text.Split(" | ");
}
