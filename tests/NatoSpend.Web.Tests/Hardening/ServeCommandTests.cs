extern alias cli;
using cli::NatoSpend.Cli;
using NatoSpend.Web.Http;
using Spectre.Console;

namespace NatoSpend.Web.Tests.Hardening;

/// <summary><c>natospend serve --urls</c>: a mistyped address is one sentence and exit 2; an address other machines reach is a warning.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("notaurl")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("ftp://127.0.0.1:8080")]
    [InlineData("http://127.0.0.1:99999")]
    public void AnAddressThatIsNotAUrlExitsTwoWithOneSentence(string urls)
    {
        var (exit, _, error) = Run("serve", "--urls", urls);

        Assert.Equal(2, exit);
        Assert.Equal($"natospend: The address '{urls}' given to --urls is not one natospend can listen at; give it as http://127.0.0.1:8080 (several are separated by semicolons).", error.Trim());
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080", new string[0])]
    [InlineData("http://localhost:8080;https://[::1]:8443", new string[0])]
    [InlineData("http://0.0.0.0:8080", new[] { "http://0.0.0.0:8080" })]
    [InlineData("http://*:8080;http://127.0.0.1:8081", new[] { "http://*:8080" })]
    [InlineData("http://+:8080", new[] { "http://+:8080" })]
    [InlineData("http://[::]:8080", new[] { "http://[::]:8080" })]
    [InlineData("http://192.168.1.20:8080", new[] { "http://192.168.1.20:8080" })]
    [InlineData("http://natospend.example:8080", new[] { "http://natospend.example:8080" })]
    public void OnlyLoopbackAddressesStayOnThisMachine(string urls, string[] reachable)
    {
        Assert.Equal(reachable, ListenUrls.Reachable(urls));
    }

    [Fact]
    public void AnAddressOtherMachinesReachIsAWarningOnStandardError()
    {
        // 192.0.2.1 (TEST-NET-1) is no address of this machine: the warning comes first, then the binding fails, so the test never serves.
        var (exit, output, error) = Run("serve", "--urls", "http://192.0.2.1:8080");

        Assert.StartsWith("natospend: warning: --urls http://192.0.2.1:8080 is not a loopback address, so the server is now reachable from other machines; use http://127.0.0.1:8080 to keep it on this one.",
            error, StringComparison.Ordinal);
        Assert.Equal(2, exit);
        Assert.DoesNotContain("warning", output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var exit = NatoSpendApp.Run(args, new CliContext(console, output, error));
        return (exit, output.ToString(), error.ToString());
    }
}
