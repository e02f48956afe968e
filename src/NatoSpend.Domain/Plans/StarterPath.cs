using NatoSpend.Domain.Rules;

namespace NatoSpend.Domain.Plans;

/// <summary>
/// The core path of a starter plan: on whole hundredths of a percent (as NATO prints shares and the checker compares them), the path
/// from the base share to the target nearest a reference path that meets every core check of a rule set.
/// </summary>
/// <remarks>
/// A dynamic programme over (year, share, years running above the real-growth limit): every transition obeys no-decline and the
/// minimum step, the review year obeys the back-loading test, the deadline (and a floor) the target, and a run of real growth above
/// the limit stays shorter than the flag's run length. The cost is the sum of squared distances from the reference, so a reference
/// that passes is returned unchanged. The arithmetic of each test is the checker's, term for term, so that the result checks as built.
/// </remarks>
internal static class StarterPath
{
    /// <summary>The shares in cents from the base year to the deadline, or <c>null</c> when no path on whole hundredths meets the constraints.</summary>
    /// <param name="economy">GDP and deflators for the real-growth test.</param>
    /// <param name="rules">The rule set.</param>
    /// <param name="target">The ally's core target, percent.</param>
    /// <param name="reference">The reference path in cents, base year first.</param>
    /// <param name="plausible">Whether to keep real growth within the plausible-execution flag too.</param>
    public static int[]? Find(PlanEconomy economy, RuleSet rules, decimal target, int[] reference, bool plausible)
    {
        var b = economy.BaseYear;
        var n = reference.Length - 1;
        var s0 = reference[0];
        var tc = (int)Math.Ceiling(target * 100m);
        var lo = s0;
        var hi = Math.Max(s0, tc);
        var width = hi - lo + 1;
        var runLimit = plausible ? Math.Max(1, rules.Checks.MaxRealGrowthRunYears) : int.MaxValue;
        var runs = plausible ? runLimit : 1;
        const long Infinite = long.MaxValue;

        var cost = new long[n + 1, width, runs];
        var from = new int[n + 1, width, runs];
        var fromRun = new int[n + 1, width, runs];
        for (var k = 0; k <= n; k++)
        {
            for (var i = 0; i < width; i++)
            {
                for (var r = 0; r < runs; r++)
                {
                    cost[k, i, r] = Infinite;
                }
            }
        }
        cost[0, 0, 0] = 0;
        for (var k = 1; k <= n; k++)
        {
            var year = b + k;
            for (var i = 0; i < width; i++)
            {
                var s = lo + i;
                if (!Allowed(economy, rules, target, year, s, s0, n))
                {
                    continue;
                }
                var distance = (long)(s - reference[k]);
                for (var j = 0; j < width; j++)
                {
                    var prev = lo + j;
                    if (!Step(rules, target, prev, s))
                    {
                        continue;
                    }
                    var above = plausible && AboveGrowthLimit(economy, rules, year, prev, s);
                    for (var r = 0; r < runs; r++)
                    {
                        if (cost[k - 1, j, r] == Infinite)
                        {
                            continue;
                        }
                        var run = above ? r + 1 : 0;
                        if (run >= runLimit)
                        {
                            continue;
                        }
                        var total = cost[k - 1, j, r] + distance * distance;
                        if (total < cost[k, i, run])
                        {
                            cost[k, i, run] = total;
                            from[k, i, run] = j;
                            fromRun[k, i, run] = r;
                        }
                    }
                }
            }
        }
        var best = (I: -1, R: -1);
        for (var i = 0; i < width; i++)
        {
            for (var r = 0; r < runs; r++)
            {
                if (cost[n, i, r] != Infinite && (best.I < 0 || cost[n, i, r] < cost[n, best.I, best.R]))
                {
                    best = (i, r);
                }
            }
        }
        if (best.I < 0)
        {
            return null;
        }
        var path = new int[n + 1];
        var (ci, cr) = best;
        for (var k = n; k >= 0; k--)
        {
            path[k] = lo + ci;
            if (k > 0)
            {
                (ci, cr) = (from[k, ci, cr], fromRun[k, ci, cr]);
            }
        }
        return path;
    }

    // What a year's share must meet on its own: the target at the deadline (and from a floor year), the back-loading test at the review year.
    private static bool Allowed(PlanEconomy economy, RuleSet rules, decimal target, int year, int cents, int s0Cents, int n)
    {
        var s = cents / 100m;
        var deadline = economy.BaseYear + n;
        if ((year == deadline || (rules.FloorFrom is { } floor && year >= floor)) && s < target)
        {
            return false;
        }
        if (rules.ReviewYear is { } review && review == year && rules.Checks.BackLoadingMinProgress is { } min)
        {
            // The checker's test: progress from the plan's start (its base-year figure) against the straight line to the target.
            var ss = s0Cents / 100m;
            var b = economy.BaseYear;
            if (ss < target && review > b && deadline > b)
            {
                var line = ss + (target - ss) * (review - b) / (deadline - b);
                return (s - ss) / (line - ss) >= min;
            }
        }
        return true;
    }

    // No decline and the minimum step, as the checker reads them between consecutive years.
    private static bool Step(RuleSet rules, decimal target, int prevCents, int cents)
    {
        var prev = prevCents / 100m;
        var s = cents / 100m;
        var decline = rules.Checks.NoDecline;
        if (s < prev && (decline == DeclineRule.Always || (decline == DeclineRule.WhileBelowTarget && prev < target)))
        {
            return false;
        }
        return rules.MinAnnualStepPp is not { } step || prev >= target || s >= Math.Min(prev + step, target);
    }

    // The checker's real growth of core spending on the GDP deflator, against the rule set's limit.
    private static bool AboveGrowthLimit(PlanEconomy economy, RuleSet rules, int year, int prevCents, int cents)
    {
        if (economy.Gdp(year) is not { } g || economy.Gdp(year - 1) is not { } gPrev
            || economy.Deflator(year) is not { } d || economy.Deflator(year - 1) is not { } dPrev || dPrev <= 0m)
        {
            return false;
        }
        var spending = cents / 100m / 100m * g;
        var previous = prevCents / 100m / 100m * gPrev;
        if (previous <= 0m)
        {
            return false;
        }
        var growth = (spending / previous / (d / dPrev) - 1m) * 100m;
        return growth > rules.Checks.MaxRealGrowthPct;
    }
}
