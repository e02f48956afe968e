using System.ComponentModel;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Ukraine;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/ukraine</c>: allies' military aid to Ukraine (Kiel Institute) beside their NATO figures (the same as <c>natospend ukraine</c>).</summary>
public static class UkraineApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/ukraine", Get)
            .WithTags("Ukraine")
            .WithName("GetUkraineAid")
            .WithSummary("Military aid to Ukraine per ally in a year (Kiel Institute Ukraine Support Tracker), in EUR and national currency, as a share of GDP and of NATO core spending; a component of NATO's figures, never added on top (the same as natospend ukraine).")
            .ProducesAnswer<UkraineAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static DataResult Get(
        DataSources sources,
        [Description("The year, 2022 on (default: the latest complete year in both the tracker and the edition).")] string? year,
        [Description("ISO3 codes separated by commas (DEU,POL) or a group: all (default), europe-canada, europe, eu.")] string? allies,
        [Description("The NATO edition, such as 2026 (default: the newest).")] string? edition,
        [Description("json (default) or csv")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var result = UkraineVerb.Run(new UkraineVerb.Request(year, edition, allies), sources, Face.Api);
        return DataResult.Of(outputFormat, () => result.Answer, () => result.Report.Table, result.FileName);
    }
}
