using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Capability;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Capability;

/// <summary>The cost of adding service members against each ally's path as JSON (<c>natospend personnel --add</c>, <c>GET /api/v1/personnel?add=</c>).</summary>
/// <param name="Added">Service members added by the deadline, in all.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Ramp">How they arrive: <c>linear</c> or <c>immediate</c>.</param>
/// <param name="Key">How the need is spread (<c>population</c>, <c>gdp</c>, <c>personnel</c>), or <c>null</c> for one ally.</param>
/// <param name="Rules">The rule set of the paths.</param>
/// <param name="Shape">The paths' shape.</param>
/// <param name="Edition">The NATO edition's id.</param>
/// <param name="UnitCosts">The unit costs used, each with its source.</param>
/// <param name="Rows">Year by year for one ally, one row per ally for a spread, keyed by <paramref name="Columns"/>.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Assumptions">The GDP and exchange-rate assumptions, one line each.</param>
/// <param name="Notes">The notes under the table.</param>
public sealed record PersonnelAnswer(decimal Added, int Deadline, int BaseYear, string Ramp, string? Key, RulesAnswer Rules, string Shape, string Edition,
    IReadOnlyList<UnitCostAnswer> UnitCosts, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows, IReadOnlyList<ColumnAnswer> Columns,
    IReadOnlyList<string> Assumptions, IReadOnlyList<string> Notes);

/// <summary>A unit cost as JSON, with where it comes from.</summary>
/// <param name="Ally">The ally's ISO3 code.</param>
/// <param name="Item">What it costs, such as <c>ServiceMemberPerYear</c>.</param>
/// <param name="Value">The cost, national currency (or, for a brigade's size, service members).</param>
/// <param name="Currency">The currency.</param>
/// <param name="PriceYear">The year of its prices.</param>
/// <param name="Source">Its source.</param>
/// <param name="DerivedFromNato">Whether NatoSpend derived it from the ally's NATO figures rather than reading it from the unit-cost file.</param>
public sealed record UnitCostAnswer(string Ally, string Item, decimal Value, string Currency, int PriceYear, string Source, bool DerivedFromNato)
{
    /// <summary>A unit cost as an answer.</summary>
    public static UnitCostAnswer Of(UnitCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return new UnitCostAnswer(cost.Ally.Value, cost.Item.ToString(), cost.Value, cost.Currency.Code, cost.PriceYear, cost.Source, cost.DerivedFromNato);
    }
}

/// <summary>One ally's personnel economics from NATO's tables as JSON (<c>natospend personnel DEU</c>, <c>GET /api/v1/personnel?ally=DEU</c>).</summary>
/// <param name="Ally">The ally's ISO3 code.</param>
/// <param name="Name">The ally's name.</param>
/// <param name="Currency">The ally's currency.</param>
/// <param name="Edition">The NATO edition's id.</param>
/// <param name="Source">The edition's provenance.</param>
/// <param name="Years">One row per year with personnel figures, keyed by <paramref name="Columns"/>.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Notes">The notes under the table.</param>
public sealed record PersonnelEconomicsAnswer(string Ally, string Name, string Currency, string Edition, EditionAnswer Source,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Years, IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes)
{
    /// <summary>An ally's economics (<see cref="PersonnelTable.Build"/>) as an answer.</summary>
    public static PersonnelEconomicsAnswer Of(EditionData data, Ally ally, ReportTable economics)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        ArgumentNullException.ThrowIfNull(economics);
        return new PersonnelEconomicsAnswer(ally.Code.Value, ally.Name, ally.Currency.Code, data.Edition.Id, EditionAnswer.Of(data.Edition),
            RowAnswer.Of(economics), ColumnAnswer.Of(economics), economics.Notes);
    }
}
