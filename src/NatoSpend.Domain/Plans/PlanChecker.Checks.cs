using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Text;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

public static partial class PlanChecker
{
    private static CheckResult ReachesTarget(Context c, (int Year, decimal Share)[] core)
    {
        const string name = "reaches-target";
        var y = c.Deadline;
        var target = new CheckNumber("target", c.T, "%");
        var below = new List<int>();
        var numbers = new List<CheckNumber> { target };
        if (c.Rules.FloorFrom is { } floor)
        {
            foreach (var (year, share) in core.Where(p => p.Year >= floor && p.Share < c.T))
            {
                below.Add(year);
                numbers.Add(new CheckNumber(Invariant($"share {year}"), share, "%"));
            }
        }
        var at = core.Where(p => p.Year == y).Select(p => (decimal?)p.Share).FirstOrDefault();
        if (at is { } s)
        {
            numbers.Insert(0, new CheckNumber(Invariant($"share {y}"), s, "%"));
            if (s < c.T && !below.Contains(y))
            {
                below.Add(y);
            }
        }
        if (below.Count > 0)
        {
            below.Sort();
            var floorText = c.Rules.FloorFrom is { } f ? Invariant($" (a floor every year from {f})") : "";
            var detail = string.Join("; ", below.Select(year =>
            {
                var share = core.First(p => p.Year == year).Share;
                return Invariant($"{year} is at {P(share)}, {c.T - share:0.00} pp below the target {P(c.T)}");
            }));
            numbers.Add(new CheckNumber("shortfall", c.T - core.First(p => p.Year == below[^1]).Share, "pp"));
            return new CheckResult(name, CheckOutcome.Fail, CheckWeight.Decisive, below, numbers,
                Invariant($"{detail}; the target must be met by {y}{floorText}."));
        }
        if (at is { } met)
        {
            return new CheckResult(name, CheckOutcome.Pass, CheckWeight.Decisive, [y], numbers,
                Invariant($"{y} is at {P(met)}, meeting the target {P(c.T)} by the deadline {y}."));
        }
        if (core.Length > 0 && y < core[0].Year)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [], numbers,
                Invariant($"The deadline {y} is before the plan's first year {core[0].Year}, so the plan cannot be checked against it."));
        }
        var end = core.Length > 0 ? Invariant($"; its last year with a share is {core[^1].Year} at {P(core[^1].Share)}") : "";
        return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [y], numbers,
            Invariant($"The plan does not give {y}, the deadline{end}, so whether it reaches {P(c.T)} is not known."), Undecided: true);
    }

    private static CheckResult NoDecline(Context c, (int Year, decimal Share)[] core)
    {
        const string name = "no-decline";
        var rule = c.Rules.Checks.NoDecline;
        if (rule == DeclineRule.Off)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [], [],
                Invariant($"Rule set {c.Rules.Id} has no no-decline rule."));
        }
        if (core.Length < 2)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [], [],
                "The plan gives fewer than two years with a share, so no fall can be seen.");
        }
        var falls = new List<(int From, int To, decimal Before, decimal After)>();
        for (var k = 1; k < core.Length; k++)
        {
            var (a, sa) = core[k - 1];
            var (y, sy) = core[k];
            if (sy < sa && (rule == DeclineRule.Always || sa < c.T))
            {
                falls.Add((a, y, sa, sy));
            }
        }
        var scope = rule == DeclineRule.WhileBelowTarget ? Invariant($" while below {P(c.T)}") : "";
        if (falls.Count == 0)
        {
            return new CheckResult(name, CheckOutcome.Pass, CheckWeight.Decisive, [.. core.Select(p => p.Year)], [],
                Invariant($"The share never falls from one year given to the next{scope}."));
        }
        var text = string.Join("; ", falls.Select(f => f.To == f.From + 1
            ? Invariant($"{f.To} falls to {P(f.After)} from {P(f.Before)} in {f.From} ({f.After - f.Before:0.00} pp)")
            : Invariant($"{f.To} falls to {P(f.After)} from {P(f.Before)} in {f.From} ({f.After - f.Before:0.00} pp over {f.To - f.From} years)")));
        return new CheckResult(name, CheckOutcome.Fail, CheckWeight.Decisive, [.. falls.Select(f => f.To)],
            [.. falls.Select(f => new CheckNumber(Invariant($"fall {f.To}"), f.After - f.Before, "pp"))],
            Invariant($"{text}; the share may not fall{scope}."));
    }

    private static CheckResult MinStep(Context c, (int Year, decimal Share)[] core)
    {
        const string name = "min-step";
        if (c.Rules.MinAnnualStepPp is not { } step)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [], [],
                Invariant($"Rule set {c.Rules.Id} sets no minimum annual step."));
        }
        if (core.Length < 2)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [], [new CheckNumber("minimum step", step, "pp a year")],
                "The plan gives fewer than two years with a share, so no step can be seen.");
        }
        var short_ = new List<(int Year, decimal Step, decimal Needed, decimal Share, int Gap)>();
        for (var k = 1; k < core.Length; k++)
        {
            var (a, sa) = core[k - 1];
            var (y, sy) = core[k];
            if (sa >= c.T)
            {
                continue;
            }
            var gap = y - a;
            var needed = Math.Min(sa + step * gap, c.T);
            if (sy < needed)
            {
                short_.Add((y, (sy - sa) / gap, needed, sy, gap));
            }
        }
        var numbers = new List<CheckNumber> { new("minimum step", step, "pp a year") };
        if (short_.Count == 0)
        {
            return new CheckResult(name, CheckOutcome.Pass, CheckWeight.Decisive, [.. core.Select(p => p.Year)], numbers,
                Invariant($"Every year given rises at least {step:0.00} pp a year, or reaches {P(c.T)}."));
        }
        numbers.AddRange(short_.Select(s => new CheckNumber(Invariant($"step {s.Year}"), s.Step, "pp a year")));
        var list = string.Join(", ", short_.Select(s => s.Gap == 1
            ? Invariant($"{s.Year} (+{s.Step:0.00} pp, {P(s.Share)} against at least {P(s.Needed)})")
            : Invariant($"{s.Year} (+{s.Step:0.00} pp a year over {s.Gap} years, {P(s.Share)} against at least {P(s.Needed)})")));
        return new CheckResult(name, CheckOutcome.Fail, CheckWeight.Decisive, [.. short_.Select(s => s.Year)], numbers,
            Invariant($"The share rises less than the minimum {step:0.00} pp a year while below {P(c.T)} in {short_.Count} year(s): {list}."));
    }

    private static CheckResult NotBackLoaded(Context c, (int Year, decimal Share)[] core)
    {
        const string name = "not-back-loaded";
        if (c.Rules.Checks.BackLoadingMinProgress is not { } min || c.Rules.ReviewYear is not { } review)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [], [],
                Invariant($"Rule set {c.Rules.Id} has no back-loading test (it needs a review year and a minimum progress)."));
        }
        var (sy, ss, fromNato) = c.Start(core);
        var startText = fromNato ? Invariant($"{P(ss)} ({sy}, NATO's published figure)") : Invariant($"{P(ss)} ({sy})");
        if (review <= sy || c.Deadline <= sy)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [], [],
                Invariant($"The review year {review} is not after the plan's start in {sy}, so there is no progress to measure."));
        }
        if (ss >= c.T)
        {
            return new CheckResult(name, CheckOutcome.Pass, CheckWeight.Decisive, [sy], [new CheckNumber(Invariant($"share {sy}"), ss, "%")],
                Invariant($"The plan starts at {startText}, already at or above the target {P(c.T)}."));
        }
        var line = ss + (c.T - ss) * (review - sy) / (c.Deadline - sy);
        var numbers = new List<CheckNumber>
        {
            new(Invariant($"start {sy}"), ss, "%"),
            new(Invariant($"straight line {review}"), decimal.Round(line, 4), "%"),
            new("minimum progress", min, "fraction"),
        };
        var at = core.Where(p => p.Year == review).Select(p => (decimal?)p.Share).FirstOrDefault();
        if (at is not { } sr)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [review], numbers,
                Invariant($"The plan does not give {review}, the review year, so its progress by then is not known."), Undecided: true);
        }
        var progress = (sr - ss) / (line - ss);
        numbers.Insert(1, new CheckNumber(Invariant($"share {review}"), sr, "%"));
        numbers.Add(new CheckNumber("progress", decimal.Round(progress, 4), "fraction"));
        var text = Invariant($"By the review year {review} the plan has made {progress:0%} of the straight-line progress from {startText} to {P(c.T)} in {c.Deadline} ({P(sr)} against {P(line)} on the straight line); at least {min:0%} is required.");
        return new CheckResult(name, progress >= min ? CheckOutcome.Pass : CheckOutcome.Fail, CheckWeight.Decisive, [review], numbers, text);
    }

    private static CheckResult StartsFromPublished(Context c, (int Year, decimal Share)[] core)
    {
        const string name = "starts-from-published";
        var tolerance = c.Rules.Checks.JumpTolerancePp;
        var b = c.BaseYear;
        var overlap = core.Where(p => p.Year <= b && c.Economy.Published.ContainsKey(p.Year)).ToArray();
        if (overlap.Length > 0)
        {
            var (y, s) = overlap[^1];
            var nato = c.Economy.Published[y].Percent;
            var diff = s - nato;
            var numbers = new CheckNumber[] { new(Invariant($"plan {y}"), s, "%"), new(Invariant($"NATO {y}"), nato, "%"), new("difference", diff, "pp"), new("tolerance", tolerance, "pp") };
            var pass = Math.Abs(diff) <= tolerance;
            return new CheckResult(name, pass ? CheckOutcome.Pass : CheckOutcome.Fail, CheckWeight.Flag, [y], numbers,
                Invariant($"For {y} the plan gives {P(s)} and NATO publishes {P(nato)}, a difference of {diff:+0.00;-0.00;0.00} pp {(pass ? "within" : "beyond")} the tolerance of {tolerance:0.00} pp{(pass ? "" : " and not explained")}.{c.Basis}"));
        }
        var after = core.Where(p => p.Year > b).ToArray();
        if (after.Length == 0)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Flag, [], [],
                Invariant($"The plan gives no year that NATO publishes nor any after {b}, so there is nothing to compare."));
        }
        var (first, share) = after[0];
        var baseShare = c.Economy.BaseShare.Percent;
        var years = first - b;
        var allowed = tolerance * years;
        var jump = share - baseShare;
        var ok = Math.Abs(jump) <= allowed;
        return new CheckResult(name, ok ? CheckOutcome.Pass : CheckOutcome.Fail, CheckWeight.Flag, [b, first],
            [new(Invariant($"NATO {b}"), baseShare, "%"), new(Invariant($"plan {first}"), share, "%"), new("change", jump, "pp"), new("tolerance", allowed, "pp")],
            Invariant($"The plan starts in {first} at {P(share)}, {jump:+0.00;-0.00;0.00} pp from NATO's latest published {P(baseShare)} ({b}), {(ok ? "within" : "beyond")} the tolerance of {tolerance:0.00} pp a year ({allowed:0.00} pp over {years} year(s)){(ok ? "" : " and not explained")}.{c.Basis}"));
    }

    private static CheckResult PlausibleExecution(Context c)
    {
        const string name = "plausible-execution";
        var max = c.Rules.Checks.MaxRealGrowthPct;
        var run = c.Rules.Checks.MaxRealGrowthRunYears;
        var growth = c.Years.Where(y => y.RealGrowthPct is not null).Select(y => (y.Year, Pct: y.RealGrowthPct!.Value)).ToArray();
        var limits = new List<CheckNumber> { new("maximum real growth", max, "% a year"), new("run length", run, "years") };
        if (growth.Length == 0)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Flag, [], limits,
                "The plan gives no two consecutive years with spending and prices known, so real growth cannot be measured.");
        }
        var flagged = new List<int>();
        var current = new List<int>();
        for (var i = 0; i < growth.Length; i++)
        {
            var consecutive = current.Count > 0 && growth[i].Year == current[^1] + 1;
            if (growth[i].Pct > max)
            {
                if (!consecutive)
                {
                    current.Clear();
                }
                current.Add(growth[i].Year);
                if (current.Count == run)
                {
                    flagged.AddRange(current);
                }
                else if (current.Count > run)
                {
                    flagged.Add(growth[i].Year);
                }
            }
            else
            {
                current.Clear();
            }
        }
        var top = growth.MaxBy(g => g.Pct);
        limits.Add(new CheckNumber(Invariant($"highest real growth {top.Year}"), decimal.Round(top.Pct, 2), "% a year"));
        if (flagged.Count == 0)
        {
            return new CheckResult(name, CheckOutcome.Pass, CheckWeight.Flag, [.. growth.Select(g => g.Year)], limits,
                Invariant($"Real growth of core spending stays at or below {max:0.#}% a year for fewer than {run} years running (highest {top.Pct:0.0}% in {top.Year}, on the GDP deflator used)."));
        }
        var list = string.Join(", ", flagged.Select(y => Invariant($"{y} {growth.First(g => g.Year == y).Pct:0.0}%")));
        return new CheckResult(name, CheckOutcome.Fail, CheckWeight.Flag, flagged,
            [.. limits, .. flagged.Select(y => new CheckNumber(Invariant($"real growth {y}"), decimal.Round(growth.First(g => g.Year == y).Pct, 2), "% a year"))],
            Invariant($"Real growth of core spending is above {max:0.#}% a year for {run} or more years running ({list}), faster than procurement and recruitment usually deliver."));
    }

    private static CheckResult RelatedCap(Context c, (int Year, decimal Share)[] core, IReadOnlyDictionary<int, decimal> related)
    {
        const string name = "related-cap";
        if (c.Rules.TotalTarget is not { } total || c.Rules.RelatedCap is not { } capShare)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [], [],
                Invariant($"Rule set {c.Rules.Id} has no total target with a related ledger."));
        }
        var cap = capShare.Percent;
        if (related.Count == 0)
        {
            return new CheckResult(name, CheckOutcome.NotShown, CheckWeight.Decisive, [c.Deadline], [new("related cap", cap, "%"), new("total target", total.Percent, "%")],
                Invariant($"The plan gives no related spending, so the total in {c.Deadline} (core plus related counted up to {P(cap)}) against the total target of {P(total.Percent)} is not shown by the plan; core is checked on its own against {P(c.T)}."));
        }
        var excess = related.Where(r => r.Value > cap).OrderBy(r => r.Key).ToArray();
        var excessText = excess.Length == 0 ? "" : " " + string.Join("; ", excess.Select(r =>
            Invariant($"{r.Key} gives {P(r.Value)} related, of which {P(cap)} counts (the excess {r.Value - cap:0.00} pp never substitutes for core)"))) + ".";
        var y = c.Deadline;
        var coreAt = core.Where(p => p.Year == y).Select(p => (decimal?)p.Share).FirstOrDefault();
        if (coreAt is not { } s || !related.TryGetValue(y, out var r))
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Decisive, [y], [new("related cap", cap, "%"), new("total target", total.Percent, "%")],
                Invariant($"The plan does not give core and related spending for {y}, the deadline, so the total target of {P(total.Percent)} is not known.{excessText}"), Undecided: true);
        }
        var counted = Math.Min(r, cap);
        var sum = s + counted;
        var numbers = new CheckNumber[]
        {
            new(Invariant($"core {y}"), s, "%"), new(Invariant($"related {y}"), r, "%"), new("related counted", counted, "%"),
            new("total counted", sum, "%"), new("total target", total.Percent, "%"), new("related cap", cap, "%"),
        };
        var pass = sum >= total.Percent;
        return new CheckResult(name, pass ? CheckOutcome.Pass : CheckOutcome.Fail, CheckWeight.Decisive, [y], numbers,
            Invariant($"In {y} core {P(s)} plus related {P(r)} counted up to {P(cap)} makes {P(sum)}, {(pass ? "meeting" : Invariant($"{total.Percent - sum:0.00} pp short of"))} the total target {P(total.Percent)}.{excessText}"));
    }

    private static CheckResult EveryYearPresent(Context c)
    {
        const string name = "every-year-present";
        var from = Math.Min(c.Plan.FirstYear, c.BaseYear);
        var to = Math.Max(c.Deadline, c.Plan.LastYear);
        var known = c.Years.Where(y => y.CoreShare is not null).Select(y => y.Year).ToHashSet();
        var missing = Enumerable.Range(from, to - from + 1).Where(y => !known.Contains(y)).ToArray();
        var required = to - from + 1;
        var numbers = new CheckNumber[] { new("years given", required - missing.Length, "years"), new("years required", required, "years") };
        if (!c.Rules.Checks.EveryYearPresent)
        {
            return new CheckResult(name, CheckOutcome.NotApplicable, CheckWeight.Completeness, missing, numbers,
                Invariant($"Rule set {c.Rules.Id} does not require every year{(missing.Length > 0 ? Invariant($"; the plan lacks {YearRanges.Text(missing)}") : "")}."));
        }
        if (missing.Length == 0)
        {
            return new CheckResult(name, CheckOutcome.Pass, CheckWeight.Completeness, [], numbers,
                Invariant($"The plan gives every year from {from} to {to}."));
        }
        var unknown = c.Years.Where(y => y.CoreShare is null).Select(y => y.Year).ToArray();
        var unknownText = unknown.Length > 0 ? Invariant($" ({YearRanges.Text(unknown)} given in money for years with no GDP figure)") : "";
        return new CheckResult(name, CheckOutcome.Fail, CheckWeight.Completeness, missing, numbers,
            Invariant($"The plan gives {required - missing.Length} of the {required} years from {from} to {to}; missing {YearRanges.Text(missing)}{unknownText}. NatoSpend does not fill the gaps."));
    }
}
