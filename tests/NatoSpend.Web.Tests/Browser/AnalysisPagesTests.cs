using System.Globalization;
using Microsoft.Playwright;

namespace NatoSpend.Web.Tests.Browser;

/// <summary>The plan checker, the ally page's paths, plans, personnel and Ukraine sections, and the scenario explorer in a real browser.</summary>
public sealed class AnalysisPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 30_000;

    private static readonly string ShippedPlans = Path.Combine(AppContext.BaseDirectory, "data", "plans");

    [Fact]
    public async Task UploadingGermanysJune2025PlanShowsItsVerdictAndChecks()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/check.html");
        await page.Locator("#rules option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        await page.GetByLabel("Or upload a plan file").SetInputFilesAsync(Path.Combine(ShippedPlans, "deu-2025-06.csv"));

        await page.Locator("#result[data-verdict]").WaitForAsync(new() { Timeout = Timeout });
        Assert.Equal("incomplete", await page.Locator("#verdict").InnerTextAsync(), ignoreCase: true);
        Assert.Equal(NatoSpend.Domain.Plans.PlanChecker.CheckNames.Count, await page.Locator("#checks-table tbody tr").CountAsync());
        Assert.Contains("every-year-present", await page.Locator("#checks-table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Germany (DEU)", await page.Locator("#plan-title").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("#downloads a").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task UploadingALinearTemplatePlanIsCredibleAndFailsTheDraftWithAFix()
    {
        using var http = new HttpClient { BaseAddress = browser.BaseAddress };
        var template = await http.GetStringAsync("/api/v1/plans/template?ally=DEU");
        var file = Path.Combine(Path.GetTempPath(), $"deu-template-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, template);
        try
        {
            var (page, errors) = await browser.NewPage();
            await page.GotoAsync("/check.html");
            await page.Locator("#rules option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

            await page.GetByLabel("Or upload a plan file").SetInputFilesAsync(file);
            await page.Locator("#result[data-verdict='credible']").WaitForAsync(new() { Timeout = Timeout });
            Assert.Contains("None needed", await page.Locator("#fix").InnerTextAsync(), StringComparison.Ordinal);

            await page.GetByLabel("Rules").SelectOptionAsync("hague-draft-2032");
            await page.Locator("#result[data-verdict='not credible']").WaitForAsync(new() { Timeout = Timeout });
            Assert.Equal("not credible", await page.Locator("#verdict").InnerTextAsync(), ignoreCase: true);
            Assert.True(await page.Locator("#fix-table tbody tr").CountAsync() > 0);
            Assert.Contains("fail", await page.Locator("#checks-table").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(errors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task APastedPlanWithProblemsListsEveryProblem()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/check.html");
        await page.Locator("#rules option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        await page.GetByLabel("Plan (CSV or JSON)").FillAsync("# ally: DEU\nyear,core_share\n2026,abc\nxx,3\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the plan" }).ClickAsync();

        await page.Locator("#problems li").Nth(1).WaitForAsync(new() { Timeout = Timeout });
        var text = await page.Locator("#problems").InnerTextAsync();
        Assert.Contains("plan.csv:3:", text, StringComparison.Ordinal);
        Assert.Contains("plan.csv:4:", text, StringComparison.Ordinal);
        Assert.True(await page.Locator("#result").IsHiddenAsync());
        // The API's 422 is the expected answer here; the browser logs it as a failed resource, which is not a page error.
        Assert.All(errors, e => Assert.Contains("422", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllyPageShowsThePathsChartPlansPersonnelAndUkraineAid()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/ally.html?code=DEU");

        await page.Locator("#paths-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#paths-chart svg path").Nth(20).WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await page.Locator("#plans li .verdict").Nth(1).WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#personnel-cards li").Nth(2).WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#ukraine-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#ukraine-chart svg path").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        var legend = await page.Locator("#paths-chart").InnerTextAsync();
        foreach (var name in new[] { "Published", "Estimate", "Linear", "Minimum step", "Constant real growth", "Front-loaded", "Plan: 2025-06-24" })
        {
            Assert.Contains(name, legend, StringComparison.Ordinal);
        }
        Assert.Contains("to 3.50% by 2035 under hague-2025", await page.Locator("#paths-caption").InnerTextAsync(), StringComparison.Ordinal);
        // One item per shipped German plan (one per announcement and scope).
        var german = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "plans"), "deu-*").Length;
        Assert.Equal(german, await page.Locator("#plans li").CountAsync());
        Assert.Equal("60000", await page.GetByLabel("Service members to add by the deadline").InputValueAsync());
        Assert.Contains("m EUR", await page.Locator("#personnel-cards").InnerTextAsync(), StringComparison.Ordinal);
        var ukraineCaption = await page.Locator("#ukraine-caption").InnerTextAsync();
        Assert.Contains("Kiel Institute", ukraineCaption, StringComparison.Ordinal);
        Assert.Contains("Kiel's 2026 figures cover January to April 2026 (Release 29", ukraineCaption, StringComparison.Ordinal);
        Assert.Contains("2026 (Jan-Apr)", await page.Locator("#ukraine-chart").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.True(await page.Locator("#paths-downloads a").CountAsync() >= 8);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AddingFewerSoldiersLowersTheCost()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/ally.html?code=DEU");
        await page.Locator("#personnel-cards li").Nth(2).WaitForAsync(new() { Timeout = Timeout });
        var before = await page.Locator("#personnel-cards li").First.InnerTextAsync();

        await page.GetByLabel("Service members to add by the deadline").FillAsync("10000");
        await page.GetByLabel("Service members to add by the deadline").PressAsync("Enter");

        await page.Locator("#personnel-caption", new() { HasTextString = "10,000 more service members" }).WaitForAsync(new() { Timeout = Timeout });
        Assert.NotEqual(before, await page.Locator("#personnel-cards li").First.InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ScenarioExplorerChangesTheTotalsWhenTheShapeChanges()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/scenario.html");
        await page.Locator("#cards[data-total]").WaitForAsync(new() { Timeout = Timeout });
        await page.Locator("#totals-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#totals-chart svg path").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        var linear = await page.Locator("#cards").GetAttributeAsync("data-total");
        var table = await page.Locator("#totals-table tbody").InnerTextAsync();

        await page.GetByLabel("Path shape").SelectOptionAsync("front-loaded");
        await page.WaitForFunctionAsync("before => document.querySelector('#cards').dataset.total !== before", linear, new() { Timeout = Timeout });

        var frontLoaded = await page.Locator("#cards").GetAttributeAsync("data-total");
        Assert.True(decimal.Parse(frontLoaded!, CultureInfo.InvariantCulture) > decimal.Parse(linear!, CultureInfo.InvariantCulture),
            "Front-loaded paths spend more over the years than linear ones.");
        Assert.NotEqual(table, await page.Locator("#totals-table tbody").InnerTextAsync());
        Assert.Contains("shape=front-loaded", page.Url, StringComparison.Ordinal);
        Assert.Contains("US share", await page.Locator("#totals-table thead").InnerTextAsync(), StringComparison.Ordinal);
        // The alliance's base-year total is a sum NatoSpend calculates: derived, never called published.
        var cards = await page.Locator("#cards").InnerTextAsync();
        Assert.Contains("derived: the sum of NATO's published figures", cards, StringComparison.Ordinal);
        Assert.DoesNotContain("published base", cards, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ScenarioExplorerProjectsOnTheChosenOutlookAndNamesIt()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/scenario.html");
        await page.Locator("#cards[data-total]").WaitForAsync(new() { Timeout = Timeout });
        var newest = await page.Locator("#cards").GetAttributeAsync("data-total");
        Assert.Contains("WEO April 2026", await page.Locator("#notes").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("GDP outlook").SelectOptionAsync("weo-2024-10");
        await page.WaitForFunctionAsync("before => document.querySelector('#cards').dataset.total !== before", newest, new() { Timeout = Timeout });

        Assert.Contains("outlook=weo-2024-10", page.Url, StringComparison.Ordinal);
        Assert.Contains("WEO October 2024", await page.Locator("#notes").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("US share % (2021)", await page.Locator("#totals-table thead").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SimulationPageDrawsTheFanAndTheOddsForPoland()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync("/simulate.html?ally=POL&draws=2000&seed=7");
        await page.Locator("#fan-table tbody tr").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });
        await page.Locator("#fan-chart").ScrollIntoViewIfNeededAsync();
        await page.Locator("#fan-chart svg path").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        Assert.Equal(9, await page.Locator("#fan-table tbody tr").CountAsync());
        Assert.Equal(3, await page.Locator("#cards li").CountAsync());
        Assert.Contains("Poland", await page.Locator("#fan-caption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2,000 draws", await page.Locator("#fan-caption").InnerTextAsync(), StringComparison.Ordinal);
        // Beside the two odds, the API's reason why passing every check is rarer than reaching the target.
        var reason = await page.Locator("#every-check-reason").InnerTextAsync();
        Assert.Contains("pass together in the same simulated future", reason, StringComparison.Ordinal);
        Assert.True(await page.Locator("#every-check-reason").IsVisibleAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SimulationPageShowsTheApisSentenceForTooManyDraws()
    {
        // The browser logs the 422 itself as a console error, so this test does not count console errors.
        var (page, _) = await browser.NewPage();
        await page.GotoAsync("/simulate.html?ally=DEU&draws=500000");
        await page.Locator("#error:not([hidden])").WaitForAsync(new() { Timeout = Timeout });

        Assert.Equal("The number of draws 500,000 is above the 200,000 the API runs in one request; give fewer, or run natospend simulate for more.",
            await page.Locator("#error").InnerTextAsync());
    }

    [Theory]
    [InlineData("/simulate.html?draws=2000", "#fan-table tbody tr")]
    [InlineData("/check.html", "#rules option")]
    [InlineData("/scenario.html", "#totals-table tbody tr")]
    [InlineData("/ally.html?code=POL", "#personnel-cards li")]
    public async Task NewPagesFitAPhoneScreen(string path, string ready)
    {
        var (page, errors) = await browser.NewPage(width: 390, height: 844);
        await page.GotoAsync(path);
        await page.Locator(ready).First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Timeout });

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a 390 px screen.");
        Assert.Empty(errors);
    }
}
