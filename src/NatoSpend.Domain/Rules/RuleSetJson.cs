using System.Text.Json.Nodes;

namespace NatoSpend.Domain.Rules;

/// <summary>A rule set as JSON, the same in every CLI command's <c>--format json</c> and every API answer that names its rules.</summary>
public static class RuleSetJson
{
    /// <summary>The rule set's id, title, status, source, targets, deadline, review year, minimum step and per-ally targets.</summary>
    public static JsonObject Build(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new JsonObject
        {
            ["id"] = rules.Id,
            ["title"] = rules.Title,
            ["status"] = rules.Status switch { RuleStatus.Draft => "draft", RuleStatus.NationalView => "national-view", _ => "adopted" },
            ["source"] = rules.Source,
            ["core_target"] = rules.CoreTarget.Percent,
            ["total_target"] = rules.TotalTarget?.Percent,
            ["related_cap"] = rules.RelatedCap?.Percent,
            ["deadline"] = rules.Deadline,
            ["review_year"] = rules.ReviewYear,
            ["min_annual_step_pp"] = rules.MinAnnualStepPp,
            ["ally_targets"] = new JsonObject(rules.AllyTargets.Select(p => KeyValuePair.Create(p.Key.Value, (JsonNode?)JsonValue.Create(p.Value.Percent)))),
        };
    }
}
