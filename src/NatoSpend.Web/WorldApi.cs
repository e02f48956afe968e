using System.ComponentModel;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.World;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/world</c>: the world beside the alliance in one year of one SIPRI release (the same as <c>natospend world</c>).</summary>
public static class WorldApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/world", Get)
            .WithTags("Editions")
            .WithName("World")
            .WithSummary("NATO, NATO Europe and Canada, the United States, Russia, China and Ukraine in one year of a SIPRI release: current and constant USD, share of GDP, SIPRI's marks; NATO's rows are sums of what SIPRI publishes, with the count (the same as natospend world).")
            .ProducesAnswer<WorldAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static DataResult Get(
        DataSources sources,
        [Description("The year (default: the release's latest year).")] string? year,
        [Description("The SIPRI release, such as sipri-2025 or sipri-2024 (default: the newest).")] string? release,
        [Description("json (default) or csv")] string? format,
        [Description("current (default: current prices and market exchange rates, as published) or ppp (also at GDP-wide purchasing-power parity, international dollars from the IMF WEO's PPPEX; not a military price index).")] string? prices)
    {
        var result = WorldVerb.Run(new WorldVerb.Request(year, release, prices), sources, Face.Api);
        return DataResult.Of(DataResult.ParseFormat(format), () => result.Answer, () => result.Table, result.FileName);
    }
}
