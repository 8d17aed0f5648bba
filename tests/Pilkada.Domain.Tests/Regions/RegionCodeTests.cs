using System.Globalization;
using System.Text;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Regions;

public class RegionCodeTests
{
    [Theory]
    [InlineData("52", "52", RegionLevel.Provinsi)]
    [InlineData("52.72", "52.72", RegionLevel.KabupatenKota)]
    [InlineData("5272", "52.72", RegionLevel.KabupatenKota)]
    [InlineData("52 72", "52.72", RegionLevel.KabupatenKota)]
    [InlineData("52-72", "52.72", RegionLevel.KabupatenKota)]
    [InlineData("  52.72\t", "52.72", RegionLevel.KabupatenKota)]
    [InlineData("52.72.01", "52.72.01", RegionLevel.Kecamatan)]
    [InlineData("527201", "52.72.01", RegionLevel.Kecamatan)]
    [InlineData("52.72.01.1001", "52.72.01.1001", RegionLevel.DesaKelurahan)]
    [InlineData("5272011001", "52.72.01.1001", RegionLevel.DesaKelurahan)]
    [InlineData("52-72-01-1001", "52.72.01.1001", RegionLevel.DesaKelurahan)]
    [InlineData("52 7201 1001", "52.72.01.1001", RegionLevel.DesaKelurahan)]
    public void Accepted_forms_parse_to_the_canonical_code(string text, string canonical, RegionLevel level)
    {
        var code = RegionCode.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(canonical, code.ToString());
        Assert.Equal(level, code.Level);
        Assert.True(RegionCode.TryParse(Encoding.UTF8.GetBytes(text), out var fromUtf8));
        Assert.Equal(code, fromUtf8);
    }

