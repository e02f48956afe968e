using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NatoSpend.Data.Files;

namespace NatoSpend.Data.Import;

/// <summary>The colour of a cell's font, as publishers use it to mark figures (SIPRI: blue for its estimates, red for highly uncertain data).</summary>
public enum FontColour
{
    /// <summary>Black, automatic or any colour that marks nothing.</summary>
    Plain,
    /// <summary>Blue (indexed colour 12, or RGB 0000FF).</summary>
    Blue,
    /// <summary>Red (indexed colour 10, or RGB FF0000).</summary>
    Red,
}

/// <summary>One cell as stored in the sheet's XML.</summary>
/// <param name="Text">The stored text: for a number, its digits exactly as the file holds them (never reformatted); for text, the string.</param>
/// <param name="IsNumber">Whether the cell holds a number rather than text.</param>
/// <param name="Colour">Its font's colour.</param>
public readonly record struct XlsxCell(string Text, bool IsNumber, FontColour Colour);

/// <summary>One row of a sheet: its 1-based number and its non-empty cells by 1-based column.</summary>
public sealed record XlsxRow(int Number, IReadOnlyDictionary<int, XlsxCell> Cells)
{
    /// <summary>The cell in a column, or <c>null</c> when it is empty.</summary>
    public XlsxCell? At(int column) => Cells.TryGetValue(column, out var cell) ? cell : null;

    /// <summary>The text in a column, or "" when the cell is empty.</summary>
    public string TextAt(int column) => Cells.TryGetValue(column, out var cell) ? cell.Text : "";
}

/// <summary>
/// A publisher's xlsx workbook, read with the Open XML SDK within the file limit: sheet names, rows with each cell's
/// stored text and font colour, and the document's dates. Anything the SDK cannot read is one sentence naming the file.
/// </summary>
public sealed class XlsxWorkbook
{
    // A sheet larger than this many characters of XML is refused before it is parsed: a compressed bomb, not a table.
    private const long MostCharactersInPart = 256L * 1024 * 1024;

    private readonly Dictionary<string, IReadOnlyList<XlsxRow>> _sheets;

    private XlsxWorkbook(string display, IReadOnlyList<string> names, Dictionary<string, IReadOnlyList<XlsxRow>> sheets, DateTime? modified)
    {
        Display = display;
        SheetNames = names;
        _sheets = sheets;
        Modified = modified;
    }

    /// <summary>The file as named in messages.</summary>
    public string Display { get; }

    /// <summary>The sheets, in the workbook's order.</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>When the document says it was last saved, or <c>null</c>.</summary>
    public DateTime? Modified { get; }

    /// <summary>Whether the workbook has a sheet of this name.</summary>
    public bool Has(string sheet) => _sheets.ContainsKey(sheet);

    /// <summary>The rows of a sheet that has at least one non-empty cell, in order.</summary>
    /// <exception cref="DataFileException">The workbook has no such sheet; the message names the sheets it has.</exception>
    public IReadOnlyList<XlsxRow> Rows(string sheet) => _sheets.TryGetValue(sheet, out var rows)
        ? rows
        : throw new DataFileException(new DataProblem(Display, null,
            $"the workbook has no sheet '{sheet}', which the layout expects; its sheets are {string.Join(", ", SheetNames.Select(s => $"'{s}'"))}."));

    /// <summary>Reads a workbook file within <see cref="FileLimits.Workbook"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <exception cref="DataFileException">The file is missing, too large, or not a workbook the SDK can read.</exception>
    public static XlsxWorkbook Read(string path, string display)
    {
        var bytes = BoundedFile.Read(path, display, FileLimits.Workbook, "workbook");
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MostCharactersInPart });
            var part = document.WorkbookPart ?? throw NotAWorkbook(display, "it has no workbook part");
            var strings = part.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var colours = Colours(part.WorkbookStylesPart?.Stylesheet);
            var names = new List<string>();
            var sheets = new Dictionary<string, IReadOnlyList<XlsxRow>>(StringComparer.Ordinal);
            foreach (var sheet in part.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                var name = sheet.Name?.Value ?? "";
                if (sheet.Id?.Value is not { } id || part.GetPartById(id) is not WorksheetPart worksheet || sheets.ContainsKey(name))
                {
                    continue; // a chart sheet or a broken reference: no table to read
                }
                names.Add(name);
                sheets[name] = ReadRows(worksheet, strings, colours);
            }
            return new XlsxWorkbook(display, names, sheets, document.PackageProperties.Modified);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException
            or InvalidOperationException or NotSupportedException or ArgumentException or OverflowException or KeyNotFoundException)
        {
            throw NotAWorkbook(display, e.Message);
        }
    }

    private static DataFileException NotAWorkbook(string display, string reason) => new(new DataProblem(display, null,
        $"the file is not an xlsx workbook NatoSpend can read ({ImportText.Clause(reason)}); give the publisher's .xlsx file as downloaded."));

    private static List<XlsxRow> ReadRows(WorksheetPart worksheet, string[] strings, FontColour[] colours)
    {
        var rows = new List<XlsxRow>();
        using var reader = OpenXmlReader.Create(worksheet);
        var lastRow = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index and > 0 and <= 1_048_576 ? (int)index : lastRow + 1;
            lastRow = number;
            var cells = new Dictionary<int, XlsxCell>();
            var lastColumn = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnOf(cell.CellReference?.Value) ?? lastColumn + 1;
                lastColumn = column;
                if (Value(cell, strings) is not { } value)
                {
                    continue;
                }
                var style = cell.StyleIndex?.Value is { } s && s < colours.Length ? colours[s] : FontColour.Plain;
                cells[column] = new XlsxCell(value.Text, value.IsNumber, style);
            }
            if (cells.Count > 0)
            {
                rows.Add(new XlsxRow(number, cells));
            }
        }
        return rows;
    }

    private static (string Text, bool IsNumber)? Value(Cell cell, string[] strings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? (inline.InnerText, false) : null;
        }
        if (cell.CellValue?.Text is not { } raw)
        {
            return null;
        }
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? (strings[i], false) : null;
        }
        return (raw, type is null || type == CellValues.Number);
    }

    // Font colour per cell format: SIPRI marks estimates in blue and uncertain figures in red.
    private static FontColour[] Colours(Stylesheet? stylesheet)
    {
        var fonts = stylesheet?.Fonts?.Elements<Font>().Select(f => f.Color is { } c ? ColourOf(c) : FontColour.Plain).ToArray() ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.FontId?.Value is { } id && id < fonts.Length ? fonts[id] : FontColour.Plain)
            .ToArray() ?? [];
    }

    private static FontColour ColourOf(Color colour) => (colour.Indexed?.Value, colour.Rgb?.Value?.ToUpperInvariant()) switch
    {
        (12u, _) or (_, "FF0000FF" or "0000FF") => FontColour.Blue,
        (10u, _) or (_, "FFFF0000" or "FF0000") => FontColour.Red,
        _ => FontColour.Plain,
    };

    /// <summary>The 1-based column of a reference such as <c>C12</c>, or <c>null</c>.</summary>
    public static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > 16_384)
            {
                return null;
            }
        }
        return column > 0 ? column : null;
    }

    /// <summary>The letters of a 1-based column: 1 is A, 27 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + (c - 1) % 26) + name;
        }
        return name;
    }
}
