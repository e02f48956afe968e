using System.Text.Json;

namespace NatoSpend.Tests.Cli;

/// <summary><c>natospend fiscal</c>: what a path or a plan adds to the deficit and debt, with every assumption, the escape clause and SAFE.</summary>
public class FiscalCommandTests
{
    [Fact]
    public void GermanysLinearPathPrintsTheDeficitAndDebtPathsWithEveryAssumption()
    {
        var result = CliRun.Run("fiscal", "DEU", "--shape", "linear");

        Assert.Equal(0, result.ExitCode);
        var text = result.Output;
        Assert.Contains("Germany (DEU): what the linear path from 2.69% in 2026", text, StringComparison.Ordinal);
        Assert.Contains("Extra spending and what it adds (EUR m)", text, StringComparison.Ordinal);
        Assert.Contains("Deficit and debt: the outlook's (WEO April 2026) and with the path", text, StringComparison.Ordinal);
        Assert.Contains("Debt-financed: the extra spending is assumed to be borrowed in full", text, StringComparison.Ordinal);
        Assert.Contains("Interest on the extra debt at the effective rate derived from the WEO April 2026", text, StringComparison.Ordinal);
        Assert.Contains("give another rate with --interest-rate (interest_rate in the API)", text, StringComparison.Ordinal);
        Assert.Contains("EU national escape clause: activated.", text, StringComparison.Ordinal);
        Assert.Contains("activated for Germany by the Council of the EU on 2025-10-10", text, StringComparison.Ordinal);
        Assert.Contains("SAFE loans: no allocation: Germany is not among the member states allocated SAFE loans", text, StringComparison.Ordinal);
        Assert.Contains("Source: IMF, World Economic Outlook database, WEO April 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PolandShowsItsSafeLoansAsLoansNotSpending()
    {
        var result = CliRun.Run("fiscal", "POL", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var safe = json.RootElement.GetProperty("safe");
        Assert.Equal("allocated", safe.GetProperty("status").GetString());
        Assert.Equal([43.73m, 43_734m], safe.GetProperty("amounts").EnumerateArray().Select(a => a.GetProperty("value").GetDecimal()));
        Assert.Contains("never added to defence spending", safe.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal("activated", json.RootElement.GetProperty("escape_clause").GetProperty("status").GetString());
    }

    [Fact]
    public void TheUnitedStatesHasNeitherTheClauseNorSafeLoans()
    {
        var result = CliRun.Run("fiscal", "USA", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("not activated", json.RootElement.GetProperty("escape_clause").GetProperty("status").GetString());
        Assert.Equal("no allocation", json.RootElement.GetProperty("safe").GetProperty("status").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("escape_clause").GetProperty("years").GetArrayLength());
    }

    [Fact]
    public void AGivenRateIsUsedForEveryYearAndSaidSo()
    {
        var result = CliRun.Run("fiscal", "DEU", "--interest-rate", "3.1", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("given", json.RootElement.GetProperty("interest_rate").GetProperty("basis").GetString());
        Assert.All(json.RootElement.GetProperty("years").EnumerateArray(), y => Assert.Equal(3.1m, y.GetProperty("rate_pct").GetDecimal()));
    }

    [Fact]
    public void AShippedPlanAddsItsAnnouncedPointsAndMarksTheFilledYears()
    {
        var result = CliRun.Run("fiscal", "--plan", "deu-2025-11", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.TrimEnd().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("DEU,2027,interpolated from NATO's 2026 share,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("DEU,2029,announced,3.0500,", lines[3], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "fiscal", "DEU", "--interest-rate", "abc" }, "natospend: The value 'abc' given to --interest-rate is not a number; give one such as 3.1.")]
    [InlineData(new[] { "fiscal", "DEU", "--interest-rate", "250" }, "natospend: The interest rate 250 given to --interest-rate is outside 0 to 100 percent a year; give a rate such as 3.1.")]
    [InlineData(new[] { "fiscal" }, "natospend: Name an ally, such as 'natospend fiscal DEU', or a plan with --plan deu-2025-06.")]
    [InlineData(new[] { "fiscal", "FRA", "--plan", "deu-2025-06" }, "natospend: The plan 'deu-2025-06' is Germany's (DEU), not France's; drop the ally, or choose one of France's plans.")]
    public void BadInputIsOneSentenceAndExitCodeTwo(string[] args, string message)
    {
        var result = CliRun.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
    }
}
