using System.Collections.Frozen;
using NatoSpend.Domain.Allies;

namespace NatoSpend.Domain.Simulation;

/// <summary>One ally's macro-economic history from an outlook's historical years: real growth, the GDP deflator and the implied USD rate.</summary>
/// <remarks>Years without a figure are absent. Only log changes of the deflator and the rate are used, so their scale does not matter.</remarks>
public sealed class AllyHistory
{
    private readonly FrozenDictionary<int, double> _realGrowth;
    private readonly FrozenDictionary<int, double> _deflator;
    private readonly FrozenDictionary<int, double> _usdRate;

    /// <summary>Builds the history from year-to-value maps.</summary>
    /// <param name="ally">The ally.</param>
    /// <param name="realGrowthPct">Real GDP growth, percent (WEO <c>NGDP_RPCH</c>).</param>
    /// <param name="deflator">The GDP deflator, an index (WEO <c>NGDP_D</c>).</param>
    /// <param name="usdRate">National currency per USD implied by GDP in both (WEO <c>NGDP / NGDPD</c>).</param>
    public AllyHistory(AllyCode ally, IReadOnlyDictionary<int, double> realGrowthPct, IReadOnlyDictionary<int, double> deflator, IReadOnlyDictionary<int, double> usdRate)
    {
        ArgumentNullException.ThrowIfNull(realGrowthPct);
        ArgumentNullException.ThrowIfNull(deflator);
        ArgumentNullException.ThrowIfNull(usdRate);
        Ally = ally;
        _realGrowth = realGrowthPct.ToFrozenDictionary();
        _deflator = deflator.ToFrozenDictionary();
        _usdRate = usdRate.ToFrozenDictionary();
    }

    /// <summary>The ally.</summary>
    public AllyCode Ally { get; }

    /// <summary>Real GDP growth in a year, percent, or <c>null</c>.</summary>
    public double? RealGrowthPct(int year) => _realGrowth.TryGetValue(year, out var v) ? v : null;

    /// <summary>The GDP deflator in a year, or <c>null</c>.</summary>
    public double? Deflator(int year) => _deflator.TryGetValue(year, out var v) ? v : null;

    /// <summary>National currency per USD in a year, or <c>null</c>.</summary>
    public double? UsdRate(int year) => _usdRate.TryGetValue(year, out var v) ? v : null;
}

/// <summary>The macro-economic history of the allies from one outlook vintage, for calibrating the simulation.</summary>
/// <param name="Vintage">The vintage, such as <c>WEO October 2024</c>.</param>
/// <param name="Source">A one-line citation.</param>
/// <param name="Allies">The history per ally.</param>
public sealed record MacroHistory(string Vintage, string Source, IReadOnlyDictionary<AllyCode, AllyHistory> Allies)
{
    /// <summary>The ally's history, or <c>null</c>.</summary>
    public AllyHistory? Find(AllyCode ally) => Allies.GetValueOrDefault(ally);
}
