using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using static System.FormattableString;

namespace NatoSpend.Domain.Projections;

/// <summary>One ally's GDP projected from the base year (docs/domain.md §3), with what is needed to price spending.</summary>
/// <remarks>
/// <para>Nominal GDP in national currency starts from NATO's base year, derived as
/// <c>gdp_usd_current × defence_natcur_current / defence_usd_current</c>, and is chained on the outlook's nominal growth
/// (<c>NGDP(y)/NGDP(y−1)</c>) for the years it covers, then on the long-run rate. Real GDP, at base-year prices, starts equal to
/// nominal and is chained on <c>NGDP_R</c> likewise; the deflator is nominal over real (1 in the base year).</para>
/// <para>Money for a share: NATO's Table 3 share is of real GDP, which differs from the nominal ratio for some allies (the
/// Netherlands), so the base year's money is NATO's published spending and a later year's follows from it with the growth of the
/// share and of nominal GDP: <c>D(y) = D(b) × s(y)/s(b) × G(y)/G(b)</c> (<see cref="ShareBasis"/>).</para>
/// <para>USD: for the years the outlook covers, the rate is the outlook's implied rate chained on NATO's base-year implied rate,
/// <c>e(y) = e(b) × e_WEO(y)/e_WEO(b)</c>; after it, relative purchasing power, <c>e(y) = e(y−1) × (P(y)/P(y−1)) / (P_US(y)/P_US(y−1))</c>
/// with GDP deflators. Holding the base rate is an option. So GDP in USD follows the outlook's <c>NGDPD</c> growth while it lasts.</para>
/// <para>USD at 2021 prices, NATO's way: national currency deflated by the ally's GDP deflator and converted at 2021 prices and
/// exchange rates, anchored on NATO's published base-year figure: <c>D(y) × USD2021(b)/D(b) × deflator(b)/deflator(y)</c>.</para>
/// <para>Everything after the base year is derived; nothing is a published figure.</para>
/// </remarks>
public sealed class GdpProjection
{
    private readonly decimal[] _nominal;
    private readonly decimal[] _real;
    private readonly decimal[] _rate;
    private readonly int? _longRunFrom;
    private readonly decimal _usd2021PerNational;

    private GdpProjection(Ally ally, int baseYear, decimal[] nominal, decimal[] real, decimal[] rate, AllyAssumptions assumptions, bool baseEstimate, decimal usd2021PerNational)
    {
        _usd2021PerNational = usd2021PerNational;
        Ally = ally;
        BaseYear = baseYear;
        _nominal = nominal;
        _real = real;
        _rate = rate;
        _longRunFrom = assumptions.LongRunFrom;
        Assumptions = assumptions;
        BaseIsEstimate = baseEstimate;
    }

    /// <summary>The ally.</summary>
    public Ally Ally { get; }

    /// <summary>The base year.</summary>
    public int BaseYear { get; }

    /// <summary>The last projected year.</summary>
    public int LastYear => BaseYear + _nominal.Length - 1;

    /// <summary>The assumptions used, with their numbers.</summary>
    public AllyAssumptions Assumptions { get; }

    /// <summary>Whether NATO marks the base year's figures as an estimate.</summary>
    public bool BaseIsEstimate { get; }

    /// <summary>NATO's published spending in the base year, national currency units, current prices.</summary>
    public decimal BaseSpending => Assumptions.BaseSpending;

    /// <summary>Where a year's figures come from: published (base), the outlook, or extrapolated past it.</summary>
    public ProjectionBasis BasisOf(int year)
    {
        Index(year);
        return year == BaseYear ? ProjectionBasis.Published
            : _longRunFrom is { } from && year >= from ? ProjectionBasis.Extrapolated
            : ProjectionBasis.Outlook;
    }

    /// <summary>National currency per USD in a year (the base year's is NATO's implied rate).</summary>
    public decimal UsdRate(int year) => _rate[Index(year)];

