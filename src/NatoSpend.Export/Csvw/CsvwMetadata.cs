using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NatoSpend.Export.Citations;
using NatoSpend.Reporting;

namespace NatoSpend.Export.Csvw;

/// <summary>
/// The W3C CSV on the Web metadata (<see href="https://www.w3.org/TR/tabular-metadata/"/>) written beside a CSV file:
/// the table's title, sources and notes, and for every column its name, titles, datatype, unit, source and provenance.
/// </summary>
/// <remarks>
/// Only vocabularies that the CSVW context already defines are used, so that a CSVW validator accepts the file as it is:
/// <c>dc:</c> (Dublin Core terms: title, description, source, provenance), <c>schema:</c> (schema.org: <c>unitText</c>),
/// <c>prov:</c> (W3C PROV: <c>wasGeneratedBy</c>) and <c>rdfs:</c> (<c>comment</c>). A column's <c>dc:provenance</c> is
/// <c>published</c>, <c>derived</c> or <c>label</c>.
/// </remarks>
public static class CsvwMetadata
{
    /// <summary>What is added to the CSV file's name: <c>x.csv</c> has its metadata in <c>x.csv-metadata.json</c>, where CSVW processors look for it.</summary>
    public const string Suffix = "-metadata.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The metadata of a table written as CSV (by <c>ReportCsv</c>: a header of column keys, then the rows).</summary>
    /// <param name="table">The table the CSV holds.</param>
    /// <param name="csvName">The CSV file's name (no folder), which the metadata's <c>url</c> points to.</param>
    /// <param name="sources">What the table is and where it comes from.</param>
    public static JsonObject Build(ReportTable table, string csvName, ExportSources sources)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(csvName);
        ArgumentNullException.ThrowIfNull(sources);
        var edition = sources.Edition is { } e ? Citation.Published(e, [.. table.Columns.Where(c => c.Provenance == Provenance.Published && c.Source is null)]) : null;
        string[] published = [.. new[] { edition }.OfType<string>(), .. sources.OtherSources];
        var metadata = new JsonObject
        {
            ["@context"] = new JsonArray("http://www.w3.org/ns/csvw", new JsonObject { ["@language"] = "en" }),
            ["url"] = csvName,
            ["dc:title"] = sources.Title,
            ["dc:source"] = Strings(published),
            ["prov:wasGeneratedBy"] = $"{ExportSources.Tool}: {sources.Command}",
        };
        if (table.Notes.Count > 0)
        {
            metadata["dc:description"] = Strings(table.Notes);
        }
        if (sources.Assumptions.Count > 0)
        {
            metadata["rdfs:comment"] = Strings(sources.Assumptions);
        }
        metadata["dialect"] = new JsonObject { ["header"] = true, ["delimiter"] = ",", ["doubleQuote"] = true, ["encoding"] = "utf-8" };
        metadata["tableSchema"] = new JsonObject
        {
            ["columns"] = new JsonArray([.. table.Columns.Select((c, i) => (JsonNode)Column(c, Datatype(table, i), published, sources))]),
        };
        return metadata;
    }

    /// <summary>The metadata as indented JSON with a final newline.</summary>
    public static string ToText(JsonObject metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.ToJsonString(Indented) + "\n";
    }

    private static JsonObject Column(ReportColumn column, string datatype, string[] published, ExportSources sources)
    {
        // A published column cites its own table of the edition (Table 3 for the share), or its own source (Kiel, another edition).
        var own = column.Source ?? (sources.Edition is { } e ? Citation.Published(e, [column]) : string.Join(" ", published));
        var (provenance, source, says) = column.Provenance switch
        {
            Provenance.Published => ("published", own, "published by the source"),
            Provenance.Derived => ("derived",
                $"Calculated by {ExportSources.Tool} from the published figures in the table's dc:source, not published by any source; made with: {sources.Command}",
                "derived: calculated by NatoSpend, not published by the source"),
            _ => ("label", null, "a label"),
        };
        // The CSV's header is the column keys, so the key is a title too: CSVW matches titles against the header.
        var titles = column.Title == column.Key ? new JsonArray(column.Key) : new JsonArray(column.Key, column.Title);
        var json = new JsonObject
        {
            ["name"] = column.Key,
            ["titles"] = titles,
            ["datatype"] = datatype,
            ["dc:description"] = column.Unit is { } unit ? $"{column.Title}, {unit}; {says}." : $"{column.Title}; {says}.",
        };
        if (column.Unit is { } u)
        {
            json["schema:unitText"] = u;
        }
        if (source is not null)
        {
            json["dc:source"] = source;
        }
        json["dc:provenance"] = provenance;
        return json;
    }

    // The CSVW datatype of what ReportCsv writes for the column's cells: whole numbers, decimals (never an exponent),
    // doubles (which may have one), true/false, else text; an empty cell is absent (CSVW's default null).
    private static string Datatype(ReportTable table, int index)
    {
        var kinds = table.Rows.Select(r => r[index]).OfType<object>().Select(v => v switch
        {
            int or long or short or byte or uint or ulong or ushort or sbyte => "integer",
            decimal => "decimal",
            double or float => "double",
            bool => "boolean",
            _ => "string",
        }).Distinct().ToArray();
        return kinds switch
        {
            [] => table.Columns[index].Provenance == Provenance.Label ? "string" : "decimal",
            [var one] => one,
            _ when kinds.All(k => k is "integer" or "decimal") => "decimal",
            _ when kinds.All(k => k is "integer" or "decimal" or "double") => "double",
            _ => "string",
        };
    }

    private static JsonArray Strings(IEnumerable<string> lines) => new([.. lines.Select(l => (JsonNode)l)]);
}
