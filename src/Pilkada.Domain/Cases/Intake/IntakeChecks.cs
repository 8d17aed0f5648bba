using System.Globalization;
using FluentValidation;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Validation;

namespace Pilkada.Domain.Cases;

/// <summary>The reporting period as the validator computes it, without allocating beyond the deadline itself.</summary>
internal readonly record struct PeriodEvaluation(
    ReportingPeriodStatus Status,
    Deadline? Deadline,
    CountingPlace Place,
    DeadlineRule Rule,
    DeadlineRuleNotInForceException? NotInForce = null,
    DateOutsideCoverageException? NotCovered = null)
{
    internal string? DescribeProblem(PilkadaLanguage language) => NotInForce?.GetMessage(language) ?? NotCovered?.GetMessage(language);

    internal ReportingPeriodCheck ToCheck() => new(Status, Deadline, Place, Rule, NotInForce, NotCovered);
}

/// <summary>The checks shared by the report and finding validators, and the facts the assessment reuses.</summary>
internal static class IntakeChecks
{
    internal static readonly string[] Empty = [];

    internal static bool IsBlank([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? text) => string.IsNullOrWhiteSpace(text);

    internal static string ZoneText(DateTimeZone zone) => zone.Id switch
    {
        "Asia/Jakarta" or "Asia/Pontianak" => "WIB (" + zone.Id + ")",
        "Asia/Makassar" => "WITA (" + zone.Id + ")",
        "Asia/Jayapura" => "WIT (" + zone.Id + ")",
        _ => zone.Id,
    };

    internal static string ZoneAbbreviation(DateTimeZone zone) => zone.Id switch
    {
        "Asia/Jakarta" or "Asia/Pontianak" => "WIB",
        "Asia/Makassar" => "WITA",
        "Asia/Jayapura" => "WIT",
        _ => zone.Id,
    };

    /// <summary><c>09.30 WIB</c> (Indonesian) or <c>09:30 WIB</c> (English).</summary>
    internal static string TimeText(ZonedDateTime at, PilkadaLanguage language) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.Hour:00}{(language == PilkadaLanguage.Indonesian ? '.' : ':')}{at.Minute:00} {ZoneAbbreviation(at.Zone)}");

    /// <summary>The zone of a report: the incident's region, else the contest's region, else the fallback. Allocates nothing.</summary>
    internal static CountingPlace PlaceOf(Incident? incident, string? contestId, DateTimeZone fallback)
    {
        if (incident?.RegionCode is { } text && RegionCode.TryParse(text, out var code) && RegionTimeZones.DateTimeZoneOf(code) is { } zone)
        {
            return new CountingPlace(zone, code, CountingPlaceSource.Incident);
        }

        if (contestId is not null && ContestId.TryParse(contestId, out var contest) && RegionTimeZones.DateTimeZoneOf(contest.Region) is { } contestZone)
        {
            return new CountingPlace(contestZone, contest.Region, CountingPlaceSource.Contest);
        }

        return new CountingPlace(fallback, default, CountingPlaceSource.Fallback);
    }

    internal static CountingPlace PlaceOf(Laporan laporan, LaporanValidatorOptions options) =>
        PlaceOf(laporan.Incident, laporan.ContestId, options.Fallback);

    /// <summary>The reporting period of a report against its filing instant.</summary>
    internal static PeriodEvaluation CheckPeriod(Laporan laporan, LaporanValidatorOptions options, Instant? now) =>
        EvaluatePeriod(laporan.KnownOn, laporan.FiledAt, PlaceOf(laporan, options), options.ReportRule, options.WorkingDays, options.Deadlines, now);

    /// <summary>The reporting period from the date a violation became known, against a filing instant, in a place's zone.</summary>
    internal static PeriodEvaluation EvaluatePeriod(LocalDate? knownOn, Instant? filedAt, CountingPlace place, DeadlineRule rule,
        WorkingDayCalendar? calendar, DeadlineOptions? deadlineOptions, Instant? now)
    {
        if (knownOn is not { } known)
        {
            return new PeriodEvaluation(filedAt is null ? ReportingPeriodStatus.NoDates : ReportingPeriodStatus.NoKnownOn, null, place, rule);
        }

        if (filedAt is not { } filed)
        {
            return new PeriodEvaluation(ReportingPeriodStatus.NoFiledAt, null, place, rule);
        }

        if (now is { } reference && filed > reference)
        {
            return new PeriodEvaluation(ReportingPeriodStatus.FiledAfterNow, null, place, rule);
        }

        if (known > filed.InZone(place.Zone).Date)
        {
            return new PeriodEvaluation(ReportingPeriodStatus.KnownAfterFiling, null, place, rule);
        }

        Deadline deadline;
        try
        {
            deadline = rule.Apply(place.Zone.AtStartOfDay(known).ToInstant(), place.Zone, calendar, deadlineOptions);
        }
        catch (DeadlineRuleNotInForceException ex)
        {
            return new PeriodEvaluation(ReportingPeriodStatus.NotInForce, null, place, rule, NotInForce: ex);
        }
        catch (DateOutsideCoverageException ex)
        {
            return new PeriodEvaluation(ReportingPeriodStatus.NotCovered, null, place, rule, NotCovered: ex);
        }

        return new PeriodEvaluation(deadline.IsMetBy(filed) ? ReportingPeriodStatus.InTime : ReportingPeriodStatus.Late, deadline, place, rule);
    }

