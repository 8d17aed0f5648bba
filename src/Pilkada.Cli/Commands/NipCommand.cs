using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain;
using Pilkada.Domain.People;
using static Pilkada.Cli.Commands.PersonNumberText;

namespace Pilkada.Cli.Commands;

/// <summary><c>pilkada nip &lt;number&gt; [--pppk]</c>: whether a NIP or NI PPPK is well-formed, what its parts say (masked unless --full), or exactly what is wrong.</summary>
internal static class NipCommand
{
    public static Command Create(CliContext context)
    {
        var number = new Argument<string>("number") { Description = "A NIP: 18 digits, optionally grouped and labelled (\"NIP. 19860926 201505 1 001\", \"NI PPPK 1990…\")." };
        var pppk = new Option<bool>("--pppk") { Description = "Read the number as a NI PPPK (its digits 9–14 are not decoded: the layout is not settled)." };
        var full = FullOption();
        var on = OnOption();
        var command = new Command("nip", "Explain a NIP (PNS) or NI PPPK: birth date, TMT CPNS, sex, sequence — masked unless --full — or say which digit is wrong and why.")
        {
            number,
            pppk,
            full,
            on,
        };
        command.SetAction(result => Run(
            context, result.GetRequiredValue(number), result.GetValue(pppk), result.GetValue(full), result.GetValue(on), context.LanguageOf(result), context.JsonOf(result)));
        return command;
    }

    internal static int Run(CliContext context, string text, bool pppk, bool full, string? on, PilkadaLanguage language, bool json)
    {
        if (!TryReferenceDate(context, on, language, json, out var reference))
        {
            return ExitCodes.Usage;
        }

        if (!Nip.TryParse(text.AsSpan(), pppk ? AsnKind.Pppk : null, out var nip, out var error))
        {
            var message = NipFormatException.Describe(error, text, language);
            if (!pppk && error.Error is NipError.InvalidAppointmentMonth or NipError.AppointmentBeforeBirth or NipError.InvalidSequence &&
                Nip.TryParse(text.AsSpan(), AsnKind.Pppk, out _, out _))
            {
                message += " " + Get("tryPppk", language);
            }

            return Invalid(context, json, message, error.MessageKey, error.Position);
        }

        var referenceText = PilkadaMessages.FormatDate(reference, language);
        if (nip.BirthDate > reference)
        {
            return Invalid(context, json, Format("bornAfter", language, nip, referenceText), "Nip.BornAfterReference", 0);
        }

        if (nip.AppointmentMonth is { } tmt && tmt.OnDayOfMonth(1) > reference)
        {
            return Invalid(context, json, Format("appointedAfter", language, nip, referenceText), "Nip.AppointedAfterReference", 8);
        }

        var age = nip.GetAge(reference);
        if (json)
        {
            CliJson.Write(context.Out, ToDto(nip, full, age, reference), CliJsonContext.Default.NipAnswerDto);
            return ExitCodes.Ok;
        }

        var output = context.Out;
        var hidden = Get("hidden", language);
        output.WriteLine($"{(nip.Kind == AsnKind.Pppk ? string.Empty : "NIP ")}{nip.ToString(full ? "F" : "M", CultureInfo.InvariantCulture)} ({Get("valid", language)})");
        output.WriteLine($"{Column(Get("kind", language))}{Get(nip.Kind == AsnKind.Pppk ? "pppk" : "pns", language)}");
        var birth = full ? Format("age", language, PilkadaMessages.FormatDate(nip.BirthDate, language), age, referenceText) : hidden;
        output.WriteLine($"{Column(Get("nipBirth", language))}{Get("birthDate", language)}: {birth}");
        var middle = nip.AppointmentMonth is { } month
            ? $"{Get("tmt", language)}: {(full ? Format("tmtFrom", language, Month(month, language)) : hidden)}"
            : Get("notDecoded", language);
        output.WriteLine($"{Column(Get("nipMiddle", language))}{middle}");
        var sex = full ? Get(nip.Sex == Sex.Female ? "sexDigit2" : "sexDigit1", language) : hidden;
        output.WriteLine($"{Column(Get("nipSex", language))}{Get("sex", language)}: {sex}");
        var sequence = full ? nip.Sequence.ToString("000", CultureInfo.InvariantCulture) : hidden;
        output.WriteLine($"{Column(Get("nipSequence", language))}{Get("sequence", language)}: {sequence}");
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

    private static NipAnswerDto ToDto(Nip nip, bool full, int age, LocalDate reference) => new(
        "valid",
        nip.ToString(full ? "F" : "M", CultureInfo.InvariantCulture),
        !full,
        nip.Kind.ToString(),
        full ? LocalDatePattern.Iso.Format(nip.BirthDate) : null,
        full ? age : null,
        full && nip.AppointmentMonth is { } tmt ? YearMonthPattern.Iso.Format(tmt) : null,
        nip.Kind == AsnKind.Pns,
        full ? nip.Sex.ToString() : null,
        full ? nip.Sequence : null,
        LocalDatePattern.Iso.Format(reference));
}

internal sealed record NipAnswerDto(
    string Status,
    string Nip,
    bool Masked,
    string Kind,
    string? BirthDate,
    int? Age,
    string? AppointmentMonth,
    bool AppointmentDecoded,
    string? Sex,
    int? Sequence,
    string ReferenceDate);
