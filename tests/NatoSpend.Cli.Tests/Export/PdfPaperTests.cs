using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NatoSpend.Tests.Cli;

namespace NatoSpend.Tests.Export;

/// <summary>The PDF report's paper: A4 by default, Letter with <c>--paper letter</c>, read from the pages' MediaBox.</summary>
public sealed partial class PdfPaperTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [ToolFact("chromium")]
    public void Report_IsPrintedOnA4ByDefault()
    {
        var pdf = _temp.File("deu.pdf");
        var result = CliRun.Run("report", "DEU", "--out", pdf);
        Assert.True(result.ExitCode == 0, result.Error);
        var pages = PageSizes(pdf);
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.Equal((595, 842), p));
    }

    [ToolFact("chromium")]
    public void Report_IsPrintedOnLetterWithThePaperOption()
    {
        var pdf = _temp.File("alliance.pdf");
        var result = CliRun.Run("report", "--allies", "all", "--paper", "letter", "--out", pdf);
        Assert.True(result.ExitCode == 0, result.Error);
        var pages = PageSizes(pdf);
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.Equal((612, 792), p));
    }

    [Fact]
    public void Report_RefusesAnUnknownPaper()
    {
        var result = CliRun.Run("report", "DEU", "--paper", "a3", "--out", _temp.File("deu.pdf"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--paper must be a4 or letter, but was 'a3'", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Each page's width and height in points, rounded (Chromium writes A4 as 594.96 × 841.92).</summary>
    private static List<(int Width, int Height)> PageSizes(string pdf)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        return [.. MediaBox().Matches(text).Select(m => (
            (int)Math.Round(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)),
            (int)Math.Round(double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))))];
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
