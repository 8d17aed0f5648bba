using System.Globalization;
using System.Text;
using NodaTime;
using Pilkada.Domain.People;

namespace Pilkada.Domain.Tests.People;

/// <summary>Example tests for the NIP facts of DOMAIN-BRIEF §5.5 (Perka BKN 22/2007) and the uncertain NI PPPK layout.</summary>
public class NipTests
{
    // DOMAIN-BRIEF §5.5, the example 19860926 201505 1 001: birth date, TMT CPNS, sex, sequence.
    [Fact]
    public void Perka_BKN_22_2007_a_PNS_NIP_is_birth_date_TMT_sex_and_sequence()
    {
        var nip = Nip.Parse("198609262015051001");

        Assert.Equal(AsnKind.Pns, nip.Kind);
        Assert.Equal(new LocalDate(1986, 9, 26), nip.BirthDate);
        Assert.Equal(new YearMonth(2015, 5), nip.AppointmentMonth);
        Assert.Equal(Sex.Male, nip.Sex);
        Assert.Equal(1, nip.Sequence);
        Assert.Equal(38, nip.GetAge(new LocalDate(2024, 11, 27)));
    }

    // Digit 15: 1 = laki-laki, 2 = perempuan.
    [Theory]
    [InlineData("198609262015051001", Sex.Male)]
    [InlineData("198609262015052001", Sex.Female)]
    public void Digit_15_is_1_for_men_and_2_for_women(string text, Sex sex) =>
        Assert.Equal(sex, Nip.Parse(text).Sex);

    [Theory]
    [InlineData("19860926 201505 1 001")]
    [InlineData("NIP. 19860926 201505 1 001")]
    [InlineData("NIP: 198609262015051001")]
    [InlineData("NIP : 198609262015051001")]
    [InlineData("nip198609262015051001")]
    [InlineData("  1986.09.26-2015.05-1-001 ")]
    public void A_PNS_NIP_may_be_grouped_and_labelled_NIP(string text)
    {
        var nip = Nip.Parse(text);

        Assert.Equal("198609262015051001", nip.ToFullString());
        Assert.Equal(AsnKind.Pns, nip.Kind);
        Assert.True(Nip.TryParse(Encoding.UTF8.GetBytes(text), out var fromUtf8));
        Assert.Equal(nip, fromUtf8);
    }

    // DOMAIN-BRIEF §5.5 ❓: the NI PPPK layout is uncertain; the 2025 example reads 19900913 / 2025 / 24 / 2 / 014.
    [Fact]
    public void The_2025_PPPK_example_is_not_a_valid_PNS_NIP_but_is_a_valid_NI_PPPK()
    {
        Assert.False(Nip.TryParse("199009132025242014".AsSpan(), out _, out var asPns));
        Assert.Equal(NipError.InvalidAppointmentMonth, asPns.Error);
        Assert.Equal(12, asPns.Position);

        var pppk = Nip.Parse("199009132025242014", AsnKind.Pppk);
        Assert.Equal(AsnKind.Pppk, pppk.Kind);
        Assert.Equal(new LocalDate(1990, 9, 13), pppk.BirthDate);
        Assert.Equal(Sex.Female, pppk.Sex);
        Assert.Equal(14, pppk.Sequence);
        Assert.Null(pppk.AppointmentMonth);
    }

    [Theory]
    [InlineData("NI PPPK 199009132025242014")]
    [InlineData("ni pppk: 199009132025242014")]
    [InlineData("NI  PPPK. 19900913 202524 2 014")]
    public void The_NI_PPPK_label_makes_a_PPPK_number(string text)
    {
        var nip = Nip.Parse(text);

        Assert.Equal(AsnKind.Pppk, nip.Kind);
        Assert.Equal("NI PPPK 199009132025242014", nip.ToFullString());
    }

