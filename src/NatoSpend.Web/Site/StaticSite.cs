using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NatoSpend.Web.Http;

namespace NatoSpend.Web.Site;

/// <summary>What <see cref="StaticSite.Write"/> wrote.</summary>
/// <param name="Pages">The HTML pages.</param>
/// <param name="Answers">The answer files (JSON and CSV).</param>
/// <param name="Refused">The answers the API refused (a rule set whose deadline has passed, a year Kiel has no figures for); the pages show that they are missing.</param>
/// <param name="Bytes">The size of everything written.</param>
public sealed record SiteSummary(int Pages, int Answers, IReadOnlyList<string> Refused, long Bytes);

/// <summary>
/// Writes the whole dashboard as a static site: every page composed (marked as static, so that its scripts read answers
/// from files), the styles, scripts and libraries, and every API answer the pages need (<see cref="SiteQueries"/>) asked of
/// the live app and saved at the file <see cref="SiteAnswer.FilePath"/> names. Any static host then serves it.
/// </summary>
public static class StaticSite
{
    /// <summary>The meta tag that tells <c>common.js</c> to read answers from files, relative to the page.</summary>
    public const string StaticMeta = "<meta name=\"natospend-static\" content=\"\">";

    /// <summary>The file that marks a folder as a site written by NatoSpend, so that writing again over it is safe.</summary>
    public const string MarkerFile = "natospend-site.txt";

    /// <summary>Writes the site into <paramref name="folder"/>, asking the app at <paramref name="client"/>'s base address.</summary>
    /// <param name="client">A client of the running app (its base address set).</param>
    /// <param name="folder">An empty or missing folder, or one a previous run wrote.</param>
    /// <param name="progress">Told the number of answers written so far and the total, now and then.</param>
    /// <param name="cancellation">Stops the writing.</param>
    /// <exception cref="IOException">The folder holds other files.</exception>
    public static async Task<SiteSummary> Write(HttpClient client, string folder, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !File.Exists(Path.Combine(folder, MarkerFile)))
        {
            throw new IOException($"The folder {folder} is not empty and was not written by natospend site; choose an empty or new folder.");
        }
        Directory.CreateDirectory(folder);
        long bytes = 0;

        var pages = DashboardPages.Open(DashboardPages.Folder);
        foreach (var name in pages.Names)
        {
            bytes += await WriteText(Path.Combine(folder, name + ".html"), StaticPage(pages.Html(name)), cancellation);
        }
        bytes += CopyFolder(NatoSpendWeb.WebRoot, folder);
        using (var openApi = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), cancellation))
        {
            openApi.EnsureSuccessStatusCode();
            bytes += await WriteBytes(Path.Combine(folder, "openapi", "v1.json"), await openApi.Content.ReadAsByteArrayAsync(cancellation), cancellation);
        }

        var answers = await SiteQueries.All(async path =>
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellation);
            response.EnsureSuccessStatusCode();
            return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellation)).RootElement.Clone();
        });
        var jobs = answers.SelectMany(a => a.Csv ? new[] { (a, false), (a, true) } : [(a, false)]).ToList();
        var refused = new List<string>();
        var written = 0;
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancellation }, async (job, token) =>
        {
            var (answer, csv) = job;
            using var request = new HttpRequestMessage(answer.Post ? HttpMethod.Post : HttpMethod.Get, new Uri(answer.Address(csv), UriKind.Relative));
            if (answer.Post)
            {
                request.Content = new StringContent(answer.Body(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            }
            using var response = await client.SendAsync(request, token);
            if ((int)response.StatusCode is >= 400 and < 500 && !csv)
            {
                // The API's refusal, kept beside where the answer would be: the page shows the same sentence the live app gives.
                await WriteBytes(Path.Combine(folder, answer.ProblemPath()), await response.Content.ReadAsByteArrayAsync(token), token);
            }
            if (!response.IsSuccessStatusCode)
            {
                // Only the first refusal of an answer is kept: its CSV twin is refused for the same reason.
                if (!csv)
                {
                    lock (refused)
                    {
                        refused.Add($"{answer} ({(int)response.StatusCode})");
                    }
                }
                return;
            }
            var size = await WriteBytes(Path.Combine(folder, answer.FilePath(csv)), await response.Content.ReadAsByteArrayAsync(token), token);
            Interlocked.Add(ref bytes, size);
            var done = Interlocked.Increment(ref written);
            if (done % 500 == 0)
            {
                progress?.Invoke(done, jobs.Count);
            }
        });
        refused.Sort(StringComparer.Ordinal);
        bytes += await WriteText(Path.Combine(folder, MarkerFile),
            $"A static copy of the NatoSpend dashboard, written by natospend site: {pages.Names.Count} pages and {written} answers.\n", cancellation);
        return new SiteSummary(pages.Names.Count, written, refused, bytes);
    }

    /// <summary>A composed page as the static copy serves it: marked as static, its link to the live API reference pointed at the OpenAPI document.</summary>
    public static string StaticPage(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        const string charset = "<meta charset=\"utf-8\">";
        var at = html.IndexOf(charset, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidDataException("A dashboard page has no <meta charset=\"utf-8\">; the static copy puts its mark after it.");
        }
        html = html.Insert(at + charset.Length, "\n  " + StaticMeta);
        // The interactive reference (Scalar) needs the live app; the OpenAPI document is a file.
        return html.Replace("href=\"scalar\"", "href=\"openapi/v1.json\"", StringComparison.Ordinal);
    }

    private static long CopyFolder(string from, string to)
    {
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            bytes += new FileInfo(target).Length;
        }
        return bytes;
    }

    private static Task<long> WriteText(string path, string text, CancellationToken cancellation) =>
        WriteBytes(path, new UTF8Encoding(false).GetBytes(text), cancellation);

    private static async Task<long> WriteBytes(string path, byte[] bytes, CancellationToken cancellation)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, cancellation);
        return bytes.Length;
    }
}
