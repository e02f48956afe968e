namespace NatoSpend.Reporting.Rules;

/// <summary>The shipped rule sets, as JSON (<c>GET /api/v1/rules</c>).</summary>
/// <param name="Default">The id of the rule set used when none is named.</param>
/// <param name="Rules">Every shipped rule set.</param>
/// <param name="Shapes">The path shapes a <c>shape</c> input accepts.</param>
public sealed record RuleSetsAnswer(string Default, IReadOnlyList<ShippedRulesAnswer> Rules, IReadOnlyList<string> Shapes);

/// <summary>A shipped rule set: every member of <see cref="RulesAnswer"/>, then the path shape it suggests.</summary>
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
/// <param name="DefaultShape">The path shape used with it when none is named.</param>
public sealed record ShippedRulesAnswer(string Id, string Title, string Status, string Source, string? Url, string? Adopted, decimal CoreTarget,
    decimal? TotalTarget, decimal? RelatedCap, int Deadline, int? FloorFrom, int? ReviewYear, decimal? MinAnnualStepPp,
    IReadOnlyDictionary<string, decimal> AllyTargets, decimal? EquipmentSharePct, bool UkraineContributionsCount, string DefaultShape)
{
    /// <summary>A rule set's answer with its default shape.</summary>
    public static ShippedRulesAnswer Of(RulesAnswer r, string defaultShape)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ShippedRulesAnswer(r.Id, r.Title, r.Status, r.Source, r.Url, r.Adopted, r.CoreTarget, r.TotalTarget, r.RelatedCap, r.Deadline,
            r.FloorFrom, r.ReviewYear, r.MinAnnualStepPp, r.AllyTargets, r.EquipmentSharePct, r.UkraineContributionsCount, defaultShape);
    }
}
