using System.Text.Json.Nodes;
using NatoSpend.Domain;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting;

namespace NatoSpend.Reporting.Status;

/// <summary>A status report as one JSON object, the same for <c>natospend status --format json</c> and <c>GET /api/v1/status</c>.</summary>
public static class StatusJson
{
    /// <summary>The report as JSON: edition, year, target, allies, counts, totals, labels.</summary>
    public static JsonObject Build(StatusReport report, ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(table);
        var t = report.Totals;
        return new JsonObject
        {
            ["edition"] = report.Edition.Id,
            ["year"] = report.Year,
            ["target"] = report.Target.Percent,
            ["definition"] = report.Edition.DefinitionLabel,
            ["prices"] = report.Edition.Prices,
            ["source"] = ReportJson.Edition(report.Edition),
            ["allies"] = ReportJson.Rows(table),
            ["not_reported"] = new JsonArray([.. report.NotReported.Select(a => (JsonNode)new JsonObject
            {
                ["ally"] = a.Code.Value,
                ["name"] = a.Name,
                ["reason"] = a.NoDataReason ?? "no figure in this edition for this year",
            })]),
            ["counts"] = new JsonArray([.. report.Counts.Select(c => (JsonNode)new JsonObject
            {
                ["threshold"] = c.Threshold.Percent,
                ["at_or_above"] = c.AtOrAbove,
                ["of"] = c.Of,
                ["rule"] = "share rounded to 2 decimals, as NATO counts",
            })]),
            ["equipment_count"] = report.Equipment is { } e ? new JsonObject
            {
                ["guideline_pct"] = e.GuidelinePct,
                ["at_or_above"] = e.AtOrAbove,
                ["of"] = e.Of,
                ["without_figure"] = new JsonArray([.. e.WithoutFigure.Select(a => (JsonNode)a.Code.Value)]),
                ["rule"] = "equipment share of defence expenditure (NATO Table 8a, published) rounded to 2 decimals, at or above the Wales 2014 guideline; the count is derived",
            } : null,
            ["totals"] = new JsonObject
            {
                ["nato_total_usd_m"] = t.NatoTotalUsd?.Millions,
                ["europe_canada_usd_m"] = t.EuropeCanadaUsd?.Millions,
                ["us_share_of_nato_pct"] = t.UsShareOfNatoPct is { } us ? Math.Round(us, 2) : null,
                ["allies_shown_usd_m"] = t.SelectedSumUsd?.Millions,
                ["allies_shown_shortfall_usd_m"] = t.SelectedShortfallUsd is { } g ? Math.Round(g.Millions, 1) : null,
                ["prices"] = "USD million, current prices and exchange rates; NATO totals published, US share and sums derived",
            },
            ["columns"] = ReportJson.Columns(table),
            ["notes"] = ReportJson.Notes(table),
        };
    }
}
