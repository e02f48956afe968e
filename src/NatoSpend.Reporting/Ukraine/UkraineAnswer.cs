using System.Globalization;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting.Answers;

namespace NatoSpend.Reporting.Ukraine;

/// <summary>Allies' military aid to Ukraine in a year beside their NATO figures, as JSON (<c>natospend ukraine --format json</c>, <c>GET /api/v1/ukraine</c>).</summary>
/// <param name="Year">The year.</param>
/// <param name="Release">Kiel's release.</param>
/// <param name="DataThrough">The last month the release covers, <c>yyyy-MM</c>.</param>
/// <param name="CompleteYear">Whether the release covers the whole year.</param>
/// <param name="Months">How many months of the year the release covers.</param>
/// <param name="MonthsCovered">The months covered, such as <c>Jan-Apr</c>.</param>
/// <param name="PartialYear">The months covered when the year is partial, else <c>null</c>.</param>
/// <param name="PartialYearNote">What a partial year means for the figures, else <c>null</c>.</param>
/// <param name="Edition">The NATO edition's id.</param>
/// <param name="Rule">How Kiel's aid relates to NATO's figures.</param>
/// <param name="Allies">One row per ally, keyed by <paramref name="Columns"/>.</param>
/// <param name="Totals">The sums over the allies shown.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Notes">The notes under the table.</param>
public sealed record UkraineAnswer(int Year, string Release, string DataThrough, bool CompleteYear, int Months, string MonthsCovered, string? PartialYear,
    string? PartialYearNote, string Edition, string Rule, IReadOnlyList<IReadOnlyDictionary<string, object?>> Allies, UkraineTotalsAnswer Totals,
    IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes)
{
    /// <summary>The result as an answer.</summary>
    public static UkraineAnswer Of(UkraineResult result, UkraineLedger ledger, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(edition);
        var t = result.Totals;
        return new UkraineAnswer(t.Year, ledger.Release, ledger.DataThrough.ToString("yyyy-MM", CultureInfo.InvariantCulture), t.Complete, t.Months,
            ledger.MonthsLabel(t.Year), t.Complete ? null : ledger.MonthsLabel(t.Year), ledger.PartialYearNote(t.Year), edition.Id,
            "NATO's figures already include the aid allies report; Kiel's figure is a component and a cross-check, never added on top.",
            RowAnswer.Of(result.Table),
            new UkraineTotalsAnswer(t.AlliesShownEurM, t.EuropeCanadaEurM, t.UnitedStatesEurM, "EUR million, current (nominal), allocations"),
            ColumnAnswer.Of(result.Table), result.Table.Notes);
    }
}

/// <summary>Military aid allocated in the year by the allies shown, EUR million (Kiel, nominal).</summary>
/// <param name="AlliesShownEurM">All allies shown that Kiel tracks.</param>
/// <param name="EuropeCanadaEurM">Those of them in Europe and Canada.</param>
/// <param name="UnitedStatesEurM">The United States, if shown.</param>
/// <param name="Prices">The prices of the sums.</param>
public sealed record UkraineTotalsAnswer(decimal AlliesShownEurM, decimal EuropeCanadaEurM, decimal UnitedStatesEurM, string Prices);
