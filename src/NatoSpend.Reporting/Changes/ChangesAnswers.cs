using NatoSpend.Reporting.Answers;

namespace NatoSpend.Reporting.Changes;

/// <summary>What changed between two NATO editions, as JSON (<c>natospend changes</c>, <c>GET /api/v1/changes</c>); every figure as published in its edition.</summary>
/// <param name="Older">The older edition, with its provenance.</param>
/// <param name="Newer">The newer edition, with its provenance.</param>
/// <param name="Revisions">The largest revisions: the same ally and year as each edition publishes it, keyed by <paramref name="RevisionColumns"/>.</param>
/// <param name="RevisionColumns">The revisions' columns with units and provenance.</param>
/// <param name="Movers">The largest moves of each ally's latest published share, keyed by <paramref name="MoverColumns"/>.</param>
/// <param name="MoverColumns">The movers' columns with units and provenance.</param>
/// <param name="Counts">Allies at or above each threshold per year, as each edition publishes it, keyed by <paramref name="CountColumns"/>.</param>
/// <param name="CountColumns">The counts' columns with units and provenance.</param>
/// <param name="Notes">What the figures are and where they come from.</param>
public sealed record ChangesAnswer(EditionAnswer Older, EditionAnswer Newer,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Revisions, IReadOnlyList<ColumnAnswer> RevisionColumns,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Movers, IReadOnlyList<ColumnAnswer> MoverColumns,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Counts, IReadOnlyList<ColumnAnswer> CountColumns,
    IReadOnlyList<string> Notes);
