using System.Globalization;
using System.Text;
using NodaTime;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.People;

/// <summary>
/// Example tests for the NIK facts of PP 40/2019 Pasal 30–32 and every edge case of LEGAL-VERIFICATION §6.
/// </summary>
public class NikTests
{
    private static readonly LocalDate VotingDay2024 = new(2024, 11, 27);

    // PP 40/2019 Pasal 31(1): 6 digits region (provinsi, kabupaten/kota, kecamatan), 6 digits DDMMYY, 4 digits sequence.
    [Fact]
    public void Pasal_31_a_domestic_NIK_is_region_then_birth_date_then_sequence()
    {
        var nik = Nik.Parse("5272012609860003");

        Assert.Equal(NikKind.Domestic, nik.Kind);
        Assert.Equal(RegionCode.Parse("52.72.01"), nik.RegistrationRegion);
        Assert.Equal(RegionLevel.Kecamatan, nik.RegistrationRegion!.Value.Level);
        Assert.Equal(26, nik.BirthDay);
        Assert.Equal(9, nik.BirthMonth);
        Assert.Equal(86, nik.BirthYearOfCentury);
        Assert.Equal(Sex.Male, nik.Sex);
        Assert.Equal(3, nik.Sequence);
        Assert.Null(nik.CountryCode);
        Assert.Null(nik.PerwakilanCode);
        Assert.Equal(new LocalDate(1986, 9, 26), nik.GetBirthDate(VotingDay2024));
    }

    // Pasal 31(1) huruf b: "khusus untuk perempuan tanggal lahirnya ditambah angka 40".
    [Theory]
    [InlineData("5272016609860003", 26, Sex.Female)]
    [InlineData("5272014109860003", 1, Sex.Female)]
    [InlineData("5272017101860003", 31, Sex.Female)]
    [InlineData("5272010109860003", 1, Sex.Male)]
    [InlineData("5272013101860003", 31, Sex.Male)]
    public void Pasal_31_women_have_40_added_to_the_day(string text, int day, Sex sex)
    {
        var nik = Nik.Parse(text);

        Assert.Equal(day, nik.BirthDay);
        Assert.Equal(sex, nik.Sex);
    }

    [Theory]
    [InlineData("5272013209860003")]
    [InlineData("5272014009860003")]
    [InlineData("5272017209860003")]
    [InlineData("5272010009860003")]
    public void Day_values_outside_01_31_and_41_71_are_rejected(string text)
    {
        Assert.False(Nik.TryParse(text.AsSpan(), out _, out var error));
        Assert.Equal(NikError.InvalidDay, error.Error);
        Assert.Equal(6, error.Position);
    }

    // LEGAL-VERIFICATION §6 row 7: sequence 0001–9999 ("dimulai dari 0001"); 0000 is rejected.
    [Fact]
    public void Row7_sequence_0000_is_rejected_and_0001_and_9999_accepted()
    {
        Assert.False(Nik.TryParse("5272012609860000".AsSpan(), out _, out var error));
        Assert.Equal(NikError.InvalidSequence, error.Error);
        Assert.Equal(12, error.Position);

        Assert.Equal(1, Nik.Parse("5272012609860001").Sequence);
        Assert.Equal(9999, Nik.Parse("5272012609869999").Sequence);
    }

    // LEGAL-VERIFICATION §6 row 3, PP 40/2019 Pasal 32(3) huruf a: 99 + 3-digit country code + 1-digit Perwakilan code.
    [Fact]
    public void Row3_a_NIK_issued_abroad_starts_with_99_then_country_and_Perwakilan()
    {
        var nik = Nik.Parse("9912345609860003");

        Assert.Equal(NikKind.Abroad, nik.Kind);
        Assert.Null(nik.RegistrationRegion);
        Assert.Equal(123, nik.CountryCode);
        Assert.Equal(4, nik.PerwakilanCode);
        Assert.Equal(Sex.Female, nik.Sex);
        Assert.Equal(16, nik.BirthDay);
        Assert.Null(nik.LookupRegistrationRegion());
        Assert.Equal(nik, Nik.CreateAbroad(123, 4, new LocalDate(1986, 9, 16), Sex.Female, 3));
    }

