using System.ComponentModel;
using System.Text.Json.Nodes;
using NatoSpend.Data.Editions;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/allies</c>: the registry of allies, and one ally's whole series in an edition.</summary>
public static class AlliesApi
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/allies").WithTags("Allies");
        group.MapGet("/", List)
            .WithName("ListAllies")
            .WithSummary("The 32 allies: ISO3 code, name, year joined, reporting currency, EU and NATO Europe membership, and why an ally has no figures (Iceland).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/csv"])
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{code}/series", Series)
            .WithName("GetAllySeries")
            .WithSummary("One ally's whole series in an edition, every metric, one row per year (the same as natospend ally CODE --format json).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/csv"])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static DataResult List([Description("json (default) or csv")] string? format)
    {
        var table = AllyTable.Build();
        return DataResult.Of(DataResult.ParseFormat(format), () => new JsonObject
        {
            ["allies"] = ReportJson.Rows(table),
            ["groups"] = new JsonArray([.. AllyRegistry.GroupNames.Select(g => (JsonNode)g)]),
            ["columns"] = ReportJson.Columns(table),
            ["notes"] = ReportJson.Notes(table),
        }, () => table, "natospend-allies");
    }

    private static DataResult Series(
        DataCatalog catalog,
        [Description("The ally's ISO3 code, such as DEU.")] string code,
        [Description("The NATO edition, such as 2026 (default: the newest).")] string? edition,
        [Description("json (default) or csv")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var ally = ApiInput.Read(() => UserInput.Ally(code), StatusCodes.Status404NotFound);
        var data = ApiInput.Read(() => catalog.LoadNato(edition));
        var table = ApiInput.Read(() => AllySeriesTable.Build(data, ally), StatusCodes.Status404NotFound);
        return DataResult.Of(outputFormat, () => AllySeriesJson.Build(data, ally, table), () => table,
            $"natospend-{ally.Code.Value.ToLowerInvariant()}-edition-{data.Edition.Id}");
    }
}
