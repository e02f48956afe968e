using System.Globalization;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Inputs;
using static System.FormattableString;

namespace NatoSpend.Reporting.Changes;

/// <summary><c>natospend changes</c> and <c>GET /api/v1/changes</c>: what changed since the last edition, with every figure as published in each edition.</summary>
public static class ChangesVerb
{
    /// <summary>The largest revisions and moves listed by default.</summary>
    public const int DefaultTop = 10;

    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Editions">Two NATO editions separated by a comma, such as <c>2025,2026</c> (default: the two newest).</param>
    /// <param name="Top">How many revisions and movers to list, largest first (default 10).</param>
    public sealed record Request(string? Editions, string? Top);

    /// <summary>The changes.</summary>
    /// <param name="Revisions">The largest revisions (the table CSV writes).</param>
    /// <param name="Movers">The largest moves of the latest published share.</param>
    /// <param name="Counts">The counts at each threshold per year, in each edition.</param>
    /// <param name="Answer">The typed answer.</param>
    /// <param name="Title">A title naming both editions.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    /// <param name="Older">The older edition.</param>
    /// <param name="Newer">The newer edition.</param>
    public sealed record Result(ReportTable Revisions, ReportTable Movers, ReportTable Counts, ChangesAnswer Answer, string Title, string FileName,
        EditionData Older, EditionData Newer)
    {
        /// <summary>The table CSV and spreadsheets write first: the revisions.</summary>
        public ReportTable Table => Revisions;
    }

    /// <summary>Checks the request, loads both editions and shapes the answer.</summary>
    /// <exception cref="InputException">The editions or the number to list are malformed, unknown or the same edition twice.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var top = Top(request.Top, face);
        var (older, newer) = Editions(request.Editions, sources, face);
        var allies = AllyRegistry.All;
        var revisions = ChangesTables.Revisions(older, newer, EditionChanges.Revisions(older, newer, allies).Take(top).ToArray());
        var movers = ChangesTables.Movers(older, newer, EditionChanges.Moves(older, newer, allies).Take(top).ToArray());
        var counts = ChangesTables.Counts(older, newer, EditionChanges.Counts(older, newer, allies, StatusReport.StandardThresholds));
        var notes = ChangesTables.Notes(older, newer);
        var answer = new ChangesAnswer(EditionAnswer.Of(older.Edition), EditionAnswer.Of(newer.Edition),
            RowAnswer.Of(revisions), ColumnAnswer.Of(revisions), RowAnswer.Of(movers), ColumnAnswer.Of(movers), RowAnswer.Of(counts), ColumnAnswer.Of(counts), notes);
        return new Result(revisions with { Notes = notes }, movers, counts, answer,
            Invariant($"What changed from NATO's {older.Edition.Id} edition to its {newer.Edition.Id} edition"),
            Invariant($"natospend-changes-{older.Edition.Id}-{newer.Edition.Id}"), older, newer);
    }

    private static int Top(string? text, Face face)
    {
        if (text is null)
        {
            return DefaultTop;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top is >= 1 and <= 1000
            ? top
            : throw new InputException($"{face.Name("top")} must be a whole number of rows from 1 to 1000, but was '{text}'; use {face.Example("top", "10")}.");
    }

    private static (EditionData Older, EditionData Newer) Editions(string? text, DataSources sources, Face face)
    {
        var catalog = sources.Catalog;
        string[] ids;
        if (text is null)
        {
            var newest = catalog.NatoEditions.Take(2).Select(e => e.Id).ToArray();
            if (newest.Length < 2)
            {
                throw new InputException(Invariant($"The data has {newest.Length} NATO edition, and changes needs two; add an edition to editions.json."), InputProblem.Unanswerable);
            }
            ids = [newest[1], newest[0]];
        }
        else
        {
            ids = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var known = string.Join(", ", catalog.NatoEditions.Select(e => e.Id));
            if (ids.Length != 2)
            {
                throw new InputException($"{face.Name("editions")} must name two NATO editions separated by a comma, such as {face.Example("editions", "2025,2026")}, but was '{text}'; the editions are {known}.");
            }
            if (string.Equals(ids[0], ids[1], StringComparison.OrdinalIgnoreCase))
            {
                throw new InputException($"{face.Name("editions")} names the edition {ids[0]} twice; name two different NATO editions, such as {face.Example("editions", "2025,2026")} (the editions are {known}).");
            }
        }
        var loaded = ids.Select(id => sources.Edition(id, face)).OrderBy(d => d.Edition.Published).ToArray();
        return (loaded[0], loaded[1]);
    }
}
