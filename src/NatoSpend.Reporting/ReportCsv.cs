using System.Globalization;
using NatoSpend.Reporting;
using nietras.SeparatedValues;

namespace NatoSpend.Reporting;

/// <summary>Writes a <see cref="ReportTable"/> as RFC 4180 CSV, the same for <c>--format csv</c> and the API's downloads.</summary>
public static class ReportCsv
{
    /// <summary>CSV with a header of column keys; text that a spreadsheet would run as a formula is made inert.</summary>
    public static void Write(TextWriter writer, ReportTable report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        // RFC 4180 separates fields with commas; Sep's writer defaults to semicolons.
        using var csv = Sep.Writer(o => o with { Sep = Sep.New(','), Escape = true }).To(writer, leaveOpen: true);
        foreach (var row in report.Rows)
        {
            using var line = csv.NewRow();
            for (var i = 0; i < report.Columns.Count; i++)
            {
                line[report.Columns[i].Key].Set(Cell(row[i]));
            }
        }
        if (report.Rows.Count == 0)
        {
            writer.WriteLine(string.Join(',', report.Columns.Select(c => c.Key)));
        }
    }

    /// <summary>The table as one CSV string.</summary>
    public static string ToText(ReportTable report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, report);
        return writer.ToString();
    }

    /// <summary>A cell's CSV text: invariant numbers at full precision, empty for absent, and formula-like text prefixed with an apostrophe.</summary>
    public static string Cell(object? value) => value switch
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
}
