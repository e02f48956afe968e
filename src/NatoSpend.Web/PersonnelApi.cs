using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Capability;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/personnel</c>: what a service member costs, and what adding many would cost against a path's extra money (the same as <c>natospend personnel</c>).</summary>
public static class PersonnelApi
{
    // This endpoint's deadline parameter is 'by', as the CLI's option is.
    private static readonly Face ByIsTheDeadline = Face.Api with { Inputs = new Dictionary<string, string>(StringComparer.Ordinal) { ["deadline"] = "by" } };

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/personnel", Get)
            .WithTags("Personnel")
            .WithName("GetPersonnel")
            .WithSummary("Without add: one ally's personnel economics from NATO's tables. With add: the yearly cost of that many more service members on a ramp, in money, in pp of GDP and as a share of the path's extra spending, for one ally or spread over allies by a key (the same as natospend personnel).")
            .ProducesOneOf<PersonnelEconomicsAnswer, PersonnelAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static DataResult Get(
        DataSources sources,
        [Description("The ally's ISO3 code, such as DEU (or allies with add to spread a need).")] string? ally,
        [Description("Spread an alliance-level need (add) over these allies: ISO3 codes or all, europe-canada, europe, eu.")] string? allies,
        [Description("Service members to add by the deadline, such as 60000 (without it: the ally's personnel economics).")] string? add,
        [Description("How they arrive: linear (default) or immediate.")] string? ramp,
        [Description("How allies spreads the need: population (default), gdp or personnel.")] string? key,
        [Description("The deadline year (default: the rule set's).")] string? by,
        [Description("The path shape the cost is set against: " + ParameterText.Shapes + " (default: the rule set's).")] string? shape,
        [Description(ParameterText.Rules)] string? rules,
        [Description("The target share of GDP in percent (default: the rule set's).")] string? target,
        [Description("The base year (default: the edition's latest year).")][FromQuery(Name = "from_year")] string? fromYear,
        [Description("The IMF WEO vintage projections stand on: weo-2026-04 (default, the newest), weo-2025-10, weo-2025-04 or weo-2024-10.")][FromQuery(Name = "outlook")] string? outlook,
        [Description("How exchange rates move after the base year: outlook (default: the outlook's NGDP/NGDPD, then relative GDP deflators against the US) or hold (NATO's base-year rate held).")][FromQuery(Name = "exchange_rates")] string? exchangeRates,
        [Description("The NATO edition, such as 2026 (default: the newest).")] string? edition,
        [Description("json (default) or csv")] string? format,
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 or DEU=3.1; repeatable.")][FromQuery] string[]? growth = null)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var input = new PathInput(edition, rules, target, shape, fromYear, by, Growth: growth, Outlook: outlook, ExchangeRates: exchangeRates);
        var result = PersonnelVerb.Run(new PersonnelVerb.Request(ally, allies, add, ramp, key, null, input), sources, ByIsTheDeadline);
        return DataResult.Of(outputFormat, () => result.Answer, () => result.Table, result.FileName);
    }
}
