using System.Text.Json.Nodes;
using NatoSpend.Domain.Reporting;

namespace NatoSpend.Data.Editions;

/// <summary>The datasets of a catalog as JSON, the same for <c>natospend editions --format json</c> and <c>GET /api/v1/editions</c>.</summary>
public static class CatalogJson
{
    /// <summary>The default edition and every dataset's provenance.</summary>
    public static JsonObject Build(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new JsonObject
        {
            ["default"] = catalog.Newest.Id,
            ["editions"] = new JsonArray([.. catalog.Entries.Select(e => (JsonNode)ReportJson.Edition(e.Edition))]),
        };
    }
}
