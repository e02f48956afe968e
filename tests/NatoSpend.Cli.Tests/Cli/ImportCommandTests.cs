using System.Text.Json;
using NatoSpend.Tests.Data.Import;

namespace NatoSpend.Tests.Cli;

/// <summary><c>natospend import</c>: publishers' files into a data folder that <c>--data</c> then reads, never overwriting.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _data = TestData.CopyOfShippedData();
    private readonly string _scratch = Directory.CreateTempSubdirectory("natospend-import-cli-").FullName;

    public void Dispose()
    {
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_scratch, recursive: true);
    }

    private static string Original(string file) => Path.Combine(Repository.Root, "data", "sipri", "original", file);

    private static string Shipped(string relative) => Path.Combine(Repository.Root, "data", relative);

    private string NatoWorkbook(Action<Dictionary<string, List<List<GridCell?>>>>? edit = null)
    {
        var grids = NatoWorkbookWriter.Grids(NatoWorkbookImporterTests.ShippedEdition);
        edit?.Invoke(grids);
        var path = Path.Combine(_scratch, "def-exp-2026-en.xlsx");
        NatoWorkbookWriter.Write(path, grids, new DateTime(2026, 7, 10, 9, 0, 0, DateTimeKind.Utc));
        return path;
    }

    private static JsonElement Json(CliResult result, string property)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty(property).Clone();
    }

    [Fact]
    public void ImportSipri_AddsARelease_ThatWorldReadsWithData()
    {
        var result = CliRun.Run("import", "sipri", Original("SIPRI-Milex-data-1949-2025_v1.2.xlsx"), "--data", _data, "--id", "sipri-2025-again");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("""
            Imported sipri-2025-again: SIPRI Military Expenditure Database, 2025 release (data 1949-2025), file SIPRI-Milex-data-1949-2025_v1.2.xlsx (SIPRI, published 2026-04-27).
              wrote sipri/sipri_milex_2025-again_release.csv (14,139 rows)
              wrote sipri/sipri_milex_2025-again_release_footnotes.csv (38 rows)
              registered sipri-2025-again in editions.json; read it with: natospend world --data DIR --release sipri-2025-again

            """.ReplaceLineEndings("\n"), result.Output);
        Assert.Equal(File.ReadAllBytes(Shipped("sipri/sipri_milex_2025_release.csv")), File.ReadAllBytes(Path.Combine(_data, "sipri/sipri_milex_2025-again_release.csv")));

        var imported = Json(CliRun.Run("world", "--data", _data, "--release", "sipri-2025-again", "--year", "2025", "--format", "json"), "rows");
        var shipped = Json(CliRun.Run("world", "--release", "sipri-2025", "--year", "2025", "--format", "json"), "rows");
        Assert.Equal(shipped.GetRawText(), imported.GetRawText());
    }

    [Fact]
    public void ImportingAReleaseAlreadyRegistered_IsRefusedAndTheFolderIsUntouched()
    {
        var registry = File.ReadAllBytes(Path.Combine(_data, "editions.json"));

        var result = CliRun.Run("import", "sipri", Original("SIPRI-Milex-data-1949-2025_v1.2.xlsx"), "--data", _data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: The data folder already registers 'sipri-2025' (SIPRI Military Expenditure Database, 2025 release v1.2 (data 1949-2025)) in editions.json, and an import never replaces an edition: pass --id with a new id, such as sipri-2025-2.\n",
            result.Error.ReplaceLineEndings("\n"));
        Assert.Equal(registry, File.ReadAllBytes(Path.Combine(_data, "editions.json")));

        // A new id whose file is already there is refused too, and the file kept.
        File.WriteAllText(Path.Combine(_data, "sipri", "sipri_milex_2024-b_release.csv"), "mine\n");
        result = CliRun.Run("import", "sipri", Original("SIPRI-Milex-data-1949-2024_2.xlsx"), "--data", _data, "--id", "sipri-2024-b");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: The data folder already has the file 'sipri/sipri_milex_2024-b_release.csv', and an import never overwrites a file: pass --id with a new id, or move that file away.\n",
            result.Error.ReplaceLineEndings("\n"));
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(_data, "sipri", "sipri_milex_2024-b_release.csv")));
        Assert.Equal(registry, File.ReadAllBytes(Path.Combine(_data, "editions.json")));
    }

    [Fact]
    public void ImportNato_OfAGeneratedWorkbook_IsAnEditionThatStatusReadsWithData()
    {
        var result = CliRun.Run("import", "nato", NatoWorkbook(), "--data", _data, "--id", "2026-reimported",
            "--via", "gh:aiutononesistonousername/leave-the-gun-take-the-cannoli@366dedbb", "--cutoff", "2026-07-03");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(File.ReadAllBytes(NatoWorkbookImporterTests.ShippedEdition), File.ReadAllBytes(Path.Combine(_data, "nato/nato_defexp_2026-reimported_edition.csv")));
        var imported = Json(CliRun.Run("status", "--data", _data, "--edition", "2026-reimported", "--year", "2025", "--format", "json"), "allies");
        var shipped = Json(CliRun.Run("status", "--edition", "2026", "--year", "2025", "--format", "json"), "allies");
        // Each ally's row names its edition (and the personnel figure's table); every figure is the same.
        Assert.Equal(shipped.GetRawText(), imported.GetRawText().Replace("\"edition\": \"2026-reimported\"", "\"edition\": \"2026\"", StringComparison.Ordinal)
            .Replace("NATO 2026-reimported Table 7", "NATO 2026 Table 7", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportNato_WithAMovedColumn_ExitsTwoWithOneLine()
    {
        var path = NatoWorkbook(grids =>
        {
            var header = grids["Table 1"][2];
            var currency = header[1];
            header.RemoveAt(1);
            header.Add(currency);
        });

        var result = CliRun.Run("import", "nato", path, "--data", _data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: def-exp-2026-en.xlsx: sheet 'Table 1', row 3, column B (cell B3): expected the header 'Currency unit', but found '2014'; the importer reads the publisher's layout as data/README.md describes it.\n",
            result.Error.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(_data, "nato/nato_defexp_2026_edition.csv.tmp")));
    }

    [Fact]
    public void ImportWeo_AddsAVintage_ThatPathReadsAsItsOutlook()
    {
        var export = Path.Combine(_scratch, "WEOApr2025all.xls");
        WeoExportWriter.Write(export, Shipped("macro/imf_weo_apr2025.csv"), "April 2025");

        var missing = CliRun.Run("import", "weo", export, "--data", _data, "--id", "weo-2025-04-again");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("natospend: A WEO export does not say when the IMF published it; pass --published with the IMF's release date, such as --published 2026-10-13.\n",
            missing.Error.ReplaceLineEndings("\n"));

        var result = CliRun.Run("import", "weo", export, "--data", _data, "--id", "weo-2025-04-again", "--published", "2025-04-22", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("macro/imf_weo-2025-04-again.csv", Json(result, "files")[0].GetProperty("path").GetString());
        Assert.Equal(File.ReadAllBytes(Shipped("macro/imf_weo_apr2025.csv")), File.ReadAllBytes(Path.Combine(_data, "macro/imf_weo-2025-04-again.csv")));

        var imported = Json(CliRun.Run("path", "DEU", "--data", _data, "--outlook", "weo-2025-04-again", "--format", "json"), "years");
        var shipped = Json(CliRun.Run("path", "DEU", "--outlook", "weo-2025-04", "--format", "json"), "years");
        Assert.Equal(shipped.GetRawText(), imported.GetRawText());
    }
}
