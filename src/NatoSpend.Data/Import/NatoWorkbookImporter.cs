using System.Globalization;
using System.Text;
using NatoSpend.Data.Files;

namespace NatoSpend.Data.Import;

/// <summary>One figure of NATO's workbook, as a row of the long format will hold it.</summary>
/// <param name="Code">The ally's ISO code, or NATO_EUROPE_CANADA, NATO_TOTAL.</param>
/// <param name="Year">The year.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Value">The cell's stored digits.</param>
/// <param name="Unit">The unit, with the ally's currency in Table 1.</param>
/// <param name="Estimate">Whether the year's column is marked as an estimate.</param>
/// <param name="SourceTable">The table and block.</param>
public sealed record NatoFigure(string Code, int Year, string Metric, string Value, string Unit, bool Estimate, string SourceTable);

/// <summary>NATO's workbook, read: its figures and the years it covers.</summary>
/// <param name="FileName">The workbook's file name.</param>
/// <param name="FirstYear">The first year of its tables.</param>
/// <param name="LastYear">The last year, which names the edition.</param>
/// <param name="Modified">When the workbook was last saved, as its document properties say.</param>
/// <param name="Figures">Every figure, in the long format's order.</param>
public sealed record NatoWorkbook(string FileName, int FirstYear, int LastYear, DateTime? Modified, IReadOnlyList<NatoFigure> Figures)
{
    /// <summary>The columns of the long format (<c>data/nato/README.md</c>).</summary>
    public const string Header = "ally_iso3,year,metric,value,unit,estimate,source_edition,source_table,definition,via";

    /// <summary>The edition's file in the long format.</summary>
    /// <param name="sourceEdition">The source_edition column ("2026 edition (2014-2026), July 2026").</param>
    /// <param name="definition">The definition column (core_defence_expenditure or defence_expenditure).</param>
    /// <param name="via">The via column: the copy of NATO's file the figures were read from.</param>
    public string Csv(string sourceEdition, string definition, string via)
    {
        var csv = new StringBuilder(Figures.Count * 240).Append(Header).Append('\n');
        foreach (var f in Figures)
        {
            ImportText.AppendRow(csv, f.Code, f.Year.ToString(CultureInfo.InvariantCulture), f.Metric, f.Value, f.Unit, f.Estimate ? "true" : "false",
                sourceEdition, f.SourceTable, definition, via);
        }
        return csv.ToString();
    }
}

/// <summary>Reads NATO's workbook of the Defence Expenditure of NATO Countries tables in the layout of <see cref="NatoWorkbookLayout"/>.</summary>
public static class NatoWorkbookImporter
{
    /// <summary>Reads a workbook.</summary>
    /// <param name="path">The workbook's path.</param>
    /// <param name="display">How it is named in messages.</param>
    /// <exception cref="DataFileException">The file is not a workbook, or its layout differs: one problem naming the sheet, row and column.</exception>
    public static NatoWorkbook Read(string path, string display)
    {
        var workbook = XlsxWorkbook.Read(path, display);
        var figures = new List<NatoFigure>();
        var years = new SortedSet<int>();
        foreach (var sheet in NatoWorkbookLayout.Sheets)
        {
            ReadSheet(workbook, sheet, display, figures, years);
        }
        if (figures.Count == 0)
        {
            throw new DataFileException(new DataProblem(display, null, "the workbook's tables hold no figure at all; check that it is NATO's workbook of defence expenditure."));
        }
        figures.Sort((a, b) =>
        {
            // As the shipped editions are sorted: by metric, then by code (the aggregates' NATO_ codes among the allies'), then by year.
            var order = string.CompareOrdinal(a.Metric, b.Metric);
            order = order != 0 ? order : string.CompareOrdinal(a.Code, b.Code);
            return order != 0 ? order : a.Year.CompareTo(b.Year);
        });
        return new NatoWorkbook(Path.GetFileName(path), years.Min, years.Max, workbook.Modified, figures);
    }

