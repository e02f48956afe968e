using System.Text.Json.Nodes;
using NatoSpend.Domain;
using NatoSpend.Domain.Plans;

namespace NatoSpend.Reporting.Plans;

/// <summary>The verdict on a plan's announced points and its reconciliations as JSON, the same for the CLI and the API.</summary>
public static class AnnouncedJson
{
    /// <summary>The verdict on the announced points: kind, label, findings, the path with interpolated years marked, and its checks.</summary>
    public static JsonObject Verdict(AnnouncedVerdict verdict, string currency)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return new JsonObject
        {
            ["verdict"] = verdict.KindLabel,
            ["label"] = verdict.Label,
            ["announced_years"] = new JsonArray([.. verdict.AnnouncedYears.Select(y => (JsonNode)JsonValue.Create(y))]),
            ["not_announced"] = new JsonArray([.. verdict.NotAnnounced.Select(y => (JsonNode)JsonValue.Create(y))]),
            ["findings"] = new JsonArray([.. verdict.Findings.Select(f => (JsonNode)JsonValue.Create(f))]),
            ["completeness"] = verdict.Completeness,
            // Interpolated years are the path's, never the plan's figures: each is marked, and its share is in its own member.
            ["path"] = new JsonArray([.. verdict.Path.Select(p => (JsonNode)new JsonObject
            {
                ["year"] = p.Year,
                ["kind"] = p.Interpolated ? "interpolated" : "announced",
                ["share"] = p.Interpolated ? null : decimal.Round(p.Share, 4),
                ["interpolated_share"] = p.Interpolated ? decimal.Round(p.Share, 4) : null,
                ["spending_m"] = p.Spending is { } s ? decimal.Round(s / 1_000_000m, 1) : null,
                ["currency"] = currency,
                ["unit"] = p.Unit,
            })]),
            ["checks"] = new JsonArray([.. verdict.Checks.Select(k => (JsonNode)new JsonObject
            {
                ["name"] = k.Name,
                ["outcome"] = k.OutcomeLabel,
                ["weight"] = k.WeightLabel,
                ["message"] = k.Message,
            })]),
            ["notes"] = new JsonArray(
                "Between two announced points the path is a straight line in the unit of the points; interpolated years are marked and are not the plan's figures.",
                "Nothing is filled before the first point or after the last: those years are 'not announced'.",
                "NatoSpend's tests, not NATO's: NATO does not define a credible, incremental path."),
        };
    }

    /// <summary>The reconciliations: amounts against the shares claimed, and the plan against NATO's published figures.</summary>
    public static JsonArray Reconciliation(IReadOnlyList<PlanReconciliationRow> rows, string currency)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
        {
            ["year"] = r.Year,
            ["kind"] = r.Kind,
            ["plan_share"] = decimal.Round(r.PlanShare, 4),
            [r.Kind == "plan-vs-nato" ? "nato_share" : "amount_as_share"] = decimal.Round(r.OtherShare, 4),
            ["difference_pp"] = decimal.Round(r.DifferencePp, 4),
            ["difference_m"] = r.DifferenceMoney is { } m ? decimal.Round(m / 1_000_000m, 1) : null,
            ["currency"] = currency,
            ["basis"] = r.Basis,
            ["reason"] = r.Reason,
            ["flagged"] = r.Flagged,
            ["message"] = r.Message,
        })]);
    }
}