    [Fact]
    public void A_stated_kind_wins_over_no_label_and_must_not_contradict_the_NI_PPPK_label()
    {
        Assert.Equal(AsnKind.Pppk, Nip.Parse("NIP 199009132025242014", AsnKind.Pppk).Kind);
        Assert.Equal(AsnKind.Pppk, Nip.Parse("198609262015051001", AsnKind.Pppk).Kind);

        Assert.False(Nip.TryParse("NI PPPK 198609262015051001".AsSpan(), AsnKind.Pns, out _, out var error));
        Assert.Equal(NipError.KindMismatch, error.Error);
        Assert.Equal(0, error.Position);
    }

    [Fact]
    public void For_a_PPPK_only_the_birth_date_and_the_sex_digit_are_checked()
    {
        // Digits 9–14 "000000" and sequence "000" would be errors in a PNS NIP.
        var pppk = Nip.Parse("199009130000002000", AsnKind.Pppk);
        Assert.Equal(0, pppk.Sequence);

        Assert.Equal(NipError.InvalidBirthDay, Error("199002302025242014", AsnKind.Pppk).Error);
        Assert.Equal(NipError.InvalidSex, Error("199009132025243014", AsnKind.Pppk).Error);
    }

    [Theory]
    [InlineData("", NipError.Empty, 0)]
    [InlineData("1986092620150510x1", NipError.InvalidCharacter, 16)]
    [InlineData("NIK 198609262015051001", NipError.InvalidCharacter, 0)]
    [InlineData("NI 198609262015051001", NipError.InvalidCharacter, 0)]
    [InlineData("19860926  201505 1 001", NipError.MisplacedSeparator, 9)]
    [InlineData("NIP", NipError.TooShort, 3)]
    [InlineData("19860926201505100", NipError.TooShort, 17)]
    [InlineData("1986092620150510011", NipError.TooLong, 18)]
    [InlineData("189909262015051001", NipError.InvalidBirthYear, 0)]
    [InlineData("198613262015051001", NipError.InvalidBirthMonth, 4)]
    [InlineData("198600262015051001", NipError.InvalidBirthMonth, 4)]
    [InlineData("198609312015051001", NipError.InvalidBirthDay, 6)]
    [InlineData("198609002015051001", NipError.InvalidBirthDay, 6)]
    [InlineData("190002292015051001", NipError.InvalidBirthDay, 6)]
    [InlineData("198609262015001001", NipError.InvalidAppointmentMonth, 12)]
    [InlineData("198609262015131001", NipError.InvalidAppointmentMonth, 12)]
    [InlineData("198609261986081001", NipError.AppointmentBeforeBirth, 8)]
    [InlineData("198609261986091001", NipError.AppointmentBeforeBirth, 8)]
    [InlineData("198609262015053001", NipError.InvalidSex, 14)]
    [InlineData("198609262015050001", NipError.InvalidSex, 14)]
    [InlineData("198609262015051000", NipError.InvalidSequence, 15)]
    [InlineData("NIP. 19860926 201505 1 000", NipError.InvalidSequence, 23)]
    public void Malformed_input_reports_the_error_and_the_position_of_the_first_bad_character(string text, NipError expected, int position)
    {
        var error = Error(text, null);
        Assert.Equal(expected, error.Error);
        Assert.Equal(position, error.Position);

        var exception = Assert.Throws<NipFormatException>(() => Nip.Parse(text));
        Assert.Equal(expected, exception.Error);
        Assert.Equal(position, exception.Position);
        Assert.Equal("Nip." + expected, exception.ErrorCode);
    }

    [Theory]
    [InlineData("200002292020011001")]
    [InlineData("198609012015091001")]
    [InlineData("198609011986091001")]
    public void Valid_edge_dates_29_February_2000_and_a_TMT_in_the_month_of_a_birth_on_the_1st(string text) =>
        Assert.True(Nip.TryParse(text, out _));

