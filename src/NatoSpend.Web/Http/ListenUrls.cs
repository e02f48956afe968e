using System.Globalization;
using System.Net;

namespace NatoSpend.Web.Http;

/// <summary>Checks the addresses <c>natospend serve --urls</c> is given, before Kestrel reads them, and finds those reachable from other machines.</summary>
public static class ListenUrls
{
    /// <summary>The form an address takes, as the messages show it.</summary>
    public const string Example = "http://127.0.0.1:8080";

    /// <summary>Reads the semicolon-separated addresses and returns those that other machines can reach (not loopback).</summary>
    /// <param name="urls">The value given to <c>--urls</c>.</param>
    /// <returns>The addresses that listen beyond this machine: <c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>, a host name or a non-loopback IP.</returns>
    /// <exception cref="ArgumentException">An address is not an http or https URL with a host and a port from 0 to 65535; the message is one sentence naming <c>--urls</c>.</exception>
    public static IReadOnlyList<string> Reachable(string? urls)
    {
        var addresses = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (addresses.Length == 0)
        {
            throw new ArgumentException($"--urls was given no address; give one such as {Example} (several are separated by semicolons).", nameof(urls));
        }
        var reachable = new List<string>();
        foreach (var url in addresses)
        {
            if (!IsLocal(Parse(url)))
            {
                reachable.Add(url);
            }
        }
        return reachable;
    }

    /// <summary>The warning for an address that other machines can reach, one sentence.</summary>
    public static string Warning(string url) =>
        $"--urls {url} is not a loopback address, so the server is now reachable from other machines; use {Example} to keep it on this one.";

    private static BindingAddress Parse(string url)
    {
        BindingAddress? address = null;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            // Kestrel's own parser says "Invalid url"; the sentence below says what to give instead.
        }
        if (address is null || address.Scheme is not ("http" or "https") || string.IsNullOrEmpty(address.Host) || address.Port is < 0 or > 65535
            || !url.Contains("://", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The address '{url}' given to --urls is not one natospend can listen at; give it as {Example} (several are separated by semicolons)."),
                nameof(url));
        }
        return address;
    }

    // Kestrel listens on every interface for *, +, 0.0.0.0, [::] and any host name but localhost.
    private static bool IsLocal(BindingAddress address) =>
        address.IsUnixPipe || address.IsNamedPipe
        || address.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
