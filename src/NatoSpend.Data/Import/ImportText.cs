using System.Globalization;
using System.Text;
using NatoSpend.Data.Files;

namespace NatoSpend.Data.Import;

/// <summary>The small text jobs of the importers: a layout refusal as one sentence, and CSV fields quoted only where needed.</summary>
internal static class ImportText
{
    /// <summary>A library's message as a clause inside one sentence: one line, no closing full stop, at most 200 characters.</summary>
    public static string Clause(string message)
    {
        var line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
        return line.Length <= 200 ? line : line[..200] + "…";
    }

    /// <summary>A value as a message quotes it: at most 60 characters, on one line.</summary>
    public static string Quote(string value)
    {
        var line = value.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : line[..60] + "…";
    }

    /// <summary>The refusal of a workbook whose layout differs from the expected one, naming the sheet, the cell, what was expected and what was found.</summary>
    public static DataFileException Layout(string display, string sheet, int row, int column, string expected, string? found) =>
        new(new DataProblem(display, null, string.Create(CultureInfo.InvariantCulture,
            $"sheet '{sheet}', row {row}, column {XlsxWorkbook.ColumnName(column)} (cell {XlsxWorkbook.ColumnName(column)}{row}): expected {expected}, but found {(string.IsNullOrEmpty(found) ? "an empty cell" : $"'{Quote(found)}'")}; the importer reads the publisher's layout as data/README.md describes it.")));

    /// <summary>Appends a CSV row, quoting a field only when it holds a comma, a quote or a line break (as the shipped files are written).</summary>
    public static void AppendRow(StringBuilder csv, params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }
            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(field);
            }
        }
        csv.Append('\n');
    }
}
