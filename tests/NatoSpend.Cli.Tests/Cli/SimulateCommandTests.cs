using System.Text.Json;

namespace NatoSpend.Tests.Cli;

public class SimulateCommandTests
{
    [Fact]
    public void SimulateJsonTwiceWithTheSameSeedIsIdentical_ProbabilitiesInUnitInterval_QuantilesOrdered()
    {
        string[] args = ["simulate", "--allies", "DEU,POL,USA", "--draws", "3000", "--seed", "7", "--format", "json"];
        var first = CliRun.Run(args);
        var second = CliRun.Run([.. args, "--threads", "1"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        using var json = JsonDocument.Parse(first.Output);
        var root = json.RootElement;
        Assert.Equal("7", root.GetProperty("seed").GetString());
        Assert.Equal(3000, root.GetProperty("draws").GetInt64());
        Assert.Equal("factor", root.GetProperty("parameters").GetProperty("method").GetString());
        foreach (var ally in root.GetProperty("allies").EnumerateArray())
        {
            foreach (var p in new[] { "p_reaches_target", "p_passes_every_check", "p_credible" })
            {
                Assert.InRange(ally.GetProperty(p).GetDouble(), 0.0, 1.0);
            }
            Assert.Equal(9, ally.GetProperty("years").GetArrayLength());
            foreach (var year in ally.GetProperty("years").EnumerateArray())
            {
                foreach (var metric in new[] { "share_pct", "spending_m", "spending_usd_m" })
                {
                    var q = year.GetProperty(metric);
                    var values = new[] { "p5", "p25", "p50", "p75", "p95" }.Select(k => q.GetProperty(k).GetDouble()).ToArray();
                    Assert.Equal(values.Order(), values);
                }
            }
        }
        var alliance = root.GetProperty("alliance");
        Assert.Equal(2035, alliance.GetProperty("year").GetInt32());
        Assert.True(alliance.GetProperty("us_share_pct").GetProperty("p50").GetDouble() > 50.0);
        Assert.Contains(root.GetProperty("labels").GetProperty("assumptions").EnumerateArray(), a => a.GetString()!.StartsWith("Simulation: 3,000 draws, seed 7", StringComparison.Ordinal));
    }

    [Fact]
    public void SimulateTableExplainsParametersAndShowsOddsAndQuantiles()
    {
        var result = CliRun.Run("simulate", "DEU", "--draws", "2000", "--explain");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Simulation parameters", result.Output, StringComparison.Ordinal);
        Assert.Contains("real-growth:DEU", result.Output, StringComparison.Ordinal);
        Assert.Contains("Factor model:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Odds in 2035", result.Output, StringComparison.Ordinal);
        Assert.Contains("Germany (EUR): quantiles per year", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("natospend: simulated 2,000 draws of 1 ally(ies), 2027-2035, seed 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SimulateCsvHasOneRowPerAllyAndYear()
    {
        var result = CliRun.Run("simulate", "--allies", "FRA,ITA", "--draws", "1000", "--format", "csv", "--fix", "share");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 2 * 9, lines.Length);
        Assert.StartsWith("ally,year,fixed,share_p5,", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "The number of draws must be at least 1, but was 0; give one such as 100000.")]
    [InlineData("-5", "The number of draws must be at least 1, but was -5; give one such as 100000.")]
    [InlineData("many", "The number of draws 'many' is not a whole number; give one such as 100000.")]
    [InlineData("50000000", "The number of draws 50,000,000 is above 10,000,000, which takes minutes and adds little precision; give fewer, or add --force.")]
    public void SimulateBadDrawsExitsTwoWithOneSentence(string draws, string message)
    {
        var result = CliRun.Run("simulate", "DEU", "--draws", draws);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"natospend: {message}", result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SimulateMalformedParameterFileExitsOneNamingTheFileAndLine()
    {
        var file = Path.Combine(Path.GetTempPath(), $"natospend-params-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{ \"series\": { \"real-growth:DEU\": { \"volatility\": 0.02 } ");
        try
        {
            var result = CliRun.Run("simulate", "DEU", "--draws", "1000", "--parameters", file);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"{file}:1: the parameter file is not valid JSON", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void SimulateParameterFileWithAMatrixThatIsNotPositiveDefiniteExitsOne()
    {
        var file = Path.Combine(Path.GetTempPath(), $"natospend-params-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            { "correlation": { "method": "full", "pairs": [
              { "a": "real-growth:DEU", "b": "real-growth:FRA", "value": 0.99 },
              { "a": "real-growth:DEU", "b": "real-growth:ITA", "value": 0.99 },
              { "a": "real-growth:FRA", "b": "real-growth:ITA", "value": -0.99 } ] },
              "series": { "inflation:XYZ": { "volatility": 0.02 }, "fx:EUR": { "persistence": 2 } } }
            """);
        try
        {
            var result = CliRun.Run("simulate", "DEU", "--draws", "1000", "--parameters", file);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"{file} at $: the series 'inflation:XYZ' is not one the simulation has", result.Error, StringComparison.Ordinal);
            Assert.Contains($"{file} at $: the persistence of fx:EUR must be above -1 and below 1", result.Error, StringComparison.Ordinal);
            Assert.Contains("natospend: the files read have 2 problems (above); nothing was computed.", result.Error, StringComparison.Ordinal);

            File.WriteAllText(file, """
                { "correlation": { "pairs": [
                  { "a": "real-growth:DEU", "b": "real-growth:FRA", "value": 0.99 },
                  { "a": "real-growth:DEU", "b": "real-growth:ITA", "value": 0.99 },
                  { "a": "real-growth:FRA", "b": "real-growth:ITA", "value": -0.99 } ] } }
                """);
            var notPd = CliRun.Run("simulate", "DEU", "--draws", "1000", "--parameters", file);
            Assert.Equal(1, notPd.ExitCode);
            Assert.Contains($"{file} at $: the correlation matrix is not positive definite (its smallest eigenvalue is", notPd.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void SimulateWithAParameterFileUsesItsMethodAndVolatility()
    {
        var file = Path.Combine(Path.GetTempPath(), $"natospend-params-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "correlation": { "method": "full" }, "series": { "real-growth:DEU": { "volatility": 0.05 } } }""");
        try
        {
            var result = CliRun.Run("simulate", "DEU", "--draws", "1000", "--parameters", file, "--format", "json");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            var parameters = json.RootElement.GetProperty("parameters");
            Assert.Equal("full", parameters.GetProperty("method").GetString());
            Assert.Contains(parameters.GetProperty("series").EnumerateArray(), s => s.GetProperty("id").GetString() == "real-growth:DEU" && s.GetProperty("volatility").GetDouble() == 0.05);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void SimulatePlanTwiceWithTheSameSeedIsIdentical_ShareYearsFixed_MoneyUncertain()
    {
        var plan = Path.Combine(TestData.Catalog.Folder.Root, "plans", "deu-2025-06.csv");
        string[] args = ["simulate", "--plan", plan, "--draws", "5000", "--seed", "7", "--format", "json"];
        var first = CliRun.Run(args);
        var second = CliRun.Run(args);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        using var json = JsonDocument.Parse(first.Output);
        var root = json.RootElement;
        Assert.Equal("DEU", root.GetProperty("plan").GetProperty("ally").GetString());
        var ally = root.GetProperty("allies")[0];
        // A share plan holds its share in every draw; its money is what is uncertain. It stops in 2029, so the odds for 2035 are not given.
        Assert.Equal(JsonValueKind.Null, ally.GetProperty("p_reaches_target").ValueKind);
        Assert.Equal(JsonValueKind.Null, ally.GetProperty("p_credible").ValueKind);
        var last = ally.GetProperty("years")[2];
        Assert.Equal(2029, last.GetProperty("year").GetInt32());
        Assert.Equal(3.5, last.GetProperty("share_pct").GetProperty("p5").GetDouble());
        Assert.True(last.GetProperty("spending_m").GetProperty("p5").GetDouble() < last.GetProperty("spending_m").GetProperty("p95").GetDouble());
    }

    [Fact]
    public void SimulateWithoutAnAllyOrPlanExitsTwoWithOneSentence()
    {
        var result = CliRun.Run("simulate", "--draws", "1000");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: A simulation needs an ally, such as DEU, --allies (such as all, for every ally) or a --plan, and none was given.", result.Error.Trim());
    }

    [Fact]
    public void SimulatePlanWithAnAllyExitsTwo()
    {
        var result = CliRun.Run("simulate", "POL", "--plan", "x.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: The plan 'x.csv' names its own ally, so 'POL' cannot be given too; drop the ally or the --plan.", result.Error.Trim());
    }

    [Fact]
    public void SimulateSaysWhatIsHeldFixedFirstAndGivesBudgetsThatRiseWithTheOdds()
    {
        var result = CliRun.Run("simulate", "DEU", "--seed", "7", "--draws", "20000", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var first = json.RootElement.EnumerateObject().First();
        Assert.Equal("held_fixed", first.Name);
        Assert.StartsWith("Held fixed: each year's spending in national currency on the linear path", first.Value.GetString(), StringComparison.Ordinal);
        var ally = json.RootElement.GetProperty("allies")[0];
        var budgets = ally.GetProperty("budget_for_odds").EnumerateArray().ToArray();
        Assert.Equal([0.5, 0.75, 0.9, 0.95], budgets.Select(b => b.GetProperty("odds").GetDouble()));
        var national = budgets.Select(b => b.GetProperty("natcur_m").GetDouble()).ToArray();
        var usd = budgets.Select(b => b.GetProperty("usd_m").GetDouble()).ToArray();
        Assert.All(national.Zip(national.Skip(1)), p => Assert.True(p.Second > p.First, $"{p.Second} after {p.First}"));
        Assert.All(usd.Zip(usd.Skip(1)), p => Assert.True(p.Second > p.First, $"{p.Second} after {p.First}"));
        // The median budget is the path's own 2035 money to within the simulation's quantile error.
        var baseline = ally.GetProperty("years").EnumerateArray().Last().GetProperty("spending_m").GetProperty("baseline").GetDouble();
        Assert.InRange(national[0] / baseline, 0.97, 1.03);

        var table = CliRun.Run("simulate", "DEU", "--seed", "7", "--draws", "20000");
        Assert.StartsWith("Held fixed:", table.Output.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("the 2035 budget that reaches 3.50% with 50% odds is EUR", table.Output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ASharePathHasNoBudgetForOddsAndSaysWhy()
    {
        var result = CliRun.Run("simulate", "DEU", "--seed", "7", "--draws", "5000", "--fix", "share", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("allies")[0].GetProperty("budget_for_odds").ValueKind);
        Assert.Contains("reaches its target in every draw by construction", json.RootElement.GetProperty("held_fixed").GetString(), StringComparison.Ordinal);
    }
}
