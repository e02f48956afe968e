using System.Text.Json.Nodes;
using NatoSpend.Domain;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Plans;

/// <summary>A checked plan as one JSON object, the same for <c>natospend check FILE --format json</c> and <c>POST /api/v1/plans/check</c>.</summary>
public static class PlanCheckJson
{
    /// <summary>The check as JSON: the plan, rules, target, verdict with reasons, each check with its numbers, the smallest fix, the years both ways, assumptions and sources.</summary>
    /// <param name="check">The checked plan.</param>
    /// <param name="checks">Its checks table (<see cref="PlanReport.Checks"/>).</param>
    /// <param name="years">Its years table (<see cref="PlanReport.Years"/>).</param>
    /// <param name="ukraine">The plan's Ukraine column cross-checked against Kiel (<see cref="NatoSpend.Domain.Ukraine.UkraineCrossCheck.Check"/>), empty when the plan gives none.</param>
    public static JsonObject Build(PlanCheck check, ReportTable checks, ReportTable years, IReadOnlyList<NatoSpend.Domain.Ukraine.UkraineYearCheck> ukraine)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(ukraine);
        var plan = check.Plan;
        var json = new JsonObject
        {
            ["ally"] = plan.Ally.Code.Value,
            ["name"] = plan.Ally.Name,
            ["currency"] = plan.Currency.Code,
            ["rules"] = RuleSetJson.Build(check.Rules),
            ["target"] = check.Target.Percent,
            ["basis"] = plan.Basis == PlanBasis.National ? "national" : "nato",
            ["basis_stated"] = plan.BasisStated,
            ["basis_label"] = plan.BasisLabel,
            ["verdict"] = check.Verdict.Label,
            ["summary"] = check.Verdict.Summary,
            ["reasons"] = ReportJson.Lines(check.Verdict.Reasons),
            ["checks"] = new JsonArray([.. check.Checks.Select(k => (JsonNode)new JsonObject
            {
                ["name"] = k.Name,
                ["outcome"] = k.OutcomeLabel,
                ["weight"] = k.WeightLabel,
                ["undecided"] = k.Undecided,
                ["years"] = new JsonArray([.. k.Years.Select(y => (JsonNode)JsonValue.Create(y))]),
                ["numbers"] = new JsonArray([.. k.Numbers.Select(x => (JsonNode)new JsonObject { ["name"] = x.Name, ["value"] = x.Value, ["unit"] = x.Unit })]),
                ["message"] = k.Message,
            })]),
            ["fix"] = check.Fix is { } fix ? new JsonObject
            {
                ["passes"] = fix.Passes,
                ["message"] = fix.Message,
                ["changes"] = new JsonArray([.. fix.Changes.Select(c => (JsonNode)new JsonObject
                {
                    ["year"] = c.Year,
                    ["ledger"] = c.Ledger,
                    ["from_share"] = c.FromPercent,
                    ["to_share"] = c.ToPercent,
                    ["change_pp"] = c.ChangePp,
                    ["change_money_millions"] = c.Money is { } m ? decimal.Round(m.Millions, 1) : null,
                    ["currency"] = plan.Currency.Code,
                    ["message"] = c.Message,
                })]),
            } : null,
            ["years"] = ReportJson.Rows(years),
            ["columns"] = ReportJson.Columns(years),
            ["assumptions"] = ReportJson.Lines(check.Economy.Assumptions),
            ["sources"] = new JsonObject
            {
                ["plan"] = new JsonObject
                {
                    ["title"] = plan.Title,
                    ["published"] = plan.Announced,
                    ["revises"] = plan.Revises,
                    ["url"] = plan.Source?.ToString(),
                    ["basis"] = plan.BasisLabel,
                },
                ["nato"] = check.Economy.PublishedSource,
                ["rules"] = check.Rules.Source,
            },
            ["notes"] = ReportJson.Lines(checks.Notes),
        };
        json["figures"] = Figures(plan);
        json["announced"] = AnnouncedJson.Verdict(AnnouncedPath.Judge(check), plan.Currency.Code);
        json["reconciliation"] = AnnouncedJson.Reconciliation(PlanReconciliation.Build(check), plan.Currency.Code);
        json["ukraine_cross_check"] = new JsonArray([.. ukraine.Select(u => (JsonNode)new JsonObject
        {
            ["year"] = u.Year,
            ["plan_natcur_m"] = u.PlanNationalM,
            ["kiel_natcur_m"] = u.KielNationalM,
            ["kiel_eur_m"] = u.KielEurM,
            ["kiel_complete_year"] = u.CompleteYear,
            ["kiel_months"] = u.KielMonths,
            ["warning"] = u.Warning,
            ["source"] = "Kiel Institute, Ukraine Support Tracker, Release 29 (military allocations); national currency at NATO's implied rates (derived)",
        })]);
        return json;
    }

    /// <summary>Every figure of the plan as its source states it: year, column, value, basis, source, date and grade.</summary>
    public static JsonArray Figures(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new JsonArray([.. plan.Years.SelectMany(y => (y.Figures ?? []).Select(f => (JsonNode)new JsonObject
        {
            ["year"] = y.Year,
            ["column"] = f.Column,
            ["value"] = f.Value,
            ["unit"] = f.Column.EndsWith("_share", StringComparison.Ordinal) ? "% of GDP" : "million " + plan.Currency.Code + ", current prices",
            ["basis"] = f.Basis == PlanBasis.National ? "national" : "nato",
            ["source"] = f.Source?.ToString(),
            ["date"] = f.Date,
            ["grade"] = f.Grade,
        }))]);
    }
}
