using System.ComponentModel;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Inputs;
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
            .ProducesAnswer<CatalogAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Get)
            .WithName("GetEdition")
            .WithSummary("One dataset's provenance with the years it covers, the years it marks as estimates and the metrics it publishes.")
            .ProducesAnswer<EditionDetailAnswer>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static DataResult List(DataSources sources, [Description("json (default) or csv")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var result = EditionsVerb.List(sources);
        return DataResult.Of(outputFormat, () => result.Answer, () => result.Table, "natospend-editions");
    }

    private static DataResult Get(DataSources sources, [Description("The dataset's id, such as 2026, 2025 or sipri-2024.")] string id) =>
        DataResult.Json(EditionsVerb.One(id, sources, Face.Api));
}
