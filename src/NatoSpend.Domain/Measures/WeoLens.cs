using System.Collections.Frozen;

namespace NatoSpend.Domain.Measures;

/// <summary>
/// The IMF WEO series that put a defence figure in context, for every country of an outlook (allies and RUS, CHN, UKR, JPN,
/// AUS, KOR): the implied PPP conversion rate, population, general government expenditure, and GDP in national currency and
/// in USD (their ratio is the WEO's market exchange rate).
/// </summary>
/// <remarks>Values are as the WEO publishes them, in its units (GDP and expenditure in billions, population in millions); a year without a figure is absent.</remarks>
public sealed class WeoLens
{
    private readonly FrozenDictionary<(string Country, string Indicator, int Year), decimal> _values;

    /// <summary>The lens of an outlook.</summary>
    /// <param name="vintage">The vintage, such as <c>WEO April 2026</c>.</param>
    /// <param name="source">A one-line citation of the file.</param>
    /// <param name="values">The published values by ISO3 code, WEO indicator code and year.</param>
    public WeoLens(string vintage, string source, IReadOnlyDictionary<(string Country, string Indicator, int Year), decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Vintage = vintage;
        Source = source;
        _values = values.ToFrozenDictionary();
    }

    /// <summary>The WEO codes the lens holds.</summary>
    public static IReadOnlyList<string> Indicators { get; } = [PppRateCode, PopulationCode, ExpenditureCode, ExpenditureShareCode, GdpCode, GdpUsdCode];

    /// <summary>Implied PPP conversion rate, national currency per international dollar.</summary>
    public const string PppRateCode = "PPPEX";

    /// <summary>Population, millions of persons.</summary>
    public const string PopulationCode = "LP";

    /// <summary>General government total expenditure, national currency, billions.</summary>
    public const string ExpenditureCode = "GGX";

    /// <summary>General government total expenditure, percent of GDP.</summary>
    public const string ExpenditureShareCode = "GGX_NGDP";

    /// <summary>GDP at current prices, national currency, billions.</summary>
    public const string GdpCode = "NGDP";

    /// <summary>GDP at current prices, USD, billions.</summary>
    public const string GdpUsdCode = "NGDPD";

    /// <summary>The vintage, such as <c>WEO April 2026</c>.</summary>
    public string Vintage { get; }

    /// <summary>A one-line citation of the file.</summary>
    public string Source { get; }

    /// <summary>A published value, or <c>null</c>.</summary>
    public decimal? Value(string country, string indicator, int year) => _values.TryGetValue((country, indicator, year), out var v) ? v : null;

    /// <summary>The implied PPP conversion rate (national currency per international dollar), or <c>null</c>; a rate the file rounds to 0 (a few early years of redenominated currencies) is no rate.</summary>
    public decimal? PppRate(string country, int year) => Value(country, PppRateCode, year) is { } rate && rate > 0m ? rate : null;

    /// <summary>Population in millions, or <c>null</c>.</summary>
    public decimal? PopulationMillions(string country, int year) => Value(country, PopulationCode, year);

    /// <summary>General government total expenditure in national currency, billions, or <c>null</c>.</summary>
    public decimal? ExpenditureBillions(string country, int year) => Value(country, ExpenditureCode, year);

    /// <summary>General government total expenditure, percent of GDP, or <c>null</c>.</summary>
    public decimal? ExpenditureShareOfGdp(string country, int year) => Value(country, ExpenditureShareCode, year);

    /// <summary>The WEO's market exchange rate, national currency per USD: <c>NGDP / NGDPD</c>; <c>null</c> when either is absent.</summary>
    public decimal? MarketRate(string country, int year) =>
        Value(country, GdpCode, year) is { } gdp && Value(country, GdpUsdCode, year) is { } usd && usd > 0m ? gdp / usd : null;
}
