using System.Text.Json;

namespace NatoSpend.Tests.Cli;

public class PathCommandsTests
{
    [Fact]
    public void PathDeuJsonHasAllyRulesShapeAssumptionsAndYearsFromTheBaseToTheTarget()
    {
        var result = CliRun.Run("path", "DEU", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("DEU", root.GetProperty("ally").GetString());
        Assert.Equal("hague-2025", root.GetProperty("rules").GetProperty("id").GetString());
        Assert.Equal("linear", root.GetProperty("shape").GetString());
        Assert.Contains(root.GetProperty("assumptions").EnumerateArray(), a => a.GetString()!.StartsWith("DEU: base GDP 2026", StringComparison.Ordinal));
        var years = root.GetProperty("years").EnumerateArray().ToArray();
        Assert.Equal(10, years.Length);
        Assert.Equal(2026, years[0].GetProperty("year").GetInt32());
        Assert.Equal(2.69m, years[0].GetProperty("share").GetDecimal());
        Assert.Equal("published (estimate)", years[0].GetProperty("basis").GetString());
        Assert.Equal("projected", years[1].GetProperty("basis").GetString());
        Assert.Equal("WEO April 2026", years[1].GetProperty("outlook").GetString());
        Assert.Equal(3.5m, years[^1].GetProperty("share").GetDecimal());
        Assert.All(years.Skip(1), y => Assert.Equal(0.09m, y.GetProperty("step_pp").GetDecimal()));
        Assert.All(years, y => Assert.True(y.TryGetProperty("spending", out _) && y.TryGetProperty("spending_usd_2021", out _) && y.TryGetProperty("cumulative_extra", out _)));
    }

    [Fact]
    public void PathForAllAlliesGivesThirtyOnePathsAndSaysIcelandHasNone()
    {
        var result = CliRun.Run("path", "--allies", "all", "--shape", "front-loaded", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(31, json.RootElement.GetProperty("paths").GetArrayLength());
        Assert.Contains("Iceland", json.RootElement.GetProperty("not_reported")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SpainOnTheDraftRulePrintsItsTwoTenthsStepAndThatItFallsShort()
    {
        var result = CliRun.Run("path", "ESP", "--rules", "hague-draft-2032");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"ESP\s+2027\s+projected\s+2\.20\s+0\.20", result.Output);
        Assert.Matches(@"ESP\s+2032\s+extrapolated\s+3\.20", result.Output);
        Assert.Contains("At 0.20 pp a year Spain reaches 3.20% in 2032", result.Output, StringComparison.Ordinal);
        Assert.Contains("Assumptions:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void GapEurope2024AtThreePercentShowsTheSumAndTheAggregate()
    {
        var result = CliRun.Run("gap", "--year", "2024", "--target", "3", "--allies", "europe", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        var rows = root.GetProperty("allies").EnumerateArray().ToArray();
        Assert.Equal(29, rows.Length);
        var europe = root.GetProperty("totals")[0];
        Assert.Equal("europe", europe.GetProperty("group").GetString());
        var sumOfRows = rows.Sum(r => r.GetProperty("shortfall_usd_m").GetDecimal());
        Assert.Equal((double)sumOfRows, (double)europe.GetProperty("sum_of_shortfalls_usd_m").GetDecimal(), 0);
        Assert.True(europe.GetProperty("aggregate_gap_usd_m").GetDecimal() < europe.GetProperty("sum_of_shortfalls_usd_m").GetDecimal());
        Assert.Equal(2024, root.GetProperty("exchange_rate").GetProperty("year").GetInt32());
        Assert.Contains("current prices of 2024", root.GetProperty("prices").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GapTablePrintsBothTotals()
    {
        var result = CliRun.Run("gap", "--year", "2024", "--target", "3", "--allies", "europe");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("europe (29 allies, 2.04% of GDP together) in 2024: the allies below their targets lack USD 237,344 m", result.Output, StringComparison.Ordinal);
        Assert.Contains("the group as a whole, allies above offsetting those below, lacks USD", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AllianceJsonHasTenYearsWithTheUsShareAndCounts()
    {
        var result = CliRun.Run("alliance", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var years = json.RootElement.GetProperty("years").EnumerateArray().ToArray();
        Assert.Equal(10, years.Length);
        Assert.Equal(31, years[^1].GetProperty("at_or_above_3_5").GetInt32());
        Assert.Equal(5, years[0].GetProperty("at_or_above_3_5").GetInt32());
        Assert.True(years[^1].GetProperty("us_share_pct").GetDecimal() < years[0].GetProperty("us_share_pct").GetDecimal());
    }

    [Theory]
    [InlineData(new[] { "path", "DEU", "--by", "2025" }, "natospend: The deadline 2025 is before the base year 2026; choose a deadline from 2027 on.")]
    [InlineData(new[] { "path", "DEU", "--target", "120" }, "natospend: The target 120 is outside 0 to 100 percent of GDP; choose --target between 0 and 100, such as 3.5.")]
    [InlineData(new[] { "path", "DEU", "--shape", "zigzag" }, "natospend: The shape 'zigzag' is not one NatoSpend knows; use linear, min-step, real-growth, front-loaded or hold.")]
    [InlineData(new[] { "alliance", "--growth", "fast" }, "natospend: The growth 'fast' is not a growth assumption; give nominal percent a year (3.1), real plus inflation (1.2+2.0), or one ally's (DEU=3.1), each between -50 and 100.")]
    [InlineData(new[] { "gap", "--by", "2020" }, "natospend: The deadline 2020 is before the base year 2026; choose a deadline from 2027 on.")]
    public void BadInputGetsOneSentenceAndExitTwo(string[] args, string message)
    {
        var result = CliRun.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenRuleFileListsEveryProblemAndExitsOne()
    {
        var file = Path.Combine(Path.GetTempPath(), $"natospend-rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "id": "mine", "title": "t", "status": "adopted", "source": "s", "coreTarget": 120, "deadline": 2035, "paths": { "defaultShape": "zigzag" } }""");
        try
        {
            var result = CliRun.Run("path", "DEU", "--rules", file);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"{file}:1 at $.paths.defaultShape: 'defaultShape' must be one of linear, min-step, real-growth, front-loaded or hold, but was \"zigzag\".", result.Error, StringComparison.Ordinal);
            Assert.Contains("natospend: the files read have", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AMissingWeoFileIsNamedWithWhatNeedsIt()
    {
        var folder = TestData.CopyOfShippedData();
        File.Delete(Path.Combine(folder, "macro", "imf_weo_apr2026.csv"));

        // status reads the outlook for its per-capita and government-expenditure measures.
        var status = CliRun.Run("status", "--data", folder);
        Assert.Equal(1, status.ExitCode);
        Assert.Contains("macro/imf_weo_apr2026.csv: the IMF WEO file is missing; the PPP lens and the per-capita and government-expenditure measures need it", status.Error, StringComparison.Ordinal);
        var path = CliRun.Run("path", "DEU", "--data", folder);
        Assert.Equal(1, path.ExitCode);
        Assert.Contains("macro/imf_weo_apr2026.csv: the IMF WEO file is missing", path.Error, StringComparison.Ordinal);
    }
}
