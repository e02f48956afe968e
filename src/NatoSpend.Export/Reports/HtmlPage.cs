using System.Net;
using System.Text;
using NatoSpend.Reporting;

namespace NatoSpend.Export.Reports;

/// <summary>A self-contained HTML page built piece by piece: every text encoded, styles inline, charts as inline SVG, nothing loaded from elsewhere.</summary>
public sealed class HtmlPage
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; font-size: 11pt; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #999; margin-top: 2rem; }
        p.lead { font-size: 1.05rem; } .muted { color: #555; font-size: 0.9rem; }
        table { border-collapse: collapse; margin: 0.6rem 0; font-size: 0.85rem; } th, td { border-bottom: 1px solid #ccc; padding: 0.2rem 0.5rem; vertical-align: top; }
        th { text-align: left; background: #f0f0f0; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1rem 0; } figure svg { width: 100%; height: auto; } figcaption { color: #555; font-size: 0.85rem; }
        .verdict { font-weight: bold; } ol.cite li { margin-bottom: 0.4rem; word-break: break-word; }
        @page { size: A4; margin: 14mm 13mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          h2, h3, caption { break-after: avoid; }
          figure, tr, li { break-inside: avoid; }
          thead { display: table-header-group; }
          figure svg { max-height: 150mm; }
        }
        """;

    private readonly StringBuilder _body = new();
    private readonly string _title;

    /// <summary>A page with a title.</summary>
    public HtmlPage(string title) => _title = title ?? throw new ArgumentNullException(nameof(title));

    /// <summary>Text encoded for HTML.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A heading (level 1 to 3).</summary>
    public HtmlPage Heading(int level, string text) => Raw($"<h{level}>{Encode(text)}</h{level}>");

    /// <summary>A paragraph, optionally with a class.</summary>
    public HtmlPage Paragraph(string text, string? cssClass = null) => Raw(cssClass is null ? $"<p>{Encode(text)}</p>" : $"<p class=\"{Encode(cssClass)}\">{Encode(text)}</p>");

    /// <summary>A bulleted (or numbered) list.</summary>
    public HtmlPage List(IEnumerable<string> items, bool numbered = false, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var tag = numbered ? "ol" : "ul";
        _body.Append('<').Append(tag).Append(cssClass is null ? "" : $" class=\"{Encode(cssClass)}\"").Append('>');
        foreach (var item in items)
        {
            _body.Append("<li>").Append(Encode(item)).Append("</li>");
        }
        _body.Append("</").Append(tag).AppendLine(">");
        return this;
    }

    /// <summary>A report table (some columns of it), cells formatted as in the terminal, the unit in each heading's tooltip.</summary>
    public HtmlPage Table(ReportTable table, IReadOnlyList<string>? keys = null, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var picked = (keys ?? [.. table.Columns.Select(c => c.Key)]).Select(table.IndexOf).ToArray();
        _body.Append("<table>");
        if (caption is not null)
        {
            _body.Append("<caption class=\"muted\">").Append(Encode(caption)).Append("</caption>");
        }
        _body.Append("<thead><tr>");
        foreach (var i in picked)
        {
            var c = table.Columns[i];
            var tip = c.Unit is null ? "" : $" title=\"{Encode(c.Unit + (c.Provenance == Provenance.Derived ? "; derived by NatoSpend" : c.Provenance == Provenance.Published ? "; published" : ""))}\"";
            _body.Append("<th").Append(tip).Append('>').Append(Encode(c.Title)).Append("</th>");
        }
        _body.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            _body.Append("<tr>");
            foreach (var i in picked)
            {
                var c = table.Columns[i];
                _body.Append(c.Unit is null ? "<td>" : "<td class=\"num\">").Append(Encode(ReportText.Cell(row[i], c))).Append("</td>");
            }
            _body.Append("</tr>");
        }
        _body.AppendLine("</tbody></table>");
        return this;
    }

    /// <summary>A figure: an inline SVG chart with a caption.</summary>
    public HtmlPage Figure(string svg, string caption)
    {
        ArgumentNullException.ThrowIfNull(svg);
        return Raw($"<figure>{svg}<figcaption>{Encode(caption)}</figcaption></figure>");
    }

    /// <summary>Markup NatoSpend built itself (never user text).</summary>
    private HtmlPage Raw(string html)
    {
        _body.AppendLine(html);
        return this;
    }

    /// <summary>The whole page.</summary>
    public override string ToString() =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="{Encode(Citations.ExportSources.Tool)}">
        <title>{Encode(_title)}</title>
        <style>
        {Style}
        </style>
        </head>
        <body>
        {_body}
        </body>
        </html>

        """;
}
