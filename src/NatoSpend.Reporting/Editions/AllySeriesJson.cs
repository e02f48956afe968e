using System.Text.Json.Nodes;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;

namespace NatoSpend.Reporting.Editions;

/// <summary>One ally's series as one JSON object, the same for <c>natospend ally --format json</c> and <c>GET /api/v1/allies/{code}/series</c>.</summary>
public static class AllySeriesJson
{
    /// <summary>The series as JSON: the ally, the edition's provenance, one object per year, the columns and notes.</summary>
    public static JsonObject Build(EditionData data, Ally ally, ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        ArgumentNullException.ThrowIfNull(table);
        return new JsonObject
        {
            ["ally"] = ally.Code.Value,
            ["name"] = ally.Name,
            ["currency"] = ally.Currency.Code,
            ["edition"] = data.Edition.Id,
            ["source"] = ReportJson.Edition(data.Edition),
            ["years"] = ReportJson.Rows(table),
            ["columns"] = ReportJson.Columns(table),
            ["notes"] = ReportJson.Notes(table),
        };
    }
}
