using Microsoft.Playwright;
using NatoSpend.Web.Http;

namespace NatoSpend.Web.Tests.Browser;

/// <summary>The API reference (Scalar) under its own Content-Security-Policy: it still starts and shows the API.</summary>
public sealed class ReferencePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheReferenceLoadsUnderItsPolicyWithoutConsoleErrors()
    {
        var (page, errors) = await browser.NewPage();

        var response = await page.GotoAsync("/scalar/");
        await page.GetByRole(AriaRole.Heading, new() { Name = "NatoSpend API", Level = 1 }).WaitForAsync(new() { Timeout = 60_000 });

        Assert.Equal(SecurityHeaders.ReferencePolicy, await response!.HeaderValueAsync("content-security-policy"));
        Assert.Empty(errors);
    }
}
