using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Alliance;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/alliance</c>: every ally on one path shape to the deadline, summed year by year (the same as <c>natospend alliance</c>).</summary>
public static class AllianceApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/alliance", Get)
            .WithTags("Alliance")
            .WithName("GetAlliance")
            .WithSummary("All allies on one path shape to the deadline, year by year: total spending (USD current and 2021 prices), Europe and Canada against the United States, the US share, and how many allies meet each threshold (the same as natospend alliance).")
            .ProducesAnswer<AllianceAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static DataResult Get(
        DataSources sources,
        [Description(ParameterText.Shape)] string? shape,
        [Description(ParameterText.Rules)] string? rules,
        [Description("The target share of GDP in percent for every ally (default: the rule set's, with its per-ally targets).")] string? target,
        [Description("The deadline year (default: the rule set's).")] string? deadline,
        [Description("The base year (default: the edition's latest year).")][FromQuery(Name = "from_year")] string? fromYear,
        [Description("The step of a min-step path, pp a year (default: the rule set's, else 0.2).")] string? step,
        [Description("The fraction a front-loaded path closes each year (default: the rule set's, else 0.25).")] string? fraction,
        [Description("The IMF WEO vintage projections stand on: weo-2026-04 (default, the newest), weo-2025-10, weo-2025-04 or weo-2024-10.")][FromQuery(Name = "outlook")] string? outlook,
        [Description("How exchange rates move after the base year: outlook (default: the outlook's NGDP/NGDPD, then relative GDP deflators against the US) or hold (NATO's base-year rate held).")][FromQuery(Name = "exchange_rates")] string? exchangeRates,
        [Description("ISO3 codes separated by commas or a group: all (default), europe-canada, europe, eu.")] string? allies,
        [Description("The NATO edition, such as 2026 (default: the newest).")] string? edition,
        [Description("json (default) or csv")] string? format,
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 or DEU=3.1; repeatable.")][FromQuery] string[]? growth = null)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var input = new PathInput(edition, rules, target, shape, fromYear, deadline, step, fraction, growth, null, outlook, exchangeRates);
        var result = AllianceVerb.Run(new AllianceVerb.Request(allies, input), sources, Face.Api);
        return DataResult.Of(outputFormat, () => result.Answer, () => result.RollUp.Table, result.FileName);
    }
}