    /// <summary>The arguments of a late-report message: filed on (date and time), known on, last day, period, zone, source.</summary>
    internal static MessageArgument[] LateArguments(PeriodEvaluation check, LocalDate knownOn, Instant filedAt, PilkadaLanguage language)
    {
        var filed = filedAt.InZone(check.Place.Zone);
        var deadline = check.Deadline!;
        return
        [
            new MessageArgument("filedOn", filed.Date),
            new MessageArgument("filedTime", TimeText(filed, language)),
            new MessageArgument("knownOn", knownOn),
            new MessageArgument("lastDay", deadline.LastDay ?? deadline.LastMomentLocal.Date),
            new MessageArgument("period", check.Rule.Period.ToString(language == PilkadaLanguage.Indonesian ? "G" : "E", null)),
            new MessageArgument("zone", ZoneText(check.Place.Zone)),
            new MessageArgument("source", check.Rule.Source.ToString()),
        ];
    }

    /// <summary>Checks the time and place of an incident, adding what is wrong to <paramref name="problems"/>.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="reference">The date the incident cannot be after (the local filing date, or the date found), if known.</param>
    /// <param name="afterKey">The message key for an incident dated after <paramref name="reference"/>.</param>
    /// <param name="referenceName">The placeholder name of the reference date in that message.</param>
    /// <param name="regions">The region catalogue.</param>
    /// <param name="problems">Where problems go.</param>
    internal static void CheckIncident(Incident? incident, LocalDate? reference, string afterKey, string referenceName, RegionCatalog regions, ref Problems problems)
    {
        if (incident is null)
        {
            problems.Add("Intake.Incident.Missing");
            return;
        }

        if (incident.OccurredOn is not { } date)
        {
            problems.Add("Intake.Incident.NoDate");
        }
        else if (reference is { } limit && date > limit)
        {
            problems.Add(afterKey, new MessageArgument("date", date), new MessageArgument(referenceName, limit));
        }

        if (IsBlank(incident.RegionCode))
        {
            problems.Add("Intake.Incident.NoRegion");
        }
        else
        {
            var lookup = regions.Lookup(incident.RegionCode);
            switch (lookup.Status)
            {
                case RegionLookupStatus.Found:
                    break;
                case RegionLookupStatus.Malformed:
                    problems.Add("Intake.Incident.MalformedRegion",
                        new MessageArgument("value", incident.RegionCode),
                        new MessageArgument("reason", lookup.ParseError.GetMessage(problems.Language)));
                    break;
                case RegionLookupStatus.Retired:
                    problems.Add("Intake.Incident.RegionRetired",
                        new MessageArgument("value", lookup.Code.ToString()),
                        new MessageArgument("name", lookup.RetiredRegion?.Name),
                        new MessageArgument("lastEdition", lookup.RetiredRegion?.LastEdition),
                        new MessageArgument("edition", regions.Edition));
                    break;
                default:
                    problems.Add("Intake.Incident.RegionNotInCatalog",
                        new MessageArgument("value", lookup.Code.ToString()),
                        new MessageArgument("edition", regions.Edition));
                    break;
            }
        }

        if (IsBlank(incident.Place))
        {
            problems.Add("Intake.Incident.NoPlace");
        }
    }

    /// <summary>Whether a description has substance; otherwise the message key and arguments of the problem.</summary>
    internal static bool CheckDescription(string? description, int minimumWords, int minimumLetters, ref Problems problems)
    {
        if (IsBlank(description))
        {
            problems.Add("Intake.Description.Missing");
            return false;
        }

        var (words, letters) = Measure(description);
        if (words >= minimumWords && letters >= minimumLetters)
        {
            return true;
        }

        problems.Add("Intake.Description.TooShort",
            new MessageArgument("words", words),
            new MessageArgument("letters", letters),
            new MessageArgument("minWords", minimumWords),
            new MessageArgument("minLetters", minimumLetters));
        return false;
    }

