using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using NatoSpend.Web.Tests.Api;
using NatoSpend.Web.Tests.Browser;

namespace NatoSpend.Web.Tests.Site;

/// <summary>
/// <c>natospend site --out DIR</c> run once, DIR served by a plain static file server (Kestrel with static files only: no
/// NatoSpend app, no API), and Chromium to walk it.
/// </summary>
public sealed class StaticSiteFixture : IAsyncLifetime
{
    private WebApplication? _server;
    private IPlaywright? _playwright;

    /// <summary>The folder the site was written to.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "natospend-site-" + Guid.NewGuid().ToString("N"));

    /// <summary>What <c>natospend site</c> printed.</summary>
    public string Output { get; private set; } = "";

    /// <summary>The static server's address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Chromium.</summary>
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var (code, output) = CliTwin.Run(["site", "--out", Folder]);
        Output = output;
        if (code != 0)
        {
            throw new InvalidOperationException($"natospend site exited {code}: {output}");
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Folder, WebRootPath = Folder });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        var files = new PhysicalFileProvider(Folder);
        _server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _server.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        await _server.StartAsync();
        BaseAddress = new Uri(_server.Urls.First());
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserFixture.Launch(_playwright);
    }

    /// <summary>A fresh page on the static server, with the console errors and every address it asked for.</summary>
    public async Task<(IPage Page, List<string> Errors, List<string> Requests)> NewPage(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(new Uri(request.Url).AbsolutePath);
            }
        };
        return (page, errors, requests);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
