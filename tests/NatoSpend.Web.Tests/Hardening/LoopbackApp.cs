using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NatoSpend.Web.Tests.Hardening;

/// <summary>The app on Kestrel at a random loopback port, as <c>natospend serve</c> runs it: real sockets, real threads.</summary>
public sealed class LoopbackApp : IDisposable
{
    // Warnings and errors only, as natospend serve logs: a line per request would slow the server the tests measure.
    private readonly WebApplicationFactory<Program> _factory = new WebApplicationFactory<Program>()
        .WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)));

    public LoopbackApp()
    {
        BaseAddress = KestrelStart.Run(_factory);
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>A client with a connection per concurrent request, as many clients would have.</summary>
    public HttpClient Client() => new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromMinutes(3),
    };

    public void Dispose() => _factory.Dispose();
}

/// <summary>Tests that measure time run alone, so that other tests do not take their cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Timed
{
    public const string Name = "timed";
}

/// <summary>Latencies and their summary.</summary>
public static class Latency
{
    /// <summary>The nearest-rank percentile, in milliseconds.</summary>
    public static double Percentile(IReadOnlyCollection<double> milliseconds, double p)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
