using System.Globalization;
using ScottPlot;

namespace NatoSpend.Export.Charts;

/// <summary>The look every NatoSpend chart shares: a palette that reads for colour-blind readers and in grey, one font, year ticks, threshold lines and the source line.</summary>
/// <remarks>
/// Colours are Okabe and Ito's (2008) colour-blind-safe set; because colour alone fails in grey print, every series also
/// differs by line pattern and marker shape, and estimates differ from outturns by pattern (dashed line, open markers,
/// hatched bars), never by colour alone.
/// </remarks>
public static class ChartStyle
{
    /// <summary>The font every chart uses (DejaVu Sans ships with Debian and in the .NET SDK images).</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>Outturns and the ally's own figures.</summary>
    public static Color Black { get; } = Color.FromHex("#000000");

    /// <summary>Okabe–Ito blue.</summary>
    public static Color Blue { get; } = Color.FromHex("#0072B2");

    /// <summary>Okabe–Ito orange.</summary>
    public static Color Orange { get; } = Color.FromHex("#E69F00");

    /// <summary>Okabe–Ito bluish green.</summary>
    public static Color Green { get; } = Color.FromHex("#009E73");

    /// <summary>Okabe–Ito vermillion.</summary>
    public static Color Vermillion { get; } = Color.FromHex("#D55E00");

    /// <summary>Okabe–Ito reddish purple.</summary>
    public static Color Purple { get; } = Color.FromHex("#CC79A7");

    /// <summary>Okabe–Ito sky blue.</summary>
    public static Color SkyBlue { get; } = Color.FromHex("#56B4E9");

    /// <summary>Threshold lines and the source line.</summary>
    public static Color Grey { get; } = Color.FromHex("#555555");

    /// <summary>Series colours in order, each with its own pattern and marker so that they differ in grey too.</summary>
    public static IReadOnlyList<(Color Color, LinePattern Pattern, MarkerShape Marker)> Series { get; } =
    [
        (Blue, LinePattern.Solid, MarkerShape.FilledSquare),
        (Orange, LinePattern.Dashed, MarkerShape.FilledTriangleUp),
        (Green, LinePattern.DenselyDashed, MarkerShape.FilledDiamond),
        (Purple, LinePattern.Dotted, MarkerShape.FilledTriangleDown),
        (SkyBlue, LinePattern.Dashed, MarkerShape.Cross),
        (Vermillion, LinePattern.Solid, MarkerShape.Eks),
    ];

    /// <summary>The space between the figure's edge and the text, in pixels.</summary>
    public const float Margin = 14;

    /// <summary>The title's size in pixels: about 11 pt when a 1000-pixel chart fills a printed column.</summary>
    public const float TitleSize = 22;

    /// <summary>The subtitle's size in pixels.</summary>
    public const float SubtitleSize = 16;

    /// <summary>Tick labels, axis titles and direct labels, in pixels.</summary>
    public const float LabelSize = 15;

    /// <summary>The footer's size in pixels.</summary>
    public const float FooterSize = 13;

    /// <summary>The light grid.</summary>
    public static Color GridColor { get; } = Color.FromHex("#E6E6E6");

    /// <summary>The shading of the years NatoSpend projects.</summary>
    public static Color ProjectionShade { get; } = Color.FromHex("#F1F1F1");

