using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Text;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

public static partial class PlanChecker
{
    private static Verdict Decide(Context c, IReadOnlyList<CheckResult> checks)
    {
        var failed = checks.Where(k => k.Weight == CheckWeight.Decisive && k.Outcome == CheckOutcome.Fail).ToArray();
        var gaps = checks.Where(k => k.Weight == CheckWeight.Completeness && k.Outcome == CheckOutcome.Fail).ToArray();
        var undecided = checks.Where(k => k.Undecided).ToArray();
        var notShown = checks.Where(k => k.Outcome == CheckOutcome.NotShown).ToArray();
        var flags = checks.Where(k => k.Weight == CheckWeight.Flag && k.Outcome == CheckOutcome.Fail).ToArray();
        var reasons = new List<string>();
        reasons.AddRange(failed.Select(k => $"{k.Name}: {k.Message}"));
        reasons.AddRange(gaps.Select(k => $"{k.Name}: {k.Message}"));
        reasons.AddRange(undecided.Select(k => $"{k.Name} undecided: {k.Message}"));
        reasons.AddRange(notShown.Select(k => $"{k.Name} not shown: {k.Message}"));
        reasons.AddRange(flags.Select(k => $"{k.Name} (flag): {k.Message}"));
        var rules = c.Rules.Status switch
        {
            RuleStatus.Draft => $"{c.Rules.Id} (a draft, never adopted)",
            RuleStatus.NationalView => $"{c.Rules.Id} (one ally's reading, not NATO's)",
            _ => c.Rules.Id,
        } + UkraineText(c);
        // A rule the plan gives no figures for is never passed silently: every verdict names it.
        var flagText = (flags.Length > 0 ? $"; flagged: {string.Join(", ", flags.Select(k => k.Name))}" : "")
            + (notShown.Length > 0 ? $"; not shown by the plan: {string.Join(", ", notShown.Select(k => NotShownText(c, k.Name)))}" : "");
        VerdictKind kind;
        string summary;
        if (failed.Length > 0)
        {
            kind = VerdictKind.NotCredible;
            summary = $"Not credible under {rules}: fails {string.Join(", ", failed.Select(k => k.Name))}{(gaps.Length > 0 || undecided.Length > 0 ? ", and incomplete" : "")}{flagText}.";
        }
        else if (gaps.Length > 0 || undecided.Length > 0)
        {
            kind = VerdictKind.Incomplete;
            var missing = gaps.Length > 0 ? Invariant($"lacks {YearRanges.Text(gaps[0].Years)}") : "lacks years the checks need";
            var open = undecided.Length > 0 ? $"; undecided: {string.Join(", ", undecided.Select(k => k.Name))}" : "";
            summary = $"Incomplete under {rules}: no check fails on the years given, but the plan {missing}{open}{flagText}.";
        }
        else
        {
            kind = VerdictKind.Credible;
            summary = $"Credible under {rules}{(notShown.Length > 0 ? " on what the plan shows" : "")}: every decisive check passes or does not apply{flagText}.";
            if (reasons.Count == 0)
            {
                reasons.Add("Every check passes or does not apply.");
            }
        }
        return new Verdict(kind, summary + " These are NatoSpend's tests, not NATO's: NATO does not define a credible path.", reasons);
    }

    // The least upward change, year by year in order: each year is raised to the least value its own rules and the (already
    // fixed) years before it require. Every requirement grows with the years before, so the result is the least in every year.
    private static SmallestFix Fix(Context c, IReadOnlyList<CheckResult> checks)
    {
        var rules = c.Rules;
        var core = c.Core.ToArray();
        var step = rules.MinAnnualStepPp;
        var decline = rules.Checks.NoDecline;
        var review = rules.ReviewYear;
        var min = rules.Checks.BackLoadingMinProgress;
        for (var k = 0; k < core.Length; k++)
        {
            var (y, s) = core[k];
            var need = s;
            if (k > 0)
            {
                var (a, sa) = core[k - 1];
                if (decline == DeclineRule.Always || (decline == DeclineRule.WhileBelowTarget && sa < c.T))
                {
                    need = Math.Max(need, sa);
                }
                if (step is { } st && sa < c.T)
                {
                    need = Math.Max(need, Math.Min(sa + st * (y - a), c.T));
                }
            }
            if (y == c.Deadline || (rules.FloorFrom is { } floor && y >= floor))
            {
                need = Math.Max(need, c.T);
            }
            if (review == y && min is { } m)
            {
                var (sy, ss, _) = c.Start(core);
                if (sy < y && c.Deadline > sy && ss < c.T)
                {
                    need = Math.Max(need, CeilingCent(ss + m * (c.T - ss) * (y - sy) / (c.Deadline - sy)));
                }
            }
            core[k] = (y, need);
        }
        var related = new Dictionary<int, decimal>(c.Related);
        var changes = new List<FixChange>();
        for (var k = 0; k < core.Length; k++)
        {
            if (core[k].Share > c.Core[k].Share)
            {
                changes.Add(Change(c, core[k].Year, "core", c.Core[k].Share, core[k].Share));
            }
        }
        if (rules.TotalTarget is { } total && rules.RelatedCap is { } cap && related.TryGetValue(c.Deadline, out var r)
            && core.FirstOrDefault(p => p.Year == c.Deadline) is { Year: > 0 } atDeadline)
        {
            var needed = Math.Min(cap.Percent, total.Percent - atDeadline.Share);
            if (needed > r)
            {
                related[c.Deadline] = needed;
                changes.Add(Change(c, c.Deadline, "related", r, needed));
            }
        }
        var equipment = new Dictionary<int, decimal>(c.Equipment);
        if (EquipmentChange(c) is { } raise)
        {
            equipment[raise.Year] = raise.ToPercent;
            changes.Add(raise);
        }
        var after = Run(c, core, related, equipment);
        var passes = !after.Any(k => k.Weight == CheckWeight.Decisive && k.Outcome == CheckOutcome.Fail);
        var stillFailing = after.Where(k => k.Weight == CheckWeight.Decisive && k.Outcome == CheckOutcome.Fail).Select(k => k.Name).ToArray();
        string message;
        if (changes.Count == 0)
        {
            message = $"No raise of the years given makes the plan pass; it still fails {string.Join(", ", stillFailing)}.";
        }
        else
        {
            var list = string.Join("; ", changes.Select(ch => ch.Message));
            message = passes
                ? $"The smallest fix: {list}. With these changes every decisive check passes on the years given."
                : $"The least raises of the years given: {list}; even so the plan fails {string.Join(", ", stillFailing)}.";
        }
        return new SmallestFix(changes, passes && changes.Count > 0, message);
    }

    private static FixChange Change(Context c, int year, string ledger, decimal from, decimal to)
    {
        var gdp = c.Economy.Gdp(year);
        Money? money = gdp is { } g ? Money.Of((to - from) / 100m * g, c.Plan.Currency) : null;
        var ledgerText = ledger == "related" ? " related spending" : "";
        var gdpText = year > c.BaseYear ? "at projected GDP" : "at NATO's GDP";
        var moneyText = money is { } mo ? Invariant($", {mo.Currency} {mo.Millions:#,0} m {gdpText}") : "";
        return new FixChange(year, ledger, from, to, money,
            Invariant($"raise {year}{ledgerText} from {P(from)} to at least {P(to)} (+{to - from:0.00} pp{moneyText})"));
    }
}
