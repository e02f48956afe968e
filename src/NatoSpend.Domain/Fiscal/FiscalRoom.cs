using static System.FormattableString;

namespace NatoSpend.Domain.Fiscal;

/// <summary>One year of the extra defence spending a path or a plan adds over the base (the share frozen at the base year).</summary>
/// <param name="Year">The year, after the base year.</param>
/// <param name="Share">The core share of GDP on the path or plan, percent.</param>
/// <param name="ExtraPp">The share above the base-year share, percentage points.</param>
/// <param name="Extra">The spending above the base, millions of national currency, current prices.</param>
/// <param name="Interpolated">Whether the year is interpolated between a plan's announced points (never a figure of the plan).</param>
public sealed record ExtraSpending(int Year, decimal Share, decimal ExtraPp, decimal Extra, bool Interpolated);

/// <summary>Where a year's interest rate comes from.</summary>
public enum RateBasis
{
    /// <summary>Derived from the outlook for that year (net interest over the previous year's debt).</summary>
    Derived,

    /// <summary>The last rate derived from the outlook, held for a year the outlook does not cover.</summary>
    Held,

    /// <summary>Given by the user for every year.</summary>
    Given,
}

/// <summary>One year of what a path adds to the deficit and to debt, beside the outlook's own deficit and debt.</summary>
/// <param name="Year">The year.</param>
/// <param name="Extra">The path's extra defence spending, millions of national currency, current prices.</param>
/// <param name="RatePct">The interest rate charged on the extra debt, percent a year.</param>
/// <param name="Basis">Where the rate comes from.</param>
/// <param name="Interest">Interest on the extra debt at the end of the year before, millions of national currency.</param>
/// <param name="AddedDeficit">What the path adds to the deficit: the extra spending plus that interest, millions of national currency.</param>
/// <param name="ExtraDebt">The extra debt at the end of the year: every year's added deficit since the base year, interest included, millions of national currency.</param>
/// <param name="Gdp">The outlook's nominal GDP, millions of national currency, or <c>null</c> after its last year.</param>
/// <param name="OutlookBalance">The outlook's net lending (+) / borrowing (−), millions of national currency, or <c>null</c>.</param>
/// <param name="OutlookBalancePct">The outlook's net lending / borrowing, percent of GDP, or <c>null</c>.</param>
/// <param name="BalanceWithPath">The outlook's balance less the added deficit, millions, or <c>null</c>.</param>
/// <param name="BalanceWithPathPct">The outlook's balance ratio less the added deficit over the outlook's GDP, percent of GDP, or <c>null</c>.</param>
/// <param name="OutlookDebt">The outlook's gross debt, millions of national currency, or <c>null</c>.</param>
/// <param name="OutlookDebtPct">The outlook's gross debt, percent of GDP, or <c>null</c>.</param>
/// <param name="DebtWithPath">The outlook's debt plus the extra debt, millions, or <c>null</c>.</param>
/// <param name="DebtWithPathPct">The outlook's debt ratio plus the extra debt over the outlook's GDP, percent of GDP, or <c>null</c>.</param>
public sealed record FiscalRoomYear(int Year, decimal Extra, decimal RatePct, RateBasis Basis, decimal Interest, decimal AddedDeficit, decimal ExtraDebt,
    decimal? Gdp, decimal? OutlookBalance, decimal? OutlookBalancePct, decimal? BalanceWithPath, decimal? BalanceWithPathPct,
    decimal? OutlookDebt, decimal? OutlookDebtPct, decimal? DebtWithPath, decimal? DebtWithPathPct)
{
    /// <summary>The added deficit as a share of the outlook's GDP, percent, or <c>null</c> after the outlook's last year.</summary>
    public decimal? AddedDeficitPct => Gdp is { } g and > 0m ? AddedDeficit / g * 100m : null;

    /// <summary>The extra debt as a share of the outlook's GDP, percent, or <c>null</c> after the outlook's last year.</summary>
    public decimal? ExtraDebtPct => Gdp is { } g and > 0m ? ExtraDebt / g * 100m : null;
}

/// <summary>The deficit and debt a path adds, year by year, with the rates used.</summary>
/// <param name="Years">One row a year, from the first extra year on.</param>
/// <param name="Rates">The rates derived from the outlook for the years it covers (empty when the rate is given).</param>
/// <param name="GivenRatePct">The rate the user gave, or <c>null</c>.</param>
public sealed record FiscalRoomPath(IReadOnlyList<FiscalRoomYear> Years, IReadOnlyList<DerivedRate> Rates, decimal? GivenRatePct);

