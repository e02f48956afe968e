using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using nietras.SeparatedValues;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Reporting;
using Spectre.Console;

namespace NatoSpend.Cli.Output;

/// <summary>Writes a <see cref="ReportTable"/> as a table, CSV or JSON; the one place output formats are made.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

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

    /// <summary>A cell as text in a table: numbers at the column's decimals with thousands separators, absent as a dash.</summary>
    public static string FormatCell(object? value, ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return value switch
        {
            null => "–",
            bool b when column.Key == "estimate" => b ? "e" : "",
            bool b => b ? "yes" : "no",
            decimal d => d.ToString(column.Decimals == 0 ? "#,0" : "#,0." + new string('0', column.Decimals), CultureInfo.InvariantCulture),
            double d => d.ToString(column.Decimals == 0 ? "#,0" : "#,0." + new string('0', column.Decimals), CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    /// <summary>RFC 4180 CSV with a header of column keys; text that a spreadsheet would run as a formula is made inert.</summary>
    public static void WriteCsv(TextWriter writer, ReportTable report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        // Comma-separated (RFC 4180): Sep's own default separator is ';'.
        using var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(writer, leaveOpen: true);
        foreach (var row in report.Rows)
        {
            using var line = csv.NewRow();
            for (var i = 0; i < report.Columns.Count; i++)
            {
                line[report.Columns[i].Key].Set(CsvCell(row[i]));
            }
        }
        if (report.Rows.Count == 0)
        {
            writer.WriteLine(string.Join(',', report.Columns.Select(c => c.Key)));
        }
    }

    /// <summary>A cell's CSV text: invariant numbers at full precision, empty for absent, and formula-like text prefixed with an apostrophe.</summary>
    public static string CsvCell(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        string s => Inert(s),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Inert(value.ToString() ?? ""),
    };

    /// <summary>Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe.</summary>
    public static string Inert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    /// <summary>The rows as a JSON array of objects keyed by column.</summary>
    public static JsonArray RowsAsJson(ReportTable report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var array = new JsonArray();
        foreach (var row in report.Rows)
        {
            var item = new JsonObject();
            for (var i = 0; i < report.Columns.Count; i++)
            {
                item[report.Columns[i].Key] = JsonCell(row[i]);
            }
            array.Add(item);
        }
        return array;
    }

    /// <summary>The columns with units and provenance, so that every figure in JSON is labelled.</summary>
    public static JsonArray ColumnsAsJson(ReportTable report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonArray([.. report.Columns.Select(c => (JsonNode)new JsonObject
        {
            ["key"] = c.Key,
            ["title"] = c.Title,
            ["unit"] = c.Unit,
            ["provenance"] = c.Provenance.ToString().ToLowerInvariant(),
        })]);
    }

    /// <summary>An edition's provenance as JSON.</summary>
    public static JsonObject EditionAsJson(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return new JsonObject
        {
            ["id"] = edition.Id,
            ["title"] = edition.Title,
            ["publisher"] = edition.Publisher,
            ["published"] = edition.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["cutoff"] = edition.CutOff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["definition"] = edition.DefinitionLabel,
            ["prices"] = edition.Prices,
            ["url"] = edition.Url.ToString(),
            ["terms"] = edition.Terms,
            ["coverage"] = edition.Coverage,
        };
    }

    /// <summary>A cell as a JSON value.</summary>
    public static JsonNode? JsonCell(object? value) => value switch
    {
        null => null,
        decimal d => JsonValue.Create(d),
        double d => JsonValue.Create(d),
        int i => JsonValue.Create(i),
        bool b => JsonValue.Create(b),
        IFormattable f => JsonValue.Create(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value.ToString()),
    };

    /// <summary>Writes a JSON document, indented, with a final newline.</summary>
    public static void WriteJson(TextWriter writer, JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteLine(document.ToJsonString(Indented));
    }
}
