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

    /// <summary>A new plot with the house font, white background and a title.</summary>
    public static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title, 15);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#E4E4E4");
        plot.Legend.FontName = FontName;
        plot.Legend.FontSize = 11;
        return plot;
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

    /// <summary>The 2%, 3.5% and 5% lines (and another target), each with its own pattern and a label.</summary>
    public static void ThresholdLines(Plot plot, IEnumerable<decimal> thresholds, bool vertical)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(thresholds);
        var patterns = new[] { LinePattern.Dotted, LinePattern.Dashed, LinePattern.Solid, LinePattern.DenselyDashed };
        var i = 0;
        foreach (var t in thresholds.Distinct().Order())
        {
            var label = t.ToString("0.##", CultureInfo.InvariantCulture) + "%";
            ScottPlot.Plottables.AxisLine line = vertical
                ? plot.Add.VerticalLine((double)t, 1.5f, Grey, patterns[i % patterns.Length])
                : plot.Add.HorizontalLine((double)t, 1.5f, Grey, patterns[i % patterns.Length]);
            line.Text = label;
            line.LabelFontSize = 11;
            line.LabelFontName = FontName;
            line.LabelBackgroundColor = Grey;
            line.LabelFontColor = Colors.White;
            line.LabelOppositeAxis = true;
            line.ExcludeFromLegend = true;
            i++;
        }
    }

    /// <summary>The source line (and any further line) under the chart, wrapped to the width.</summary>
    public static void SourceLine(Plot plot, IEnumerable<string> lines, int width)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(lines);
        var perLine = Math.Max(40, (int)(width / 6.6));
        var text = string.Join("\n", lines.SelectMany(l => Wrap(l, perLine)));
        // A second bottom axis with no ticks carries the text, so that the layout makes room for it in PNG and SVG alike.
        var footer = plot.Axes.AddBottomAxis();
        footer.LabelText = text;
        footer.LabelFontName = FontName;
        footer.LabelFontSize = 11;
        footer.LabelBold = false;
        footer.LabelFontColor = Grey;
        footer.TickLabelStyle.IsVisible = false;
        footer.MajorTickStyle.Length = 0;
        footer.MinorTickStyle.Length = 0;
        footer.FrameLineStyle.Width = 0;
        footer.MinimumSize = 16 * text.Split('\n').Length + 14;
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
