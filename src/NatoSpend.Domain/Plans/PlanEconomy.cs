using System.Collections.Frozen;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Projections;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

/// <summary>What a plan is checked and converted against: NATO's published shares, GDP by year and a price index.</summary>
/// <remarks>
/// GDP up to the base year (the edition's last year) is NATO's, derived from its implied exchange rate; after it, the
/// <see cref="GdpProjection"/> from the base year. The GDP deflator comes from the macro outlook up to the base year and
/// from the projection after it, chained so that only its ratios matter. Every figure here but the published shares is derived.
/// </remarks>
public sealed class PlanEconomy
{
    private readonly FrozenDictionary<int, decimal> _gdp;
    private readonly FrozenDictionary<int, decimal> _deflator;

    private PlanEconomy(Ally ally, int baseYear, IReadOnlyDictionary<int, ShareOfGdp> published, IReadOnlyDictionary<int, decimal> gdp,
        IReadOnlyDictionary<int, decimal> deflator, string publishedSource, IReadOnlyList<string> assumptions)
    {
        Ally = ally;
        BaseYear = baseYear;
        Published = published.ToFrozenDictionary();
        _gdp = gdp.ToFrozenDictionary();
        _deflator = deflator.ToFrozenDictionary();
        PublishedSource = publishedSource;
        Assumptions = assumptions;
    }

    /// <summary>The ally.</summary>
    public Ally Ally { get; }

    /// <summary>The year of the latest published NATO figure (the edition's last year).</summary>
    public int BaseYear { get; }

    /// <summary>NATO's published core shares by year (2 decimals, as printed).</summary>
    public IReadOnlyDictionary<int, ShareOfGdp> Published { get; }

    /// <summary>The latest published share.</summary>
    public ShareOfGdp BaseShare => Published[BaseYear];

    /// <summary>The source line of the published figures.</summary>
    public string PublishedSource { get; }

    /// <summary>The assumptions behind GDP and prices, one sentence each; printed with every conversion.</summary>
    public IReadOnlyList<string> Assumptions { get; }

    /// <summary>Nominal GDP in national currency units, current prices (derived), or <c>null</c> outside the years covered.</summary>
    public decimal? Gdp(int year) => _gdp.TryGetValue(year, out var v) ? v : null;

    /// <summary>A GDP price index (only ratios between years matter), or <c>null</c> outside the years covered.</summary>
    public decimal? Deflator(int year) => _deflator.TryGetValue(year, out var v) ? v : null;

    /// <summary>An economy from given figures (for tests and what-if checks); nothing is looked up.</summary>
    /// <exception cref="ArgumentException">The published shares lack the base year.</exception>
    public static PlanEconomy Of(Ally ally, int baseYear, IReadOnlyDictionary<int, ShareOfGdp> published, IReadOnlyDictionary<int, decimal> gdp,
        IReadOnlyDictionary<int, decimal> deflator, string publishedSource, IReadOnlyList<string> assumptions)
    {
        ArgumentNullException.ThrowIfNull(ally);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(gdp);
        ArgumentNullException.ThrowIfNull(deflator);
        return published.ContainsKey(baseYear)
            ? new PlanEconomy(ally, baseYear, published, gdp, deflator, publishedSource, assumptions)
            : throw new ArgumentException(Invariant($"The published shares of {ally.Name} lack the base year {baseYear}; give the latest published share."), nameof(published));
    }

    /// <summary>Builds the economy of one ally from a NATO edition and a macro outlook, projected to <paramref name="lastYear"/>.</summary>
    /// <exception cref="ArgumentException">The edition has no share for the ally in its last year, or lacks a figure the projection needs.</exception>
    public static PlanEconomy Build(EditionData data, Ally ally, MacroOutlook outlook, int lastYear, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        ArgumentNullException.ThrowIfNull(outlook);
        var b = data.LastYear;
        if (data.Share(ally.Code, b) is null)
        {
            throw new ArgumentException(Invariant($"Edition {data.Edition.Id} has no share of GDP for {ally.Name} in {b}, so a plan cannot be checked against it; choose another ally or edition."), nameof(ally));
        }
        var projection = GdpProjection.Build(data, ally, outlook, b, Math.Max(lastYear, b + 1), options);
        var published = new Dictionary<int, ShareOfGdp>();
        var gdp = new Dictionary<int, decimal>();
        var deflator = new Dictionary<int, decimal>();
        var series = outlook.Find(ally.Code);
        foreach (var year in data.Years)
        {
            if (data.Share(ally.Code, year) is { } share)
            {
                published[year] = share;
            }
            if (data.GdpNational(ally, year) is { } g)
            {
                gdp[year] = g.Amount;
            }
            if (series?.Nominal(year) is { } n && series.Real(year) is { } r && r > 0m)
            {
                deflator[year] = n / r;
            }
        }
        var baseDeflator = deflator.GetValueOrDefault(b, 1m);
        // From the base year on, money and shares convert on the share's basis, so the base year's published share gives NATO's published spending.
        gdp[b] = projection.ShareBasis(b);
        for (var year = b + 1; year <= projection.LastYear; year++)
        {
            gdp[year] = projection.ShareBasis(year);
            deflator[year] = baseDeflator * projection.Deflator(year);
        }
        var assumptions = new[]
        {
            Invariant($"GDP to {b}: NATO edition {data.Edition.Id}, nominal GDP in {ally.Currency} derived as gdp_usd_current × defence_natcur_current / defence_usd_current."),
            Invariant($"GDP from {b + 1} to {projection.LastYear}: projected from {b}; ") + projection.Assumptions.Line(),
            Invariant($"Real growth of spending deflates by the GDP deflator ({outlook.Vintage} NGDP / NGDP_R to {b}, the projection after it)."),
            "Shares derived from money, and money derived from shares, are NatoSpend's conversions on this GDP, not published figures.",
        };
        return new PlanEconomy(ally, b, published, gdp, deflator, data.Edition.SourceLine, assumptions);
    }
}
