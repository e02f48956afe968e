using NatoSpend.Data.Files;
using NatoSpend.Data.Import;

namespace NatoSpend.Tests.Data.Import;

public sealed class WeoExportImporterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("natospend-weo-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Macro(string file) => Path.Combine(Repository.Root, "data", "macro", file);

    public static TheoryData<string, string, string> Vintages => new()
    {
        // The two vintages whose status column came from the IMF's own marks (the others were extracts without them).
        { "imf_weo_apr2025.csv", "April 2025", "WEOApr2025all.xls" },
        { "imf_weo_oct2025.csv", "October 2025", "WEOOct2025all.xls" },
    };

    [Theory]
    [MemberData(nameof(Vintages))]
    public void AnExportGeneratedFromAShippedVintage_RoundTripsToTheSameCsvByteForByte(string shipped, string vintage, string exportName)
    {
        var path = Path.Combine(_folder, exportName);
        WeoExportWriter.Write(path, Macro(shipped), vintage);

        var export = WeoExportImporter.Read(path, exportName);

        Assert.Equal(File.ReadAllBytes(Macro(shipped)), System.Text.Encoding.UTF8.GetBytes(export.Csv));
        Assert.Equal("WEO " + vintage, export.Vintage);
        Assert.Equal(38, export.Countries);
        Assert.Equal(26, export.Indicators);
    }

    [Fact]
    public void ARenamedColumn_IsRefusedWithOneSentenceNamingTheLineAndColumn()
    {
        var path = Path.Combine(_folder, "WEOApr2025all.xls");
        var text = WeoExportWriter.Text(Macro("imf_weo_apr2025.csv"), "April 2025").Replace("\tUnits\tScale\t", "\tScale\tUnits\t", StringComparison.Ordinal);
        File.WriteAllText(path, text);

        var e = Assert.Throws<DataFileException>(() => WeoExportImporter.Read(path, "WEOApr2025all.xls"));

        Assert.Equal("WEOApr2025all.xls:1: column 7: expected the column 'Units', but found 'Scale'; the importer reads the IMF's full-database export (tab-separated, as the IMF publishes it) as data/README.md describes it.",
            Assert.Single(e.Problems).ToString());
    }
}
