using NatoSpend.Domain.Allies;
using NatoSpend.Reporting.Answers;

namespace NatoSpend.Reporting.Allies;

/// <summary>One ally's whole series in an edition, as JSON (<c>natospend ally POL --format json</c>, <c>GET /api/v1/allies/POL/series</c>).</summary>
/// <param name="Ally">The ally's ISO3 code.</param>
/// <param name="Name">The ally's name.</param>
/// <param name="Currency">The ally's currency.</param>
/// <param name="Edition">The NATO edition's id.</param>
/// <param name="Source">The edition's provenance.</param>
/// <param name="Years">One row per year with a figure, keyed by <paramref name="Columns"/>.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Notes">The notes under the table.</param>
public sealed record AllySeriesAnswer(string Ally, string Name, string Currency, string Edition, EditionAnswer Source,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Years, IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes);

/// <summary>The registry of allies, as JSON (<c>GET /api/v1/allies</c>).</summary>
/// <param name="Allies">One row per ally, keyed by <paramref name="Columns"/>.</param>
/// <param name="Groups">The groups accepted wherever allies are named.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Notes">The notes under the table.</param>
public sealed record AlliesAnswer(IReadOnlyList<IReadOnlyDictionary<string, object?>> Allies, IReadOnlyList<string> Groups,
    IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes)
{
    /// <summary>The registry's table as an answer.</summary>
    public static AlliesAnswer Of(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new AlliesAnswer(RowAnswer.Of(table), AllyRegistry.GroupNames, ColumnAnswer.Of(table), table.Notes);
    }
}
