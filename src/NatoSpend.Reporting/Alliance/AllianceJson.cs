using System.Text.Json.Nodes;
using NatoSpend.Domain;
using NatoSpend.Domain.Alliance;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Alliance;

/// <summary>The alliance roll-up as one JSON object, the same for <c>natospend alliance --format json</c> and <c>GET /api/v1/alliance</c>.</summary>
public static class AllianceJson
{
    /// <summary>The roll-up as JSON: rules, shape, years, edition, assumptions, one row a year, labels.</summary>
    /// <param name="view">The roll-up.</param>
    /// <param name="table">Its table (<see cref="AllianceTable.Build"/>).</param>
    /// <param name="rules">The rule set.</param>
    /// <param name="edition">The edition of the base shares.</param>
    /// <param name="assumptions">The GDP projection's assumption lines.</param>
    public static JsonObject Build(AllianceView view, ReportTable table, RuleSet rules, Edition edition, IEnumerable<string> assumptions)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(assumptions);
        return new JsonObject
        {
            ["rules"] = RuleSetJson.Build(rules),
            ["shape"] = PathShapes.Name(view.Shape),
            ["base_year"] = view.BaseYear,
            ["deadline"] = view.Deadline,
            ["edition"] = edition.Id,
            ["definition"] = edition.DefinitionLabel,
            ["prices"] = "million USD, current prices at each year's projected exchange rates, and constant 2021 prices and exchange rates",
            ["provenance"] = "derived by NatoSpend from published base-year shares and projected GDP",
            ["source"] = ReportJson.Edition(edition),
            ["assumptions"] = ReportJson.Lines(assumptions),
            ["years"] = ReportJson.Rows(table),
            ["columns"] = ReportJson.Columns(table),
            ["notes"] = ReportJson.Lines(table.Notes),
        };
    }
}