    [Fact]
    public void Row3_a_NIK_issued_abroad_may_have_zeros_in_the_country_and_Perwakilan_codes()
    {
        var nik = Nik.Parse("9900002609860003");

        Assert.Equal(0, nik.CountryCode);
        Assert.Equal(0, nik.PerwakilanCode);
    }

    // LEGAL-VERIFICATION §6 row 5: month 01–12, a real day; 29 February only in leap years.
    [Theory]
    [InlineData("5272012902040003", 2004)]
    [InlineData("5272016902000003", 2000)]
    [InlineData("5272012902960003", 1996)]
    public void Row5_29_February_is_accepted_when_the_two_digit_year_is_divisible_by_4(string text, int year)
    {
        var nik = Nik.Parse(text);

        Assert.Equal(new LocalDate(year, 2, 29), nik.GetBirthDate(VotingDay2024));
    }

    [Theory]
    [InlineData("5272012902010003", NikError.InvalidDate, 6)]
    [InlineData("5272013002040003", NikError.InvalidDate, 6)]
    [InlineData("5272013104900003", NikError.InvalidDate, 6)]
    [InlineData("5272017104900003", NikError.InvalidDate, 6)]
    [InlineData("5272012600900003", NikError.InvalidMonth, 8)]
    [InlineData("5272012613900003", NikError.InvalidMonth, 8)]
    public void Row5_impossible_dates_are_rejected_at_the_first_digit_of_the_bad_part(string text, NikError expected, int position)
    {
        Assert.False(Nik.TryParse(text.AsSpan(), out _, out var error));
        Assert.Equal(expected, error.Error);
        Assert.Equal(position, error.Position);
    }

