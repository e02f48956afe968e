using System.Globalization;
using NatoSpend.Domain.Editions;

namespace NatoSpend.Reporting.Answers;

/// <summary>A column as JSON: its key, heading, unit and where its figures come from, so that every figure in an answer is labelled.</summary>
/// <param name="Key">The key of the column's figures in each row.</param>
/// <param name="Title">The heading in a table.</param>
/// <param name="Unit">The unit, or <c>null</c> for labels.</param>
/// <param name="Provenance"><c>label</c>, <c>published</c> or <c>derived</c>.</param>
public sealed record ColumnAnswer(string Key, string Title, string? Unit, string Provenance)
{
    /// <summary>The columns of a table.</summary>
    public static IReadOnlyList<ColumnAnswer> Of(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. table.Columns.Select(c => new ColumnAnswer(c.Key, c.Title, c.Unit, c.Provenance.ToString().ToLowerInvariant()))];
    }
}

/// <summary>A row of a table as JSON: one value per column key (numbers, text, flags or <c>null</c> where a figure is absent).</summary>
public static class RowAnswer
{
    /// <summary>The rows of a table, each keyed by its columns' keys.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Of(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. table.Rows.Select(row =>
        {
            var item = new Dictionary<string, object?>(table.Columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                item[table.Columns[i].Key] = Value(row[i]);
            }
            return (IReadOnlyDictionary<string, object?>)item;
        })];
    }

    /// <summary>A cell as a JSON value: numbers, text and flags as they are, anything else as its invariant text.</summary>
    public static object? Value(object? cell) => cell switch
    {
        null or decimal or double or int or long or bool or string => cell,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}

/// <summary>A NATO edition's provenance as JSON.</summary>
/// <param name="Id">The edition's id, such as <c>2026</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Publisher">Its publisher.</param>
/// <param name="Published">Its publication date, <c>yyyy-MM-dd</c>.</param>
/// <param name="Cutoff">Its data cut-off date, when known.</param>
/// <param name="Definition">The definition its figures follow.</param>
/// <param name="Prices">The prices its figures are in.</param>
/// <param name="Url">Where it is published.</param>
/// <param name="Terms">Its terms of use.</param>
/// <param name="Coverage">What it covers.</param>
public sealed record EditionAnswer(string Id, string Title, string Publisher, string Published, string? Cutoff, string Definition, string Prices,
    string Url, string Terms, string Coverage)
{
    /// <summary>An edition's provenance.</summary>
    public static EditionAnswer Of(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return new EditionAnswer(edition.Id, edition.Title, edition.Publisher, edition.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            edition.CutOff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), edition.DefinitionLabel, edition.Prices, edition.Url.ToString(), edition.Terms, edition.Coverage);
    }
}
