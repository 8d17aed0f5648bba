using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using NodaTime;

namespace Pilkada.Domain;

/// <summary>A named value substituted into a message template, e.g. <c>{value}</c>.</summary>
/// <param name="Name">The placeholder name, without braces.</param>
/// <param name="Value">The value. Dates and instants are written the Indonesian or English way, numbers invariantly.</param>
public readonly record struct MessageArgument(string Name, object? Value);

/// <summary>
/// The library's messages in Bahasa Indonesia and English, keyed by a stable error code such as
/// <c>RegionCode.InvalidCharacter</c>.
/// </summary>
/// <remarks>
/// Templates use named placeholders in braces (<c>{position}</c>). Both languages of one key always use
/// the same placeholders; a test enforces it. Messages are built only when asked for, never on the
/// happy path.
/// </remarks>
public static class PilkadaMessages
{
    private static readonly string[] IndonesianMonths =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly Lazy<FrozenDictionary<string, MessageText>> Catalog = new(BuildCatalog);

    /// <summary>Every message key the library knows.</summary>
    public static IReadOnlyCollection<string> Keys => Catalog.Value.Keys;

    /// <summary>Whether a key has messages.</summary>
    /// <param name="key">The message key (an error code).</param>
    public static bool Contains(string key) => Catalog.Value.ContainsKey(key);

    /// <summary>The template of a message in a language.</summary>
    /// <param name="key">The message key (an error code).</param>
    /// <param name="language">The language.</param>
    /// <exception cref="KeyNotFoundException">The key is unknown.</exception>
    public static string GetTemplate(string key, PilkadaLanguage language)
    {
        if (!Catalog.Value.TryGetValue(key, out var text))
        {
            throw new KeyNotFoundException($"No message is defined for the key '{key}'.");
        }

        return language == PilkadaLanguage.Indonesian ? text.Indonesian : text.English;
    }

    /// <summary>Builds a message from its key and arguments in the language of a culture.</summary>
    /// <param name="key">The message key (an error code).</param>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <param name="arguments">The values of the placeholders.</param>
    public static string Format(string key, CultureInfo? culture, params ReadOnlySpan<MessageArgument> arguments) =>
        Format(key, PilkadaLanguages.FromCulture(culture), arguments);

    /// <summary>Builds a message from its key and arguments in a language.</summary>
    /// <param name="key">The message key (an error code).</param>
    /// <param name="language">The language.</param>
    /// <param name="arguments">The values of the placeholders.</param>
    public static string Format(string key, PilkadaLanguage language, params ReadOnlySpan<MessageArgument> arguments) =>
        FormatTemplate(GetTemplate(key, language), language, arguments);

    /// <summary>Substitutes named placeholders in a template.</summary>
    /// <param name="template">The template, with placeholders such as <c>{value}</c>.</param>
    /// <param name="language">The language used to write dates and times.</param>
    /// <param name="arguments">The values of the placeholders. A placeholder with no value is left as it is.</param>
    public static string FormatTemplate(string template, PilkadaLanguage language, params ReadOnlySpan<MessageArgument> arguments)
    {
        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var argument in arguments)
            {
                if (name.SequenceEqual(argument.Name))
                {
                    builder.Append(FormatValue(argument.Value, language));
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                builder.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    /// <summary>The placeholder names a template uses, in order of first appearance.</summary>
    /// <param name="template">The template.</param>
    public static IReadOnlyList<string> PlaceholdersOf(string template)
    {
        var names = new List<string>();
        var i = 0;
        while (true)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            var name = template.Substring(open + 1, close - open - 1);
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            i = close + 1;
        }

        return names;
    }

    /// <summary>Writes a date the way the language writes it: <c>2 November 2024</c> or <c>25 Oktober 2024</c>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    public static string FormatDate(LocalDate date, PilkadaLanguage language)
    {
        var months = language == PilkadaLanguage.Indonesian ? IndonesianMonths : EnglishMonths;
        return string.Create(CultureInfo.InvariantCulture, $"{date.Day} {months[date.Month - 1]} {date.Year}");
    }

    /// <summary>Writes a local date and time: <c>2 November 2024 15.30</c> (Indonesian) or <c>2 November 2024 15:30</c>.</summary>
    /// <param name="dateTime">The local date and time.</param>
    /// <param name="language">The language.</param>
    public static string FormatDateTime(LocalDateTime dateTime, PilkadaLanguage language)
    {
        var separator = language == PilkadaLanguage.Indonesian ? '.' : ':';
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{FormatDate(dateTime.Date, language)} {dateTime.Hour:00}{separator}{dateTime.Minute:00}");
    }

    private static string FormatValue(object? value, PilkadaLanguage language) => value switch
    {
        null => string.Empty,
        string s => s,
        LocalDate date => FormatDate(date, language),
        LocalDateTime dateTime => FormatDateTime(dateTime, language),
        ZonedDateTime zoned => FormatDateTime(zoned.LocalDateTime, language) + " " + ZoneLabel(zoned),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string ZoneLabel(ZonedDateTime zoned) => zoned.Zone.Id switch
    {
        "Asia/Jakarta" or "Asia/Pontianak" => "WIB",
        "Asia/Makassar" => "WITA",
        "Asia/Jayapura" => "WIT",
        _ => zoned.Zone.Id,
    };

    private static FrozenDictionary<string, MessageText> BuildCatalog()
    {
        var all = new Dictionary<string, MessageText>(StringComparer.Ordinal);
        foreach (var table in MessageTables.All)
        {
            foreach (var (key, text) in table)
            {
                if (!all.TryAdd(key, text))
                {
                    throw new InvalidOperationException($"The message key '{key}' is defined twice.");
                }
            }
        }

        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>One message in both languages.</summary>
/// <param name="English">The English template.</param>
/// <param name="Indonesian">The Indonesian template.</param>
internal readonly record struct MessageText(string English, string Indonesian);
