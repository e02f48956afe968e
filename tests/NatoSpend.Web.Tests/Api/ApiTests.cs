extern alias cli;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using cli::NatoSpend.Cli;
using Microsoft.AspNetCore.Mvc.Testing;
using Spectre.Console;

namespace NatoSpend.Web.Tests.Api;

/// <summary>The REST API through the in-memory test server: answers, errors as ProblemDetails, caching headers, and parity with the CLI.</summary>
public sealed class ApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task StatusFor2026ListsThirtyOneAlliesWithShares()
    {
        var json = await GetJson("/api/v1/status?year=2026");

        var allies = json["allies"]!.AsArray();
        Assert.Equal(31, allies.Count);
        Assert.All(allies, a => Assert.True(a!["share"]!.GetValue<decimal>() > 0m));
        Assert.Equal("2026", json["edition"]!.GetValue<string>());
        Assert.Equal("ISL", json["not_reported"]![0]!["ally"]!.GetValue<string>());
        Assert.Equal(30, json["counts"]![0]!["at_or_above"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/v1/status?year=2026", new[] { "status", "--year", "2026", "--format", "json" })]
    [InlineData("/api/v1/status?edition=2025&year=2024&target=3.5&allies=europe&sort=gap", new[] { "status", "--edition", "2025", "--year", "2024", "--target", "3.5", "--allies", "europe", "--sort", "gap", "--format", "json" })]
    [InlineData("/api/v1/allies/POL/series?edition=2026", new[] { "ally", "POL", "--edition", "2026", "--format", "json" })]
    [InlineData("/api/v1/editions", new[] { "editions", "--format", "json" })]
    public async Task ApiAnswersWithTheCliNumbersAndLabels(string path, string[] cli)
    {
        using var response = await _client.GetAsync(path);
        var api = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        CliTwin.AssertSameBytes(api, cli);
    }

    [Fact]
    public async Task StatusAsCsvIsTheCliTableWithAFileName()
    {
        using var response = await _client.GetAsync("/api/v1/status?year=2024&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("natospend-status-2024-edition-2026.csv", response.Content.Headers.ContentDisposition!.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.StartsWith("rank,ally,name,share,estimate,", lines[0], StringComparison.Ordinal);
        Assert.Equal(32, lines.Length);
    }

    [Theory]
    [InlineData("/api/v1/status?year=abc", HttpStatusCode.BadRequest, "The year 'abc' is not in edition 2026, which covers 2014-2026; choose one of those years.")]
    [InlineData("/api/v1/status?year=2031", HttpStatusCode.UnprocessableEntity, "The year '2031' is not in edition 2026, which covers 2014-2026; choose one of those years.")]
    [InlineData("/api/v1/status?target=150", HttpStatusCode.BadRequest, "The target '150' is not a share of GDP; give a number of percent from 0 to 100, such as 2, 3.5 or 5.")]
    [InlineData("/api/v1/status?allies=XYZ", HttpStatusCode.BadRequest, "'XYZ' is not an ally code or group; use an ISO3 code such as DEU or POL (a comma-separated list is fine) or one of the groups all, europe-canada, europe, eu.")]
    [InlineData("/api/v1/status?edition=sipri-2024", HttpStatusCode.BadRequest, "'sipri-2024' is not a NATO edition but SIPRI's data, which NatoSpend shows beside NATO's, never in its place; use one of the NATO editions 2026, 2025, 2024.")]
    [InlineData("/api/v1/status?sort=colour", HttpStatusCode.BadRequest, "The sort 'colour' is not a column status sorts by; use share, name, gap, change or spending.")]
    [InlineData("/api/v1/status?format=xlsx", HttpStatusCode.BadRequest, "The format 'xlsx' is not one the API writes; use json or csv.")]
    [InlineData("/api/v1/allies/ISL/series", HttpStatusCode.NotFound, "Iceland (ISL) has no armed forces, no expenditure data: NATO publishes no defence expenditure for it; pick another ally.")]
    [InlineData("/api/v1/editions/weo-2026-04", HttpStatusCode.UnprocessableEntity, "'weo-2026-04' is an IMF outlook, not defence-spending data, so it has no years of figures to list; give it as outlook to the projections, or ask for one of 2026, 2025, 2024, sipri-2025, sipri-2024.")]
    [InlineData("/api/v1/editions/1999", HttpStatusCode.NotFound, "There is no edition '1999'; the editions are 2026, 2025, 2024, sipri-2025, sipri-2024, weo-2026-04, weo-2025-10, weo-2025-04, weo-2024-10 (see 'natospend editions').")]
    [InlineData("/api/v1/no-such-thing", HttpStatusCode.NotFound, "There is no API address '/api/v1/no-such-thing'; see /openapi/v1.json or /scalar for the API's addresses.")]
    public async Task BadRequestsGetProblemDetailsWithOneSentence(string path, HttpStatusCode status, string detail)
    {
        using var response = await _client.GetAsync(path);

        await AssertProblem(response, status, detail);
    }

    [Fact]
    public async Task OversizedUploadGets413()
    {
        using var body = new ByteArrayContent(new byte[NatoSpendWeb.MaxRequestBodyBytes + 1]);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await _client.PostAsync("/api/v1/status", body);

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge,
            "The request body is larger than the 256 KiB the API accepts; send a smaller plan (one row per year is a few kilobytes).");
    }

    [Fact]
    public async Task DataEndpointsSendAnETagAndAnswer304WhenItMatches()
    {
        using var first = await _client.GetAsync("/api/v1/status?year=2025");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/status?year=2025");
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var other = await _client.GetAsync("/api/v1/status?year=2024");
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task EditionListsItsYearsAndEstimates()
    {
        var json = await GetJson("/api/v1/editions/2026");

        Assert.Equal(2014, json["first_year"]!.GetValue<int>());
        Assert.Equal(2026, json["last_year"]!.GetValue<int>());
        Assert.Equal([2025, 2026], json["estimate_years"]!.AsArray().Select(y => y!.GetValue<int>()));
        Assert.True(json["is_default"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AlliesListsThirtyTwoWithIcelandWithoutFigures()
    {
        var json = await GetJson("/api/v1/allies");

        var allies = json["allies"]!.AsArray();
        Assert.Equal(32, allies.Count);
        var iceland = allies.Single(a => a!["ally"]!.GetValue<string>() == "ISL")!;
        Assert.False(iceland["has_expenditure_data"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DashboardAndReferenceAreServedFromTheApp()
    {
        var index = await _client.GetStringAsync("/");
        Assert.Contains("<title>Overview · NatoSpend</title>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", index, StringComparison.Ordinal);

        using var echarts = await _client.GetAsync("/lib/echarts.custom.min.js");
        Assert.Equal(HttpStatusCode.OK, echarts.StatusCode);
        using var scalar = await _client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }

    private async Task<JsonNode> GetJson(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()))!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.Equal(detail, problem["detail"]!.GetValue<string>());
        Assert.NotNull(problem["title"]);
    }
}
