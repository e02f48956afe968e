using NatoSpend.Domain.Reporting;
using NatoSpend.Domain.Rules;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

/// <summary>One year of a checked plan, in shares and money both ways.</summary>
/// <param name="Year">The year.</param>
/// <param name="CoreShare">Core share of GDP, percent: given, or derived from spending and GDP; <c>null</c> when GDP is not known.</param>
/// <param name="CoreSpending">Core spending, national currency units, current prices: given, or derived from the share and GDP.</param>
/// <param name="CoreGivenAs"><c>share</c> or <c>money</c>: which of the two the plan gives (the other is derived).</param>
/// <param name="RelatedShare">Related share of GDP, percent, or <c>null</c>.</param>
/// <param name="RelatedSpending">Related spending, national currency units, or <c>null</c>.</param>
/// <param name="RelatedCounted">The related share that counts towards the total target (at most the cap), or <c>null</c>.</param>
/// <param name="UkraineShare">Contributions to Ukraine inside core, percent of GDP, or <c>null</c>.</param>
/// <param name="StepPp">The rise of the core share from the previous year given, per year, pp (<c>null</c> for the first year).</param>
/// <param name="RealGrowthPct">Real growth of core spending from the year before, percent (<c>null</c> when that year is not given).</param>
/// <param name="Published">NATO's published share for the year, or <c>null</c>.</param>
/// <param name="Gdp">Nominal GDP used for conversions, national currency units (derived), or <c>null</c>.</param>
/// <param name="Note">The plan's note.</param>
public sealed record CheckedYear(
    int Year,
    decimal? CoreShare,
    decimal? CoreSpending,
    string CoreGivenAs,
    decimal? RelatedShare,
    decimal? RelatedSpending,
    decimal? RelatedCounted,
    decimal? UkraineShare,
    decimal? StepPp,
    decimal? RealGrowthPct,
    ShareOfGdp? Published,
    decimal? Gdp,
    string? Note);

/// <summary>A plan checked under a rule set: each check with its numbers, the verdict and, for a failing plan, the smallest fix.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Rules">The rule set.</param>
/// <param name="Economy">The published figures and GDP used.</param>
/// <param name="Target">The core target for the plan's ally.</param>
/// <param name="Years">The plan's years in shares and money.</param>
/// <param name="Checks">Every check, in the order of issue 4.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Fix">The smallest fix for a plan that is not credible, else <c>null</c>.</param>
public sealed record PlanCheck(Plan Plan, RuleSet Rules, PlanEconomy Economy, ShareOfGdp Target, IReadOnlyList<CheckedYear> Years,
    IReadOnlyList<CheckResult> Checks, Verdict Verdict, SmallestFix? Fix);

/// <summary>Checks a national plan for a "credible, incremental path" with explicit, configurable tests (docs/domain.md §3).</summary>
/// <remarks>
/// NATO does not define a credible path; these tests and their parameters (from the rule set) are NatoSpend's, and every output
/// says so. Shares are compared as NATO prints them, rounded to 2 decimals. Between two years the plan gives with a gap, a fall
/// or a too-small step is judged on the average over the gap: a failure there is certain, a pass is not, and the gap is reported.
/// </remarks>
public static partial class PlanChecker
{
    /// <summary>The checks, in the order they are reported.</summary>
    public static IReadOnlyList<string> CheckNames { get; } = [.. CheckIds.All.Select(CheckIds.Name)];

