using NatoSpend.Domain.Projections;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Measures;

namespace NatoSpend.Reporting.Compare;

/// <summary>One year as several editions publish it, or NATO beside SIPRI, as JSON (<c>natospend compare --year</c>, <c>GET /api/v1/compare?year=</c>).</summary>
/// <param name="Year">The year compared.</param>
/// <param name="Datasets">The editions set side by side, oldest first, with their provenance.</param>
/// <param name="Allies">One row per ally, keyed by <paramref name="Columns"/>.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Notes">The notes under the table.</param>
/// <param name="PriceBasis">The prices of the money columns: current (the shares alone, as published) or GDP-wide PPP, with its caveat and the IMF WEO vintage.</param>
public sealed record EditionsComparisonAnswer(int Year, IReadOnlyList<EditionAnswer> Datasets, IReadOnlyList<IReadOnlyDictionary<string, object?>> Allies,
    IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes, PricesAnswer PriceBasis);

/// <summary>How projected GDP and the money a path requires moved between IMF outlooks, as JSON (<c>natospend compare --source outlooks</c>).</summary>
/// <param name="Outlooks">The outlooks set side by side, oldest first.</param>
/// <param name="Rules">The rule set's id.</param>
/// <param name="Shape">The path shape.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Edition">The NATO edition the paths start from.</param>
/// <param name="Rows">One row per ally, year and outlook, keyed by <paramref name="Columns"/>.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Notes">The notes under the table.</param>
public sealed record OutlooksComparisonAnswer(IReadOnlyList<OutlookAnswer> Outlooks, string Rules, string Shape, int Deadline, string Edition,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows, IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes);

/// <summary>An IMF outlook's provenance.</summary>
/// <param name="Id">Its id, such as <c>weo-2026-04</c>.</param>
/// <param name="Vintage">Its vintage, such as <c>WEO April 2026</c>.</param>
/// <param name="Source">Its source, with the shipped file.</param>
public sealed record OutlookAnswer(string? Id, string Vintage, string Source)
{
    /// <summary>An outlook's provenance.</summary>
    public static OutlookAnswer Of(MacroOutlook outlook)
    {
        ArgumentNullException.ThrowIfNull(outlook);
        return new OutlookAnswer(outlook.Id, outlook.Vintage, outlook.Source);
    }
}
