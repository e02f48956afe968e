extern alias cli;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using cli::NatoSpend.Cli;
using Microsoft.AspNetCore.Mvc.Testing;
using Spectre.Console;

namespace NatoSpend.Web.Tests.Api;

/// <summary><c>POST /api/v1/simulate</c>: the CLI's JSON for the same inputs, and ProblemDetails for bad input.</summary>
public sealed class SimulateApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("""{"allies": "DEU,POL", "draws": 2000, "seed": 7, "fix": "share"}""", new[] { "simulate", "--allies", "DEU,POL", "--draws", "2000", "--seed", "7", "--fix", "share", "--format", "json" })]
    [InlineData("""{"ally": "FRA", "shape": "linear", "rules": "hague-draft-2032", "draws": 2000, "explain": true}""", new[] { "simulate", "FRA", "--shape", "linear", "--rules", "hague-draft-2032", "--draws", "2000", "--explain", "--format", "json" })]
    public async Task SimulateAnswersWithTheCliJson(string body, string[] cli)
    {
        using var response = await Post(body);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        CliTwin.AssertSameBytes(text, cli);
    }

    [Fact]
    public async Task SimulateAPlanSentAsCsvNamesThePlanAndItsAlly()
    {
        var plan = "# ally: DEU\n# title: Test plan\nyear,core_share\n2026,2.8\n2030,3.2\n2035,3.5\n";
        using var response = await _client.PostAsJsonAsync("/api/v1/simulate", new { plan, draws = 2000 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("plan.csv", json["plan"]!["file"]!.GetValue<string>());
        Assert.Equal("DEU", json["allies"]![0]!["ally"]!.GetValue<string>());
    }

    [Fact]
    public async Task SimulateAPlanWithProblemsIs422ListingEachWithItsLine()
    {
        using var response = await Post("""{"plan": "# ally: DEU\nyear,core_share\n2026,abc\n", "draws": 100}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("The plan has a problem: plan.csv:3", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(problem["errors"]!["line 3"]);
    }

    [Theory]
    [InlineData("""{"ally": "DEU", "draws": 0}""", HttpStatusCode.BadRequest, "The number of draws must be at least 1, but was 0; give one such as 100000.")]
    [InlineData("""{"ally": "DEU", "draws": 500000}""", HttpStatusCode.UnprocessableEntity, "The number of draws 500,000 is above the 200,000 the API runs in one request; give fewer, or run natospend simulate for more.")]
    [InlineData("""{"ally": "DEU", "fix": "gold"}""", HttpStatusCode.BadRequest, "The value 'gold' given to fix is not one NatoSpend knows; use money, share or real.")]
    [InlineData("""{"ally": "DEU", "allies": "POL"}""", HttpStatusCode.BadRequest, "Name one ally ('DEU') or allies 'POL', not both.")]
    public async Task SimulateBadInputIsProblemDetailsWithOneSentence(string body, HttpStatusCode status, string detail)
    {
        using var response = await Post(body);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(detail, problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"ally": "XXX", "draws": 100}""")]
    [InlineData("""{"ally": "DEU", "rules": "../../etc/passwd", "draws": 100}""")]
    [InlineData("""{"ally": "DEU", "shape": "zigzag", "draws": 100}""")]
    [InlineData("""{"ally": "DEU", "draws": "many"}""")]
    [InlineData("""{"ally": "DEU", "seed": -1}""")]
    [InlineData("""{"plan": "year,core_share\n2026,abc\n", "draws": 100}""")]
    [InlineData("""{"plan": "{not json", "draws": 100}""")]
    [InlineData("""{"plan": "# ally: DEU\nyear,core_share\n2030,3\n", "ally": "DEU"}""")]
    [InlineData("""[1, 2]""")]
    [InlineData("""{""")]
    public async Task SimulateNeverAnswers500ForBadInput(string body)
    {
        using var response = await Post(body);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private Task<HttpResponseMessage> Post(string body) =>
        _client.PostAsync("/api/v1/simulate", new StringContent(body, Encoding.UTF8, "application/json"));
}
