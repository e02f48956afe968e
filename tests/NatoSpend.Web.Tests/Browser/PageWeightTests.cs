using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace NatoSpend.Web.Tests.Browser;

/// <summary>
/// What a phone downloads and how far the layout moves, on a phone-sized screen: the parts of the Lighthouse goals
/// that are not timings (the performance scores are, and stay a measurement: tests/lighthouse/run.sh, docs/lighthouse.md).
/// </summary>
public sealed class PageWeightTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 30_000;

    // Every layout shift the page records, buffered from the start, as Lighthouse sums them (shifts after input excluded).
    private const string ShiftScript = """
        () => new Promise(resolve => {
          let total = 0;
          new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
            .observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        })
        """;

    // Bytes on the wire: the page and every resource it fetched (compressed sizes, headers included).
    private const string BytesScript = """
        () => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .reduce((sum, e) => sum + (e.transferSize || 0), 0)
        """;

    [Theory]
    [InlineData("/", "#status-table tbody tr")]
    [InlineData("/ally.html?code=DEU", "#series-table tbody tr")]
    [InlineData("/scorecard.html", "#scorecard-table tbody tr")]
    [InlineData("/world.html", "#world-table tbody tr")]
    [InlineData("/changes.html", "#revisions-table tbody tr")]
    public async Task APhoneDownloadsLittleAndTheLayoutHoldsStill(string address, string filled)
    {
        var (page, errors) = await browser.NewPage(width: 412, height: 823);
        await page.GotoAsync(address);
        await page.Locator(filled).First.WaitForAsync(new() { Timeout = Timeout });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = Timeout });

        var shift = await page.EvaluateAsync<double>(ShiftScript);
        var kib = await page.EvaluateAsync<double>(BytesScript) / 1024;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{address}: {kib:0} KiB transferred, layout shift {shift:0.000}"));
        Assert.True(shift < 0.1, string.Create(CultureInfo.InvariantCulture, $"{address} shifts its layout by {shift:0.000} (goal: under 0.1)."));
        Assert.True(kib < 500, string.Create(CultureInfo.InvariantCulture, $"{address} transfers {kib:0} KiB (goal: under 500 KiB)."));
        Assert.Empty(errors);
    }
}
