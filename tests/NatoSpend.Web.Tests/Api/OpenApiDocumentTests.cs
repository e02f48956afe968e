using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Snapshooter.Xunit;

namespace NatoSpend.Web.Tests.Api;

/// <summary>The OpenAPI document, pinned by a committed snapshot: a change to the API's surface shows up in review.</summary>
public sealed class OpenApiDocumentTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task OpenApiDocumentMatchesTheSnapshot()
    {
        using var client = factory.CreateClient();

        var text = await client.GetStringAsync("/openapi/v1.json");

        var document = JsonNode.Parse(text)!;
        Assert.Equal("NatoSpend API", document["info"]!["title"]!.GetValue<string>());
        foreach (var path in new[] { "/api/v1/status", "/api/v1/paths", "/api/v1/gaps", "/api/v1/alliance", "/api/v1/plans/check", "/api/v1/plans/template", "/api/v1/plans/scorecard", "/api/v1/plans", "/api/v1/rules", "/api/v1/personnel", "/api/v1/ukraine", "/api/v1/simulate" })
        {
            Assert.True(document["paths"]![path] is not null, $"{path} is missing from the OpenAPI document.");
        }
        Assert.NotNull(document["paths"]!["/api/v1/plans/check"]!["post"]!["requestBody"]!["content"]!["text/csv"]);
        Snapshot.Match(text);
    }

    [Fact]
    public async Task EveryOperationDeclaresTheSchemaOfItsAnswer()
    {
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(op => (Name: $"{op.Key.ToUpperInvariant()} {p.Key}", Operation: op.Value!)))
            .ToArray();

        Assert.True(operations.Length >= 17, $"only {operations.Length} operations in the document");
        Assert.All(operations, op =>
        {
            var content = op.Operation["responses"]?["200"]?["content"]?.AsObject();
            Assert.True(content is { Count: > 0 }, $"{op.Name} declares no content for 200.");
            Assert.All(content, media => Assert.True(media.Value?["schema"] is JsonObject { Count: > 0 }, $"{op.Name} has no schema for {media.Key}."));
        });
    }

    [Fact]
    public async Task EveryRulesAndShapeParameterNamesTheShippedRuleSetsAndEveryShape()
    {
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var ruleIds = NatoSpend.Data.Rules.RuleSetReader.ShippedIds(NatoSpend.Data.Files.DataFolder.Open(Path.Combine(AppContext.BaseDirectory, "data")));
        var parameters = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject())
            .SelectMany(op => op.Value!["parameters"]?.AsArray() ?? [])
            .Select(p => (Name: p!["name"]!.GetValue<string>(), Description: p["description"]?.GetValue<string>() ?? ""))
            .ToArray();

        var rules = parameters.Where(p => p.Name == "rules").ToArray();
        var shapes = parameters.Where(p => p.Name == "shape").ToArray();
        Assert.NotEmpty(rules);
        Assert.NotEmpty(shapes);
        Assert.All(rules, p => Assert.All(ruleIds, id => Assert.Contains(id, p.Description, StringComparison.Ordinal)));
        Assert.All(shapes, p => Assert.All(NatoSpend.Domain.Paths.PathShapes.All, s => Assert.Contains(NatoSpend.Domain.Paths.PathShapes.Name(s), p.Description, StringComparison.Ordinal)));
    }
}
