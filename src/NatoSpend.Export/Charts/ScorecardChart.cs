using System.Globalization;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Status;
using ScottPlot;

namespace NatoSpend.Export.Charts;

/// <summary>The scorecard chart: each ally's newest plan against the required path, in the year assessed, ranked by the gap.</summary>
/// <remarks>
/// One row per ally with a figure to compare: a hollow black ring at the required share, the announced share as a filled marker
/// joined to it, coloured and shaped by status (so that it reads in grey), and the status in words at the row's label. Allies with
/// nothing to compare are named in the source line, never drawn as zero.
/// </remarks>
public static class ScorecardChart
{
    private static readonly Dictionary<ScorecardStatus, (Color Color, MarkerShape Marker, string Text)> Look = new()
    {
        [ScorecardStatus.OnTrack] = (ChartStyle.Green, MarkerShape.FilledCircle, "On track (announced share)"),
        [ScorecardStatus.OffTrack] = (ChartStyle.Vermillion, MarkerShape.FilledTriangleDown, "Off track (announced share)"),
        [ScorecardStatus.NotAssessable] = (ChartStyle.Blue, MarkerShape.FilledDiamond, "Not assessable: one point (announced share)"),
    };

    /// <summary>Draws the scorecard.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="width">The default width.</param>
    /// <param name="height">The default height, or 0 to fit the rows.</param>
    /// <exception cref="ArgumentException">No ally has an announced share to set against the required path.</exception>
    public static Chart Draw(Scorecard card, int width = 1000, int height = 0)
    {
        ArgumentNullException.ThrowIfNull(card);
        var rows = card.Rows.Where(r => r.AnnouncedShare is not null && r.RequiredShare is not null)
            .OrderBy(r => r.GapPp).ThenBy(r => r.Ally.Name, StringComparer.Ordinal).ToArray();
        if (rows.Length == 0)
        {
            throw new ArgumentException($"No ally has an announced share to set against the required path of {card.Rules.Id}; there is nothing to draw.", nameof(card));
        }
        height = height > 0 ? height : Math.Max(500, 300 + 26 * rows.Length);
        var plot = ChartStyle.NewPlot(
            string.Create(CultureInfo.InvariantCulture, $"National plans against the required path: {card.Rules.Title.Split(':')[0]}"),
            string.Create(CultureInfo.InvariantCulture, $"{card.Count(ScorecardStatus.OnTrack)} on track, {card.Count(ScorecardStatus.OffTrack)} off track, {card.Count(ScorecardStatus.NotAssessable)} not assessable. Each ally's announced share in the year assessed, against the share its required path needs then (ring)."),
            width);
        ChartStyle.ThresholdLines(plot, StatusReport.StandardThresholds.Select(t => t.Percent), vertical: true, labelAt: rows.Length + 0.55);
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var y = (double)(rows.Length - i);
            var (color, marker, _) = Look[r.Status];
            var join = plot.Add.Scatter(new[] { (double)r.RequiredShare!.Value, (double)r.AnnouncedShare!.Value }, new[] { y, y }, color);
            join.LineWidth = 2;
            join.MarkerSize = 0;
            var required = plot.Add.Scatter(new[] { (double)r.RequiredShare.Value }, new[] { y }, ChartStyle.Black);
            required.LineWidth = 0;
            required.MarkerShape = MarkerShape.OpenCircle;
            required.MarkerSize = 10;
            var announced = plot.Add.Scatter(new[] { (double)r.AnnouncedShare.Value }, new[] { y }, color);
            announced.LineWidth = 0;
            announced.MarkerShape = marker;
            announced.MarkerSize = 10;
        }
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, rows.Length).Select(i => (double)(rows.Length - i))],
            [.. rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Ally.Name} {r.Year} ({r.StatusLabel})"))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        ChartStyle.PercentTicks(plot.Axes.Bottom);
        plot.Axes.Bottom.Label.Text = "Core defence spending, % of GDP, in the year assessed";
        var max = Math.Max(5.5, rows.Max(r => (double)Math.Max(r.AnnouncedShare!.Value, r.RequiredShare!.Value)) + 0.6);
        plot.Axes.SetLimits(0, max, 0.4, rows.Length + 1.4);
        ChartStyle.OnlyVerticalGrid(plot);
        var legend = new List<LegendItem>
        {
            new() { LabelText = "Required path in that year (derived)", MarkerShape = MarkerShape.OpenCircle, MarkerColor = ChartStyle.Black, MarkerSize = 10, LineWidth = 0 },
        };
        foreach (var status in Look.Keys.Where(s => rows.Any(r => r.Status == s)))
        {
            var (color, marker, text) = Look[status];
            legend.Add(new LegendItem { LabelText = text, MarkerShape = marker, MarkerColor = color, MarkerFillColor = color, MarkerSize = 10, LineWidth = 0 });
        }
        // Under the chart, so that it never hides a row.
        plot.Legend.ManualItems.AddRange(legend);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontSize = ChartStyle.FooterSize;
        plot.Legend.FontName = ChartStyle.FontName;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.ShowLegend(Edge.Bottom);
        var left = card.Rows.Where(r => r.AnnouncedShare is null || r.RequiredShare is null).Select(r => r.Ally.Name).ToArray();
        var notes = new List<string>
        {
            ChartStyle.Source(card.Edition),
            string.Create(CultureInfo.InvariantCulture, $"Plans as announced (data/plans), each ally's newest; required path by NatoSpend: the {card.Rules.Id} rule from NATO's {card.BaseYear} share to the target by {card.Rules.Deadline}. Interpolated years are never used; verdicts are NatoSpend's checks, not NATO's."),
        };
        if (left.Length > 0)
        {
            notes.Add("Not drawn (no plan, no core figure, or a point before the path starts): " + string.Join(", ", left) + ".");
        }
        notes.Add("The year assessed is the deadline, or the plan's last announced year.");
        ChartStyle.Footer(plot, notes, width);
        return new Chart(plot, width, height);
    }
}
