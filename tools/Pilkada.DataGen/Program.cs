using Pilkada.DataGen;

// Usage: dotnet run --project tools/Pilkada.DataGen [-- <repository root>]
// Regenerates the embedded data files from data/. Running it twice changes nothing.
var root = args.Length > 0 ? args[0] : FindRoot(Directory.GetCurrentDirectory());
var data = Path.Combine(root, "data");

var regions = RegionDataGenerator.Generate(data);
var regionsPath = Path.Combine(root, "src", "Pilkada.Domain", "Regions", "Data", "regions.bin");
Write(regionsPath, regions);
Write(Path.Combine(root, "src", "Pilkada.Domain", "Oversight", "Data", "vulnerability-ratings.csv"), VulnerabilityDataGenerator.Generate(data));

var holidays = HolidayDataGenerator.Generate(data);
var holidaysPath = Path.Combine(root, "src", "Pilkada.Domain", "Calendars", "Data", "holidays.tsv");
Write(holidaysPath, holidays);

var elections = ElectionDataGenerator.Generate(data);
Write(Path.Combine(root, "src", "Pilkada.Domain", "Elections", "Data", "elections.tsv"), elections);

return 0;

static void Write(string path, byte[] bytes)
{
    var unchanged = File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    if (!unchanged)
    {
        File.WriteAllBytes(path, bytes);
    }

    Console.WriteLine($"{(unchanged ? "unchanged" : "written  ")} {path} ({bytes.Length:N0} bytes)");
}

static string FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Pilkada.Domain.sln")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("Run from inside the repository, or pass its root as the first argument.");
}
