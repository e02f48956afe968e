using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/paths</c>: required paths from the published base share to a target by a deadline (the same as <c>natospend path</c>).</summary>
public static class PathsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/paths", Get)
            .WithTags("Paths")
            .WithName("GetPaths")
            .WithSummary("Required paths from the published base-year share to a target by a deadline, year by year: share, spending (national currency, USD current and 2021 prices), step, real growth and extra spending against holding the share, with the GDP assumptions (the same as natospend path).")
            .ProducesOneOf<PathAnswer, PathsAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static DataResult Get(
        DataSources sources,
        [Description("One ally's ISO3 code, such as DEU (or use allies).")] string? ally,
        [Description("Several allies instead of one: ISO3 codes separated by commas, or all, europe-canada, europe, eu.")] string? allies,
        [Description(ParameterText.Shape)] string? shape,
        [Description(ParameterText.Rules)] string? rules,
        [Description("The target share of GDP in percent for every ally (default: the rule set's core target, with its per-ally targets).")] string? target,
        [Description("The deadline year (default: the rule set's).")] string? deadline,
        [Description("The base year whose published share the path starts from (default: the edition's latest year).")][FromQuery(Name = "from_year")] string? fromYear,
        [Description("The step of a min-step path, pp a year (default: the rule set's, else 0.2).")] string? step,
        [Description("The fraction of the remaining distance a front-loaded path closes each year (default: the rule set's, else 0.25).")] string? fraction,
        [Description("The IMF WEO vintage projections stand on: weo-2026-04 (default, the newest), weo-2025-10, weo-2025-04 or weo-2024-10.")][FromQuery(Name = "outlook")] string? outlook,
        [Description("How exchange rates move after the base year: outlook (default: the outlook's NGDP/NGDPD, then relative GDP deflators against the US) or hold (NATO's base-year rate held).")][FromQuery(Name = "exchange_rates")] string? exchangeRates,
        [Description("The NATO edition, such as 2026 (default: the newest).")] string? edition,
        [Description("json (default) or csv")] string? format,
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 (real plus inflation) or DEU=3.1 for one ally; repeatable.")][FromQuery] string[]? growth = null)
    {
        var input = new PathInput(edition, rules, target, shape, fromYear, deadline, step, fraction, growth, null, outlook, exchangeRates);
        var result = PathVerb.Run(new PathVerb.Request(ally, allies, input), sources, Face.Api);
        return DataResult.Of(DataResult.ParseFormat(format), () => result.Answer, () => result.Report.Table, result.FileName);
    }
}
