using NatoSpend.Export.Files;

namespace NatoSpend.Export.Charts;

/// <summary>Saves a chart as PNG or SVG, or gives its SVG for an HTML page.</summary>
public static class ChartFile
{
    /// <summary>The largest side a chart may have, in pixels.</summary>
    public const int MaxSide = 4000;

    /// <summary>The chart as PNG or SVG bytes at a size.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A side is below 200 or above <see cref="MaxSide"/>.</exception>
    public static byte[] Render(Chart chart, OutputKind kind, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(chart);
        CheckSide(width, nameof(width));
        CheckSide(height, nameof(height));
        return kind switch
        {
            OutputKind.Png => chart.Plot.GetImageBytes(width, height, ScottPlot.ImageFormat.Png),
            OutputKind.Svg => System.Text.Encoding.UTF8.GetBytes(chart.Plot.GetSvgXml(width, height)),
            _ => throw new ArgumentException($"A chart is written as .png or .svg, not .{kind.ToString().ToLowerInvariant()}.", nameof(kind)),
        };
    }

    /// <summary>The chart as an inline <c>&lt;svg&gt;</c> element for an HTML page (no XML declaration).</summary>
    public static string InlineSvg(Chart chart, int? width = null, int? height = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var (w, h) = (width ?? chart.Width, height ?? chart.Height);
        var svg = chart.Plot.GetSvgXml(w, h);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        // A viewBox lets the page scale the chart to its column (and to the printed page) instead of clipping it.
        return "<svg viewBox=\"0 0 " + w.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + h.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\" role=\"img\"" + svg[4..];
    }

    private static void CheckSide(int side, string name)
    {
        if (side is < 200 or > MaxSide)
        {
            throw new ArgumentOutOfRangeException(name, side, $"A chart's {name} must be from 200 to {MaxSide} pixels, but was {side}; give --{name} such as 1000.");
        }
    }
}
