using NatoSpend.Domain.Fiscal;

namespace NatoSpend.Reporting.Fiscal;

/// <summary>Lays fiscal room out as tables: the years with and without the path, and the escape clause's cover.</summary>
public static class FiscalTable
{
    /// <summary>The columns of the first table a person reads: the extra spending and the debt it adds.</summary>
    public static IReadOnlyList<string> ExtraKeys { get; } =
        ["year", "basis", "share", "extra_pp", "extra", "rate_pct", "rate_basis", "interest", "added_deficit", "added_deficit_pct_gdp", "extra_debt", "extra_debt_pct_gdp"];

    /// <summary>The columns of the second: the outlook's deficit and debt with and without the path.</summary>
    public static IReadOnlyList<string> OutlookKeys { get; } =
        ["year", "outlook_balance", "balance_with_path", "outlook_balance_pct_gdp", "balance_with_path_pct_gdp", "outlook_debt", "debt_with_path", "outlook_debt_pct_gdp", "debt_with_path_pct_gdp"];

    /// <summary>One row a year.</summary>
    /// <param name="ally">The ally's code.</param>
    /// <param name="currency">The ally's currency.</param>
    /// <param name="extra">The extra spending, with each year's basis (projected, extrapolated, announced, interpolated).</param>
    /// <param name="room">The deficit and debt it adds.</param>
    /// <param name="outlook">The outlook's vintage.</param>
    /// <param name="notes">The lines under the table.</param>
    public static ReportTable Years(string ally, string currency, IReadOnlyList<(ExtraSpending Extra, string Basis)> extra, FiscalRoomPath room, string outlook,
        IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(extra);
        ArgumentNullException.ThrowIfNull(room);
        var m = $"million {currency}, current prices";
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("year", "Year", null, Provenance.Label, 0),
            new("basis", "Basis", "projected or extrapolated (a path), announced or interpolated (a plan)", Provenance.Label),
            new("share", "Share %", "% of GDP (core), on the path or plan", Provenance.Derived),
            new("extra_pp", "Extra pp", "percentage points of GDP above the base-year share", Provenance.Derived),
            new("extra", "Extra (m)", m + ", spending above the share frozen at the base year", Provenance.Derived, 0),
            new("rate_pct", "Rate %", "% a year, interest on the extra debt", Provenance.Derived),
            new("rate_basis", "Rate basis", "derived (the outlook's year), held (the last derived rate, after the outlook) or given", Provenance.Label),
            new("interest", "Interest (m)", m + ", on the extra debt at the end of the year before", Provenance.Derived, 0),
            new("added_deficit", "Added deficit (m)", m + ": extra spending plus interest, debt-financed", Provenance.Derived, 0),
            new("added_deficit_pct_gdp", "Added deficit %", "% of the outlook's GDP", Provenance.Derived),
            new("extra_debt", "Extra debt (m)", m + ", cumulative, interest included", Provenance.Derived, 0),
            new("extra_debt_pct_gdp", "Extra debt %", "% of the outlook's GDP", Provenance.Derived),
            new("outlook_balance", "Balance, outlook (m)", m + ", net lending (+) / borrowing (−), WEO GGXCNL in millions", Provenance.Published, 0, outlook),
            new("balance_with_path", "Balance with path (m)", m + ", the outlook's balance less the added deficit", Provenance.Derived, 0),
            new("outlook_balance_pct_gdp", "Balance, outlook %", "% of GDP, net lending (+) / borrowing (−), WEO GGXCNL_NGDP", Provenance.Published, 2, outlook),
            new("balance_with_path_pct_gdp", "Balance with path %", "% of GDP, the outlook's less the added deficit", Provenance.Derived),
            new("outlook_debt", "Debt, outlook (m)", m + ", general government gross debt, WEO GGXWDG in millions", Provenance.Published, 0, outlook),
            new("debt_with_path", "Debt with path (m)", m + ", the outlook's plus the extra debt", Provenance.Derived, 0),
            new("outlook_debt_pct_gdp", "Debt, outlook %", "% of GDP, WEO GGXWDG_NGDP", Provenance.Published, 1, outlook),
            new("debt_with_path_pct_gdp", "Debt with path %", "% of GDP, the outlook's plus the extra debt", Provenance.Derived, 1),
            new("currency", "Cur.", null, Provenance.Label),
            new("outlook", "Outlook", null, Provenance.Label),
        ];
        var rows = new List<IReadOnlyList<object?>>();
        for (var i = 0; i < room.Years.Count; i++)
        {
            var (x, basis) = extra[i];
            var r = room.Years[i];
            rows.Add(
            [
                ally, r.Year, basis, Math.Round(x.Share, 4), Math.Round(x.ExtraPp, 4), M(r.Extra), Math.Round(r.RatePct, 3), r.Basis.ToString().ToLowerInvariant(),
                M(r.Interest), M(r.AddedDeficit), P(r.AddedDeficitPct), M(r.ExtraDebt), P(r.ExtraDebtPct),
                M(r.OutlookBalance), M(r.BalanceWithPath), r.OutlookBalancePct, P(r.BalanceWithPathPct),
                M(r.OutlookDebt), M(r.DebtWithPath), r.OutlookDebtPct, P(r.DebtWithPathPct),
                currency, outlook,
            ]);
        }
        return new ReportTable(columns, rows, notes);
    }

    /// <summary>The escape clause's cover, one row per covered year.</summary>
    public static ReportTable EscapeClause(string currency, IReadOnlyList<EscapeClauseYear> years, string edition)
    {
        ArgumentNullException.ThrowIfNull(years);
        var m = $"million {currency}, current prices";
        ReportColumn[] columns =
        [
            new("year", "Year", null, Provenance.Label, 0),
            new("basis", "Basis", "published (NATO, to the base year) or path", Provenance.Label),
            new("share", "Share %", $"% of GDP (core; NATO edition {edition} to the base year, the path after it)", Provenance.Derived),
            new("rise_since_2021_pp", "Rise since 2021 pp", "percentage points of GDP above the 2021 share", Provenance.Derived),
            new("flexibility_pp", "Flexibility pp", "pp of GDP the clause allows: the rise since 2021, capped", Provenance.Derived),
            new("extra_pp", "Path's extra pp", "pp of GDP above the base-year share", Provenance.Derived),
            new("covered_pp", "Covered pp", "pp of GDP of the path's extra within the flexibility", Provenance.Derived),
            new("extra", "Extra (m)", m, Provenance.Derived, 0),
            new("covered", "Covered (m)", m, Provenance.Derived, 0),
            new("not_covered", "Not covered (m)", m, Provenance.Derived, 0),
        ];
        IReadOnlyList<object?>[] rows = [.. years.Select(y => (IReadOnlyList<object?>)
        [
            y.Year, y.Basis, Math.Round(y.Share, 4), Math.Round(y.RiseSinceReferencePp, 4), Math.Round(y.FlexibilityPp, 4), Math.Round(y.ExtraPp, 4),
            Math.Round(y.CoveredPp, 4), M(y.Extra), M(y.Covered), M(y.NotCovered),
        ])];
        return new ReportTable(columns, rows, []);
    }

    private static decimal? M(decimal? millions) => millions is { } v ? Math.Round(v, 1) : null;

    private static decimal? P(decimal? percent) => percent is { } v ? Math.Round(v, 3) : null;
}
