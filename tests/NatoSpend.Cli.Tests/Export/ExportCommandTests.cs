using System.Globalization;
using System.Net;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NatoSpend.Tests.Cli;
using SkiaSharp;

namespace NatoSpend.Tests.Export;

/// <summary>Spreadsheets, charts, reports and citations as the CLI writes them.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private const string HyperlinkNote = "=HYPERLINK(\"http://x\",\"y\")";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void XlsxWithoutOut_IsAUsageError()
    {
        var result = CliRun.Run("status", "--format", "xlsx");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: --format xlsx writes a binary workbook, which is never sent to the terminal; give the file with --out, such as --out status.xlsx.\n", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void OutWithJson_IsAUsageError()
    {
        var result = CliRun.Run("status", "--format", "json", "--out", _temp.File("s.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("redirect it instead", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("s.txt", "must end in .xlsx")]
    [InlineData("missing/s.xlsx", "does not exist; create it first")]
    public void BadOutFile_IsAUsageError(string name, string message)
    {
        var result = CliRun.Run("status", "--format", "xlsx", "--out", _temp.File(name));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExistingFile_IsNotOverwrittenWithoutForce()
    {
        var path = _temp.File("status.xlsx");
        File.WriteAllText(path, "mine");
        var refused = CliRun.Run("status", "--format", "xlsx", "--out", path);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("exists; NatoSpend does not overwrite it unless you add --force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(path));

        var forced = CliRun.Run("status", "--format", "xlsx", "--out", path, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual("mine", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.tmp-*"));
    }

    [Fact]
    public void StatusXlsx_HasTypedCellsHeaderFrozenPaneAndSources()
    {
        var path = _temp.File("status.xlsx");
        Assert.Equal(0, CliRun.Run("status", "--year", "2024", "--format", "xlsx", "--out", path).ExitCode);
        using var doc = SpreadsheetDocument.Open(path, false);
        var (status, sources) = (Sheet(doc, "Status"), Sheet(doc, "Sources"));
        var rows = status.Descendants<Row>().ToArray();
        Assert.Equal(32, rows.Length); // header + 31 allies
        Assert.Equal("Share %", Text(rows[0].Elements<Cell>().ElementAt(3)));
        var share = rows[1].Elements<Cell>().First(c => c.CellReference == "D2");
        Assert.Equal(CellValues.Number, share.DataType!.Value);
        Assert.True(decimal.Parse(share.CellValue!.Text, CultureInfo.InvariantCulture) > 2m);
        Assert.NotNull(share.StyleIndex);
        var pane = status.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1D, pane.VerticalSplit!.Value);
        var text = string.Join("\n", sources.Descendants<Cell>().Select(Text));
        Assert.Contains(TestData.Edition2026.Edition.SourceLine, text, StringComparison.Ordinal);
        Assert.Contains("calculated by NatoSpend", text, StringComparison.Ordinal);
        Assert.Contains("core_defence_expenditure", text, StringComparison.Ordinal);
        Assert.Contains("derived: calculated by NatoSpend", text, StringComparison.Ordinal);
        Assert.Empty(doc.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
    }

    [Fact]
    public void PlanWithHyperlinkNote_ExportsAsInertText()
    {
        var plan = _temp.File("plan.csv");
        File.WriteAllText(plan, "# ally: DEU\n# title: A plan with a formula in its note\nyear,core_share,note\n2026,2.8,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n2027,3.0,\n2028,3.2,\n2029,3.5,\n");
        var path = _temp.File("check.xlsx");
        var result = CliRun.Run("check", plan, "--format", "xlsx", "--out", path);
        Assert.Equal(3, result.ExitCode); // incomplete: the verdict's exit code stands
        using (var doc = SpreadsheetDocument.Open(path, false))
        {
            var cells = Sheet(doc, "Years").Descendants<Cell>().ToArray();
            var note = Assert.Single(cells, c => Text(c).Contains("HYPERLINK", StringComparison.Ordinal));
            Assert.Equal("'" + HyperlinkNote, Text(note));
            Assert.Equal(CellValues.InlineString, note.DataType!.Value);
            Assert.Empty(doc.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        }
        var csv = CliRun.Run("check", plan, "--format", "csv");
        Assert.DoesNotContain("," + HyperlinkNote.Replace("\"", "\"\"", StringComparison.Ordinal), csv.Output, StringComparison.Ordinal);
        var json = CliRun.Run("check", plan, "--format", "json");
        Assert.Contains("HYPERLINK", json.Output, StringComparison.Ordinal); // JSON keeps the text as data; only spreadsheets run formulas
        var years = CliRun.Run("path", "DEU", "--format", "csv");
        Assert.Equal(0, years.ExitCode);
    }

    [Fact]
    public void Cite_NamesSourceEditionTableDateAndNatoSpend()
    {
        var result = CliRun.Run("status", "--year", "2024", "--cite");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("NATO (2026). Defence Expenditure of NATO Countries (2014-2026), edition 2026, published 2026-07-10 (information cut-off 2026-07-03): Table 1, Table 2, Table 3", lines[0], StringComparison.Ordinal);
        Assert.Contains("https://www.nato.int/", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Derived values (#; Share % (as counted); Band; Δ pp; Equip. ≥ 20%; Meets 2%; Gap to 2% pp;", lines[1], StringComparison.Ordinal);
        Assert.Contains("calculated by NatoSpend", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("made with: natospend status --year 2024 --cite", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("path", "DEU")]
    [InlineData("alliance")]
    [InlineData("gap")]
    [InlineData("ally", "POL")]
    public void EveryViewCites(params string[] args)
    {
        var result = CliRun.Run([.. args, "--cite"]);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("NATO (2026).", result.Output, StringComparison.Ordinal);
        Assert.Contains("Table 3", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ally", "POL")]
    [InlineData("path", "DEU")]
    [InlineData("gap")]
    [InlineData("alliance")]
    [InlineData("compare", "--year", "2024")]
    [InlineData("ukraine")]
    [InlineData("editions")]
    [InlineData("personnel", "DEU")]
    [InlineData("simulate", "DEU", "--draws", "2000")]
    public void EveryTabularCommandWritesXlsx(params string[] args)
    {
        var path = _temp.File("out.xlsx");
        var result = CliRun.Run([.. args, "--format", "xlsx", "--out", path]);
        Assert.Equal(0, result.ExitCode);
        using var doc = SpreadsheetDocument.Open(path, false);
        Assert.Equal("Sources", doc.WorkbookPart!.Workbook.Descendants<Sheet>().Last().Name!.Value);
        if (args[0] == "editions")
        {
            return; // the registry of datasets is all text and dates
        }
        Assert.Contains(doc.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()), c => c.DataType?.Value == CellValues.Number);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("ally", "DEU", "--plan", "../../../../../data/plans/deu-2025-06.csv")]
    [InlineData("path", "POL", "--shape", "min-step")]
    [InlineData("alliance")]
    [InlineData("simulate", "DEU", "--draws", "2000")]
    public void PngChart_HasTheRequestedSizeAndIsNotBlank(params string[] args)
    {
        var path = _temp.File("chart.png");
        var plan = Array.IndexOf(args, "--plan");
        if (plan >= 0)
        {
            args[plan + 1] = Path.Combine(TestData.Catalog.Folder.Root, "plans", "deu-2025-06.csv");
        }
        var result = CliRun.Run(["chart", .. args, "--out", path, "--width", "900", "--height", "560"]);
        Assert.Equal(0, result.ExitCode);
        using var bitmap = SKBitmap.Decode(path);
        Assert.Equal((900, 560), (bitmap.Width, bitmap.Height));
        var pixels = bitmap.Pixels;
        var inked = pixels.Count(p => p.Red < 200 || p.Green < 200 || p.Blue < 200);
        Assert.True(inked > pixels.Length / 50, $"only {inked} of {pixels.Length} pixels are drawn");
        Assert.True(pixels.Distinct().Count() > 20, "the chart has too few colours to be a chart");
    }

    [Fact]
    public void SvgChart_IsWellFormedWithTitleAndSourceLine()
    {
        var path = _temp.File("chart.svg");
        Assert.Equal(0, CliRun.Run("chart", "ally", "DEU", "--out", path).ExitCode);
        var svg = XDocument.Load(path);
        var text = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value + " "));
        Assert.Contains("Germany: defence spending as a share of GDP", text, StringComparison.Ordinal);
        Assert.Contains("Source: NATO", text, StringComparison.Ordinal);
        Assert.Contains("Share of GDP, %", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--width", "50", "The size '50' given to --width is not a whole number of pixels from 200 to 4000; give one such as 1000.")]
    [InlineData("--out", "chart.gif", "must end in .png, .svg")]
    public void ChartMistakes_AreUsageErrors(string option, string value, string message)
    {
        var args = option == "--out"
            ? new[] { "chart", "status", "--out", _temp.File(value) }
            : ["chart", "status", "--out", _temp.File("c.png"), option, value];
        var result = CliRun.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlReport_IsSelfContainedWithStandingGapsPathsPlansMethodsAndCitations()
    {
        var path = _temp.File("deu.html");
        Assert.Equal(0, CliRun.Run("report", "DEU", "--out", path).ExitCode);
        var html = File.ReadAllText(path);
        foreach (var external in new[] { " src=", "<link", "<script", "<img", "url(http", "url(//", "href=\"http" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("<svg viewBox=", html, StringComparison.Ordinal);
        var text = WebUtility.HtmlDecode(html);
        foreach (var part in new[] { "Where it stands", "The gaps", "Paths to the target", "Plans", "Methods and assumptions", "Sources and citations", "Verdict under hague-2025" })
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }
        Assert.Contains("In 2026e, Germany spent 2.69% of GDP on defence", text, StringComparison.Ordinal);
        Assert.Contains(TestData.Edition2026.Edition.SourceLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_EncodesPlanText()
    {
        var plan = _temp.File("plan.csv");
        File.WriteAllText(plan, "# ally: DEU\n# title: <script>alert(1)</script>\nyear,core_share,note\n2026,2.8,\n2030,3.5,\n2035,3.6,\n");
        var path = _temp.File("deu.html");
        Assert.Equal(0, CliRun.Run("report", "DEU", "--plan", plan, "--out", path).ExitCode);
        var html = File.ReadAllText(path);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AllianceReport_HasTheRankedChartAndTheAllianceChart()
    {
        var path = _temp.File("all.html");
        Assert.Equal(0, CliRun.Run("report", "--allies", "all", "--out", path).ExitCode);
        var html = WebUtility.HtmlDecode(File.ReadAllText(path));
        Assert.Equal(2, html.Split("<svg viewBox=").Length - 1);
        // Two inline SVGs on one page must not share clip-path ids, or one chart clips to the other's frame.
        var ids = System.Text.RegularExpressions.Regex.Matches(html, "<clipPath id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Contains("30 of 31 allies at or above 2% of GDP", html, StringComparison.Ordinal);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NatoSpend.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }

    internal static Worksheet Sheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    internal static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
}
