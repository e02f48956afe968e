using Microsoft.Playwright;

namespace NatoSpend.Web.Tests.Browser;

/// <summary>The derived measures (per capita, per service member, share of government spending) on the overview and an ally's page, as the API answers them.</summary>
public sealed class MeasuresPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 20_000;

    [Fact]
    public async Task TheOverviewAndAnAllysPageShowTheApisMeasures()
    {
        var (page, errors) = await browser.NewPage();

        await page.GotoAsync("/?year=2025&allies=all&columns=readings");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#status-table tbody tr').length === 31", null, new() { Timeout = Timeout });
        var germany = page.Locator("#status-table tbody tr", new() { HasText = "Germany" });
        // 112,141 USD m ÷ 83.524 m people and ÷ 182,300 service members, as the API rounds them.
        Assert.Contains("1,342.6", await germany.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("615,145", await germany.InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotNull(await page.Locator("#status-table th[data-key='share_of_gov_expenditure_pct']").GetAttributeAsync("data-key"));

        await page.GotoAsync("/ally.html?code=DEU&edition=2026");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#series-table tbody tr').length === 13", null, new() { Timeout = Timeout });
        var y2025 = page.Locator("#series-table tbody tr", new() { HasText = "2025 e" });
        Assert.Contains("1,342.6", await y2025.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Per capita (USD)", await page.Locator("#series-table thead").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
