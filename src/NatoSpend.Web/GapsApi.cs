using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NatoSpend.Domain.Gaps;
using NatoSpend.Domain.Projections;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Gaps;
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
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/csv"])
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
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 or DEU=3.1; repeatable.")] string[]? growth,
        [Description("The IMF WEO vintage projections stand on: weo-2026-04 (default, the newest), weo-2025-10, weo-2025-04 or weo-2024-10.")][FromQuery(Name = "outlook")] string? outlook,
        [Description("How exchange rates move after the base year: outlook (default: the outlook's NGDP/NGDPD, then relative GDP deflators against the US) or hold (NATO's base-year rate held).")][FromQuery(Name = "exchange_rates")] string? exchangeRates,
        [Description("The NATO edition, such as 2026 (default: the newest).")] string? edition,
        [Description("json (default) or csv")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var alliesText = allies ?? "all";
        var picked = ApiInput.Read(() => UserInput.Allies(alliesText));
        var query = PathQuery.Read(sources, edition, rules, target, null, null, deadline, null, null, growth, outlook, exchangeRates);
        var data = query.Data;
        var yearStatus = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? StatusCodes.Status422UnprocessableEntity
            : StatusCodes.Status400BadRequest;
        var y = ApiInput.Read(() => UserInput.Year(year, data), yearStatus);
        var report = ApiInput.Read(() =>
        {
            var projections = ProjectionSet.Build(data, picked, query.Outlook, data.LastYear, query.Deadline, query.Options);
            return (Gaps: GapReport.Build(data, y, query.Targets, picked, GapReport.GroupsFor(alliesText, picked), projections, query.Deadline), Projections: projections);
        }, StatusCodes.Status422UnprocessableEntity);
        var table = GapTable.Build(report.Gaps);
        return DataResult.Of(outputFormat, () => GapJson.Build(report.Gaps, table, query.Rules, query.Deadline, report.Projections.Assumptions.Lines()), () => table,
            FormattableString.Invariant($"natospend-gap-{y}-{query.Deadline}-edition-{data.Edition.Id}"));
    }
}
