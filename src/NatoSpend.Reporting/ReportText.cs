using System.Globalization;

namespace NatoSpend.Reporting;

/// <summary>How a cell reads in a table for people: the same in the terminal, the HTML report and the web app.</summary>
public static class ReportText
{
    /// <summary>A cell as text: numbers at the column's decimals with thousands separators, absent as a dash, an estimate flag as <c>e</c>.</summary>
    public static string Cell(object? value, ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return value switch
        {
            null => "–",
            bool b when column.Key == "estimate" => b ? "e" : "",
            bool b => b ? "yes" : "no",
            decimal d => d.ToString(NumberFormat(column.Decimals), CultureInfo.InvariantCulture),
            double d => d.ToString(NumberFormat(column.Decimals), CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    /// <summary>The .NET format of a number at so many decimals with thousands separators, such as <c>#,0.00</c>.</summary>
    public static string NumberFormat(int decimals) => decimals <= 0 ? "#,0" : "#,0." + new string('0', decimals);
}
