using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace NatoSpend.Web.Tests.Hardening;

/// <summary>A short load run on a loopback socket, in every test run: it fails on any error, and writes the rate and the p99 to the test output.</summary>
[Collection(Timed.Name)]
public sealed class LoadTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);

    // The cheap reads a dashboard makes, and the projections behind its charts.
    private static readonly string[] Reads =
    [
        "/api/v1/status",
        "/api/v1/status?year=2024&target=3.5&allies=europe",
        "/api/v1/paths?ally=DEU",
        "/api/v1/paths?ally=POL&shape=linear",
        "/api/v1/editions",
        "/",
        "/js/common.js",
    ];

    private readonly LoopbackApp _app = new();

    [Fact]
    public async Task ABoundedLoadRunHasNoErrors()
    {
        using var client = _app.Client();
        foreach (var path in Reads)
        {
            using var warm = await client.GetAsync(path);
            Assert.True(warm.StatusCode == HttpStatusCode.OK, $"{path}: {warm.StatusCode}");
        }

        var failures = new ConcurrentQueue<string>();
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        // One simulation, as a dashboard user would start, while eight clients read.
        var simulation = Time(client, HttpMethod.Post, "/api/v1/simulate", """{"ally": "DEU", "draws": 20000}""", latencies, failures);
        var readers = Enumerable.Range(0, 8).Select(async worker =>
        {
            for (var i = worker; clock.Elapsed < Duration; i++)
            {
                await Time(client, HttpMethod.Get, Reads[i % Reads.Length], null, latencies, failures);
            }
        });
        await Task.WhenAll([simulation, .. readers]);
        var elapsed = clock.Elapsed;

        var p99 = Latency.Percentile(latencies, 99);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: {latencies.Count} requests in {elapsed.TotalSeconds:0.0} s on {Environment.ProcessorCount} core(s), {latencies.Count / elapsed.TotalSeconds:0} requests/s, p50 {Latency.Percentile(latencies, 50):0.0} ms, p99 {p99:0.0} ms, {failures.Count} failed"));
        Assert.Empty(failures);
        Assert.True(latencies.Count > 100, $"only {latencies.Count} requests in {elapsed.TotalSeconds:0.0} s");
    }

    public void Dispose() => _app.Dispose();

    private static async Task Time(HttpClient client, HttpMethod method, string path, string? body, ConcurrentBag<double> latencies, ConcurrentQueue<string> failures)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                failures.Enqueue($"{method} {path}: {(int)response.StatusCode}");
            }
        }
        catch (HttpRequestException e)
        {
            failures.Enqueue($"{method} {path}: {e.Message}");
        }
    }
}
