using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NatoSpend.Web.Tests.Api;

/// <summary>Numbers in query parameters: a comma is answered with 400 ProblemDetails naming both readings, never read silently.</summary>
public sealed class TypedNumberApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task StatusTargetWithACommaIs400WithTheCliSentence()
    {
        using var response = await _client.GetAsync("/api/v1/status?target=3,5");

        await AssertProblem(response, "The target '3,5' has a comma, which could mean 3.5 or 35; write 3.5 (a point for decimals, no thousands separator).");
    }

    [Theory]
    [InlineData("/api/v1/status?year=2,024", "The year '2,024' has a comma, which could mean 2.024 or 2024; write 2024 (a whole number, no thousands separator).")]
    [InlineData("/api/v1/status?ukraine=true&target=3,5", "The target '3,5' has a comma")]
    [InlineData("/api/v1/gaps?target=3,5", "The target '3,5' has a comma")]
    [InlineData("/api/v1/gaps?year=2,024", "The year '2,024' has a comma")]
    [InlineData("/api/v1/gaps?deadline=2,035", "The year '2,035' given to deadline has a comma")]
    [InlineData("/api/v1/gaps?growth=3,1", "The growth '3,1' has a comma, which could mean 3.1 or 31; write 3.1")]
    [InlineData("/api/v1/paths?ally=DEU&target=3,5", "The target '3,5' has a comma")]
    [InlineData("/api/v1/paths?ally=DEU&deadline=2,035", "The year '2,035' given to deadline has a comma, which could mean 2.035 or 2035; write 2035")]
    [InlineData("/api/v1/paths?ally=DEU&from_year=2,024", "The year '2,024' given to from_year has a comma")]
    [InlineData("/api/v1/paths?ally=DEU&step=0,2", "The value '0,2' given to step has a comma, which could mean 0.2 or 2; write 0.2")]
    [InlineData("/api/v1/paths?ally=DEU&fraction=0,25", "The value '0,25' given to fraction has a comma, which could mean 0.25 or 25; write 0.25")]
    [InlineData("/api/v1/paths?ally=DEU&growth=DEU=1,2%2B2,0", "The growth 'DEU=1,2+2,0' has a comma, which could mean DEU=1.2+2 or DEU=12+20; write DEU=1.2+2 (a point for decimals, no thousands separator).")]
    [InlineData("/api/v1/paths?ally=DEU&growth=2.5,DEU=1,2", "The growth 'DEU=1,2' has a comma, which could mean DEU=1.2 or DEU=12; write DEU=1.2")]
    [InlineData("/api/v1/alliance?deadline=2,032", "The year '2,032' given to deadline has a comma")]
    [InlineData("/api/v1/alliance?target=3,5", "The target '3,5' has a comma")]
    [InlineData("/api/v1/personnel?ally=DEU&add=60,000", "The number '60,000' given to add has a comma, which could mean 60 or 60000; write 60000 (a whole number, no thousands separator).")]
    [InlineData("/api/v1/personnel?ally=DEU&add=60000&target=3,5", "The target '3,5' has a comma")]
    [InlineData("/api/v1/ukraine?year=2,025", "The year '2,025' has a comma, which could mean 2.025 or 2025; write 2025")]
    [InlineData("/api/v1/plans/template?ally=DEU&growth=3,1", "The growth '3,1' has a comma")]
    public async Task EveryNumberParameterRefusesAComma(string path, string detail)
    {
        using var response = await _client.GetAsync(path);

        await AssertProblem(response, detail, exact: false);
    }

    [Fact]
    public async Task APlanCheckWithACommaInGrowthIs400()
    {
        using var body = new StringContent("# ally: DEU\nyear,core_share\n2026,2.5\n", Encoding.UTF8, "text/csv");
        using var response = await _client.PostAsync("/api/v1/plans/check?growth=3,1", body);

        await AssertProblem(response, "The growth '3,1' has a comma, which could mean 3.1 or 31; write 3.1 (a point for decimals, no thousands separator).");
    }

    [Fact]
    public async Task AGrowthListStillSplitsBeforeAnAllyCode()
    {
        using var response = await _client.GetAsync("/api/v1/paths?ally=DEU&growth=2.5,DEU=1.2%2B2.0");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertProblem(HttpResponseMessage response, string detail, bool exact = true)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()))!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        var actual = problem["detail"]!.GetValue<string>();
        if (exact)
        {
            Assert.Equal(detail, actual);
        }
        else
        {
            Assert.StartsWith(detail, actual, StringComparison.Ordinal);
        }
    }
}
