using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;
using static Pilkada.Cli.Commands.PersonNumberText;

namespace Pilkada.Cli.Commands;

/// <summary><c>pilkada nik &lt;number&gt;</c>: whether a NIK is well-formed, what its parts say (masked unless --full), or exactly what is wrong.</summary>
internal static class NikCommand
{
    public static Command Create(CliContext context)
    {
        var number = new Argument<string>("number") { Description = "A NIK: 16 digits, optionally grouped with spaces, dots or hyphens." };
        var full = FullOption();
        var on = OnOption();
        var command = new Command("nik", "Explain a NIK (Nomor Induk Kependudukan): region of first registration, birth date and sex, sequence — masked unless --full — or say which digit is wrong and why.")
        {
            number,
            full,
            on,
        };
        command.SetAction(result => Run(
            context, result.GetRequiredValue(number), result.GetValue(full), result.GetValue(on), context.LanguageOf(result), context.JsonOf(result)));
        return command;
    }

    internal static int Run(CliContext context, string text, bool full, string? on, PilkadaLanguage language, bool json)
    {
        if (!TryReferenceDate(context, on, language, json, out var reference))
        {
            return ExitCodes.Usage;
        }

        if (!Nik.TryParse(text.AsSpan(), out var nik, out var error))
        {
            var message = NikFormatException.Describe(error, text, language);
            return Invalid(context, json, message, error.MessageKey, error.Position);
        }

        if (!nik.TryGetBirthDate(reference, out var birthDate))
        {
            return Invalid(context, json, Format("noBirthDate", language, nik, PilkadaMessages.FormatDate(reference, language)), "Nik.NoBirthDate", 6);
        }

        nik.TryGetAge(reference, out var age);
        var region = DescribeRegion(context.Regions, nik, full, language);
        if (json)
        {
            CliJson.Write(context.Out, ToDto(nik, full, region, birthDate, age, reference), CliJsonContext.Default.NikAnswerDto);
            return ExitCodes.Ok;
        }

        var output = context.Out;
        output.WriteLine($"NIK {nik.ToString(full ? "F" : "M", CultureInfo.InvariantCulture)} ({Get("valid", language)})");
        output.WriteLine($"{Column(Get("kind", language))}{Get(nik.Kind == NikKind.Abroad ? "abroad" : "domestic", language)}");
        output.WriteLine($"{Column(Get("nikRegion", language))}{Get("regionOfRegistration", language)}: {region.Text}");
        var dateText = full
            ? Format("bornOn", language, PilkadaMessages.FormatDate(birthDate, language), SexText(nik, language), age, PilkadaMessages.FormatDate(reference, language))
            : Get("hidden", language);
        output.WriteLine($"{Column(Get("nikDate", language))}{Get("birthDateAndSex", language)}: {dateText}");
        var sequence = full ? nik.Sequence.ToString("0000", CultureInfo.InvariantCulture) : Get("hidden", language);
        output.WriteLine($"{Column(Get("nikSequence", language))}{Get("sequence", language)}: {sequence}");
        output.WriteLine(Get("registrationNote", language));
        return ExitCodes.Ok;
    }

    private static int Invalid(CliContext context, bool json, string message, string error, int position)
    {
        if (json)
        {
            CliJson.Write(context.Out, new ErrorDto("invalid", message, error, position), CliJsonContext.Default.ErrorDto);
        }
        else
        {
            context.Error.WriteLine(message);
        }

        return ExitCodes.Invalid;
    }

    private static string SexText(Nik nik, PilkadaLanguage language) =>
        nik.Sex == Sex.Female
            ? Format("womanDay", language, (nik.BirthDay + 40).ToString(CultureInfo.InvariantCulture), nik.BirthDay.ToString("00", CultureInfo.InvariantCulture))
            : Get("man", language);

    private sealed record RegionText(string Text, NikRegionDto? Dto);

    // Masked: only the kabupaten/kota (digits 1–4, visible in the mask) is named. Full: the kecamatan.
    private static RegionText DescribeRegion(RegionCatalog catalog, Nik nik, bool full, PilkadaLanguage language)
    {
        if (nik.RegistrationRegion is not { } kecamatan)
        {
            var country = full ? nik.CountryCode!.Value.ToString("000", CultureInfo.InvariantCulture) : "***";
            var perwakilan = full ? nik.PerwakilanCode!.Value.ToString(CultureInfo.InvariantCulture) : "*";
            return new RegionText(Format("abroadPrefix", language, country, perwakilan), null);
        }

        var code = full ? kecamatan : kecamatan.KabupatenKota!.Value;
        var shown = full ? code.ToString() : code + ".**";
        if (catalog.TryGet(code, out var region))
        {
            var chain = string.Join(", ", region.Ancestors.Reverse().Select(a => a.DisplayName).Prepend(region.DisplayName));
            return new RegionText($"{shown} — {chain}", new NikRegionDto(shown, "found", region.Name,
                region.Ancestors.Select(a => new RegionRef(a.Code.ToString(), a.Name, a.Kind.ToString())).ToList()));
        }

        if (catalog.FindRetired(code) is { } retired)
        {
            return new RegionText(
                $"{shown} — {Format("retired", language, catalog.Edition, retired.LastEdition, retired.Name)}",
                new NikRegionDto(shown, "retired", retired.Name, null));
        }

        return new RegionText($"{shown} — {Format("notInCatalog", language, catalog.Edition)}", new NikRegionDto(shown, "notInCatalog", null, null));
    }

    private static NikAnswerDto ToDto(Nik nik, bool full, RegionText region, LocalDate birthDate, int age, LocalDate reference) => new(
        "valid",
        nik.ToString(full ? "F" : "M", CultureInfo.InvariantCulture),
        !full,
        nik.Kind.ToString(),
        region.Dto,
        nik.Kind == NikKind.Abroad && full ? new NikAbroadDto(nik.CountryCode!.Value, nik.PerwakilanCode!.Value) : null,
        full ? LocalDatePattern.Iso.Format(birthDate) : null,
        full ? nik.Sex.ToString() : null,
        full ? age : null,
        full ? nik.Sequence : null,
        LocalDatePattern.Iso.Format(reference));
}

internal sealed record NikRegionDto(string Code, string Status, string? Name, IReadOnlyList<RegionRef>? Within);

internal sealed record NikAbroadDto(int CountryCode, int PerwakilanCode);

internal sealed record NikAnswerDto(
    string Status,
    string Nik,
    bool Masked,
    string Kind,
    NikRegionDto? Region,
    NikAbroadDto? Abroad,
    string? BirthDate,
    string? Sex,
    int? Age,
    int? Sequence,
    string ReferenceDate);
