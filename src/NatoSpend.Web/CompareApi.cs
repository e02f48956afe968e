using System.ComponentModel;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Compare;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/compare</c>: one year as several editions publish it, NATO beside SIPRI, or projections across IMF outlooks (the same as <c>natospend compare</c>).</summary>
public static class CompareApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/compare", Get)
            .WithTags("Editions")
            .WithName("Compare")
            .WithSummary("One year as published in several NATO editions, with the revision per ally and the change in counts; NATO beside SIPRI, never merged; or how projected GDP and the money a path requires moved between IMF outlooks (the same as natospend compare).")
            .ProducesOneOf<EditionsComparisonAnswer, OutlooksComparisonAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static DataResult Get(
        DataSources sources,
        [Description("nato (editions side by side, default), sipri (a NATO edition beside SIPRI) or outlooks (projections across IMF WEO vintages).")] string? source,
        [Description("The year to compare (required for nato and sipri).")] string? year,
        [Description("NATO editions to set side by side, oldest first, such as 2025,2026 (default: every NATO edition that covers the year; with sipri, the NATO edition and the SIPRI release, such as 2025,sipri-2024, the newest of each by default).")] string? editions,
        [Description("Allies: ISO3 codes separated by commas, or all (default), europe-canada, europe, eu; with source=sipri, also any other country SIPRI ships, such as RUS,CHN,UKR (NATO's column stays empty for them).")] string? allies,
        [Description("With source=outlooks: the WEO vintages to set side by side, such as weo-2024-10,weo-2026-04 (default: every shipped outlook, oldest first).")] string? outlooks,
        [Description(ParameterText.Rules)] string? rules,
        [Description("With source=outlooks: the target share of GDP in percent (default: the rule set's).")] string? target,
        [Description(ParameterText.Shape)] string? shape,
        [Description("With source=outlooks: the deadline year (default: the rule set's).")] string? deadline,
        [Description("json (default) or csv")] string? format,
        [Description("With source=nato or sipri: current (default: current prices and market exchange rates, as published) or ppp (also at GDP-wide purchasing-power parity, international dollars from the IMF WEO's PPPEX; not a military price index).")] string? prices)
    {
        var request = new CompareVerb.Request(source, year, editions, allies, outlooks, new PathInput(Rules: rules, Target: target, Shape: shape, Deadline: deadline), prices);
        var result = CompareVerb.Run(request, sources, Face.Api);
        return DataResult.Of(DataResult.ParseFormat(format), () => result.Answer, () => result.Table, result.FileName);
    }
}
