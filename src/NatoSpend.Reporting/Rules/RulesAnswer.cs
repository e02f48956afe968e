using System.Globalization;
using NatoSpend.Domain.Rules;

namespace NatoSpend.Reporting.Rules;

/// <summary>A rule set as JSON, the same in every answer that names its rules: every member the code acts on.</summary>
/// <param name="Id">The rule set's id, such as <c>hague-2025</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status"><c>adopted</c>, <c>draft</c> or <c>national-view</c>.</param>
/// <param name="Source">Its source, in a sentence.</param>
/// <param name="Url">The source's address.</param>
/// <param name="Adopted">When it was adopted, <c>yyyy-MM-dd</c>.</param>
/// <param name="CoreTarget">The core target, % of GDP.</param>
/// <param name="TotalTarget">The total target (core and related), % of GDP.</param>
/// <param name="RelatedCap">The most related spending that counts, % of GDP.</param>
/// <param name="Deadline">The deadline year.</param>
/// <param name="FloorFrom">The year from which the core target is a floor.</param>
/// <param name="ReviewYear">The year the trajectory is reviewed.</param>
/// <param name="MinAnnualStepPp">The smallest yearly rise a path must make, pp.</param>
/// <param name="AllyTargets">Targets set for single allies, % of GDP, by ISO3 code.</param>
/// <param name="EquipmentSharePct">The guideline share of major equipment in core spending, %.</param>
/// <param name="UkraineContributionsCount">Whether contributions to Ukraine count towards core spending.</param>
public sealed record RulesAnswer(string Id, string Title, string Status, string Source, string? Url, string? Adopted, decimal CoreTarget,
    decimal? TotalTarget, decimal? RelatedCap, int Deadline, int? FloorFrom, int? ReviewYear, decimal? MinAnnualStepPp,
    IReadOnlyDictionary<string, decimal> AllyTargets, decimal? EquipmentSharePct, bool UkraineContributionsCount)
{
    /// <summary>The rule set as an answer.</summary>
    public static RulesAnswer Of(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new RulesAnswer(rules.Id, rules.Title,
            rules.Status switch { RuleStatus.Draft => "draft", RuleStatus.NationalView => "national-view", _ => "adopted" },
            rules.Source, rules.Url?.ToString(), rules.Adopted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            rules.CoreTarget.Percent, rules.TotalTarget?.Percent, rules.RelatedCap?.Percent, rules.Deadline, rules.FloorFrom, rules.ReviewYear,
            rules.MinAnnualStepPp, rules.AllyTargets.ToDictionary(p => p.Key.Value, p => p.Value.Percent, StringComparer.Ordinal),
            rules.EquipmentSharePct, rules.UkraineContributionsCount);
    }
}
