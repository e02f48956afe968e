using System.ComponentModel;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Status;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/status</c>: where each ally stands in a year of an edition, against a target (the same as <c>natospend status</c>).</summary>
public static class StatusApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/status", Get)
            .WithTags("Status")
            .WithName("GetStatus")
            .WithSummary("Where each ally stands: share of GDP as published, change, spending, per capita, equipment, personnel, the gap to a target in pp and in money; counts at 2%, 3.5% and 5%, and at 20% of defence spending on equipment (Wales); NATO's totals and the US share.")
            .ProducesAnswer<StatusAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static DataResult Get(
        DataSources sources,
        [Description("The NATO edition, such as 2026 (default: the newest).")] string? edition,
        [Description("The year (default: the edition's latest year).")] string? year,
        [Description("The target share of GDP in percent: 2 (default), 3.5, 5 or any number from 0 to 100.")] string? target,
        [Description("ISO3 codes separated by commas (DEU,POL) or a group: all (default), europe-canada, europe, eu.")] string? allies,
        [Description("Sort by share (default), name, gap, change or spending.")] string? sort,
        [Description("true to add Kiel's military aid to Ukraine (EUR, % of GDP) and the share without it; NATO's figures already include the aid, so it is never added on top (the same as natospend status --ukraine).")] string? ukraine,
        [Description("json (default) or csv")] string? format,
        [Description("current (default: current prices and market exchange rates, as published) or ppp (also at GDP-wide purchasing-power parity, international dollars from the IMF WEO's PPPEX; not a military price index).")] string? prices)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var result = StatusVerb.Run(new StatusVerb.Request(edition, year, target, allies, sort, ukraine, prices), sources, Face.Api);
        return DataResult.Of(outputFormat, () => result.Answer, () => result.Table, result.FileName);
    }
}
