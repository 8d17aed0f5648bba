using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using Pilkada.Domain.People;

namespace Pilkada.Domain.Benchmarks;

/// <summary>
/// Nik and Nip parse + validate (budget ≤ 20 ns, 0 B) beside a naive baseline (must be ≥ 20× slower): a Regex built
/// once, then Substring + int.Parse for the parts and DateTime for the date checks.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NikNipBenchmarks
{
    private static readonly Regex NikPattern = new(@"^\d{16}$");
    private static readonly Regex NipPattern = new(@"^\d{18}$");
    private static readonly DateTime ReferenceDateTime = new(2024, 11, 27, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly LocalDate ReferenceDate = new(2024, 11, 27);

    public string NikText { get; set; } = "5272016609860003";

    public string NipText { get; set; } = "198609262015051001";

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Nik")]
    public bool NikRegexAndSubstrings()
    {
        var text = NikText.Trim();
        if (!NikPattern.IsMatch(text))
        {
            return false;
        }

        var province = int.Parse(text.Substring(0, 2), CultureInfo.InvariantCulture);
        var kabupatenKota = int.Parse(text.Substring(2, 2), CultureInfo.InvariantCulture);
        var kecamatan = int.Parse(text.Substring(4, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.Substring(6, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(text.Substring(8, 2), CultureInfo.InvariantCulture);
        var year = int.Parse(text.Substring(10, 2), CultureInfo.InvariantCulture);
        var sequence = int.Parse(text.Substring(12, 4), CultureInfo.InvariantCulture);
        if (day > 40)
        {
            day -= 40;
        }

        if (province < 11 || (province != 99 && (kabupatenKota == 0 || kecamatan == 0)) || sequence == 0 || month is < 1 or > 12)
        {
            return false;
        }

        year += 2000;
        if (year > ReferenceDateTime.Year)
        {
            year -= 100;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        return new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified) <= ReferenceDateTime;
    }

    [Benchmark]
    [BenchmarkCategory("Nik")]
    public bool NikTryParse() =>
        Nik.TryParse(NikText.AsSpan(), out var nik) && nik.TryGetBirthDate(ReferenceDate, out _);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Nip")]
    public bool NipRegexAndSubstrings()
    {
        var text = NipText.Trim();
        if (!NipPattern.IsMatch(text) ||
            !DateTime.TryParseExact(text.Substring(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
        {
            return false;
        }

        var appointmentYear = int.Parse(text.Substring(8, 4), CultureInfo.InvariantCulture);
        var appointmentMonth = int.Parse(text.Substring(12, 2), CultureInfo.InvariantCulture);
        var sex = int.Parse(text.Substring(14, 1), CultureInfo.InvariantCulture);
        var sequence = int.Parse(text.Substring(15, 3), CultureInfo.InvariantCulture);
        return birth.Year >= 1900 && appointmentMonth is >= 1 and <= 12 &&
               new DateTime(appointmentYear, appointmentMonth, 1, 0, 0, 0, DateTimeKind.Unspecified) >= birth &&
               sex is 1 or 2 && sequence > 0 && birth <= ReferenceDateTime;
    }

    [Benchmark]
    [BenchmarkCategory("Nip")]
    public bool NipTryParse() =>
        Nip.TryParse(NipText.AsSpan(), out var nip) && nip.BirthDate <= ReferenceDate;
}