    /// <summary>Nominal GDP in national currency units, current prices (derived).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the projection.</exception>
    public decimal NominalAmount(int year) => _nominal[Index(year)];

    /// <summary>The GDP a published share is measured against, national currency units, current prices (derived): nominal GDP
    /// scaled so that the base year's published share of it is NATO's published spending.</summary>
    /// <remarks>Equal to nominal GDP to within rounding for most allies; about 11% below it for the Netherlands, whose share is of real GDP.</remarks>
    public decimal ShareBasis(int year) => _nominal[Index(year)] * Assumptions.ShareBasisFactor;

    /// <summary>Spending at a share of GDP in a year, national currency units, current prices; the base year's published share gives NATO's published spending.</summary>
    public decimal SpendingAt(decimal sharePct, int year) => sharePct * ShareBasis(year) / 100m;

    /// <summary>Real GDP in national currency units at base-year prices (derived).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the projection.</exception>
    public decimal RealAmount(int year) => _real[Index(year)];

    /// <summary>Nominal GDP in national currency, current prices (derived).</summary>
    public Money Nominal(int year) => Money.Of(NominalAmount(year), Ally.Currency);

    /// <summary>GDP in USD at current prices and the year's exchange rate, on the share's basis (derived).</summary>
    public decimal GdpUsd(int year) => ShareBasis(year) / UsdRate(year);

    /// <summary>The GDP deflator, 1 in the base year.</summary>
    public decimal Deflator(int year) => _nominal[Index(year)] / _real[Index(year)];

    /// <summary>Nominal growth into the year, percent.</summary>
    public decimal NominalGrowthPct(int year) => (NominalAmount(year) / NominalAmount(year - 1) - 1m) * 100m;

    /// <summary>Real growth into the year, percent.</summary>
    public decimal RealGrowthPct(int year) => (RealAmount(year) / RealAmount(year - 1) - 1m) * 100m;

    /// <summary>Converts national-currency units of a year to USD at that year's rate.</summary>
    public decimal ToUsd(decimal national, int year) => national / UsdRate(year);

    /// <summary>Converts national-currency units of a year to USD at 2021 prices and exchange rates (derived).</summary>
    public decimal ToUsd2021(decimal national, int year) => national * _usd2021PerNational * _real[Index(year)] / _nominal[Index(year)];

