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

    /// <summary>A table for people, with notes under it.</summary>
    public static void WriteTable(IAnsiConsole console, ReportTable report, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var shown = Enumerable.Range(0, report.Columns.Count).Where(i => !RowLabels.Contains(report.Columns[i].Key)).ToArray();
        var table = new Table().Border(TableBorder.Simple);
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }
        foreach (var i in shown)
        {
            var column = report.Columns[i];
            table.AddColumn(new TableColumn(Markup.Escape(column.Title)) { Alignment = column.Unit is null ? Justify.Left : Justify.Right });
        }
        foreach (var row in report.Rows)
        {
            table.AddRow(shown.Select(i => (Spectre.Console.Rendering.IRenderable)new Text(FormatCell(row[i], report.Columns[i]))).ToArray());
        }
        console.Write(table);
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


    /// <summary>Writes a typed answer as JSON, the API's bytes, with a final newline.</summary>
    public static void WriteJson<T>(TextWriter writer, T answer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(AnswerJson.Write(answer));
    }

}
