using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

/// <summary>A starter plan made for a rule set, checked under it, with what no path can meet said plainly.</summary>
/// <param name="Definition">The plan, to write as a file.</param>
/// <param name="Check">The plan checked under the rule set it is made for.</param>
/// <param name="NoPath">Why no path can pass a check of the rule set, one sentence each, naming the check; empty when the plan passes every
/// check, flags included.</param>
public sealed record StarterPlan(PlanDefinition Definition, PlanCheck Check, IReadOnlyList<string> NoPath);

/// <summary>Starter plans for users to edit: a required path written as a plan.</summary>
public static class PlanTemplate
{
    /// <summary>The starter plan for an ally under a rule set: from the edition's latest published share to the ally's target by the deadline, on a path that passes every check of the rule set.</summary>
    /// <param name="data">The NATO edition (the newest, as a plan starts from the latest published figure).</param>
    /// <param name="ally">The ally.</param>
    /// <param name="outlook">The WEO outlook for GDP beyond the edition.</param>
    /// <param name="rules">The rule set the plan is made for.</param>
    /// <param name="options">Growth and exchange-rate overrides.</param>
    /// <exception cref="ArgumentException">The edition has no share for the ally in its latest year, or the rule set's deadline is not after it.</exception>
    public static StarterPlan For(EditionData data, Ally ally, MacroOutlook outlook, RuleSet rules, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        ArgumentNullException.ThrowIfNull(rules);
        var baseYear = data.LastYear;
        var baseShare = BaseShare(data, ally);
        if (rules.Deadline <= baseYear)
        {
            throw new ArgumentException(
                Invariant($"Rule set {rules.Id} has its deadline in {rules.Deadline}, not after NATO's latest published year {baseYear}, so no starter plan can lead to it (whether it was met is in NATO's published figures: natospend status --year {Math.Min(rules.Deadline, baseYear)}); choose a rule set with a later deadline, such as hague-2025."),
                nameof(rules));
        }
        RequiredPath.ValidateDeadline(rules.Deadline, baseYear, Years.Last);
        var projection = GdpProjection.Build(data, ally, outlook, baseYear, rules.Deadline, options);
        var economy = PlanEconomy.Build(data, ally, outlook, rules.Deadline, options);
        return For(projection, economy, baseShare, rules, data.Edition.Id);
    }

    /// <summary>The starter plan on a given projection and economy: the path on whole hundredths nearest the rule set's default shape that passes every check.</summary>
    /// <param name="projection">The ally's GDP projection from the base year to at least the deadline (for the reference shape).</param>
    /// <param name="economy">The ally's economy to at least the deadline (for the checks).</param>
    /// <param name="baseShare">NATO's published share in the base year.</param>
    /// <param name="rules">The rule set the plan is made for.</param>
    /// <param name="edition">The NATO edition the base share comes from, for the notes.</param>
    /// <remarks>
    /// The reference is the rule set's default shape (linear under hague-2025, 0.2 pp a year under the 2032 draft; an ally at or above
    /// its target holds its share); when it fails a check, the template is the path nearest it (least squares, in hundredths) that passes
    /// no-decline, the minimum step, the back-loading test, the target and the plausible-execution flag. A related line rises evenly to
    /// the least that meets the total target (at most the cap), and under an equipment guideline the deadline year carries it. Where no
    /// path can pass a check, <see cref="StarterPlan.NoPath"/> says why, and the file says it in its comments.
    /// </remarks>
    public static StarterPlan For(GdpProjection projection, PlanEconomy economy, ShareOfGdp baseShare, RuleSet rules, string edition)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(economy);
        ArgumentNullException.ThrowIfNull(rules);
        var ally = projection.Ally;
        var target = rules.TargetFor(ally.Code);
        var t = target.Percent;
        var b = projection.BaseYear;
        var deadline = rules.Deadline;
        var required = PlanScorecard.RequiredFor(projection, baseShare, rules);
        var shape = required.Shape;
        var reference = required.Rows.Select(r => (int)decimal.Round(r.Share.Percent * 100m, 0, MidpointRounding.AwayFromZero)).ToArray();
        var s0 = reference[0] / 100m;
        var noPath = new List<string>();
        var cents = StarterPath.Find(economy, rules, t, reference, plausible: true);
        if (cents is null)
        {
            cents = StarterPath.Find(economy, rules, t, reference, plausible: false)!;
            noPath.Add(Invariant($"No path from {s0:0.00}% in {b} to {t:0.00}% by {deadline} on whole hundredths of a percent meets the other checks of {rules.Id} and keeps real growth of core spending at or below {rules.Checks.MaxRealGrowthPct:0.#}% a year for fewer than {rules.Checks.MaxRealGrowthRunYears} years running, so this one is flagged (plausible-execution)."));
        }
        var core = cents.Select(c => c / 100m + 0.00m).ToArray();

