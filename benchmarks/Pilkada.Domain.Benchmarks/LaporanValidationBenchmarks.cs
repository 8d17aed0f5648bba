using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using FluentValidation;
using NodaTime;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Benchmarks;

/// <summary>
/// Validating a complete laporan with FluentValidation (budget ≤ 3 µs, ≤ 1 KB) beside a naive validator written with
/// FluentValidation's built-in rules: Regex for the NIK, region code and hash, <c>string.Split</c> for the words, a
/// <c>HashSet&lt;string&gt;</c> of region codes and <c>DateTime</c> with <c>TimeZoneInfo</c> for the 7 days.
/// <see cref="ValidateAll"/> adds what the assessment gives beyond the rules: the reporting period and the filing-hours answer.
/// </summary>
[MemoryDiagnoser]
public partial class LaporanValidationBenchmarks
{
    private readonly LaporanValidator _validator = new();
    private NaiveLaporanValidator _naive = null!;
    private Laporan _laporan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _naive = new NaiveLaporanValidator(RegionCatalog.Default.All.Select(r => r.Code.ToString()).ToHashSet(StringComparer.Ordinal));
        _laporan = new Laporan
        {
            Pelapor = new Pelapor { Name = "Pelapor Contoh", Nik = "1971026609860003", Address = "Jl. Jenderal Sudirman No. 1", Standing = PelaporStanding.Pemilih },
            Terlapor = [new Terlapor { Name = "Terlapor Contoh", Address = "Kelurahan Gedung Nasional", Nip = "198609262010012003" }],
            Incident = new Incident { OccurredOn = new LocalDate(2024, 10, 25), RegionCode = "19.71.02.1002", Place = "Halaman kantor kelurahan" },
            Description = "Seorang ASN berorasi mengajak peserta aksi memilih pasangan calon tertentu.",
            Evidence = [new Evidence { Kind = EvidenceKind.Video, Description = "Rekaman orasi", ContentHash = new string('a', 64) }],
            KnownOn = new LocalDate(2024, 10, 25),
            FiledAt = Instant.FromUtc(2024, 10, 28, 3, 0),
            Channel = FilingChannel.InPerson,
            ContestId = "pilkada-2024/19.71",
            SignatureMatchesIdentity = true,
        };
        if (!_validator.Validate(_laporan).IsValid || !_naive.Validate(_laporan).IsValid || !_validator.ValidateAll(_laporan).CanBeRegistered)
        {
            throw new InvalidOperationException("The benchmark report must be complete.");
        }
    }

    [Benchmark(Baseline = true)]
    public bool NaiveFluentValidation() => _naive.Validate(_laporan).IsValid;

    [Benchmark]
    public bool Validate() => _validator.Validate(_laporan).IsValid;

    [Benchmark]
    public bool ValidateAll() => _validator.ValidateAll(_laporan).CanBeRegistered;

    /// <summary>What a first attempt looks like: built-in rules, Regex, Split, DateTime.</summary>
    private sealed partial class NaiveLaporanValidator : AbstractValidator<Laporan>
    {
        public NaiveLaporanValidator(HashSet<string> regionCodes)
        {
            var wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
            RuleFor(l => l.Pelapor).NotNull();
            RuleFor(l => l.Pelapor!.Name).NotEmpty().When(l => l.Pelapor is not null);
            RuleFor(l => l.Pelapor!.Nik).NotEmpty().Matches(NikPattern()).When(l => l.Pelapor is not null);
            RuleFor(l => l.Pelapor!.Address).NotEmpty().When(l => l.Pelapor is not null);
            RuleFor(l => l.Pelapor!.Standing).NotNull().IsInEnum().When(l => l.Pelapor is not null);
            RuleFor(l => l.Terlapor).NotEmpty();
            RuleForEach(l => l.Terlapor).ChildRules(t =>
            {
                t.RuleFor(x => x.Name).NotEmpty();
                t.RuleFor(x => x.Address).NotEmpty();
                t.RuleFor(x => x.Nip).Matches(NipPattern()).When(x => x.Nip is not null);
            });
            RuleFor(l => l.KnownOn).NotNull();
            RuleFor(l => l.FiledAt).NotNull();
            RuleFor(l => l).Must(l =>
            {
                var known = l.KnownOn!.Value.ToDateTimeUnspecified();
                var filed = TimeZoneInfo.ConvertTimeFromUtc(l.FiledAt!.Value.ToDateTimeUtc(), wib);
                return filed.Date <= known.AddDays(7);
            }).When(l => l.KnownOn is not null && l.FiledAt is not null).WithMessage("Daluwarsa");
            RuleFor(l => l.SignatureMatchesIdentity).Equal(true);
            RuleFor(l => l.Incident).NotNull();
            RuleFor(l => l.Incident!.OccurredOn).NotNull().When(l => l.Incident is not null);
            RuleFor(l => l.Incident!.RegionCode).NotEmpty().Matches(RegionPattern()).Must(regionCodes.Contains).When(l => l.Incident is not null);
            RuleFor(l => l.Incident!.Place).NotEmpty().When(l => l.Incident is not null);
            RuleFor(l => l.Description).NotEmpty().Must(d => d!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5);
            RuleFor(l => l.Evidence).NotEmpty();
            RuleForEach(l => l.Evidence).ChildRules(e =>
            {
                e.RuleFor(x => x.Kind).NotNull().IsInEnum();
                e.RuleFor(x => x.Description).NotEmpty();
                e.RuleFor(x => x.ContentHash).Matches(HashPattern()).When(x => x.ContentHash is not null);
            });
            RuleFor(l => l.ContestId).Must(c => c!.StartsWith("pilkada-", StringComparison.Ordinal) && c.Contains('/', StringComparison.Ordinal)).When(l => l.ContestId is not null);
        }

        [GeneratedRegex(@"^\d{16}$", RegexOptions.CultureInvariant)]
        private static partial Regex NikPattern();

        [GeneratedRegex(@"^\d{18}$", RegexOptions.CultureInvariant)]
        private static partial Regex NipPattern();

        [GeneratedRegex(@"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$", RegexOptions.CultureInvariant)]
        private static partial Regex RegionPattern();

        [GeneratedRegex("^[0-9a-fA-F]{64}$", RegexOptions.CultureInvariant)]
        private static partial Regex HashPattern();
    }
}
