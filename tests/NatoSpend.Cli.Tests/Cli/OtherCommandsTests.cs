using System.Text.Json;

namespace NatoSpend.Tests.Cli;

public class OtherCommandsTests
{
    [Fact]
    public void AllyShowsTheWholeSeriesWithAChart()
    {
        var result = CliRun.Run("ally", "DEU");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Germany (DEU), NATO edition 2026", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"2026e\s+2\.69%", result.Output);
        Assert.Matches(@"2014\s+1\.\d\d%", result.Output);
        Assert.Contains("│", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AllyJsonHasEveryYearAndMetric()
    {
        var result = CliRun.Run("ally", "pol", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var years = json.RootElement.GetProperty("years").EnumerateArray().ToArray();
        Assert.Equal(13, years.Length);
        Assert.Equal(4.68m, years[^1].GetProperty("defence_exp_pct_gdp").GetDecimal());
        Assert.Equal(JsonValueKind.Number, years[0].GetProperty("military_personnel").ValueKind);
        Assert.Equal("PLN", json.RootElement.GetProperty("currency").GetString());
    }

    [Fact]
    public void EditionsListsProvenance()
    {
        var result = CliRun.Run("editions", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var editions = json.RootElement.GetProperty("editions").EnumerateArray().ToArray();
        Assert.Equal(["2026", "2025", "2024", "sipri-2025", "sipri-2024", "weo-2026-04", "weo-2025-10", "weo-2025-04", "weo-2024-10"], editions.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal("2026-07-03", editions[0].GetProperty("cutoff").GetString());
        Assert.Equal("core_defence_expenditure", editions[0].GetProperty("definition").GetString());
    }

    [Fact]
    public void CompareShowsRevisionsAndCounts()
    {
        var result = CliRun.Run("compare", "--year", "2024", "--editions", "2025,2026", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var poland = json.RootElement.GetProperty("allies").EnumerateArray().Single(a => a.GetProperty("ally").GetString() == "POL");
        Assert.Equal(3.75m, poland.GetProperty("share_2026").GetDecimal());
        Assert.Equal(-0.04m, Math.Round(poland.GetProperty("revision_pp").GetDecimal(), 2));
        var notes = json.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ToArray();
        Assert.Contains("At or above 2% in 2024: 2025: 18 of 31; 2026: 17 of 31 (2-decimal rounding).", notes);
    }

    [Fact]
    public void CompareWithSipriSetsThemSideBySide()
    {
        var result = CliRun.Run("compare", "--year", "2024", "--source", "sipri", "--allies", "DEU,POL", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var poland = json.RootElement.GetProperty("allies").EnumerateArray().Single(a => a.GetProperty("ally").GetString() == "POL");
        Assert.Equal(3.75m, poland.GetProperty("share_2026").GetDecimal());
        // The newest SIPRI release by default: the 2025 release revised Poland's 2024 share from 4.15% to 3.75%.
        Assert.Equal(3.75m, Math.Round(poland.GetProperty("share_sipri_2025").GetDecimal(), 2));
    }

    [Fact]
    public void CompareWithSipriCanNameTheOlderRelease()
    {
        var result = CliRun.Run("compare", "--year", "2024", "--source", "sipri", "--allies", "DEU,POL", "--editions", "sipri-2024", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["2026", "sipri-2024"], json.RootElement.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        var poland = json.RootElement.GetProperty("allies").EnumerateArray().Single(a => a.GetProperty("ally").GetString() == "POL");
        Assert.Equal(4.15m, Math.Round(poland.GetProperty("share_sipri_2024").GetDecimal(), 2));
    }
}
