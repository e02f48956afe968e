using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NatoSpend.Web.Tests.Api;

/// <summary><c>GET /api/v1/changes</c>: the CLI's <c>changes</c> byte for byte, NATO's own counts per edition, and ProblemDetails for bad editions.</summary>
public sealed class ChangesApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/changes", new[] { "changes", "--format", "json" })]
    [InlineData("/api/v1/changes?editions=2024,2025&top=5", new[] { "changes", "--editions", "2024,2025", "--top", "5", "--format", "json" })]
    public async Task ChangesAnswersWithTheCliBytes(string path, string[] arguments)
    {
        using var response = await _client.GetAsync(path);
        var api = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {api}");

        CliTwin.AssertSameBytes(api, arguments);
    }

    [Fact]
    public async Task TheDefaultIsTheTwoNewestEditionsOldestFirst()
    {
        var json = JsonNode.Parse(await _client.GetStringAsync("/api/v1/changes"))!;

        Assert.Equal("2025", json["older"]!["id"]!.GetValue<string>());
        Assert.Equal("2026", json["newer"]!["id"]!.GetValue<string>());
        Assert.Equal(10, json["revisions"]!.AsArray().Count);
        Assert.Contains(json["revision_columns"]!.AsArray(), c => c!["key"]!.GetValue<string>() == "older_share" && c["provenance"]!.GetValue<string>() == "published");
    }

    [Fact]
    public async Task CsvIsTheRevisionsTable()
    {
        var csv = await _client.GetStringAsync("/api/v1/changes?editions=2025,2026&format=csv");

        Assert.StartsWith("ally,name,year,older_share,older_estimate,newer_share,newer_estimate,revision_pp,revision_pct", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/changes?editions=2026", HttpStatusCode.BadRequest, "editions must name two NATO editions separated by a comma, such as editions=2025,2026, but was '2026'; the editions are 2026, 2025, 2024.")]
    [InlineData("/api/v1/changes?editions=2026,2026", HttpStatusCode.BadRequest, "editions names the edition 2026 twice")]
    [InlineData("/api/v1/changes?editions=2025,1999", HttpStatusCode.BadRequest, "1999")]
    [InlineData("/api/v1/changes?top=0", HttpStatusCode.BadRequest, "top must be a whole number of rows from 1 to 1000, but was '0'; use top=10.")]
    public async Task WhatChangesCannotAnswerIsOneSentence(string path, HttpStatusCode status, string detail)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(detail, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
