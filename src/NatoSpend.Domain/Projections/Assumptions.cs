using NatoSpend.Domain.Allies;
using static System.FormattableString;

namespace NatoSpend.Domain.Projections;

/// <summary>The user's choices for a projection: growth overrides, exchange-rate overrides and the exchange-rate rule.</summary>
/// <param name="Growth">Long-run growth overrides, for every ally (no code) or one; a later entry for the same scope wins.</param>
/// <param name="Rates">Exchange-rate overrides in national currency per USD, by currency, each held for every year.</param>
/// <param name="RateRule">How the other exchange rates move after the base year.</param>
public sealed record ProjectionOptions(IReadOnlyList<GrowthOverride> Growth, IReadOnlyDictionary<Currency, decimal> Rates, ExchangeRateRule RateRule = ExchangeRateRule.Outlook)
{
    /// <summary>No overrides: WEO growth, then each ally's last WEO year growth; exchange rates follow the outlook, then relative prices.</summary>
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

/// <summary>How exchange rates move over a projection.</summary>
public enum ExchangeRateRule
{
    /// <summary>The default: the outlook's implied rate (<c>NGDP / NGDPD</c>) chained on NATO's base-year implied rate for the years the
    /// outlook covers, then relative purchasing power (the rate moves with the ally's GDP deflator against the US deflator).</summary>
    Outlook,

    /// <summary>NATO's base-year implied rate held for every year (a stated option; it lets a high-inflation currency's spending explode in USD).</summary>
    Hold,
}

/// <summary>Where a projected year's figures come from.</summary>
public enum ProjectionBasis
{
    /// <summary>The base year: NATO's published figures.</summary>
    Published,

    /// <summary>A year the macro outlook covers: chained on the outlook's growth and exchange rates (derived).</summary>
    Outlook,

    /// <summary>A year after the outlook's last year: extrapolated on the stated long-run assumption (derived).</summary>
    Extrapolated,
}

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
/// <param name="UsdRate">National currency per USD in the base year: NATO's implied rate, or the user's.</param>
/// <param name="UsdRateOverridden">Whether the user set the exchange rate (then held for every year).</param>
/// <param name="Usd2021Factor">NATO's base-year ratio of defence spending in constant 2021 USD to current USD.</param>
/// <param name="RateRule">How the exchange rate moves after the base year.</param>
/// <param name="LastUsdRate">National currency per USD in the last projected year.</param>
/// <param name="BaseSpending">NATO's published base-year spending, national currency units (current prices).</param>
/// <param name="ShareBasisFactor">NATO's base-year spending over share × nominal GDP: 1 where the share of real GDP equals the nominal ratio, not for the Netherlands.</param>
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
    decimal Usd2021Factor,
    ExchangeRateRule RateRule,
    decimal LastUsdRate,
    decimal BaseSpending,
    decimal ShareBasisFactor)
{
    /// <summary>The assumptions as one line of text.</summary>
    public string Line()
    {
        var weo = OutlookNominalGrowth.Count == 0
            ? "no outlook years"
            : string.Join(", ", OutlookNominalGrowth.Select(r => Invariant($"{r.Year} {r.Percent:0.00}%")));
        var longRun = LongRunFrom is { } from
            ? Invariant($"from {from} {LongRunNominalPct:0.00}% nominal ({LongRunRealPct:0.00}% real, {LongRunInflationPct:0.00}% inflation; {SourceText}; extrapolated)")
            : "no long-run years";
        var basis = ShareBasisFactor is > 0.995m and < 1.005m
            ? ""
            : Invariant($"; money from NATO's published {BaseYear} spending ({Money.Of(BaseSpending, Ally.Currency)}), {ShareBasisFactor:0.0000} × share × nominal GDP, because NATO's share is of real GDP");
        return Invariant($"{Ally.Code}: base GDP {BaseYear} {BaseGdp} (derived); nominal growth {weo}; {longRun}; rate {RateText}; 2021-price factor {Usd2021Factor:0.0000}{basis}.");
    }

    private string RateText
    {
        get
        {
            if (Ally.Currency == Currency.Usd)
            {
                return "USD";
            }
            if (UsdRateOverridden)
            {
                return Invariant($"{UsdRate:0.0000} {Ally.Currency} per USD (user override, held)");
            }
            return RateRule == ExchangeRateRule.Hold
                ? Invariant($"{UsdRate:0.0000} {Ally.Currency} per USD (NATO's implied {BaseYear} rate, held)")
                : Invariant($"{UsdRate:0.0000} {Ally.Currency} per USD in {BaseYear} (NATO's implied rate), moving with the outlook's NGDP/NGDPD{(LongRunFrom is { } f ? Invariant($", from {f} with relative prices (GDP deflator against the US's)") : "")}, {LastUsdRate:0.0000} in {LastYear}");
        }
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
/// <param name="RateRule">How exchange rates move after the base year (user overrides are held, and said so per ally).</param>
public sealed record Assumptions(
    string Edition,
    int BaseYear,
    int LastYear,
    string Outlook,
    int OutlookLastYear,
    IReadOnlyList<string> Statements,
    IReadOnlyList<AllyAssumptions> Allies,
    ExchangeRateRule RateRule = ExchangeRateRule.Outlook)
{
    /// <summary>The statements followed by one line per ally.</summary>
    public IEnumerable<string> Lines() => Statements.Concat(Allies.Select(a => a.Line()));

    /// <summary>The exchange-rate rule in a few words, for a label column or a note.</summary>
    public string RateRuleText => RateRule == ExchangeRateRule.Hold
        ? Invariant($"national currency per USD held at NATO's implied {BaseYear} rate")
        : Invariant($"NATO's implied {BaseYear} rate, then the {Outlook}'s NGDP/NGDPD, then relative GDP deflators vs the US");
}
