using Microsoft.Playwright;

namespace NatoSpend.Web.Tests.Browser;

/// <summary>The world page and the ally page's fiscal-room panel in a real browser.</summary>
public sealed class WorldAndFiscalPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 30_000;

    [Fact]
    public async Task TheWorldPageShowsRussiaAndChinaFromSipri()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/world.html");

        await page.Locator("#world-table tbody tr").Nth(5).WaitForAsync(new() { Timeout = Timeout });
        var table = await page.Locator("#world-table").InnerTextAsync();
        Assert.Contains("Russia", table, StringComparison.Ordinal);
        Assert.Contains("China", table, StringComparison.Ordinal);
        Assert.Contains("190,417", table, StringComparison.Ordinal);
        await page.Locator("#world-chart svg path").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        Assert.Equal("sipri-2025", await page.Locator("#world-release").InputValueAsync());
        Assert.Contains("SIPRI release sipri-2025", await page.Locator("#world-heading").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("aria-current", await page.Locator("nav a[href='world.html']").EvaluateAsync<string>("a => a.outerHTML"), StringComparison.Ordinal);

        await page.Locator("#world-release").SelectOptionAsync("sipri-2024");
        await page.Locator("#world-heading:has-text('sipri-2024')").WaitForAsync(new() { Timeout = Timeout });
        Assert.Contains("Russia", await page.Locator("#world-table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheWorldPageAtPppShowsRussiaInInternationalDollarsWithTheCaveat()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/world.html?release=sipri-2025&year=2025");
        await page.Locator("#world-table tbody tr").Nth(5).WaitForAsync(new() { Timeout = Timeout });
        Assert.True(await page.Locator("#world-caveat").IsHiddenAsync());
        // At market rates: SIPRI's 190,417 USD m, and 1,322.4 USD a person (WEO population).
        var russia = page.Locator("#world-table tbody tr", new() { HasText = "Russia" });
        Assert.Contains("1,322.4", await russia.InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#world-prices").SelectOptionAsync("ppp");
        await page.Locator("#world-table th[data-key='spending_ppp_m']").WaitForAsync(new() { Timeout = Timeout });
        // 190,416.6 × (NGDP ÷ NGDPD) ÷ PPPEX, WEO April 2026: 532,458 international dollars (million).
        Assert.Contains("532,458", await russia.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("not a military-specific price index", await page.Locator("#world-caveat").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("purchasing-power parity", await page.Locator("#world-chart-caption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("prices=ppp", page.Url, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheAllyPageShowsGermanysFiscalRoom()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/ally.html?code=DEU");

        // The panel asks for its answer only once it comes near the screen.
        await page.Locator("#series-table tbody tr").First.WaitForAsync(new() { Timeout = Timeout });
        Assert.Equal(0, await page.Locator("#fiscal-table tbody tr").CountAsync());
        await page.Locator("#fiscal-controls").ScrollIntoViewIfNeededAsync();
        await page.Locator("#fiscal-table tbody tr").First.WaitForAsync(new() { Timeout = Timeout });
        Assert.Contains("linear path", await page.Locator("#fiscal-heading").InnerTextAsync(), StringComparison.Ordinal);
        var cards = await page.Locator("#fiscal-cards").InnerTextAsync();
        Assert.Contains("EU escape clause, 2025-2028", cards, StringComparison.Ordinal);
        Assert.Contains("no allocation", cards, StringComparison.Ordinal);
        Assert.Equal(9, await page.Locator("#fiscal-table tbody tr").CountAsync());

        await page.Locator("#ally").SelectOptionAsync("POL");
        await page.Locator("#fiscal-heading:has-text('Poland')").WaitForAsync(new() { Timeout = Timeout });
        Assert.Contains("SAFE loans", await page.Locator("#fiscal-cards").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("43.73", await page.Locator("#fiscal-cards").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
