using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Domain;
using NatoSpend.Domain.Gaps;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Gaps;

/// <summary>A gap report as one JSON object, the same for <c>natospend gap --format json</c> and <c>GET /api/v1/gaps</c>.</summary>
public static class GapJson
{
    /// <summary>The report as JSON: edition, year, deadline, rules, targets, rates, allies, group totals, assumptions, labels.</summary>
    /// <param name="report">The report, built with a deadline.</param>
    /// <param name="table">The report's table (<see cref="GapTable.Build"/>).</param>
    /// <param name="rules">The rule set the targets came from.</param>
    /// <param name="deadline">The deadline.</param>
    /// <param name="assumptions">The GDP projection's assumption lines.</param>
    public static JsonObject Build(GapReport report, ReportTable table, RuleSet rules, int deadline, IEnumerable<string> assumptions)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(assumptions);
        var y = report.Year;
        var targets = report.Targets;
        return new JsonObject
        {
            ["edition"] = report.Edition.Id,
            ["year"] = y,
            ["deadline"] = deadline,
            ["rules"] = RuleSetJson.Build(rules),
            ["target"] = targets.Default.Percent,
            ["ally_targets"] = new JsonObject(targets.ByAlly.Select(p => KeyValuePair.Create(p.Key.Value, (JsonNode?)JsonValue.Create(p.Value.Percent)))),
            ["definition"] = report.Edition.DefinitionLabel,
            ["prices"] = string.Create(CultureInfo.InvariantCulture, $"{y} columns: current prices of {y}; deadline columns: current prices of {deadline}, on projected GDP"),
            ["provenance"] = "shares and GDP in USD published; money lacking, GDP in national currency and every deadline figure derived by NatoSpend",
            ["exchange_rate"] = Rate(report.Rate),
            ["deadline_exchange_rate"] = report.DeadlineRate is { } dr ? Rate(dr) : null,
            ["source"] = ReportJson.Edition(report.Edition),
            ["allies"] = ReportJson.Rows(table),
            ["not_reported"] = new JsonArray([.. report.NotReported.Select(a => (JsonNode)new JsonObject { ["ally"] = a.Code.Value, ["reason"] = a.NoDataReason ?? "no figure for this year" })]),
            ["totals"] = new JsonArray([.. report.Totals.Select(t => (JsonNode)new JsonObject
            {
                ["group"] = t.Group,
                ["allies"] = t.Allies,
                ["share_pct"] = Math.Round(t.SharePct, 4),
                ["sum_of_shortfalls_usd_m"] = Math.Round(t.SumOfShortfallsUsd.Millions, 1),
                ["aggregate_gap_usd_m"] = Math.Round(t.AggregateGapUsd.Millions, 1),
                ["sum_of_shortfalls_eur_m"] = Math.Round(t.SumOfShortfallsEur.Millions, 1),
                ["aggregate_gap_eur_m"] = Math.Round(t.AggregateGapEur.Millions, 1),
                ["deadline_sum_of_shortfalls_usd_m"] = t.SumAtDeadlineUsd is { } s ? Math.Round(s.Millions, 1) : null,
                ["deadline_aggregate_gap_usd_m"] = t.AggregateAtDeadlineUsd is { } n ? Math.Round(n.Millions, 1) : null,
                ["prices"] = "million USD (and EUR), current prices; aggregate = sum of (target − share) × GDP, allies above offsetting those below",
            })]),
            ["assumptions"] = ReportJson.Lines(assumptions),
            ["columns"] = ReportJson.Columns(table),
            ["notes"] = ReportJson.Lines(table.Notes),
        };
    }

    private static JsonObject Rate(EuroRate rate) => new()
    {
        ["year"] = rate.Year,
        ["eur_per_usd"] = Math.Round(rate.EurPerUsd, 6),
        ["basis"] = rate.Basis,
    };
}
