extern alias cli;
using System.Net;
using System.Text.Json.Nodes;
using cli::NatoSpend.Cli;
using Microsoft.AspNetCore.Mvc.Testing;
using Spectre.Console;

namespace NatoSpend.Web.Tests.Api;

/// <summary><c>GET /api/v1/world</c> and SIPRI's other countries in <c>GET /api/v1/compare</c>: the CLI's JSON byte for byte, and ProblemDetails for what they cannot answer.</summary>
public sealed class WorldApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/world", new[] { "world", "--format", "json" })]
    [InlineData("/api/v1/world?year=2024&release=sipri-2024", new[] { "world", "--year", "2024", "--release", "sipri-2024", "--format", "json" })]
    [InlineData("/api/v1/compare?source=sipri&allies=RUS,CHN,UKR&year=2025", new[] { "compare", "--source", "sipri", "--allies", "RUS,CHN,UKR", "--year", "2025", "--format", "json" })]
    public async Task WorldAnswersWithTheCliBytes(string path, string[] arguments)
    {
        using var response = await _client.GetAsync(path);
        var api = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {api}");

        CliTwin.AssertSameBytes(api, arguments);
    }

    [Fact]
    public async Task TheReleasesDifferWhereSipriRevised()
    {
        var before = JsonNode.Parse(await _client.GetStringAsync("/api/v1/world?year=2024&release=sipri-2024"))!;
        var after = JsonNode.Parse(await _client.GetStringAsync("/api/v1/world?year=2024&release=sipri-2025"))!;

        static decimal Usa(JsonNode json) => json["rows"]!.AsArray().Single(r => r!["entity"]!.GetValue<string>() == "USA")!["usd_current_m"]!.GetValue<decimal>();
        Assert.Equal(997_309m, Usa(before));
        Assert.Equal(1_004_901m, Usa(after));
        Assert.Equal(2023, before["constant_prices_year"]!.GetValue<int>());
        Assert.Equal(2024, after["constant_prices_year"]!.GetValue<int>());
    }

    [Fact]
    public async Task WorldAsCsvIsTheTableWithAFileName()
    {
        using var response = await _client.GetAsync("/api/v1/world?year=2025&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("natospend-world-sipri-2025-2025.csv", response.Content.Headers.ContentDisposition!.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("NATO (all allies),NATO (sum of allies),group,derived,32,", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/world?year=2026", HttpStatusCode.UnprocessableEntity, "The year 2026 given to year is outside SIPRI's release sipri-2025, which covers 1949-2025; choose a year in that range, such as 2025, or another release.")]
    [InlineData("/api/v1/world?year=2,025", HttpStatusCode.BadRequest, "The year '2,025' given to year has a comma, which could mean 2.025 or 2025; write 2025 (a whole number, no thousands separator).")]
    [InlineData("/api/v1/world?release=sipri-2023", HttpStatusCode.NotFound, "The release 'sipri-2023' given to release is not a SIPRI release NatoSpend ships; world reads SIPRI's releases only, so use sipri-2025 or sipri-2024 (the newest is the default).")]
    [InlineData("/api/v1/world?year=later", HttpStatusCode.BadRequest, "The year 'later' given to year is not a year; give a whole year that SIPRI's release sipri-2025 covers, such as 2025.")]
    [InlineData("/api/v1/compare?source=sipri&allies=IND&year=2025", HttpStatusCode.BadRequest, "'IND' is not an ally code or group, nor a country of SIPRI's sipri-2025 release;")]
    public async Task WhatWorldCannotAnswerIsOneSentence(string path, HttpStatusCode status, string detail)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith(detail, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
