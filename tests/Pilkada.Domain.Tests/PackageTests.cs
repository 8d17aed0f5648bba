using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests;

/// <summary>
/// Packs the three packages (from the already-built binaries) and checks what is inside: README, licences (including
/// the region data's MIT licence), XML docs, the symbols package, the dependencies and the tool's entry point.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.PackedPackages>
{
    private readonly PackedPackages _packages;

    public PackageTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public void The_library_package_carries_README_licences_docs_and_only_the_declared_dependencies()
    {
        using var package = ZipFile.OpenRead(_packages.Find("Pilkada.Domain"));
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.Contains("licenses/LICENSE-cahyadsn-wilayah.txt", entries);
        Assert.Contains("lib/net10.0/Pilkada.Domain.dll", entries);
        Assert.Contains("lib/net10.0/Pilkada.Domain.xml", entries);

        var nuspec = Nuspec(package);
        Assert.Equal("Pilkada.Domain", Element(nuspec, "id"));
        Assert.Equal("MIT", Element(nuspec, "license"));
        Assert.Equal("README.md", Element(nuspec, "readme"));
        Assert.Contains("kemendagri", Element(nuspec, "tags"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "description")));
        Assert.Equal(
            ["FluentValidation", "Microsoft.Extensions.DependencyInjection.Abstractions", "NodaTime", "NodaTime.Serialization.SystemTextJson"],
            Dependencies(nuspec).Order());
    }

    [Fact]
    public void The_symbols_package_has_the_pdb()
    {
        using var symbols = ZipFile.OpenRead(_packages.Find("Pilkada.Domain", ".snupkg"));

        Assert.Contains("lib/net10.0/Pilkada.Domain.pdb", symbols.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void The_testing_package_depends_on_the_library_FsCheck_and_NodaTime_Testing()
    {
        using var package = ZipFile.OpenRead(_packages.Find("Pilkada.Domain.Testing"));
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.Contains("lib/net10.0/Pilkada.Domain.Testing.xml", entries);
        Assert.Equal(["FsCheck", "NodaTime.Testing", "Pilkada.Domain"], Dependencies(Nuspec(package)).Order());
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_pilkada()
    {
        using var package = ZipFile.OpenRead(_packages.Find("pilkada"));
        var settings = package.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        using var stream = settings.Open();
        var command = XDocument.Load(stream).Descendants("Command").Single();

        Assert.Equal("pilkada", command.Attribute("Name")!.Value);
        Assert.Equal("pilkada.dll", command.Attribute("EntryPoint")!.Value);
        Assert.Contains("README.md", package.Entries.Select(e => e.FullName));
    }

    private static XElement Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!;
    }

    private static string Element(XElement nuspec, string name) =>
        nuspec.Descendants().First(e => e.Name.LocalName == name).Value;

    private static IEnumerable<string> Dependencies(XElement nuspec) =>
        nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).Distinct();

    /// <summary>Runs <c>dotnet pack --no-build</c> once for the test class, into a temporary folder.</summary>
    public sealed class PackedPackages : IDisposable
    {
#if DEBUG
        private const string Configuration = "Debug";
#else
        private const string Configuration = "Release";
#endif

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "pilkada-packages-" + Guid.NewGuid().ToString("N"));

        public PackedPackages()
        {
            foreach (var project in new[] { "src/Pilkada.Domain", "src/Pilkada.Domain.Testing", "src/Pilkada.Cli" })
            {
                var start = new ProcessStartInfo("dotnet", ["pack", RepositoryRoot.Combine(project), "-c", Configuration, "--no-build", "-o", _folder, "-nologo"])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"dotnet pack {project} failed:{Environment.NewLine}{output}");
                }
            }
        }

        public string Find(string id, string extension = ".nupkg") =>
            Directory.GetFiles(_folder, id + ".*" + extension)
                .Single(f => Path.GetFileName(f)[(id.Length + 1)..].Length > 0 && char.IsAsciiDigit(Path.GetFileName(f)[id.Length + 1]) && !f.EndsWith(".symbols.nupkg", StringComparison.Ordinal));

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
