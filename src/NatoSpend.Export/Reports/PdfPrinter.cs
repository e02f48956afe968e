using System.Diagnostics;

namespace NatoSpend.Export.Reports;

/// <summary>The paper a PDF is printed on.</summary>
public enum Paper
{
    /// <summary>ISO A4, 210 × 297 mm (595 × 842 pt): the default, as in most of the alliance.</summary>
    A4,
    /// <summary>US Letter, 8.5 × 11 in (612 × 792 pt).</summary>
    Letter,
}

/// <summary>Prints an HTML page to PDF with headless Chromium (<c>--print-to-pdf</c>), so that the PDF is the HTML report as a browser prints it.</summary>
public static class PdfPrinter
{
    /// <summary>Where Chromium is looked for: <c>NATOSPEND_CHROMIUM</c>, then Debian's and other usual paths.</summary>
    public static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("NATOSPEND_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }
        string[] candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Prints the page to PDF.</summary>
    /// <param name="html">The self-contained page.</param>
    /// <param name="timeout">How long Chromium may take.</param>
    /// <param name="paper">The paper size; the page's own <c>@page</c> rule is A4, and Letter overrides it.</param>
    /// <exception cref="ExportException">Chromium is missing, fails or times out; the message says which and the fix.</exception>
    public static byte[] Print(string html, TimeSpan timeout, Paper paper = Paper.A4)
    {
        ArgumentNullException.ThrowIfNull(html);
        // Chromium prints on the size the page's CSS asks for; a rule after the page's own wins.
        var size = paper == Paper.Letter ? "letter" : "A4";
        html = html.Replace("</head>", "<style>@page { size: " + size + "; }</style>\n</head>", StringComparison.Ordinal);
        var chromium = FindChromium()
            ?? throw new ExportException("A PDF is printed by Chromium, which was not found at /usr/bin/chromium; install it ('apt-get install -y chromium'), set NATOSPEND_CHROMIUM to its path, or write --out report.html.");
        var work = Directory.CreateTempSubdirectory("natospend-pdf-");
        try
        {
            var page = Path.Combine(work.FullName, "report.html");
            File.WriteAllText(page, html);
            var output = Path.Combine(work.FullName, "report.pdf");
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-pdf-header-footer",
                "--user-data-dir=" + Path.Combine(work.FullName, "profile"), "--print-to-pdf=" + output, new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }
            start.Environment["HOME"] = work.FullName;
            using var process = Process.Start(start) ?? throw new ExportException($"Chromium at {chromium} did not start; check that it runs ('{chromium} --version').");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new ExportException($"Chromium took longer than {timeout.TotalSeconds:0} s to print the PDF and was stopped; try again, or write --out report.html and print it from a browser.");
            }
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                var detail = stderr.Result.Split('\n').LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "no message";
                throw new ExportException($"Chromium exited with code {process.ExitCode} without writing the PDF ({detail}); write --out report.html instead, or check Chromium.");
            }
            return File.ReadAllBytes(output);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold its profile for a moment; a leftover temp folder is harmless.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }
}
