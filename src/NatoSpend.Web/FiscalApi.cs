using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Fiscal;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/fiscal</c>: what a path or a shipped plan adds to an ally's deficit and debt (the same as <c>natospend fiscal</c>).</summary>
public static class FiscalApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/fiscal", Get)
            .WithTags("Paths")
            .WithName("GetFiscal")
            .WithSummary("What a required path (or a shipped plan) adds to the deficit and debt each year, debt-financed, beside the IMF outlook's deficit (GGXCNL) and debt (GGXWDG), with the effective interest rate derived from the outlook; the EU national escape clause's cover and the SAFE loans allocated (the same as natospend fiscal).")
            .ProducesAnswer<FiscalAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static DataResult Get(
        DataSources sources,
        [Description("The ally's ISO3 code, such as DEU (optional with plan).")] string? ally,
        [Description("A shipped plan instead of a path, such as deu-2025-06 (see /api/v1/plans).")] string? plan,
        [Description("The interest rate on the extra debt, percent a year, for every year, such as 3.1 (default: the effective rate derived from the outlook).")][FromQuery(Name = "interest_rate")] string? interestRate,
        [Description(ParameterText.Shape)] string? shape,
        [Description(ParameterText.Rules)] string? rules,
        [Description("The target share of GDP in percent (default: the rule set's core target).")] string? target,
        [Description("The deadline year (default: the rule set's).")] string? deadline,
        [Description("The base year whose published share the path starts from (default: the edition's latest year).")][FromQuery(Name = "from_year")] string? fromYear,
        [Description("The step of a min-step path, pp a year (default: the rule set's, else 0.2).")] string? step,
        [Description("The fraction of the remaining distance a front-loaded path closes each year (default: the rule set's, else 0.25).")] string? fraction,
        [Description("The IMF WEO vintage for GDP, the deficit, debt and the interest rate: weo-2026-04 (default, the newest), weo-2025-10, weo-2025-04 or weo-2024-10.")] string? outlook,
        [Description("How exchange rates move after the base year: outlook (default) or hold.")][FromQuery(Name = "exchange_rates")] string? exchangeRates,
        [Description("The NATO edition, such as 2026 (default: the newest).")] string? edition,
        [Description("json (default) or csv")] string? format,
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 or DEU=3.1; repeatable.")][FromQuery] string[]? growth = null)
    {
        var input = new PathInput(edition, rules, target, shape, fromYear, deadline, step, fraction, growth, null, outlook, exchangeRates);
        var result = FiscalVerb.Run(new FiscalVerb.Request(ally, input, interestRate, plan), sources, Face.Api);
        return DataResult.Of(DataResult.ParseFormat(format), () => result.Answer, () => result.Table, result.FileName);
    }
}
