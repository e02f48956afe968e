using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NatoSpend.Web.Http;
using Xunit.Abstractions;

namespace NatoSpend.Web.Tests.Hardening;

/// <summary>Many simulations at once against the app on a loopback socket: the extra ones are told to retry, and the cheap endpoints keep answering fast.</summary>
[Collection(Timed.Name)]
public sealed class SimulationAdmissionTests(ITestOutputHelper output) : IDisposable
{
    // A run of about a second: every ally, a few blocks of draws each.
    private const string Heavy = """{"allies": "all", "draws": 50000, "seed": 5}""";

    private readonly LoopbackApp _app = new();

    [Fact]
    public async Task ThirtyTwoSimulationsAtOnce_TheExtraOnesAreToldToRetry_AndStatusStaysFast()
    {
        using var client = _app.Client();
        var gate = _app.Services.GetRequiredService<SimulationGate>();
        // Warm up: the first status and the first simulation load and calibrate the data.
        (await client.GetAsync("/api/v1/status")).Dispose();
        (await Simulate(client, """{"ally": "DEU", "draws": 1000}""", CancellationToken.None)).Dispose();

        var simulations = Enumerable.Range(0, 32).Select(_ => Simulate(client, Heavy, CancellationToken.None)).ToArray();
        var latencies = new List<double>();
        while (latencies.Count < 200 || !simulations.All(s => s.IsCompleted))
        {
            var watch = Stopwatch.StartNew();
            using var status = await client.GetAsync("/api/v1/status");
            await status.Content.ReadAsByteArrayAsync();
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        }
        var responses = await Task.WhenAll(simulations);

        var ok = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        var busy = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        var p99 = Latency.Percentile(latencies, 99);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"32 simulations at once on {Environment.ProcessorCount} core(s) ({gate.Runs} running, {gate.Queue} waiting): {ok} answered, {busy.Count} told to retry; status during them: {latencies.Count} requests, p50 {Latency.Percentile(latencies, 50):0.0} ms, p99 {p99:0.0} ms, max {latencies.Max():0.0} ms"));
        Assert.Equal(32, ok + busy.Count);
        Assert.InRange(ok, 1, 31);
        Assert.True(busy.Count >= 32 - (2 * (gate.Runs + gate.Queue)), $"only {busy.Count} of 32 were told to retry");
        foreach (var response in busy)
        {
            Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, "a 503 without Retry-After");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.StartsWith("The server is running as many simulations as it can", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        Assert.True(p99 < 100, string.Create(CultureInfo.InvariantCulture, $"status p99 was {p99:0.0} ms while simulations ran"));
        Assert.Equal(0, gate.Admitted);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task ASimulationStopsWhenItsClientGoesAway()
    {
        using var client = _app.Client();
        var gate = _app.Services.GetRequiredService<SimulationGate>();
        (await Simulate(client, """{"ally": "DEU", "draws": 1000}""", CancellationToken.None)).Dispose();
        // A first all-ally run compiles its code; the second is timed.
        (await Simulate(client, Heavy, CancellationToken.None)).Dispose();
        await WaitFor(() => gate.Admitted == 0, TimeSpan.FromSeconds(30));
        var full = Stopwatch.StartNew();
        (await Simulate(client, Heavy, CancellationToken.None)).Dispose();
        var oneRun = full.Elapsed;
        // The gate lets a run go just after its answer is sent: wait for it, or the next run may be told to retry instead.
        await WaitFor(() => gate.Admitted == 0, TimeSpan.FromSeconds(30));

        // Four times the draws: it would run on long after the cancellation below.
        using var leave = new CancellationTokenSource();
        var abandoned = Simulate(client, """{"allies": "all", "draws": 200000, "seed": 5}""", leave.Token);
        await WaitFor(() => gate.Running == 1, TimeSpan.FromSeconds(30));
        // A quarter of a 50,000-draw run in: the draws are under way, with about fifteen quarters of the run still to go.
        await Task.Delay(oneRun / 4);
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        var stopping = Stopwatch.StartNew();
        await WaitFor(() => gate.Admitted == 0, TimeSpan.FromSeconds(30));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"a run of 50,000 draws took {oneRun.TotalSeconds:0.00} s; a run of 200,000 stopped {stopping.Elapsed.TotalSeconds:0.00} s after its client went away"));
        Assert.True(stopping.Elapsed < oneRun, "the abandoned simulation ran on");
    }

    public void Dispose() => _app.Dispose();

    private static Task<HttpResponseMessage> Simulate(HttpClient client, string body, CancellationToken cancellation) =>
        client.PostAsync("/api/v1/simulate", new StringContent(body, Encoding.UTF8, "application/json"), cancellation);

    private static async Task WaitFor(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < timeout, "waited too long");
            await Task.Delay(10);
        }
    }
}
