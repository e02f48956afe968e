using NatoSpend.Reporting.Answers;

namespace NatoSpend.Reporting.Fiscal;

/// <summary>What a path or a plan does to an ally's deficit and debt, as JSON (<c>natospend fiscal DEU</c>, <c>GET /api/v1/fiscal?ally=DEU</c>).</summary>
/// <param name="Ally">The ally's ISO3 code.</param>
/// <param name="Name">The ally's name.</param>
/// <param name="Currency">The currency of every amount.</param>
/// <param name="Spending">What the extra spending comes from: the path or the plan.</param>
/// <param name="BaseYear">The base year: the share frozen there is the base the extra is measured against.</param>
/// <param name="BaseShare">The published base-year share, % of GDP.</param>
/// <param name="LastYear">The last year shown: the deadline, or the plan's last announced year.</param>
/// <param name="Edition">The NATO edition's id.</param>
/// <param name="Outlook">The IMF WEO vintage the deficit, debt, GDP and interest rate come from.</param>
/// <param name="Financing">How the extra spending is financed (an assumption).</param>
/// <param name="InterestRate">The interest rate on the extra debt and where it comes from.</param>
/// <param name="Assumptions">Every assumption, one line each.</param>
/// <param name="Years">One row per year, keyed by <paramref name="Columns"/>.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="EscapeClause">The EU national escape clause: whether it was activated and how much of the extra it covers.</param>
/// <param name="Safe">The ally's SAFE loan allocation, shown as loans and never added to spending.</param>
/// <param name="Notes">The notes under the table, sources last.</param>
public sealed record FiscalAnswer(string Ally, string Name, string Currency, FiscalSpendingAnswer Spending, int BaseYear, decimal BaseShare, int LastYear,
    string Edition, string Outlook, string Financing, InterestRateAnswer InterestRate, IReadOnlyList<string> Assumptions,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Years, IReadOnlyList<ColumnAnswer> Columns, EscapeClauseAnswer EscapeClause, SafeAnswer Safe,
    IReadOnlyList<string> Notes);

/// <summary>Where the extra spending comes from.</summary>
/// <param name="Kind"><c>path</c> (a required path) or <c>plan</c> (a national plan's announced points).</param>
/// <param name="Label">The path or plan in one line.</param>
/// <param name="Shape">The path's shape, or <c>null</c> for a plan.</param>
/// <param name="Rules">The rule set's id.</param>
/// <param name="Target">The path's target, % of GDP, or <c>null</c> for a plan.</param>
/// <param name="Deadline">The path's deadline, or <c>null</c> for a plan.</param>
/// <param name="Plan">The plan's file, or <c>null</c> for a path.</param>
public sealed record FiscalSpendingAnswer(string Kind, string Label, string? Shape, string Rules, decimal? Target, int? Deadline, string? Plan);

/// <summary>The interest rate charged on the extra debt.</summary>
/// <param name="Basis"><c>derived</c> (from the outlook, each year's own, the last held after it) or <c>given</c>.</param>
/// <param name="GivenPct">The rate given, % a year, or <c>null</c>.</param>
/// <param name="Definition">How a derived rate is made.</param>
/// <param name="Derived">The rates derived for the years the outlook covers (empty when given).</param>
public sealed record InterestRateAnswer(string Basis, decimal? GivenPct, string Definition, IReadOnlyList<DerivedRateAnswer> Derived);

/// <summary>One year's derived rate, with the figures it is made from.</summary>
/// <param name="Year">The year.</param>
/// <param name="NetInterestPctGdp">Net interest, % of GDP: GGXONLB_NGDP − GGXCNL_NGDP (derived).</param>
/// <param name="NetInterestM">Net interest, million national currency: that share of NGDP (derived).</param>
/// <param name="LaggedDebtM">Gross debt at the end of the year before, million national currency (GGXWDG, published).</param>
/// <param name="RatePct">The effective rate, % a year (derived).</param>
public sealed record DerivedRateAnswer(int Year, decimal NetInterestPctGdp, decimal NetInterestM, decimal LaggedDebtM, decimal RatePct);

/// <summary>The EU national escape clause for the ally.</summary>
/// <param name="Status"><c>activated</c> or <c>not activated</c>.</param>
/// <param name="ActivatedOn">The date the Council activated it, or <c>null</c>.</param>
/// <param name="FirstYear">The first year it covers, or <c>null</c>.</param>
/// <param name="LastYear">The last year it covers, or <c>null</c>.</param>
/// <param name="MaxFlexibilityPctGdp">Its cap, % of GDP, or <c>null</c>.</param>
/// <param name="ReferenceYear">The year the rise in defence spending is measured from (2021).</param>
/// <param name="ReferenceShare">NATO's core share in that year, % of GDP, or <c>null</c>.</param>
/// <param name="Definition">What the clause covers and how the cover is computed.</param>
/// <param name="Years">One row per covered year, keyed by <paramref name="Columns"/>.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="CoveredM">The path's extra spending within the cover, summed over the covered years, million national currency, or <c>null</c>.</param>
/// <param name="Source">The activation's source, or <c>null</c>.</param>
public sealed record EscapeClauseAnswer(string Status, string? ActivatedOn, int? FirstYear, int? LastYear, decimal? MaxFlexibilityPctGdp, int ReferenceYear,
    decimal? ReferenceShare, string Definition, IReadOnlyList<IReadOnlyDictionary<string, object?>> Years, IReadOnlyList<ColumnAnswer> Columns, decimal? CoveredM,
    string? Source);

/// <summary>The ally's SAFE loan allocation.</summary>
/// <param name="Status"><c>allocated</c> or <c>no allocation</c>.</param>
/// <param name="Amounts">Each quotation of the amount, as its source gives it (loans, never spending).</param>
/// <param name="DecisionDate">The date of the allocation, or <c>null</c>.</param>
/// <param name="AllocationStatus">Its status, such as tentative, or <c>null</c>.</param>
/// <param name="Note">What the figure is and is not.</param>
/// <param name="Source">The source, or <c>null</c>.</param>
public sealed record SafeAnswer(string Status, IReadOnlyList<SafeAmountAnswer> Amounts, string? DecisionDate, string? AllocationStatus, string Note, string? Source);

/// <summary>One quotation of a SAFE allocation.</summary>
/// <param name="Value">The amount, as quoted.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Via">Where it was read.</param>
public sealed record SafeAmountAnswer(decimal Value, string Unit, string Via);
