using NatoSpend.Data.Files;
using NatoSpend.Data.Import;

namespace NatoSpend.Tests.Data.Import;

public sealed class NatoWorkbookImporterTests : IDisposable
{
    private const string Via = "gh:aiutononesistonousername/leave-the-gun-take-the-cannoli@366dedbb";
    private readonly string _folder = Directory.CreateTempSubdirectory("natospend-nato-import-").FullName;

    public static string ShippedEdition => Path.Combine(Repository.Root, "data", "nato", "nato_defexp_2026_edition.csv");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Generate(Action<Dictionary<string, List<List<GridCell?>>>>? edit = null)
    {
        var grids = NatoWorkbookWriter.Grids(ShippedEdition);
        edit?.Invoke(grids);
        var path = Path.Combine(_folder, "def-exp-2026-en.xlsx");
        NatoWorkbookWriter.Write(path, grids, new DateTime(2026, 7, 10, 9, 0, 0, DateTimeKind.Utc));
        return path;
    }

    [Fact]
    public void AWorkbookGeneratedFromThe2026Edition_RoundTripsToTheSameCsvByteForByte()
    {
        var book = NatoWorkbookImporter.Read(Generate(), "def-exp-2026-en.xlsx");

        var csv = book.Csv("2026 edition (2014-2026), July 2026", "core_defence_expenditure", Via);

        Assert.Equal(File.ReadAllBytes(ShippedEdition), System.Text.Encoding.UTF8.GetBytes(csv));
        Assert.Equal((2014, 2026), (book.FirstYear, book.LastYear));
        Assert.Equal(6_273, book.Figures.Count);
        Assert.Equal(new DateTime(2026, 7, 10), book.Modified?.Date);
    }

    [Fact]
    public void AMovedColumn_IsRefusedWithOneSentenceNamingTheSheetRowAndColumn()
    {
        // The currency column moved to the end of Table 1's first header row.
        var path = Generate(grids =>
        {
            var header = grids["Table 1"][2];
            var currency = header[1];
            header.RemoveAt(1);
            header.Add(currency);
        });

        var e = Assert.Throws<DataFileException>(() => NatoWorkbookImporter.Read(path, "def-exp-2026-en.xlsx"));

        Assert.Equal("def-exp-2026-en.xlsx: sheet 'Table 1', row 3, column B (cell B3): expected the header 'Currency unit', but found '2014'; the importer reads the publisher's layout as data/README.md describes it.",
            Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void AMissingSheet_IsNamedWithTheSheetsTheWorkbookHas()
    {
        var path = Generate(grids => grids.Remove("Table 7"));

        var e = Assert.Throws<DataFileException>(() => NatoWorkbookImporter.Read(path, "def.xlsx"));

        Assert.Equal("def.xlsx: the workbook has no sheet 'Table 7', which the layout expects; its sheets are 'Table 1', 'Table 2', 'Table 3', 'Table 4', 'Table 5', 'Table 6', 'Table 8a', 'Table 8b'.",
            Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void ARenamedAlly_AndTextInAFigure_AreRefusedAtTheirCell()
    {
        var renamed = Generate(grids => grids["Table 3"][3 + 28][0] = new GridCell("Turkey", false));
        var e = Assert.Throws<DataFileException>(() => NatoWorkbookImporter.Read(renamed, "def.xlsx"));
        Assert.Equal("def.xlsx: sheet 'Table 3', row 32, column A (cell A32): expected the row of 'Türkiye' (NATO's allies in NATO's order, then NATO Europe and Canada and NATO Total), but found 'Turkey'; the importer reads the publisher's layout as data/README.md describes it.",
            Assert.Single(e.Problems).ToString());

        var text = Generate(grids => grids["Table 2"][3][4] = new GridCell("n.a.", false));
        e = Assert.Throws<DataFileException>(() => NatoWorkbookImporter.Read(text, "def.xlsx"));
        Assert.Equal("def.xlsx: sheet 'Table 2', row 4, column E (cell E4): expected Albania's 2017 figure as a number, or an empty cell, but found 'n.a.'; the importer reads the publisher's layout as data/README.md describes it.",
            Assert.Single(e.Problems).ToString());
    }
}
