using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NatoSpend.Data.Import;
using NatoSpend.Tests.Export;

namespace NatoSpend.Tests.Data.Import;

/// <summary>A cell of a generated sheet: text, or a number written with exactly these digits.</summary>
public sealed record GridCell(string Text, bool Number);

/// <summary>
/// Writes NATO's workbook in the layout the importer reads (<see cref="NatoWorkbookLayout"/>) from an edition in the long
/// format: NATO's own workbook does not ship, so the tests make one from the shipped 2026 edition and read it back.
/// </summary>
public static class NatoWorkbookWriter
{
    /// <summary>The sheets as grids of cells (row by row; <c>null</c> is an empty cell), before they are written.</summary>
    public static Dictionary<string, List<List<GridCell?>>> Grids(string longCsv)
    {
        var rows = Rows(longCsv);
        // ally, metric, year -> (value, estimate); ally -> currency (from Table 1's unit)
        var values = rows.ToDictionary(r => (r[0], r[2], int.Parse(r[1], CultureInfo.InvariantCulture)), r => r[3]);
        var estimates = rows.Where(r => r[5] == "true").Select(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ToHashSet();
        var currencies = rows.Where(r => r[2] == "defence_exp_natcur_current").GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.First()[4].Split(' ')[1].TrimEnd(','));
        var years = rows.Select(r => int.Parse(r[1], CultureInfo.InvariantCulture)).Distinct().Order().ToArray();

        var grids = new Dictionary<string, List<List<GridCell?>>>(StringComparer.Ordinal);
        foreach (var sheet in NatoWorkbookLayout.Sheets)
        {
            var grid = new List<List<GridCell?>> { new() { Text(sheet.Title) } };
            foreach (var block in sheet.Blocks)
            {
                grid.Add([Text(block.Label)]);
                var header = new List<GridCell?> { Text(NatoWorkbookLayout.CountryHeader) };
                if (sheet.HasCurrency)
                {
                    header.Add(Text(NatoWorkbookLayout.CurrencyHeader));
                }
                header.AddRange(years.Select(y => Text(y.ToString(CultureInfo.InvariantCulture) + (estimates.Contains(y) ? NatoWorkbookLayout.EstimateMark : ""))));
                grid.Add(header);
                foreach (var (name, code) in NatoWorkbookLayout.RowsOf(sheet))
                {
                    var row = new List<GridCell?> { Text(name) };
                    if (sheet.HasCurrency)
                    {
                        row.Add(Text(currencies[code]));
                    }
                    row.AddRange(years.Select(y => values.TryGetValue((code, block.Metric, y), out var v) ? new GridCell(v, true) : null));
                    grid.Add(row);
                }
                grid.Add([]);
            }
            grid.Add([Text("e: estimate. Source: NATO.")]);
            grids[sheet.Name] = grid;
        }
        return grids;
    }

    /// <summary>Writes the workbook, with Table 4 as NATO has it (not read) between Tables 3 and 5.</summary>
    public static void Write(string path, Dictionary<string, List<List<GridCell?>>> grids, DateTime saved)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        var ordered = grids.ToList();
        var table4 = ordered.FindIndex(g => g.Key == "Table 5");
        ordered.Insert(table4 < 0 ? ordered.Count : table4, new("Table 4", [[Text("Table 4: Defence expenditure and GDP growth rates (not read)")]]));
        foreach (var (name, grid) in ordered)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < grid.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < grid[r].Count; c++)
                {
                    if (grid[r][c] is not { } cell)
                    {
                        continue;
                    }
                    var reference = XlsxWorkbook.ColumnName(c + 1) + (r + 1).ToString(CultureInfo.InvariantCulture);
                    row.Append(cell.Number
                        ? new Cell { CellReference = reference, CellValue = new CellValue(cell.Text) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell.Text)) });
                }
                if (row.HasChildren)
                {
                    data.Append(row);
                }
            }
            part.Worksheet = new Worksheet(data);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }
        document.PackageProperties.Modified = saved;
    }

    private static GridCell Text(string text) => new(text, false);

    /// <summary>The rows of a file in the long format, without its header, read as RFC 4180 CSV.</summary>
    public static List<string[]> Rows(string longCsv) => [.. Csv.Parse(File.ReadAllText(longCsv)).Skip(1).Select(r => r.ToArray())];
}
