using NatoSpend.Domain.Allies;

namespace NatoSpend.Domain.Editions;

/// <summary>An edition with every figure it publishes, indexed for look-up.</summary>
/// <remarks>Immutable once built; never mixed with another edition.</remarks>
public sealed class EditionData
{
    private readonly Dictionary<(string Entity, Metric Metric, int Year), Observation> _byKey;

    /// <summary>Indexes the observations of one edition.</summary>
    /// <exception cref="ArgumentException">Two observations share an entity, metric and year.</exception>
    public EditionData(Edition edition, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(observations);
        Edition = edition;
        var byKey = new Dictionary<(string, Metric, int), Observation>();
        foreach (var o in observations)
        {
            if (!byKey.TryAdd((o.Entity, o.Metric, o.Year), o))
            {
                throw new ArgumentException($"Edition {edition.Id} has two figures for {o.Entity} {MetricInfo.Of(o.Metric).FileName} {o.Year}.", nameof(observations));
            }
        }
        _byKey = byKey;
        var years = byKey.Keys.Select(k => k.Item3).ToArray();
        FirstYear = years.Length > 0 ? years.Min() : 0;
        LastYear = years.Length > 0 ? years.Max() : 0;
        Years = [.. years.Distinct().Order()];
        Metrics = [.. byKey.Keys.Select(k => k.Item2).Distinct().Order()];
        EstimateYears = [.. byKey.Values.Where(o => o.Estimate && o.Metric == Metric.DefenceShareOfGdp).Select(o => o.Year).Distinct().Order()];
    }

    /// <summary>The edition's provenance.</summary>
    public Edition Edition { get; }

    /// <summary>The first year with any figure.</summary>
    public int FirstYear { get; }

    /// <summary>The latest year with any figure: the base year of projections.</summary>
    public int LastYear { get; }

    /// <summary>The years with any figure, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The metrics the edition publishes.</summary>
    public IReadOnlyList<Metric> Metrics { get; }

    /// <summary>The years the edition marks as estimates (for the share of GDP).</summary>
    public IReadOnlyList<int> EstimateYears { get; }

    /// <summary>The published figure, or <c>null</c> where the edition has none (missing is absent, never zero).</summary>
    public Observation? Find(string entity, Metric metric, int year) => _byKey.GetValueOrDefault((entity, metric, year));

    /// <summary>The published figure for an ally, or <c>null</c>.</summary>
    public Observation? Find(AllyCode ally, Metric metric, int year) => Find(ally.Value, metric, year);

    /// <summary>The published value for an ally, or <c>null</c>.</summary>
    public decimal? Value(AllyCode ally, Metric metric, int year) => Find(ally.Value, metric, year)?.Value;

    /// <summary>The published share of GDP for an ally, or <c>null</c>.</summary>
    public ShareOfGdp? Share(AllyCode ally, int year) => Value(ally, Metric.DefenceShareOfGdp, year) is { } v ? ShareOfGdp.FromPercent(v) : null;

    /// <summary>Whether the edition has any figure for the ally.</summary>
    public bool Covers(AllyCode ally) => Years.Any(y => Find(ally, Metric.DefenceShareOfGdp, y) is not null);

    /// <summary>Nominal GDP in national currency, derived from NATO's implied exchange rate.</summary>
    /// <remarks>Derived, not published: <c>gdp_usd_current × defence_natcur_current / defence_usd_current</c> (docs/domain.md §2).</remarks>
    public Money? GdpNational(Ally ally, int year)
    {
        ArgumentNullException.ThrowIfNull(ally);
        return Value(ally.Code, Metric.GdpUsdCurrent, year) is { } gdpUsd && ImpliedRate(ally, year) is { } rate
            ? Money.FromMillions(gdpUsd * rate, ally.Currency)
            : null;
    }

    /// <summary>Nominal GDP in USD, current prices and exchange rates, as published.</summary>
    public Money? GdpUsd(AllyCode ally, int year) =>
        Value(ally, Metric.GdpUsdCurrent, year) is { } v ? Money.FromMillions(v, Currency.Usd) : null;

    /// <summary>National currency per USD implied by NATO's Tables 1 and 2 (derived).</summary>
    public decimal? ImpliedRate(Ally ally, int year)
    {
        ArgumentNullException.ThrowIfNull(ally);
        if (ally.Currency == Currency.Usd)
        {
            return 1m;
        }
        return Value(ally.Code, Metric.DefenceNatcurCurrent, year) is { } nat && Value(ally.Code, Metric.DefenceUsdCurrent, year) is { } usd && usd != 0m
            ? nat / usd
            : null;
    }
}
