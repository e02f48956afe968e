using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using NatoSpend.Web.Http;

namespace NatoSpend.Web.Tests.Dashboard;

/// <summary>The dashboard's pages composed from one layout: the chrome once, each page's own parts kept, served as the static files are.</summary>
public sealed partial class DashboardPagesTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string CurrentPage = " aria-current=\"page\"";

    private static readonly string[] PageNames = ["about", "ally", "changes", "check", "index", "scenario", "scorecard", "simulate", "world"];

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/", "Overview · NatoSpend")]
    [InlineData("/index.html", "Overview · NatoSpend")]
    [InlineData("/ally.html?code=POL", "Ally · NatoSpend")]
    [InlineData("/check.html", "Plan checker · NatoSpend")]
    [InlineData("/scorecard.html", "Scorecard · NatoSpend")]
    [InlineData("/scenario.html", "Scenarios · NatoSpend")]
    [InlineData("/simulate.html", "Simulation · NatoSpend")]
    [InlineData("/about.html", "About · NatoSpend")]
    [InlineData("/world.html", "World · NatoSpend")]
    public async Task EveryPageIsServedWholeWithOneHeaderNavMainAndFooterAndItsOwnTitle(string path, string title)
    {
        using var response = await _client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        foreach (var tag in new[] { "<html", "<head>", "<body>", "<header", "<nav", "<main", "<footer", "<title>", "<meta name=\"description\"" })
        {
            Assert.True(Count(html, tag) == 1, $"{path} has {Count(html, tag)} {tag}, not one.");
        }
        Assert.Contains($"<title>{title}</title>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "./")]
    [InlineData("/index.html", "./")]
    [InlineData("/ally.html?code=POL", "ally.html")]
    [InlineData("/check.html", "check.html")]
    [InlineData("/scorecard.html", "scorecard.html")]
    [InlineData("/scenario.html", "scenario.html")]
    [InlineData("/simulate.html", "simulate.html")]
    [InlineData("/about.html", "about.html")]
    [InlineData("/world.html", "world.html")]
    public async Task EveryPageMarksItsOwnLinkInTheNavigationAndNoOther(string path, string href)
    {
        var html = await _client.GetStringAsync(path);

        Assert.Equal(1, Count(html, CurrentPage));
        var nav = html[html.IndexOf("<nav", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains($"<a href=\"{href}\"{CurrentPage}>", nav, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheChromeIsTheLayoutsBytesOnEveryPage()
    {
        var layout = await File.ReadAllTextAsync(Path.Combine(DashboardPages.Folder, DashboardPages.LayoutFile));
        // The layout with each slot as a wildcard: a page matches only if everything outside its own parts is the layout's.
        var chrome = Slot().Split(layout);
        Assert.Equal(4, chrome.Length);
        var pattern = new Regex("^" + string.Join("(.+?)", chrome.Select(Regex.Escape)) + "$", RegexOptions.Singleline, TimeSpan.FromSeconds(10));

        Assert.Equal(PageNames, DashboardPages.Open(DashboardPages.Folder).Names);
        foreach (var name in PageNames)
        {
            var html = await _client.GetStringAsync($"/{name}.html");
            Assert.True(pattern.IsMatch(html.Replace(CurrentPage, "", StringComparison.Ordinal)), $"{name}.html differs from the layout outside its own parts.");
        }
    }

    [Fact]
    public void APageSourceHoldsOnlyItsOwnParts()
    {
        foreach (var name in PageNames)
        {
            var source = File.ReadAllText(Path.Combine(DashboardPages.Folder, name + ".html"));
            foreach (var chrome in new[] { "<!doctype", "<html", "<head>", "<body>", "<header", "<nav", "class=\"site\"", "favicon.svg", "css/site.css" })
            {
                Assert.False(source.Contains(chrome, StringComparison.OrdinalIgnoreCase), $"{name}.html repeats the layout's {chrome}.");
            }
        }
    }

    [Fact]
    public async Task WhatIsServedIsTheComposersHtml()
    {
        var pages = DashboardPages.Open(DashboardPages.Folder);

        foreach (var name in pages.Names)
        {
            Assert.Equal(pages.Html(name), await _client.GetStringAsync($"/{name}.html"));
        }
        Assert.Equal(pages.Html(DashboardPages.IndexPage), await _client.GetStringAsync("/"));
    }

    [Fact]
    public async Task AnUnchangedPageIsNotSentAgainAndAHeadRequestGetsNoBody()
    {
        using var first = await _client.GetAsync("/ally.html");
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/ally.html");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/ally.html"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal((await first.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        using var other = await _client.GetAsync("/about.html");
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Theory]
    [InlineData("/_layout.html")]
    [InlineData("/Pages/ally.html")]
    [InlineData("/Pages/_layout.html")]
    public async Task NeitherTheLayoutNorAPageSourceIsServedRaw(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void ComposeFillsTheLayoutsSlotsAndMarksOnlyTheNavigationsLink()
    {
        const string layout = "<head>\n  <!--page:head-->\n</head>\n<nav><a href=\"./\">Home</a> <a href=\"x.html\">X</a></nav>\n  <!--page:main-->\n<footer><!--page:credit--> <a href=\"x.html\">X</a></footer>\n";
        const string page = "  <title>X</title>\n  <meta name=\"description\" content=\"d\">\n\n  <main id=\"main\">\n<pre>kept</pre>\n  </main>\n\n  <footer>Data: NATO.</footer>\n";

        var html = DashboardPages.Compose(layout, page, "x");

        Assert.Equal("<head>\n  <title>X</title>\n  <meta name=\"description\" content=\"d\">\n</head>\n"
            + "<nav><a href=\"./\">Home</a> <a href=\"x.html\" aria-current=\"page\">X</a></nav>\n"
            + "  <main id=\"main\">\n<pre>kept</pre>\n  </main>\n<footer>Data: NATO. <a href=\"x.html\">X</a></footer>\n", html);
    }

    [Theory]
    [InlineData("<title>X</title><meta name=\"description\" content=\"d\"><footer>F</footer>", "The dashboard page x.html has no <main> element; put the page's content in one.")]
    [InlineData("<meta name=\"description\" content=\"d\">\n<main></main><footer>F</footer>", "The dashboard page x.html needs a <title> and a <meta name=\"description\"> before its <main>.")]
    [InlineData("<title>X</title>\n<main></main><footer>F</footer>", "The dashboard page x.html needs a <title> and a <meta name=\"description\"> before its <main>.")]
    [InlineData("<title>X</title><meta name=\"description\" content=\"d\">\n<main></main>", "The dashboard page x.html must end with a <footer> after its <main>, giving the sources of its data.")]
    [InlineData("<title>X</title><meta name=\"description\" content=\"d\">\n<main></main><footer>F</footer><p>stray</p>", "The dashboard page x.html must end with a <footer> after its <main>, giving the sources of its data.")]
    public void ComposeNamesWhatAPageLacks(string page, string message)
    {
        const string layout = "<head>\n<!--page:head-->\n</head>\n<!--page:main-->\n<footer><!--page:credit--></footer>\n";

        var error = Assert.Throws<InvalidDataException>(() => DashboardPages.Compose(layout, page, "x"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ALayoutWithoutASlotIsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => DashboardPages.Compose(
            "<head>\n<!--page:head-->\n</head>\n<footer><!--page:credit--></footer>\n", "<title>X</title><meta name=\"description\" content=\"d\">\n<main></main><footer>F</footer>", "x"));

        Assert.Equal("The dashboard layout _layout.html has no <!--page:main-->; it needs one for every page.", error.Message);
    }

    [Fact]
    public void AskingForAPageThatDoesNotExistNamesThePagesThatDo()
    {
        var pages = DashboardPages.Open(DashboardPages.Folder);

        var error = Assert.Throws<KeyNotFoundException>(() => pages.Html("nope"));

        Assert.Equal("There is no dashboard page 'nope'; the pages are about, ally, changes, check, index, scenario, scorecard, simulate, world.", error.Message);
    }

    // A slot that fills a whole line takes the line's indentation with it; the credit fills part of a line.
    [GeneratedRegex(@"(?<=\n) *<!--page:(?:head|main)-->|<!--page:credit-->")]
    private static partial Regex Slot();

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
