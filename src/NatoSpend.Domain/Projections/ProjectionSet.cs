using System.Collections.Frozen;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using static System.FormattableString;

namespace NatoSpend.Domain.Projections;

/// <summary>GDP projections for several allies from one base year, with the assumptions that apply to all of them.</summary>
public sealed class ProjectionSet
{
    private readonly FrozenDictionary<AllyCode, GdpProjection> _byAlly;

    private ProjectionSet(IReadOnlyList<GdpProjection> projections, Assumptions assumptions)
    {
        Projections = projections;
        _byAlly = projections.ToFrozenDictionary(p => p.Ally.Code);
        Assumptions = assumptions;
    }

    /// <summary>The projections, in the order the allies were given.</summary>
    public IReadOnlyList<GdpProjection> Projections { get; }

    /// <summary>Every assumption used: the method and each ally's numbers.</summary>
    public Assumptions Assumptions { get; }

    /// <summary>An ally's projection.</summary>
    /// <exception cref="ArgumentException">The set has no projection for the ally.</exception>
    public GdpProjection For(AllyCode ally) => _byAlly.TryGetValue(ally, out var p)
        ? p
        : throw new ArgumentException($"There is no projection for {ally}; project it with the others.", nameof(ally));

    /// <summary>Projects every ally that the edition reports, skipping those without figures (Iceland).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The base or last year is out of range.</exception>
    /// <exception cref="ArgumentException">The edition or outlook lacks a figure the projection needs.</exception>
    public static ProjectionSet Build(EditionData data, IEnumerable<Ally> allies, MacroOutlook outlook, int baseYear, int lastYear, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(allies);
        ArgumentNullException.ThrowIfNull(outlook);
        ArgumentNullException.ThrowIfNull(options);
        var projections = allies
            .Where(a => a.HasExpenditureData && data.Share(a.Code, baseYear) is not null)
            .Select(a => GdpProjection.Build(data, a, outlook, baseYear, lastYear, options))
            .ToArray();
        var outlookLast = projections.Length > 0 ? projections.Max(p => p.Assumptions.LongRunFrom is { } f ? f - 1 : lastYear) : baseYear;
        var statements = Statements(data.Edition.Id, baseYear, lastYear, outlook, outlookLast, options);
        return new ProjectionSet(projections, new Assumptions(data.Edition.Id, baseYear, lastYear, outlook.Vintage, outlookLast, statements,
            [.. projections.Select(p => p.Assumptions)], options.RateRule));
    }

    private static string[] Statements(string edition, int baseYear, int lastYear, MacroOutlook outlook, int outlookLast, ProjectionOptions options)
    {
        var growth = options.Growth.Count == 0
            ? Invariant($"each ally's own {outlookLast} nominal and real growth in the {outlook.Vintage}")
            : "the user's growth override(s) " + string.Join("; ", options.Growth) + Invariant($" (other allies: their own {outlookLast} growth in the {outlook.Vintage})");
        var rule = options.RateRule == ExchangeRateRule.Hold
            ? Invariant($"Exchange rates are held at each ally's {baseYear} rate implied by NATO's Tables 1 and 2 (national currency per USD), as the user asked; a high-inflation currency's spending then grows in USD with its inflation.")
            : Invariant($"Exchange rates start at each ally's {baseYear} rate implied by NATO's Tables 1 and 2 and follow the {outlook.Vintage}'s implied rate (NGDP / NGDPD) to {outlookLast}, chained on NATO's base; after that they move with relative prices (the ally's GDP deflator against the US's), so GDP in USD follows the outlook's NGDPD while it lasts.");
        var rates = options.Rates.Count == 0
            ? rule
            : rule + " Held instead at the user's " + string.Join(", ", options.Rates.Select(r => Invariant($"{r.Value} {r.Key} per USD"))) + ".";
        return
        [
            Invariant($"Base: NATO edition {edition}, {baseYear}: the share and spending as published; nominal GDP in national currency is derived as gdp_usd_current × defence_natcur_current / defence_usd_current."),
            Invariant($"Nominal GDP {baseYear + 1}-{Math.Min(outlookLast, lastYear)} is chained on the {outlook.Vintage} growth of NGDP; from {outlookLast + 1} to {lastYear} it is extrapolated at {growth}."),
            "Real GDP (base-year prices) is chained on NGDP_R in the same way; the GDP deflator is nominal over real GDP.",
            "Spending in a later year is NATO's published base-year spending grown with the share and with nominal GDP (NATO's share is of real GDP, which differs from the nominal ratio for some allies).",
            "The outlook's growth is by calendar year and is applied to NATO's reporting years (fiscal years for Canada and the United Kingdom).",
            rates,
            Invariant($"USD at 2021 prices, NATO's way: national currency deflated by the ally's GDP deflator and converted at 2021 prices and exchange rates, anchored on NATO's published {baseYear} figure."),
            Invariant($"Every figure after {baseYear} is a derived projection, not a published figure; years after {outlookLast} are extrapolated; {outlook.Source}."),
        ];
    }
}
