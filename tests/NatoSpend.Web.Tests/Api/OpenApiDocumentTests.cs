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
}
