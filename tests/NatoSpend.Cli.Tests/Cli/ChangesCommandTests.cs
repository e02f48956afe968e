namespace NatoSpend.Tests.Cli;

/// <summary><c>natospend changes</c>: both editions named, NATO's counts as each edition published them, and one sentence for bad editions.</summary>
public class ChangesCommandTests
{
    [Fact]
    public void TheDefaultComparesTheTwoNewestEditionsWithCountsMoversAndRevisions()
    {
        var result = CliRun.Run("changes");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("What changed from NATO's 2025 edition to its 2026 edition.", result.Output, StringComparison.Ordinal);
        // 2026e at 2%: 30 of 31 in the 2026 edition; the 2025 edition has no 2026 column.
        Assert.Matches(@"2026\s+2\.0\s+–\s+–\s+30\s+31\s+–", result.Output);
        Assert.Matches(@"Germany\s+2024\s+2\.00\s+yes\s+2026\s+2\.69\s+yes\s+0\.69", result.Output);
        Assert.Contains("Source: NATO, Defence Expenditure of NATO Countries (2014-2025)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Source: NATO, Defence Expenditure of NATO Countries (2014-2026)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsAtTwoPercentIn2024AreNatosTwentyThreeThenEighteen()
    {
        var result = CliRun.Run("changes", "--editions", "2024,2025");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"2024\s+2\.0\s+23\s+31\s+18\s+31\s+-5", result.Output);
    }

    [Theory]
    [InlineData("2026", "natospend: --editions must name two NATO editions separated by a comma, such as --editions 2025,2026, but was '2026'; the editions are 2026, 2025, 2024.")]
    [InlineData("2025,2025", "natospend: --editions names the edition 2025 twice; name two different NATO editions, such as --editions 2025,2026 (the editions are 2026, 2025, 2024).")]
    public void BadEditionsAreOneSentence(string editions, string message)
    {
        var result = CliRun.Run("changes", "--editions", editions);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
    }
}
