using NatoSpend.Domain.Rules;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

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

    private static decimal Round(decimal share) => decimal.Round(share, 2, MidpointRounding.AwayFromZero);

    private static decimal CeilingCent(decimal share) => Math.Ceiling(share * 100m) / 100m;

    private static string P(decimal percent) => Invariant($"{percent:0.00}%");
}
