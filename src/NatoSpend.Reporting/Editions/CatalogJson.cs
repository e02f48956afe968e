using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Data.Editions;
using NatoSpend.Domain;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting;

namespace NatoSpend.Reporting.Editions;

/// <summary>The datasets of a catalog as JSON and as a table, the same for <c>natospend editions --format json</c> and <c>GET /api/v1/editions</c>.</summary>
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

    private static readonly string[] TableColumns = ["id", "title", "publisher", "published", "cutoff", "definition", "prices", "url", "terms", "coverage"];

    /// <summary>One row per dataset with its provenance, for CSV (<c>natospend editions --format csv</c>, <c>GET /api/v1/editions?format=csv</c>).</summary>
    public static ReportTable Table(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new ReportTable(
            [.. TableColumns.Select(k => new ReportColumn(k, k, null, Provenance.Label))],
            [.. catalog.Entries.Select(e => (IReadOnlyList<object?>)
            [
                e.Edition.Id, e.Edition.Title, e.Edition.Publisher, e.Edition.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.Edition.CutOff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Edition.DefinitionLabel, e.Edition.Prices,
                e.Edition.Url.ToString(), e.Edition.Terms, e.Edition.Coverage,
            ])],
            []);
    }
}