/// <summary>
/// What extra defence spending does to the deficit and debt when it is borrowed (docs/domain.md §3, fiscal room): each year the
/// extra spending and the interest on the extra debt so far add to the deficit, and the extra debt grows by both:
/// <c>D(t) = D(t−1) × (1 + r(t)) + X(t)</c>, with <c>D</c> zero in the base year. No growth effect or tax feedback is modelled.
/// </summary>
public static class FiscalRoom
{
    /// <summary>The largest interest rate a user may give, percent a year.</summary>
    public const decimal MaxRatePct = 100m;

    /// <summary>Adds the extra spending, debt-financed, to the outlook's deficit and debt.</summary>
    /// <param name="extra">The extra spending, ascending years with no gaps.</param>
    /// <param name="series">The outlook's general-government accounts for the country.</param>
    /// <param name="givenRatePct">A rate for every year, percent, or <c>null</c> to derive each year's from the outlook (the last derived rate held after it).</param>
    /// <exception cref="ArgumentException">The years are not consecutive, or no rate is given and the outlook lets none be derived.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The given rate is outside 0 to <see cref="MaxRatePct"/>.</exception>
    public static FiscalRoomPath Compute(IReadOnlyList<ExtraSpending> extra, FiscalSeries series, decimal? givenRatePct)
    {
        ArgumentNullException.ThrowIfNull(extra);
        ArgumentNullException.ThrowIfNull(series);
        if (givenRatePct is { } given && given is < 0m or > MaxRatePct)
        {
            throw new ArgumentOutOfRangeException(nameof(givenRatePct), given,
                Invariant($"An interest rate must be from 0 to {MaxRatePct} percent a year, but was {given}; give one such as 3.1."));
        }
        for (var i = 1; i < extra.Count; i++)
        {
            if (extra[i].Year != extra[i - 1].Year + 1)
            {
                throw new ArgumentException(Invariant($"The extra spending must run year by year, but {extra[i - 1].Year} is followed by {extra[i].Year}."), nameof(extra));
            }
        }
        var rows = new List<FiscalRoomYear>(extra.Count);
        var rates = new List<DerivedRate>();
        DerivedRate? last = null;
        var debt = 0m;
        foreach (var x in extra)
        {
            decimal rate;
            RateBasis basis;
            if (givenRatePct is { } r)
            {
                (rate, basis) = (r, RateBasis.Given);
            }
            else if (EffectiveInterestRate.Derive(series, x.Year) is { } derived)
            {
                rates.Add(derived);
                last = derived;
                (rate, basis) = (derived.RatePct, RateBasis.Derived);
            }
            else
            {
                last ??= LatestBefore(series, x.Year) ?? throw new ArgumentException(Invariant(
                    $"The {series.Vintage} lets no interest rate be derived for {series.Ally} up to {x.Year} (it needs GGXONLB_NGDP, GGXCNL_NGDP, NGDP and the previous year's GGXWDG); give a rate."),
                    nameof(series));
                (rate, basis) = (last.RatePct, RateBasis.Held);
            }
            var interest = debt * rate / 100m;
            var added = x.Extra + interest;
            debt += added;
            rows.Add(Row(x.Year, x.Extra, rate, basis, interest, added, debt, series.Find(x.Year)));
        }
        return new FiscalRoomPath(rows, rates, givenRatePct);
    }

    private static DerivedRate? LatestBefore(FiscalSeries series, int year)
    {
        for (var y = year - 1; y > year - 50; y--)
        {
            if (EffectiveInterestRate.Derive(series, y) is { } rate)
            {
                return rate;
            }
        }
        return null;
    }

    private static FiscalRoomYear Row(int year, decimal extra, decimal rate, RateBasis basis, decimal interest, decimal added, decimal debt, FiscalYear? outlook)
    {
        // The outlook is in billions; the path in millions.
        var gdp = outlook?.Gdp * 1000m;
        var balance = outlook?.Balance * 1000m;
        var stock = outlook?.Debt * 1000m;
        var share = gdp is { } g and > 0m ? 100m / g : (decimal?)null;
        return new FiscalRoomYear(year, extra, rate, basis, interest, added, debt, gdp,
            balance, outlook?.BalancePct, balance - added, outlook?.BalancePct - added * share,
            stock, outlook?.DebtPct, stock + debt, outlook?.DebtPct + debt * share);
    }
}
