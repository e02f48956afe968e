using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NatoSpend.Reporting;
using NatoSpend.Tests.Cli;

namespace NatoSpend.Tests.Export;

/// <summary>Exports checked as a user would: LibreOffice reads the workbooks back, pdftotext reads the PDF. CI installs the tools.</summary>
public sealed partial class UserToolTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [ToolFact("soffice")]
    public void LibreOffice_ReadsEachWorkbookBackWithTheSameNumbers()
    {
        // A few representative views: published figures (status), derived paths (path), two sheets with text (check).
        var views = new (string Name, string[] Args, string Sheet)[]
        {
            ("status", ["status", "--year", "2024"], "Status"),
            ("path", ["path", "DEU", "--shape", "real-growth"], "Path"),
            ("check", ["check", Path.Combine(TestData.Catalog.Folder.Root, "plans", "pol-2025-08.csv")], "Years"),
        };
        foreach (var (name, args, _) in views)
        {
            var result = CliRun.Run([.. args, "--format", "xlsx", "--out", _temp.File(name + ".xlsx")]);
            Assert.True(result.ExitCode is 0 or 3, result.Error);
        }
        Convert(views.Select(v => v.Name + ".xlsx"));
        foreach (var (name, args, sheet) in views)
        {
            var csvArgs = name == "check" ? [.. args, "--format", "json"] : args.Append("--format").Append("csv").ToArray();
            var converted = Csv.Parse(File.ReadAllText(_temp.File($"{name}-{sheet}.csv")));
            if (name == "check")
            {
                // check's CSV is its checks table; compare the Years sheet with the JSON's years.
                using var json = System.Text.Json.JsonDocument.Parse(CliRun.Run(csvArgs).Output);
                var years = json.RootElement.GetProperty("years").EnumerateArray().ToArray();
                Assert.Equal(years.Length + 1, converted.Count);
                for (var r = 0; r < years.Length; r++)
                {
                    var props = years[r].EnumerateObject().ToArray();
                    for (var c = 0; c < props.Length; c++)
                    {
                        var expected = props[c].Value.ValueKind switch
                        {
                            System.Text.Json.JsonValueKind.Null => "",
                            System.Text.Json.JsonValueKind.String => NatoSpend.Reporting.ReportCsv.Inert(props[c].Value.GetString()!),
                            _ => props[c].Value.GetRawText(),
                        };
                        AssertSameCell(expected, converted[r + 1][c], $"{name} row {r + 1} column {props[c].Name}");
                    }
                }
                continue;
            }
            var original = Csv.Parse(CliRun.Run(csvArgs).Output);
            Assert.Equal(original.Count, converted.Count);
            for (var r = 1; r < original.Count; r++)
            {
                Assert.Equal(original[r].Count, converted[r].Count);
                for (var c = 0; c < original[r].Count; c++)
                {
                    AssertSameCell(original[r][c], converted[r][c], $"{name} row {r} column {original[0][c]}");
                }
            }
        }
    }

    [ToolFact("pdftotext", "chromium")]
    public void Pdftotext_FindsTheAllysNameLatestShareAndSourceLineInThePdf()
    {
        var pdf = _temp.File("deu.pdf");
        var result = CliRun.Run("report", "DEU", "--out", pdf);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("%PDF", File.ReadAllText(pdf)[..4], StringComparison.Ordinal);
        var text = Run(ExternalTools.Require("pdftotext"), ["-enc", "UTF-8", pdf, "-"]);
        var flat = Spaces().Replace(text, " ");
        Assert.Contains("Germany", flat, StringComparison.Ordinal);
        var latest = TestData.Edition2026.Share(NatoSpend.Domain.Allies.AllyCode.From("DEU"), 2026)!.Value.Percent.ToString("0.00", CultureInfo.InvariantCulture);
        Assert.Contains($"Germany spent {latest}% of GDP", flat, StringComparison.Ordinal);
        Assert.Contains(Spaces().Replace(TestData.Edition2026.Edition.SourceLine, " "), flat, StringComparison.Ordinal);
    }

    private static void AssertSameCell(string expected, string actual, string where)
    {
        if (decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e))
        {
            Assert.True(double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a), $"{where}: '{actual}' is not the number {expected}");
            Assert.True(Math.Abs(a - (double)e) <= 1e-9 * Math.Max(1, Math.Abs((double)e)), $"{where}: {actual} is not {expected}");
        }
        else if (expected is "true" or "false")
        {
            Assert.Equal(expected, actual, ignoreCase: true);
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    private void Convert(IEnumerable<string> files)
    {
        var soffice = ExternalTools.Require("soffice");
        // Raw values rather than the cells as shown (token 9 false), every sheet to its own file (token 12 = -1), UTF-8, comma.
        Run(soffice, ["--headless", "--norestore", "-env:UserInstallation=" + new Uri(_temp.File("lo-profile")).AbsoluteUri,
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1", "--outdir", _temp.Path, .. files.Select(_temp.File)]);
    }

    private string Run(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _temp.Path };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["HOME"] = _temp.Path; // soffice needs a writable home
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{program} did not finish in 3 minutes");
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
