using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Measures;

namespace NatoSpend.Reporting.World;

/// <summary>The world beside the alliance in one year of one SIPRI release, as JSON (<c>natospend world</c>, <c>GET /api/v1/world</c>).</summary>
/// <param name="Year">The year.</param>
/// <param name="Release">The SIPRI release the figures come from (the vintage), with its provenance.</param>
/// <param name="Vintage">The release as its data file states it, such as <c>SIPRI Milex 2025 release (data 1949-2025), file …</c>.</param>
/// <param name="ConstantPricesYear">The base year of the constant-USD figures as the release states it (2024 in the 2025 release), or <c>null</c> when it has none.</param>
/// <param name="Rows">NATO, NATO Europe and Canada, the United States, Russia, China, Ukraine and SIPRI's world total where the release ships one, keyed by <paramref name="Columns"/>.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Notes">The notes under the table: what each group sums, who is missing, SIPRI's marks, the price base, the source.</param>
/// <param name="PriceBasis">The prices the money is at (current or GDP-wide PPP, with its caveat) and the IMF WEO vintage of the derived measures.</param>
public sealed record WorldAnswer(int Year, EditionAnswer Release, string Vintage, int? ConstantPricesYear, IReadOnlyList<WorldRowAnswer> Rows,
    IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes, PricesAnswer PriceBasis);

/// <summary>One row of the world view: a country as SIPRI publishes it, or a group of allies summed by NatoSpend.</summary>
/// <param name="Entity">The country's ISO3 code, <c>NATO_TOTAL</c>, <c>NATO_EUROPE_CANADA</c> or <c>WLD</c> (SIPRI's world total).</param>
/// <param name="Name">SIPRI's name of the country, or the group's name.</param>
/// <param name="Kind"><c>group</c>, <c>country</c> or <c>world_total</c>.</param>
/// <param name="Provenance"><c>published</c> (a country's figures as SIPRI publishes them) or <c>derived</c> (a group's sums, calculated by NatoSpend).</param>
/// <param name="Members">How many countries the row stands for (32 for NATO, 31 for NATO Europe and Canada, 1 for a country).</param>
/// <param name="UsdCurrentM">Million USD, current prices and exchange rates; <c>null</c> where SIPRI publishes no figure.</param>
/// <param name="UsdCurrentFlag">SIPRI's mark: <c>sipri_estimate</c>, <c>highly_uncertain</c>, for a group <c>includes_sipri_estimate</c> or <c>includes_highly_uncertain</c>; empty when unmarked, <c>null</c> when the figure is absent.</param>
/// <param name="UsdCurrentCountries">How many of the members' published figures the current-USD value holds.</param>
/// <param name="UsdConstantM">Million USD at the release's constant prices and exchange rates (<c>constant_prices_year</c>); <c>null</c> where SIPRI publishes no figure.</param>
/// <param name="UsdConstantFlag">SIPRI's mark on the constant-USD figure, as for <paramref name="UsdCurrentFlag"/>.</param>
/// <param name="UsdConstantCountries">How many of the members' published figures the constant-USD value holds.</param>
/// <param name="ShareOfGdp">Percent of GDP (SIPRI's fraction × 100); <c>null</c> for groups, for which SIPRI publishes none.</param>
/// <param name="ShareOfGdpFlag">SIPRI's mark on the share of GDP, as for <paramref name="UsdCurrentFlag"/>.</param>
/// <param name="SpendingPppM">With prices ppp: million international dollars at GDP-wide PPP (derived from the current-USD figure with the IMF WEO's PPPEX; not a military price index); <c>null</c> otherwise or without PPPEX.</param>
/// <param name="PppFactor">With prices ppp: international dollars per USD, <c>(NGDP ÷ NGDPD) ÷ PPPEX</c>; for a group, its PPP sum over its USD sum.</param>
/// <param name="PerCapitaUsd">USD per person, current (derived: ÷ the WEO's population); with prices ppp, <c>null</c>.</param>
/// <param name="PerServiceMemberUsd">USD per service member, current (derived: ÷ military personnel); with prices ppp, <c>null</c>.</param>
/// <param name="PerCapitaPpp">With prices ppp: international dollars per person.</param>
/// <param name="PerServiceMemberPpp">With prices ppp: international dollars per service member.</param>
/// <param name="PersonnelSource">Where the personnel figure comes from (NATO's Table 7, or the World Bank's WDI series to 2016), or <c>null</c> without one.</param>
/// <param name="ShareOfGovExpenditurePct">Percent of general government expenditure (derived with the WEO's GGX and market rate).</param>
/// <param name="GovExpenditurePctGdp">General government expenditure, % of GDP (WEO GGX_NGDP, published); <c>null</c> for groups.</param>
/// <param name="PppNote">With prices ppp: why the row has no PPP figure, or empty; <c>null</c> otherwise.</param>
public sealed record WorldRowAnswer(string Entity, string Name, string Kind, string Provenance, int Members,
    decimal? UsdCurrentM, string? UsdCurrentFlag, int UsdCurrentCountries,
    decimal? UsdConstantM, string? UsdConstantFlag, int UsdConstantCountries,
    decimal? ShareOfGdp, string? ShareOfGdpFlag,
    decimal? SpendingPppM, decimal? PppFactor, decimal? PerCapitaUsd, decimal? PerServiceMemberUsd, decimal? PerCapitaPpp, decimal? PerServiceMemberPpp,
    string? PersonnelSource, decimal? ShareOfGovExpenditurePct, decimal? GovExpenditurePctGdp, string? PppNote);
