using System.Globalization;
using NatoSpend.Data.Editions;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Inputs;

namespace NatoSpend.Reporting.Editions;

/// <summary><c>natospend editions</c> and <c>GET /api/v1/editions</c>: the datasets that ship, with their provenance; <c>GET /api/v1/editions/{id}</c>: one with its years and metrics.</summary>
public static class EditionsVerb
{
    /// <summary>The datasets as a table and an answer.</summary>
    /// <param name="Table">One row per dataset with its provenance, for CSV and spreadsheets.</param>
    /// <param name="Answer">The typed answer.</param>
    public sealed record Result(ReportTable Table, CatalogAnswer Answer);

    private static readonly string[] TableColumns = ["id", "title", "publisher", "published", "cutoff", "definition", "prices", "url", "terms", "coverage"];

    /// <summary>Every dataset's provenance and the default edition.</summary>
    public static Result List(DataSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var catalog = sources.Catalog;
        var editions = catalog.Entries.Select(e => EditionAnswer.Of(e.Edition)).ToArray();
        var table = new ReportTable(
            [.. TableColumns.Select(k => new ReportColumn(k, k, null, Provenance.Label))],
            [.. editions.Select(e => (IReadOnlyList<object?>)[e.Id, e.Title, e.Publisher, e.Published, e.Cutoff, e.Definition, e.Prices, e.Url, e.Terms, e.Coverage])],
            []);
        return new Result(table, new CatalogAnswer(catalog.Newest.Id, editions));
    }

    /// <summary>One dataset's provenance with the years it covers, the years it marks as estimates and the metrics it publishes.</summary>
    /// <exception cref="InputException">No dataset has the id (not found), or it is an outlook, which has no figures of its own to list (unanswerable).</exception>
    public static EditionDetailAnswer One(string id, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var catalog = sources.Catalog;
        var entry = Input.Read(() => catalog.Find(id), InputProblem.NotFound);
        if (entry.Kind == EditionKind.Weo)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"'{entry.Edition.Id}' is an IMF outlook, not defence-spending data, so it has no years of figures to list; give it as {face.Name("outlook")} to the projections, or ask for one of {string.Join(", ", catalog.Entries.Where(e => e.Kind != EditionKind.Weo).Select(e => e.Edition.Id))}."),
                InputProblem.Unanswerable);
        }
        return EditionDetailAnswer.Of(entry, catalog.Load(entry.Edition.Id), entry.Edition.Id == catalog.Newest.Id);
    }
}
