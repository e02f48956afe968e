using System.ComponentModel;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Inputs;
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
            .ProducesAnswer<AlliesAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{code}/series", Series)
            .WithName("GetAllySeries")
            .WithSummary("One ally's whole series in an edition, every metric, one row per year (the same as natospend ally CODE --format json).")
            .ProducesAnswer<AllySeriesAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static DataResult List([Description("json (default) or csv")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var result = AllyVerb.List();
        return DataResult.Of(outputFormat, () => result.Answer, () => result.Table, "natospend-allies");
    }

    private static DataResult Series(
        DataSources sources,
        [Description("The ally's ISO3 code, such as DEU.")] string code,
        [Description("The NATO edition, such as 2026 (default: the newest).")] string? edition,
        [Description("json (default) or csv")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var result = AllyVerb.Run(new AllyVerb.Request(code, edition), sources, Face.Api);
        return DataResult.Of(outputFormat, () => result.Answer, () => result.Table, result.FileName);
    }
}
