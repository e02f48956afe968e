using NatoSpend.Domain.Alliance;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Alliance;
using NatoSpend.Reporting.Simulation;
using ScottPlot;

namespace NatoSpend.Export.Charts;

/// <summary>The charts of projections: a simulation's fan and the alliance on its paths.</summary>
public static partial class ChartBook
{
    /// <summary>A fan of one ally's simulated share of GDP per year: the p5–p95 and p25–p75 bands, the median, the deterministic path and the target.</summary>
    /// <param name="report">A simulation of exactly one ally.</param>
    /// <param name="width">The default width.</param>
    /// <param name="height">The default height.</param>
    /// <remarks>One hue at three lightnesses and a black dashed target, so that the bands still read when printed in grey.</remarks>
    /// <exception cref="ArgumentException">The simulation covers more than one ally.</exception>
    public static Chart SimulationFan(SimulationReport report, int width = 1000, int height = 620)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Result.Allies.Count != 1)
        {
            throw new ArgumentException(Invariant($"A fan chart draws one ally, but the simulation has {report.Result.Allies.Count}; simulate one ally or a plan."), nameof(report));
        }
        var ally = report.Result.Allies[0];
        var years = ally.Years;
        var xs = years.Select(y => (double)y.Year).ToArray();
        double[] Level(Func<Quantiles, double> pick) => [.. years.Select(y => pick(y.Share))];
        var plot = ChartStyle.NewPlot(
            Invariant($"{ally.Ally.Name}: simulated share of GDP, {years[0].Year}–{years[^1].Year}"),
            Invariant($"{report.Label}. Bands hold 90% and 50% of {report.Result.Draws:N0} simulated futures; every figure is derived by NatoSpend."),
            width);
        var outer = plot.Add.FillY(xs, Level(q => q.P5), Level(q => q.P95));
        outer.FillColor = Color.FromHex("#C6DBEF");
        outer.LineWidth = 0;
        var inner = plot.Add.FillY(xs, Level(q => q.P25), Level(q => q.P75));
        inner.FillColor = Color.FromHex("#6BAED6");
        inner.LineWidth = 0;
        var medianColor = Color.FromHex("#08306B");
        var median = plot.Add.Scatter(xs, Level(q => q.P50), medianColor);
        median.LineWidth = 3f;
        median.MarkerShape = MarkerShape.FilledCircle;
        median.MarkerSize = 5;
        var baseline = plot.Add.Scatter(xs, Level(q => q.Baseline), ChartStyle.Black);
        baseline.LineWidth = 1.5f;
        baseline.LinePattern = LinePattern.Dotted;
        baseline.MarkerSize = 0;
        plot.Add.HorizontalLine(ally.Target, 2f, ChartStyle.Black, LinePattern.Dashed).ExcludeFromLegend = true;
        var end = years[^1].Share;
        ChartStyle.EndLabels(plot,
        [
            new EndLabel(xs[^1], end.P95, "95th percentile", Color.FromHex("#4A7FB5")),
            new EndLabel(xs[^1], end.P75, "75th", Color.FromHex("#2B6CA8")),
            new EndLabel(xs[^1], end.P50, "Median", medianColor),
            new EndLabel(xs[^1], end.P25, "25th", Color.FromHex("#2B6CA8")),
            new EndLabel(xs[^1], end.P5, "5th percentile", Color.FromHex("#4A7FB5")),
            new EndLabel(xs[^1], end.Baseline, "No shocks (WEO outlook)", ChartStyle.Black),
            new EndLabel(xs[^1], ally.Target, Invariant($"Target {ally.Target:0.0#}% by {report.Deadline}"), ChartStyle.Black),
        ], xs[^1]);
        var top = Math.Max(ally.Target, years.Max(y => y.Share.P95));
        var bottom = Math.Min(ally.Target, years.Min(y => y.Share.P5));
        var margin = Math.Max(0.2, (top - bottom) * 0.1);
        plot.Axes.SetLimits(xs[0] - 0.4, xs[^1] + 0.2, Math.Max(0, bottom - margin), top + margin);
        ChartStyle.YearTicks(plot);
        ChartStyle.PercentTicks(plot.Axes.Left);
        ChartStyle.OnlyHorizontalGrid(plot);
        plot.Axes.Left.Label.Text = "Share of GDP, % (core defence expenditure)";
        var odds = ally.NotAssessable is { } why
            ? "Chance of reaching the target: " + why
            : Invariant($"Chance of reaching the target {ally.ReachesTarget:P0}; of passing every check of {report.Rules.Id} in every year at once {ally.PassesEveryCheck:P0}.");
        ChartStyle.Footer(plot,
        [
            ChartStyle.Source(report.Edition) + " GDP outlook: IMF World Economic Outlook.",
            Invariant($"Model: {report.Result.Draws:N0} draws, seed {report.Result.Seed}, AR(1) shocks to real growth, inflation and exchange rates, {SimulationReport.MethodName(report.Result.Method)} correlation, calibrated on the IMF WEO history (docs/simulation.md). {odds}"),
        ], width);
        return new Chart(plot, width, height);
    }

    /// <summary>The alliance's spending at 2021 prices: NATO's published totals, then every ally on its path to the deadline.</summary>
    public static Chart Alliance(EditionData data, AllianceView view, int width = 1000, int height = 620)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(view);
        var plot = ChartStyle.NewPlot(
            "NATO allies' defence spending, USD billion at 2021 prices",
            Invariant($"NATO's figures to {view.BaseYear} (estimates dashed); then every ally on the {PathShapes.Name(view.Shape)} path to its target by {view.Deadline} (derived, shaded, dotted)."),
            width);
        var usa = AllyCode.From("USA");
        (string Name, Func<int, decimal?> Published, Func<AllianceYear, decimal> Projected, Color Color, MarkerShape Marker)[] series =
        [
            ("NATO total", y => data.Find(Aggregates.NatoTotal, Metric.DefenceUsdConst2021, y)?.Value, a => a.TotalUsd2021.Millions, ChartStyle.Black, MarkerShape.FilledCircle),
            ("Europe and Canada", y => data.Find(Aggregates.EuropeCanada, Metric.DefenceUsdConst2021, y)?.Value, a => a.EuropeCanadaUsd2021.Millions, ChartStyle.Blue, MarkerShape.FilledSquare),
            ("United States", y => data.Value(usa, Metric.DefenceUsdConst2021, y), a => a.UnitedStatesUsd2021.Millions, ChartStyle.Orange, MarkerShape.FilledTriangleUp),
        ];
        var labels = new List<EndLabel>();
        var lastYear = view.Years[^1].Year;
        // The shaded zone goes in first, under the lines; its height is the highest figure drawn.
        var highest = view.Years.Max(y => (double)y.TotalUsd2021.Millions / 1000d);
        highest = Math.Max(highest, data.Years.Select(y => data.Find(Aggregates.NatoTotal, Metric.DefenceUsdConst2021, y)?.Value).OfType<decimal>().Select(v => (double)v / 1000d).DefaultIfEmpty(0).Max());
        var top = highest * 1.08;
        ChartStyle.ProjectionZone(plot, view.BaseYear, lastYear + 0.3, top, "Derived by NatoSpend");
        foreach (var (name, published, projected, color, marker) in series)
        {
            var points = data.Years.Where(y => y <= view.BaseYear).Select(y => (Year: y, Value: published(y), Estimate: data.EstimateYears.Contains(y)))
                .Where(p => p.Value is not null).Select(p => (p.Year, Value: (double)p.Value!.Value / 1000d, p.Estimate)).ToArray();
            var outturn = points.Where(p => !p.Estimate).ToArray();
            if (outturn.Length > 0)
            {
                var s = plot.Add.Scatter(outturn.Select(p => (double)p.Year).ToArray(), outturn.Select(p => p.Value).ToArray(), color);
                s.LineWidth = 3f;
                s.MarkerShape = marker;
                s.MarkerSize = 6;
            }
            var estimate = points.Where(p => p.Estimate).ToArray();
            if (estimate.Length > 0)
            {
                var joined = outturn.Length > 0 ? [outturn[^1], .. estimate] : estimate;
                var e = plot.Add.Scatter(joined.Select(p => (double)p.Year).ToArray(), joined.Select(p => p.Value).ToArray(), color);
                e.LineWidth = 3f;
                e.LinePattern = LinePattern.Dashed;
                e.MarkerShape = OpenMarker(marker);
                e.MarkerSize = 7;
            }
            var years = view.Years.Where(y => y.Year >= view.BaseYear).ToArray();
            var path = plot.Add.Scatter(years.Select(y => (double)y.Year).ToArray(), years.Select(y => (double)projected(y) / 1000d).ToArray(), color);
            path.LineWidth = 2.5f;
            path.LinePattern = LinePattern.Dotted;
            path.MarkerShape = MarkerShape.None;
            labels.Add(new EndLabel(lastYear, (double)projected(view.Years[^1]) / 1000d, name, color));
        }
        ChartStyle.YearTicks(plot);
        ChartStyle.MoneyTicks(plot.Axes.Left);
        ChartStyle.OnlyHorizontalGrid(plot);
        plot.Axes.Left.Label.Text = "USD billion, 2021 prices and exchange rates";
        plot.Axes.SetLimits(data.FirstYear - 0.5, lastYear + 0.3, 0, top);
        ChartStyle.EndLabels(plot, labels, lastYear);
        var last = view.Years[^1];
        ChartStyle.Footer(plot,
        [
            ChartStyle.Source(data.Edition),
            Invariant($"{DerivedNote} In {last.Year} the United States would be {last.UsSharePct:0.0}% of the allies' total in current USD and {last.UsSharePct2021:0.0}% at 2021 prices."),
        ], width);
        return new Chart(plot, width, height);
    }
}
