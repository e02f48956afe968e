using System.Text.Json;

namespace NatoSpend.Tests.Cli;

/// <summary><c>--prices ppp</c> and <c>--measures</c> on <c>status</c>, <c>world</c> and <c>compare</c>, and the measures in <c>ally</c>.</summary>
public class PppCommandTests
{
    private static string Refusal(string value) => $"natospend: The prices '{value}' given to --prices are not ones NatoSpend knows; use current (the default: current prices and market exchange rates, as published) or ppp (GDP-wide purchasing-power parity, international dollars).";

    [Theory]
    [InlineData("status", "market")]
    [InlineData("world", "constant")]
    [InlineData("compare", "PPP2021")]
    public void ABadPricesValueIsOneSentenceAndExitsTwo(string verb, string value)
    {
        var result = CliRun.Run(verb, "--year", "2024", "--prices", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Refusal(value), result.Error.Trim());
        Assert.Empty(result.Output);
    }

    [Fact]
    public void StatusAtPppTitlesTheTableAndShowsTheCaveatUnderIt()
    {
        var result = CliRun.Run("status", "--year", "2025", "--prices", "ppp", "--allies", "DEU,POL");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("spending also at GDP-wide PPP, international dollars (WEO April 2026 PPPEX; not a military price index)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Spending (PPP intl$ m)", result.Output, StringComparison.Ordinal);
        Assert.Contains("not a military-specific price index", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultStatusTableKeepsItsWidthAndMeasuresAddsTheColumns()
    {
        var plain = CliRun.Run("status", "--year", "2025", "--allies", "DEU");
        var measured = CliRun.Run("status", "--year", "2025", "--allies", "DEU", "--measures");

        // 112,141 USD m ÷ 83.524 m people, and ÷ 182,300 service members.
        Assert.DoesNotContain("1,343", plain.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("615,145", plain.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PPP", plain.Output, StringComparison.Ordinal);
        Assert.Contains("1,343", measured.Output, StringComparison.Ordinal);
        Assert.Contains("615,145", measured.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusCsvCarriesTheMeasuresWithTheirUnitsInTheJson()
    {
        var csv = CliRun.Run("status", "--year", "2025", "--allies", "DEU", "--format", "csv");
        var json = CliRun.Run("status", "--year", "2025", "--allies", "DEU", "--format", "json");

        Assert.Contains("per_capita_usd,per_service_member_usd,personnel_source,share_of_gov_expenditure_pct,gov_expenditure_pct_gdp", csv.Output.Split('\n')[0], StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Output);
        var units = doc.RootElement.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("unit").GetString());
        Assert.Equal("% of general government total expenditure; derived: NATO's spending in USD (edition 2026, current prices and exchange rates) × (NGDP ÷ NGDPD) ÷ GGX, IMF WEO April 2026",
            units["share_of_gov_expenditure_pct"]);
        Assert.Equal("current", doc.RootElement.GetProperty("price_basis").GetProperty("basis").GetString());
    }

    [Fact]
    public void WorldShowsPublishableLabelsForTheGroupsAndMarks()
    {
        var result = CliRun.Run("world", "--year", "2025");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("NATO (all allies)", result.Output, StringComparison.Ordinal);
        Assert.Contains("includes SIPRI estimate", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NATO_TOTAL", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("includes_sipri_estimate", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WorldBeforeTheOutlookSaysOnEachRowThatItHasNoPppRate()
    {
        var result = CliRun.Run("world", "--year", "1989", "--prices", "ppp", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var usa = result.Output.Split('\n').Single(l => l.StartsWith("USA,", StringComparison.Ordinal));
        Assert.EndsWith("\"no PPPEX for USA in 1989 in IMF WEO April 2026: not converted, never filled\"", usa.TrimEnd(), StringComparison.Ordinal);
    }
}
