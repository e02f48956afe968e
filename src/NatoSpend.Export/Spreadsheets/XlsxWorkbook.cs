using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NatoSpend.Export.Citations;
using NatoSpend.Reporting;

namespace NatoSpend.Export.Spreadsheets;

/// <summary>One sheet of figures: its tab name and its table.</summary>
/// <param name="Name">The tab name (at most 31 characters, none of <c>[]:*?/\</c>).</param>
/// <param name="Table">The table.</param>
public sealed record XlsxSheet(string Name, ReportTable Table);

/// <summary>Writes report tables as an XLSX workbook: typed cells with number formats, a header row, frozen panes, and a Sources sheet.</summary>
/// <remarks>
/// Numbers stay numbers (format from the column's decimals; years without a thousands separator), absent cells stay empty
/// (never zero), flags are TRUE/FALSE, and text is written as text, never as a formula: text a spreadsheet would run
/// (starting with =, +, -, @, tab or carriage return) gets the same leading apostrophe as in CSV.
/// </remarks>
public static class XlsxWorkbook
{
    /// <summary>The name of the sheet with the sources, edition, definition, prices, assumptions and notes.</summary>
    public const string SourcesSheet = "Sources";

    // Style indexes in the stylesheet below.
    private const uint Plain = 0, Header = 1, Integer = 2, Decimal1 = 3, Decimal2 = 4, Decimal3 = 5, Decimal4 = 6, YearStyle = 7, Wrapped = 8, Bold = 9;