    private static void ReadSheet(XlsxWorkbook workbook, NatoSheet sheet, string display, List<NatoFigure> figures, SortedSet<int> allYears)
    {
        var rows = workbook.Rows(sheet.Name);
        var at = 0;
        XlsxRow Next(string expected)
        {
            if (at < rows.Count)
            {
                return rows[at++];
            }
            var after = rows.Count > 0 ? rows[^1].Number + 1 : 1;
            throw ImportText.Layout(display, sheet.Name, after, 1, expected, null);
        }

        var title = Next($"the title '{sheet.Title}'");
        if (!title.TextAt(1).StartsWith(sheet.Name, StringComparison.Ordinal))
        {
            throw ImportText.Layout(display, sheet.Name, title.Number, 1, $"the title '{sheet.Title}'", title.TextAt(1));
        }
        foreach (var block in sheet.Blocks)
        {
            var label = Next($"the block label '{block.Label}'");
            if (label.TextAt(1).Trim() != block.Label)
            {
                throw ImportText.Layout(display, sheet.Name, label.Number, 1, $"the block label '{block.Label}'", label.TextAt(1));
            }
            var header = Next($"the header row of '{block.Label}', starting with '{NatoWorkbookLayout.CountryHeader}'");
            var years = Years(header, sheet, display);
            foreach (var (name, code) in NatoWorkbookLayout.RowsOf(sheet))
            {
                var row = Next($"the row of {name}");
                if (row.TextAt(1).Trim() != name)
                {
                    throw ImportText.Layout(display, sheet.Name, row.Number, 1, $"the row of '{name}' (NATO's allies in NATO's order{(sheet.HasAggregates ? ", then NATO Europe and Canada and NATO Total" : "")})", row.TextAt(1));
                }
                var unit = block.Unit;
                if (sheet.HasCurrency)
                {
                    var currency = row.TextAt(2).Trim();
                    if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
                    {
                        throw ImportText.Layout(display, sheet.Name, row.Number, 2, $"{name}'s currency as a three-letter code, such as EUR", row.TextAt(2));
                    }
                    unit = unit.Replace("{currency}", currency, StringComparison.Ordinal);
                }
                foreach (var (column, year, estimate) in years)
                {
                    if (row.At(column) is not { } cell || (!cell.IsNumber && cell.Text.Trim().Length == 0))
                    {
                        continue; // NATO publishes no figure: the row is absent, never a zero
                    }
                    if (!cell.IsNumber || !decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    {
                        throw ImportText.Layout(display, sheet.Name, row.Number, column, $"{name}'s {year.ToString(CultureInfo.InvariantCulture)} figure as a number, or an empty cell", cell.Text);
                    }
                    figures.Add(new NatoFigure(code, year, block.Metric, cell.Text, unit, estimate, block.SourceTable));
                    allYears.Add(year);
                }
            }
        }
    }

    // The header: "Country", "Currency unit" in Table 1, then one column per year, each year after the one before, "2026e" for an estimate.
    private static List<(int Column, int Year, bool Estimate)> Years(XlsxRow header, NatoSheet sheet, string display)
    {
        if (header.TextAt(1).Trim() != NatoWorkbookLayout.CountryHeader)
        {
            throw ImportText.Layout(display, sheet.Name, header.Number, 1, $"the header '{NatoWorkbookLayout.CountryHeader}'", header.TextAt(1));
        }
        var column = 2;
        if (sheet.HasCurrency)
        {
            if (header.TextAt(2).Trim() != NatoWorkbookLayout.CurrencyHeader)
            {
                throw ImportText.Layout(display, sheet.Name, header.Number, 2, $"the header '{NatoWorkbookLayout.CurrencyHeader}'", header.TextAt(2));
            }
            column = 3;
        }
        var years = new List<(int, int, bool)>();
        for (; header.TextAt(column).Trim() is { Length: > 0 } text; column++)
        {
            var estimate = text.EndsWith(NatoWorkbookLayout.EstimateMark, StringComparison.Ordinal);
            var digits = estimate ? text[..^NatoWorkbookLayout.EstimateMark.Length] : text;
            var expected = years.Count == 0 ? (int?)null : years[^1].Item2 + 1;
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1949 or > 2100 || (expected is { } e && year != e))
            {
                throw ImportText.Layout(display, sheet.Name, header.Number, column,
                    expected is { } next ? $"the year {next.ToString(CultureInfo.InvariantCulture)} (or {next.ToString(CultureInfo.InvariantCulture)}e for an estimate), after the year before it" : "the first year, such as 2014", text);
            }
            years.Add((column, year, estimate));
        }
        if (years.Count == 0)
        {
            throw ImportText.Layout(display, sheet.Name, header.Number, column, "the first year, such as 2014", null);
        }
        return years;
    }
}
