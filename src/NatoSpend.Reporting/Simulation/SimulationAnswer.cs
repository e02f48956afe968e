using System.Globalization;
using System.Text.Json.Serialization;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Simulation;

/// <summary>A simulation as JSON (<c>natospend simulate --format json</c>, <c>POST /api/v1/simulate</c>): what is held fixed first, then the setup, the model, the odds and quantiles per ally, and the alliance.</summary>
/// <param name="HeldFixed">What is held fixed and what that means for the odds.</param>
/// <param name="Seed">The seed, as text (it may exceed what a JSON number holds exactly).</param>
/// <param name="Draws">The number of draws.</param>
/// <param name="Rules">The rule set.</param>
/// <param name="Shape">The path shape, or <c>null</c> for a plan.</param>
/// <param name="Fixed">What a path holds fixed when GDP moves (money, share or real), or that a plan holds each year as it gives it.</param>
/// <param name="Plan">The plan simulated, or <c>null</c> for a path.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Edition">The NATO edition's id.</param>
/// <param name="Parameters">The model's parameters.</param>
/// <param name="Allies">The odds and quantiles of each ally simulated.</param>
/// <param name="Alliance">The alliance in the deadline year.</param>
/// <param name="NotSimulated">One line per ally asked for and left out, with the reason.</param>
/// <param name="Labels">What the figures are.</param>
/// <param name="Explain">The model's explanation lines; absent unless asked for.</param>
public sealed record SimulationAnswer(string HeldFixed, string Seed, long Draws, RulesAnswer Rules, string? Shape, string Fixed, SimulatedPlan? Plan,
    int BaseYear, int Deadline, string Edition, SimulationParametersAnswer Parameters, IReadOnlyList<SimulatedAllyAnswer> Allies,
    SimulatedAllianceAnswer Alliance, IReadOnlyList<string> NotSimulated, SimulationLabels Labels,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Explain = null);

/// <summary>The simulation model's parameters as JSON.</summary>
/// <param name="Method">The correlation method: <c>full</c>, <c>factor</c> or <c>independent</c>.</param>
/// <param name="Factors">The number of factors of the factor model.</param>
/// <param name="Shrinkage">The shrinkage of the sample correlations toward the identity.</param>
/// <param name="Window">The calibration window, <c>first-last</c>, or <c>null</c> when not calibrated on history.</param>
/// <param name="FitRmse">How well each correlation matrix fits the sample.</param>
/// <param name="Series">One entry per shocked series.</param>
/// <param name="Notes">The calibration's notes.</param>
public sealed record SimulationParametersAnswer(string Method, int Factors, double Shrinkage, string? Window, FitRmseAnswer FitRmse,
    IReadOnlyList<ShockSeriesAnswer> Series, IReadOnlyList<string> Notes)
{
    /// <summary>The parameters as an answer.</summary>
    public static SimulationParametersAnswer Of(SimulationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        return new SimulationParametersAnswer(
            p.Method switch { CorrelationMethod.Full => "full", CorrelationMethod.Independent => "independent", _ => "factor" },
            p.Factors,
            Math.Round(p.Shrinkage, 4),
            p.Window is { } w ? string.Create(CultureInfo.InvariantCulture, $"{w.FirstYear}-{w.LastYear}") : null,
            new FitRmseAnswer(p.FullFit is { } f ? Math.Round(f.SampleRmse, 4) : null, p.FactorFit is { } g ? Math.Round(g.SampleRmse, 4) : null),
            [.. p.Series.Select(s => new ShockSeriesAnswer(s.Id, Math.Round(s.Persistence, 4), Math.Round(s.Volatility, 5), s.Drift,
                Math.Round(s.HistoricalMean, 5), s.Observations))],
            p.Notes);
    }
}

/// <summary>The off-diagonal RMSE of each correlation matrix against the sample.</summary>
/// <param name="Full">The shrunk full matrix's, or <c>null</c>.</param>
/// <param name="Factor">The factor model's, or <c>null</c>.</param>
public sealed record FitRmseAnswer(double? Full, double? Factor);

