using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NatoSpend.Web.Tests;

/// <summary>Starts the app on Kestrel at a random loopback port, one factory at a time.</summary>
/// <remarks>
/// A factory finds the app's host through a process-wide listener while <c>Program</c> builds it: two factories starting
/// at once (test classes run in parallel) can each catch the other's host, and one then fails with "Addresses cannot be
/// modified after the server has started".
/// </remarks>
public static class KestrelStart
{
    private static readonly Lock Gate = new();

    /// <summary>Starts <paramref name="factory"/> on Kestrel and answers its loopback address.</summary>
    public static Uri Run(WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        lock (Gate)
        {
            factory.UseKestrel(0);
            factory.StartServer();
        }
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }
}
