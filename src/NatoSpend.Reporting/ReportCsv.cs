using System.Globalization;
using NatoSpend.Reporting;
using nietras.SeparatedValues;

namespace NatoSpend.Reporting;

/// <summary>Writes a <see cref="ReportTable"/> as RFC 4180 CSV, the same for <c>--format csv</c> and the API's downloads.</summary>
public static class ReportCsv
{
    /// <summary>The most decimals a column is padded to.</summary>
    public const int MaxPaddedDecimals = 6;

    /// <summary>CSV with a header of column keys; text that a spreadsheet would run as a formula is made inert.</summary>
    public static void Write(TextWriter writer, ReportTable report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        // RFC 4180 separates fields with commas; Sep's writer defaults to semicolons.
        using var csv = Sep.Writer(o => o with { Sep = Sep.New(','), Escape = true }).To(writer, leaveOpen: true);
        // A column is padded to its longest number of decimals, unless that is a float's long expansion (SIPRI's sums), which
        // no reader wants repeated as zeros on every row; such a column keeps each figure's full precision.
        var scales = Enumerable.Range(0, report.Columns.Count).Select(i => report.Rows.Count == 0 ? 0 : report.Rows.Max(r => Scale(r[i])))
            .Select(s => s <= MaxPaddedDecimals ? s : 0).ToArray();
        foreach (var row in report.Rows)
        {
            using var line = csv.NewRow();
            for (var i = 0; i < report.Columns.Count; i++)
            {
                line[report.Columns[i].Key].Set(PaddedCell(row[i], scales[i]));
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
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Inert(value.ToString() ?? ""),
    };

    /// <summary>A cell's CSV text with a fractional number padded with zeros to <paramref name="scale"/> decimals, so that a column reads
    /// with one number of decimals ("5.10" beside "1.30", not "5.1"); padding never rounds, so nothing published is lost.</summary>
    public static string PaddedCell(object? value, int scale)
    {
        var text = Cell(value);
        if (value is not (decimal or double or float) || scale == 0 || text.Contains('E', StringComparison.Ordinal) || text.Length == 0)
        {
            return text;
        }
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        return decimals >= scale ? text : text + (point < 0 ? "." : "") + new string('0', scale - decimals);
    }

    /// <summary>How many decimals a number's full-precision text has (0 for whole numbers, text and absent cells).</summary>
    private static int Scale(object? value)
    {
        if (value is not (decimal or double or float))
        {
            return 0;
        }
        var text = Cell(value);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 || text.Contains('E', StringComparison.Ordinal) ? 0 : text.Length - point - 1;
    }

    /// <summary>Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe.</summary>
    public static string Inert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
