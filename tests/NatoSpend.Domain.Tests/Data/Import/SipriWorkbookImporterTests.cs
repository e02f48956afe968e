using NatoSpend.Data.Files;
using NatoSpend.Data.Import;

namespace NatoSpend.Tests.Data.Import;

public sealed class SipriWorkbookImporterTests
{
    public static TheoryData<string, string> Releases => new()
    {
        { "SIPRI-Milex-data-1949-2024_2.xlsx", "2024" },
        { "SIPRI-Milex-data-1949-2025_v1.2.xlsx", "2025" },
    };

    private static string Sipri(string file) => Path.Combine(Repository.Root, "data", "sipri", file);

    [Theory]
    [MemberData(nameof(Releases))]
    public void ImportingAShippedWorkbook_ReproducesTheShippedCsvFilesByteForByte(string workbook, string release)
    {
        var book = SipriWorkbookImporter.Read(Sipri(Path.Combine("original", workbook)), workbook);

        Assert.Equal(File.ReadAllBytes(Sipri($"sipri_milex_{release}_release.csv")), System.Text.Encoding.UTF8.GetBytes(book.Data));
        Assert.Equal(File.ReadAllBytes(Sipri($"sipri_milex_{release}_release_footnotes.csv")), System.Text.Encoding.UTF8.GetBytes(book.Footnotes));
        Assert.Equal(int.Parse(release, System.Globalization.CultureInfo.InvariantCulture), book.LastYear);
        Assert.Equal(1949, book.FirstYear);
        Assert.Equal(42, book.Countries);
    }

    [Fact]
    public void TheReleaseNamesItsConstantPriceBaseAndCopyright()
    {
        var book = SipriWorkbookImporter.Read(Sipri("original/SIPRI-Milex-data-1949-2025_v1.2.xlsx"), "v1.2.xlsx");

        Assert.Equal(2024, book.ConstantBase);
        Assert.Equal(2026, book.Copyright);
        Assert.Equal(14_139, book.Rows);
        Assert.Equal(new DateTime(2026, 4, 27), book.Modified?.Date);
    }

    [Fact]
    public void ARenamedColumn_IsRefusedWithOneSentenceNamingTheSheetRowAndColumn()
    {
        // The small workbook of the fuzz corpus, with the first sheet's Currency column renamed.
        var folder = Directory.CreateTempSubdirectory("natospend-sipri-import-").FullName;
        try
        {
            var parts = Path.Combine(folder, "sipri.parts");
            var text = File.ReadAllText(Path.Combine(Repository.Root, "tests", "NatoSpend.Domain.Tests", "Fuzz", "corpus", "import-xlsx-parts", "sipri-small.parts"));
            var at = text.IndexOf("<t>Currency</t>", StringComparison.Ordinal);
            File.WriteAllText(parts, text[..at] + "<t>Money</t>" + text[(at + "<t>Currency</t>".Length)..]);

            var e = Assert.Throws<DataFileException>(() => SipriWorkbookImporter.Read(NatoSpend.Tests.Fuzz.XlsxParts.Pack(parts), "sipri.xlsx"));

            Assert.Equal("sipri.xlsx: sheet 'Local currency financial years', row 4, column B (cell B4): expected the column 'Currency', but found 'Money'; the importer reads the publisher's layout as data/README.md describes it.",
                Assert.Single(e.Problems).ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AFileThatIsNotAWorkbook_IsRefusedInOneSentence()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "iso3,year\nDEU,2024\n");
            var e = Assert.Throws<DataFileException>(() => SipriWorkbookImporter.Read(path, "milex.xlsx"));
            var problem = Assert.Single(e.Problems);
            Assert.StartsWith("milex.xlsx: the file is not an xlsx workbook NatoSpend can read (", problem.ToString(), StringComparison.Ordinal);
            Assert.EndsWith("); give the publisher's .xlsx file as downloaded.", problem.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
