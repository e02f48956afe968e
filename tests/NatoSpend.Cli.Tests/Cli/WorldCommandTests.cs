using System.Text.Json;

namespace NatoSpend.Tests.Cli;

/// <summary><c>natospend world</c>: the world beside the alliance from a SIPRI release, and <c>compare --source sipri</c> with SIPRI's other countries.</summary>
public class WorldCommandTests
{
    [Fact]
    public void WorldDefaultsToTheNewestReleaseAndItsLatestYear()
    {
        var result = CliRun.Run("world", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(2025, root.GetProperty("year").GetInt32());
        Assert.Equal("sipri-2025", root.GetProperty("release").GetProperty("id").GetString());
        Assert.Equal(2024, root.GetProperty("constant_prices_year").GetInt32());
        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        var russia = rows.Single(r => r.GetProperty("entity").GetString() == "RUS");
        Assert.Equal(190_417m, Math.Round(russia.GetProperty("usd_current_m").GetDecimal()));
        Assert.Equal(7.50m, Math.Round(russia.GetProperty("share_of_gdp").GetDecimal(), 2));
        Assert.Equal("sipri_estimate", russia.GetProperty("share_of_gdp_flag").GetString());
        Assert.Equal("published", russia.GetProperty("provenance").GetString());
        var nato = rows.Single(r => r.GetProperty("entity").GetString() == "NATO_TOTAL");
        Assert.Equal("derived", nato.GetProperty("provenance").GetString());
        Assert.Equal(32, nato.GetProperty("usd_current_countries").GetInt32());
        Assert.Equal(JsonValueKind.Null, nato.GetProperty("share_of_gdp").ValueKind);
        var notes = root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToArray();
        Assert.Contains(notes, n => n.StartsWith("World total: release sipri-2025 as shipped holds 42 countries' series", StringComparison.Ordinal));
    }

    [Fact]
    public void TheOlderReleaseKeepsItsOwnFiguresAndPriceBase()
    {
        var result = CliRun.Run("world", "--year", "2024", "--release", "sipri-2024", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.StartsWith("entity,name,kind,provenance,members,usd_current_m,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("USA,United States of America,country,published,1,997309,,1,", lines.Single(l => l.StartsWith("USA,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTableSaysWhatIsDerivedAndWhatIsMissing()
    {
        var result = CliRun.Run("world", "--year", "1985");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("USD m, 2024 prices", result.Output, StringComparison.Ordinal);
        Assert.Contains("no SIPRI figure, left out and never filled:", result.Output, StringComparison.Ordinal);
        Assert.Contains("RUS: SIPRI's release sipri-2025 has no current USD, constant USD, share of GDP for 1985", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "world", "--year", "2026" }, "natospend: The year 2026 given to --year is outside SIPRI's release sipri-2025, which covers 1949-2025; choose a year in that range, such as 2025, or another release.")]
    [InlineData(new[] { "world", "--year", "2025", "--release", "sipri-2024" }, "natospend: The year 2025 given to --year is outside SIPRI's release sipri-2024, which covers 1949-2024; choose a year in that range, such as 2024, or another release.")]
    [InlineData(new[] { "world", "--year", "2,025" }, "natospend: The year '2,025' given to --year has a comma, which could mean 2.025 or 2025; write 2025 (a whole number, no thousands separator).")]
    [InlineData(new[] { "world", "--release", "sipri-2023" }, "natospend: The release 'sipri-2023' given to --release is not a SIPRI release NatoSpend ships; world reads SIPRI's releases only, so use sipri-2025 or sipri-2024 (the newest is the default).")]
    [InlineData(new[] { "world", "--release", "2026" }, "natospend: The release '2026' given to --release is NATO's dataset, not a SIPRI release; world reads SIPRI's releases only, so use sipri-2025 or sipri-2024 (the newest is the default).")]
    [InlineData(new[] { "world", "--year", "soon" }, "natospend: The year 'soon' given to --year is not a year; give a whole year that SIPRI's release sipri-2025 covers, such as 2025.")]
    public void BadInputIsOneSentenceAndExitCode2(string[] args, string message)
    {
        var result = CliRun.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
        Assert.Empty(result.Output);
    }

    [Fact]
    public void CompareWithSipriTakesSiprisOtherCountries()
    {
        var result = CliRun.Run("compare", "--source", "sipri", "--allies", "RUS,CHN,UKR", "--year", "2025", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.GetProperty("allies").EnumerateArray().ToArray();
        Assert.Equal(["RUS", "CHN", "UKR"], rows.Select(r => r.GetProperty("ally").GetString()));
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("share_2026").ValueKind));
        Assert.Equal(39.56m, Math.Round(rows[2].GetProperty("share_sipri_2025").GetDecimal(), 2));
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Not allies: RUS (Russia), CHN (China), UKR (Ukraine).", StringComparison.Ordinal));
    }

    [Fact]
    public void CompareWithSipriRefusesACountrySipriDoesNotShip()
    {
        var result = CliRun.Run("compare", "--source", "sipri", "--allies", "DEU,IND", "--year", "2025");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("natospend: 'IND' is not an ally code or group, nor a country of SIPRI's sipri-2025 release;", result.Error, StringComparison.Ordinal);
    }
}
