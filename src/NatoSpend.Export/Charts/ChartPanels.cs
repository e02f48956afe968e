using ScottPlot;

namespace NatoSpend.Export.Charts;

/// <summary>One line of text in a header or footer panel.</summary>
/// <param name="Text">The text, already wrapped to the chart's width.</param>
/// <param name="Size">The font size in pixels.</param>
/// <param name="Bold">Whether it is bold.</param>
/// <param name="Color">Its colour.</param>
public sealed record PanelLine(string Text, float Size, bool Bold, Color Color);

/// <summary>Left-aligned lines of text above or below the data area: the title and subtitle on top, the source and notes at the foot.</summary>
/// <remarks>A panel rather than an axis label, so that the text is aligned with the figure's left edge, as publications set it, and the layout makes room for it in PNG and SVG alike.</remarks>
internal sealed class TextPanel(Edge edge, IReadOnlyList<PanelLine> lines, float gapAfter) : IPanel
{
    public bool IsVisible { get; set; } = true;

    public Edge Edge { get; } = edge;

    public bool ShowDebugInformation { get; set; }

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public float Measure(Paint paint) => lines.Sum(l => l.Size * 1.3f) + gapAfter + (Edge == Edge.Top ? 14 : 8);

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) => Edge == Edge.Top
        ? new PixelRect(dataRect.Left, dataRect.Right, dataRect.Top - offset, dataRect.Top - offset - size)
        : new PixelRect(dataRect.Left, dataRect.Right, dataRect.Bottom + offset + size, dataRect.Bottom + offset);

    public void Render(RenderPack rp, float size, float offset)
    {
        using var paint = Paint.NewDisposablePaint();
        var rect = GetPanelRect(rp.DataRect, size, offset, paint);
        // A header ends gapAfter above the data; a footer starts gapAfter below the axis.
        var y = Edge == Edge.Top ? rect.Top + 12 : rect.Top + gapAfter;
        foreach (var line in lines)
        {
            var label = new LabelStyle
            {
                Text = line.Text,
                FontName = ChartStyle.FontName,
                FontSize = line.Size,
                Bold = line.Bold,
                ForeColor = line.Color,
                Alignment = Alignment.UpperLeft,
            };
            label.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + ChartStyle.Margin, y), paint);
            y += line.Size * 1.3f;
        }
    }
}

/// <summary>A label at the end of a line, in the line's colour.</summary>
/// <param name="X">The line's last x, in data units.</param>
/// <param name="Y">The line's last y, in data units.</param>
/// <param name="Text">The label.</param>
/// <param name="Color">The line's colour.</param>
/// <param name="LabelY">Where the label goes instead of beside the end, in data units (clear of other lines), or <c>null</c>.</param>
public sealed record EndLabel(double X, double Y, string Text, Color Color, double? LabelY = null);

/// <summary>Direct labels at the ends of lines instead of a legend over the data.</summary>
/// <remarks>
/// Labels of lines that end at the right edge sit in a margin right of the data; labels of lines that end earlier sit just right
/// of their end, on a white ground. Labels that would overlap are moved apart vertically, each joined to its line by a short tick.
/// </remarks>
internal sealed class EndLabelPanel(IReadOnlyList<EndLabel> labels, double rightEdge) : IPanel
{
    private const float Size = ChartStyle.LabelSize;

    public bool IsVisible { get; set; } = true;

    public Edge Edge => Edge.Right;

    public bool ShowDebugInformation { get; set; }

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public float Measure(Paint paint)
    {
        var atEdge = labels.Where(l => l.X >= rightEdge).ToArray();
        return atEdge.Length == 0 ? 12 : atEdge.Max(l => Style(l).Measure(paint).Width) + 20;
    }

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(dataRect.Right + offset, dataRect.Right + offset + size, dataRect.Bottom, dataRect.Top);

    public void Render(RenderPack rp, float size, float offset)
    {
        using var paint = Paint.NewDisposablePaint();
        var x = rp.Plot.Axes.Bottom;
        var y = rp.Plot.Axes.Left;
        var placed = labels.Select(l => (Label: l, Px: x.GetPixel(l.X, rp.DataRect), Py: y.GetPixel(l.LabelY ?? l.Y, rp.DataRect))).ToArray();
        // Labels that start in the same column are spread apart; labels in different columns do not collide.
        foreach (var column in placed.GroupBy(p => Math.Round(p.Px / 8)))
        {
            var items = column.OrderBy(p => p.Py).ToArray();
            var ys = Spread([.. items.Select(p => p.Py)], Size * 1.25f, rp.DataRect.Top, rp.DataRect.Bottom);
            for (var i = 0; i < items.Length; i++)
            {
                var (label, px, _) = items[i];
                var style = Style(label);
                // A label inside the data that would run into the right margin's labels turns to the left of its point.
                var left = label.X < rightEdge && px + 13 + style.Measure(paint).Width > rp.DataRect.Right;
                var sign = left ? -1 : 1;
                var start = new Pixel(px + sign * 4, y.GetPixel(label.Y, rp.DataRect));
                var end = new Pixel(px + sign * 10, ys[i]);
                using (var line = new SkiaSharp.SKPaint { Color = label.Color.ToSKColor(), StrokeWidth = 1.5f, IsAntialias = true, Style = SkiaSharp.SKPaintStyle.Stroke })
                {
                    rp.Canvas.DrawLine(start.X, start.Y, end.X, end.Y, line);
                }
                if (label.X < rightEdge)
                {
                    style.BackgroundColor = Colors.White.WithAlpha(0.85);
                }
                style.Alignment = left ? Alignment.MiddleRight : Alignment.MiddleLeft;
                style.Render(rp.Canvas, new Pixel(end.X + sign * 3, end.Y), paint);
            }
        }
    }

    private static LabelStyle Style(EndLabel label) => new()
    {
        Text = label.Text,
        FontName = ChartStyle.FontName,
        FontSize = Size,
        Bold = true,
        ForeColor = ChartStyle.Darker(label.Color),
        Alignment = Alignment.MiddleLeft,
    };

    /// <summary>Moves sorted positions apart to at least <paramref name="gap"/>, kept within the bounds.</summary>
    internal static float[] Spread(float[] sorted, float gap, float top, float bottom)
    {
        var ys = (float[])sorted.Clone();
        for (var i = 1; i < ys.Length; i++)
        {
            ys[i] = Math.Max(ys[i], ys[i - 1] + gap);
        }
        // If the last is pushed past the bottom, push the stack back up, then keep the first inside the top.
        var overflow = ys.Length > 0 ? ys[^1] - bottom : 0;
        if (overflow > 0)
        {
            ys[^1] -= overflow;
            for (var i = ys.Length - 2; i >= 0; i--)
            {
                ys[i] = Math.Min(ys[i], ys[i + 1] - gap);
            }
        }
        if (ys.Length > 0 && ys[0] < top)
        {
            var shift = top - ys[0];
            for (var i = 0; i < ys.Length; i++)
            {
                ys[i] += shift;
            }
        }
        return ys;
    }
}
