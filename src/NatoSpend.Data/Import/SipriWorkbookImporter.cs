using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NatoSpend.Data.Files;

namespace NatoSpend.Data.Import;

/// <summary>A SIPRI workbook read into the tidy files of <c>sipri/README.md</c>.</summary>
/// <param name="FileName">The workbook's file name, which the vintage column quotes.</param>
/// <param name="FirstYear">The first year of the data (1949).</param>
/// <param name="LastYear">The last year, which names the release (2025 for the release of April 2026).</param>
/// <param name="ConstantBase">The base year of the constant-price sheet ("Constant (2024) US$").</param>
/// <param name="Copyright">The year of SIPRI's copyright line ("© SIPRI 2026"), or <c>null</c>.</param>
/// <param name="Modified">When the workbook was last saved, as its document properties say.</param>
/// <param name="Data">The data CSV, as shipped (<c>sipri_milex_2025_release.csv</c>).</param>
/// <param name="Footnotes">The footnotes CSV.</param>
/// <param name="Rows">The data rows.</param>
/// <param name="Countries">The countries with at least one row.</param>
/// <param name="FootnoteRows">The rows of the footnotes CSV (a country and a note it references).</param>
public sealed record SipriWorkbook(string FileName, int FirstYear, int LastYear, int ConstantBase, int? Copyright, DateTime? Modified,
    string Data, string Footnotes, int Rows, int Countries, int FootnoteRows);

/// <summary>
/// Reads SIPRI's Military Expenditure Database workbook (the file SIPRI publishes, such as SIPRI-Milex-data-1949-2025_v1.2.xlsx)
/// into the tidy long CSV and the footnotes CSV that ship in <c>data/sipri/</c>, byte for byte as they were derived.
/// </summary>
/// <remarks>
/// Values are the cells' stored digits, never reformatted; cells holding SIPRI's ". .", "...", "…" or "xxx" are left out;
/// a blue figure is a SIPRI estimate and a red one highly uncertain. The countries are the 32 allies, the six context
/// countries and the four predecessor states the shipped releases carry.
/// </remarks>
public static partial class SipriWorkbookImporter
{
    private const string Header = "iso3,year,indicator,value,unit,source,vintage,flag,sipri_country,sipri_note_refs";

