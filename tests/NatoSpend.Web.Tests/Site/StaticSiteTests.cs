using Microsoft.Playwright;
using NatoSpend.Web.Site;

namespace NatoSpend.Web.Tests.Site;

/// <summary>
/// Runs alone: <c>natospend site</c> and the static server each build a web host in this process, which a
/// <c>WebApplicationFactory</c> starting at the same time in another test class would take for its own.
/// </summary>
[CollectionDefinition(nameof(StaticSiteCollection), DisableParallelization = true)]
public sealed class StaticSiteCollection;

/// <summary>The dashboard written by <c>natospend site</c> and served by a plain static file server: its pages show their figures with no API.</summary>
[Collection(nameof(StaticSiteCollection))]
public sealed class StaticSiteTests(StaticSiteFixture site) : IClassFixture<StaticSiteFixture>
{
    private const float Timeout = 30_000;

    [Fact]
    public async Task TheOverviewShowsEveryAllyFromFilesWithNoApi()
    {
        var (page, errors, requests) = await site.NewPage();

        await page.GotoAsync("/");
        await page.Locator("#status-table tbody tr").Nth(30).WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#rank-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#rank-chart svg path").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await page.Locator("#map").ScrollIntoViewIfNeededAsync();
        await page.Locator("#map svg path").Nth(40).WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        Assert.Equal(31, await page.Locator("#status-table tbody tr").CountAsync());
        Assert.Contains("30 of 31", await page.Locator("#cards").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#error").IsHiddenAsync());
        // Every answer came from a file: no address under /api/v1 without a file's extension was asked for.
        Assert.Contains("/api/v1/status/allies=all&edition=2026&target=2&year=2026.json", requests);
        Assert.DoesNotContain(requests, r => r.StartsWith("/api/", StringComparison.Ordinal) && !r.EndsWith(".json", StringComparison.Ordinal) && !r.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheOverviewsControlsReadOtherPreComputedViews()
    {
        var (page, errors, _) = await site.NewPage();
        await page.GotoAsync("/");
        await page.Locator("#status-table tbody tr").Nth(30).WaitForAsync(new() { Timeout = Timeout });

        await page.Locator("#edition").SelectOptionAsync("2025");
        // The edition's years are loaded before its table: choose the year once they are, or the reload picks its own.
        await page.Locator("#table-caption:has-text('NATO edition 2025')").WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#year").SelectOptionAsync("2019");
        await page.Locator("#allies").SelectOptionAsync("europe");
        await page.Locator("#status-table[data-year='2019']").WaitForAsync(new() { Timeout = Timeout });

        Assert.Contains("2019, NATO edition 2025", await page.Locator("#table-caption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#error").IsHiddenAsync());
        // The download links point at the site's files, which exist.
        var csv = await page.GetByRole(AriaRole.Link, new() { Name = "Download this table (CSV)" }).GetAttributeAsync("href");
        Assert.Equal("api/v1/status/allies=europe&edition=2025&target=2&year=2019.csv", csv);
        Assert.True(File.Exists(Path.Combine(site.Folder, csv!)));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AnAllyPageShowsItsSeriesGapsPathsAndCostFromFiles()
    {
        var (page, errors, _) = await site.NewPage();

        await page.GotoAsync("/ally.html?code=POL&edition=2026");
        await page.Locator("#series-table tbody tr").Nth(12).WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#paths-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#paths-chart svg path").Nth(20).WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await page.Locator("#personnel-cards li").Nth(2).WaitForAsync(new() { Timeout = Timeout });

        Assert.Equal("Poland (POL)", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("meets 3.5%", await page.Locator("#gaps").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#error").IsHiddenAsync());
        Assert.True(await page.Locator("#paths-error").IsHiddenAsync());
        Assert.True(await page.Locator("#personnel-error").IsHiddenAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ThePlanScorecardShowsEveryAllyFromFiles()
    {
        var (page, errors, _) = await site.NewPage();

        await page.GotoAsync("/scorecard.html");
        await page.Locator("#scorecard-table tbody tr").Nth(20).WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#scorecard-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#scorecard-chart svg path").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        Assert.Contains("allies on track", await page.Locator("#counts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#error").IsHiddenAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AChoiceThatWasNotPreComputedSaysSoPolitely()
    {
        var (page, _, _) = await site.NewPage();

        // The simulation at its defaults is published; 12,345 draws are not.
        await page.GotoAsync("/simulate.html?ally=DEU&draws=12345&seed=1");
        await page.Locator("#error").WaitForAsync(new() { Timeout = Timeout });

        Assert.Contains("static site", await page.Locator("#error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("natospend serve", await page.Locator("#error").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSitesFileNamesAreTheOnesThePagesAskFor()
    {
        var (page, _, _) = await site.NewPage();
        await page.GotoAsync("/about.html");
        var answers = new[]
        {
            SiteAnswer.Get("status", "year", "2026", "target", "3.5", "edition", "2026", "allies", "eu"),
            SiteAnswer.Get("allies/DEU/series", "edition", "2025"),
            SiteAnswer.Get("editions"),
            SiteAnswer.Get("alliance", "shape", "", "rules", "hague-2025", "outlook", "weo-2026-04"),
        };
        foreach (var answer in answers)
        {
            var query = answer.Address();
            var fromPage = await page.EvaluateAsync<string>("async q => (await import('./js/common.js')).staticFile(q)", query);
            Assert.Equal(answer.FilePath(), fromPage);
        }
        Assert.True(File.Exists(Path.Combine(site.Folder, answers[0].FilePath())));
    }
}
