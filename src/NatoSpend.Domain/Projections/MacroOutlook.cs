using System.Collections.Frozen;
using NatoSpend.Domain.Allies;

namespace NatoSpend.Domain.Projections;

/// <summary>One ally's GDP series from a macro-economic outlook (the IMF WEO): nominal and real, in national currency.</summary>
/// <remarks>
/// Only ratios of these series are used, so their currency and scale (WEO: billions; Bulgaria still in lev in the October 2024
/// vintage) do not matter. Years without a figure are absent.
/// </remarks>
public sealed class MacroSeries
{
    private readonly FrozenDictionary<int, decimal> _nominal;
    private readonly FrozenDictionary<int, decimal> _real;
    private readonly FrozenDictionary<int, decimal> _nominalUsd;

    /// <summary>Builds the series from year-to-value maps.</summary>
    /// <param name="ally">The ally.</param>
    /// <param name="nominal">GDP at current prices (WEO <c>NGDP</c>).</param>
    /// <param name="real">GDP at constant prices (WEO <c>NGDP_R</c>).</param>
    /// <param name="nominalUsd">GDP in USD at current prices (WEO <c>NGDPD</c>); <c>NGDP / NGDPD</c> is the outlook's exchange rate.</param>
    public MacroSeries(AllyCode ally, IReadOnlyDictionary<int, decimal> nominal, IReadOnlyDictionary<int, decimal> real, IReadOnlyDictionary<int, decimal>? nominalUsd = null)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        ArgumentNullException.ThrowIfNull(real);
        Ally = ally;
        _nominal = nominal.ToFrozenDictionary();
        _real = real.ToFrozenDictionary();
        _nominalUsd = (nominalUsd ?? new Dictionary<int, decimal>()).ToFrozenDictionary();
        var both = _nominal.Keys.Where(_real.ContainsKey).ToArray();
        LastYear = both.Length > 0 ? both.Max() : 0;
    }

    /// <summary>The ally.</summary>
    public AllyCode Ally { get; }

    /// <summary>The last year with both nominal and real GDP (2029 in the October 2024 WEO).</summary>
    public int LastYear { get; }

    /// <summary>Nominal GDP, or <c>null</c>.</summary>
    public decimal? Nominal(int year) => _nominal.TryGetValue(year, out var v) ? v : null;

    /// <summary>Real GDP, or <c>null</c>.</summary>
    public decimal? Real(int year) => _real.TryGetValue(year, out var v) ? v : null;

    /// <summary>GDP in USD, or <c>null</c>.</summary>
    public decimal? NominalUsd(int year) => _nominalUsd.TryGetValue(year, out var v) ? v : null;
}

/// <summary>A macro-economic outlook: a named vintage with GDP series per ally.</summary>
/// <param name="Vintage">The vintage, such as <c>WEO April 2026</c>.</param>
/// <param name="Source">A one-line citation.</param>
/// <param name="Series">The series per ally.</param>
/// <param name="Id">The outlook's id in the data registry (<c>weo-2026-04</c>), or <c>null</c> when it was read from elsewhere.</param>
public sealed record MacroOutlook(string Vintage, string Source, IReadOnlyDictionary<AllyCode, MacroSeries> Series, string? Id = null)
{
    /// <summary>The ally's series, or <c>null</c> when the outlook has none.</summary>
    public MacroSeries? Find(AllyCode ally) => Series.GetValueOrDefault(ally);
}
