using System.CommandLine;
using System.Globalization;
using NatoSpend.Web;
using NatoSpend.Web.Site;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend site --out DIR</c>: the whole dashboard as a static site, every answer its pages need pre-computed as a file.</summary>
public static class SiteCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out")
        {
            Description = "The folder to write the site into: new, empty, or written by an earlier natospend site.",
            Required = true,
        };
        var command = new Command("site", "Write the dashboard as a static site (pages, scripts, and every API answer its views need, as files) that any static file server or CDN can serve with no NatoSpend server.") { output };
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            // The answers come from the app itself, on a loopback port of its own choosing: the same bytes the API sends.
            var app = NatoSpendWeb.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Critical"], parse.GetValue(CommonOptions.Data));
            app.StartAsync().GetAwaiter().GetResult();
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };
                SiteSummary summary;
                try
                {
                    summary = StaticSite.Write(client, folder, (done, total) => context.Error.WriteLine($"natospend: {done} of {total} answers written")).GetAwaiter().GetResult();
                }
                catch (IOException e)
                {
                    throw new UsageException($"natospend cannot write the site: {e.Message}");
                }
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote the dashboard to {folder}: {summary.Pages} pages and {summary.Answers} answers, {summary.Bytes / (1024.0 * 1024.0):0.0} MB."));
                if (summary.Refused.Count > 0)
                {
                    context.Out.WriteLine($"{summary.Refused.Count} views have no answer (the API refuses them, e.g. a rule set whose deadline has passed); their pages say so.");
                }
                context.Out.WriteLine("Serve it with any static file server, for example: python3 -m http.server --directory " + folder);
            }
            finally
            {
                app.StopAsync().GetAwaiter().GetResult();
                app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