    /// <summary>SIPRI's country names and the ISO 3166 codes NatoSpend files them under (ISO 3166-3 for the predecessor states).</summary>
    public static readonly IReadOnlyDictionary<string, string> Countries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Albania"] = "ALB", ["Australia"] = "AUS", ["Belgium"] = "BEL", ["Bulgaria"] = "BGR", ["Canada"] = "CAN", ["China"] = "CHN",
        ["Czechoslovakia"] = "CSK", ["Czechia"] = "CZE", ["German Democratic Republic"] = "DDR", ["Germany"] = "DEU", ["Denmark"] = "DNK",
        ["Spain"] = "ESP", ["Estonia"] = "EST", ["Finland"] = "FIN", ["France"] = "FRA", ["United Kingdom"] = "GBR", ["Greece"] = "GRC",
        ["Croatia"] = "HRV", ["Hungary"] = "HUN", ["Iceland"] = "ISL", ["Italy"] = "ITA", ["Japan"] = "JPN", ["Korea, South"] = "KOR",
        ["Lithuania"] = "LTU", ["Luxembourg"] = "LUX", ["Latvia"] = "LVA", ["North Macedonia"] = "MKD", ["Montenegro"] = "MNE",
        ["Netherlands"] = "NLD", ["Norway"] = "NOR", ["Poland"] = "POL", ["Portugal"] = "PRT", ["Romania"] = "ROU", ["Russia"] = "RUS",
        ["USSR"] = "SUN", ["Slovakia"] = "SVK", ["Slovenia"] = "SVN", ["Sweden"] = "SWE", ["Türkiye"] = "TUR", ["Ukraine"] = "UKR",
        ["United States of America"] = "USA", ["Yugoslavia"] = "YUG",
    };

    private const string FootnotesSheet = "Footnotes";

    /// <summary>Reads a workbook.</summary>
    /// <param name="path">The workbook's path.</param>
    /// <param name="display">How it is named in messages.</param>
    /// <exception cref="DataFileException">The file is not a workbook, or its layout is not SIPRI's: one problem naming the sheet, row and column.</exception>
    public static SipriWorkbook Read(string path, string display)
    {
        var workbook = XlsxWorkbook.Read(path, display);
        var fileName = Path.GetFileName(path);
        var constantSheet = workbook.SheetNames.FirstOrDefault(s => ConstantSheet().IsMatch(s))
            ?? throw new DataFileException(new DataProblem(display, null,
                $"the workbook has no sheet 'Constant (YYYY) US$', which SIPRI's layout has; its sheets are {string.Join(", ", workbook.SheetNames.Select(s => $"'{s}'"))}."));
        var constantBase = int.Parse(ConstantSheet().Match(constantSheet).Groups[1].ValueSpan, CultureInfo.InvariantCulture);

        var sheets = SipriSheet.All(constantSheet, constantBase);
        var figures = new List<string[]>();
        var notes = new SortedDictionary<string, (string Name, SortedSet<string> Refs)>(StringComparer.Ordinal);
        int first = int.MaxValue, last = int.MinValue;
        foreach (var sheet in sheets)
        {
            var rows = workbook.Rows(sheet.Name);
            var layout = sheet.ReadHeader(rows, display);
            first = Math.Min(first, layout.Years.Min(y => y.Year));
            last = Math.Max(last, layout.Years.Max(y => y.Year));
            foreach (var (row, name, code) in CountryRows(rows, layout.HeaderRow))
            {
                var notesText = layout.Notes is { } n ? row.TextAt(n) : "";
                var unit = sheet.Unit(row, layout);
                foreach (var (column, year) in layout.Years)
                {
                    if (row.At(column) is not { IsNumber: true } cell)
                    {
                        continue; // ". .", "...", "xxx" or empty: not a figure
                    }
                    figures.Add([code, year.ToString(CultureInfo.InvariantCulture), sheet.Indicator, cell.Text, unit, sheet.Source, "", Flag(cell.Colour), name, notesText]);
                }
                var entry = notes.TryGetValue(code, out var found) ? found : notes[code] = (name, new SortedSet<string>(NoteOrder.Instance));
                foreach (Match reference in NoteReference().Matches(notesText))
                {
                    entry.Refs.Add(reference.Value);
                }
            }
        }
        if (figures.Count == 0)
        {
            throw new DataFileException(new DataProblem(display, null, "the workbook has no figure for any of the countries NatoSpend reads (the allies, Russia, China, Ukraine, Japan, Australia, South Korea); check that it is SIPRI's military-expenditure workbook."));
        }
        var vintage = string.Create(CultureInfo.InvariantCulture, $"SIPRI Milex {last} release (data {first}-{last}), file {fileName}");
        figures.Sort(FigureOrder);

        var data = new StringBuilder(figures.Count * 300).Append(Header).Append('\n');
        foreach (var figure in figures)
        {
            figure[6] = vintage;
            ImportText.AppendRow(data, figure);
        }
        var texts = NoteTexts(workbook, display);
        var footnotes = new StringBuilder().Append("iso3,sipri_country,note_ref,note_text,vintage\n");
        var footnoteRows = 0;
        foreach (var (code, (name, refs)) in notes)
        {
            foreach (var reference in refs)
            {
                ImportText.AppendRow(footnotes, code, name, reference, texts.GetValueOrDefault(reference, ""), vintage);
                footnoteRows++;
            }
        }
        return new SipriWorkbook(fileName, first, last, constantBase, Copyright(workbook), workbook.Modified, data.ToString(), footnotes.ToString(),
            figures.Count, figures.Select(f => f[0]).Distinct().Count(), footnoteRows);
    }

    private static IEnumerable<(XlsxRow Row, string Name, string Code)> CountryRows(IReadOnlyList<XlsxRow> rows, int headerRow)
    {
        foreach (var row in rows)
        {
            if (row.Number > headerRow && Countries.TryGetValue(row.TextAt(1), out var code))
            {
                yield return (row, row.TextAt(1), code);
            }
        }
    }

    // Sorted as shipped: by country code, indicator, then year.
    private static int FigureOrder(string[] a, string[] b)
    {
        var order = string.CompareOrdinal(a[0], b[0]);
        order = order != 0 ? order : string.CompareOrdinal(a[2], b[2]);
        return order != 0 ? order : int.Parse(a[1], CultureInfo.InvariantCulture).CompareTo(int.Parse(b[1], CultureInfo.InvariantCulture));
    }

    private static string Flag(FontColour colour) => colour switch
    {
        FontColour.Blue => "sipri_estimate",
        FontColour.Red => "highly_uncertain",
        _ => "",
    };

    // The Footnotes sheet: a special symbol or a footnote number in column A, its text in the first filled column after it.
    private static Dictionary<string, string> NoteTexts(XlsxWorkbook workbook, string display)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in workbook.Rows(FootnotesSheet))
        {
            var reference = row.TextAt(1).Trim();
            if (!NoteReference().IsMatch(reference) || NoteReference().Match(reference).Value != reference)
            {
                continue;
            }
            var text = row.Cells.Where(c => c.Key > 1 && c.Value.Text.Length > 0).OrderBy(c => c.Key).Select(c => c.Value.Text).FirstOrDefault();
            if (text is not null)
            {
                texts[reference] = text.Trim();
            }
        }
        if (texts.Count == 0)
        {
            throw ImportText.Layout(display, FootnotesSheet, 1, 1, "the notes of SIPRI's Footnotes sheet (a symbol or a number in column A, its text beside it)", null);
        }
        return texts;
    }

    private static int? Copyright(XlsxWorkbook workbook)
    {
        var rows = workbook.Rows("Current US$");
        var title = rows.Count > 0 ? rows[0].TextAt(1) : "";
        return CopyrightLine().Match(title) is { Success: true } m ? int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^Constant \(((?:19|20)\d\d)\) US\$$")]
    private static partial Regex ConstantSheet();

    [GeneratedRegex(@"\d+|[†‡§¶‖]")]
    private static partial Regex NoteReference();

    [GeneratedRegex(@"© SIPRI ((?:19|20)\d\d)")]
    private static partial Regex CopyrightLine();

    // Footnote numbers in numeric order, then SIPRI's special symbols in code-point order, as the shipped footnotes list them.
    private sealed class NoteOrder : IComparer<string>
    {
        public static readonly NoteOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var (xNumber, yNumber) = (long.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var a), long.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var b));
            return (xNumber, yNumber) switch
            {
                (true, true) => a != b ? a.CompareTo(b) : string.CompareOrdinal(x, y),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(x, y),
            };
        }
    }
}
