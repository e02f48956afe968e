using System.Globalization;
using NatoSpend.Domain.Alliance;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Simulation;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting.Alliance;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Simulation;
using NatoSpend.Reporting.Status;
using ScottPlot;

namespace NatoSpend.Export.Charts;

/// <summary>A chart ready to save: the plot and the size it is drawn at by default.</summary>
/// <param name="Plot">The ScottPlot plot.</param>
/// <param name="Width">The default width in pixels.</param>
/// <param name="Height">The default height in pixels.</param>
public sealed record Chart(Plot Plot, int Width, int Height);

/// <summary>The charts NatoSpend draws: ranked shares, an ally's history with its paths and plans, the alliance's totals.</summary>
/// <remarks>Every chart has a title, axis labels with units, the source line under it, and draws estimates and derived figures differently from outturns.</remarks>
public static class ChartBook
{
    private const string DerivedNote = "Paths and projections are calculated by NatoSpend (derived), not NATO figures.";

    /// <summary>Ranked shares of GDP in a year, with lines at 2%, 3.5%, 5% and the report's target; estimates hatched.</summary>
    public static Chart Status(StatusReport report, int width = 1000, int height = 0)
    {
        ArgumentNullException.ThrowIfNull(report);
        height = height > 0 ? height : Math.Max(420, 140 + 22 * report.Rows.Count);
        var estimate = report.Rows.Any(r => r.Estimate) ? "e" : "";
        var plot = ChartStyle.NewPlot(Invariant($"Defence spending as a share of GDP, {report.Year}{estimate}: {report.Rows.Count} allies ranked"));
        var rows = report.Rows.OrderByDescending(r => r.Share.Percent).ThenBy(r => r.Ally.Name, StringComparer.Ordinal).ToArray();
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            bars.Add(new Bar
            {
                Position = rows.Length - i,
                Value = (double)r.Share.Percent,
                FillColor = r.Estimate ? ChartStyle.SkyBlue : ChartStyle.Blue,
                FillHatch = r.Estimate ? new ScottPlot.Hatches.Striped() : null,
                FillHatchColor = ChartStyle.Blue,
                LineColor = ChartStyle.Blue,
                LineWidth = 1,
                Label = r.Share.Percent.ToString("0.00", CultureInfo.InvariantCulture),
                Orientation = Orientation.Horizontal,
            });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 10;
        barPlot.ValueLabelStyle.FontName = ChartStyle.FontName;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, rows.Length).Select(i => (double)(rows.Length - i))], [.. rows.Select(r => r.Ally.Name)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontName = ChartStyle.FontName;
        ChartStyle.PercentTicks(plot.Axes.Bottom);
        plot.XLabel("Share of GDP, % (NATO: share of real GDP at 2021 prices, as published)", 13);
        var max = Math.Max(5.5, (double)rows.Max(r => r.Share.Percent) + 0.6);
        plot.Axes.SetLimits(0, max, 0.4, rows.Length + 0.6);
        ChartStyle.ThresholdLines(plot, [.. StatusReport.StandardThresholds.Select(t => t.Percent), report.Target.Percent], vertical: true);
        // Room above the bars for the threshold labels, below the title.
        plot.Axes.Top.MinimumSize = 26;
        var legend = new List<LegendItem>();
        if (rows.Any(r => !r.Estimate))
        {
            legend.Add(new LegendItem { LabelText = "Share of GDP, published outturn", FillColor = ChartStyle.Blue, OutlineColor = ChartStyle.Blue });
        }
        if (rows.Any(r => r.Estimate))
        {
            legend.Add(new LegendItem { LabelText = "Share of GDP, NATO estimate (hatched)", FillColor = ChartStyle.SkyBlue, FillHatch = new ScottPlot.Hatches.Striped(), FillHatchColor = ChartStyle.Blue, OutlineColor = ChartStyle.Blue });
        }
        plot.ShowLegend(legend, Alignment.LowerRight);
        ChartStyle.SourceLine(plot, [report.Edition.SourceLine, "Lines at 2%, 3.5% and 5% of GDP; shares rounded to 2 decimals as NATO prints them."], width);
        return new Chart(plot, width, height);
    }

    /// <summary>An ally's share of GDP as published, with required paths to the target and any plans, against 2%, 3.5% and 5%.</summary>
    /// <param name="data">The edition.</param>
    /// <param name="ally">The ally.</param>
    /// <param name="paths">Required paths for the ally (any shapes), or none.</param>
    /// <param name="plans">Checked plans for the ally, or none.</param>
    /// <param name="width">The default width.</param>
    /// <param name="height">The default height.</param>
    public static Chart Ally(EditionData data, Ally ally, IReadOnlyList<RequiredPath> paths, IReadOnlyList<PlanCheck> plans, int width = 1000, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(plans);
        var last = paths.Select(p => p.Deadline).Concat(plans.Select(p => p.Plan.LastYear)).DefaultIfEmpty(data.LastYear).Max();
        var what = (paths.Count, plans.Count) switch
        {
            (0, 0) => "as published",
            (_, 0) => "as published, and paths to the target",
            (0, _) => "as published, and its plan",
            _ => "as published, paths to the target and its plan",
        };
        var plot = ChartStyle.NewPlot(Invariant($"{ally.Name}: defence spending as a share of GDP, {data.FirstYear}–{last}, {what}"));
        var history = data.Years.Where(y => data.Share(ally.Code, y) is not null).Select(y => (Year: y, Share: (double)data.Share(ally.Code, y)!.Value.Percent, Estimate: data.EstimateYears.Contains(y))).ToArray();
        var outturn = history.Where(h => !h.Estimate).ToArray();
        var estimates = history.Where(h => h.Estimate).ToArray();
        if (outturn.Length > 0)
        {
            var s = plot.Add.Scatter(outturn.Select(h => (double)h.Year).ToArray(), outturn.Select(h => h.Share).ToArray(), ChartStyle.Black);
            s.LineWidth = 2.5f;
            s.MarkerShape = MarkerShape.FilledCircle;
            s.MarkerSize = 7;
            s.LegendText = Invariant($"NATO, edition {data.Edition.Id}: outturn");
        }
        if (estimates.Length > 0)
        {
            // The estimate segment starts at the last outturn so that the line is unbroken, dashed with open markers.
            var joined = outturn.Length > 0 ? [outturn[^1], .. estimates] : estimates;
            var e = plot.Add.Scatter(joined.Select(h => (double)h.Year).ToArray(), joined.Select(h => h.Share).ToArray(), ChartStyle.Black);
            e.LineWidth = 2.5f;
            e.LinePattern = LinePattern.Dashed;
            e.MarkerShape = MarkerShape.OpenCircle;
            e.MarkerSize = 8;
            e.LegendText = Invariant($"NATO, edition {data.Edition.Id}: estimate");
        }
        var i = 0;
        foreach (var path in paths)
        {
            var (color, pattern, marker) = ChartStyle.Series[i++ % ChartStyle.Series.Count];
            var p = plot.Add.Scatter(path.Rows.Select(r => (double)r.Year).ToArray(), path.Rows.Select(r => (double)r.Share.Percent).ToArray(), color);
            p.LineWidth = 2;
            p.LinePattern = pattern;
            p.MarkerShape = marker;
            p.MarkerSize = 5;
            p.LegendText = Invariant($"Required path, {PathShapes.Name(path.Shape)}: {path.Target.Percent:0.0#}% by {path.Deadline} (derived)");
        }
        foreach (var check in plans)
        {
            var years = check.Years.Where(y => y.CoreShare is not null).ToArray();
            if (years.Length == 0)
            {
                continue;
            }
            var plan = plot.Add.Scatter(years.Select(y => (double)y.Year).ToArray(), years.Select(y => (double)y.CoreShare!.Value).ToArray(), ChartStyle.Vermillion);
            plan.LineWidth = 2;
            plan.LinePattern = LinePattern.DenselyDashed;
            plan.MarkerShape = MarkerShape.OpenDiamond;
            plan.MarkerSize = 9;
            plan.LegendText = Invariant($"Plan: {Shorten(check.Plan.Title, 60)} ({check.Verdict.Label} under {check.Rules.Id})");
        }
        var top = Math.Max(5.6, history.Select(h => h.Share).Concat(paths.SelectMany(p => p.Rows.Select(r => (double)r.Share.Percent))).DefaultIfEmpty(0).Max() + 0.5);
        plot.Axes.SetLimits(data.FirstYear - 0.5, last + 0.5, 0, top);
        ChartStyle.ThresholdLines(plot, StatusReport.StandardThresholds.Select(t => t.Percent), vertical: false);
        ChartStyle.YearTicks(plot);
        ChartStyle.PercentTicks(plot.Axes.Left);
        plot.XLabel("Year (NATO reporting year)", 13);
        plot.YLabel("Share of GDP, %", 13);
        plot.ShowLegend(Alignment.UpperLeft); // histories start low and rise: the upper left is the emptiest corner
        var notes = new List<string> { data.Edition.SourceLine };
        if (paths.Count > 0)
        {
            notes.Add(DerivedNote);
        }
        notes.AddRange(plans.Select(p => Invariant($"Plan: {p.Plan.Title}; basis {p.Plan.BasisLabel}; verdict by NatoSpend's checks, not NATO's.")));
        ChartStyle.SourceLine(plot, notes, width);
        return new Chart(plot, width, height);
    }

    /// <summary>A fan of one ally's simulated share of GDP per year: the p5–p95 and p25–p75 bands, the median, the deterministic path and the target.</summary>
    /// <param name="report">A simulation of exactly one ally.</param>
    /// <param name="width">The default width.</param>
    /// <param name="height">The default height.</param>
    /// <remarks>One hue at three lightnesses and a black dashed target, so that the bands still read when printed in grey.</remarks>
    /// <exception cref="ArgumentException">The simulation covers more than one ally.</exception>
    public static Chart SimulationFan(SimulationReport report, int width = 1000, int height = 600)
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
        var plot = ChartStyle.NewPlot(Invariant($"{ally.Ally.Name}: simulated share of GDP, {years[0].Year}–{years[^1].Year}, {report.Label}"));
        var outer = plot.Add.FillY(xs, Level(q => q.P5), Level(q => q.P95));
        outer.FillColor = Color.FromHex("#C6DBEF");
        outer.LineWidth = 0;
        outer.LegendText = "5th to 95th percentile";
        var inner = plot.Add.FillY(xs, Level(q => q.P25), Level(q => q.P75));
        inner.FillColor = Color.FromHex("#6BAED6");
        inner.LineWidth = 0;
        inner.LegendText = "25th to 75th percentile";
        var median = plot.Add.Scatter(xs, Level(q => q.P50), Color.FromHex("#08306B"));
        median.LineWidth = 2.5f;
        median.MarkerShape = MarkerShape.FilledCircle;
        median.MarkerSize = 5;
        median.LegendText = "Median (50th percentile)";
        var baseline = plot.Add.Scatter(xs, Level(q => q.Baseline), ChartStyle.Black);
        baseline.LineWidth = 1.5f;
        baseline.LinePattern = LinePattern.Dotted;
        baseline.MarkerSize = 0;
        baseline.LegendText = "Path at the WEO's GDP outlook (no shocks)";
        var target = plot.Add.HorizontalLine(ally.Target, 2f, ChartStyle.Black, LinePattern.Dashed);
        target.LegendText = Invariant($"Target: {ally.Target:0.0#}% of GDP by {report.Deadline}");
        var top = Math.Max(ally.Target, years.Max(y => y.Share.P95));
        var bottom = Math.Min(ally.Target, years.Min(y => y.Share.P5));
        var margin = Math.Max(0.2, (top - bottom) * 0.1);
        plot.Axes.SetLimits(xs[0] - 0.5, xs[^1] + 0.5, Math.Max(0, bottom - margin), top + margin);
        ChartStyle.YearTicks(plot);
        ChartStyle.PercentTicks(plot.Axes.Left);
        plot.XLabel("Year", 13);
        plot.YLabel("Share of GDP, % (core defence expenditure)", 13);
        plot.ShowLegend(Alignment.UpperLeft);
        ChartStyle.SourceLine(plot,
        [
            report.Edition.SourceLine + " GDP outlook: IMF World Economic Outlook.",
            Invariant($"Model: {report.Result.Draws:N0} draws, seed {report.Result.Seed}, AR(1) shocks to real growth, inflation and exchange rates, {SimulationReport.MethodName(report.Result.Method)} correlation, calibrated on the IMF WEO history (docs/simulation.md); rules {report.Rules.Id}. {(ally.NotAssessable is { } why ? "P(reaching the target) " + why : Invariant($"P(reaching the target) {ally.ReachesTarget:0.00}, P(every check) {ally.PassesEveryCheck:0.00}."))}"),
            "Every simulated figure is derived by NatoSpend, not a NATO figure.",
        ], width);
        return new Chart(plot, width, height);
    }

    /// <summary>The alliance's spending at 2021 prices: NATO's published totals, then every ally on its path to the deadline.</summary>
    public static Chart Alliance(EditionData data, AllianceView view, int width = 1000, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(view);
        var plot = ChartStyle.NewPlot(Invariant($"NATO defence spending, USD billion at 2021 prices: published to {view.BaseYear}, {PathShapes.Name(view.Shape)} paths to {view.Deadline}"));
        var usa = AllyCode.From("USA");
        (string Name, Func<int, decimal?> Published, Func<AllianceYear, decimal> Projected, Color Color, MarkerShape Marker)[] series =
        [
            ("NATO total", y => data.Find(Aggregates.NatoTotal, Metric.DefenceUsdConst2021, y)?.Value, a => a.TotalUsd2021.Millions, ChartStyle.Black, MarkerShape.FilledCircle),
            ("Europe and Canada", y => data.Find(Aggregates.EuropeCanada, Metric.DefenceUsdConst2021, y)?.Value, a => a.EuropeCanadaUsd2021.Millions, ChartStyle.Blue, MarkerShape.FilledSquare),
            ("United States", y => data.Value(usa, Metric.DefenceUsdConst2021, y), a => a.UnitedStatesUsd2021.Millions, ChartStyle.Orange, MarkerShape.FilledTriangleUp),
        ];
        foreach (var (name, published, projected, color, marker) in series)
        {
            var points = data.Years.Where(y => y <= view.BaseYear).Select(y => (Year: y, Value: published(y), Estimate: data.EstimateYears.Contains(y)))
                .Where(p => p.Value is not null).Select(p => (p.Year, Value: (double)p.Value!.Value / 1000d, p.Estimate)).ToArray();
            var outturn = points.Where(p => !p.Estimate).ToArray();
            if (outturn.Length > 0)
            {
                var s = plot.Add.Scatter(outturn.Select(p => (double)p.Year).ToArray(), outturn.Select(p => p.Value).ToArray(), color);
                s.LineWidth = 2.5f;
                s.MarkerShape = marker;
                s.MarkerSize = 6;
                s.LegendText = name + ": published outturn";
            }
            var estimate = points.Where(p => p.Estimate).ToArray();
            if (estimate.Length > 0)
            {
                var joined = outturn.Length > 0 ? [outturn[^1], .. estimate] : estimate;
                var e = plot.Add.Scatter(joined.Select(p => (double)p.Year).ToArray(), joined.Select(p => p.Value).ToArray(), color);
                e.LineWidth = 2.5f;
                e.LinePattern = LinePattern.Dashed;
                e.MarkerShape = OpenMarker(marker);
                e.MarkerSize = 7;
                e.LegendText = name + ": NATO estimate";
            }
            var years = view.Years.Where(y => y.Year >= view.BaseYear).ToArray();
            var path = plot.Add.Scatter(years.Select(y => (double)y.Year).ToArray(), years.Select(y => (double)projected(y) / 1000d).ToArray(), color);
            path.LineWidth = 2;
            path.LinePattern = LinePattern.Dotted;
            path.MarkerShape = MarkerShape.None;
            path.LegendText = name + ": on the paths (derived)";
        }
        ChartStyle.YearTicks(plot);
        ChartStyle.MoneyTicks(plot.Axes.Left);
        plot.XLabel("Year", 13);
        plot.YLabel("USD billion, constant 2021 prices and exchange rates", 13);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(0, plot.Axes.GetLimits().Top * 1.05);
        plot.ShowLegend(Alignment.UpperLeft);
        var last = view.Years[^1];
        ChartStyle.SourceLine(plot,
        [
            data.Edition.SourceLine,
            Invariant($"{DerivedNote} In {last.Year} the United States would be {last.UsSharePct:0.0}% of the allies' total in current USD and {last.UsSharePct2021:0.0}% at 2021 prices."),
        ], width);
        return new Chart(plot, width, height);
    }

    private static MarkerShape OpenMarker(MarkerShape shape) => shape switch
    {
        MarkerShape.FilledCircle => MarkerShape.OpenCircle,
        MarkerShape.FilledSquare => MarkerShape.OpenSquare,
        MarkerShape.FilledTriangleUp => MarkerShape.OpenTriangleUp,
        MarkerShape.FilledDiamond => MarkerShape.OpenDiamond,
        _ => shape,
    };

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