    /// <summary>Projects one ally's GDP from <paramref name="baseYear"/> to <paramref name="lastYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The base year is outside the edition, or the last year is before it or beyond the last year allowed.</exception>
    /// <exception cref="ArgumentException">The edition or the outlook lacks a figure the projection needs; the message names it.</exception>
    public static GdpProjection Build(EditionData data, Ally ally, MacroOutlook outlook, int baseYear, int lastYear, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        ArgumentNullException.ThrowIfNull(outlook);
        ArgumentNullException.ThrowIfNull(options);
        if (!data.Years.Contains(baseYear))
        {
            throw new ArgumentOutOfRangeException(nameof(baseYear), baseYear,
                Invariant($"The base year {baseYear} is outside edition {data.Edition.Id}'s years {data.FirstYear} to {data.LastYear}; choose a base year in that range."));
        }
        if (lastYear < baseYear || lastYear > Years.Last)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear,
                Invariant($"The last projected year {lastYear} must be from the base year {baseYear} to {Years.Last}; choose a year in that range."));
        }
        var code = ally.Code;
        var baseGdp = data.GdpNational(ally, baseYear) ?? throw Missing(data, ally, baseYear, "GDP in USD or defence spending in national currency and USD");
        var natCurrent = data.Value(code, Metric.DefenceNatcurCurrent, baseYear);
        var usdCurrent = data.Value(code, Metric.DefenceUsdCurrent, baseYear);
        var usd2021 = data.Value(code, Metric.DefenceUsdConst2021, baseYear);
        var share = data.Value(code, Metric.DefenceShareOfGdp, baseYear);
        if (usdCurrent is not > 0m || usd2021 is not > 0m || natCurrent is not > 0m)
        {
            throw Missing(data, ally, baseYear, "defence spending in national currency and in current and constant-2021 USD");
        }
        if (share is not > 0m)
        {
            throw Missing(data, ally, baseYear, "share of GDP");
        }
        var series = outlook.Find(code)
            ?? throw new ArgumentException($"The outlook {outlook.Vintage} has no GDP series for {ally.Name}; a projection needs its NGDP and NGDP_R.", nameof(outlook));

        var count = lastYear - baseYear + 1;
        var nominal = new decimal[count];
        var real = new decimal[count];
        nominal[0] = baseGdp.Amount;
        real[0] = baseGdp.Amount;
        var outlookNominal = new List<YearRate>();
        var outlookReal = new List<YearRate>();

        var lastOutlook = series.LastYear;
        var (longNominal, longReal, source) = LongRun(series, ally, options, outlook.Vintage);
        var nominalFactor = 1m + longNominal / 100m;
        var realFactor = 1m + longReal / 100m;
        int? longRunFrom = null;
        for (var i = 1; i < count; i++)
        {
            var year = baseYear + i;
            if (year <= lastOutlook)
            {
                var n = Ratio(series.Nominal(year), series.Nominal(year - 1), outlook, ally, year, "NGDP");
                var r = Ratio(series.Real(year), series.Real(year - 1), outlook, ally, year, "NGDP_R");
                nominal[i] = nominal[i - 1] * n;
                real[i] = real[i - 1] * r;
                outlookNominal.Add(new YearRate(year, (n - 1m) * 100m));
                outlookReal.Add(new YearRate(year, (r - 1m) * 100m));
            }
            else
            {
                longRunFrom ??= year;
                nominal[i] = nominal[i - 1] * nominalFactor;
                real[i] = real[i - 1] * realFactor;
            }
        }

        var rateOverridden = options.Rates.TryGetValue(ally.Currency, out var userRate);
        if (rateOverridden && userRate <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(options), userRate,
                Invariant($"The exchange rate for {ally.Currency} must be above 0 {ally.Currency} per USD, but was {userRate}."));
        }
        var baseRate = ally.Currency == Currency.Usd ? 1m : rateOverridden ? userRate : data.ImpliedRate(ally, baseYear)!.Value;
        var held = ally.Currency == Currency.Usd || rateOverridden || options.RateRule == ExchangeRateRule.Hold;
        var rates = held
            ? Enumerable.Repeat(baseRate, count).ToArray()
            : Rates(outlook, series, ally, baseYear, baseRate, nominal, real, options);

        var natSpending = natCurrent.Value * 1_000_000m;
        var inflation = (nominalFactor / realFactor - 1m) * 100m;
        var assumptions = new AllyAssumptions(ally, baseYear, lastYear, baseGdp, outlookNominal, outlookReal, longRunFrom,
            longNominal, longReal, inflation, source, baseRate, rateOverridden && ally.Currency != Currency.Usd, usd2021.Value / usdCurrent.Value,
            held ? ExchangeRateRule.Hold : ExchangeRateRule.Outlook, rates[^1], natSpending, natSpending / (share.Value / 100m * baseGdp.Amount));
        var estimate = data.Find(code, Metric.DefenceShareOfGdp, baseYear)?.Estimate ?? false;
        return new GdpProjection(ally, baseYear, nominal, real, rates, assumptions, estimate, usd2021.Value / natCurrent.Value);
    }

    // e(y) = e(b) × e_WEO(y)/e_WEO(b) while the outlook covers the year; then relative purchasing power against the US deflator.
    private static decimal[] Rates(MacroOutlook outlook, MacroSeries series, Ally ally, int baseYear, decimal baseRate, decimal[] nominal, decimal[] real, ProjectionOptions options)
    {
        var rates = new decimal[nominal.Length];
        rates[0] = baseRate;
        var weoBase = WeoRate(series, baseYear, outlook, ally);
        var us = outlook.Find(AllyCode.From("USA"))
            ?? throw new ArgumentException($"The outlook {outlook.Vintage} has no GDP series for the United States; exchange rates after its last year move with the US deflator.", nameof(outlook));
        var usAlly = AllyRegistry.Find(us.Ally)!;
        var (usNominal, usReal, _) = LongRun(us, usAlly, options, outlook.Vintage);
        var usLongRunInflation = (1m + usNominal / 100m) / (1m + usReal / 100m);
        for (var i = 1; i < rates.Length; i++)
        {
            var year = baseYear + i;
            if (year <= series.LastYear)
            {
                rates[i] = baseRate * WeoRate(series, year, outlook, ally) / weoBase;
                continue;
            }
            var allyInflation = nominal[i] / real[i] / (nominal[i - 1] / real[i - 1]);
            var usInflation = year <= us.LastYear
                ? Ratio(us.Nominal(year), us.Real(year), outlook, usAlly, year, "NGDP") / Ratio(us.Nominal(year - 1), us.Real(year - 1), outlook, usAlly, year, "NGDP")
                : usLongRunInflation;
            rates[i] = rates[i - 1] * allyInflation / usInflation;
        }
        return rates;
    }

    private static decimal WeoRate(MacroSeries series, int year, MacroOutlook outlook, Ally ally) =>
        series.Nominal(year) is { } n && series.NominalUsd(year) is { } usd && usd > 0m
            ? n / usd
            : throw new ArgumentException(Invariant($"The outlook {outlook.Vintage} lacks NGDP or NGDPD for {ally.Name} in {year}; its exchange rate is NGDP / NGDPD. Use --exchange-rates hold to hold NATO's base-year rate instead."), nameof(outlook));

    private static (decimal Nominal, decimal Real, GrowthSource Source) LongRun(MacroSeries series, Ally ally, ProjectionOptions options, string vintage)
    {
        var last = series.LastYear;
        var outlookNominal = (Ratio(series.Nominal(last), series.Nominal(last - 1), vintage, ally, last, "NGDP") - 1m) * 100m;
        var outlookReal = (Ratio(series.Real(last), series.Real(last - 1), vintage, ally, last, "NGDP_R") - 1m) * 100m;
        if (options.GrowthFor(ally.Code) is not { } user)
        {
            return (outlookNominal, outlookReal, GrowthSource.OutlookLastYear);
        }
        var source = user.Ally is null ? GrowthSource.UserAllAllies : GrowthSource.UserAlly;
        return (user.Growth.NominalPct, user.Growth.RealPct ?? outlookReal, source);
    }

    private static decimal Ratio(decimal? now, decimal? before, MacroOutlook outlook, Ally ally, int year, string indicator) =>
        Ratio(now, before, outlook.Vintage, ally, year, indicator);

    private static decimal Ratio(decimal? now, decimal? before, string vintage, Ally ally, int year, string indicator) =>
        now is { } n && before is { } b && b > 0m
            ? n / b
            : throw new ArgumentException(Invariant($"The outlook {vintage} lacks {indicator} for {ally.Name} in {year - 1} or {year}; a projection needs both years."), nameof(ally));

    private static ArgumentException Missing(EditionData data, Ally ally, int year, string what) =>
        new(Invariant($"Edition {data.Edition.Id} has no {what} for {ally.Name} in {year}, so its GDP cannot be projected from that year; choose another base year or ally."), nameof(ally));

    private int Index(int year)
    {
        var i = year - BaseYear;
        return (uint)i < (uint)_nominal.Length
            ? i
            : throw new ArgumentOutOfRangeException(nameof(year), year, Invariant($"The projection of {Ally.Name} covers {BaseYear} to {LastYear}, not {year}."));
    }
}
