using Microsoft.Playwright;

namespace NatoSpend.Web.Tests.Browser;

/// <summary>The dashboard in a real browser: what a user sees and does, failing when the page is wrong.</summary>
public sealed class DashboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 20_000;

    [Fact]
    public async Task OverviewLoadsWithoutConsoleErrorsAndShowsThirtyOneAllies()
    {
        var (page, errors) = await browser.NewPage();

        await page.GotoAsync("/");
        await WaitForRows(page, "#status-table", 31);
        await page.Locator("#rank-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#rank-chart svg path").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await page.Locator("#map").ScrollIntoViewIfNeededAsync();
        await page.Locator("#map svg path").Nth(40).WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        Assert.Equal(31, await page.Locator("#status-table tbody tr").CountAsync());
        Assert.Contains("30 of 31", await page.Locator("#cards").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("United States share of NATO spending", await page.Locator("#cards").InnerTextAsync(), StringComparison.Ordinal);
        // The legend's bands are the API's, which judges each share's band as NATO counts.
        Assert.Equal(["under 2%", "2% to under 3.5%", "3.5% to under 5%", "5% or more", "not an ally, or no figure (Iceland)"],
            (await page.Locator("#map-legend li").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ChangingTheYearChangesTheTable()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/");
        await WaitForRows(page, "#status-table", 31);
        var before = await page.Locator("#status-table tbody").InnerTextAsync();

        await page.GetByLabel("Year").SelectOptionAsync("2014");
        await page.Locator("#status-table[data-year='2014']").WaitForAsync(new() { Timeout = Timeout });

        var after = await page.Locator("#status-table tbody").InnerTextAsync();
        Assert.NotEqual(before, after);
        Assert.Contains("2014", await page.Locator("#table-caption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("year=2014", page.Url, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ClickingAnAllyOpensItsPageWithAChart()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/");
        await WaitForRows(page, "#status-table", 31);

        await page.GetByRole(AriaRole.Link, new() { Name = "Poland", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/ally.html?code=POL*", new() { Timeout = Timeout });
        await page.Locator("#share-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#share-chart svg path").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await WaitForRows(page, "#series-table", 13);
        Assert.Equal("Poland (POL)", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("2026 e", await page.Locator("#series-table").InnerTextAsync(), StringComparison.Ordinal);
        // Poland's 4.68% meets 2% and 3.5% as the status answer's meets_target says, and lacks money to 5%.
        var gaps = await page.Locator("#gaps").InnerTextAsync();
        Assert.Contains("meets 3.5%", gaps, StringComparison.Ordinal);
        Assert.DoesNotContain("meets 5%", gaps, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TableSortsFromTheKeyboard()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/");
        await WaitForRows(page, "#status-table", 31);

        var nameHeader = page.GetByRole(AriaRole.Button, new() { Name = "Ally", Exact = true });
        await nameHeader.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("ascending", await page.Locator("#status-table th[data-key='name']").GetAttributeAsync("aria-sort"));
        Assert.Equal("Albania", await page.Locator("#status-table tbody tr").First.Locator("th").InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task OverviewFitsAPhoneScreen()
    {
        var (page, errors) = await browser.NewPage(width: 390, height: 844);
        await page.GotoAsync("/");
        await WaitForRows(page, "#status-table", 31);

        await page.Locator("#rank-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#rank-chart svg path").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than a 390 px screen.");
        var chartWidth = await page.EvaluateAsync<int>("() => Math.round(document.querySelector('#rank-chart svg').getBoundingClientRect().right)");
        Assert.True(chartWidth <= 390, $"The ranked chart reaches {chartWidth} px, past a 390 px screen.");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AboutListsTheEditionsWithTheirDates()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/about.html");
        await WaitForRows(page, "#editions-table", 9);

        var text = await page.Locator("#editions-table").InnerTextAsync();
        Assert.Contains("2026-07-10", text, StringComparison.Ordinal);
        Assert.Contains("sipri-2025", text, StringComparison.Ordinal);
        Assert.Contains("sipri-2024", text, StringComparison.Ordinal);
        Assert.Contains("weo-2026-04", text, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    private static async Task WaitForRows(IPage page, string table, int count)
    {
        await page.WaitForFunctionAsync(
            "([table, count]) => document.querySelectorAll(table + ' tbody tr').length === count",
            new object[] { table, count },
            new() { Timeout = Timeout });
    }
}
