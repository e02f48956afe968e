using Microsoft.Playwright;

namespace NatoSpend.Web.Tests.Browser;

/// <summary>The "what changed" page in a real browser: both editions named, NATO's counts per edition, and a link that reopens the view.</summary>
public sealed class ChangesPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 30_000;

    [Fact]
    public async Task ChangesPageShowsCountsMoversAndRevisionsForTheEditionsInItsAddress()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/changes.html?editions=2024,2025");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#revisions-table tbody tr').length === 10", null, new() { Timeout = Timeout });

        Assert.Contains("From NATO's 2024 edition", await page.Locator("#heading").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("2024", await page.Locator("#older").InputValueAsync());
        Assert.Equal("2025", await page.Locator("#newer").InputValueAsync());
        // 2024 at 2%: 23 allies in the June 2024 edition, 18 in the 2025 edition, as NATO published them.
        var row = page.Locator("#counts-table tbody tr").Filter(new() { HasText = "2024" }).First;
        var cells = await row.Locator("td, th").AllInnerTextsAsync();
        Assert.Equal(["2024", "2.0", "23", "31", "18", "31", "-5"], cells);
        var headings = await page.Locator("#revisions-table thead").InnerTextAsync();
        Assert.Contains("2024 ed. %", headings, StringComparison.Ordinal);
        Assert.Contains("2025 ed. %", headings, StringComparison.Ordinal);
        var links = await page.Locator("#downloads a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["/api/v1/changes?editions=2024%2C2025&format=csv", "/api/v1/changes?editions=2024%2C2025&format=json"], links);
        Assert.Equal("What changed", await page.Locator("nav [aria-current='page']").InnerTextAsync());

        // Choosing another edition rewrites the address, so the link reopens the same comparison.
        await page.Locator("#newer").SelectOptionAsync("2026");
        await page.WaitForFunctionAsync("() => document.getElementById('heading').textContent.includes('its 2026 edition')", null, new() { Timeout = Timeout });
        Assert.EndsWith("changes.html?editions=2024%2C2026", page.Url, StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
