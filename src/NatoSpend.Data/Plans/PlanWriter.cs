using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NatoSpend.Domain.Plans;
using nietras.SeparatedValues;

namespace NatoSpend.Data.Plans;

/// <summary>Writes a plan definition in the plan file formats that <see cref="PlanReader"/> reads.</summary>
public static partial class PlanWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes CSV: <c># key: value</c> header lines, then the columns the plan uses.</summary>
    public static void WriteCsv(TextWriter writer, PlanDefinition plan)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var (key, value) in HeaderValues(plan))
        {
            writer.WriteLine($"# {key}: {value}");
        }
        foreach (var comment in plan.Comments)
        {
            // A comment that began "word:" would read back as a header key, so it is set off with a dash.
            writer.WriteLine(KeyLike().IsMatch(comment) ? $"# - {comment}" : $"# {comment}");
        }
        var columns = UsedColumns(plan);
        using var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(writer, leaveOpen: true);
        foreach (var row in plan.Years)
        {
            using var line = csv.NewRow();
            foreach (var column in columns)
            {
                line[column].Set(Cell(row, column) ?? "");
            }
        }
    }

    /// <summary>Writes JSON: the header keys and <c>years</c>, with the CSV's column names.</summary>
    public static void WriteJson(TextWriter writer, PlanDefinition plan)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(plan);
        var root = new JsonObject();
        foreach (var (key, value) in HeaderValues(plan))
        {
            root[key] = value;
        }
        if (plan.Comments.Count > 0)
        {
            root["$comment"] = string.Join(" ", plan.Comments);
        }
        var years = new JsonArray();
        foreach (var row in plan.Years)
        {
            var item = new JsonObject();
            foreach (var column in UsedColumns(plan))
            {
                if (Cell(row, column) is { } text)
                {
                    item[column] = column is "note" or "basis" or "source" or "date" or "grade" ? JsonValue.Create(text) : JsonNode.Parse(text);
                }
            }
            years.Add((JsonNode)item); // the JsonNode overload: the generic one needs reflection
        }
        root["years"] = years;
        writer.WriteLine(root.ToJsonString(Indented));
    }

    private static IEnumerable<(string Key, string Value)> HeaderValues(PlanDefinition plan)
    {
        if (plan.Ally is { } ally)
        {
            yield return ("ally", ally);
        }
        if (plan.Title is { } title)
        {
            yield return ("title", title);
        }
        if ((plan.Announced ?? plan.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) is { } published)
        {
            yield return ("published", published);
        }
        if (plan.Source is { } source)
        {
            yield return ("source", source.ToString());
        }
        if (plan.Basis is { } basis)
        {
            yield return ("basis", basis == PlanBasis.National ? "national" : "nato");
        }
        if (plan.Currency is { } currency)
        {
            yield return ("currency", currency);
        }
        if (plan.Revises is { } revises)
        {
            yield return ("revises", revises);
        }
    }

    private static string[] UsedColumns(PlanDefinition plan) =>
        [.. PlanReader.Columns.Where(c => c is "year" or "core_share" || plan.Years.Any(r => Cell(r, c) is not null))];

    private static string? Cell(PlanRowDefinition row, string column) => column switch
    {
        "year" => row.Year?.ToString(CultureInfo.InvariantCulture),
        "core_share" => Number(row.CoreShare),
        "core_spending" => Number(row.CoreSpending),
        "related_share" => Number(row.RelatedShare),
        "related_spending" => Number(row.RelatedSpending),
        "total_share" => Number(row.TotalShare),
        "ukraine" => Number(row.Ukraine),
        "equipment_share" => Number(row.EquipmentShare),
        "basis" => row.Basis is { } b ? (b == PlanBasis.National ? "national" : "nato") : null,
        "source" => row.Source?.ToString(),
        "date" => row.Date,
        "grade" => row.Grade,
        "note" => row.Note,
        _ => null,
    };

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*[A-Za-z_]+\s*:")]
    private static partial Regex KeyLike();
}
