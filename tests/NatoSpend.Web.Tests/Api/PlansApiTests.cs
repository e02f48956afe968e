extern alias cli;
using System.Net;
using System.Text.Json.Nodes;
using cli::NatoSpend.Cli;
using Microsoft.AspNetCore.Mvc.Testing;
using Spectre.Console;

namespace NatoSpend.Web.Tests.Api;

/// <summary>The plan endpoints and the CLI share one use case per verb: the same bytes, the same refusals.</summary>
public sealed class PlansApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/plans/template?ally=POL&format=json", new[] { "plan", "template", "POL", "--format", "json" })]
    [InlineData("/api/v1/plans/template?ally=ESP&rules=spain-view", new[] { "plan", "template", "ESP", "--rules", "spain-view" })]
    [InlineData("/api/v1/plans/template?ally=DEU&rules=hague-draft-2032&growth=2.5&format=json", new[] { "plan", "template", "DEU", "--rules", "hague-draft-2032", "--growth", "2.5", "--format", "json" })]
    public async Task TemplateIsTheCliFileByteForByte(string path, string[] arguments)
    {
        using var response = await _client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CliTwin.Run(arguments).Output, text);
    }

    [Fact]
    public async Task PlanCheckTakesAGrowthListAsTheCliDoes()
    {
        var plan = Path.Combine(AppContext.BaseDirectory, "data", "plans", "deu-2025-06.csv");
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(plan));
        content.Headers.ContentType = new("text/csv");

        using var response = await _client.PostAsync("/api/v1/plans/check?growth=2.5,DEU=3.1&format=csv", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CliTwin.Run(["check", plan, "--growth", "2.5", "--growth", "DEU=3.1", "--format", "csv"]).Output, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APlanThatIsNotUtf8IsAPlanProblemWithItsReason()
    {
        using var content = new ByteArrayContent([.. "# ally: DEU\n# title: Bundeshaushalt f"u8, 0xFC, .. "r 2026\nyear,core_share\n2026,2.9\n"u8]);
        content.Headers.ContentType = new("text/csv");

        using var response = await _client.PostAsync("/api/v1/plans/check", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["plan.csv:2: the plan file is not UTF-8 text: the byte 0xFC in column 26 is not valid UTF-8; save the file as UTF-8."], problem["problems"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task TheTemplateDocumentsTheJsonPlanItWrites()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        var content = document["paths"]!["/api/v1/plans/template"]!["get"]!["responses"]!["200"]!["content"]!;
        Assert.Equal("string", content["text/csv"]!["schema"]!["type"]!.GetValue<string>());
        var year = content["application/json"]!["schema"]!["properties"]!["years"]!["items"]!["properties"]!.AsObject();
        Assert.Equal(NatoSpend.Data.Plans.PlanReader.Columns, year.Select(p => p.Key));
        Assert.Equal("integer", year["year"]!["type"]!.GetValue<string>());
        Assert.Equal("number", year["core_share"]!["type"]!.GetValue<string>());
    }

}