    /// <summary>Checks a plan against the published figures of <paramref name="data"/> and GDP projected to the later of the deadline and the plan's last year.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="rules">The rule set.</param>
    /// <param name="data">The NATO edition with the published shares (the newest, as a plan starts from the latest published figure).</param>
    /// <param name="outlook">The WEO outlook for GDP beyond the edition.</param>
    /// <param name="options">Growth and exchange-rate overrides.</param>
    public static PlanCheck Check(Plan plan, RuleSet rules, Editions.EditionData data, Projections.MacroOutlook outlook, Projections.ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rules);
        var economy = PlanEconomy.Build(data, plan.Ally, outlook, Math.Max(rules.Deadline, plan.LastYear), options);
        return Check(plan, rules, economy);
    }

    /// <summary>Checks a plan.</summary>
    /// <exception cref="ArgumentException">The economy is for another ally than the plan.</exception>
    public static PlanCheck Check(Plan plan, RuleSet rules, PlanEconomy economy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(economy);
        if (economy.Ally.Code != plan.Ally.Code)
        {
            throw new ArgumentException($"The economy is for {economy.Ally.Name} but the plan is for {plan.Ally.Name}; build the economy for the plan's ally.", nameof(economy));
        }
        var years = Resolve(plan, rules, economy);
        var c = new Context(plan, rules, economy, years);
        var checks = Run(c, c.Core, c.Related);
        var verdict = Decide(c, checks);
        var fix = verdict.Kind == VerdictKind.NotCredible ? Fix(c, checks) : null;
        return new PlanCheck(plan, rules, economy, c.Target, years, checks, verdict, fix);
    }

    private static CheckedYear[] Resolve(Plan plan, RuleSet rules, PlanEconomy economy)
    {
        var cap = rules.RelatedCap?.Percent;
        var result = new CheckedYear[plan.Years.Count];
        for (var i = 0; i < plan.Years.Count; i++)
        {
            var y = plan.Years[i];
            var gdp = economy.Gdp(y.Year);
            decimal? share = null, spending = null;
            if (y.CoreShare is { } s)
            {
                // A year with a share and an amount is checked on the share it claims; PlanReconciliation sets the amount against it.
                share = s.Percent;
                spending = y.CoreSpending?.Amount ?? (gdp is { } g ? s.Percent / 100m * g : null);
            }
            else if (y.CoreSpending is { } money)
            {
                spending = money.Amount;
                share = gdp is { } g && g > 0m ? spending / g * 100m : null;
            }
            decimal? related = y.RelatedShare?.Percent
                ?? (y.RelatedSpending is { } rs && gdp is { } g2 && g2 > 0m ? rs.Amount / g2 * 100m : null);
            decimal? relatedSpending = y.RelatedSpending?.Amount ?? (related is { } r && gdp is { } g3 ? r / 100m * g3 : null);
            decimal? ukraine = y.Ukraine is { } u
                ? (y.CoreShare is not null ? u : gdp is { } g4 && g4 > 0m ? u / g4 * 100m : null)
                : null;
            decimal? step = null, growth = null;
            if (i > 0 && result[i - 1] is { } prev)
            {
                var gap = y.Year - prev.Year;
                step = share is { } now && prev.CoreShare is { } before ? (now - before) / gap : null;
                if (gap == 1 && spending is { } sp && prev.CoreSpending is { } spPrev && spPrev > 0m
                    && economy.Deflator(y.Year) is { } d && economy.Deflator(prev.Year) is { } dPrev && dPrev > 0m)
                {
                    growth = (sp / spPrev / (d / dPrev) - 1m) * 100m;
                }
            }
            var givenAs = (y.CoreShare, y.CoreSpending) switch { ({ }, { }) => "share and money", ({ }, null) => "share", (null, { }) => "money", _ => "none" };
            result[i] = new CheckedYear(y.Year, share, spending, givenAs, related, relatedSpending,
                related is { } rel && cap is { } capValue ? Math.Min(rel, capValue) : related, ukraine, step, growth,
                economy.Published.TryGetValue(y.Year, out var published) ? published : null, gdp, y.Note);
        }
        return result;
    }

    private sealed class Context
    {
        public Context(Plan plan, RuleSet rules, PlanEconomy economy, IReadOnlyList<CheckedYear> years)
        {
            Plan = plan;
            Rules = rules;
            Economy = economy;
            Years = years;
            Target = rules.TargetFor(plan.Ally.Code);
            Core = [.. years.Where(y => y.CoreShare is not null).Select(y => (y.Year, Round(CountedCoreShare(y, rules)!.Value)))];
            CoreGiven = [.. years.Where(y => y.CoreShare is not null).Select(y => (y.Year, Round(y.CoreShare!.Value)))];
            Related = years.Where(y => y.RelatedShare is not null).ToDictionary(y => y.Year, y => Round(y.RelatedShare!.Value));
            Equipment = plan.Years.Where(y => y.EquipmentShare is not null).ToDictionary(y => y.Year, y => Round(y.EquipmentShare!.Value));
        }

        public Plan Plan { get; }
        public RuleSet Rules { get; }
        public PlanEconomy Economy { get; }
        public IReadOnlyList<CheckedYear> Years { get; }
        public ShareOfGdp Target { get; }
        public decimal T => Target.Percent;
        public int Deadline => Rules.Deadline;
        public int BaseYear => Economy.BaseYear;

        /// <summary>Core shares that count under the rule set (rounded as NATO prints them) of the years whose share is known, ascending.</summary>
        public (int Year, decimal Share)[] Core { get; }

        /// <summary>Core shares as the plan gives them, Ukraine contributions in (NATO's published figures include the aid allies report).</summary>
        public (int Year, decimal Share)[] CoreGiven { get; }

        /// <summary>Equipment shares of core spending, percent, rounded, by year.</summary>
        public Dictionary<int, decimal> Equipment { get; }

        /// <summary>Related shares, rounded, by year.</summary>
        public Dictionary<int, decimal> Related { get; }

        public string Basis => Plan.Basis == PlanBasis.National
            ? " The plan is on a national basis and NATO's figure on its core definition, so part of the difference may be definitional."
            : "";

        // The straight line of the back-loading test starts from the plan's own figure for the base year or the last year before it,
        // else from NATO's published base-year share.
        public (int Year, decimal Share, bool FromNato) Start((int Year, decimal Share)[] core)
        {
            var own = core.Where(p => p.Year <= BaseYear).ToArray();
            return own.Length > 0 ? (own[^1].Year, own[^1].Share, false) : (BaseYear, Economy.BaseShare.Percent, true);
        }
    }

    private static CheckResult[] Run(Context c, (int Year, decimal Share)[] core, IReadOnlyDictionary<int, decimal> related,
        IReadOnlyDictionary<int, decimal>? equipment = null) =>
    [
        ReachesTarget(c, core),
        NoDecline(c, core),
        MinStep(c, core),
        NotBackLoaded(c, core),
        StartsFromPublished(c, c.CoreGiven),
        PlausibleExecution(c),
        RelatedCap(c, core, related),
        EveryYearPresent(c),
        Equipment(c, equipment ?? c.Equipment),
    ];

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

    private static decimal Round(decimal share) => decimal.Round(share, 2, MidpointRounding.AwayFromZero);

    private static decimal CeilingCent(decimal share) => Math.Ceiling(share * 100m) / 100m;

    private static string P(decimal percent) => Invariant($"{percent:0.00}%");
}
