using System.Globalization;
using System.Text.Json;
using NatoSpend.Reporting;
using NatoSpend.Tests.Export;

namespace NatoSpend.Tests.Cli;

/// <summary>Defects a reader saw in published output: uneven CSV decimals, nested parentheses in SIPRI's source line, odds with no reason.</summary>
public sealed class PublicationDefectTests
{
    [Theory]
    [InlineData("status")]
    [InlineData("status --year 2024")]
    [InlineData("ally DEU")]
    [InlineData("path DEU")]
    [InlineData("alliance")]
    [InlineData("world")]
    [InlineData("world --year 2024 --release sipri-2024")]
    [InlineData("compare --source sipri --year 2024")]
    public void Csv_WritesEveryNumberOfAColumnWithTheSameDecimals(string command)
    {
        var result = CliRun.Run([.. command.Split(' '), "--format", "csv"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var rows = Csv.Parse(result.Output);
        for (var c = 0; c < rows[0].Count; c++)
        {
            var numbers = rows.Skip(1).Where(r => r.Count > c).Select(r => r[c])
                .Where(v => decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !v.Contains('E', StringComparison.OrdinalIgnoreCase)).ToArray();
            var decimals = numbers.Select(v => v.Contains('.', StringComparison.Ordinal) ? v.Length - v.IndexOf('.', StringComparison.Ordinal) - 1 : 0).Distinct().ToArray();
            if (decimals.Length > 0 && decimals.Max() > ReportCsv.MaxPaddedDecimals)
            {
                // A float's long expansion keeps its full precision rather than padding every row with zeros.
                continue;
            }
            Assert.True(decimals.Length <= 1, $"'{command}': column {rows[0][c]} has numbers with {string.Join(", ", decimals)} decimals: {string.Join(" ", numbers.Take(12))}");
        }
    }

    [Fact]
    public void CsvCell_PadsWithZerosAndNeverRounds()
    {
        Assert.Equal("5.10", ReportCsv.PaddedCell(5.1m, 2));
        Assert.Equal("1.30", ReportCsv.PaddedCell(1.30m, 2));
        Assert.Equal("1.2345", ReportCsv.PaddedCell(1.2345m, 2));
        Assert.Equal("3.00", ReportCsv.PaddedCell(3m, 2));
        Assert.Equal("0.50", ReportCsv.PaddedCell(0.5d, 2));
        Assert.Equal("2026", ReportCsv.PaddedCell(2026, 2));
        Assert.Equal("", ReportCsv.PaddedCell(null, 2));
        // Padding never rounds: the CSV keeps what the table holds.
        Assert.Equal(1.2345m, decimal.Parse(ReportCsv.PaddedCell(1.2345m, 6), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WorldSourceLine_HasNoNestedOrBrokenParentheses()
    {
        var result = CliRun.Run("world", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var notes = json.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToArray();
        Assert.StartsWith("SIPRI military expenditure in", notes[0], StringComparison.Ordinal);
        Assert.Contains("(SIPRI Milex 2025 release, data 1949-2025, file", notes[0], StringComparison.Ordinal);
        foreach (var note in notes)
        {
            var depth = 0;
            foreach (var c in note)
            {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                Assert.True(depth is 0 or 1, $"Parentheses nest or close before they open in: {note}");
            }
            Assert.True(depth == 0, $"A parenthesis is left open in: {note}");
        }
    }

    [Fact]
    public void Simulation_SaysWhyPassingEveryCheckIsRarerThanReachingTheTarget()
    {
        var result = CliRun.Run("simulate", "DEU", "--seed", "7", "--draws", "2000", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var ally = json.RootElement.GetProperty("allies")[0];
        var every = ally.GetProperty("p_passes_every_check").GetDouble();
        var reach = ally.GetProperty("p_reaches_target").GetDouble();
        var reason = ally.GetProperty("every_check_reason").GetString()!;
        Assert.True(every < reach);
        Assert.Contains("pass together in the same simulated future", reason, StringComparison.Ordinal);
        Assert.Contains("each judged over every year to the deadline", reason, StringComparison.Ordinal);
        // The hardest check is named with its own odds, which bound the joint odds.
        var hardest = ally.GetProperty("p_checks").EnumerateObject().OrderBy(p => p.Value.GetDouble()).First();
        Assert.True(every <= hardest.Value.GetDouble());
        Assert.Contains($"the hardest check alone, {hardest.Name} ({Math.Round(hardest.Value.GetDouble() * 100).ToString("0", CultureInfo.InvariantCulture)}% of draws)", reason, StringComparison.Ordinal);
    }
}
