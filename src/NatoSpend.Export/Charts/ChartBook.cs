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
/// <remarks>
/// Every chart has a title and a subtitle that says how to read it, direct labels at the ends of its lines instead of a legend,
/// a light grid, and a footer with the source and notes; estimates are dashed, and the years NatoSpend projects are shaded.
/// </remarks>
public static partial class ChartBook
{
    private const string DerivedNote = "Paths and projections are calculated by NatoSpend (derived), not NATO figures.";

    /// <summary>Ranked shares of GDP in a year, with lines at 2%, 3.5%, 5% and the report's target.</summary>
    /// <remarks>
    /// Bars at or above the target are dark and those below light (two lightnesses of one Okabe–Ito hue, so that they read in grey);
    /// estimates are hatched only when the year mixes estimates and outturns, since a pattern on every bar would encode nothing.
    /// </remarks>
    public static Chart Status(StatusReport report, int width = 1000, int height = 0)
    {
        ArgumentNullException.ThrowIfNull(report);
        height = height > 0 ? height : Math.Max(480, 230 + 25 * report.Rows.Count);
        var rows = report.Rows.OrderByDescending(r => r.Share.Percent).ThenBy(r => r.Ally.Name, StringComparer.Ordinal).ToArray();
        var estimates = rows.Count(r => r.Estimate);
        var mixed = estimates > 0 && estimates < rows.Length;
        var target = report.Target.Percent;
        var e = estimates > 0 ? "e" : "";
        var reading = (estimates, mixed) switch
        {
            (0, _) => "All figures are NATO's outturns.",
            (_, false) => Invariant($"All {report.Year} figures are NATO estimates (e)."),
            _ => "Hatched: NATO estimate.",
        };
        var plot = ChartStyle.NewPlot(
            Invariant($"Defence spending as a share of GDP, {report.Year}{e}"),
            Invariant($"{rows.Length} allies ranked; dark bars at or above {target:0.##}% of GDP, light bars below. {reading}"),
            width);
        // The lines go in first, so that the bars and their figures are drawn over them.
        ChartStyle.ThresholdLines(plot, [.. StatusReport.StandardThresholds.Select(t => t.Percent), target], vertical: true, labelAt: rows.Length + 0.55);
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var above = r.Share.Percent >= target;
            bars.Add(new Bar
            {
                Position = rows.Length - i,
                Value = (double)r.Share.Percent,
                FillColor = above ? ChartStyle.Blue : ChartStyle.SkyBlue,
                FillHatch = mixed && r.Estimate ? new ScottPlot.Hatches.Striped() : null,
                FillHatchColor = Colors.White,
                LineWidth = 0,
                Orientation = Orientation.Horizontal,
                Size = 0.72,
            });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        // Each share is written inside its bar's end, where no threshold line can cross it.
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var value = plot.Add.Text(r.Share.Percent.ToString("0.00", CultureInfo.InvariantCulture), (double)r.Share.Percent, rows.Length - i);
            value.LabelFontName = ChartStyle.FontName;
            value.LabelFontSize = ChartStyle.FooterSize;
            value.LabelBold = true;
            value.LabelFontColor = r.Share.Percent >= target ? Colors.White : Color.FromHex("#0B2A40");
            value.LabelAlignment = Alignment.MiddleRight;
            value.LabelOffsetX = -5;
        }
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, rows.Length).Select(i => (double)(rows.Length - i))], [.. rows.Select(r => r.Ally.Name)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        ChartStyle.PercentTicks(plot.Axes.Bottom);
        plot.Axes.Bottom.Label.Text = "Share of GDP, %";
        ChartStyle.OnlyVerticalGrid(plot);
        var max = Math.Max(5.6, (double)rows.Max(r => r.Share.Percent) + 0.6);
        plot.Axes.SetLimits(0, max, 0.4, rows.Length + 1.4);
        ChartStyle.Footer(plot, [ChartStyle.Source(report.Edition), "Shares of real GDP at 2021 prices as NATO prints them, rounded to 2 decimals; lines at 2%, 3.5% and 5% of GDP."], width);
        return new Chart(plot, width, height);
    }

    /// <summary>An ally's share of GDP as published, with required paths to the target and any plans, against 2%, 3.5% and 5%.</summary>
    /// <param name="data">The edition.</param>
    /// <param name="ally">The ally.</param>
    /// <param name="paths">Required paths for the ally (any shapes), or none.</param>
    /// <param name="plans">Checked plans for the ally, or none.</param>
    /// <param name="width">The default width.</param>
    /// <param name="height">The default height.</param>
    public static Chart Ally(EditionData data, Ally ally, IReadOnlyList<RequiredPath> paths, IReadOnlyList<PlanCheck> plans, int width = 1000, int height = 620)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(plans);
        var last = paths.Select(p => p.Deadline).Concat(plans.Select(p => p.Plan.LastYear)).DefaultIfEmpty(data.LastYear).Max();
        var history = data.Years.Where(y => data.Share(ally.Code, y) is not null).Select(y => (Year: y, Share: (double)data.Share(ally.Code, y)!.Value.Percent, Estimate: data.EstimateYears.Contains(y))).ToArray();
        var what = new List<string> { "NATO's figures (estimates dashed)" };
        if (paths.Count > 0)
        {
            var p0 = paths[0];
            what.Add(Invariant($"the paths that reach {p0.Target.Percent:0.0#}% by {p0.Deadline} (derived, in the shaded years)"));
        }
        if (plans.Count > 0)
        {
            what.Add(plans.Count == 1 ? "its national plan" : Invariant($"its {plans.Count} national plans"));
        }
        var plot = ChartStyle.NewPlot(
            Invariant($"{ally.Name}: defence spending as a share of GDP"),
            Invariant($"{data.FirstYear}–{last}: ") + JoinWords(what) + ".",
            width);
        var top = Math.Max(5.6, history.Select(h => h.Share).Concat(paths.SelectMany(p => p.Rows.Select(r => (double)r.Share.Percent))).DefaultIfEmpty(0).Max() + 0.5);
        var projectedFrom = paths.Count > 0 ? paths.Min(p => p.BaseYear) : (int?)null;
        if (projectedFrom is { } from)
        {
            ChartStyle.ProjectionZone(plot, from, last + 0.4, top, "Derived by NatoSpend");
        }
        ChartStyle.ThresholdLines(plot, StatusReport.StandardThresholds.Select(t => t.Percent), vertical: false, labelAt: data.FirstYear - 0.5);
        var labels = new List<EndLabel>();
        var outturn = history.Where(h => !h.Estimate).ToArray();
        var estimates = history.Where(h => h.Estimate).ToArray();
        if (outturn.Length > 0)
        {
            var s = plot.Add.Scatter(outturn.Select(h => (double)h.Year).ToArray(), outturn.Select(h => h.Share).ToArray(), ChartStyle.Black);
            s.LineWidth = 3f;
            s.MarkerShape = MarkerShape.FilledCircle;
            s.MarkerSize = 7;
        }
        if (estimates.Length > 0)
        {
            // The estimate segment starts at the last outturn so that the line is unbroken, dashed with open markers.
            var joined = outturn.Length > 0 ? [outturn[^1], .. estimates] : estimates;
            var e = plot.Add.Scatter(joined.Select(h => (double)h.Year).ToArray(), joined.Select(h => h.Share).ToArray(), ChartStyle.Black);
            e.LineWidth = 3f;
            e.LinePattern = LinePattern.Dashed;
            e.MarkerShape = MarkerShape.OpenCircle;
            e.MarkerSize = 8;
        }
        if (history.Length > 0)
        {
            // The history is named above its first point: its end is where the paths begin, the busiest place on the chart.
            var name = plot.Add.Text(Invariant($"NATO, edition {data.Edition.Id}"), history[0].Year, history[0].Share);
            name.LabelFontName = ChartStyle.FontName;
            name.LabelFontSize = ChartStyle.LabelSize;
            name.LabelBold = true;
            name.LabelFontColor = ChartStyle.Black;
            // Above the point, unless a threshold line and its label run just above it: then below.
            var first = history[0].Share;
            var crowded = StatusReport.StandardThresholds.Any(t => (double)t.Percent >= first && (double)t.Percent <= first + 0.5);
            name.LabelAlignment = crowded ? Alignment.UpperLeft : Alignment.LowerLeft;
            name.LabelOffsetY = crowded ? 10 : -10;
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
            labels.Add(new EndLabel(path.Rows[^1].Year, (double)path.Rows[^1].Share.Percent, Invariant($"{ShapeName(path.Shape)} path"), color));
        }
        var planLooks = new[] { (ChartStyle.Vermillion, MarkerShape.OpenDiamond), (ChartStyle.Purple, MarkerShape.OpenSquare) };
        var n = 0;
        foreach (var check in plans)
        {
            var years = check.Years.Where(y => y.CoreShare is not null).ToArray();
            if (years.Length == 0)
            {
                continue;
            }
            var (color, marker) = planLooks[n++ % planLooks.Length];
            var plan = plot.Add.Scatter(years.Select(y => (double)y.Year).ToArray(), years.Select(y => (double)y.CoreShare!.Value).ToArray(), color);
            plan.LineWidth = 2.5f;
            plan.LinePattern = LinePattern.DenselyDashed;
            plan.MarkerShape = marker;
            plan.MarkerSize = 10;
            var when = check.Plan.Announced is { Length: >= 7 } a && DateOnly.TryParse(a, CultureInfo.InvariantCulture, out var d) ? d.ToString(" MMM yyyy", CultureInfo.InvariantCulture) : Invariant($" {n}");
            var endYear = years[^1].Year;
            var endShare = (double)years[^1].CoreShare!.Value;
            // A plan that ends among the paths is labelled just under them, so that its label hides none of them.
            var among = paths.SelectMany(p => p.Rows.Where(r => r.Year == endYear)).Select(r => (double)r.Share.Percent).ToArray();
            double? labelY = among.Length > 0 && endShare < among.Max() ? Math.Min(endShare, among.Min()) - 0.3 : null;
            labels.Add(new EndLabel(endYear, endShare, Invariant($"Plan{when}: {check.Verdict.Label}"), color, labelY));
        }
        plot.Axes.SetLimits(data.FirstYear - 0.5, last + 0.4, 0, top);
        ChartStyle.YearTicks(plot);
        ChartStyle.PercentTicks(plot.Axes.Left);
        ChartStyle.OnlyHorizontalGrid(plot);
        plot.Axes.Left.Label.Text = "Share of GDP, %";
        ChartStyle.EndLabels(plot, labels, last);
        var notes = new List<string> { ChartStyle.Source(data.Edition), "NATO reporting years; estimates (e) are NATO's." };
        if (paths.Count > 0)
        {
            notes.Add(DerivedNote);
        }
        if (plans.Count <= 2)
        {
            notes.AddRange(plans.Select(p => Invariant($"Plan: {p.Plan.Title}; basis {p.Plan.BasisLabel}; verdict by NatoSpend's checks under {p.Rules.Id}, not NATO's.")));
        }
        else
        {
            // Many plans' titles would crowd out the chart: one line says where they are.
            notes.Add(Invariant($"Plans: {plans.Count} national plans as announced (data/plans, 'natospend plans {ally.Code}'), labelled by the month announced; verdicts by NatoSpend's checks under {plans[0].Rules.Id}, not NATO's."));
        }
        ChartStyle.Footer(plot, notes, width);
        return new Chart(plot, width, height);
    }

    private static string ShapeName(PathShape shape)
    {
        var name = PathShapes.Name(shape);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static string JoinWords(List<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };

    private static MarkerShape OpenMarker(MarkerShape shape) => shape switch
    {
        MarkerShape.FilledCircle => MarkerShape.OpenCircle,
        MarkerShape.FilledSquare => MarkerShape.OpenSquare,
        MarkerShape.FilledTriangleUp => MarkerShape.OpenTriangleUp,
        MarkerShape.FilledDiamond => MarkerShape.OpenDiamond,
        _ => shape,
    };

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
