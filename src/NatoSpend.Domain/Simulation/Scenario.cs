using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using static System.FormattableString;

namespace NatoSpend.Domain.Simulation;

/// <summary>What a plan holds fixed when GDP and prices move away from the baseline.</summary>
public enum SpendingBasis
{
    /// <summary>The share of GDP: spending follows nominal GDP (a plan written in percent of GDP).</summary>
    Share,

    /// <summary>Spending in national currency, current prices: the share moves with nominal GDP (a plan written in euros).</summary>
    Money,

    /// <summary>Spending in real terms: current-price spending follows the GDP deflator, the share moves with real GDP.</summary>
    Real,
}

/// <summary>One year of an ally's baseline: the deterministic projection and path the simulation deviates from.</summary>
/// <param name="Year">The year.</param>
/// <param name="Share">Core share of GDP on the baseline, percent.</param>
/// <param name="Spending">Core spending on the baseline, national currency units, current prices.</param>
/// <param name="SpendingUsd">Core spending on the baseline, USD, current prices at the year's projected rate.</param>
/// <param name="RealGrowthPct">Real growth of spending on the baseline against the year before, percent.</param>
/// <param name="Basis">What the plan holds fixed in this year.</param>
public readonly record struct ScenarioYear(int Year, double Share, double Spending, double SpendingUsd, double RealGrowthPct, SpendingBasis Basis);

/// <summary>The rule set's checks in the form the simulation applies to every draw (see <see cref="PlanCheckParameters"/>).</summary>
/// <param name="TargetHundredths">The core target in hundredths of a percent (350 for 3.5%).</param>
/// <param name="BaseHundredths">The published base-year share rounded to 2 decimals, in hundredths.</param>
/// <param name="FloorFromIndex">The first simulated year (1 = the year after the base) from which the target is a floor, or <c>null</c>.</param>
/// <param name="FloorFailsAtBase">Whether the published base year already breaks the floor.</param>
/// <param name="Decline">The no-decline rule.</param>
/// <param name="MinStepHundredths">The minimum annual step in hundredths, or <c>null</c>.</param>
/// <param name="ReviewIndex">The simulated year of the review (1 = the year after the base), or <c>null</c> for no back-loading check.</param>
/// <param name="ReviewThresholdHundredths">The least rounded share in the review year that passes the back-loading check, hundredths.</param>
/// <param name="MaxRealGrowthLog">The plausible real growth of spending as <c>ln(1 + max/100)</c>.</param>
/// <param name="RunYears">How many years running above it fail the plausible-execution flag.</param>
/// <param name="FixedDecisiveFailure">Whether a check that does not depend on the draw already fails decisively (a plan's related cap), or the plan is incomplete.</param>
/// <param name="FixedFlag">Whether a flag that does not depend on the draw is already raised (a plan that does not start from NATO's figure).</param>
/// <param name="StepsJudgedFrom">The first simulated year (0 is the year after the base) whose change from the year before counts for no-decline, min-step and the run of plausible real growth: 0 for a path; for a plan, the year after its first point, as the checker judges only between the years a plan gives.</param>
public sealed record DrawChecks(double TargetHundredths, double BaseHundredths, int? FloorFromIndex, bool FloorFailsAtBase, DeclineRule Decline,
    double? MinStepHundredths, int? ReviewIndex, double ReviewThresholdHundredths, double MaxRealGrowthLog, int RunYears,
    bool FixedDecisiveFailure = false, bool FixedFlag = false, int StepsJudgedFrom = 0)
{
    /// <summary>The checks of a rule set for a path from a published base share to a target (PlanChecker's rules, in hundredths).</summary>
    public static DrawChecks From(RuleSet rules, ShareOfGdp baseShare, ShareOfGdp target, int baseYear, int deadline)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var t = target.Percent;
        var b = baseShare.RoundedAsPublished.Percent;
        int? floor = rules.FloorFrom is { } f ? Math.Max(1, f - baseYear) : null;
        var floorAtBase = rules.FloorFrom is { } f2 && f2 <= baseYear && b < t;
        int? review = null;
        var threshold = 0m;
        if (rules.Checks.BackLoadingMinProgress is { } min && rules.ReviewYear is { } r && r > baseYear && deadline > baseYear && b < t && r <= deadline)
        {
            var line = b + (t - b) * (r - baseYear) / (deadline - baseYear);
            review = r - baseYear;
            threshold = b + min * (line - b);
        }
        return new DrawChecks((double)(t * 100m), (double)(b * 100m), floor, floorAtBase, rules.Checks.NoDecline,
            rules.MinAnnualStepPp is { } step ? (double)(step * 100m) : null, review, (double)(threshold * 100m),
            Math.Log(1.0 + (double)rules.Checks.MaxRealGrowthPct / 100.0), rules.Checks.MaxRealGrowthRunYears);
    }
}