    [Theory]
    [InlineData("", RegionCodeError.Empty, 0)]
    [InlineData("   ", RegionCodeError.Empty, 3)]
    [InlineData("52.7x", RegionCodeError.InvalidCharacter, 4)]
    [InlineData("52/72", RegionCodeError.InvalidCharacter, 2)]
    [InlineData("52..72", RegionCodeError.MisplacedSeparator, 3)]
    [InlineData(".52", RegionCodeError.MisplacedSeparator, 0)]
    [InlineData("5.272", RegionCodeError.MisplacedSeparator, 1)]
    [InlineData("52.", RegionCodeError.MisplacedSeparator, 2)]
    [InlineData("527", RegionCodeError.Incomplete, 3)]
    [InlineData("52.72.01.10", RegionCodeError.Incomplete, 11)]
    [InlineData("52.72.01.10.01", RegionCodeError.MisplacedSeparator, 11)]
    [InlineData("52720110011", RegionCodeError.TooLong, 10)]
    [InlineData("05", RegionCodeError.InvalidProvince, 0)]
    [InlineData("10.01", RegionCodeError.InvalidProvince, 0)]
    [InlineData("52.00", RegionCodeError.InvalidKabupatenKota, 3)]
    [InlineData("52.72.00", RegionCodeError.InvalidKecamatan, 6)]
    [InlineData("52.72.01.4001", RegionCodeError.InvalidVillage, 9)]
    [InlineData("52.72.01.0001", RegionCodeError.InvalidVillage, 9)]
    [InlineData("52.72.01.2000", RegionCodeError.InvalidVillage, 9)]
    public void Malformed_input_reports_the_error_and_the_position_of_the_first_bad_character(string text, RegionCodeError error, int position)
    {
        Assert.False(RegionCode.TryParse(text.AsSpan(), out var result, out var failure));
        Assert.Equal(default, result);
        Assert.Equal(error, failure.Error);
        Assert.Equal(position, failure.Position);

        var exception = Assert.Throws<RegionCodeFormatException>(() => RegionCode.Parse(text, CultureInfo.InvariantCulture));
        Assert.Equal(error, exception.Error);
        Assert.Equal(position, exception.Position);
        Assert.Equal("RegionCode." + error, exception.ErrorCode);
        Assert.Contains("'" + text + "'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_names_the_value_and_the_reason_in_both_languages()
    {
        var exception = Assert.Throws<RegionCodeFormatException>(() => RegionCode.Parse("52.7x", CultureInfo.InvariantCulture));

        Assert.Equal("'52.7x' is not a valid region code: character 5 is neither a digit nor a separator ('.', '-' or a space).", exception.Message);
        Assert.Equal(
            "'52.7x' bukan kode wilayah yang sah: karakter ke-5 bukan angka dan bukan pemisah ('.', '-' atau spasi).",
            exception.GetMessage(CultureInfo.GetCultureInfo("id-ID")));
    }

    [Fact]
    public void Null_is_rejected_by_Parse_and_fails_TryParse_as_empty()
    {
        Assert.Throws<ArgumentNullException>(() => RegionCode.Parse((string)null!, CultureInfo.InvariantCulture));
        Assert.False(RegionCode.TryParse((string?)null, out _));
    }

    [Fact]
    public void A_well_formed_code_that_is_not_issued_still_parses()
    {
        var code = RegionCode.Parse("52.99", CultureInfo.InvariantCulture);

        Assert.Equal(RegionLevel.KabupatenKota, code.Level);
        Assert.False(code.IsKota);
        Assert.False(code.IsKabupaten);
    }

    [Fact]
    public void Parts_parent_and_ancestors_of_a_village_code()
    {
        var code = RegionCode.Parse("52.72.01.1001", CultureInfo.InvariantCulture);

        Assert.Equal(52, code.ProvinceNumber);
        Assert.Equal(72, code.KabupatenKotaNumber);
        Assert.Equal(1, code.KecamatanNumber);
        Assert.Equal(1001, code.VillageNumber);
        Assert.Equal("52.72.01", code.Parent.ToString());
        Assert.Equal("52.72.01", code.Kecamatan.ToString());
        Assert.Equal("52.72", code.KabupatenKota.ToString());
        Assert.Equal("52", code.Province.ToString());
        Assert.Equal("52.72", code.AncestorAt(RegionLevel.KabupatenKota).ToString());
        Assert.True(code.IsKota);
        Assert.True(code.IsKelurahan);
        Assert.False(code.IsDesa);
    }

    [Fact]
    public void A_province_has_no_parent_and_no_kabupaten_kota()
    {
        var code = RegionCode.Parse("52", CultureInfo.InvariantCulture);

        Assert.Null(code.Parent);
        Assert.Null(code.KabupatenKota);
        Assert.Null(code.Kecamatan);
        Assert.Equal(code, code.Province);
        Assert.False(code.IsKota);
        Assert.False(code.IsKabupaten);
        Assert.Throws<ArgumentOutOfRangeException>(() => code.AncestorAt(RegionLevel.Kecamatan));
    }

    [Theory]
    [InlineData("52.06", false, true)]
    [InlineData("52.72", true, false)]
    [InlineData("31.01", false, true)]
    [InlineData("31.75", true, false)]
    [InlineData("11.69", false, true)]
    [InlineData("11.79", true, false)]
    [InlineData("11.70", false, false)]
    public void Kota_parts_run_71_to_79_and_kabupaten_parts_01_to_69(string text, bool isKota, bool isKabupaten)
    {
        var code = RegionCode.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(isKota, code.IsKota);
        Assert.Equal(isKabupaten, code.IsKabupaten);
    }

    [Theory]
    [InlineData("52.72.01.1001", true, false, false)]
    [InlineData("52.06.01.2001", false, true, false)]
    [InlineData("91.03.01.3007", false, true, true)]
    public void The_first_village_digit_says_kelurahan_desa_or_desa_adat(string text, bool kelurahan, bool desa, bool desaAdat)
    {
        var code = RegionCode.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(kelurahan, code.IsKelurahan);
        Assert.Equal(desa, code.IsDesa);
        Assert.Equal(desaAdat, code.IsDesaAdat);
    }

    [Theory]
    [InlineData("52.72.01.1001", "52.72.01", true)]
    [InlineData("52.72.01.1001", "52.72", true)]
    [InlineData("52.72.01.1001", "52", true)]
    [InlineData("52.72", "52.72", true)]
    [InlineData("52.72", "52.72.01", false)]
    [InlineData("52.72.01", "52.06", false)]
    [InlineData("52.72", "53", false)]
    public void IsWithin_follows_the_hierarchy(string inner, string outer, bool expected)
    {
        var a = RegionCode.Parse(inner, CultureInfo.InvariantCulture);
        var b = RegionCode.Parse(outer, CultureInfo.InvariantCulture);

        Assert.Equal(expected, a.IsWithin(b));
    }

    [Fact]
    public void The_empty_code_is_default_and_documented_as_such()
    {
        var empty = default(RegionCode);

        Assert.True(empty.IsEmpty);
        Assert.Equal(RegionLevel.None, empty.Level);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.Null(empty.Parent);
        Assert.False(empty.IsWithin(RegionCode.Parse("52", CultureInfo.InvariantCulture)));
        Assert.True(empty < RegionCode.Parse("11", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Codes_sort_hierarchically()
    {
        var codes = new[] { "52.02", "52.01.01", "52", "52.01", "51.71", "52.01.01.2001" }
            .Select(c => RegionCode.Parse(c, CultureInfo.InvariantCulture))
            .Order()
            .Select(c => c.ToString());

        Assert.Equal(["51.71", "52", "52.01", "52.01.01", "52.01.01.2001", "52.02"], codes);
    }

    [Fact]
    public void Formats_G_and_D_and_rejects_others()
    {
        var code = RegionCode.Parse("52.72.01.1001", CultureInfo.InvariantCulture);

        Assert.Equal("52.72.01.1001", code.ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal("5272011001", code.ToString("D", CultureInfo.InvariantCulture));
        Assert.Equal("52.72.01.1001", $"{code}");
        Assert.Equal("5272011001", $"{code:D}");
        Assert.Throws<FormatException>(() => code.ToString("X", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TryFormat_reports_a_destination_that_is_too_small()
    {
        var code = RegionCode.Parse("52.72.01.1001", CultureInfo.InvariantCulture);

        Assert.False(code.TryFormat(new char[12], out var written, default, CultureInfo.InvariantCulture));
        Assert.Equal(0, written);
        Assert.True(code.TryFormat(new char[13], out written, default, CultureInfo.InvariantCulture));
        Assert.Equal(13, written);
        var utf8 = new byte[13];
        Assert.True(code.TryFormat(utf8, out written, default, CultureInfo.InvariantCulture));
        Assert.Equal("52.72.01.1001"u8.ToArray(), utf8);
    }

    [Theory]
    [InlineData(10, 0, 0, 0)]
    [InlineData(52, 0, 1, 0)]
    [InlineData(52, 72, 0, 1001)]
    [InlineData(52, 72, 1, 4001)]
    [InlineData(52, 72, 1, 2000)]
    [InlineData(52, 100, 0, 0)]
    public void FromParts_rejects_impossible_parts(int province, int kabupatenKota, int kecamatan, int village) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionCode.FromParts(province, kabupatenKota, kecamatan, village));

    [Fact]
    public void Parsing_a_valid_code_allocates_nothing()
    {
        var text = "52.72.01.1001";
        RegionCode.TryParse(text, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            RegionCode.TryParse(text.AsSpan(), out _);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
