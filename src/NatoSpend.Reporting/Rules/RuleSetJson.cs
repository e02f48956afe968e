using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Domain;
using NatoSpend.Domain.Rules;

namespace NatoSpend.Reporting.Rules;

/// <summary>A rule set as JSON, the same in every CLI command's <c>--format json</c> and every API answer that names its rules.</summary>
public static class RuleSetJson
{
    /// <summary>Every member of the rule set the code acts on: id, title, status, source with its address and adoption date, targets, deadline, floor, review year, minimum step, per-ally targets, equipment guideline and whether contributions to Ukraine count.</summary>
    public static JsonObject Build(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new JsonObject
        {
            ["id"] = rules.Id,
            ["title"] = rules.Title,
            ["status"] = rules.Status switch { RuleStatus.Draft => "draft", RuleStatus.NationalView => "national-view", _ => "adopted" },
            ["source"] = rules.Source,
            ["url"] = rules.Url?.ToString(),
            ["adopted"] = rules.Adopted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["core_target"] = rules.CoreTarget.Percent,
            ["total_target"] = rules.TotalTarget?.Percent,
            ["related_cap"] = rules.RelatedCap?.Percent,
            ["deadline"] = rules.Deadline,
            ["floor_from"] = rules.FloorFrom,
            ["review_year"] = rules.ReviewYear,
            ["min_annual_step_pp"] = rules.MinAnnualStepPp,
            ["ally_targets"] = new JsonObject(rules.AllyTargets.Select(p => KeyValuePair.Create(p.Key.Value, (JsonNode?)JsonValue.Create(p.Value.Percent)))),
            ["equipment_share_pct"] = rules.EquipmentSharePct,
            ["ukraine_contributions_count"] = rules.UkraineContributionsCount,
        };
    }
}