/// <summary>One ally's baseline path and checks, the input of <see cref="MonteCarlo"/>.</summary>
/// <param name="Ally">The ally.</param>
/// <param name="BaseYear">The base year (published share).</param>
/// <param name="Target">The core target.</param>
/// <param name="Years">The simulated years, from the year after the base to the deadline.</param>
/// <param name="Checks">The checks applied to every draw.</param>
/// <param name="Label">What the path is (a shape's name, or a plan's title).</param>
/// <param name="NotAssessable">Why the odds of reaching the target by the deadline cannot be given (a plan that stops before it), or <c>null</c>.</param>
/// <param name="InterpolatedYears">The years of a plan's baseline interpolated between its points (not the plan's figures), or <c>null</c>.</param>
public sealed record AllyScenario(Ally Ally, int BaseYear, ShareOfGdp Target, IReadOnlyList<ScenarioYear> Years, DrawChecks Checks, string Label, string? NotAssessable = null,
    IReadOnlyList<int>? InterpolatedYears = null)
{
    /// <summary>The deadline: the last simulated year.</summary>
    public int Deadline => Years[^1].Year;

    /// <summary>A required path's scenario: its shares, spending and real growth as the baseline, held fixed on <paramref name="basis"/>.</summary>
    /// <exception cref="ArgumentException">The path has no year after its base.</exception>
    public static AllyScenario FromPath(RequiredPath path, GdpProjection projection, RuleSet rules, SpendingBasis basis)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(rules);
        if (path.Rows.Count < 2)
        {
            throw new ArgumentException(Invariant($"The path of {path.Ally.Name} has no year after its base year {path.BaseYear}; choose a later deadline."), nameof(path));
        }
        var years = path.Rows.Skip(1).Select(r => new ScenarioYear(r.Year, (double)r.Share.Percent, (double)r.Spending.Amount, (double)r.SpendingUsd.Amount,
            (double)(r.RealGrowthPct ?? 0m), basis)).ToArray();
        _ = projection;
        return new AllyScenario(path.Ally, path.BaseYear, path.Target, years,
            DrawChecks.From(rules, path.BaseShare, path.Target, path.BaseYear, path.Deadline), PathShapes.Name(path.Shape));
    }

    /// <summary>A national plan's scenario: each year the plan gives is held fixed in its own unit (share or money).</summary>
    /// <remarks>
    /// The years are built as the checker's verdict on the announced points builds them (<see cref="AnnouncedPath.Interpolate(IReadOnlyList{AnnouncedPathYear}, Func{int, decimal?})"/>):
    /// from NATO's published base-year share, a straight line to each announced point after it in the unit of the points, and
    /// nothing after the last point. When that point is before the deadline the draws stop there and
    /// <see cref="NotAssessable"/> says why the odds of reaching the target by the deadline are not given. The checker's verdict on
    /// the checks that do not depend on GDP (starts-from-published, related-cap, every-year-present, equipment) applies to every draw.
    /// </remarks>
    /// <exception cref="ArgumentException">The plan gives no year after the base year up to the deadline, or the projection is another ally's.</exception>
    public static AllyScenario FromPlan(PlanCheck check, GdpProjection projection, int deadline)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(projection);
        var plan = check.Plan;
        var b = projection.BaseYear;
        if (projection.Ally.Code != plan.Ally.Code || projection.LastYear < deadline)
        {
            throw new ArgumentException(Invariant($"The projection must be {plan.Ally.Name}'s and reach {deadline}; project the plan's ally to the deadline."), nameof(projection));
        }
        decimal? Gdp(int year) => year >= b && year <= projection.LastYear ? projection.ShareBasis(year) : null;
        var given = AnnouncedPath.Points(plan, Gdp).Where(p => p.Year > b && p.Year <= deadline).ToArray();
        if (given.Length == 0)
        {
            throw new ArgumentException(Invariant($"The plan '{plan.Title}' gives no core figure from {b + 1} to the deadline {deadline}, so there is nothing to simulate; add years or choose another deadline with --by."), nameof(check));
        }
        var baseShare = check.Economy.BaseShare.Percent;
        var start = new AnnouncedPathYear(b, baseShare, baseShare / 100m * projection.ShareBasis(b), false, given[0].Unit);
        var path = AnnouncedPath.Interpolate([start, .. given], Gdp);
        var last = given[^1].Year;
        var years = new ScenarioYear[path.Count - 1];
        for (var k = 1; k < path.Count; k++)
        {
            var p = path[k];
            var year = p.Year;
            var spending = p.Share * projection.ShareBasis(year) / 100m;
            var before = path[k - 1].Share * projection.RealAmount(year - 1);
            var growth = before > 0m ? (p.Share * projection.RealAmount(year) / before - 1m) * 100m : 0m;
            years[k - 1] = new ScenarioYear(year, (double)p.Share, (double)spending, (double)projection.ToUsd(spending, year), (double)growth,
                p.Unit == "money" ? SpendingBasis.Money : SpendingBasis.Share);
        }
        bool Fails(string name, CheckWeight weight) => check.Checks.Any(c => c.Name == name && c.Weight == weight && c.Outcome == CheckOutcome.Fail);
        var checks = DrawChecks.From(check.Rules, check.Economy.BaseShare, check.Target, b, deadline) with
        {
            FixedDecisiveFailure = Fails("related-cap", CheckWeight.Decisive) || Fails("equipment", CheckWeight.Decisive) || Fails("every-year-present", CheckWeight.Completeness),
            FixedFlag = Fails("starts-from-published", CheckWeight.Flag),
            // The checker judges declines and steps between the years the plan gives, never from NATO's figure to the first of them
            // (that jump is starts-from-published's), so the draws are judged from the year after the first point on.
            StepsJudgedFrom = given[0].Year - b,
        };
        var notAssessable = last < deadline
            ? Invariant($"not assessable: the plan's last announced point is {last}, before the deadline {deadline}; NatoSpend does not fill the years after it, so the odds of reaching {check.Target.Percent:0.00}% by {deadline} are not given (the draws stop in {last}).")
            : null;
        return new AllyScenario(plan.Ally, b, check.Target, years, checks, plan.Title, notAssessable, [.. path.Where(p => p.Interpolated).Select(p => p.Year)]);
    }
}
