using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NatoSpend.Web.Tests.Api;

/// <summary><c>GET /api/v1/fiscal</c>: the CLI's JSON byte for byte, and ProblemDetails with one sentence for what it cannot answer.</summary>
public sealed class FiscalApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/fiscal?ally=DEU&shape=linear", new[] { "fiscal", "DEU", "--shape", "linear", "--format", "json" })]
    [InlineData("/api/v1/fiscal?ally=POL&interest_rate=3.1&rules=hague-draft-2032", new[] { "fiscal", "POL", "--interest-rate", "3.1", "--rules", "hague-draft-2032", "--format", "json" })]
    [InlineData("/api/v1/fiscal?plan=deu-2025-06", new[] { "fiscal", "--plan", "deu-2025-06", "--format", "json" })]
    public async Task FiscalAnswersWithTheCliBytes(string path, string[] arguments)
    {
        using var response = await _client.GetAsync(path);
        var api = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {api}");

        CliTwin.AssertSameBytes(api, arguments);
    }

    [Fact]
    public async Task TheAnswerStatesItsAssumptionsAndTheEuFacts()
    {
        var json = JsonNode.Parse(await _client.GetStringAsync("/api/v1/fiscal?ally=DEU&shape=linear"))!;

        Assert.Equal("derived", json["interest_rate"]!["basis"]!.GetValue<string>());
        Assert.StartsWith("Debt-financed:", json["financing"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("activated", json["escape_clause"]!["status"]!.GetValue<string>());
        Assert.Equal("2025-10-10", json["escape_clause"]!["activated_on"]!.GetValue<string>());
        Assert.Equal("no allocation", json["safe"]!["status"]!.GetValue<string>());
        var first = json["years"]!.AsArray()[0]!;
        Assert.Equal(2027, first["year"]!.GetValue<int>());
        Assert.Equal(-4.229m, first["outlook_balance_pct_gdp"]!.GetValue<decimal>());
        Assert.Equal(66.527m, first["outlook_debt_pct_gdp"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task FiscalAsCsvIsTheTableWithAFileName()
    {
        using var response = await _client.GetAsync("/api/v1/fiscal?ally=DEU&shape=linear&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("natospend-fiscal-deu-linear-2035.csv", response.Content.Headers.ContentDisposition!.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.Equal(10, lines.Length);
        Assert.StartsWith("ally,year,basis,share,extra_pp,extra,rate_pct,rate_basis,", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/fiscal?ally=DEU&interest_rate=abc", HttpStatusCode.BadRequest, "The value 'abc' given to interest_rate is not a number; give one such as 3.1.")]
    [InlineData("/api/v1/fiscal?ally=DEU&interest_rate=3,1", HttpStatusCode.BadRequest, "The value '3,1' given to interest_rate")]
    [InlineData("/api/v1/fiscal?ally=DEU&interest_rate=-2", HttpStatusCode.BadRequest, "The interest rate -2 given to interest_rate is outside 0 to 100 percent a year; give a rate such as 3.1.")]
    [InlineData("/api/v1/fiscal", HttpStatusCode.BadRequest, "Name an ally, such as ally=DEU, or a plan with plan=deu-2025-06.")]
    [InlineData("/api/v1/fiscal?plan=nope", HttpStatusCode.NotFound, "There is no shipped plan 'nope'; give one such as")]
    [InlineData("/api/v1/fiscal?plan=/etc/passwd", HttpStatusCode.NotFound, "There is no shipped plan '/etc/passwd'; give one such as")]
    [InlineData("/api/v1/fiscal?ally=DEU&edition=2024", HttpStatusCode.UnprocessableEntity, "Edition 2024 has no GDP in USD or defence spending in national currency and USD for Germany in 2024, so its GDP cannot be projected")]
    [InlineData("/api/v1/fiscal?ally=ISL", HttpStatusCode.UnprocessableEntity, "Edition 2026 has no share of GDP for Iceland (ISL) in 2026")]
    [InlineData("/api/v1/fiscal?ally=FRA&plan=deu-2025-06", HttpStatusCode.UnprocessableEntity, "The plan 'deu-2025-06' is Germany's (DEU), not France's; drop the ally, or choose one of France's plans.")]
    public async Task WhatFiscalCannotAnswerIsOneSentence(string path, HttpStatusCode status, string detail)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith(detail, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
