namespace NatoSpend.Domain.Fiscal;

/// <summary>An effective interest rate on government debt derived from an outlook for one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="NetInterestPct">Net interest paid, percent of GDP: the primary balance less the overall balance (<c>GGXONLB_NGDP − GGXCNL_NGDP</c>).</param>
/// <param name="NetInterest">Net interest paid, billions of national currency: <see cref="NetInterestPct"/> × <c>NGDP</c> / 100.</param>
/// <param name="LaggedDebt">Gross debt at the end of the year before (<c>GGXWDG</c>), billions of national currency.</param>
/// <param name="RatePct">The effective rate, percent a year: <see cref="NetInterest"/> / <see cref="LaggedDebt"/> × 100.</param>
public sealed record DerivedRate(int Year, decimal NetInterestPct, decimal NetInterest, decimal LaggedDebt, decimal RatePct);

/// <summary>
/// The implicit (effective) interest rate on general-government debt: net interest paid over the previous year's gross debt
/// (data/rates/README.md). No panel of bond yields ships, so this is the rate the outlook itself implies; it is derived, not published.
/// </summary>
public static class EffectiveInterestRate
{
    /// <summary>The rate in <paramref name="year"/>, or <c>null</c> when the outlook lacks a figure it needs or the previous year's debt is not positive.</summary>
    public static DerivedRate? Derive(FiscalSeries series, int year)
    {
        ArgumentNullException.ThrowIfNull(series);
        var now = series.Find(year);
        var before = series.Find(year - 1);
        if (now is not { PrimaryBalancePct: { } primary, BalancePct: { } overall, Gdp: { } gdp } || before?.Debt is not { } debt || debt <= 0m)
        {
            return null;
        }
        var netPct = primary - overall;
        var net = netPct * gdp / 100m;
        return new DerivedRate(year, netPct, net, debt, net / debt * 100m);
    }
}