    /// <summary>Writes the workbook.</summary>
    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets, ExportSources sources)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(sources);
        if (sheets.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet of figures.", nameof(sheets));
        }
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var sheet in sheets)
        {
            AddSheet(workbookPart, sheetList, id++, SheetName(sheet.Name), DataSheet(sheet.Table));
        }
        AddSheet(workbookPart, sheetList, id, SourcesSheet, SourcesSheetData(sheets, sources));
        workbookPart.Workbook.Save();
    }

    /// <summary>The workbook as bytes.</summary>
    public static byte[] ToBytes(IReadOnlyList<XlsxSheet> sheets, ExportSources sources)
    {
        using var memory = new MemoryStream();
        Write(memory, sheets, sources);
        return memory.ToArray();
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheetList, uint id, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Worksheet DataSheet(ReportTable table)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            header.Append(TextCell(Reference(i, 1), table.Columns[i].Title, Header));
        }
        data.Append(header);
        uint r = 2;
        foreach (var row in table.Rows)
        {
            var line = new Row { RowIndex = r };
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (Cell(Reference(i, r), row[i], table.Columns[i]) is { } cell)
                {
                    line.Append(cell);
                }
            }
            data.Append(line);
            r++;
        }
        var worksheet = new Worksheet();
        // Freeze the header row and, where the first column names the row (an ally, a year), that column too.
        var freezeColumn = table.Columns.Count > 1 && table.Columns[0].Key is "ally" or "year" or "rank";
        var pane = new Pane
        {
            VerticalSplit = 1D,
            TopLeftCell = freezeColumn ? "B2" : "A2",
            ActivePane = freezeColumn ? PaneValues.BottomRight : PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        };
        if (freezeColumn)
        {
            pane.HorizontalSplit = 1D;
        }
        worksheet.Append(new SheetViews(new SheetView(pane, new Selection { Pane = pane.ActivePane }) { WorkbookViewId = 0U }));
        worksheet.Append(Widths(table));
        worksheet.Append(data);
        if (table.Rows.Count > 0)
        {
            worksheet.Append(new AutoFilter { Reference = $"A1:{Reference(table.Columns.Count - 1, (uint)table.Rows.Count + 1)}" });
        }
        return worksheet;
    }

    private static Columns Widths(ReportTable table)
    {
        var columns = new Columns();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var c = table.Columns[i];
            var longest = table.Rows.Select(r => ReportText.Cell(r[i], c).Length).DefaultIfEmpty(0).Max();
            var width = Math.Clamp(Math.Max(c.Title.Length + 2, longest + 2), 6, 60);
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true });
        }
        return columns;
    }

    private static Worksheet SourcesSheetData(IReadOnlyList<XlsxSheet> sheets, ExportSources sources)
    {
        var rows = new List<(string Label, string Value, uint Style)>
        {
            ("What", sources.Title, Plain),
            ("Made with", $"{ExportSources.Tool}: {sources.Command}", Plain),
        };
        if (sources.Edition is { } e)
        {
            rows.Add(("Edition", $"{e.Publisher} {e.Id}: {e.Title}", Plain));
            rows.Add(("Published", e.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (e.CutOff is { } c ? " (information cut-off " + c.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")" : ""), Plain));
            rows.Add(("Definition", e.DefinitionLabel, Plain));
            rows.Add(("Prices", e.Prices, Plain));
            rows.Add(("Source", e.SourceLine, Plain));
            rows.Add(("Address", e.Url.ToString(), Plain));
            rows.Add(("Terms", e.Terms, Plain));
        }
        foreach (var line in Citation.Lines([.. sheets.Select(s => s.Table)], sources))
        {
            rows.Add(("Citation", line, Plain));
        }
        foreach (var line in sources.Assumptions)
        {
            rows.Add(("Assumption", line, Plain));
        }
        foreach (var sheet in sheets)
        {
            foreach (var note in sheet.Table.Notes)
            {
                rows.Add((sheets.Count > 1 ? "Note (" + SheetName(sheet.Name) + ")" : "Note", note, Plain));
            }
        }
        var data = new SheetData();
        uint r = 1;
        foreach (var (label, value, style) in rows)
        {
            data.Append(new Row(TextCell(Reference(0, r), label, Bold), TextCell(Reference(1, r), value, Wrapped)) { RowIndex = r });
            r++;
        }
        r++;
        data.Append(new Row(
            TextCell(Reference(0, r), "Sheet", Header), TextCell(Reference(1, r), "Column", Header), TextCell(Reference(2, r), "Key", Header),
            TextCell(Reference(3, r), "Unit", Header), TextCell(Reference(4, r), "Provenance", Header)) { RowIndex = r });
        r++;
        foreach (var sheet in sheets)
        {
            foreach (var c in sheet.Table.Columns)
            {
                var provenance = c.Provenance switch
                {
                    Provenance.Published => "published by the source",
                    Provenance.Derived => "derived: calculated by NatoSpend",
                    _ => "label",
                };
                data.Append(new Row(
                    TextCell(Reference(0, r), SheetName(sheet.Name), Plain), TextCell(Reference(1, r), c.Title, Plain), TextCell(Reference(2, r), c.Key, Plain),
                    TextCell(Reference(3, r), c.Unit ?? "", Plain), TextCell(Reference(4, r), provenance, Plain)) { RowIndex = r });
                r++;
            }
        }
        var worksheet = new Worksheet();
        worksheet.Append(new Columns(
            new Column { Min = 1, Max = 1, Width = 22, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 110, CustomWidth = true },
            new Column { Min = 3, Max = 3, Width = 28, CustomWidth = true },
            new Column { Min = 4, Max = 4, Width = 50, CustomWidth = true },
            new Column { Min = 5, Max = 5, Width = 32, CustomWidth = true }));
        worksheet.Append(data);
        return worksheet;
    }

    private static Cell? Cell(string reference, object? value, ReportColumn column) => value switch
    {
        null => null,
        bool b => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        int i => NumberCell(reference, i.ToString(CultureInfo.InvariantCulture), IsYear(column) ? YearStyle : column.Unit is null ? Plain : Integer),
        long l => NumberCell(reference, l.ToString(CultureInfo.InvariantCulture), column.Unit is null ? Plain : Integer),
        decimal d => NumberCell(reference, d.ToString(CultureInfo.InvariantCulture), IsYear(column) ? YearStyle : DecimalStyle(column.Decimals)),
        double d when double.IsFinite(d) => NumberCell(reference, d.ToString("R", CultureInfo.InvariantCulture), DecimalStyle(column.Decimals)),
        double => null,
        "" => null,
        string s => TextCell(reference, s, Plain),
        IFormattable f => TextCell(reference, f.ToString(null, CultureInfo.InvariantCulture), Plain),
        _ => TextCell(reference, value.ToString() ?? "", Plain),
    };

    private static bool IsYear(ReportColumn column) => column.Key is "year" or "deadline" or "base_year" or "review_year";

    private static uint DecimalStyle(int decimals) => decimals switch
    {
        <= 0 => Integer,
        1 => Decimal1,
        2 => Decimal2,
        3 => Decimal3,
        _ => Decimal4,
    };

    private static Cell NumberCell(string reference, string text, uint style) =>
        new() { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(text), StyleIndex = style };

    // An inline string: text, never a formula; formula-like text is made inert as in CSV.
    private static Cell TextCell(string reference, string text, uint style) => new(new InlineString(new Text(ReportCsv.Inert(Clean(text))) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    // XML 1.0 cannot carry most control characters; a spreadsheet cell has no use for them. Tab and carriage return at the
    // start are caught by Inert first, so the neutralising apostrophe stays visible.
    private static string Clean(string text) => text.Length > 0 && text[0] is '\t' or '\r'
        ? "'" + new string([.. text.Where(c => !char.IsControl(c) || c == '\n')])
        : new string([.. text.Where(c => !char.IsControl(c) || c is '\n' or '\t')]);

    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim('\'');
        return clean.Length == 0 ? "Data" : clean.Length > 31 ? clean[..31] : clean;
    }

    private static string Reference(int column, uint row)
    {
        var name = "";
        var n = column + 1;
        while (n > 0)
        {
            var m = (n - 1) % 26;
            name = (char)('A' + m) + name;
            n = (n - 1) / 26;
        }
        return name + row.ToString(CultureInfo.InvariantCulture);
    }

    private static Stylesheet Stylesheet()
    {
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.0" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "#,##0.00" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "#,##0.000" },
            new NumberingFormat { NumberFormatId = 168, FormatCode = "#,##0.0000" },
            new NumberingFormat { NumberFormatId = 169, FormatCode = "0" })
        { Count = 6 };
        var fonts = new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 };
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 };
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        CellFormat Format(uint numberFormat, uint font = 0, bool wrap = false) => new()
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = 0,
            BorderId = 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = font != 0,
            Alignment = wrap ? new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } : null,
            ApplyAlignment = wrap,
        };
        var cellFormats = new CellFormats(
            Format(0), Format(0, 1, wrap: true), Format(164), Format(165), Format(166), Format(167), Format(168), Format(169), Format(0, wrap: true), Format(0, 1))
        { Count = 10 };
        return new Stylesheet(formats, fonts, fills, borders, new CellStyleFormats(new CellFormat()) { Count = 1 }, cellFormats);
    }
}
