using Microsoft.Playwright;

namespace NatoSpend.Web.Tests.Browser;

/// <summary>Links that keep their numbers: a view's whole state is in its address, embeds name their edition, and an older edition says a newer one exists.</summary>
public sealed class LinkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 20_000;

    [Fact]
    public async Task ACopiedOverviewLinkReopensTheSameView()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/");
        await page.Locator("#status-table tbody tr").Nth(30).WaitForAsync(new() { Timeout = Timeout });

        await page.Locator("#edition").SelectOptionAsync("2025");
        // The edition's years are loaded before its table: choose the year once they are, or the reload picks its own.
        await page.Locator("#table-caption:has-text('NATO edition 2025')").WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#year").SelectOptionAsync("2020");
        await page.Locator("#target").SelectOptionAsync("3.5");
        await page.Locator("#allies").SelectOptionAsync("europe");
        await page.Locator("#status-table[data-year='2020']").WaitForAsync(new() { Timeout = Timeout });
        await page.WaitForFunctionAsync("() => location.search.includes('allies=europe')", null, new() { Timeout = Timeout });
        var link = page.Url;
        var table = await page.Locator("#status-table tbody").InnerTextAsync();

        var (copy, copyErrors) = await browser.NewPage();
        await copy.GotoAsync(link);
        await copy.Locator("#status-table[data-year='2020'] tbody tr").First.WaitForAsync(new() { Timeout = Timeout });
        await copy.WaitForFunctionAsync("() => document.querySelector('#table-caption').textContent.includes('3.5%')", null, new() { Timeout = Timeout });

        Assert.Contains("edition=2025", link, StringComparison.Ordinal);
        Assert.Equal(["2025", "2020", "3.5", "europe"], [await Value(copy, "#edition"), await Value(copy, "#year"), await Value(copy, "#target"), await Value(copy, "#allies")]);
        Assert.Equal(table, await copy.Locator("#status-table tbody").InnerTextAsync());
        Assert.Empty(errors);
        Assert.Empty(copyErrors);
    }

    [Fact]
    public async Task AnAllyLinkKeepsTheAllyEditionRulesDeadlineAndPersonnelInputs()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/ally.html?code=FRA");
        await page.Locator("#personnel-cards li").Nth(2).WaitForAsync(new() { Timeout = Timeout });

        await page.Locator("#paths-rules").SelectOptionAsync("hague-draft-2032");
        await page.Locator("#paths-deadline").FillAsync("2033");
        await page.Locator("#paths-deadline").DispatchEventAsync("change");
        await page.Locator("#personnel-ramp").SelectOptionAsync("immediate");
        await page.WaitForFunctionAsync("() => location.search.includes('ramp=immediate') && location.search.includes('deadline=2033')", null, new() { Timeout = Timeout });
        var link = page.Url;

        var (copy, copyErrors) = await browser.NewPage();
        await copy.GotoAsync(link);
        await copy.Locator("#personnel-cards li").Nth(2).WaitForAsync(new() { Timeout = Timeout });

        Assert.Contains("edition=2026", link, StringComparison.Ordinal);
        Assert.Equal(["FRA", "2026", "hague-draft-2032", "2033", "immediate"],
            [await Value(copy, "#ally"), await Value(copy, "#edition"), await Value(copy, "#paths-rules"), await Value(copy, "#paths-deadline"), await Value(copy, "#personnel-ramp")]);
        Assert.Empty(errors);
        Assert.Empty(copyErrors);
    }

    [Fact]
    public async Task ALinkToAnOlderEditionSaysANewerOneExists()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/?edition=2025&year=2024&target=2&allies=all");
        await page.Locator("#newer-edition").WaitForAsync(new() { Timeout = Timeout });

        var note = await page.Locator("#newer-edition").InnerTextAsync();
        Assert.Contains("NATO edition 2025", note, StringComparison.Ordinal);
        Assert.Contains("2026 (published 2026-07-10)", note, StringComparison.Ordinal);
        Assert.Contains("edition=2026", await page.Locator("#newer-edition a").GetAttributeAsync("href"), StringComparison.Ordinal);
        // Showing the newest edition, the page has no such note.
        await page.Locator("#edition").SelectOptionAsync("2026");
        await page.Locator("#newer-edition").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = Timeout });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AnEmbedShowsOneChartWithItsTitleAndASourceLineNamingItsEdition()
    {
        var (page, errors) = await browser.NewPage(width: 700, height: 700);
        await page.GotoAsync("/?edition=2025&year=2024&target=2&allies=all&embed=1&chart=rank-chart");
        await page.Locator("#rank-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#rank-chart svg path").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        Assert.Contains("NATO edition 2025", await page.Locator(".embed-source").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2024, NATO edition 2025", await page.Locator("#rank-caption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".embed-title").IsVisibleAsync());
        Assert.False(await page.Locator("header.site").IsVisibleAsync());
        Assert.False(await page.Locator("#status-table").IsVisibleAsync());
        Assert.False(await page.Locator("#map").IsVisibleAsync());
        Assert.False(await page.Locator("#controls").IsVisibleAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task EveryChartOffersDownloadsAndEmbedCodeThatNamesTheEdition()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/?edition=2026&year=2026&target=2&allies=all");
        await page.Locator("#status-table tbody tr").Nth(30).WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#rank-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#rank-chart svg path").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        var tools = page.Locator("#rank-chart + figcaption + .chart-tools, figure:has(#rank-chart) .chart-tools").First;

        // The files the buttons save, caught as the page hands them to the browser.
        await page.EvaluateAsync("() => { window.saved = []; const make = URL.createObjectURL; URL.createObjectURL = blob => { window.saved.push(blob); return make(blob); }; }");
        await tools.GetByRole(AriaRole.Button, new() { Name = "Download this chart as SVG" }).ClickAsync();
        await tools.GetByRole(AriaRole.Button, new() { Name = "Download this chart as PNG" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.saved.some(b => b.type === 'image/png')", null, new() { Timeout = Timeout });
        var svg = await page.EvaluateAsync<string>("() => window.saved.find(b => b.type === 'image/svg+xml').text()");
        var pngStart = await page.EvaluateAsync<int[]>("async () => [...new Uint8Array(await window.saved.find(b => b.type === 'image/png').arrayBuffer()).slice(0, 4)]");
        await tools.GetByRole(AriaRole.Button, new() { Name = "Embed this chart" }).ClickAsync();
        var code = await tools.Locator("textarea").InputValueAsync();

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("NATO edition 2026", svg, StringComparison.Ordinal);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], pngStart);
        Assert.Equal("/api/v1/status?edition=2026&year=2026&target=2&allies=all&format=csv", await tools.Locator("a.data").GetAttributeAsync("href"));
        Assert.StartsWith("<iframe src=\"", code, StringComparison.Ordinal);
        Assert.Contains("edition=2026", code, StringComparison.Ordinal);
        Assert.Contains("embed=1&amp;chart=rank-chart", code, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    private static Task<string> Value(IPage page, string selector) => page.Locator(selector).InputValueAsync();
}
