using Microsoft.Playwright;

namespace NatoSpend.Web.Tests.Browser;

/// <summary>The dashboard's layout defects the issue lists, each checked by the page's geometry.</summary>
public sealed class LayoutDefectTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 20_000;

    [Fact]
    public async Task AboutsEditionsTableHasShortRowsAndFitsThePage()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/about.html");
        await page.Locator("#editions-table tbody tr").Nth(8).WaitForAsync(new() { Timeout = Timeout });

        var tallest = await page.EvaluateAsync<int>("() => Math.max(...[...document.querySelectorAll('#editions-table tbody tr')].map(r => Math.round(r.getBoundingClientRect().height)))");
        var overflow = await page.EvaluateAsync<int>("() => { const w = document.querySelector('#editions-table').closest('.table-wrap'); return w.scrollWidth - w.clientWidth; }");
        Assert.True(tallest < 200, $"An editions row is {tallest} px tall.");
        Assert.True(overflow <= 0, $"The editions table runs {overflow} px past the page.");
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(1024)]
    [InlineData(390)]
    public async Task NoStatCardSitsAloneOnARow(int width)
    {
        var (page, errors) = await browser.NewPage(width: width);
        await page.GotoAsync("/");
        await page.Locator("#cards li").Nth(6).WaitForAsync(new() { Timeout = Timeout });

        // The number of cards on each row, top to bottom.
        var rows = await page.EvaluateAsync<int[]>("() => { const tops = [...document.querySelectorAll('#cards li')].map(li => Math.round(li.getBoundingClientRect().top)); return [...new Set(tops)].map(t => tops.filter(x => x === t).length); }");
        Assert.True(rows.Length == 1 || rows[^1] >= 2, $"At {width} px the cards sit {string.Join("+", rows)}.");
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?columns=readings")]
    public async Task TheOverviewTableShowsItsLastColumnAt1280Pixels(string address)
    {
        var (page, errors) = await browser.NewPage(width: 1280);
        await page.GotoAsync(address);
        await page.Locator("#status-table tbody tr").Nth(30).WaitForAsync(new() { Timeout = Timeout });

        var overflow = await page.EvaluateAsync<int>("() => { const w = document.querySelector('#status-table').closest('.table-wrap'); return w.scrollWidth - w.clientWidth; }");
        Assert.True(overflow <= 0, $"At {address} the table runs {overflow} px past its frame at 1280 px.");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheTargetLabelOnTheAllyPathsChartIsWhole()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/ally.html?code=DEU");
        await page.Locator("#paths-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#paths-chart svg text").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#paths-chart svg text')].some(t => t.textContent.startsWith('target'))", null, new() { Timeout = Timeout });

        var label = await page.EvaluateAsync<string>("() => { const svg = document.querySelector('#paths-chart svg').getBoundingClientRect(); const t = [...document.querySelectorAll('#paths-chart svg text')].find(t => t.textContent.startsWith('target')); const b = t.getBoundingClientRect(); return t.textContent + (b.right <= svg.right && b.left >= svg.left ? ' inside' : ' cut'); }");
        Assert.Matches(@"^target \d\.\d+% inside$", label);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task OnAPhoneTheFanChartsLegendLeavesItsAxisTitleClear()
    {
        var (page, errors) = await browser.NewPage(width: 390, height: 844);
        await page.GotoAsync("/simulate.html?ally=DEU&draws=2000&seed=1");
        await page.Locator("#fan-chart").ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#fan-chart svg text')].some(t => t.textContent === 'Median')", null, new() { Timeout = Timeout });

        var overlaps = await page.EvaluateAsync<int>("""
            () => {
              const texts = [...document.querySelectorAll('#fan-chart svg text')];
              const title = texts.find(t => t.textContent === 'Share of GDP, %').getBoundingClientRect();
              const legend = texts.filter(t => ['Median', 'Target', '5th to 95th percentile', '25th to 75th percentile'].includes(t.textContent)).map(t => t.getBoundingClientRect());
              return legend.filter(b => b.left < title.right && b.right > title.left && b.top < title.bottom && b.bottom > title.top).length;
            }
            """);
        Assert.Equal(0, overlaps);
        Assert.Empty(errors);
    }
}
