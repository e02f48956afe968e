using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Text;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

// The rule-set members that act on a plan beyond the core path: the equipment guideline and whether contributions to Ukraine count.
public static partial class PlanChecker
{
    /// <summary>The core share of a checked year that counts under a rule set, percent of GDP.</summary>
    /// <param name="year">The checked year.</param>
    /// <param name="rules">The rule set.</param>
    /// <returns>The share as given when the rule set counts contributions to Ukraine (or the year gives none); otherwise the share less the
    /// year's Ukraine contribution. <c>null</c> when the share is not known (money with no GDP figure).</returns>
    public static decimal? CountedCoreShare(CheckedYear year, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(rules);
        return year.CoreShare is { } share && !rules.UkraineContributionsCount && year.UkraineShare is { } ukraine
            ? share - ukraine
            : year.CoreShare;
    }

    /// <summary>Whether the rule set takes the plan's Ukraine contributions out of the core share checked, which every output then says.</summary>
    public static bool TakesOutUkraine(PlanCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return !check.Rules.UkraineContributionsCount && check.Years.Any(y => y.UkraineShare is > 0m);
    }

    // Wales 2014, para 14: allies below 20% "will aim, within a decade, to increase their annual investments to 20% or more of total
    // defence expenditures" on major equipment including related R&D; the machine rule is the share in the deadline year.
    private static CheckResult Equipment(Context c, IReadOnlyDictionary<int, decimal> equipment)
    {
        const string name = "equipment";
        if (c.Rules.EquipmentSharePct is not { } guideline)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [], [],
                Invariant($"Rule set {c.Rules.Id} has no equipment guideline."));
        }
        var y = c.Deadline;
        var numbers = new List<CheckNumber> { new("guideline", guideline, "% of defence spending") };
        if (y < c.Plan.FirstYear)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [], numbers,
                Invariant($"The deadline {y} is before the plan's first year {c.Plan.FirstYear}, so the plan cannot be checked against the equipment guideline of {P(guideline)}."));
        }
        if (equipment.Count == 0)
        {
            return new CheckResult(name, CheckOutcome.NotShown, CheckWeight.Decisive, [y], numbers,
                Invariant($"The plan gives no equipment share, so whether {y} reaches the guideline of {P(guideline)} of defence spending on major equipment (incl. R&D) is not shown by the plan; give it in an equipment_share column."));
        }
        if (!equipment.TryGetValue(y, out var share))
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [y], numbers,
                Invariant($"The plan gives no equipment share for {y}, the deadline (only for {YearRanges.Text([.. equipment.Keys.Order()])}), so whether it reaches the guideline of {P(guideline)} is not known."),
                Undecided: true);
        }
        numbers.Insert(0, new CheckNumber(Invariant($"equipment {y}"), share, "% of defence spending"));
        if (share >= guideline)
        {
            return new CheckResult(name, CheckOutcome.Pass, CheckWeight.Decisive, [y], numbers,
                Invariant($"In {y} the plan puts {P(share)} of defence spending on major equipment, meeting the guideline of {P(guideline)}."));
        }
        numbers.Add(new CheckNumber("shortfall", guideline - share, "pp"));
        var money = EquipmentMoney(c, y, guideline - share);
        if (money is { } m)
        {
            numbers.Add(new CheckNumber("shortfall in money", decimal.Round(m.Millions, 1), Invariant($"million {c.Plan.Currency.Code}")));
        }
        var moneyText = money is { } mo ? Invariant($" ({mo.Currency} {mo.Millions:#,0} m short at the plan's core spending)") : "";
        return new CheckResult(name, CheckOutcome.Fail, CheckWeight.Decisive, [y], numbers,
            Invariant($"In {y} the plan puts {P(share)} of defence spending on major equipment, {guideline - share:0.00} pp below the guideline of {P(guideline)}{moneyText}."));
    }

    // The fix raises the deadline year's equipment share to the guideline; it moves money within core, so no core share changes.
    private static FixChange? EquipmentChange(Context c)
    {
        if (c.Rules.EquipmentSharePct is not { } guideline || !c.Equipment.TryGetValue(c.Deadline, out var share) || share >= guideline)
        {
            return null;
        }
        var y = c.Deadline;
        var money = EquipmentMoney(c, y, guideline - share);
        var moneyText = money is { } m ? Invariant($", {m.Currency} {m.Millions:#,0} m at the plan's core spending") : "";
        return new FixChange(y, "equipment", share, guideline, money,
            Invariant($"raise {y} equipment from {P(share)} to at least {P(guideline)} of defence spending (+{guideline - share:0.00} pp{moneyText})"));
    }

    // The verdict says when the checks do not use the plan's core as given.
    private static string UkraineText(Context c) =>
        !c.Rules.UkraineContributionsCount && c.Years.Any(y => y.UkraineShare is > 0m)
            ? " (core without the plan's Ukraine contributions, which the rule set does not count)"
            : "";

    // What a verdict names when the plan does not show what a rule needs: the figure in words, then the check.
    private static string NotShownText(Context c, string check) => check switch
    {
        "related-cap" when c.Rules.TotalTarget is { } total => Invariant($"the total against {P(total.Percent)} ({check})"),
        "equipment" when c.Rules.EquipmentSharePct is { } guideline => Invariant($"the equipment share against {P(guideline)} ({check})"),
        _ => check,
    };

    private static Money? EquipmentMoney(Context c, int year, decimal pp) =>
        c.Years.FirstOrDefault(v => v.Year == year)?.CoreSpending is { } spending ? Money.Of(pp / 100m * spending, c.Plan.Currency) : null;
}