    /// <summary>Words (runs of non-space characters holding a letter or digit) and letters or digits of a text.</summary>
    internal static (int Words, int Letters) Measure(ReadOnlySpan<char> text)
    {
        var words = 0;
        var letters = 0;
        var inWord = false;
        var wordHasLetter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && wordHasLetter)
                {
                    words++;
                }

                inWord = false;
                wordHasLetter = false;
                continue;
            }

            inWord = true;
            if (char.IsLetterOrDigit(c))
            {
                letters++;
                wordHasLetter = true;
            }
        }

        if (inWord && wordHasLetter)
        {
            words++;
        }

        return (words, letters);
    }

    /// <summary>Checks the evidence, adding what is wrong to <paramref name="problems"/>.</summary>
    internal static void CheckEvidence(IReadOnlyList<Evidence>? evidence, ref Problems problems)
    {
        if (evidence is null || evidence.Count == 0)
        {
            problems.Add("Intake.Evidence.None");
            return;
        }

        for (var i = 0; i < evidence.Count; i++)
        {
            var item = evidence[i];
            var index = i + 1;
            if (item is null)
            {
                problems.Add("Intake.Evidence.NoKind", new MessageArgument("index", index));
                problems.Add("Intake.Evidence.NoDescription", new MessageArgument("index", index));
                continue;
            }

            if (item.Kind is not { } kind)
            {
                problems.Add("Intake.Evidence.NoKind", new MessageArgument("index", index));
            }
            else if (!Enum.IsDefined(kind))
            {
                problems.Add("Intake.Evidence.UnknownKind", new MessageArgument("index", index), new MessageArgument("value", (int)kind));
            }

            if (IsBlank(item.Description))
            {
                problems.Add("Intake.Evidence.NoDescription", new MessageArgument("index", index));
            }

            if (item.ContentHash is { } hash)
            {
                CheckHash(hash, index, ref problems);
            }
        }
    }

    /// <summary>The length of a SHA-256 hash in hexadecimal characters.</summary>
    internal const int HashLength = 64;

    private static void CheckHash(string hash, int index, ref Problems problems)
    {
        if (hash.Length != HashLength)
        {
            problems.Add("Intake.Evidence.HashLength", new MessageArgument("index", index), new MessageArgument("length", hash.Length));
            return;
        }

        for (var i = 0; i < hash.Length; i++)
        {
            if (!char.IsAsciiHexDigit(hash[i]))
            {
                problems.Add("Intake.Evidence.HashCharacter",
                    new MessageArgument("index", index),
                    new MessageArgument("position", i + 1),
                    new MessageArgument("character", hash[i].ToString()));
                return;
            }
        }
    }

    /// <summary>Whether a contest is in the catalogue; allocates nothing.</summary>
    internal static bool ContestExists(ElectionCatalog elections, ContestId id)
    {
        var all = elections.Elections;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Id == id.Election)
            {
                return all[i].Contests.TryGet(id, out _);
            }
        }

        return false;
    }

    /// <summary>Checks a contest id, when given: well-formed and in the catalogue.</summary>
    internal static void CheckContest(string? contestId, ElectionCatalog elections, ref Problems problems)
    {
        if (contestId is null)
        {
            return;
        }

        if (!ContestId.TryParse(contestId.AsSpan(), out var id, out var error))
        {
            problems.Add("Intake.Contest.Malformed", new MessageArgument("value", contestId), new MessageArgument("reason", error.GetMessage(problems.Language)));
        }
        else if (!ContestExists(elections, id))
        {
            problems.Add("Intake.Contest.NotFound", new MessageArgument("value", id.ToString()), new MessageArgument("edition", elections.Edition));
        }
    }
}

/// <summary>
/// The facts a requirement is not met for, in the validation context's language. Nothing is allocated until the first
/// problem is added (the happy path stays allocation-free).
/// </summary>
internal struct Problems(IValidationContext context)
{
    private List<string>? _items;
    private PilkadaLanguage? _language;

    /// <summary>Whether any problem was added.</summary>
    public readonly bool Any => _items is { Count: > 0 };

    /// <summary>The context's language (read once).</summary>
    public PilkadaLanguage Language => _language ??= PilkadaValidation.LanguageOf(context);

    /// <summary>Adds a problem from its message key.</summary>
    public void Add(string key, params ReadOnlySpan<MessageArgument> arguments)
    {
        _items ??= [];
        // A part ends without a full stop: the requirement's message adds its own after the last part.
        _items.Add(PilkadaMessages.Format(key, Language, arguments).TrimEnd('.', ' '));
    }

    /// <summary>The problems joined by "; ".</summary>
    public readonly string Joined => _items is null ? string.Empty : string.Join("; ", _items);
}
