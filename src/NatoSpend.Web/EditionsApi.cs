using System.ComponentModel;
using System.Text.Json.Nodes;
using NatoSpend.Data.Editions;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/editions</c>: the datasets that ship, with their provenance, and the years each covers.</summary>
public static class EditionsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/editions").WithTags("Editions");
        group.MapGet("/", List)
            .WithName("ListEditions")
            .WithSummary("The datasets that ship: NATO editions (newest first) and SIPRI, with title, publisher, dates, definition, prices, address and terms.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/csv"])
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Get)
            .WithName("GetEdition")
            .WithSummary("One dataset's provenance with the years it covers, the years it marks as estimates and the metrics it publishes.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static DataResult List(DataCatalog catalog, [Description("json (default) or csv")] string? format) =>
        DataResult.Of(DataResult.ParseFormat(format), () => CatalogJson.Build(catalog), () => CatalogJson.Table(catalog), "natospend-editions");

    private static DataResult Get(DataCatalog catalog, [Description("The dataset's id, such as 2026, 2025 or sipri-2024.")] string id)
    {
        var entry = ApiInput.Read(() => catalog.Find(id), StatusCodes.Status404NotFound);
        var data = catalog.Load(entry.Edition.Id);
        var json = ReportJson.Edition(entry.Edition);
        json["kind"] = entry.Kind.ToString().ToLowerInvariant();
        json["is_default"] = entry.Edition.Id == catalog.Newest.Id;
        json["first_year"] = data.FirstYear;
        json["last_year"] = data.LastYear;
        json["years"] = new JsonArray([.. data.Years.Select(y => (JsonNode)y)]);
        json["estimate_years"] = new JsonArray([.. data.EstimateYears.Select(y => (JsonNode)y)]);
        json["metrics"] = new JsonArray([.. data.Metrics.Select(m => (JsonNode)new JsonObject
        {
            ["key"] = MetricInfo.Of(m).FileName,
            ["unit"] = MetricInfo.Of(m).Unit,
            ["table"] = MetricInfo.Of(m).Table,
        })]);
        json["source_line"] = entry.Edition.SourceLine;
        return DataResult.Json(json);
    }
}
