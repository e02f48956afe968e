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
public sealed record DrawChecks(double TargetHundredths, double BaseHundredths, int? FloorFromIndex, bool FloorFailsAtBase, DeclineRule Decline,
    double? MinStepHundredths, int? ReviewIndex, double ReviewThresholdHundredths, double MaxRealGrowthLog, int RunYears,
    bool FixedDecisiveFailure = false, bool FixedFlag = false)
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
public sealed record AllyScenario(Ally Ally, int BaseYear, ShareOfGdp Target, IReadOnlyList<ScenarioYear> Years, DrawChecks Checks, string Label)
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
    /// Years the plan does not give, between the base year and the deadline, are interpolated linearly in the unit of the next
    /// year given (from NATO's published base-year share), and held at the last year given after it; the checker's verdict on
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
        var given = plan.Years.Where(y => y.Year > b && y.Year <= deadline).ToArray();
        if (given.Length == 0)
        {
            throw new ArgumentException(Invariant($"The plan '{plan.Title}' gives no year from {b + 1} to the deadline {deadline}, so there is nothing to simulate; add years or choose another deadline with --by."), nameof(check));
        }
        var baseShare = check.Economy.BaseShare.Percent;
        decimal Gdp(int year) => projection.ShareBasis(year);
        var shares = new decimal[deadline - b + 1];
        var bases = new SpendingBasis[deadline - b + 1];
        shares[0] = baseShare;
        var previousYear = b;
        foreach (var y in given)
        {
            var money = y.CoreShare is null;
            var end = money ? y.CoreSpending!.Value.Amount : y.CoreShare!.Value.Percent;
            var start = money ? shares[previousYear - b] * Gdp(previousYear) / 100m : shares[previousYear - b];
            for (var year = previousYear + 1; year <= y.Year; year++)
            {
                var v = start + (end - start) * (year - previousYear) / (y.Year - previousYear);
                shares[year - b] = money ? v / Gdp(year) * 100m : v;
                bases[year - b] = money ? SpendingBasis.Money : SpendingBasis.Share;
            }
            previousYear = y.Year;
        }
        for (var year = previousYear + 1; year <= deadline; year++)
        {
            var last = bases[previousYear - b];
            shares[year - b] = last == SpendingBasis.Money ? shares[previousYear - b] * Gdp(previousYear) / Gdp(year) : shares[previousYear - b];
            bases[year - b] = last;
        }
        var years = new ScenarioYear[deadline - b];
        for (var k = 1; k <= deadline - b; k++)
        {
            var year = b + k;
            var spending = shares[k] * Gdp(year) / 100m;
            var before = shares[k - 1] * projection.RealAmount(year - 1);
            var growth = before > 0m ? (shares[k] * projection.RealAmount(year) / before - 1m) * 100m : 0m;
            years[k - 1] = new ScenarioYear(year, (double)shares[k], (double)spending, (double)projection.ToUsd(spending, year), (double)growth, bases[k]);
        }
        bool Fails(string name, CheckWeight weight) => check.Checks.Any(c => c.Name == name && c.Weight == weight && c.Outcome == CheckOutcome.Fail);
        var checks = DrawChecks.From(check.Rules, check.Economy.BaseShare, check.Target, b, deadline) with
        {
            FixedDecisiveFailure = Fails("related-cap", CheckWeight.Decisive) || Fails("equipment", CheckWeight.Decisive) || Fails("every-year-present", CheckWeight.Completeness),
            FixedFlag = Fails("starts-from-published", CheckWeight.Flag),
        };
        return new AllyScenario(plan.Ally, b, check.Target, years, checks, plan.Title);
    }
}
