using System.Globalization;
using NatoSpend.Domain;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Simulation;

/// <summary>The plan a simulation ran on, as its JSON names it.</summary>
/// <param name="File">The file name as given (forward slashes), or the name the API gives a plan sent as a body.</param>
/// <param name="Ally">The plan's ally, ISO3.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="Basis">What the plan gives its years in.</param>
public sealed record SimulatedPlan(string File, string Ally, string Title, string Basis);

/// <summary>A finished simulation with what it ran on, shaped the same for <c>natospend simulate</c> and <c>POST /api/v1/simulate</c>.</summary>
/// <param name="Result">The quantiles and probabilities.</param>
/// <param name="Model">The parameters the draws used.</param>
/// <param name="Rules">The rule set.</param>
/// <param name="Label">What was simulated, in words (a path and what it holds fixed, or a plan).</param>
/// <param name="Shape">The path shape's name, or <c>null</c> for a plan.</param>
/// <param name="Basis">What a path holds fixed, or <c>null</c> for a plan.</param>
/// <param name="Plan">The plan, or <c>null</c> for a path.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Edition">The NATO edition.</param>
/// <param name="NotSimulated">One line per ally left out, with the reason.</param>
/// <param name="ProjectionAssumptions">The GDP projection's assumption lines.</param>
public sealed record SimulationReport(SimulationResult Result, SimulationParameters Model, RuleSet Rules, string Label, string? Shape, SpendingBasis? Basis,
    SimulatedPlan? Plan, int BaseYear, int Deadline, Edition Edition, IReadOnlyList<string> NotSimulated, IReadOnlyList<string> ProjectionAssumptions)
{
    /// <summary>What is held fixed and what that means for the odds: the first line of every simulate output.</summary>
    public string HeldFixed => Plan is not null
        ? $"Held fixed: each year of the plan '{Plan.Title}' as it gives it; a year given as money carries the uncertainty of GDP into its share, a year given as a share does not, so the odds speak to the plan's money years."
        : (Basis ?? SpendingBasis.Money) switch
        {
            SpendingBasis.Share => $"Held fixed: the share of GDP each year of the {Shape} path, so the share reaches its target in every draw by construction; the odds of reaching it say nothing, and the spread is in the money it takes.",
            SpendingBasis.Real => $"Held fixed: spending in real terms on the {Shape} path, set on the central outlook; the share moves with drawn real GDP, so the odds say how likely real growth leaves the share at the target.",
            _ => $"Held fixed: each year's spending in national currency on the {Shape} path, set on the central outlook, so the central outlook lands on the target and the odds of reaching it are near even by construction; budget_for_odds gives the deadline-year budget that reaches the target with 50%, 75%, 90% and 95% probability.",
        };

    /// <summary>The simulation's labels followed by the projection's assumptions.</summary>
    public IReadOnlyList<string> Assumptions =>
    [
        HeldFixed,
        string.Create(CultureInfo.InvariantCulture, $"Simulation: {Result.Draws:N0} draws, seed {Result.Seed}, {MethodName(Result.Method)} correlation; rules {Rules.Id}; {Label}; NATO edition {Edition.Id} base {Result.BaseYear}."),
        "Every simulated figure is derived by NatoSpend (docs/simulation.md), never a published one; probabilities compare shares rounded to 2 decimals, as NATO prints them.",
        QuantileNote(Result),
        .. ProjectionAssumptions,
    ];

    /// <summary>The answer of <c>natospend simulate --format json</c> and <c>POST /api/v1/simulate</c>.</summary>
    /// <param name="explain">Whether to add the model's explanation lines.</param>
    public SimulationAnswer ToAnswer(bool explain) => new(
        HeldFixed,
        Result.Seed.ToString(CultureInfo.InvariantCulture),
        Result.Draws,
        RulesAnswer.Of(Rules),
        Plan is null ? Shape : null,
        Plan is null ? ScenarioLabels.BasisName(Basis ?? SpendingBasis.Money) : "as the plan gives each year",
        Plan,
        BaseYear,
        Deadline,
        Edition.Id,
        SimulationParametersAnswer.Of(Model),
        [.. Result.Allies.Select(SimulatedAllyAnswer.Of)],
        SimulatedAllianceAnswer.Of(Result.Alliance),
        NotSimulated,
        new SimulationLabels(
            "derived: every figure is a NatoSpend simulation around a derived projection, not a published figure",
            Edition.DefinitionLabel,
            "current prices; spending in million national currency and million USD",
            QuantileNote(Result),
            Assumptions),
        explain ? [.. ExplainLines(Model)] : null);

    /// <summary>One row per ally and year with the quantiles of share, spending and USD spending (CSV, XLSX).</summary>
    public ReportTable YearTable()
    {
        var columns = new List<ReportColumn>
        {
            new("ally", "Ally", null, Provenance.Label),
            new("year", "Year", null, Provenance.Label, 0),
            new("fixed", "Fixed", null, Provenance.Label),
        };
        foreach (var (key, title, unit, digits) in new[] { ("share", "Share %", "% of GDP (core)", 3), ("spending_m", "Spending m", "million national currency, current prices", 0), ("spending_usd_m", "USD m", "million USD, current prices", 0) })
        {
            foreach (var level in new[] { "p5", "p25", "p50", "p75", "p95", "baseline" })
            {
                columns.Add(new ReportColumn($"{key}_{level}", $"{title} {level}", unit, Provenance.Derived, digits));
            }
        }
        columns.Add(new ReportColumn("currency", "Cur.", null, Provenance.Label));
        columns.Add(new ReportColumn("p_reaches_target", "P(≥ target)", null, Provenance.Derived, 4));
        columns.Add(new ReportColumn("p_passes_every_check", "P(every check)", null, Provenance.Derived, 4));
        columns.Add(new ReportColumn("p_credible", "P(credible)", null, Provenance.Derived, 4));
        columns.Add(new ReportColumn("rules", "Rules", null, Provenance.Label));
        columns.Add(new ReportColumn("path", "Path", null, Provenance.Label));
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var a in Result.Allies)
        {
            foreach (var y in a.Years)
            {
                var row = new List<object?> { a.Ally.Code.Value, y.Year, ScenarioLabels.BasisName(y.Basis) };
                foreach (var (q, scale, digits) in new[] { (y.Share, 1.0, 4), (y.Spending, 1e-6, 1), (y.SpendingUsd, 1e-6, 1) })
                {
                    row.AddRange([.. q.Values.Select(v => (object?)Math.Round(v * scale, digits)), Math.Round(q.Baseline * scale, digits)]);
                }
                row.AddRange([a.Ally.Currency.Code, a.ReachesTargetOrNull, a.PassesEveryCheckOrNull, a.CredibleOrNull, Rules.Id, Label]);
                rows.Add(row);
            }
        }
        return new ReportTable(columns, rows, []);
    }

    /// <summary>The odds in the deadline year, one row per ally, with the alliance, the budgets for given odds and the US share as notes (the table of <c>natospend simulate</c>).</summary>
    public ReportTable OddsTable()
    {
        var columns = new ReportColumn[]
        {
            new("ally", "Ally", null, Provenance.Label),
            new("target", "Target %", null, Provenance.Label),
            new("p_reach", "P(≥ target)", null, Provenance.Derived, 3),
            new("p_every", "P(every check)", null, Provenance.Derived, 3),
            new("p_credible", "P(credible)", null, Provenance.Derived, 3),
            new("share_p5", "Share p5", null, Provenance.Derived, 2),
            new("share_p50", "Share p50", null, Provenance.Derived, 2),
            new("share_p95", "Share p95", null, Provenance.Derived, 2),
            new("usd_p5", "USD bn p5", null, Provenance.Derived, 1),
            new("usd_p50", "USD bn p50", null, Provenance.Derived, 1),
            new("usd_p95", "USD bn p95", null, Provenance.Derived, 1),
        };
        var rows = Result.Allies.Select(a =>
        {
            var y = a.Years[^1];
            return (IReadOnlyList<object?>)[a.Ally.Code.Value, a.Target, a.ReachesTargetOrNull, a.PassesEveryCheckOrNull, a.CredibleOrNull,
                y.Share.P5, y.Share.P50, y.Share.P95, y.SpendingUsd.P5 / 1e9, y.SpendingUsd.P50 / 1e9, y.SpendingUsd.P95 / 1e9];
        }).ToArray();
        var alliance = Result.Alliance;
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Alliance {alliance.Year} ({alliance.Allies} allies): total USD bn p5 {alliance.TotalUsd.P5 / 1e9:0.0}, p25 {alliance.TotalUsd.P25 / 1e9:0.0}, p50 {alliance.TotalUsd.P50 / 1e9:0.0}, p75 {alliance.TotalUsd.P75 / 1e9:0.0}, p95 {alliance.TotalUsd.P95 / 1e9:0.0} (baseline {alliance.TotalUsd.Baseline / 1e9:0.0})."),
        };
        foreach (var a in Result.Allies.Where(a => a.BudgetForOdds is not null))
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{a.Ally.Name}: the {Result.Deadline} budget that reaches {a.Target:0.00}% with ")
                + string.Join(", ", a.BudgetForOdds!.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Odds:0%} odds is {a.Ally.Currency.Code} {b.National / 1e6:#,0} m (USD {b.Usd / 1e6:#,0} m)")))
                + " (USD at the deadline year's central projected rate; derived).");
        }
        if (alliance.UsSharePct is { } us)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"US share of the total, %: p5 {us.P5:0.00}, p25 {us.P25:0.00}, p50 {us.P50:0.00}, p75 {us.P75:0.00}, p95 {us.P95:0.00} (baseline {us.Baseline:0.00})."));
        }
        return new ReportTable(columns, rows, notes);
    }

    /// <summary>The title of <see cref="OddsTable"/>.</summary>
    public string OddsTitle => string.Create(CultureInfo.InvariantCulture,
        $"Odds in {Result.Deadline}: {Label} from {BaseYear} (NATO edition {Edition.Id}), rules {Rules.Id}; {Result.Draws:N0} draws, seed {Result.Seed}");

    /// <summary>The model's parameters, one row per series, with the model and correlation lines as notes (<c>--explain</c>).</summary>
    public ReportTable ParametersTable()
    {
        var columns = new ReportColumn[]
        {
            new("id", "Series", null, Provenance.Label),
            new("phi", "φ (persistence)", null, Provenance.Derived, 3),
            new("sigma", "σ (pp a year)", null, Provenance.Derived, 2),
            new("drift", "Drift (pp)", null, Provenance.Label, 2),
            new("mean", "Hist. mean (% a year)", null, Provenance.Derived, 2),
            new("n", "Obs.", null, Provenance.Label, 0),
        };
        var rows = Model.Series.Select(s => (IReadOnlyList<object?>)[s.Id, s.Persistence, s.Volatility * 100, s.Drift * 100, s.HistoricalMean * 100, s.Observations]).ToArray();
        return new ReportTable(columns, rows, [.. ExplainLines(Model).Take(2 + Model.Notes.Count)]);
    }

    /// <summary>How the quantiles are computed, in one sentence.</summary>
    public static string QuantileNote(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(CultureInfo.InvariantCulture,
            $"Quantiles come from histograms of {result.HistogramBins} bins over a pilot's mean ± 8 standard deviations of each log factor, values spread evenly within a bin; the binning error is below the sampling error at 100,000 draws.");
    }

    /// <summary>The correlation method in words.</summary>
    public static string MethodName(CorrelationMethod method) => method switch
    {
        CorrelationMethod.Full => "full (Cholesky)",
        CorrelationMethod.Independent => "no",
        _ => "factor-model",
    };

    /// <summary>The model's equations, correlation, notes and one line per series, for <c>--explain</c>.</summary>
    public static IEnumerable<string> ExplainLines(SimulationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Lines(parameters);

        static IEnumerable<string> Lines(SimulationParameters p)
        {
            yield return "Model (docs/simulation.md): log real growth and log deflator inflation = baseline + d, d(t) = φ·d(t−1) + σ·x(t), d(base) = 0; log USD rate = the projection's rate + Σ(drift + σ·x); x standard normal, correlated across every series.";
            yield return string.Create(CultureInfo.InvariantCulture, $"Correlation: {MethodName(p.Method)}; {p.Factors} factor(s); shrinkage λ = {p.Shrinkage:0.000}.");
            foreach (var note in p.Notes)
            {
                yield return note;
            }
            foreach (var s in p.Series)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{s.Id}: φ {s.Persistence:0.000}, σ {s.Volatility * 100:0.00} pp, drift {s.Drift * 100:0.00} pp, historical mean {s.HistoricalMean * 100:0.00}% a year, {s.Observations} observations.");
            }
        }
    }
}
