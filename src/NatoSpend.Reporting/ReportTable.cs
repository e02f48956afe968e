namespace NatoSpend.Reporting;

/// <summary>Where a column's figures come from.</summary>
public enum Provenance
{
    /// <summary>A label: a code, a name, a year, a flag.</summary>
    Label,
    /// <summary>Published by the source as it stands in the shipped file.</summary>
    Published,
    /// <summary>Calculated by NatoSpend from published figures; never presented as published.</summary>
    Derived,
}

/// <summary>One column of a report: its machine key, its heading, its unit and where its figures come from.</summary>
/// <param name="Key">The key in JSON and the header in CSV (snake_case).</param>
/// <param name="Title">The heading in a table.</param>
/// <param name="Unit">The unit of the figures, or <c>null</c> for labels.</param>
/// <param name="Provenance">Published, derived or a label.</param>
/// <param name="Decimals">How many decimals a table shows (CSV and JSON keep full precision of published figures).</param>
/// <param name="Source">Where a published column comes from when it is not the edition the view is built on (Kiel's tracker, another edition); <c>null</c> for that edition.</param>
public sealed record ReportColumn(string Key, string Title, string? Unit, Provenance Provenance, int Decimals = 2, string? Source = null);

/// <summary>A table of figures with its columns described, the one shape every output (table, CSV, JSON, spreadsheet) is made from.</summary>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">The rows; each cell is a <see cref="decimal"/>, <see cref="int"/>, <see cref="string"/>, <see cref="bool"/> or <c>null</c> (absent: never zero).</param>
/// <param name="Notes">Lines to print under the table: source, definitions, derivations.</param>
public sealed record ReportTable(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<string> Notes)
{
    /// <summary>The index of a column by key.</summary>
    /// <exception cref="ArgumentException">No column has the key.</exception>
    public int IndexOf(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                return i;
            }
        }
        throw new ArgumentException($"The report has no column '{key}'.", nameof(key));
    }

    /// <summary>This table with some columns of another appended, matching rows on a key column (absent where the other has no row).</summary>
    /// <param name="other">The table to take columns from.</param>
    /// <param name="key">The key column both tables have, such as <c>ally</c>.</param>
    /// <param name="keys">The columns of <paramref name="other"/> to append.</param>
    /// <param name="notes">Notes to append under the table.</param>
    public ReportTable WithColumnsFrom(ReportTable other, string key, IReadOnlyList<string> keys, IEnumerable<string> notes)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(notes);
        var mine = IndexOf(key);
        var theirs = other.IndexOf(key);
        var picked = keys.Select(other.IndexOf).ToArray();
        var lookup = other.Rows.ToDictionary(r => r[theirs]?.ToString() ?? "", StringComparer.Ordinal);
        var rows = Rows.Select(r =>
        {
            var match = lookup.GetValueOrDefault(r[mine]?.ToString() ?? "");
            return (IReadOnlyList<object?>)[.. r, .. picked.Select(i => match?[i])];
        }).ToArray();
        return new ReportTable([.. Columns, .. picked.Select(i => other.Columns[i])], rows, [.. Notes, .. notes]);
    }
}
