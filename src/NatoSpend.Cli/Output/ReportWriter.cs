using System.Text.Json;
using System.Text.Json.Nodes;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Editions;
using Spectre.Console;

namespace NatoSpend.Cli.Output;

/// <summary>Writes a <see cref="ReportTable"/> as a table, CSV or JSON; the one place output formats are made.</summary>
public static class ReportWriter
{

    /// <summary>Columns that label every CSV and JSON row but would only repeat the source line in a table.</summary>
    private static readonly HashSet<string> RowLabels = ["edition", "definition", "prices"];

    /// <summary>A table for people, with notes under it, fitted to the terminal's width under the context's <see cref="TableLayout"/>.</summary>
    /// <param name="context">The console and the layout (width, <c>--columns</c>, <c>--wide</c>).</param>
    /// <param name="report">The table.</param>
    /// <param name="title">A title over the table.</param>
    /// <param name="main">False for a secondary table of a command that writes several: <c>--columns</c> ids it lacks are ignored.</param>
    public static void WriteTable(CliContext context, ReportTable report, string? title = null, bool main = true)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var console = context.Console;
        var layout = context.Layout;
        var candidates = Enumerable.Range(0, report.Columns.Count).Where(i => !RowLabels.Contains(report.Columns[i].Key)).ToArray();
        var cells = report.Rows.Select(row => Enumerable.Range(0, report.Columns.Count).Select(i => FormatCell(row[i], report.Columns[i])).ToArray()).ToArray();
        var choice = TableFit.Choose(report.Columns, cells, candidates, layout, main);
        var table = new Table().Border(TableBorder.Simple);
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }
        foreach (var shown in choice.Columns)
        {
            var column = report.Columns[shown.Index];
            table.AddColumn(new TableColumn(Markup.Escape(column.Title)) { Alignment = column.Unit is null ? Justify.Left : Justify.Right, Width = shown.Width });
        }
        foreach (var cellsOfRow in cells)
        {
            table.AddRow(choice.Columns.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(cellsOfRow[c.Index])).ToArray());
        }
        var width = console.Profile.Width;
        // A table the reader asked for whole (--wide, --columns) is written at its own width, for the terminal to wrap its
        // lines, rather than squeezed until numbers split; piped output keeps the width it always had.
        var widen = layout.Width is not null && choice.Columns.All(c => c.Width is null) && choice.Natural > width;
        if (widen)
        {
            console.Profile.Width = choice.Natural;
        }
        try
        {
            console.Write(table);
        }
        finally
        {
            console.Profile.Width = width;
        }
        if (choice.Left.Count > 0)
        {
            console.WriteLine(TableFit.Footnote(choice));
        }
        foreach (var note in report.Notes)
        {
            console.WriteLine(note);
        }
    }

    /// <summary>A cell as text in a table (see <see cref="ReportText.Cell"/>).</summary>
    public static string FormatCell(object? value, ReportColumn column) => ReportText.Cell(value, column);

    /// <summary>RFC 4180 CSV with a header of column keys (see <see cref="ReportCsv.Write"/>).</summary>
    public static void WriteCsv(TextWriter writer, ReportTable report) => ReportCsv.Write(writer, report);

    /// <summary>A cell's CSV text (see <see cref="ReportCsv.Cell"/>).</summary>
    public static string CsvCell(object? value) => ReportCsv.Cell(value);

    /// <summary>Formula-like text made inert (see <see cref="ReportCsv.Inert"/>).</summary>
    public static string Inert(string text) => ReportCsv.Inert(text);


    /// <summary>Writes a verb's result in the format asked for: its table as CSV, its answer as JSON (the API's bytes), or <paramref name="text"/> for a person.</summary>
    public static void Write<T>(CliContext context, OutputFormat format, ReportTable csv, Func<T> answer, Action text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(text);
        switch (format)
        {
            case OutputFormat.Csv:
                WriteCsv(context.Out, csv);
                break;
            case OutputFormat.Json:
                WriteJson(context.Out, answer());
                break;
            default:
                text();
                break;
        }
    }

    /// <summary>Writes a typed answer as JSON, the API's bytes, with a final newline.</summary>
    public static void WriteJson<T>(TextWriter writer, T answer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(AnswerJson.Write(answer));
    }

}
