using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Gaps;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/gaps</c>: the money allies and groups lack to reach a target (the same as <c>natospend gap</c>).</summary>
public static class GapsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/gaps", Get)
            .WithTags("Gaps")
            .WithName("GetGaps")
            .WithSummary("The money each ally and group lacks to reach a target: in a year at that year's GDP, and at the deadline on projected GDP with the share held; national currency, USD and EUR, with the sum of shortfalls and the group's aggregate (the same as natospend gap).")
            .ProducesAnswer<GapAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static DataResult Get(
        DataSources sources,
        [Description("The year of the published shares and GDP (default: the edition's latest year).")] string? year,
        [Description("The target share of GDP in percent for every ally (default: the rule set's core target, with its per-ally targets).")] string? target,
        [Description("ISO3 codes separated by commas (DEU,POL) or a group: all (default), europe-canada, europe, eu.")] string? allies,
        [Description(ParameterText.Rules)] string? rules,
        [Description("The deadline year (default: the rule set's).")] string? deadline,
        [Description("The IMF WEO vintage projections stand on: weo-2026-04 (default, the newest), weo-2025-10, weo-2025-04 or weo-2024-10.")][FromQuery(Name = "outlook")] string? outlook,
        [Description("How exchange rates move after the base year: outlook (default: the outlook's NGDP/NGDPD, then relative GDP deflators against the US) or hold (NATO's base-year rate held).")][FromQuery(Name = "exchange_rates")] string? exchangeRates,
        [Description("The NATO edition, such as 2026 (default: the newest).")] string? edition,
        [Description("json (default) or csv")] string? format,
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 or DEU=3.1; repeatable.")][FromQuery] string[]? growth = null)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var input = new PathInput(edition, rules, target, Deadline: deadline, Growth: growth, Outlook: outlook, ExchangeRates: exchangeRates);
        var result = GapVerb.Run(new GapVerb.Request(year, allies, input), sources, Face.Api);
        return DataResult.Of(outputFormat, () => result.Answer, () => result.Table, result.FileName);
    }
}
