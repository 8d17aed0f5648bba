using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests;

/// <summary>
/// Every C# block in the README compiles as a user would paste it into a new console project (implicit usings,
/// nullable enabled, warnings as errors; CS1701/CS1702 are ignored as the SDK does), so the README cannot drift from the API.
/// </summary>
public partial class ReadmeTests
{
    private static readonly string[] ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            // What a user's project has: not this test assembly, whose copy of the README's testing sample would clash.
            .Where(p => Path.GetFileName(p) != "Pilkada.Domain.Tests.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    public static TheoryData<int, string> Blocks()
    {
        var data = new TheoryData<int, string>();
        foreach (var (line, code) in ExtractBlocks(File.ReadAllText(RepositoryRoot.Combine("README.md"))))
        {
            data.Add(line, code);
        }

        return data;
    }

    [Fact]
    public void The_README_has_C_sharp_blocks_to_check() =>
        Assert.True(ExtractBlocks(File.ReadAllText(RepositoryRoot.Combine("README.md"))).Count >= 3);

    [Fact]
    public void The_README_blocks_are_compiled_against_FsCheck_FsCheck_Xunit_the_Testing_package_and_the_DI_container()
    {
        var names = References.Value.Select(r => Path.GetFileNameWithoutExtension(r.Display ?? string.Empty)).ToList();

        Assert.All(
            ["FsCheck", "FsCheck.Xunit.v3", "Pilkada.Domain.Testing", "NodaTime.Testing", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.DependencyInjection.Abstractions"],
            name => Assert.Contains(name, names));
    }

    // The README's property test is the file the test suite runs (Testing/ReadmeSample.cs), character for character.
    [Fact]
    public void The_testing_sample_in_the_README_is_the_file_the_tests_run()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var section = readme[readme.IndexOf("## Testing your code with Pilkada.Domain.Testing", StringComparison.Ordinal)..];
        var block = ExtractBlocks(section).First().Code;
        var file = File.ReadAllText(RepositoryRoot.Combine("tests/Pilkada.Domain.Tests/Testing/ReadmeSample.cs"));

        Assert.Equal(file.ReplaceLineEndings("\n"), block.ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_README_block_compiles_without_warnings(int line, string code)
    {
        var cancel = TestContext.Current.CancellationToken;
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: $"README.md:{line}", cancellationToken: cancel);
        var globalUsings = CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using {u};\n")), new CSharpParseOptions(LanguageVersion.Latest), cancellationToken: cancel);
        var hasStatements = tree.GetCompilationUnitRoot(cancel).Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            $"ReadmeBlock{line}",
            [globalUsings, tree],
            References.Value,
            new CSharpCompilationOptions(
                hasStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));

        var problems = compilation.GetDiagnostics(cancel)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id is not "CS8019" and not "CS1591" and not "CS1701" and not "CS1702")
            .Select(d => $"README.md line {line + d.Location.GetLineSpan().StartLinePosition.Line}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static List<(int Line, string Code)> ExtractBlocks(string readme)
    {
        var blocks = new List<(int, string)>();
        foreach (Match match in CSharpBlock().Matches(readme))
        {
            var line = readme[..match.Index].Count(c => c == '\n') + 2;
            blocks.Add((line, match.Groups[1].Value));
        }

        return blocks;
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
