using System.Globalization;
using System.Text;
using NatoSpend.Data.Import;

namespace NatoSpend.Tests.Data.Import;

/// <summary>
/// Writes the IMF's full-database export layout (tab-separated, UTF-16 with a byte-order mark, CRLF, a row per country and
/// subject, years in columns with thousands separators and n/a, "Estimates Start After" last, a closing line) from a
/// shipped vintage in the long format, so that the importer can be tested on it.
/// </summary>
public static class WeoExportWriter
{
    public static string Text(string longCsv, string vintageName)
    {
        var rows = NatoWorkbookWriter.Rows(longCsv);
        var first = Math.Min(1980, rows.Min(r => int.Parse(r[1], CultureInfo.InvariantCulture)));
        var last = rows.Max(r => int.Parse(r[1], CultureInfo.InvariantCulture));
        var text = new StringBuilder();
        text.Append(string.Join('\t', WeoExportImporter.LeadingColumns))
            .Append('\t').Append(string.Join('\t', Enumerable.Range(first, last - first + 1)))
            .Append('\t').Append(WeoExportImporter.EstimatesStartAfter).Append("\r\n");
        var code = 100;
        foreach (var series in rows.GroupBy(r => (Iso: r[0], Subject: r[2])))
        {
            var byYear = series.ToDictionary(r => int.Parse(r[1], CultureInfo.InvariantCulture));
            var any = series.First();
            var (units, scale) = SplitUnit(any[4]);
            var historical = series.Where(r => r[7] == "historical").Select(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ToArray();
            var projected = series.Where(r => r[7] == "estimate_or_projection").Select(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ToArray();
            var estimatesStartAfter = historical.Length > 0 ? historical.Max().ToString(CultureInfo.InvariantCulture)
                : projected.Length > 0 ? (projected.Min() - 1).ToString(CultureInfo.InvariantCulture) : "n/a";
            text.Append(string.Join('\t', (code++).ToString(CultureInfo.InvariantCulture), series.Key.Iso, series.Key.Subject, series.Key.Iso, any[8], "See notes", units, scale, ""));
            for (var year = first; year <= last; year++)
            {
                text.Append('\t').Append(byYear.TryGetValue(year, out var r) ? WithThousands(r[3]) : "n/a");
            }
            text.Append('\t').Append(estimatesStartAfter).Append("\r\n");
        }
        // A country and a subject NatoSpend does not keep, which the importer passes over.
        text.Append("999\tAUT\tNGDP\tAustria\tGross domestic product, current prices\t\tNational currency\tBillions\t");
        for (var year = first; year <= last; year++)
        {
            text.Append("\t1,000.5");
        }
        text.Append("\t2024\r\n\r\n");
        text.Append("International Monetary Fund, World Economic Outlook Database, ").Append(vintageName).Append("\r\n");
        return text.ToString();
    }

    public static void Write(string path, string longCsv, string vintageName) =>
        File.WriteAllText(path, Text(longCsv, vintageName), new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

    private static (string Units, string Scale) SplitUnit(string unit)
    {
        foreach (var scale in new[] { "Billions", "Millions", "Thousands" })
        {
            var suffix = ", " + scale.ToLowerInvariant();
            if (unit.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (unit[..^suffix.Length], scale);
            }
        }
        return (unit, unit == "U.S. dollars" ? "Units" : "");
    }

    // The IMF writes 4,185.55 where the long format has 4185.55.
    private static string WithThousands(string value)
    {
        var negative = value.StartsWith('-');
        var digits = negative ? value[1..] : value;
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? digits : digits[..point];
        var grouped = new StringBuilder();
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                grouped.Append(',');
            }
            grouped.Append(whole[i]);
        }
        return (negative ? "-" : "") + grouped + (point < 0 ? "" : digits[point..]);
    }
}