    /// <summary>A new plot with the house font, a white ground, a light grid, a bold title and a subtitle, both left-aligned.</summary>
    /// <param name="title">What the chart shows, in words (no ids).</param>
    /// <param name="subtitle">How to read it: the years, the units, what is dashed or shaded.</param>
    /// <param name="width">The chart's width, to wrap the subtitle.</param>
    public static Plot NewPlot(string title, string subtitle, int width)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(subtitle);
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = GridColor;
        plot.Grid.MajorLineWidth = 1;
        plot.Grid.MinorLineWidth = 0;
        plot.HideLegend();
        // Only the left and bottom axes are drawn, thin and grey: the data, not the box, carries the eye.
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.FrameLineStyle.Color = Grey;
            axis.TickLabelStyle.FontSize = LabelSize;
            axis.TickLabelStyle.FontName = FontName;
            axis.TickLabelStyle.ForeColor = Color.FromHex("#333333");
            axis.MajorTickStyle.Color = Grey;
            axis.MinorTickStyle.Length = 0;
            axis.Label.FontSize = LabelSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Color.FromHex("#333333");
        }
        var lines = new List<PanelLine>();
        lines.AddRange(Wrap(title, PerLine(width, TitleSize)).Select(l => new PanelLine(l, TitleSize, true, Color.FromHex("#111111"))));
        lines.AddRange(Wrap(subtitle, PerLine(width, SubtitleSize)).Select(l => new PanelLine(l, SubtitleSize, false, Color.FromHex("#444444"))));
        plot.Axes.AddPanel(new TextPanel(Edge.Top, lines, 10));
        return plot;
    }

    /// <summary>The footer under the chart: the source first, then the notes, wrapped to the width.</summary>
    public static void Footer(Plot plot, IEnumerable<string> lines, int width)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(lines);
        var wrapped = lines.SelectMany(l => Wrap(l, PerLine(width, FooterSize))).Select(l => new PanelLine(l, FooterSize, false, Grey)).ToArray();
        plot.Axes.AddPanel(new TextPanel(Edge.Bottom, wrapped, 14));
    }

    /// <summary>Labels at the ends of lines instead of a legend; those ending at <paramref name="rightEdge"/> go in a margin right of the data.</summary>
    public static void EndLabels(Plot plot, IReadOnlyList<EndLabel> labels, double rightEdge)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(labels);
        plot.Axes.AddPanel(new EndLabelPanel(labels, rightEdge));
    }

    /// <summary>Shades the years NatoSpend projects (from <paramref name="from"/> to <paramref name="to"/>) and names the zone at its top.</summary>
    public static void ProjectionZone(Plot plot, double from, double to, double top, string label)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var span = plot.Add.HorizontalSpan(from, to, ProjectionShade);
        span.LineWidth = 0;
        var text = plot.Add.Text(label, from, top);
        text.LabelFontName = FontName;
        text.LabelFontSize = FooterSize;
        text.LabelFontColor = Grey;
        text.LabelAlignment = Alignment.UpperLeft;
        text.LabelOffsetX = 6;
        text.LabelOffsetY = 4;
    }

    /// <summary>A darker shade of a colour for text, so that light series colours stay readable as labels.</summary>
    public static Color Darker(Color color) => color.ToHex() switch
    {
        "#E69F00" => Color.FromHex("#A66F00"),
        "#56B4E9" => Color.FromHex("#2A7AB0"),
        "#CC79A7" => Color.FromHex("#A0527F"),
        "#009E73" => Color.FromHex("#007A58"),
        _ => color,
    };

    /// <summary>How a definition of defence expenditure is named for readers (the files name it by id).</summary>
    public static string DefinitionName(NatoSpend.Domain.Editions.Definition definition) => definition switch
    {
        NatoSpend.Domain.Editions.Definition.Core => "core defence expenditure",
        NatoSpend.Domain.Editions.Definition.Old => "defence expenditure (the 2% guideline's definition)",
        NatoSpend.Domain.Editions.Definition.Outlook => "macro-economic outlook",
        _ => "SIPRI military expenditure",
    };

    /// <summary>The source line of a chart: the edition with its dates and prices, the definition in words.</summary>
    public static string Source(NatoSpend.Domain.Editions.Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var cutOff = edition.CutOff is { } c ? string.Create(CultureInfo.InvariantCulture, $", cut-off {c:d MMMM yyyy}") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"Source: {edition.Publisher}, {edition.Title}, published {edition.Published:d MMMM yyyy}{cutOff}. Definition: {DefinitionName(edition.Definition)}; prices: {edition.Prices}.");
    }

    private static int PerLine(int width, float size) => Math.Max(30, (int)((width - 2 * Margin) / (size * 0.56f)));

    /// <summary>Grid lines across the chart only (for years along the bottom).</summary>
    public static void OnlyHorizontalGrid(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
    }

    /// <summary>Grid lines up the chart only (for ranked bars).</summary>
    public static void OnlyVerticalGrid(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
    }

    /// <summary>Year ticks on the bottom axis: whole years, no thousands separator.</summary>
    public static void YearTicks(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = x => x.ToString("0", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Percent ticks with one decimal at most.</summary>
    public static void PercentTicks(IAxis axis)
    {
        ArgumentNullException.ThrowIfNull(axis);
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = x => x.ToString("0.#", CultureInfo.InvariantCulture) };
    }

    /// <summary>Thousands-separated ticks.</summary>
    public static void MoneyTicks(IAxis axis)
    {
        ArgumentNullException.ThrowIfNull(axis);
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = x => x.ToString("#,0", CultureInfo.InvariantCulture) };
    }

    /// <summary>The 2%, 3.5% and 5% lines (and another target): thin grey lines, each with its own pattern, labelled inside the data area.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="thresholds">The shares, % of GDP.</param>
    /// <param name="vertical">Vertical lines (ranked bars) or horizontal ones (years along the bottom).</param>
    /// <param name="labelAt">Where along the line the label sits: the top of a vertical line, the left end of a horizontal one.</param>
    public static void ThresholdLines(Plot plot, IEnumerable<decimal> thresholds, bool vertical, double labelAt)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(thresholds);
        var patterns = new[] { LinePattern.Dotted, LinePattern.Dashed, LinePattern.Solid, LinePattern.DenselyDashed };
        var i = 0;
        foreach (var t in thresholds.Distinct().Order())
        {
            var line = vertical
                ? (ScottPlot.Plottables.AxisLine)plot.Add.VerticalLine((double)t, 1.2f, Grey, patterns[i % patterns.Length])
                : plot.Add.HorizontalLine((double)t, 1.2f, Grey, patterns[i % patterns.Length]);
            line.ExcludeFromLegend = true;
            var text = vertical
                ? plot.Add.Text(t.ToString("0.##", CultureInfo.InvariantCulture) + "%", (double)t, labelAt)
                : plot.Add.Text(t.ToString("0.##", CultureInfo.InvariantCulture) + "% of GDP", labelAt, (double)t);
            text.LabelFontName = FontName;
            text.LabelFontSize = FooterSize;
            text.LabelFontColor = Grey;
            text.LabelBackgroundColor = Colors.White;
            text.LabelAlignment = vertical ? Alignment.LowerCenter : Alignment.LowerLeft;
            text.LabelOffsetX = vertical ? 0 : 4;
            text.LabelOffsetY = -2;
            i++;
        }
    }

    /// <summary>Splits a line at spaces into pieces of at most <paramref name="width"/> characters.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0)
            {
                line.Append(' ');
            }
            line.Append(word);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
