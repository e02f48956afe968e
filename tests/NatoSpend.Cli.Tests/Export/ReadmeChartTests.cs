using System.Text.RegularExpressions;
using NatoSpend.Tests.Cli;
using SkiaSharp;

namespace NatoSpend.Tests.Export;

/// <summary>
/// The README's chart commands, run as a reader would, drawn and compared with the pictures in docs/charts, which the README
/// shows. The comparison allows a little noise (font hinting, anti-aliasing) but not a changed chart. Set
/// NATOSPEND_UPDATE_CHARTS=1 (or NATOSPEND_UPDATE_SNAPSHOTS=1) to draw the references again, then look at them and commit them.
/// </summary>
public sealed partial class ReadmeChartTests : IDisposable
{
    // A pixel differs when a channel moves by more than this; the chart matches when at most this share of pixels differ.
    private const int ChannelTolerance = 40;
    private const double PixelShareTolerance = 0.004;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Every <c>natospend chart … --out NAME.png</c> in the README.</summary>
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var command in ReadmeCommands())
        {
            data.Add(command);
        }
        return data;
    }

    private static List<string> ReadmeCommands()
    {
        var readme = File.ReadAllText(Path.Combine(ExportCommandTests.RepoRoot(), "README.md"));
        return [.. ChartLine().Matches(readme).Select(m => m.Groups[1].Value.Trim()).Distinct()];
    }

    [Fact]
    public void Readme_ShowsTheAllyChartAndTheCommandThatWritesAFreshFile()
    {
        var readme = File.ReadAllText(Path.Combine(ExportCommandTests.RepoRoot(), "README.md"));
        Assert.Contains("(docs/charts/deu.png)", readme, StringComparison.Ordinal);
        Assert.Contains("natospend chart ally DEU --plan data/plans/deu-2025-06.csv --plan data/plans/deu-2025-11.csv --out deu.png", readme, StringComparison.Ordinal);
        // A command that wrote over a committed file would fail on a fresh clone (no --force) and dirty the tree.
        Assert.All(ReadmeCommands(), c => Assert.DoesNotContain("--out docs/", c, StringComparison.Ordinal));
        Assert.True(ReadmeCommands().Count >= 3, "The README shows at least the ally, path and alliance charts.");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void ReadmeChart_MatchesItsReferencePicture(string command)
    {
        var args = command["natospend ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = args[Array.IndexOf(args, "--out") + 1];
        var made = _temp.File(name);
        args = [.. args.Select(a => a.StartsWith("data/", StringComparison.Ordinal) ? Path.Combine(ExportCommandTests.RepoRoot(), a) : a == name ? made : a)];
        var result = CliRun.Run(args);
        Assert.True(result.ExitCode == 0, result.Error);
        var reference = Path.Combine(ExportCommandTests.RepoRoot(), "docs", "charts", name);
        if (Environment.GetEnvironmentVariable("NATOSPEND_UPDATE_CHARTS") == "1" || Environment.GetEnvironmentVariable("NATOSPEND_UPDATE_SNAPSHOTS") == "1")
        {
            File.Copy(made, reference, overwrite: true);
        }
        Assert.True(File.Exists(reference), $"No reference picture docs/charts/{name} for '{command}'; run the tests with NATOSPEND_UPDATE_CHARTS=1, look at it and commit it.");
        using var expected = SKBitmap.Decode(reference);
        using var actual = SKBitmap.Decode(made);
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        var share = DifferingShare(expected, actual);
        Assert.True(share <= PixelShareTolerance, $"'{command}' drew a picture that differs from docs/charts/{name} in {share:P2} of its pixels (at most {PixelShareTolerance:P1} allowed); if the change is meant, run with NATOSPEND_UPDATE_CHARTS=1 and commit the picture.");
    }

    [Fact]
    public void PixelComparison_SeesAChangedChart()
    {
        var path = _temp.File("a.png");
        Assert.Equal(0, CliRun.Run("chart", "ally", "DEU", "--out", path).ExitCode);
        var other = _temp.File("b.png");
        Assert.Equal(0, CliRun.Run("chart", "ally", "POL", "--out", other).ExitCode);
        using var a = SKBitmap.Decode(path);
        using var b = SKBitmap.Decode(other);
        using var same = SKBitmap.Decode(path);
        Assert.Equal(0, DifferingShare(a, same));
        Assert.True(DifferingShare(a, b) > PixelShareTolerance, "Two allies' charts must differ by more than the tolerance, or the comparison could not fail.");
    }

    private static double DifferingShare(SKBitmap expected, SKBitmap actual)
    {
        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var (e, a) = (expected.GetPixel(x, y), actual.GetPixel(x, y));
                if (Math.Abs(e.Red - a.Red) > ChannelTolerance || Math.Abs(e.Green - a.Green) > ChannelTolerance || Math.Abs(e.Blue - a.Blue) > ChannelTolerance)
                {
                    differing++;
                }
            }
        }
        return (double)differing / (expected.Width * expected.Height);
    }

    [GeneratedRegex(@"^(natospend chart [^#\n]*--out [\w.-]+\.png[^#\n]*?)\s*(?:#.*)?$", RegexOptions.Multiline)]
    private static partial Regex ChartLine();
}