        decimal? related = null;
        if (rules.TotalTarget is { } total && rules.RelatedCap is { } cap)
        {
            var needed = total.Percent - core[^1];
            if (needed > cap.Percent)
            {
                noPath.Add(Invariant($"Under {rules.Id} the core target for {ally.Name} is {t:0.00}% and related spending counts up to {cap.Percent:0.00}%, which makes {t + cap.Percent:0.00}%, short of the total target of {total.Percent:0.00}%: no plan that stops at the core target can meet the total, so this one fails related-cap; core would have to reach {total.Percent - cap.Percent:0.00}% by {deadline}."));
            }
            related = Math.Clamp(needed, 0m, cap.Percent);
        }
        var equipment = rules.EquipmentSharePct;
        var n = core.Length - 1;
        var rows = core.Select((share, i) => new PlanRowDefinition
        {
            Year = b + i,
            CoreShare = share,
            // Adding 0.00 keeps two decimals in the file (0.50, not 0.5), as in the core column.
            RelatedShare = related is { } end && i > 0 ? decimal.Round(end * i / n, 2, MidpointRounding.AwayFromZero) + 0.00m : null,
            EquipmentShare = equipment is { } e && i == n ? e : null,
            Note = i == 0 ? Invariant($"NATO's published share, edition {edition}")
                : i == 1 && related is { } line ? Invariant($"related_share is a starter line rising evenly to {line:0.00}% of GDP by {deadline}, the least that meets the total target {rules.TotalTarget!.Value.Percent:0.00}% ({rules.Id}); NATO publishes no related spending, so put the plan's own figures there")
                : i == n && equipment is { } g ? Invariant($"equipment_share is a starter figure at the guideline of {g:0.#}% of defence spending ({rules.Id}); put the plan's own figure there")
                : null,
        }).ToArray();
        var definition = new PlanDefinition
        {
            Ally = ally.Code.Value,
            Title = Title(ally, rules, shape, s0, t, b, cents.SequenceEqual(reference)),
            Basis = PlanBasis.Nato,
            Currency = ally.Currency.Code,
            Years = rows,
            Comments = noPath,
        };
        var check = PlanChecker.Check(Plan.Create(definition), rules, economy);
        return new StarterPlan(definition, check, noPath);
    }

    /// <summary>The starter plan for an ally: linear from the edition's latest published share to the rule set's target by its deadline, on projected GDP.</summary>
    /// <param name="data">The NATO edition (the newest, as a plan starts from the latest published figure).</param>
    /// <param name="ally">The ally.</param>
    /// <param name="outlook">The WEO outlook for GDP beyond the edition.</param>
    /// <param name="rules">The rule set giving target and deadline.</param>
    /// <param name="options">Growth and exchange-rate overrides.</param>
    /// <remarks>The linear path may fail a rule set's own checks (the 2032 draft's minimum step); <see cref="For(EditionData, Ally, MacroOutlook, RuleSet, ProjectionOptions)"/> makes one that passes them.</remarks>
    /// <exception cref="ArgumentException">The edition has no share for the ally in its latest year, or the deadline is out of range.</exception>
    public static PlanDefinition Linear(EditionData data, Ally ally, MacroOutlook outlook, RuleSet rules, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        ArgumentNullException.ThrowIfNull(rules);
        var baseYear = data.LastYear;
        var baseShare = BaseShare(data, ally);
        RequiredPath.ValidateDeadline(rules.Deadline, baseYear, Years.Last);
        var projection = GdpProjection.Build(data, ally, outlook, baseYear, rules.Deadline, options);
        return Linear(projection, baseShare, rules, data.Edition.Id);
    }

    private static ShareOfGdp BaseShare(EditionData data, Ally ally) =>
        ally.HasExpenditureData && data.Share(ally.Code, data.LastYear) is { } share
            ? share
            : throw new ArgumentException(
                Invariant($"Edition {data.Edition.Id} has no share of GDP for {ally.Name} ({ally.Code}) in {data.LastYear} ({ally.NoDataReason ?? "no figure"}), so no starter plan can start from it; choose another ally."),
                nameof(ally));

    private static string Title(Ally ally, RuleSet rules, PathShape shape, decimal s0, decimal t, int b, bool asReference)
    {
        var span = Invariant($"from {s0:0.00}% in {b} to {t:0.00}% by {rules.Deadline} ({rules.Id})");
        var shapeText = shape switch
        {
            PathShape.MinStep => Invariant($"rising {rules.MinAnnualStepPp ?? PathParameters.Default.MinStepPp:0.00} pp a year"),
            PathShape.RealGrowth => "constant real growth",
            PathShape.FrontLoaded => "front-loaded",
            _ => "linear",
        };
        return s0 >= t
            ? Invariant($"Starter plan for {ally.Name}: holding {s0:0.00}% from {b} to {rules.Deadline}, at or above the target {t:0.00}% ({rules.Id}); edit the years to your plan")
            : asReference
                ? Invariant($"Starter plan for {ally.Name}: {shapeText} {span}; edit the years to your plan")
                : Invariant($"Starter plan for {ally.Name}: {span}, the path nearest the {PathShapes.Name(shape)} one that passes every check of the rule set; edit the years to your plan");
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