/// <summary>One shocked series of the model.</summary>
/// <param name="Id">The series, such as <c>real-growth:DEU</c>.</param>
/// <param name="Persistence">φ, the AR(1) persistence.</param>
/// <param name="Volatility">σ, the shock's standard deviation, a fraction a year.</param>
/// <param name="Drift">The drift, a fraction a year.</param>
/// <param name="HistoricalMean">The historical mean, a fraction a year.</param>
/// <param name="Observations">The years of history it is calibrated on.</param>
public sealed record ShockSeriesAnswer(string Id, double Persistence, double Volatility, double Drift, double HistoricalMean, int Observations);

/// <summary>One ally's odds and quantiles.</summary>
/// <param name="Ally">The ally's ISO3 code.</param>
/// <param name="Name">The ally's name.</param>
/// <param name="Currency">The ally's currency.</param>
/// <param name="Path">What was simulated for it, in words.</param>
/// <param name="Target">The core target, % of GDP.</param>
/// <param name="PReachesTarget">The probability of reaching the target, or <c>null</c> when not assessable.</param>
/// <param name="PPassesEveryCheck">The probability of passing every check, or <c>null</c> when not assessable.</param>
/// <param name="EveryCheckReason">What "every check" means and why its odds can be far below those of reaching the target (the checks must all pass in the same simulated future, over every year), in a sentence; or <c>null</c> when not assessable.</param>
/// <param name="PCredible">The probability of being credible, or <c>null</c> when not assessable.</param>
/// <param name="NotAssessable">Why the odds are not given, or <c>null</c>.</param>
/// <param name="InterpolatedYears">The baseline years interpolated between a plan's points, or <c>null</c>.</param>
/// <param name="PChecks">The probability that each check passes, by check name.</param>
/// <param name="BudgetForOdds">The deadline-year budget for each odds, when the deadline year is held in money; otherwise <c>null</c>.</param>
/// <param name="Years">The quantiles per year.</param>
public sealed record SimulatedAllyAnswer(string Ally, string Name, string Currency, string Path, double Target, double? PReachesTarget,
    double? PPassesEveryCheck, string? EveryCheckReason, double? PCredible, string? NotAssessable, IReadOnlyList<int>? InterpolatedYears, IReadOnlyDictionary<string, double> PChecks,
    IReadOnlyList<BudgetForOddsAnswer>? BudgetForOdds, IReadOnlyList<SimulatedYearAnswer> Years)
{
    /// <summary>An ally's outcome as an answer.</summary>
    public static SimulatedAllyAnswer Of(AllyOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var a = outcome;
        return new SimulatedAllyAnswer(a.Ally.Code.Value, a.Ally.Name, a.Ally.Currency.Code, a.Label, a.Target, a.ReachesTargetOrNull,
            a.PassesEveryCheckOrNull, EveryCheck(a), a.CredibleOrNull, a.NotAssessable, a.InterpolatedYears, a.CheckPasses,
            a.BudgetForOdds is { } budgets ? [.. budgets.Select(b => new BudgetForOddsAnswer(b.Odds, Math.Round(b.National * 1e-6, 1), Math.Round(b.Usd * 1e-6, 1)))] : null,
            [.. a.Years.Select(y => new SimulatedYearAnswer(y.Year, ScenarioLabels.BasisName(y.Basis), QuantilesAnswer.Of(y.Share),
                QuantilesAnswer.Of(y.Spending, 1e-6, 1), QuantilesAnswer.Of(y.SpendingUsd, 1e-6, 1)))]);
    }

    /// <summary>Why passing every check is rarer than reaching the target: the checks are joint, over every year, and the hardest one bounds them.</summary>
    private static string? EveryCheck(AllyOutcome a)
    {
        if (a.PassesEveryCheckOrNull is not { } every || a.CheckPasses.Count == 0)
        {
            return null;
        }
        var hardest = a.CheckPasses.OrderBy(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First();
        static string Pct(double p) => Math.Round(p * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%";
        return $"Passing every check means all {a.CheckPasses.Count} checks ({string.Join(", ", a.CheckPasses.Keys)}) pass together in the same simulated future, "
            + $"each judged over every year to the deadline, not only the last; so it is never likelier than the hardest check alone, {hardest.Key} ({Pct(hardest.Value)} of draws), "
            + $"and here {Pct(every)} of draws pass them all, against {Pct(a.ReachesTargetOrNull ?? a.ReachesTarget)} that reach the target.";
    }
}

/// <summary>The deadline-year budget that reaches the target with given odds.</summary>
/// <param name="Odds">The probability of reaching the target, 0 to 1.</param>
/// <param name="NatcurM">The budget, million national currency, current prices.</param>
/// <param name="UsdM">The budget, million USD at the deadline year's central projected rate.</param>
public sealed record BudgetForOddsAnswer(double Odds, double NatcurM, double UsdM);

/// <summary>One simulated year's quantiles.</summary>
/// <param name="Year">The year.</param>
/// <param name="Fixed">What the year holds fixed: money, share or real.</param>
/// <param name="SharePct">The share of GDP, %.</param>
/// <param name="SpendingM">Spending, million national currency, current prices.</param>
/// <param name="SpendingUsdM">Spending, million USD, current prices.</param>
public sealed record SimulatedYearAnswer(int Year, string Fixed, QuantilesAnswer SharePct, QuantilesAnswer SpendingM, QuantilesAnswer SpendingUsdM);

/// <summary>The 5th, 25th, 50th, 75th and 95th percentiles and the deterministic baseline.</summary>
/// <param name="P5">The 5th percentile.</param>
/// <param name="P25">The 25th percentile.</param>
/// <param name="P50">The median.</param>
/// <param name="P75">The 75th percentile.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="Baseline">The path without shocks.</param>
public sealed record QuantilesAnswer(double P5, double P25, double P50, double P75, double P95, double Baseline)
{
    /// <summary>Quantiles scaled by <paramref name="scale"/> and rounded to <paramref name="digits"/> decimals.</summary>
    public static QuantilesAnswer Of(Quantiles quantiles, double scale = 1.0, int digits = 4)
    {
        double R(double v) => Math.Round(v * scale, digits);
        var q = quantiles;
        return new QuantilesAnswer(R(q.P5), R(q.P25), R(q.P50), R(q.P75), R(q.P95), R(q.Baseline));
    }
}

/// <summary>The alliance in the deadline year.</summary>
/// <param name="Year">The deadline year.</param>
/// <param name="Allies">How many allies are summed.</param>
/// <param name="TotalUsdM">Total spending, million USD, current prices.</param>
/// <param name="UsSharePct">The United States' share of the total, %, or <c>null</c> when it is not simulated.</param>
public sealed record SimulatedAllianceAnswer(int Year, int Allies, QuantilesAnswer TotalUsdM, QuantilesAnswer? UsSharePct)
{
    /// <summary>The alliance's outcome as an answer.</summary>
    public static SimulatedAllianceAnswer Of(AllianceOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new SimulatedAllianceAnswer(outcome.Year, outcome.Allies, QuantilesAnswer.Of(outcome.TotalUsd, 1e-6, 1),
            outcome.UsSharePct is { } us ? QuantilesAnswer.Of(us) : null);
    }
}

/// <summary>What a simulation's figures are.</summary>
/// <param name="Provenance">That every figure is derived.</param>
/// <param name="Definition">The definition of the shares.</param>
/// <param name="Prices">The prices and units of the money.</param>
/// <param name="Quantiles">How the quantiles are computed.</param>
/// <param name="Assumptions">The simulation's and the projection's assumptions, one line each.</param>
public sealed record SimulationLabels(string Provenance, string Definition, string Prices, string Quantiles, IReadOnlyList<string> Assumptions);
