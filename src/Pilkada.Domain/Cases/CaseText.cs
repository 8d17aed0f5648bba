using System.Globalization;
using NodaTime;
using Pilkada.Domain.Calendars;

namespace Pilkada.Domain.Cases;

/// <summary>Case values in words, in English and Bahasa Indonesia.</summary>
public static class CaseText
{
    /// <summary>A status in words: <c>Diregistrasi</c> / <c>registered</c>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    public static string Describe(this CaseStatus status, PilkadaLanguage language) =>
        PilkadaMessages.Contains("CaseStatus." + status) ? PilkadaMessages.GetTemplate("CaseStatus." + status, language) : status.ToString();

    /// <summary>
    /// A duration in days, hours and minutes: <c>2 hari 3 jam 15 menit</c> / <c>2 days 3 hours 15 minutes</c> (seconds
    /// are left out; under a minute is <c>kurang dari 1 menit</c> / <c>less than a minute</c>). Negative durations
    /// are written as their length.
    /// </summary>
    /// <param name="duration">The duration.</param>
    /// <param name="language">The language.</param>
    public static string FormatDuration(Duration duration, PilkadaLanguage language)
    {
        if (duration < Duration.Zero)
        {
            duration = -duration;
        }

        var id = language == PilkadaLanguage.Indonesian;
        var totalMinutes = (long)Math.Floor(duration.TotalMinutes);
        if (totalMinutes < 1)
        {
            return id ? "kurang dari 1 menit" : "less than a minute";
        }

        var days = totalMinutes / (24 * 60);
        var hours = totalMinutes / 60 % 24;
        var minutes = totalMinutes % 60;
        var parts = new List<string>(3);
        if (days > 0)
        {
            parts.Add(Unit(days, id ? "hari" : days == 1 ? "day" : "days"));
        }

        if (hours > 0)
        {
            parts.Add(Unit(hours, id ? "jam" : hours == 1 ? "hour" : "hours"));
        }

        if (minutes > 0)
        {
            parts.Add(Unit(minutes, id ? "menit" : minutes == 1 ? "minute" : "minutes"));
        }

        return string.Join(" ", parts);

        static string Unit(long n, string unit) => string.Create(CultureInfo.InvariantCulture, $"{n} {unit}");
    }

    internal static string Describe(CaseDeadline deadline, PilkadaLanguage language)
    {
        var title = deadline.Title(language);
        var source = deadline.Source.ToString();
        var start = deadline.Start.InZone(deadline.Zone);
        string what;
        if (deadline.Rule is not { } rule)
        {
            what = PilkadaMessages.Format("CaseDeadline.NoPeriod", language, new MessageArgument("title", title), new MessageArgument("start", start),
                new MessageArgument("source", source));
        }
        else
        {
            var period = rule.Period.ToString(language == PilkadaLanguage.Indonesian ? "G" : "E", CultureInfo.InvariantCulture);
            what = deadline.LastDay is { } lastDay
                ? PilkadaMessages.Format("CaseDeadline.Days", language, new MessageArgument("title", title), new MessageArgument("period", period),
                    new MessageArgument("start", start), new MessageArgument("lastDay", lastDay), new MessageArgument("source", source))
                : deadline.Due is { } due
                    ? PilkadaMessages.Format("CaseDeadline.Hours", language, new MessageArgument("title", title), new MessageArgument("period", period),
                        new MessageArgument("start", start), new MessageArgument("due", due.InZone(deadline.Zone)), new MessageArgument("source", source))
                    : PilkadaMessages.Format("CaseDeadline.Period", language, new MessageArgument("title", title), new MessageArgument("period", period),
                        new MessageArgument("start", start), new MessageArgument("source", source));
        }

        if (deadline.Reference is { } reference)
        {
            what += " [" + reference + "]";
        }

        var status = PilkadaMessages.Format(
            "CaseDeadlineStatus." + deadline.Status,
            language,
            new MessageArgument("metAt", deadline.MetAt?.InZone(deadline.Zone)),
            new MessageArgument("delay", deadline.Delay is { } delay ? FormatDuration(delay, language) : string.Empty),
            new MessageArgument("note", deadline.Note ?? string.Empty));
        if (deadline.Status == CaseDeadlineStatus.Pending && deadline.Remaining is { } remaining)
        {
            status += PilkadaMessages.Format("CaseDeadline.Remaining", language, new MessageArgument("remaining", FormatDuration(remaining, language)));
        }

        if (deadline.Confidence == SourceConfidence.Uncertain)
        {
            status += PilkadaMessages.Format("CaseDeadline.Assumption", language);
        }

        return what + " — " + status;
    }
}
