using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace NatoSpend.Web.Tests.Browser;

/// <summary>The dashboard's one path from the API to a page (common.js load): the API's sentence on a refusal, one plain sentence without an answer, and the error gone once an answer comes.</summary>
public sealed class LoadErrorTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 30_000;

    private const string Unreachable = "The dashboard could not reach the NatoSpend API; check that it is still running, then reload the page.";

    [Fact]
    public async Task ARefusalShowsTheProblemDetailsSentenceInThePagesErrorElement()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/scenario.html?deadline=1990");

        await page.Locator("#error:not([hidden])").WaitForAsync(new() { Timeout = Timeout });

        Assert.Equal(await Detail("/api/v1/alliance?deadline=1990"), await page.Locator("#error").InnerTextAsync());
        Assert.Equal("The deadline 1990 is before the base year 2026; choose a deadline from 2027 on.", await page.Locator("#error").InnerTextAsync());
        AssertOnlyFailedRequests(errors);
    }

    [Fact]
    public async Task AnAnswerAfterARefusalClearsTheError()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/scenario.html?deadline=1990");
        await page.Locator("#error:not([hidden])").WaitForAsync(new() { Timeout = Timeout });

        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "Deadline" }).FillAsync("2035");
        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "Deadline" }).PressAsync("Enter");

        await page.Locator("#cards[data-total]").WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#error[hidden]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        Assert.Equal("", await page.Locator("#error").TextContentAsync());
        AssertOnlyFailedRequests(errors);
    }

    [Fact]
    public async Task TheAllyPageShowsARefusedPathBesideThePathsWhileTheRestLoads()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/ally.html?code=DEU&deadline=1990");

        await page.Locator("#personnel-cards li").Nth(2).WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#paths-error:not([hidden])").WaitForAsync(new() { Timeout = Timeout });

        // The personnel cost answered after or before the paths: either way its answer leaves the paths' error in place.
        Assert.Equal("The deadline 1990 is before the base year 2026; choose a deadline from 2027 on.", await page.Locator("#paths-error").InnerTextAsync());
        Assert.True(await page.Locator("#error").IsHiddenAsync());
        Assert.True(await page.Locator("#personnel-error").IsHiddenAsync());
        Assert.Equal("Germany (DEU)", await page.Locator("h1").InnerTextAsync());
        AssertOnlyFailedRequests(errors);
    }

    [Theory]
    [InlineData("no answer", Unreachable)]
    [InlineData("a problem with a title only", "The status is being rebuilt.")]
    [InlineData("an answer that is not JSON", "The API answered 502 for /api/v1/status?edition=2026&year=2026&target=2&allies=all.")]
    public async Task EachFailureIsOnePlainSentenceInTheErrorElement(string failure, string sentence)
    {
        var (page, errors) = await browser.NewPage();
        await page.RouteAsync(url => url.Contains("/api/v1/status?", StringComparison.Ordinal), route => failure switch
        {
            "no answer" => route.AbortAsync(),
            "a problem with a title only" => route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Body = "{\"title\":\"The status is being rebuilt.\",\"status\":503}" }),
            _ => route.FulfillAsync(new() { Status = 502, ContentType = "text/html", Body = "<h1>Bad gateway</h1>" }),
        });

        await page.GotoAsync("/?edition=2026&year=2026");
        await page.Locator("#error:not([hidden])").WaitForAsync(new() { Timeout = Timeout });

        Assert.Equal(sentence, await page.Locator("#error").InnerTextAsync());
        AssertOnlyFailedRequests(errors);
    }

    private async Task<string> Detail(string path)
    {
        using var http = new HttpClient { BaseAddress = browser.BaseAddress };
        using var response = await http.GetAsync(path);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>();
    }

    // The browser logs every refused or failed request as a console error itself; anything else is a fault in the page.
    private static void AssertOnlyFailedRequests(List<string> errors) =>
        Assert.All(errors, e => Assert.StartsWith("Failed to load resource", e, StringComparison.Ordinal));
}
