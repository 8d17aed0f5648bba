using System.Security.Cryptography;
using NodaTime;
using Pilkada.DataGen;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.Calendars;

public class NonWorkingDayTableTests
{
    // SHA-256 of src/Pilkada.Domain/Calendars/Data/holidays.tsv. Change it only together with the data, on purpose.
    private const string EmbeddedChecksum = "0fc81b04de4dfc45c93587d0c7ecc26a8b0daa5b761f7de873de65211653a49c";

    private static readonly NonWorkingDayTable Table = NonWorkingDayTable.Default;

    [Fact]
    public void The_embedded_data_has_not_changed_by_accident()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(NonWorkingDayTable.ReadEmbeddedBytes()));

        Assert.Equal(EmbeddedChecksum, hash);
    }

    [Fact]
    public void Regenerating_the_embedded_data_from_the_sources_changes_nothing()
    {
        var generated = HolidayDataGenerator.Generate(RepositoryRoot.Combine("data"));

        Assert.Equal(NonWorkingDayTable.ReadEmbeddedBytes(), generated);
    }

    [Fact]
    public void The_default_table_is_loaded_once_even_under_concurrent_first_use()
    {
        var seen = new NonWorkingDayTable[8];
        Parallel.For(0, seen.Length, i => seen[i] = NonWorkingDayTable.Default);

        Assert.All(seen, t => Assert.Same(NonWorkingDayTable.Default, t));
    }

    [Fact]
    public void The_table_covers_2024_to_2027_with_108_days_compiled_up_to_September_2026()
    {
        Assert.Equal([2024, 2025, 2026, 2027], Table.CoveredYears);
        Assert.Equal(108, Table.Count);
        Assert.Equal(new YearMonth(2026, 9), Table.CompiledUpTo);
        Assert.Contains("compiled up to September 2026", Table.Edition, StringComparison.Ordinal);
        Assert.Contains("933/2025", Table.Edition, StringComparison.Ordinal);
        Assert.Empty(Table.Changes);
    }

    // data/holidays/README.md, "Counts": the official counts count days, so Idul Fitri counts twice; 2027 has Isra
    // Mikraj twice (1448 H and 1449 H).
    [Theory]
    [InlineData(2024, 17, 10, 2)]
    [InlineData(2025, 17, 11, 0)]
    [InlineData(2026, 17, 8, 0)]
    [InlineData(2027, 18, 8, 0)]
    public void Each_year_has_the_counts_of_its_SKB_and_Keppres(int year, int national, int collective, int election)
    {
        var days = Table.InYear(year);

        Assert.Equal(national, days.Count(d => d.Kind == NonWorkingDayKind.NationalHoliday));
        Assert.Equal(collective, days.Count(d => d.Kind == NonWorkingDayKind.CollectiveLeave));
        Assert.Equal(election, days.Count(d => d.Kind == NonWorkingDayKind.ElectionDay));
    }

    [Fact]
    public void Every_row_of_the_source_CSV_is_in_the_table_exactly()
    {
        var records = HolidayDataGenerator.ParseCsv(File.ReadAllText(RepositoryRoot.Combine("data", "holidays", "id-holidays.csv")));

        Assert.Equal(109, records.Count);
        foreach (var row in records.Skip(1))
        {
            var day = Table.Find(NodaTime.Text.LocalDatePattern.Iso.Parse(row[0]).Value);
            Assert.NotNull(day);
            Assert.Equal(row[1], day.Kind switch
            {
                NonWorkingDayKind.NationalHoliday => "national_holiday",
                NonWorkingDayKind.CollectiveLeave => "collective_leave",
                _ => "election_day",
            });
            Assert.Equal(row[2], day.Name);
            Assert.Equal(row[3], day.EnglishName);
            Assert.Equal(row[4], day.LegalBasis.Note is null ? day.LegalBasis.Instrument : day.LegalBasis.Instrument + "; " + day.LegalBasis.Note);
            Assert.Equal(row[5], day.SourceUrl);
            Assert.Equal(SourceConfidence.Confirmed, day.Confidence);
            Assert.True(day.IsNationwide);
        }
    }

    [Fact]
    public void Keppres_33_2024_made_the_Pilkada_polling_day_27_November_2024_a_holiday()
    {
        var day = Table.Find(new LocalDate(2024, 11, 27));

        Assert.NotNull(day);
        Assert.Equal(NonWorkingDayKind.ElectionDay, day.Kind);
        Assert.Equal("Keppres 33/2024 (21 Nov 2024)", day.LegalBasis.Instrument);
        Assert.Equal(IsoDayOfWeek.Wednesday, day.Date.DayOfWeek);
    }

    [Fact]
    public void Keppres_10_2024_made_the_Pemilu_polling_day_14_February_2024_a_holiday()
    {
        var day = Table.Find(new LocalDate(2024, 2, 14));

        Assert.NotNull(day);
        Assert.Equal(NonWorkingDayKind.ElectionDay, day.Kind);
        Assert.StartsWith("Keppres 10/2024", day.LegalBasis.Instrument, StringComparison.Ordinal);
    }

    [Fact]
    public void The_amendment_SKB_933_2025_added_cuti_bersama_on_18_August_2025()
    {
        var day = Table.Find(new LocalDate(2025, 8, 18));

        Assert.NotNull(day);
        Assert.Equal(NonWorkingDayKind.CollectiveLeave, day.Kind);
        Assert.Contains("933/2025", day.LegalBasis.Instrument, StringComparison.Ordinal);
        Assert.Contains("amending SKB No 1017/2024", day.LegalBasis.Instrument, StringComparison.Ordinal);
    }

    [Fact]
    public void Cuti_bersama_rows_name_the_Keppres_that_applies_them_to_ASN()
    {
        var idulFitri = Table.Find(new LocalDate(2024, 4, 8));

        Assert.NotNull(idulFitri);
        Assert.Equal("ASN: Keppres 7/2024", idulFitri.LegalBasis.Note);
        Assert.Contains("Keppres 7/2024", Table.Instruments);
        Assert.Contains("Keppres 2/2025", Table.Instruments);
        Assert.Contains("Keppres 42/2025", Table.Instruments);
        Assert.Contains("Keppres 33/2024 (21 Nov 2024)", Table.Instruments);
    }

    [Fact]
    public void Holidays_on_a_weekend_are_kept_as_the_decree_lists_them()
    {
        var imlek = Table.Find(new LocalDate(2024, 2, 10));

        Assert.NotNull(imlek);
        Assert.Equal(IsoDayOfWeek.Saturday, imlek.Date.DayOfWeek);
        Assert.Equal("Tahun Baru Imlek 2575 Kongzili", imlek.Name);
    }

    [Fact]
    public void With_adds_a_day_returning_a_new_table_and_recording_the_change()
    {
        var reVote = new NonWorkingDay(new LocalDate(2025, 8, 27), NonWorkingDayKind.ElectionDay, "Hari pemungutan suara ulang (contoh)", "Re-vote polling day (example)", new LegalReference("Keputusan Kepala Daerah (example)"))
        {
            Region = RegionCode.Parse("19.71"),
        };

        var amended = Table.With(reVote);

        Assert.Equal(108, Table.Count);
        Assert.Equal(109, amended.Count);
        Assert.Same(reVote, amended.Find(reVote.Date, reVote.Region));
        Assert.Null(amended.Find(reVote.Date));
        var change = Assert.Single(amended.Changes);
        Assert.Equal(NonWorkingDayChangeKind.Added, change.Kind);
        Assert.Equal(Table.Edition, amended.Edition);
    }

    [Fact]
    public void With_replaces_the_entry_of_the_same_date_and_region()
    {
        var original = Table.Find(new LocalDate(2027, 3, 10))!;
        var moved = new NonWorkingDay(original.Date, NonWorkingDayKind.CollectiveLeave, "Cuti Bersama Idul Fitri 1448 Hijriah", "Collective leave: Eid al-Fitr", new LegalReference("SKB amendment (example)"));

        var amended = Table.With(moved);

        Assert.Equal(108, amended.Count);
        Assert.Same(moved, amended.Find(original.Date));
        Assert.Equal(NonWorkingDayChangeKind.Replaced, Assert.Single(amended.Changes).Kind);
    }

    [Fact]
    public void Without_removes_an_entry_and_refuses_a_missing_one()
    {
        var amended = Table.Without(new LocalDate(2024, 11, 27));

        Assert.Null(amended.Find(new LocalDate(2024, 11, 27)));
        Assert.Equal(107, amended.Count);
        Assert.Equal(NonWorkingDayChangeKind.Removed, Assert.Single(amended.Changes).Kind);
        var ex = Assert.Throws<ArgumentException>(() => Table.Without(new LocalDate(2024, 11, 26)));
        Assert.Contains("2024-11-26", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithCoveredYears_extends_coverage_explicitly_and_checks_its_range()
    {
        var extended = Table.WithCoveredYears(2028, 2028);

        Assert.Equal([2024, 2025, 2026, 2027, 2028], extended.CoveredYears);
        Assert.False(Table.Covers(2028));
        Assert.True(extended.Covers(new LocalDate(2028, 6, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Table.WithCoveredYears(2030, 2029));
        Assert.Throws<ArgumentOutOfRangeException>(() => Table.WithCoveredYears(1800, 1801));
    }

    [Fact]
    public void Create_refuses_two_entries_for_one_date_and_region()
    {
        var a = new NonWorkingDay(new LocalDate(2024, 1, 1), NonWorkingDayKind.NationalHoliday, "A", "A", new LegalReference("X"));
        var b = new NonWorkingDay(new LocalDate(2024, 1, 1), NonWorkingDayKind.NationalHoliday, "B", "B", new LegalReference("X"));

        var ex = Assert.Throws<ArgumentException>(() => NonWorkingDayTable.Create("test", [a, b], [2024]));
        Assert.Contains("2024-01-01 appears twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_working_day_checks_its_arguments()
    {
        var basis = new LegalReference("X");

        Assert.Throws<ArgumentException>(() => new NonWorkingDay(new LocalDate(2024, 1, 1), (NonWorkingDayKind)9, "A", "A", basis));
        Assert.Throws<ArgumentException>(() => new NonWorkingDay(new LocalDate(2024, 1, 1), NonWorkingDayKind.NationalHoliday, " ", "A", basis));
        Assert.Throws<ArgumentException>(() => new NonWorkingDay(new LocalDate(1445, 10, 1, CalendarSystem.IslamicBcl), NonWorkingDayKind.NationalHoliday, "A", "A", basis));
    }
}
