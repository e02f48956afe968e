extern alias cli;
using System.Net;
using System.Text.Json.Nodes;
using cli::NatoSpend.Cli;
using Microsoft.AspNetCore.Mvc.Testing;
using Spectre.Console;

namespace NatoSpend.Web.Tests.Api;

/// <summary><c>GET /api/v1/compare</c>: the CLI's <c>compare</c> byte for byte, and ProblemDetails for what it cannot answer.</summary>
public sealed class CompareApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/compare?year=2024", new[] { "compare", "--year", "2024", "--format", "json" })]
    [InlineData("/api/v1/compare?year=2024&source=sipri&allies=DEU,POL,USA", new[] { "compare", "--year", "2024", "--source", "sipri", "--allies", "DEU,POL,USA", "--format", "json" })]
    [InlineData("/api/v1/compare?source=outlooks&allies=DEU&outlooks=weo-2024-10,weo-2026-04", new[] { "compare", "--source", "outlooks", "--allies", "DEU", "--outlooks", "weo-2024-10,weo-2026-04", "--format", "json" })]
    [InlineData("/api/v1/compare?source=outlooks&allies=POL&rules=hague-draft-2032&shape=min-step", new[] { "compare", "--source", "outlooks", "--allies", "POL", "--rules", "hague-draft-2032", "--shape", "min-step", "--format", "json" })]
    public async Task CompareAnswersWithTheCliBytes(string path, string[] arguments)
    {
        using var response = await _client.GetAsync(path);
        var api = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {api}");

        CliTwin.AssertSameBytes(api, arguments);
    }

    [Fact]
    public async Task EditionsSideBySideKeepEachEditionsOwnFigure()
    {
        var json = JsonNode.Parse(await _client.GetStringAsync("/api/v1/compare?year=2024&editions=2025,2026&allies=DEU"))!;

        Assert.Equal(["2025", "2026"], json["datasets"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()));
        Assert.Single(json["allies"]!.AsArray());
        Assert.Contains(json["columns"]!.AsArray(), c => c!["provenance"]!.GetValue<string>() == "published");
    }

    [Theory]
    [InlineData("/api/v1/compare", HttpStatusCode.BadRequest, "compare needs year with source nato or sipri, such as year=2024.")]
    [InlineData("/api/v1/compare?year=2,024", HttpStatusCode.BadRequest, "The year '2,024' has a comma")]
    [InlineData("/api/v1/compare?year=2024&source=imf", HttpStatusCode.BadRequest, "The source 'imf' is not one compare knows; use nato, sipri or outlooks.")]
    [InlineData("/api/v1/compare?source=outlooks&deadline=2020", HttpStatusCode.UnprocessableEntity, "2020")]
    public async Task WhatCompareCannotAnswerIsOneSentence(string path, HttpStatusCode status, string detail)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(detail, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
