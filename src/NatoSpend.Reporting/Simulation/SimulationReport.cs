using System.Globalization;
using System.Text.Json.Nodes;
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

    /// <summary>The JSON of <c>natospend simulate --format json</c>.</summary>
    /// <param name="explain">Whether to add the model's explanation lines.</param>
    public JsonObject ToJson(bool explain)
    {
        var json = new JsonObject
        {
            ["held_fixed"] = HeldFixed,
            ["seed"] = Result.Seed.ToString(CultureInfo.InvariantCulture),
            ["draws"] = Result.Draws,
            ["rules"] = RuleSetJson.Build(Rules),
            ["shape"] = Plan is null ? Shape : null,
            ["fixed"] = Plan is null ? ScenarioLabels.BasisName(Basis ?? SpendingBasis.Money) : "as the plan gives each year",
            ["plan"] = Plan is null ? null : new JsonObject { ["file"] = Plan.File, ["ally"] = Plan.Ally, ["title"] = Plan.Title, ["basis"] = Plan.Basis },
            ["base_year"] = BaseYear,
            ["deadline"] = Deadline,
            ["edition"] = Edition.Id,
            ["parameters"] = ParametersAsJson(Model),
            ["allies"] = new JsonArray([.. Result.Allies.Select(a => (JsonNode)AllyAsJson(a))]),
            ["alliance"] = AllianceAsJson(Result.Alliance),
            ["not_simulated"] = ReportJson.Lines(NotSimulated),
            ["labels"] = new JsonObject
            {
                ["provenance"] = "derived: every figure is a NatoSpend simulation around a derived projection, not a published figure",
                ["definition"] = Edition.DefinitionLabel,
                ["prices"] = "current prices; spending in million national currency and million USD",
                ["quantiles"] = QuantileNote(Result),
                ["assumptions"] = ReportJson.Lines(Assumptions),
            },
        };
        if (explain)
        {
            json["explain"] = ReportJson.Lines(ExplainLines(Model));
        }
        return json;
    }

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

    private static JsonObject Q(Quantiles q, double scale = 1.0, int digits = 4) => new()
    {
        ["p5"] = Math.Round(q.P5 * scale, digits),
        ["p25"] = Math.Round(q.P25 * scale, digits),
        ["p50"] = Math.Round(q.P50 * scale, digits),
        ["p75"] = Math.Round(q.P75 * scale, digits),
        ["p95"] = Math.Round(q.P95 * scale, digits),
        ["baseline"] = Math.Round(q.Baseline * scale, digits),
    };

    private static JsonObject AllyAsJson(AllyOutcome a) => new()
    {
        ["ally"] = a.Ally.Code.Value,
        ["name"] = a.Ally.Name,
        ["currency"] = a.Ally.Currency.Code,
        ["path"] = a.Label,
        ["target"] = a.Target,
        ["p_reaches_target"] = a.ReachesTargetOrNull,
        ["p_passes_every_check"] = a.PassesEveryCheckOrNull,
        ["p_credible"] = a.CredibleOrNull,
        ["not_assessable"] = a.NotAssessable,
        ["interpolated_years"] = a.InterpolatedYears is { } iy ? new JsonArray([.. iy.Select(y => (JsonNode)JsonValue.Create(y))]) : null,
        ["p_checks"] = new JsonObject(a.CheckPasses.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
        ["budget_for_odds"] = a.BudgetForOdds is { } budgets
            ? new JsonArray([.. budgets.Select(b => (JsonNode)new JsonObject
            {
                ["odds"] = b.Odds,
                ["natcur_m"] = Math.Round(b.National * 1e-6, 1),
                ["usd_m"] = Math.Round(b.Usd * 1e-6, 1),
            })])
            : null,
        ["years"] = new JsonArray([.. a.Years.Select(y => (JsonNode)new JsonObject
        {
            ["year"] = y.Year,
            ["fixed"] = ScenarioLabels.BasisName(y.Basis),
            ["share_pct"] = Q(y.Share),
            ["spending_m"] = Q(y.Spending, 1e-6, 1),
            ["spending_usd_m"] = Q(y.SpendingUsd, 1e-6, 1),
        })]),
    };

    private static JsonObject AllianceAsJson(AllianceOutcome a) => new()
    {
        ["year"] = a.Year,
        ["allies"] = a.Allies,
        ["total_usd_m"] = Q(a.TotalUsd, 1e-6, 1),
        ["us_share_pct"] = a.UsSharePct is { } us ? Q(us) : null,
    };

    private static JsonObject ParametersAsJson(SimulationParameters p) => new()
    {
        ["method"] = p.Method switch { CorrelationMethod.Full => "full", CorrelationMethod.Independent => "independent", _ => "factor" },
        ["factors"] = p.Factors,
        ["shrinkage"] = Math.Round(p.Shrinkage, 4),
        ["window"] = p.Window is { } w ? string.Create(CultureInfo.InvariantCulture, $"{w.FirstYear}-{w.LastYear}") : null,
        ["fit_rmse"] = new JsonObject
        {
            ["full"] = p.FullFit is { } f ? Math.Round(f.SampleRmse, 4) : null,
            ["factor"] = p.FactorFit is { } g ? Math.Round(g.SampleRmse, 4) : null,
        },
        ["series"] = new JsonArray([.. p.Series.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = s.Id,
            ["persistence"] = Math.Round(s.Persistence, 4),
            ["volatility"] = Math.Round(s.Volatility, 5),
            ["drift"] = s.Drift,
            ["historical_mean"] = Math.Round(s.HistoricalMean, 5),
            ["observations"] = s.Observations,
        })]),
        ["notes"] = ReportJson.Lines(p.Notes),
    };
}