    // LEGAL-VERIFICATION §6 row 5: the two-digit year is resolved against a reference date — the latest matching date
    // not after it (within the hundred years up to it).
    [Theory]
    [InlineData("5272012711240003", 2024, 11, 27)]
    [InlineData("5272012811240003", 1924, 11, 28)]
    [InlineData("5272010101250003", 1925, 1, 1)]
    [InlineData("5272013112230003", 2023, 12, 31)]
    [InlineData("5272010101000003", 2000, 1, 1)]
    public void Row5_the_century_is_the_latest_one_not_after_the_reference_date(string text, int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), Nik.Parse(text).GetBirthDate(VotingDay2024));
    }

    [Fact]
    public void Row5_at_the_boundary_29_February_00_has_no_date_until_29_February_2000()
    {
        var nik = Nik.Parse("5272012902000003");

        // 1900 was not a leap year, and 29 February 2000 is after the reference date.
        Assert.False(nik.TryGetBirthDate(new LocalDate(2000, 2, 28), out _));
        Assert.Equal(new LocalDate(2000, 2, 29), nik.GetBirthDate(new LocalDate(2000, 2, 29)));
        var ex = Assert.Throws<InvalidOperationException>(() => nik.GetBirthDate(new LocalDate(1999, 12, 31)));
        Assert.DoesNotContain("2902", ex.Message, StringComparison.Ordinal);
        Assert.Contains("5272**********03", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reference_date_can_come_from_a_clock_in_a_zone()
    {
        var nik = Nik.Parse("5272012711240003");
        // 26 November 2024 at 17:30 UTC is already 27 November in WITA (UTC+8), still 26 November in UTC.
        var clock = new FixedClock(Instant.FromUtc(2024, 11, 26, 17, 30));

        Assert.Equal(new LocalDate(2024, 11, 27), nik.GetBirthDate(clock, DateTimeZoneProviders.Tzdb["Asia/Makassar"]));
        Assert.Equal(new LocalDate(1924, 11, 27), nik.GetBirthDate(clock, DateTimeZone.Utc));
    }

    [Theory]
    [InlineData("5272012711070003", 17)]
    [InlineData("5272012811070003", 16)]
    [InlineData("5272012609860003", 38)]
    public void Age_counts_whole_years_on_the_reference_date(string text, int age)
    {
        Assert.True(Nik.Parse(text).TryGetAge(VotingDay2024, out var actual));
        Assert.Equal(age, actual);
    }

    [Fact]
    public void Someone_born_on_29_February_turns_a_year_older_on_28_February_in_common_years()
    {
        var nik = Nik.Parse("5272012902080003");

        Assert.True(nik.TryGetAge(new LocalDate(2025, 2, 27), out var before));
        Assert.True(nik.TryGetAge(new LocalDate(2025, 2, 28), out var on));
        Assert.Equal(16, before);
        Assert.Equal(17, on);
    }

    // LEGAL-VERIFICATION §6 row 1 and PP 40/2019 Pasal 30(2), 31(1)(a): the region is where the person was first
    // registered, not where they live now; row 4 (Pasal 31(5)): a baby gets the parents' domicile code.
    [Fact]
    public void Row1_the_region_is_the_place_of_first_registration_and_never_has_to_match_anything()
    {
        var nik = Nik.Parse("5272012609860003");

        Assert.Equal("52.72.01", nik.RegistrationRegion.ToString());
        // Nothing on Nik compares it with a current address, a polling place or an election region.
        var names = typeof(Nik).GetMembers().Select(m => m.Name).ToList();
        Assert.DoesNotContain(names, n => n.Contains("Domicile", StringComparison.OrdinalIgnoreCase) || n.Contains("Address", StringComparison.OrdinalIgnoreCase));
    }

    // LEGAL-VERIFICATION §6 row 2: codes can predate pemekaran; retired and historical codes are accepted, at most reported.
    [Fact]
    public void Row2_a_code_retired_in_2025_parses_and_the_lookup_reports_it_with_its_old_name()
    {
        // 92.01.01 Makbon (Kabupaten Sorong, Papua Barat) moved to Papua Barat Daya as 96.01.01.
        var nik = Nik.Parse("9201012609860003");

        var lookup = nik.LookupRegistrationRegion();
        Assert.NotNull(lookup);
        Assert.Equal(RegionLookupStatus.Retired, lookup.Value.Status);
        Assert.Equal("Makbon", lookup.Value.RetiredRegion!.Name);
    }

    [Fact]
    public void Row2_a_pre_2022_Papua_code_unknown_to_the_catalogue_still_parses()
    {
        // 91.01 was Merauke in Papua before the 2022 split (now 93.01); neither edition in the catalogue lists 91.01.01.
        var nik = Nik.Parse("9101012609860003");

        Assert.Equal("91.01.01", nik.RegistrationRegion.ToString());
        Assert.Equal(RegionLookupStatus.NotInCatalog, nik.LookupRegistrationRegion()!.Value.Status);
    }

    [Fact]
    public void A_current_code_is_found_in_the_catalogue()
    {
        var lookup = Nik.Parse("5272012609860003").LookupRegistrationRegion()!.Value;

        Assert.Equal(RegionLookupStatus.Found, lookup.Status);
        Assert.Equal("Rasanae Barat", lookup.Region!.Name);
    }

    // LEGAL-VERIFICATION §6 row 6: the NIK date can differ from the date of birth recorded elsewhere; flag, do not reject.
    [Fact]
    public void Row6_a_different_date_of_birth_elsewhere_is_a_flag_not_a_parse_error()
    {
        var nik = Nik.Parse("5272016609860003");

        Assert.True(nik.MatchesBirthDate(new LocalDate(1986, 9, 26)));
        Assert.False(nik.MatchesBirthDate(new LocalDate(1986, 9, 27)));
        Assert.False(nik.MatchesBirthDate(new LocalDate(1886, 9, 26).PlusYears(1)));
        Assert.True(Nik.TryParse("5272016609860003", out _));
    }

    // LEGAL-VERIFICATION §6 row 8: a valid NIK proves neither citizenship nor voting rights (Penduduk includes Orang Asing).
    [Fact]
    public void Row8_a_NIK_makes_no_claim_of_citizenship_or_voting_rights()
    {
        var names = typeof(Nik).GetProperties().Select(p => p.Name).ToList();

        Assert.DoesNotContain(names, n => n.Contains("Citizen", StringComparison.OrdinalIgnoreCase) ||
                                          n.Contains("Wni", StringComparison.OrdinalIgnoreCase) ||
                                          n.Contains("Voter", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("5272012609860003")]
    [InlineData("527201 260986 0003")]
    [InlineData("52.72.01.260986.0003")]
    [InlineData("5272-0126-0986-0003")]
    [InlineData("  5272012609860003\t")]
    [InlineData("5 2 7 2 0 1 2 6 0 9 8 6 0 0 0 3")]
    public void Digits_may_be_grouped_with_single_spaces_dots_or_hyphens(string text)
    {
        Assert.Equal("5272012609860003", Nik.Parse(text).ToFullString());
        Assert.True(Nik.TryParse(Encoding.UTF8.GetBytes(text), out var fromUtf8));
        Assert.Equal("5272012609860003", fromUtf8.ToFullString());
    }

    [Theory]
    [InlineData("", NikError.Empty, 0)]
    [InlineData("   ", NikError.Empty, 3)]
    [InlineData("52720126098600x3", NikError.InvalidCharacter, 14)]
    [InlineData("5272/012609860003", NikError.InvalidCharacter, 4)]
    [InlineData("5272**********03", NikError.InvalidCharacter, 4)]
    [InlineData("527201  2609860003", NikError.MisplacedSeparator, 7)]
    [InlineData(".5272012609860003", NikError.MisplacedSeparator, 0)]
    [InlineData("5272012609860003-", NikError.MisplacedSeparator, 16)]
    [InlineData("527201260986000", NikError.TooShort, 15)]
    [InlineData("52720126098600031", NikError.TooLong, 16)]
    [InlineData("1072012609860003", NikError.InvalidProvince, 0)]
    [InlineData("0972012609860003", NikError.InvalidProvince, 0)]
    [InlineData("5200012609860003", NikError.InvalidKabupatenKota, 2)]
    [InlineData("52.00.01.260986.0003", NikError.InvalidKabupatenKota, 3)]
    [InlineData("5272002609860003", NikError.InvalidKecamatan, 4)]
    [InlineData("527201 260986 0000", NikError.InvalidSequence, 14)]
    public void Malformed_input_reports_the_error_and_the_position_of_the_first_bad_character(string text, NikError expected, int position)
    {
        Assert.False(Nik.TryParse(text.AsSpan(), out var result, out var error));
        Assert.True(result.IsEmpty);
        Assert.Equal(expected, error.Error);
        Assert.Equal(position, error.Position);

        var exception = Assert.Throws<NikFormatException>(() => Nik.Parse(text));
        Assert.Equal(expected, exception.Error);
        Assert.Equal(position, exception.Position);
        Assert.Equal("Nik." + expected, exception.ErrorCode);
    }

    [Fact]
    public void The_message_masks_the_value_and_gives_the_reason_in_both_languages()
    {
        var exception = Assert.Throws<NikFormatException>(() => Nik.Parse("5272012609860000"));

        Assert.Equal(
            "'5272**********00' is not a valid NIK: digits 13–16 (the sequence number, at character 13) are 0000; numbering starts at 0001.",
            exception.Message);
        Assert.Equal(
            "'5272**********00' bukan NIK yang sah: angka ke-13–16 (nomor urut, pada karakter ke-13) adalah 0000; penomoran dimulai dari 0001.",
            exception.GetMessage(CultureInfo.GetCultureInfo("id-ID")));
        Assert.Equal("5272**********00", exception.MaskedValue);
        Assert.DoesNotContain("012609", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_character_is_masked_but_its_position_is_given()
    {
        var exception = Assert.Throws<NikFormatException>(() => Nik.Parse("527201x2609860003"));

        Assert.Equal("5272***********03", exception.MaskedValue);
        Assert.Contains("character 7 is neither a digit nor a separator", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Letters_in_the_input_are_masked_too()
    {
        var exception = Assert.Throws<NikFormatException>(() => Nik.Parse("Budi Santoso"));

        Assert.Equal("**** *******", exception.MaskedValue);
    }

    [Fact]
    public void Null_is_rejected_by_Parse_and_fails_TryParse()
    {
        Assert.Throws<ArgumentNullException>(() => Nik.Parse((string)null!));
        Assert.False(Nik.TryParse((string?)null, out _));
    }

    // Privacy by default (DESIGN.md): masked unless asked; first four and last two digits shown.
    [Fact]
    public void ToString_is_masked_and_the_full_number_needs_F_or_ToFullString()
    {
        var nik = Nik.Parse("5272016609860003");

        Assert.Equal("5272**********03", nik.ToString());
        Assert.Equal("5272**********03", $"{nik}");
        Assert.Equal("5272**********03", nik.ToString("M", CultureInfo.InvariantCulture));
        Assert.Equal("5272016609860003", nik.ToString("F", CultureInfo.InvariantCulture));
        Assert.Equal("5272016609860003", $"{nik:F}");
        Assert.Equal("5272016609860003", nik.ToString("D", CultureInfo.InvariantCulture));
        Assert.Equal("5272016609860003", nik.ToFullString());
        Assert.Throws<FormatException>(() => nik.ToString("X", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Formatting_into_a_short_buffer_fails_without_writing_past_it()
    {
        var nik = Nik.Parse("5272016609860003");
        Span<char> small = stackalloc char[15];
        Span<byte> utf8 = stackalloc byte[16];

        Assert.False(nik.TryFormat(small, out var written, "F", null));
        Assert.Equal(0, written);
        Assert.True(nik.TryFormat(utf8, out var bytes, default, null));
        Assert.Equal("5272**********03", Encoding.UTF8.GetString(utf8[..bytes]));
    }

    [Fact]
    public void The_empty_NIK_is_default_and_documented_as_such()
    {
        var empty = default(Nik);

        Assert.True(empty.IsEmpty);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.Equal(string.Empty, empty.ToFullString());
        Assert.Null(empty.RegistrationRegion);
        Assert.Equal((NikKind)0, empty.Kind);
        Assert.Equal((Sex)0, empty.Sex);
        Assert.False(empty.TryGetBirthDate(VotingDay2024, out _));
        Assert.Throws<InvalidOperationException>(() => empty.GetBirthDate(VotingDay2024));
        Assert.True(empty < Nik.Parse("1101012609860001"));
    }

    [Fact]
    public void Create_builds_the_same_NIK_as_parsing_and_rejects_bad_parts()
    {
        var code = RegionCode.Parse("52.72.01");

        Assert.Equal(Nik.Parse("5272016609860003"), Nik.Create(code, new LocalDate(1986, 9, 26), Sex.Female, 3));
        Assert.Throws<ArgumentException>(() => Nik.Create(RegionCode.Parse("52.72"), new LocalDate(1986, 9, 26), Sex.Male, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nik.Create(code, new LocalDate(1986, 9, 26), Sex.Male, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nik.Create(code, new LocalDate(1986, 9, 26), (Sex)3, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nik.CreateAbroad(1000, 1, new LocalDate(1986, 9, 26), Sex.Male, 1));
    }

    [Fact]
    public void Equality_and_order_follow_the_digits()
    {
        var a = Nik.Parse("5272012609860003");
        var b = Nik.Parse("527201 260986 0003");
        var c = Nik.Parse("5272012609860004");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.True(a != c);
        Assert.True(a < c);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(-1, a.CompareTo((object)c));
        Assert.Equal(1, a.CompareTo(null));
        Assert.Throws<ArgumentException>(() => a.CompareTo("5272012609860003"));
    }

    [Fact]
    public void Parsing_a_valid_NIK_allocates_nothing()
    {
        var text = "5272016609860003";
        var utf8 = "527201 660986 0003"u8.ToArray();
        Nik.TryParse(text, out _);
        Nik.TryParse(utf8, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Nik.TryParse(text.AsSpan(), out var nik, out _);
            Nik.TryParse(utf8, out _);
            nik.TryGetBirthDate(VotingDay2024, out _);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
