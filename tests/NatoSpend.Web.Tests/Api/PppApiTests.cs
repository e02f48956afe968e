using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NatoSpend.Web.Tests.Api;

/// <summary><c>prices=ppp</c> on <c>/api/v1/status</c>, <c>/api/v1/world</c> and <c>/api/v1/compare</c>: the CLI's bytes, every country on the same basis, labelled, and one sentence for a bad value.</summary>
public sealed class PppApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Caveat = "not a military-specific price index";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/status?year=2025&prices=ppp", new[] { "status", "--year", "2025", "--prices", "ppp", "--format", "json" })]
    [InlineData("/api/v1/world?year=2025&prices=ppp", new[] { "world", "--year", "2025", "--prices", "ppp", "--format", "json" })]
    [InlineData("/api/v1/compare?source=sipri&allies=DEU,USA,RUS,CHN,UKR&year=2025&prices=ppp", new[] { "compare", "--source", "sipri", "--allies", "DEU,USA,RUS,CHN,UKR", "--year", "2025", "--prices", "ppp", "--format", "json" })]
    [InlineData("/api/v1/compare?year=2024&allies=POL&prices=ppp", new[] { "compare", "--year", "2024", "--allies", "POL", "--prices", "ppp", "--format", "json" })]
    public async Task PppAnswersWithTheCliBytes(string path, string[] arguments)
    {
        using var response = await _client.GetAsync(path);
        var api = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {api}");

        CliTwin.AssertSameBytes(api, arguments);
    }

    [Fact]
    public async Task StatusAtPppConvertsEveryAllyAndSaysWhatPppIs()
    {
        var json = JsonNode.Parse(await _client.GetStringAsync("/api/v1/status?year=2025&prices=ppp"))!;

        var allies = json["allies"]!.AsArray();
        Assert.Equal(31, allies.Count);
        Assert.All(allies, a =>
        {
            Assert.True(a!["spending_ppp_m"]!.GetValue<decimal>() > 0m, a["ally"]!.GetValue<string>());
            Assert.Equal("", a["ppp_note"]!.GetValue<string>());
        });
        Assert.Equal("ppp", json["price_basis"]!["basis"]!.GetValue<string>());
        Assert.Contains(Caveat, json["price_basis"]!["caveat"]!.GetValue<string>(), StringComparison.Ordinal);
        var column = json["columns"]!.AsArray().Single(c => c!["key"]!.GetValue<string>() == "spending_ppp_m")!;
        Assert.Equal("derived", column["provenance"]!.GetValue<string>());
        Assert.Contains("GDP-wide PPP", column["unit"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(json["notes"]!.AsArray(), n => n!.GetValue<string>().Contains(Caveat, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WorldAtPppConvertsEveryRowIncludingRussiaChinaAndUkraine()
    {
        var json = JsonNode.Parse(await _client.GetStringAsync("/api/v1/world?year=2025&prices=ppp"))!;

        var rows = json["rows"]!.AsArray();
        Assert.Equal(["NATO_TOTAL", "NATO_EUROPE_CANADA", "USA", "RUS", "CHN", "UKR"], rows.Select(r => r!["entity"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.True(r!["spending_ppp_m"]!.GetValue<decimal>() > r["usd_current_m"]!.GetValue<decimal>() * 0.99m, r["entity"]!.GetValue<string>()));
        // Russia's spending is far higher at PPP than at market rates (IISS makes the same point).
        var russia = rows.Single(r => r!["entity"]!.GetValue<string>() == "RUS")!;
        Assert.True(russia["ppp_factor"]!.GetValue<decimal>() > 2m);
        Assert.Equal("sipri_estimate", russia["usd_current_flag"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheDefaultIsCurrentPricesWithNoPppFigure()
    {
        var json = JsonNode.Parse(await _client.GetStringAsync("/api/v1/world?year=2025"))!;

        Assert.Equal("current", json["price_basis"]!["basis"]!.GetValue<string>());
        Assert.Null(json["price_basis"]!["caveat"]);
        Assert.All(json["rows"]!.AsArray(), r => Assert.Null(r!["spending_ppp_m"]));
        Assert.DoesNotContain(json["columns"]!.AsArray(), c => c!["key"]!.GetValue<string>() == "spending_ppp_m");
    }

    [Fact]
    public async Task WorldCsvAtPppCarriesTheCaveatInItsProvenance()
    {
        using var response = await _client.GetAsync("/api/v1/world?year=2025&prices=ppp&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("natospend-world-sipri-2025-2025-ppp.csv", response.Content.Headers.ContentDisposition!.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.Contains("spending_ppp_m", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("NATO (all allies),NATO (sum of allies),group,derived,32,", lines[1], StringComparison.Ordinal);
        Assert.Contains("includes SIPRI estimate", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/status?prices=market", "The prices 'market' given to prices are not ones NatoSpend knows; use current (the default: current prices and market exchange rates, as published) or ppp (GDP-wide purchasing-power parity, international dollars).")]
    [InlineData("/api/v1/world?prices=PPPEX", "The prices 'PPPEX' given to prices are not ones NatoSpend knows; use current (the default: current prices and market exchange rates, as published) or ppp (GDP-wide purchasing-power parity, international dollars).")]
    [InlineData("/api/v1/compare?source=outlooks&prices=ppp", "The prices 'ppp' given to prices apply to spending that compare sets side by side with source nato or sipri, not to the projections of source outlooks; leave prices out or use another source.")]
    public async Task ABadPricesValueIsOneSentence(string path, string detail)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(detail, problem["detail"]!.GetValue<string>());
    }
}
