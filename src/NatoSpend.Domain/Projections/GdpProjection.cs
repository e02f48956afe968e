using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using static System.FormattableString;

namespace NatoSpend.Domain.Projections;

/// <summary>The user's choices for a projection: growth overrides and exchange-rate overrides.</summary>
/// <param name="Growth">Long-run growth overrides, for every ally (no code) or one; a later entry for the same scope wins.</param>
/// <param name="Rates">Exchange-rate overrides in national currency per USD, by currency.</param>
public sealed record ProjectionOptions(IReadOnlyList<GrowthOverride> Growth, IReadOnlyDictionary<Currency, decimal> Rates)
{
    /// <summary>No overrides: WEO growth, then each ally's last WEO year growth; base-year exchange rates held.</summary>
    public static ProjectionOptions Default { get; } = new([], new Dictionary<Currency, decimal>());

    /// <summary>The override for an ally: its own, else the one for all, else <c>null</c>.</summary>
    public GrowthOverride? GrowthFor(AllyCode ally) =>
        Growth.LastOrDefault(g => g.Ally == ally) ?? Growth.LastOrDefault(g => g.Ally is null);
}

/// <summary>Where a long-run growth rate comes from.</summary>
public enum GrowthSource
{
    /// <summary>The outlook's own growth in its last year (the default).</summary>
    OutlookLastYear,

    /// <summary>The user's override for every ally.</summary>
    UserAllAllies,

    /// <summary>The user's override for this ally.</summary>
    UserAlly,
}

/// <summary>A rate of one year, percent.</summary>
/// <param name="Year">The year.</param>
/// <param name="Percent">The rate, percent.</param>
public readonly record struct YearRate(int Year, decimal Percent);

