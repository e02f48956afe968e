using System.Collections.Frozen;
using NatoSpend.Domain.Allies;

namespace NatoSpend.Domain.Fiscal;

/// <summary>One year of a country's general-government accounts in a macro outlook (IMF WEO), as published.</summary>
/// <param name="Year">The year.</param>
/// <param name="Gdp">Nominal GDP (WEO <c>NGDP</c>), billions of national currency, or <c>null</c>.</param>
/// <param name="Balance">Net lending (+) / borrowing (−) (WEO <c>GGXCNL</c>), billions of national currency, or <c>null</c>.</param>
/// <param name="BalancePct">Net lending / borrowing (WEO <c>GGXCNL_NGDP</c>), percent of GDP, or <c>null</c>.</param>
/// <param name="PrimaryBalancePct">Primary net lending / borrowing, before interest (WEO <c>GGXONLB_NGDP</c>), percent of GDP, or <c>null</c>.</param>
/// <param name="Debt">Gross debt (WEO <c>GGXWDG</c>), billions of national currency, or <c>null</c>.</param>
/// <param name="DebtPct">Gross debt (WEO <c>GGXWDG_NGDP</c>), percent of GDP, or <c>null</c>.</param>
public sealed record FiscalYear(int Year, decimal? Gdp, decimal? Balance, decimal? BalancePct, decimal? PrimaryBalancePct, decimal? Debt, decimal? DebtPct);

/// <summary>A country's general-government deficit and debt in one outlook vintage, year by year; a year the outlook lacks is absent.</summary>
public sealed class FiscalSeries
{
    private readonly FrozenDictionary<int, FiscalYear> _years;

    /// <summary>Builds the series.</summary>
    /// <param name="ally">The country.</param>
    /// <param name="vintage">The outlook's vintage, such as <c>WEO April 2026</c>.</param>
    /// <param name="years">The years, each once.</param>
    public FiscalSeries(AllyCode ally, string vintage, IEnumerable<FiscalYear> years)
    {
        ArgumentNullException.ThrowIfNull(vintage);
        ArgumentNullException.ThrowIfNull(years);
        Ally = ally;
        Vintage = vintage;
        _years = years.ToFrozenDictionary(y => y.Year);
        var complete = _years.Values.Where(y => y.Gdp is not null && y.Debt is not null && y.BalancePct is not null).Select(y => y.Year).ToArray();
        LastYear = complete.Length > 0 ? complete.Max() : 0;
    }

    /// <summary>The country.</summary>
    public AllyCode Ally { get; }

    /// <summary>The outlook's vintage.</summary>
    public string Vintage { get; }

    /// <summary>The last year with GDP, debt and the balance (2031 in the April 2026 WEO); 0 when none has all three.</summary>
    public int LastYear { get; }

    /// <summary>The year's accounts, or <c>null</c> when the outlook has none.</summary>
    public FiscalYear? Find(int year) => _years.GetValueOrDefault(year);
}

/// <summary>An outlook's general-government accounts for every country it covers.</summary>
/// <param name="Vintage">The vintage, such as <c>WEO April 2026</c>.</param>
/// <param name="Source">A one-line citation.</param>
/// <param name="Series">The accounts per country.</param>
/// <param name="Id">The outlook's id in the data registry (<c>weo-2026-04</c>).</param>
public sealed record FiscalOutlook(string Vintage, string Source, IReadOnlyDictionary<AllyCode, FiscalSeries> Series, string Id)
{
    /// <summary>The country's accounts, or <c>null</c> when the outlook has none.</summary>
    public FiscalSeries? Find(AllyCode ally) => Series.GetValueOrDefault(ally);
}
