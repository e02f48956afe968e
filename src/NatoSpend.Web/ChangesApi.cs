using System.ComponentModel;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Changes;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/changes</c>: what changed since the last edition (the same as <c>natospend changes</c>).</summary>
public static class ChangesApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/changes", Get)
            .WithTags("Editions")
            .WithName("Changes")
            .WithSummary("What changed between two NATO editions: the largest revisions of the same ally and year, the largest moves of each ally's latest share, and the counts at 2%, 3.5% and 5%, every figure as published in each edition (the same as natospend changes; CSV gives the revisions).")
            .ProducesAnswer<ChangesAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static DataResult Get(
        DataSources sources,
        [Description("The two NATO editions to compare, such as 2025,2026 (default: the two newest).")] string? editions,
        [Description("How many revisions and movers to list, largest first, from 1 to 1000 (default: 10).")] string? top,
        [Description("json (default) or csv (the revisions)")] string? format)
    {
        var result = ChangesVerb.Run(new ChangesVerb.Request(editions, top), sources, Face.Api);
        return DataResult.Of(DataResult.ParseFormat(format), () => result.Answer, () => result.Table, result.FileName);
    }
}
