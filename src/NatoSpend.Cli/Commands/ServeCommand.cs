using System.CommandLine;
using Microsoft.Extensions.Hosting;
using NatoSpend.Web;
using NatoSpend.Web.Http;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend serve</c>: the dashboard and the REST API on loopback, over the shipped data (or <c>--data</c>).</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, such as http://127.0.0.1:8080 (default: " + NatoSpendWeb.DefaultUrl + ", this machine only). Several addresses are separated by semicolons.",
            DefaultValueFactory = _ => NatoSpendWeb.DefaultUrl,
        };
        var command = new Command("serve", "Serve the dashboard and the REST API (/api/v1, OpenAPI at /openapi/v1.json, reference at /scalar) until Ctrl+C.") { urls };
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            // Checked here, so that a mistyped address is one sentence and exit 2 rather than Kestrel's FormatException.
            IReadOnlyList<string> reachable;
            try
            {
                reachable = ListenUrls.Reachable(parse.GetValue(urls));
            }
            catch (ArgumentException e)
            {
                throw new UsageException(CommandRunner.UserMessage(e));
            }
            foreach (var url in reachable)
            {
                context.Error.WriteLine($"natospend: warning: {ListenUrls.Warning(url)}");
            }
            var app = NatoSpendWeb.Build(
                ["--urls", parse.GetValue(urls)!, "--Logging:LogLevel:Default", "Warning"],
                parse.GetValue(CommonOptions.Data));
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
            {
                // Kestrel reports an address in use as an IOException, and one this machine does not have as a
                // SocketException: a usage mistake, not a crash.
                throw new UsageException($"natospend cannot listen at {parse.GetValue(urls)} ({e.Message}); choose another address with --urls, such as http://127.0.0.1:5080.");
            }
            NatoSpendWeb.PrintAddresses(app, context.Out);
            // The host stops on Ctrl+C or SIGTERM; the command returns when it has.
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            return ExitCodes.Ok;
        }));
        return command;
    }
}
