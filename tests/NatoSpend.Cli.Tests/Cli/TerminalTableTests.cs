using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NatoSpend.Cli;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting;
using Spectre.Console.Testing;

namespace NatoSpend.Tests.Cli;

/// <summary>Tables fit the terminal: no line wider than it, no number split, headings whole; piped output is unchanged.</summary>
public sealed partial class TerminalTableTests
{
    private static CliResult RunAt(int width, params string[] args)
    {
        var console = new TestConsole().Width(width);
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(console, output, error) { TerminalWidth = width };
        var code = NatoSpendApp.Run(args, context);
        return new CliResult(code, output + console.Output, error.ToString());
    }

    private static string[] Lines(string text) => text.Replace("\r", "", StringComparison.Ordinal).Split('\n');

    /// <summary>Each ally's row of the first table, by its code, as the tokens it shows: the lines from the rule under the headings to the first blank line.</summary>
    private static Dictionary<string, string[]> Rows(string text)
    {
        var lines = Lines(text);
        var rule = Array.FindIndex(lines, l => l.TrimStart().StartsWith('─'));
        return lines.Skip(rule + 1).TakeWhile(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(t => t.First(w => AllyCode().IsMatch(w)), t => t);
    }

    private static void AssertNoNumberSplit(string fitted, string whole)
    {
        var fittedRows = Rows(fitted);
        var wholeRows = Rows(whole);
        Assert.Equal(31, fittedRows.Count);
        foreach (var (code, tokens) in fittedRows)
        {
            // A split number would leave pieces that the whole row does not have, and put the ally's row on two lines.
            foreach (var number in tokens.Where(t => Number().IsMatch(t)))
            {
                Assert.Contains(number, wholeRows[code]);
            }
        }
    }

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(60)]
    public void StatusFitsTheTerminalWithoutSplittingANumber(int width)
    {
        var fitted = RunAt(width, "status");
        var whole = CliRun.Run("status");

        Assert.Equal(0, fitted.ExitCode);
        Assert.All(Lines(fitted.Output), line => Assert.True(line.Length <= width, $"{line.Length} characters: {line}"));
        AssertNoNumberSplit(fitted.Output, whole.Output);
        // The most useful columns stay: who, the share and the gap to the target.
        Assert.Matches(@"POL\s+Poland\s+4\.68\s+e", fitted.Output);
        Assert.Contains("-2.68", fitted.Output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ more columns? not shown for width \([a-z0-9_, ]+\): --wide shows every column, --columns id,id,\.\.\. chooses\.", Regex.Replace(fitted.Output, @"\s+", " "));
    }

    [Fact]
    public void StatusAt160ColumnsCutsNoHeading()
    {
        var fitted = RunAt(160, "status");
        var whole = CliRun.Run("status");

        var headingWords = HeaderLines(whole.Output).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        var shown = HeaderLines(fitted.Output).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Assert.NotEmpty(shown);
        Assert.All(shown, word => Assert.Contains(word, headingWords));
        Assert.All(Lines(fitted.Output), line => Assert.True(line.Length <= 160, line));
        AssertNoNumberSplit(fitted.Output, whole.Output);
    }

    // The heading lines: between the title and the rule under the headings.
    private static string[] HeaderLines(string text)
    {
        var lines = Lines(text);
        var rule = Array.FindIndex(lines, l => l.TrimStart().StartsWith('─'));
        var first = Array.FindLastIndex(lines, rule, l => l.Trim().Length == 0) + 1;
        return lines[first..rule];
    }

    [Fact]
    public void ColumnsChoosesTheColumnsInTheOrderGiven()
    {
        var result = RunAt(80, "status", "--columns", "name,gap_pp,share");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Name\s+Gap to 2% pp\s+Share %", result.Output);
        Assert.Matches(@"Poland\s+-2\.68\s+4\.68", result.Output);
        Assert.DoesNotContain("more columns", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AColumnTheTableLacksIsOneSentenceListingTheIds()
    {
        var result = RunAt(80, "status", "--columns", "name,shar");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: --columns names a column this table does not have (shar); use ids from: rank, ally, name, share, estimate, change_pp, real_change_pct, currency, spending_natcur_m, spending_usd_m, per_capita_usd_2021, equipment_share_pct, equipment_guideline_met, personnel_thousands, gap_pp, shortfall_natcur_m, shortfall_usd_m.\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void WideShowsEveryColumnAtItsOwnWidth()
    {
        var wide = RunAt(80, "status", "--wide");

        Assert.Equal(0, wide.ExitCode);
        Assert.Contains("Shortfall (USD m)", wide.Output, StringComparison.Ordinal);
        AssertNoNumberSplit(wide.Output, CliRun.Run("status").Output);
        Assert.Contains(Lines(wide.Output), l => l.Length > 80);
    }

    [Fact]
    public void PipedAndCsvOutputIgnoreTheTerminal()
    {
        Assert.Equal(CliRun.Run("status", "--format", "csv").Output, RunAt(80, "status", "--format", "csv").Output);
        Assert.Equal(CliRun.Run("status", "--format", "json").Output, RunAt(80, "status", "--format", "json").Output);
    }

    [Fact]
    public void TheTerminalWidthComesFromColumnsThenTheWindowAndIsNoneWhenPiped()
    {
        Assert.Null(TableLayout.TerminalWidth(true, "80", () => 120));
        Assert.Equal(80, TableLayout.TerminalWidth(false, "80", () => 120));
        Assert.Equal(120, TableLayout.TerminalWidth(false, null, () => 120));
        Assert.Equal(120, TableLayout.TerminalWidth(false, "wide", () => 120));
    }

    [Fact]
    public void HeadingsWrapOntoTwoLinesAtMost()
    {
        Assert.Equal(10, TableFit.HeadingWidth("Per capita (USD 2021)"));
        Assert.Equal(5, TableFit.HeadingWidth("Share %"));
        Assert.Equal(4, TableFit.HeadingWidth("Est."));
    }

    [Fact]
    public void UsefulnessPutsWhoThenSharesThenGapsThenMoney()
    {
        ReportColumn[] columns =
        [
            new("spending_usd_m", "USD", "million USD", Provenance.Published, 0),
            new("gap_pp", "Gap", "percentage points", Provenance.Derived),
            new("share", "Share", "% of real GDP (2021 prices)", Provenance.Published),
            new("name", "Name", null, Provenance.Label),
        ];
        Assert.Equal(["name", "share", "gap_pp", "spending_usd_m"], columns.OrderBy(TableFit.Tier).Select(c => c.Key));
    }

    [Fact]
    public void StatusInARealEightyColumnTerminalFitsAndSplitsNoNumber()
    {
        var fitted = UnderPty(80, "status");
        var whole = CliRun.Run("status");

        Assert.Contains("Poland", fitted, StringComparison.Ordinal);
        Assert.All(Lines(fitted), line => Assert.True(line.Length <= 80, $"{line.Length} characters: {line}"));
        AssertNoNumberSplit(fitted, whole.Output);
        // Every share shown is one the JSON answer carries (at the table's two decimals).
        var shares = ShareInJson().Matches(CliRun.Run("status", "--format", "json").Output)
            .Select(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var row in Rows(fitted).Values)
        {
            var share = row.First(t => Share().IsMatch(t));
            Assert.Contains(decimal.Parse(share, CultureInfo.InvariantCulture), shares);
        }
    }

    [Fact]
    public void ChangesInARealHundredSixtyColumnTerminalCutsNoHeading()
    {
        var fitted = UnderPty(160, "changes");
        Assert.Contains("The largest revisions", fitted, StringComparison.Ordinal);
        Assert.Contains("2025 ed. %", fitted, StringComparison.Ordinal);
        Assert.Contains("2026 ed. %", fitted, StringComparison.Ordinal);
        Assert.All(Lines(fitted), line => Assert.True(line.Length <= 160, line));
    }

    /// <summary>Runs the built <c>natospend</c> under a pseudo-terminal of the given width (util-linux's <c>script</c>), without colours.</summary>
    private static string UnderPty(int columns, string command)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "natospend.dll");
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-qec", string.Create(CultureInfo.InvariantCulture, $"stty cols {columns} rows 50; dotnet '{cli}' {command}"), "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("COLUMNS");
        start.Environment["TERM"] = "xterm";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "natospend did not finish under the pseudo-terminal");
        Assert.True(process.ExitCode == 0, $"script exited {process.ExitCode}: {error.Result}{output.Result}");
        return Ansi().Replace(output.Result, "").Replace("\r", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[A-Z]{3}$")]
    private static partial Regex AllyCode();

    [GeneratedRegex(@"^-?[0-9][0-9,]*(\.[0-9]+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[0-9]\.[0-9]{2}$")]
    private static partial Regex Share();

    [GeneratedRegex(@"""share"": ([0-9.]+),")]
    private static partial Regex ShareInJson();

    [GeneratedRegex(@"\x1b(\[[0-9;?]*[A-Za-z]|[=>])")]
    private static partial Regex Ansi();
}
