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
        Assert.NotNull(document["paths"]!["/api/v1/status"]);
        Snapshot.Match(text);
    }
}
