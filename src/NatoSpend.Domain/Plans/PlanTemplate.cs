using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

/// <summary>Starter plans for users to edit: a required path written as a plan.</summary>
public static class PlanTemplate
{
    /// <summary>The starter plan for an ally: linear from the edition's latest published share to the rule set's target by its deadline, on projected GDP.</summary>
    /// <param name="data">The NATO edition (the newest, as a plan starts from the latest published figure).</param>
    /// <param name="ally">The ally.</param>
    /// <param name="outlook">The WEO outlook for GDP beyond the edition.</param>
    /// <param name="rules">The rule set giving target and deadline.</param>
    /// <param name="options">Growth and exchange-rate overrides.</param>
    /// <exception cref="ArgumentException">The edition has no share for the ally in its latest year, or the deadline is out of range.</exception>
    public static PlanDefinition Linear(EditionData data, Ally ally, MacroOutlook outlook, RuleSet rules, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        ArgumentNullException.ThrowIfNull(rules);
        var baseYear = data.LastYear;
        if (!ally.HasExpenditureData || data.Share(ally.Code, baseYear) is not { } baseShare)
        {
            throw new ArgumentException(
                Invariant($"Edition {data.Edition.Id} has no share of GDP for {ally.Name} ({ally.Code}) in {baseYear} ({ally.NoDataReason ?? "no figure"}), so no starter plan can start from it; choose another ally."),
                nameof(ally));
        }
        RequiredPath.ValidateDeadline(rules.Deadline, baseYear, Years.Last);
        var projection = GdpProjection.Build(data, ally, outlook, baseYear, rules.Deadline, options);
        return Linear(projection, baseShare, rules, data.Edition.Id);
    }

    /// <summary>A plan on the linear path from the published base-year share to the rule set's target for the ally by its deadline.</summary>
    /// <param name="projection">The ally's GDP projection from the base year (the latest published year) to at least the deadline.</param>
    /// <param name="baseShare">NATO's published share in the base year.</param>
    /// <param name="rules">The rule set giving target and deadline.</param>
    /// <param name="edition">The NATO edition the base share comes from, for the notes.</param>
    /// <remarks>
    /// The shares are <see cref="RequiredPath"/>'s linear path rounded to 2 decimals, as NATO prints them; the plan is on NATO's basis.
    /// Under a rule set with a total target, a related share rises evenly from the year after the base to the least that meets the total
    /// by the deadline (at most the cap), so that a check of the template reports the total; NATO publishes no related spending, so the
    /// base year has none and the first related row's note says the line is a starter to replace.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The deadline is not after the base year or beyond the projection.</exception>
    public static PlanDefinition Linear(GdpProjection projection, ShareOfGdp baseShare, RuleSet rules, string edition)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(rules);
        var ally = projection.Ally;
        var target = rules.TargetFor(ally.Code);
        var path = RequiredPath.Compute(projection, baseShare, target, rules.Deadline, PathShape.Linear, PathParameters.Default);
        var related = RelatedAtDeadline(rules, target);
        var steps = path.Rows.Count - 1;
        var rows = path.Rows.Select((r, i) => new PlanRowDefinition
        {
            Year = r.Year,
            CoreShare = decimal.Round(r.Share.Percent, 2, MidpointRounding.AwayFromZero),
            // Adding 0.00 keeps two decimals in the file (0.50, not 0.5), as in the core column.
            RelatedShare = related is { } end && i > 0 ? decimal.Round(end * i / steps, 2, MidpointRounding.AwayFromZero) + 0.00m : null,
            Note = i == 0 ? Invariant($"NATO's published share, edition {edition}")
                : i == 1 && related is { } line ? Invariant($"related_share is a starter line rising evenly to {line:0.00}% of GDP by {rules.Deadline}, the least that meets the total target {rules.TotalTarget!.Value.Percent:0.00}% ({rules.Id}); NATO publishes no related spending, so put the plan's own figures there")
                : null,
        }).ToArray();
        return new PlanDefinition
        {
            Ally = ally.Code.Value,
            Title = Invariant($"Starter plan for {ally.Name}: linear from {baseShare.Percent:0.00}% in {projection.BaseYear} to {target.Percent:0.00}% by {rules.Deadline} ({rules.Id}); edit the years to your plan"),
            Basis = PlanBasis.Nato,
            Currency = ally.Currency.Code,
            Years = rows,
        };
    }

    // The least related share that brings the core target up to the total target, never above the cap; null without a total target.
    private static decimal? RelatedAtDeadline(RuleSet rules, ShareOfGdp target) =>
        rules.TotalTarget is { } total && rules.RelatedCap is { } cap && total.Percent > target.Percent
            ? Math.Min(total.Percent - target.Percent, cap.Percent)
            : null;
}