/// <summary>Every assumption behind one ally's projection, with the numbers actually used.</summary>
/// <param name="Ally">The ally.</param>
/// <param name="BaseYear">The base year (the edition's last year unless the user picks another).</param>
/// <param name="LastYear">The last projected year.</param>
/// <param name="BaseGdp">Nominal GDP in national currency in the base year (derived from NATO's implied exchange rate).</param>
/// <param name="OutlookNominalGrowth">The outlook's nominal growth applied to each year it covers.</param>
/// <param name="OutlookRealGrowth">The outlook's real growth applied to each year it covers.</param>
/// <param name="LongRunFrom">The first year on the long-run assumption, or <c>null</c> when the outlook covers every year.</param>
/// <param name="LongRunNominalPct">Long-run nominal growth, percent a year.</param>
/// <param name="LongRunRealPct">Long-run real growth, percent a year.</param>
/// <param name="LongRunInflationPct">Long-run inflation (GDP deflator) implied, percent a year.</param>
/// <param name="LongRunSource">Where the long-run rate comes from.</param>
/// <param name="UsdRate">National currency per USD, held over the projection.</param>
/// <param name="UsdRateOverridden">Whether the user set the exchange rate.</param>
/// <param name="Usd2021Factor">NATO's base-year ratio of defence spending in constant 2021 USD to current USD.</param>
public sealed record AllyAssumptions(
    Ally Ally,
    int BaseYear,
    int LastYear,
    Money BaseGdp,
    IReadOnlyList<YearRate> OutlookNominalGrowth,
    IReadOnlyList<YearRate> OutlookRealGrowth,
    int? LongRunFrom,
    decimal LongRunNominalPct,
    decimal LongRunRealPct,
    decimal LongRunInflationPct,
    GrowthSource LongRunSource,
    decimal UsdRate,
    bool UsdRateOverridden,
    decimal Usd2021Factor)
{
    /// <summary>The assumptions as one line of text.</summary>
    public string Line()
    {
        var weo = OutlookNominalGrowth.Count == 0
            ? "no outlook years"
            : string.Join(", ", OutlookNominalGrowth.Select(r => Invariant($"{r.Year} {r.Percent:0.00}%")));
        var longRun = LongRunFrom is { } from
            ? Invariant($"from {from} {LongRunNominalPct:0.00}% nominal ({LongRunRealPct:0.00}% real, {LongRunInflationPct:0.00}% inflation; {SourceText})")
            : "no long-run years";
        var rate = Ally.Currency == Currency.Usd
            ? "USD"
            : Invariant($"{UsdRate:0.0000} {Ally.Currency} per USD ({(UsdRateOverridden ? "user override" : Invariant($"NATO's implied {BaseYear} rate"))}, held)");
        return Invariant($"{Ally.Code}: base GDP {BaseYear} {BaseGdp} (derived); nominal growth {weo}; {longRun}; rate {rate}; 2021-price factor {Usd2021Factor:0.0000}.");
    }

    private string SourceText => LongRunSource switch
    {
        GrowthSource.UserAlly => "user override for this ally",
        GrowthSource.UserAllAllies => "user override for all allies",
        _ => Invariant($"the outlook's {LongRunFrom - 1} growth"),
    };
}

/// <summary>Every assumption behind a set of projections, general and per ally; printed with every projection.</summary>
/// <param name="Edition">The NATO edition the base comes from.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="LastYear">The last projected year.</param>
/// <param name="Outlook">The macro outlook's vintage.</param>
/// <param name="OutlookLastYear">The outlook's last year with GDP figures.</param>
/// <param name="Statements">The method, one sentence each.</param>
/// <param name="Allies">The per-ally numbers.</param>
public sealed record Assumptions(
    string Edition,
    int BaseYear,
    int LastYear,
    string Outlook,
    int OutlookLastYear,
    IReadOnlyList<string> Statements,
    IReadOnlyList<AllyAssumptions> Allies)
{
    /// <summary>The statements followed by one line per ally.</summary>
    public IEnumerable<string> Lines() => Statements.Concat(Allies.Select(a => a.Line()));
}

/// <summary>One ally's GDP projected from the base year (DOMAIN.md §3), with what is needed to price spending.</summary>
/// <remarks>
/// <para>Nominal GDP in national currency starts from NATO's base year, derived as
/// <c>gdp_usd_current × defence_natcur_current / defence_usd_current</c>, and is chained on the outlook's nominal growth
/// (<c>NGDP(y)/NGDP(y−1)</c>) for the years it covers, then on the long-run rate. Real GDP, at base-year prices, starts equal to
/// nominal and is chained on <c>NGDP_R</c> likewise; the deflator is nominal over real (1 in the base year).</para>
/// <para>USD: national currency is converted at the base year's implied rate, held (or the user's rate). USD at 2021 prices:
/// USD current × NATO's base-year ratio of constant-2021 to current USD defence spending × deflator(base)/deflator(y), so
/// that 2021-price figures move with real, not nominal, growth after the base year.</para>
/// <para>Everything here is derived; nothing is a published figure.</para>
/// </remarks>
public sealed class GdpProjection
{
    private readonly decimal[] _nominal;
    private readonly decimal[] _real;

    private GdpProjection(Ally ally, int baseYear, decimal[] nominal, decimal[] real, AllyAssumptions assumptions)
    {
        Ally = ally;
        BaseYear = baseYear;
        _nominal = nominal;
        _real = real;
        Assumptions = assumptions;
    }

    /// <summary>The ally.</summary>
    public Ally Ally { get; }

    /// <summary>The base year.</summary>
    public int BaseYear { get; }

    /// <summary>The last projected year.</summary>
    public int LastYear => BaseYear + _nominal.Length - 1;

    /// <summary>The assumptions used, with their numbers.</summary>
    public AllyAssumptions Assumptions { get; }

    /// <summary>National currency per USD, held over the projection.</summary>
    public decimal UsdRate => Assumptions.UsdRate;

    /// <summary>Nominal GDP in national currency units, current prices (derived).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the projection.</exception>
    public decimal NominalAmount(int year) => _nominal[Index(year)];

    /// <summary>Real GDP in national currency units at base-year prices (derived).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the projection.</exception>
    public decimal RealAmount(int year) => _real[Index(year)];

    /// <summary>Nominal GDP in national currency, current prices (derived).</summary>
    public Money Nominal(int year) => Money.Of(NominalAmount(year), Ally.Currency);

    /// <summary>The GDP deflator, 1 in the base year.</summary>
    public decimal Deflator(int year) => _nominal[Index(year)] / _real[Index(year)];

    /// <summary>Nominal growth into the year, percent.</summary>
    public decimal NominalGrowthPct(int year) => (NominalAmount(year) / NominalAmount(year - 1) - 1m) * 100m;

    /// <summary>Real growth into the year, percent.</summary>
    public decimal RealGrowthPct(int year) => (RealAmount(year) / RealAmount(year - 1) - 1m) * 100m;

    /// <summary>Converts national-currency units of a year to USD at the held rate.</summary>
    public decimal ToUsd(decimal national) => national / Assumptions.UsdRate;

    /// <summary>Converts national-currency units of a year to USD at 2021 prices and exchange rates (derived).</summary>
    public decimal ToUsd2021(decimal national, int year) => national / Assumptions.UsdRate * Assumptions.Usd2021Factor * _real[Index(year)] / _nominal[Index(year)];

    /// <summary>Projects one ally's GDP from <paramref name="baseYear"/> to <paramref name="lastYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The base year is outside the edition, or the last year is before it or beyond 2100.</exception>
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
        if (lastYear < baseYear || lastYear > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear,
                Invariant($"The last projected year {lastYear} must be from the base year {baseYear} to 2100; choose a year in that range."));
        }
        var code = ally.Code;
        var baseGdp = data.GdpNational(ally, baseYear) ?? throw Missing(data, ally, baseYear, "GDP in USD or defence spending in national currency and USD");
        var usdCurrent = data.Value(code, Metric.DefenceUsdCurrent, baseYear);
        var usd2021 = data.Value(code, Metric.DefenceUsdConst2021, baseYear);
        if (usdCurrent is not > 0m || usd2021 is not > 0m)
        {
            throw Missing(data, ally, baseYear, "defence spending in current and constant-2021 USD");
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
        var rate = ally.Currency == Currency.Usd ? 1m : rateOverridden ? userRate : data.ImpliedRate(ally, baseYear)!.Value;
        var inflation = (nominalFactor / realFactor - 1m) * 100m;
        var assumptions = new AllyAssumptions(ally, baseYear, lastYear, baseGdp, outlookNominal, outlookReal, longRunFrom,
            longNominal, longReal, inflation, source, rate, rateOverridden && ally.Currency != Currency.Usd, usd2021.Value / usdCurrent.Value);
        return new GdpProjection(ally, baseYear, nominal, real, assumptions);
    }

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
