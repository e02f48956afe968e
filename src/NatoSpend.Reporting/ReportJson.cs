using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting.Editions;

namespace NatoSpend.Reporting;

/// <summary>Shapes a <see cref="ReportTable"/> and an edition's provenance as JSON, the same for the CLI's <c>--format json</c> and the REST API.</summary>
public static class ReportJson
{
    /// <summary>The rows as a JSON array of objects keyed by column.</summary>
    public static JsonArray Rows(ReportTable report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var array = new JsonArray();
        foreach (var row in report.Rows)
        {
            var item = new JsonObject();
            for (var i = 0; i < report.Columns.Count; i++)
            {
                item[report.Columns[i].Key] = Cell(row[i]);
            }
            array.Add(item);
        }
        return array;
    }

    /// <summary>The columns with units and provenance, so that every figure in JSON is labelled.</summary>
    public static JsonArray Columns(ReportTable report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonArray([.. report.Columns.Select(c => (JsonNode)new JsonObject
        {
            ["key"] = c.Key,
            ["title"] = c.Title,
            ["unit"] = c.Unit,
            ["provenance"] = c.Provenance.ToString().ToLowerInvariant(),
        })]);
    }

    /// <summary>The notes under a table as a JSON array of strings.</summary>
    public static JsonArray Notes(ReportTable report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonArray([.. report.Notes.Select(n => (JsonNode)JsonValue.Create(n))]);
    }

    /// <summary>Lines of text (assumptions, reasons, notes) as a JSON array of strings.</summary>
    public static JsonArray Lines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new JsonArray([.. lines.Select(l => (JsonNode)JsonValue.Create(l))]);
    }

    /// <summary>An edition's provenance as JSON.</summary>
    public static JsonObject Edition(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return new JsonObject
        {
            ["id"] = edition.Id,
            ["title"] = edition.Title,
            ["publisher"] = edition.Publisher,
            ["published"] = edition.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["cutoff"] = edition.CutOff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["definition"] = edition.DefinitionLabel,
            ["prices"] = edition.Prices,
            ["url"] = edition.Url.ToString(),
            ["terms"] = edition.Terms,
            ["coverage"] = edition.Coverage,
        };
    }

    /// <summary>A cell as a JSON value.</summary>
    public static JsonNode? Cell(object? value) => value switch
    {
        null => null,
        decimal d => JsonValue.Create(d),
        double d => JsonValue.Create(d),
        int i => JsonValue.Create(i),
        bool b => JsonValue.Create(b),
        IFormattable f => JsonValue.Create(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value.ToString()),
    };
}
