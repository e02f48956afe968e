using System.Text.Json;
using NatoSpend.Tests.Cli;

namespace NatoSpend.Tests.Export;

/// <summary><c>--format csv --out FILE.csv</c>: the CSV of standard output in a file, and W3C CSVW metadata beside it with each column's provenance.</summary>
public sealed class CsvwTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void StatusCsvOutWritesTheCsvAndItsMetadataWithAColumnForEveryHeaderField()
    {
        var path = _temp.File("x.csv");

        var result = CliRun.Run("status", "--format", "csv", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Wrote {path} (31 rows) and {path}-metadata.json (CSVW metadata: each column's title, unit, source and provenance).\n", result.Output);
        Assert.Equal(CliRun.Run("status", "--format", "csv").Output, File.ReadAllText(path));
        using var metadata = JsonDocument.Parse(File.ReadAllText(path + "-metadata.json"));
        var root = metadata.RootElement;
        Assert.Equal("http://www.w3.org/ns/csvw", root.GetProperty("@context")[0].GetString());
        Assert.Equal("x.csv", root.GetProperty("url").GetString());
        Assert.StartsWith("Defence spending 2026e, NATO edition 2026", root.GetProperty("dc:title").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("NATO (2026). Defence Expenditure of NATO Countries (2014-2026)", root.GetProperty("dc:source")[0].GetString(), StringComparison.Ordinal);

        var header = File.ReadLines(path).First().Split(',');
        var columns = root.GetProperty("tableSchema").GetProperty("columns").EnumerateArray().ToArray();
        Assert.Equal(header, columns.Select(c => c.GetProperty("name").GetString()));
        Assert.All(columns, c =>
        {
            Assert.Equal(c.GetProperty("name").GetString(), c.GetProperty("titles")[0].GetString());
            Assert.Contains(c.GetProperty("dc:provenance").GetString(), new[] { "published", "derived", "label" });
            Assert.False(string.IsNullOrEmpty(c.GetProperty("datatype").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("dc:description").GetString()));
        });
        var byName = columns.ToDictionary(c => c.GetProperty("name").GetString()!);
        var share = byName["share"];
        Assert.Equal("published", share.GetProperty("dc:provenance").GetString());
        Assert.Equal("decimal", share.GetProperty("datatype").GetString());
        Assert.Equal("% of real GDP (2021 prices)", share.GetProperty("schema:unitText").GetString());
        Assert.Contains("Table 3.", share.GetProperty("dc:source").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Table 1", share.GetProperty("dc:source").GetString(), StringComparison.Ordinal);
        Assert.Contains("Table 2.", byName["spending_usd_m"].GetProperty("dc:source").GetString(), StringComparison.Ordinal);
        Assert.Equal("derived", byName["gap_pp"].GetProperty("dc:provenance").GetString());
        Assert.StartsWith("Calculated by NatoSpend", byName["gap_pp"].GetProperty("dc:source").GetString(), StringComparison.Ordinal);
        Assert.Equal("label", byName["ally"].GetProperty("dc:provenance").GetString());
        Assert.Equal("boolean", byName["estimate"].GetProperty("datatype").GetString());
        Assert.Equal("integer", byName["rank"].GetProperty("datatype").GetString());
    }

    [Theory]
    [InlineData("status", "--year", "2024")]
    [InlineData("status", "--ukraine", "--allies", "DEU,POL", "--year", "2026")]
    [InlineData("ally", "POL")]
    [InlineData("editions")]
    [InlineData("compare", "--year", "2024", "--editions", "2025,2026")]
    [InlineData("path", "DEU")]
    [InlineData("gap", "--year", "2024", "--target", "3")]
    [InlineData("alliance", "--shape", "linear")]
    [InlineData("ukraine", "--year", "2026")]
    [InlineData("personnel", "DEU", "--add", "60000")]
    [InlineData("simulate", "DEU", "--draws", "2000", "--seed", "7")]
    public void EveryTabularCommandWritesTheSameCsvToTheFileWithMatchingMetadata(params string[] args)
    {
        var path = _temp.File("out.csv");

        var written = CliRun.Run([.. args, "--format", "csv", "--out", path]);
        var printed = CliRun.Run([.. args, "--format", "csv"]);

        Assert.Equal(0, written.ExitCode);
        Assert.Equal(printed.Output, File.ReadAllText(path));
        using var metadata = JsonDocument.Parse(File.ReadAllText(path + "-metadata.json"));
        var names = metadata.RootElement.GetProperty("tableSchema").GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString());
        Assert.Equal(File.ReadLines(path).First().Split(','), names);
    }

    [Fact]
    public void CheckWritesItsChecksTableAndKeepsItsExitCode()
    {
        var path = _temp.File("check.csv");
        var plan = PlanFile();

        var written = CliRun.Run("check", plan, "--format", "csv", "--out", path);
        var printed = CliRun.Run("check", plan, "--format", "csv");

        Assert.Equal(printed.ExitCode, written.ExitCode);
        Assert.Equal(printed.Output, File.ReadAllText(path));
        Assert.True(File.Exists(path + "-metadata.json"));
    }

    [Fact]
    public void KielsColumnCitesKielAndAnOlderEditionsColumnCitesThatEdition()
    {
        var ukraine = _temp.File("ukraine.csv");
        Assert.Equal(0, CliRun.Run("ukraine", "--year", "2026", "--format", "csv", "--out", ukraine).ExitCode);
        var aid = Column(ukraine, "military_aid_eur_m");
        Assert.Equal("published", aid.GetProperty("dc:provenance").GetString());
        Assert.StartsWith("Kiel Institute for the World Economy, Ukraine Support Tracker, Release 29", aid.GetProperty("dc:source").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("Jan-Apr 2026 only", aid.GetProperty("schema:unitText").GetString(), StringComparison.Ordinal);

        var compare = _temp.File("compare.csv");
        Assert.Equal(0, CliRun.Run("compare", "--year", "2024", "--editions", "2025,2026", "--format", "csv", "--out", compare).ExitCode);
        var header = File.ReadLines(compare).First().Split(',');
        var older = Column(compare, header.First(h => h.Contains("2025", StringComparison.Ordinal) && !h.EndsWith("_estimate", StringComparison.Ordinal)));
        Assert.Contains("edition 2025", older.GetProperty("dc:source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnExistingCsvOrMetadataFileIsLeftAloneWithoutForce()
    {
        var path = _temp.File("status.csv");
        File.WriteAllText(path + "-metadata.json", "mine");

        var refused = CliRun.Run("status", "--format", "csv", "--out", path);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"natospend: The file '{path}-metadata.json' (written beside --out '{path}') exists; NatoSpend does not overwrite it unless you add --force (or choose another --out).", refused.Error.Trim());
        Assert.False(File.Exists(path));
        Assert.Equal("mine", File.ReadAllText(path + "-metadata.json"));

        File.Delete(path + "-metadata.json");
        File.WriteAllText(path, "mine");
        var refusedCsv = CliRun.Run("status", "--format", "csv", "--out", path);
        Assert.Equal(2, refusedCsv.ExitCode);
        Assert.Equal("mine", File.ReadAllText(path));
        Assert.False(File.Exists(path + "-metadata.json"));

        File.WriteAllText(path + "-metadata.json", "mine");
        var forced = CliRun.Run("status", "--format", "csv", "--out", path, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("rank,", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.StartsWith("{", File.ReadAllText(path + "-metadata.json"), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.tmp-*"));
    }

    [Theory]
    [InlineData("out.xlsx", "must end in .csv")]
    [InlineData("missing/out.csv", "does not exist; create it first")]
    public void ABadCsvOutFileIsAUsageError(string name, string message)
    {
        var result = CliRun.Run("status", "--format", "csv", "--out", _temp.File(name));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_temp.Path));
    }

    private static JsonElement Column(string csv, string name)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(csv + "-metadata.json"));
        return metadata.RootElement.GetProperty("tableSchema").GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).Clone();
    }

    private static string PlanFile() => NatoSpend.Tests.Plans.PlanFixtures.ShippedPlan("deu-2025-06.csv");
}
