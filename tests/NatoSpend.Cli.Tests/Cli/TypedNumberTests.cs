using System.Globalization;
using NatoSpend.Domain;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Text;
using NatoSpend.Reporting;

namespace NatoSpend.Tests.Cli;

/// <summary>Numbers people type: a comma is refused in every number option with both readings and the form to use, never read silently.</summary>
public class TypedNumberTests
{
    [Fact]
    public void StatusTargetWithADecimalCommaIsRefusedWithBothReadings()
    {
        var result = CliRun.Run("status", "--target", "3,5");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: The target '3,5' has a comma, which could mean 3.5 or 35; write 3.5 (a point for decimals, no thousands separator).", result.Error.Trim());
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void SimulateDrawsWithAThousandsCommaIsRefusedBeforeAnythingRuns()
    {
        var result = CliRun.Run("simulate", "DEU", "--draws", "60,000");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: The number of draws '60,000' has a comma, which could mean 60 or 60000; write 60000 (a whole number, no thousands separator).", result.Error.Trim());
    }

    [Theory]
    [InlineData(new[] { "status", "--target", "3,5" }, "The target '3,5' has a comma, which could mean 3.5 or 35; write 3.5")]
    [InlineData(new[] { "status", "--year", "2,024" }, "The year '2,024' has a comma, which could mean 2.024 or 2024; write 2024 (a whole number, no thousands separator).")]
    [InlineData(new[] { "gap", "--target", "3,5" }, "The target '3,5' has a comma")]
    [InlineData(new[] { "gap", "--year", "2,024" }, "The year '2,024' has a comma")]
    [InlineData(new[] { "path", "DEU", "--target", "3,5" }, "The target '3,5' has a comma, which could mean 3.5 or 35; write 3.5")]
    [InlineData(new[] { "path", "DEU", "--by", "2,035" }, "The year '2,035' given to --by has a comma, which could mean 2.035 or 2035; write 2035")]
    [InlineData(new[] { "path", "DEU", "--from-year", "2,024" }, "The year '2,024' given to --from-year has a comma")]
    [InlineData(new[] { "path", "DEU", "--shape", "min-step", "--step", "0,2" }, "The value '0,2' given to --step has a comma, which could mean 0.2 or 2; write 0.2")]
    [InlineData(new[] { "path", "DEU", "--shape", "front-loaded", "--fraction", "0,25" }, "The value '0,25' given to --fraction has a comma, which could mean 0.25 or 25; write 0.25")]
    [InlineData(new[] { "path", "DEU", "--growth", "DEU=1,2+2,0" }, "The growth 'DEU=1,2+2,0' has a comma, which could mean DEU=1.2+2 or DEU=12+20; write DEU=1.2+2 (a point for decimals, no thousands separator).")]
    [InlineData(new[] { "path", "DEU", "--growth", "3,1" }, "The growth '3,1' has a comma, which could mean 3.1 or 31; write 3.1")]
    [InlineData(new[] { "path", "POL", "--rate", "PLN=3,9" }, "The rate 'PLN=3,9' has a comma, which could mean PLN=3.9 or PLN=39; write PLN=3.9")]
    [InlineData(new[] { "alliance", "--by", "2,032" }, "The year '2,032' given to --by has a comma")]
    [InlineData(new[] { "alliance", "--growth", "2,5" }, "The growth '2,5' has a comma")]
    [InlineData(new[] { "personnel", "DEU", "--add", "60,000" }, "The number '60,000' given to --add has a comma, which could mean 60 or 60000; write 60000 (a whole number, no thousands separator).")]
    [InlineData(new[] { "personnel", "DEU", "--add", "60000", "--target", "3,5" }, "The target '3,5' has a comma")]
    [InlineData(new[] { "ukraine", "--year", "2,025" }, "The year '2,025' has a comma, which could mean 2.025 or 2025; write 2025")]
    [InlineData(new[] { "compare", "--year", "2,024" }, "The year '2,024' has a comma, which could mean 2.024 or 2024; write 2024")]
    [InlineData(new[] { "plan", "template", "DEU", "--growth", "3,1" }, "The growth '3,1' has a comma")]
    [InlineData(new[] { "check", "data/plans/deu-2025-06.csv", "--growth", "DEU=1,2+2,0" }, "The growth 'DEU=1,2+2,0' has a comma")]
    [InlineData(new[] { "simulate", "DEU", "--draws", "3,5" }, "The number of draws '3,5' has a comma, which could mean 3.5 or 35; write 35 (a whole number, no thousands separator).")]
    [InlineData(new[] { "simulate", "DEU", "--seed", "1,5" }, "The seed '1,5' has a comma, which could mean 1.5 or 15")]
    [InlineData(new[] { "simulate", "DEU", "--threads", "1,5" }, "The thread count '1,5' has a comma")]
    [InlineData(new[] { "simulate", "DEU", "--draws", "100", "--target", "3,5" }, "The target '3,5' has a comma")]
    [InlineData(new[] { "chart", "status", "--out", "unused.png", "--width", "1,000" }, "The size '1,000' given to --width has a comma, which could mean 1 or 1000; write 1000")]
    [InlineData(new[] { "chart", "path", "DEU", "--out", "unused.png", "--step", "0,2" }, "The value '0,2' given to --step has a comma")]
    public void EveryNumberOptionRefusesACommaWithExitTwo(string[] args, string message)
    {
        var result = CliRun.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("natospend: " + message, result.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("status", "--allies", "DEU,POL", "--target", "3.5", "--format", "csv")]
    [InlineData("compare", "--year", "2024", "--editions", "2025,2026", "--allies", "DEU,POL", "--format", "csv")]
    [InlineData("path", "DEU", "--growth", "DEU=1.2+2.0", "--format", "csv")]
    [InlineData("personnel", "DEU", "--add", "60_000", "--format", "csv")]
    public void CommaListsAndPointDecimalsStillWork(params string[] args) => Assert.Equal(0, CliRun.Run(args).ExitCode);

    [Theory]
    [InlineData("3,5", "The target '3,5' has a comma, which could mean 3.5 or 35; write 3.5 (a point for decimals, no thousands separator).")]
    [InlineData("60,000", "The target '60,000' has a comma, which could mean 60 or 60000; write 60 (a point for decimals, no thousands separator).")]
    [InlineData("3,500", "The target '3,500' has a comma, which could mean 3.5 or 3500; write 3.5 (a point for decimals, no thousands separator).")]
    [InlineData("-1,5%", "The target '-1,5%' has a comma, which could mean -1.5% or -15%; write -1.5% (a point for decimals, no thousands separator).")]
    [InlineData("1.234,5", "The target '1.234,5' has a comma; write 1234.5 (a point for decimals, no thousands separator).")]
    [InlineData("1,234.5", "The target '1,234.5' has a comma; write 1234.5 (a point for decimals, no thousands separator).")]
    [InlineData("1,234,567", "The target '1,234,567' has a comma; write 1234567 (a point for decimals, no thousands separator).")]
    [InlineData("3,5,1", "The target '3,5,1' has a comma; write numbers with a point for decimals and no thousands separator, such as 3.5.")]
    [InlineData(",5", "The target ',5' has a comma; write numbers with a point for decimals and no thousands separator, such as 3.5.")]
    public void TheSentenceNamesTheReadingsAndPicksTheOneThatFits(string text, string message) =>
        Assert.Equal(message, TypedNumber.CommaProblem(text, $"The target '{text}'", v => v is >= 0m and <= 100m, "3.5"));

    [Fact]
    public void TextWithoutACommaIsNotAProblem() =>
        Assert.Null(TypedNumber.CommaProblem("3.5", "The target '3.5'", _ => true, "3.5"));

    [Theory]
    [InlineData("3,5")]
    [InlineData("1,000")]
    [InlineData("DEU=1,2")]
    public void TheValueTypesNeverReadACommaAsAThousandsSeparator(string text)
    {
        Assert.False(ShareOfGdp.TryParse(text, CultureInfo.InvariantCulture, out _));
        Assert.False(GrowthOverride.TryParse(text, CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public void TypedNumbersWithAPointRoundTrip() => Assert.All(new[] { "0", "3.5", "-2.25", "100", " 7 " }, text =>
    {
        Assert.True(TypedNumber.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), value);
    });
}
