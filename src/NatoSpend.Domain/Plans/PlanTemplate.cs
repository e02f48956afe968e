using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

/// <summary>Starter plans for users to edit: a required path written as a plan.</summary>
public static class PlanTemplate
{
    /// <summary>A plan on the linear path from the published base-year share to the rule set's target for the ally by its deadline.</summary>
    /// <param name="projection">The ally's GDP projection from the base year (the latest published year) to at least the deadline.</param>
    /// <param name="baseShare">NATO's published share in the base year.</param>
    /// <param name="rules">The rule set giving target and deadline.</param>
    /// <param name="edition">The NATO edition the base share comes from, for the notes.</param>
    /// <remarks>The shares are <see cref="RequiredPath"/>'s linear path rounded to 2 decimals, as NATO prints them; the plan is on NATO's basis.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The deadline is not after the base year or beyond the projection.</exception>
    public static PlanDefinition Linear(GdpProjection projection, ShareOfGdp baseShare, RuleSet rules, string edition)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(rules);
        var ally = projection.Ally;
        var target = rules.TargetFor(ally.Code);
        var path = RequiredPath.Compute(projection, baseShare, target, rules.Deadline, PathShape.Linear, PathParameters.Default);
        var rows = path.Rows.Select((r, i) => new PlanRowDefinition
        {
            Year = r.Year,
            CoreShare = decimal.Round(r.Share.Percent, 2, MidpointRounding.AwayFromZero),
            Note = i == 0 ? Invariant($"NATO's published share, edition {edition}") : null,
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
}
