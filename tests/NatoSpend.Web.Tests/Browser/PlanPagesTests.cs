using System.Globalization;
using Microsoft.Playwright;

namespace NatoSpend.Web.Tests.Browser;

/// <summary>The ally page's plans over time and the scorecard page in a real browser.</summary>
public sealed class PlanPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 30_000;

    [Fact]
    public async Task AllyPageShowsEachPlansVerdictOnItsAnnouncedPointsAndWhatTheRevisionChanged()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/ally.html?code=DEU");
        await page.Locator("#plans li .announced").Nth(1).WaitForAsync(new() { Timeout = Timeout });

        var june = page.Locator("#plans li[data-file='deu-2025-06.csv']");
        Assert.Equal("on track on its announced points (2025, 2029; 2030-2035 not announced); flagged: plausible-execution",
            await june.Locator(".announced").InnerTextAsync());
        var november = page.Locator("#plans li[data-file='deu-2025-11.csv']");
        Assert.Equal("not assessable: one point (2029)", await november.Locator(".announced").InnerTextAsync());
        Assert.Contains("What this revision changed against deu-2025-06.csv: ", await november.Locator(".revision").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2029: 3.50% → 3.05%", await november.Locator(".revision").InnerTextAsync(), StringComparison.Ordinal);
        // Oldest first: the June plan comes before the November one that revises it.
        var files = await page.Locator("#plans li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.file)");
        Assert.True(Array.IndexOf(files, "deu-2025-06.csv") < Array.IndexOf(files, "deu-2025-11.csv"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AllyChartDrawsPlansAsPointsAndLabelsTheInterpolatedJoin()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/ally.html?code=DEU");
        await page.Locator("#plans li .announced").Nth(1).WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#paths-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#paths-chart svg path").Nth(20).WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        var legend = await page.Locator("#paths-chart").InnerTextAsync();
        Assert.Contains("Interpolated between announced points", legend, StringComparison.Ordinal);
        Assert.Contains("Plan: 2025-06-24 (on track on its announced points)", legend, StringComparison.Ordinal);
        Assert.Contains("interpolated between announced points, never a figure of a plan", await page.Locator("#paths-caption").InnerTextAsync(), StringComparison.Ordinal);
        // The plan series carry only announced years; every interpolated year lies on the separate, labelled join.
        var check = await page.EvaluateAsync<string>(@"() => {
            const option = echarts.getInstanceByDom(document.getElementById('paths-chart')).getOption();
            const years = option.xAxis[0].data;
            const bad = [];
            for (const s of option.series.filter(s => s.name.startsWith('Plan: '))) {
                if (s.lineStyle.width !== 0) bad.push(s.name + ' draws a line');
            }
            const joins = option.series.filter(s => s.name === 'Interpolated between announced points');
            if (joins.length === 0) bad.push('no interpolated join');
            for (const j of joins) if (j.lineStyle.type === 'solid') bad.push('a solid join');
            return bad.join('; ') + '|' + years.length;
        }");
        Assert.StartsWith("|", check, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ScorecardShowsEveryAllyTheChartAndDownloads()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/scorecard.html");
        await WaitForRows(page, "#scorecard-table", 31);
        await page.Locator("#scorecard-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#scorecard-chart svg path").Nth(10).WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        var table = await page.Locator("#scorecard-table").InnerTextAsync();
        Assert.Contains("Germany (DEU)", table, StringComparison.Ordinal);
        Assert.Contains("off track: declines in 2028", table, StringComparison.Ordinal);
        Assert.Contains("no shipped plan", table, StringComparison.Ordinal);
        var counts = await page.Locator("#counts .value").AllInnerTextsAsync();
        Assert.Equal(31, counts.Sum(c => int.Parse(c, CultureInfo.InvariantCulture)));
        Assert.Contains("Required path in that year (derived)", await page.Locator("#scorecard-chart").InnerTextAsync(), StringComparison.Ordinal);
        var links = await page.Locator("#downloads a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["/api/v1/plans/scorecard?rules=hague-2025&format=csv", "/api/v1/plans/scorecard?rules=hague-2025&format=json"], links);
        Assert.Equal("Scorecard", await page.Locator("nav [aria-current='page']").InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ChoosingTheDraftByKeyboardRescoresAndOffersOnlyRuleSetsWithAPath()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/scorecard.html");
        await WaitForRows(page, "#scorecard-table", 31);
        var options = await page.Locator("#rules option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)");
        Assert.DoesNotContain("wales-2014", options);
        Assert.Contains("hague-draft-2032", options);

        var rules = page.Locator("select#rules");
        Assert.Equal("Rules", (await page.Locator("label:has(select#rules)").InnerTextAsync()).Split('\n')[0].Trim());
        await rules.FocusAsync();
        await rules.SelectOptionAsync("hague-draft-2032");

        await page.WaitForURLAsync("**/scorecard.html?rules=hague-draft-2032", new() { Timeout = Timeout });
        await page.Locator("#heading", new() { HasTextString = "Rules hague-draft-2032" }).WaitForAsync(new() { Timeout = Timeout });
        Assert.Contains("0.24 pp below the required path: 3.05% against 3.29% required in 2029", await page.Locator("#scorecard-table").InnerTextAsync(), StringComparison.Ordinal);
        // Sorting by a header works from the keyboard.
        await page.GetByRole(AriaRole.Button, new() { Name = "Gap pp" }).PressAsync("Enter");
        Assert.NotNull(await page.Locator("th[aria-sort]").GetAttributeAsync("aria-sort"));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/", "#status-table tbody tr")]
    [InlineData("/ally.html?code=DEU", "#plans li")]
    [InlineData("/check.html", "#rules option")]
    [InlineData("/scenario.html", "#totals-table tbody tr")]
    [InlineData("/simulate.html?draws=2000", "#fan-table tbody tr")]
    [InlineData("/about.html", "#editions-table tbody tr")]
    [InlineData("/scorecard.html", "#scorecard-table tbody tr")]
    public async Task EveryPageLinksToTheScorecard(string path, string ready)
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync(path);
        await page.Locator(ready).First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        Assert.Equal(1, await page.Locator("nav a[href='scorecard.html']").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ScorecardFitsAPhoneScreenAndItsStatusColoursMeetContrast()
    {
        var (page, errors) = await browser.NewPage(width: 390, height: 844);
        await page.GotoAsync("/scorecard.html");
        await WaitForRows(page, "#scorecard-table", 31);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The scorecard is {overflow} px wider than a 390 px screen.");
        // WCAG 2 contrast of each status text colour on the page background.
        var ratios = await page.EvaluateAsync<double[]>(@"() => {
            const lum = c => { const [r, g, b] = c.match(/\d+/g).slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const back = lum(getComputedStyle(document.body).backgroundColor.replace('rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'));
            return [...document.querySelectorAll('#scorecard-table [class^=status-]')].map(e => { const f = lum(getComputedStyle(e).color); return (Math.max(f, back) + 0.05) / (Math.min(f, back) + 0.05); });
        }");
        Assert.NotEmpty(ratios);
        Assert.All(ratios, r => Assert.True(r >= 4.5, $"A status colour has contrast {r:0.00}:1, below 4.5:1."));
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
