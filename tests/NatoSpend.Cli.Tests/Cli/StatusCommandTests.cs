using System.Text.Json;
using nietras.SeparatedValues;

namespace NatoSpend.Tests.Cli;

public class StatusCommandTests
{
    [Fact]
    public void StatusPrintsThe2026TableWithPolandAndIceland()
    {
        var result = CliRun.Run("status");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Poland", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"POL\s+Poland\s+4\.68\s+e", result.Output);
        Assert.Contains("Iceland (ISL): no armed forces, no expenditure data.", result.Output, StringComparison.Ordinal);
        Assert.Contains("At or above 2% of GDP: 30 of 31 allies", result.Output, StringComparison.Ordinal);
        Assert.Contains("United States share of NATO spending: 57.1%", result.Output, StringComparison.Ordinal);
        Assert.Contains("Source: NATO, Defence Expenditure of NATO Countries (2014-2026)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonHasEditionYearTargetAndThirtyOneLabelledAllies()
    {
        var result = CliRun.Run("status", "--format", "json", "--target", "3.5");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("2026", root.GetProperty("edition").GetString());
        Assert.Equal(2026, root.GetProperty("year").GetInt32());
        Assert.Equal(3.5m, root.GetProperty("target").GetDecimal());
        var allies = root.GetProperty("allies").EnumerateArray().ToArray();
        Assert.Equal(31, allies.Length);
        var poland = allies.Single(a => a.GetProperty("ally").GetString() == "POL");
        Assert.Equal(4.68m, poland.GetProperty("share").GetDecimal());
        Assert.True(poland.GetProperty("estimate").GetBoolean());
        Assert.All(allies, a => Assert.Equal("core_defence_expenditure", a.GetProperty("definition").GetString()));
        Assert.Equal("ISL", root.GetProperty("not_reported")[0].GetProperty("ally").GetString());
        var counts = root.GetProperty("counts").EnumerateArray().ToDictionary(c => c.GetProperty("threshold").GetDecimal(), c => c.GetProperty("at_or_above").GetInt32());
        Assert.Equal(30, counts[2m]);
        Assert.Equal(5, counts[3.5m]);
        Assert.Equal(57.07m, root.GetProperty("totals").GetProperty("us_share_of_nato_pct").GetDecimal());
    }

    [Fact]
    public void CsvIsReadByAStandardParserWithEveryRowLabelled()
    {
        var result = CliRun.Run("status", "--year", "2024", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("rank,ally,name,share,estimate,", result.Output, StringComparison.Ordinal);
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(result.Output);
        var rows = reader.Enumerate(r => (
            Ally: r["ally"].ToString(),
            Share: r["share"].Parse<decimal>(),
            Edition: r["edition"].ToString(),
            Definition: r["definition"].ToString(),
            Prices: r["prices"].ToString(),
            Estimate: r["estimate"].ToString())).ToArray();
        Assert.Equal(31, rows.Length);
        Assert.All(rows, r =>
        {
            Assert.Equal("2026", r.Edition);
            Assert.Equal("core_defence_expenditure", r.Definition);
            Assert.Contains("2021 prices", r.Prices, StringComparison.Ordinal);
            Assert.Equal("false", r.Estimate);
        });
        Assert.Equal(3.75m, rows.Single(r => r.Ally == "POL").Share);
    }

    [Fact]
    public void StatusFor2024CountsTheAlliesAtOrAboveTwentyPercentOnEquipment()
    {
        // Counted here straight from the shipped file (NATO Table 8a), independently of the edition reader.
        var published = File.ReadLines(TestData.Catalog.Folder.PathOf("nato/nato_defexp_2026_edition.csv"))
            .Select(l => l.Split(','))
            .Where(f => f[1] == "2024" && f[2] == "share_equipment_pct")
            .ToDictionary(f => f[0], f => decimal.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture));
        var expected = published.Count(p => p.Value >= 20m);
        Assert.Equal(31, published.Count);

        var table = CliRun.Run("status", "--year", "2024");
        var json = CliRun.Run("status", "--year", "2024", "--format", "json");
        var csv = CliRun.Run("status", "--year", "2024", "--format", "csv");

        Assert.Equal(27, expected);
        Assert.Contains($"At or above 20% of defence expenditure on major equipment (the Wales 2014 guideline): {expected} of 31 allies (equipment shares as published, rounded to 2 decimals; count derived).",
            table.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var count = document.RootElement.GetProperty("equipment_count");
        Assert.Equal((20m, expected, 31), (count.GetProperty("guideline_pct").GetDecimal(), count.GetProperty("at_or_above").GetInt32(), count.GetProperty("of").GetInt32()));
        Assert.Equal(0, count.GetProperty("without_figure").GetArrayLength());
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(csv.Output);
        var met = reader.Enumerate(r => (Ally: r["ally"].ToString(), Met: r["equipment_guideline_met"].ToString())).ToArray();
        Assert.Equal(expected, met.Count(r => r.Met == "true"));
        Assert.Equal(["BEL", "CAN", "NLD", "PRT"], met.Where(r => r.Met == "false").Select(r => r.Ally).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachRowSaysItsShareAsNatoCountsItItsBandAndWhetherItMeetsTheTarget()
    {
        var json = CliRun.Run("status", "--year", "2025", "--target", "3.5", "--format", "json");
        var csv = CliRun.Run("status", "--year", "2025", "--target", "3.5", "--format", "csv");

        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        var allies = root.GetProperty("allies").EnumerateArray().ToArray();
        string[] bands = [.. root.GetProperty("bands").EnumerateArray().Select(b => b.GetString()!)];
        Assert.Equal(["under 2%", "2% to under 3.5%", "3.5% to under 5%", "5% or more"], bands);
        var counts = root.GetProperty("counts").EnumerateArray().ToDictionary(c => c.GetProperty("threshold").GetDecimal(), c => c.GetProperty("at_or_above").GetInt32());
        // The rows count as the counts do, so the dashboard can colour and mark them without rounding a share itself.
        int Reaching(int band) => allies.Count(a => Array.IndexOf(bands, a.GetProperty("band").GetString()) >= band);
        Assert.Equal([counts[2m], counts[3.5m], counts[5m]], [Reaching(1), Reaching(2), Reaching(3)]);
        Assert.Equal(counts[3.5m], allies.Count(a => a.GetProperty("meets_target").GetBoolean()));
        Assert.All(allies, a => Assert.Equal(decimal.Round(a.GetProperty("share").GetDecimal(), 2, MidpointRounding.AwayFromZero), a.GetProperty("share_rounded").GetDecimal()));
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(csv.Output);
        var rows = reader.Enumerate(r => (r["ally"].ToString(), r["share_rounded"].Parse<decimal>(), r["band"].ToString(), r["meets_target"].ToString())).ToArray();
        Assert.Equal(allies.Select(a => (a.GetProperty("ally").GetString()!, a.GetProperty("share_rounded").GetDecimal(), a.GetProperty("band").GetString()!,
            a.GetProperty("meets_target").GetBoolean() ? "true" : "false")), rows);
    }

    [Theory]
    [InlineData(1.994, "under 2%")]
    [InlineData(1.995, "2% to under 3.5%")]
    [InlineData(3.4949, "2% to under 3.5%")]
    [InlineData(3.495, "3.5% to under 5%")]
    [InlineData(4.995, "5% or more")]
    public void TheBandIsJudgedOnTheShareRoundedAsNatoCounts(double share, string band) =>
        Assert.Equal(band, NatoSpend.Reporting.Status.ThresholdBand.Of(NatoSpend.Domain.ShareOfGdp.FromPercent((decimal)share)));

    [Fact]
    public void AnEditionWithoutEquipmentFiguresHasNoEquipmentCount()
    {
        var json = CliRun.Run("status", "--edition", "2025", "--year", "2024", "--format", "json");

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("equipment_count").ValueKind);
        Assert.All(document.RootElement.GetProperty("allies").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("equipment_guideline_met").ValueKind));
    }

    [Fact]
    public void GroupsAndSortingNarrowTheTable()
    {
        var result = CliRun.Run("status", "--allies", "eu", "--sort", "name", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var names = json.RootElement.GetProperty("allies").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToArray();
        Assert.Equal(23, names.Length);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.DoesNotContain("United States", names);
    }

    [Theory]
    [InlineData(new[] { "status", "--allies", "XYZ" }, 2, "natospend: 'XYZ' is not an ally code or group; use an ISO3 code such as DEU or POL (a comma-separated list is fine) or one of the groups all, europe-canada, europe, eu.")]
    [InlineData(new[] { "status", "--year", "2031" }, 2, "natospend: The year '2031' is not in edition 2026, which covers 2014-2026; choose one of those years.")]
    [InlineData(new[] { "status", "--edition", "1999" }, 2, "natospend: There is no edition '1999'; the editions are 2026, 2025, 2024, sipri-2025, sipri-2024, weo-2026-04, weo-2025-10, weo-2025-04, weo-2024-10 (see 'natospend editions').")]
    [InlineData(new[] { "status", "--target", "150" }, 2, "natospend: The target '150' is not a share of GDP; give a number of percent from 0 to 100, such as 2, 3.5 or 5.")]
    [InlineData(new[] { "status", "--format", "xml" }, 2, "natospend: The format 'xml' is not one NatoSpend writes; use table, csv, json or xlsx (with --out FILE.xlsx).")]
    [InlineData(new[] { "ally", "ISL" }, 2, "natospend: Iceland (ISL) has no armed forces, no expenditure data: NATO publishes no defence expenditure for it; pick another ally.")]
    [InlineData(new[] { "status", "--edition", "sipri-2024" }, 2, "natospend: 'sipri-2024' is not a NATO edition but SIPRI's data, which NatoSpend shows beside NATO's, never in its place; use 'natospend compare --source sipri', or one of the NATO editions 2026, 2025, 2024.")]
    public void BadInput_GetsOneSentenceAndUsageExitCode(string[] args, int exitCode, string message)
    {
        var result = CliRun.Run(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_IsAUsageError()
    {
        var result = CliRun.Run("status", "--colour", "red");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--colour", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenDataFolder_ListsEveryBrokenRowAndExitsOne()
    {
        var folder = TestData.CopyOfShippedData();
        var file = Path.Combine(folder, "nato", "nato_defexp_2026_edition.csv");
        var lines = File.ReadAllLines(file);
        lines[10] = lines[10].Replace("ALB", "ALX", StringComparison.Ordinal);
        lines[20] = lines[20].Replace(",false,", ",maybe,", StringComparison.Ordinal);
        lines[30] = "ALB,2014";
        File.WriteAllLines(file, lines);

        var result = CliRun.Run("status", "--data", folder);

        Assert.Equal(1, result.ExitCode);
        var errors = result.Error.Trim().Split('\n');
        Assert.Equal(4, errors.Length);
        Assert.StartsWith("nato/nato_defexp_2026_edition.csv:11: the ally 'ALX'", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("nato/nato_defexp_2026_edition.csv:21: estimate must be true or false, but was 'maybe'.", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("nato/nato_defexp_2026_edition.csv:31: the row has 2 fields but the header has 10", errors[2], StringComparison.Ordinal);
        Assert.Equal("natospend: the files read have 3 problems (above); nothing was computed.", errors[3]);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void MissingDataFolder_IsBadData()
    {
        var result = CliRun.Run("status", "--data", "no-such-folder");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The data folder 'no-such-folder' does not exist", result.Error, StringComparison.Ordinal);
    }
}
