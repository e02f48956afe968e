using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using NatoSpend.Data.Macro;
using NatoSpend.Data.Ukraine;
using NatoSpend.Tests.Cli;

namespace NatoSpend.Tests.Data;

/// <summary>A <c>--data</c> folder with short rows, out-of-range numbers or overlong rows: refused with file and line, never a crash.</summary>
public sealed class DataFolderHardeningTests
{
    [Fact]
    public void AKielRowWithAMissingField_IsNamedWithItsLine()
    {
        var folder = WithKiel(lines => lines[2] = "AUS,2022,2");
        var e = Assert.Throws<DataFileException>(() => KielReader.Read(DataFolder.Open(folder)));
        Assert.Equal("ukraine/kiel_ust_release29_monthly.csv:3: the row has 3 field(s), too few for the header's columns donor_iso3, year, month, metric, value; give every column and quote any value that contains a comma.",
            Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void AKielValueNearTheLimitOfADecimal_IsRefusedWithItsLine()
    {
        var folder = WithKiel(lines => lines[1] = lines[1].Replace(",0.002645,", ",1e28,", StringComparison.Ordinal));
        var e = Assert.Throws<DataFileException>(() => KielReader.Read(DataFolder.Open(folder)));
        Assert.Equal("ukraine/kiel_ust_release29_monthly.csv:2: the value must be at most 10,000 EUR billion either way, far beyond any month's aid, but was '1e28'; check the exponent and the decimal point.",
            Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void ASipriValueNearTheLimitOfADecimal_IsRefusedWithItsLine()
    {
        var folder = TestData.CopyOfShippedData();
        var (file, line) = Replace(Path.Combine(folder, "sipri", "sipri_milex_2024_release.csv"), l => l.StartsWith("DEU,2020,milex_share_of_gdp,", StringComparison.Ordinal), "1e28");
        var e = Assert.Throws<DataFileException>(() => DataCatalog.Open(DataFolder.Open(folder)).Load("sipri-2024"));
        Assert.Equal($"sipri/{file}:{line}: the value must be at most 1,000,000,000 either way (far beyond any of SIPRI's figures), but was '1e28'; check the exponent and the decimal point.",
            Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void ASipriRowGivenTwice_IsRefusedWithTheFile()
    {
        // Found by fuzzing: the dataset refused the second figure with an ArgumentException, which the CLI took for a usage error.
        var folder = TestData.CopyOfShippedData();
        var path = Path.Combine(folder, "sipri", "sipri_milex_2024_release.csv");
        var lines = File.ReadAllLines(path).ToList();
        lines.Add(lines.First(l => l.StartsWith("DEU,2020,milex_share_of_gdp,", StringComparison.Ordinal)));
        File.WriteAllLines(path, lines);
        var e = Assert.Throws<DataFileException>(() => DataCatalog.Open(DataFolder.Open(folder)).Load("sipri-2024"));
        var problem = Assert.Single(e.Problems).ToString();
        Assert.StartsWith("sipri/sipri_milex_2024_release.csv: Release sipri-2024 has two figures for DEU", problem, StringComparison.Ordinal);
        Assert.EndsWith("Keep one row per country, indicator and year.", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ANatoValueNearTheLimitOfADecimal_IsRefusedAtReadTime()
    {
        var folder = TestData.CopyOfShippedData();
        var (file, line) = Replace(Path.Combine(folder, "nato", "nato_defexp_2026_edition.csv"), l => l.StartsWith("DEU,2024,gdp_usd_current,", StringComparison.Ordinal), "1e28");
        var result = CliRun.Run("status", "--data", folder);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"nato/{file}:{line}: the value of gdp_usd_current must be at most 1,000,000,000 (million USD, current prices and exchange rates), far above any published figure, but was 1e28; check the exponent and the decimal point.\n"
            + "natospend: the files read have a problem (above); nothing was computed.\n", result.Error);
    }

    [Fact]
    public void AWeoLevelNearTheLimitOfADecimal_IsRefusedWithItsLine()
    {
        var folder = TestData.CopyOfShippedData();
        var (file, line) = Replace(Path.Combine(folder, "macro", "imf_weo_apr2026.csv"), l => l.StartsWith("DEU,2027,NGDP_R,", StringComparison.Ordinal), "1e28");
        var e = Assert.Throws<DataFileException>(() => WeoReader.Read(DataFolder.Open(folder), $"macro/{file}"));
        Assert.Equal($"macro/{file}:{line}: NGDP_R for DEU 2027 must be from 0.000001 to 1,000,000,000 in the extract's unit, a range far wider than any published figure, but was '1e28'; check the exponent and the decimal point.",
            Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void AnUnclosedQuote_IsNamedInsteadOfOverrunningTheCsvReader()
    {
        var folder = TestData.CopyOfShippedData();
        var path = Path.Combine(folder, "macro", "imf_weo_apr2026.csv");
        var lines = File.ReadAllLines(path);
        lines[3] = "\"" + lines[3];
        File.WriteAllLines(path, lines);
        var e = Assert.Throws<DataFileException>(() => WeoReader.Read(DataFolder.Open(folder), "macro/imf_weo_apr2026.csv"));
        Assert.Equal("macro/imf_weo_apr2026.csv:4: the row is longer than 1 MiB because a quote (\") opened on it is never closed; close the quote.", Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void AOneRowFileBeyondTheCsvReadersRowLimit_IsRefusedBySize()
    {
        var folder = TestData.CopyOfShippedData();
        File.WriteAllBytes(Path.Combine(folder, "nato", "nato_defexp_2026_edition.csv"), new byte[FileLimits.NatoEdition + 1].Select(_ => (byte)'a').ToArray());
        var result = CliRun.Run("status", "--data", folder);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("nato/nato_defexp_2026_edition.csv: the NATO data file is 16777217 bytes, larger than 16 MiB, the largest NATO data file NatoSpend reads (see data/README.md)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AColumnNamedTwiceInADataFile_IsNamedWithLineOne()
    {
        var folder = TestData.CopyOfShippedData();
        var path = Path.Combine(folder, "nato", "nato_defexp_2026_edition.csv");
        var lines = File.ReadAllLines(path);
        lines[0] = lines[0].Replace(",via", ",value", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);
        var result = CliRun.Run("status", "--data", folder);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("nato/nato_defexp_2026_edition.csv:1: the header names the column 'value' twice (columns 4 and 10); keep one column of each name.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMillionBadRows_ListFiftyAndCountTheRest()
    {
        var folder = TestData.CopyOfShippedData();
        var path = Path.Combine(folder, "nato", "nato_defexp_2024_edition_pct_gdp_secondary.csv");
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0], .. Enumerable.Repeat("x", 200_000)]);
        var result = CliRun.Run("compare", "--data", folder, "--year", "2024", "--editions", "2024,2026");
        var errors = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(52, errors.Length);
        Assert.Equal("nato/nato_defexp_2024_edition_pct_gdp_secondary.csv:2: the row has 1 fields but the header has 10; quote any value that contains a comma.", errors[0]);
        Assert.Equal("nato/nato_defexp_2024_edition_pct_gdp_secondary.csv: and 199950 more problems, not listed: NatoSpend lists the first 50 of a file; fix those and run again.", errors[50]);
        Assert.Equal("natospend: the files read have 200000 problems (the first 50 of each file above); nothing was computed.", errors[51]);
    }

    // A copy of the shipped data with Kiel's monthly file, changed line by line.
    private static string WithKiel(Action<string[]> change)
    {
        var folder = TestData.CopyOfShippedData();
        var lines = File.ReadAllLines(Path.Combine(TestData.Catalog.Folder.Root, KielReader.MonthlyFile)).Take(200).ToArray();
        change(lines);
        Directory.CreateDirectory(Path.Combine(folder, "ukraine"));
        File.WriteAllLines(Path.Combine(folder, KielReader.MonthlyFile), lines);
        return folder;
    }

    // Replaces the value (fourth column) of the first line that matches; the file's name and the line's number.
    private static (string File, int Line) Replace(string path, Func<string, bool> match, string value)
    {
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => match(l));
        var cells = lines[index].Split(',');
        cells[3] = value;
        lines[index] = string.Join(',', cells);
        File.WriteAllLines(path, lines);
        return (Path.GetFileName(path), index + 1);
    }
}
