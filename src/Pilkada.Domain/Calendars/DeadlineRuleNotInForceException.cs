using System.Globalization;
using NodaTime;

namespace Pilkada.Domain.Calendars;

/// <summary>
/// A deadline rule was applied to a start date on which it was not in force (before <see cref="DeadlineRule.ValidFrom"/>
/// or after <see cref="DeadlineRule.ValidUntil"/>): a case must be judged by the rules of its time.
/// </summary>
public sealed class DeadlineRuleNotInForceException : InvalidOperationException
{
    internal DeadlineRuleNotInForceException(DeadlineRule rule, LocalDate startDate)
        : base(Describe(rule, startDate, PilkadaLanguage.English))
    {
        Rule = rule;
        StartDate = startDate;
    }

    /// <summary>The stable error code: <c>Deadline.NotYetInForce</c> or <c>Deadline.NoLongerInForce</c>.</summary>
    public string ErrorCode => KeyOf(Rule, StartDate);

    /// <summary>The rule.</summary>
    public DeadlineRule Rule { get; }

    /// <summary>The start date it was applied to.</summary>
    public LocalDate StartDate { get; }

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    public string GetMessage(PilkadaLanguage language) => Describe(Rule, StartDate, language);

    /// <summary>The message in the language of a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) => GetMessage(PilkadaLanguages.FromCulture(culture));

    private static string KeyOf(DeadlineRule rule, LocalDate startDate) =>
        rule.ValidFrom is { } from && startDate < from ? "Deadline.NotYetInForce" : "Deadline.NoLongerInForce";

    private static string Describe(DeadlineRule rule, LocalDate startDate, PilkadaLanguage language) =>
        PilkadaMessages.Format(
            KeyOf(rule, startDate),
            language,
            new MessageArgument("rule", rule.NameIn(language)),
            new MessageArgument("source", rule.Source.ToString()),
            new MessageArgument("start", startDate),
            new MessageArgument("from", rule.ValidFrom),
            new MessageArgument("until", rule.ValidUntil));
}
