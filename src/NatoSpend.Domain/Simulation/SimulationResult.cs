using NatoSpend.Domain.Allies;

namespace NatoSpend.Domain.Simulation;

/// <summary>The quantiles the simulation reports: 5, 25, 50, 75 and 95 percent, with the deterministic baseline beside them.</summary>
/// <param name="P5">The 5th percentile.</param>
/// <param name="P25">The 25th percentile.</param>
/// <param name="P50">The median.</param>
/// <param name="P75">The 75th percentile.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="Baseline">The deterministic projection's value.</param>
public readonly record struct Quantiles(double P5, double P25, double P50, double P75, double P95, double Baseline)
{
    /// <summary>The probabilities of the reported quantiles.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.05, 0.25, 0.50, 0.75, 0.95];

    /// <summary>The five quantiles in order.</summary>
    public IReadOnlyList<double> Values => [P5, P25, P50, P75, P95];

    /// <summary>A point mass: every quantile equals the value (a figure the plan holds fixed).</summary>
    public static Quantiles Fixed(double value) => new(value, value, value, value, value, value);
}

/// <summary>One simulated year of an ally.</summary>
/// <param name="Year">The year.</param>
/// <param name="Basis">What the plan holds fixed in the year.</param>
/// <param name="Share">Core share of GDP, percent.</param>
/// <param name="Spending">Core spending, national currency units, current prices.</param>
/// <param name="SpendingUsd">Core spending, USD, current prices.</param>
public sealed record SimulatedYear(int Year, SpendingBasis Basis, Quantiles Share, Quantiles Spending, Quantiles SpendingUsd);

/// <summary>An ally's outcome over every draw.</summary>
/// <param name="Ally">The ally.</param>
/// <param name="Label">The path's label.</param>
/// <param name="Target">The core target, percent.</param>
/// <param name="ReachesTarget">The probability that the share, rounded to 2 decimals, is at or above the target in the deadline year (and in every floor year).</param>
/// <param name="PassesEveryCheck">The probability that every check passes, flags included.</param>
/// <param name="Credible">The probability that every decisive check passes (the checker's "credible").</param>
/// <param name="CheckPasses">The probability that each check passes, by check name.</param>
/// <param name="Years">The quantiles per year.</param>
/// <param name="BudgetForOdds">When the deadline year is held in money: the deadline-year budget that reaches the target with each
/// probability of <see cref="Simulation.BudgetForOdds.Levels"/>; otherwise <c>null</c>.</param>
/// <param name="NotAssessable">Why the odds at the deadline are not given (a plan whose last announced point is before it), or <c>null</c>.</param>
/// <param name="InterpolatedYears">The baseline years interpolated between a plan's points, or <c>null</c>.</param>
public sealed record AllyOutcome(Ally Ally, string Label, double Target, double ReachesTarget, double PassesEveryCheck, double Credible,
    IReadOnlyDictionary<string, double> CheckPasses, IReadOnlyList<SimulatedYear> Years, IReadOnlyList<BudgetForOdds>? BudgetForOdds = null,
    string? NotAssessable = null, IReadOnlyList<int>? InterpolatedYears = null)
{
    /// <summary>The probability of reaching the target by the deadline, or <c>null</c> when it is not assessable.</summary>
    public double? ReachesTargetOrNull => NotAssessable is null ? ReachesTarget : null;

    /// <summary>The probability of passing every check, or <c>null</c> when the deadline is not assessable.</summary>
    public double? PassesEveryCheckOrNull => NotAssessable is null ? PassesEveryCheck : null;

    /// <summary>The probability of being credible, or <c>null</c> when the deadline is not assessable.</summary>
    public double? CredibleOrNull => NotAssessable is null ? Credible : null;
}

/// <summary>The deadline-year budget that reaches the target with a given probability: "what must be budgeted".</summary>
/// <remarks>
/// With the deadline year's money held at <c>M</c>, the share is <c>100·M/G</c> for the drawn GDP <c>G</c>, so a budget <c>B</c> reaches the
/// target <c>T</c> when <c>G ≤ 100·B/T</c>; the budget with probability <c>p</c> is <c>B = T·M / q(1 − p)</c>, where <c>q</c> is the quantile of
/// the simulated share (before NATO's rounding to 2 decimals). USD at the deadline year's central projected exchange rate.
/// </remarks>
/// <param name="Odds">The probability of reaching the target, 0 to 1.</param>
/// <param name="National">The budget, national currency units, current prices of the deadline year.</param>
/// <param name="Usd">The budget in USD at the deadline year's central projected exchange rate.</param>
public readonly record struct BudgetForOdds(double Odds, double National, double Usd)
{
    /// <summary>The probabilities a budget is given for: 50%, 75%, 90% and 95%.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.50, 0.75, 0.90, 0.95];
}

/// <summary>The alliance in the deadline year over every draw.</summary>
/// <param name="Year">The deadline year.</param>
/// <param name="Allies">How many allies are summed.</param>
/// <param name="TotalUsd">Total spending of the simulated allies, USD, current prices.</param>
/// <param name="UsSharePct">The United States' share of the total, percent, or <c>null</c> when it is not simulated.</param>
public sealed record AllianceOutcome(int Year, int Allies, Quantiles TotalUsd, Quantiles? UsSharePct);

/// <summary>What a simulation run gives.</summary>
/// <param name="Draws">The number of draws.</param>
/// <param name="Seed">The seed.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Method">The correlation method used.</param>
/// <param name="Allies">One outcome per ally.</param>
/// <param name="Alliance">The alliance in the deadline year.</param>
/// <param name="HistogramBins">The number of bins per quantile histogram (the quantiles' resolution; see docs/simulation.md).</param>
public sealed record SimulationResult(long Draws, ulong Seed, int BaseYear, int Deadline, CorrelationMethod Method, IReadOnlyList<AllyOutcome> Allies,
    AllianceOutcome Alliance, int HistogramBins)
{
    /// <summary>The names of the checks applied to every draw, in the order of the plan checker.</summary>
    public static IReadOnlyList<string> CheckNames { get; } = [.. Plans.CheckIds.PerDraw.Select(Plans.CheckIds.Name)];

    /// <summary>The outcome of an ally.</summary>
    /// <exception cref="ArgumentException">The ally was not simulated.</exception>
    public AllyOutcome For(AllyCode ally) => Allies.FirstOrDefault(a => a.Ally.Code == ally)
        ?? throw new ArgumentException($"{ally} was not simulated; include it in the allies.", nameof(ally));
}