    [Fact]
    public void The_message_masks_the_value_and_gives_the_reason_in_both_languages()
    {
        var exception = Assert.Throws<NipFormatException>(() => Nip.Parse("198609262015053001"));

        Assert.Equal(
            "'1986************01' is not a valid NIP: digit 15 (sex, at character 15) must be 1 (laki-laki) or 2 (perempuan).",
            exception.Message);
        Assert.Equal(
            "'1986************01' bukan NIP yang sah: angka ke-15 (jenis kelamin, pada karakter ke-15) harus 1 (laki-laki) atau 2 (perempuan).",
            exception.GetMessage(CultureInfo.GetCultureInfo("id")));
        Assert.DoesNotContain("0926", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_stays_readable_in_the_masked_message()
    {
        var exception = Assert.Throws<NipFormatException>(() => Nip.Parse("NI PPPK 199009132025243014"));

        Assert.Equal("NI PPPK 1990************14", exception.MaskedValue);
    }

    // Privacy by default: the first four and the last two digits are shown.
    [Fact]
    public void ToString_is_masked_and_the_full_number_needs_F_or_ToFullString()
    {
        var pns = Nip.Parse("198609262015051001");
        var pppk = Nip.Parse("199009132025242014", AsnKind.Pppk);

        Assert.Equal("1986************01", pns.ToString());
        Assert.Equal("1986************01", $"{pns}");
        Assert.Equal("198609262015051001", $"{pns:F}");
        Assert.Equal("198609262015051001", pns.ToString("D", CultureInfo.InvariantCulture));
        Assert.Equal("NI PPPK 1990************14", pppk.ToString());
        Assert.Equal("NI PPPK 199009132025242014", pppk.ToFullString());
        Assert.Equal("199009132025242014", pppk.ToString("D", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => pns.ToString("N", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Equality_includes_the_kind()
    {
        var pns = Nip.Parse("198609262015051001", AsnKind.Pns);
        var pppk = Nip.Parse("198609262015051001", AsnKind.Pppk);

        Assert.NotEqual(pns, pppk);
        Assert.True(pns < pppk);
        Assert.Equal(pns, Nip.Parse("NIP 19860926 201505 1 001"));
        Assert.Equal(pppk, Nip.Parse(pppk.ToFullString()));
    }

    [Fact]
    public void The_empty_NIP_is_default_and_documented_as_such()
    {
        var empty = default(Nip);

        Assert.True(empty.IsEmpty);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.Equal((AsnKind)0, empty.Kind);
        Assert.Equal((Sex)0, empty.Sex);
        Assert.Null(empty.AppointmentMonth);
        Assert.Equal(default, empty.BirthDate);
        Assert.Throws<InvalidOperationException>(() => empty.GetAge(new LocalDate(2024, 1, 1)));
        Assert.True(empty < Nip.Parse("190001012000011001"));
    }

    [Fact]
    public void Create_builds_the_same_numbers_as_parsing_and_rejects_bad_parts()
    {
        var birth = new LocalDate(1986, 9, 26);

        Assert.Equal(Nip.Parse("198609262015051001"), Nip.Create(birth, new YearMonth(2015, 5), Sex.Male, 1));
        Assert.Equal(Nip.Parse("NI PPPK 199009132025242014"), Nip.CreatePppk(new LocalDate(1990, 9, 13), 202524, Sex.Female, 14));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.Create(birth, new YearMonth(1986, 9), Sex.Male, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.Create(birth, new YearMonth(2015, 5), Sex.Male, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.Create(new LocalDate(1899, 12, 31), new YearMonth(2015, 5), Sex.Male, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nip.CreatePppk(birth, 1_000_000, Sex.Male, 1));
    }

    [Fact]
    public void Null_is_rejected_by_Parse_and_fails_TryParse()
    {
        Assert.Throws<ArgumentNullException>(() => Nip.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => Nip.Parse(null!, AsnKind.Pppk));
        Assert.False(Nip.TryParse((string?)null, out _));
    }

    [Fact]
    public void Parsing_a_valid_NIP_allocates_nothing()
    {
        var text = "198609262015051001";
        var labelled = "NI PPPK 199009132025242014"u8.ToArray();
        Nip.TryParse(text, out _);
        Nip.TryParse(labelled, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Nip.TryParse(text.AsSpan(), out var nip, out _);
            Nip.TryParse(labelled, out _);
            _ = nip.BirthDate;
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    private static ParseError<NipError> Error(string text, AsnKind? kind)
    {
        Assert.False(Nip.TryParse(text.AsSpan(), kind, out var result, out var error));
        Assert.True(result.IsEmpty);
        return error;
    }
}
