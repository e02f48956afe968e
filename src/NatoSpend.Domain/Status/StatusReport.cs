using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;

namespace NatoSpend.Domain.Status;

/// <summary>One ally's standing in a year of an edition.</summary>
/// <param name="Rank">Rank by share of GDP among the allies shown (1 = highest; ties share a rank).</param>
/// <param name="Ally">The ally.</param>
/// <param name="Share">Core (or old-definition) share of real GDP, as published.</param>
/// <param name="Estimate">Whether the edition marks the year as an estimate.</param>
/// <param name="ChangePp">Change of the share against the previous year in the same edition, pp (derived).</param>
/// <param name="RealChangePct">Real change of spending, percent, as published.</param>
/// <param name="Spending">Spending in national currency, current prices, as published.</param>
/// <param name="SpendingUsd">Spending in USD, current prices and exchange rates, as published.</param>
/// <param name="PerCapitaUsd2021">Spending per capita, USD at 2021 prices, as published.</param>
/// <param name="EquipmentSharePct">Equipment as a percent of defence expenditure, as published.</param>
/// <param name="PersonnelThousands">Military personnel, thousands, as published.</param>
/// <param name="GapPp">Target minus share, pp (derived; negative when above the target).</param>
/// <param name="Shortfall">Money lacking to reach the target in national currency at the year's GDP (derived; zero when met).</param>
/// <param name="ShortfallUsd">The same in USD at current prices and exchange rates (derived).</param>
public sealed record StatusRow(
    int Rank,
    Ally Ally,
    ShareOfGdp Share,
    bool Estimate,
    decimal? ChangePp,
    decimal? RealChangePct,
    Money? Spending,
    Money? SpendingUsd,
    decimal? PerCapitaUsd2021,
    decimal? EquipmentSharePct,
    decimal? PersonnelThousands,
    decimal GapPp,
    Money? Shortfall,
    Money? ShortfallUsd);

/// <summary>How many allies meet a threshold, counted as NATO does (shares rounded to 2 decimals).</summary>
/// <param name="Threshold">The threshold.</param>
/// <param name="AtOrAbove">How many of the allies shown meet it.</param>
/// <param name="Of">How many allies shown have figures.</param>
public sealed record ThresholdCount(ShareOfGdp Threshold, int AtOrAbove, int Of);

/// <summary>Spending totals for a year.</summary>
/// <param name="NatoTotalUsd">NATO's published total, USD million current (null when the edition has none).</param>
/// <param name="EuropeCanadaUsd">NATO's published Europe-and-Canada total, USD million current.</param>
/// <param name="UsShareOfNatoPct">United States spending over NATO's total, percent (derived).</param>
/// <param name="SelectedSumUsd">Sum over the allies shown, USD current (derived).</param>
/// <param name="SelectedShortfallUsd">Sum of the shortfalls of the allies shown, USD current (derived).</param>
public sealed record StatusTotals(
    Money? NatoTotalUsd,
    Money? EuropeCanadaUsd,
    decimal? UsShareOfNatoPct,
    Money? SelectedSumUsd,
    Money? SelectedShortfallUsd);

/// <summary>Columns a status report can be sorted by.</summary>
public enum StatusSort
{
    /// <summary>Share of GDP, highest first.</summary>
    Share,
    /// <summary>Ally name, A to Z.</summary>
    Name,
    /// <summary>Gap to the target, largest first.</summary>
    Gap,
    /// <summary>Change against the previous year, largest first.</summary>
    Change,
    /// <summary>Spending in USD, largest first.</summary>
    Spending,
}

/// <summary>Where allies stand in one year of one edition, against a target.</summary>
public sealed record StatusReport(
    Edition Edition,
    int Year,
    ShareOfGdp Target,
    IReadOnlyList<StatusRow> Rows,
    IReadOnlyList<Ally> NotReported,
    IReadOnlyList<ThresholdCount> Counts,
    StatusTotals Totals)
{
    /// <summary>The allies at or above the Wales guideline of 20% of defence expenditure on major equipment, or <c>null</c> when the edition gives no equipment shares.</summary>
    public EquipmentCount? Equipment => EquipmentCount.Count(Rows);

    /// <summary>The thresholds every report counts against.</summary>
    public static IReadOnlyList<ShareOfGdp> StandardThresholds { get; } =
        [ShareOfGdp.FromPercent(2m), ShareOfGdp.FromPercent(3.5m), ShareOfGdp.FromPercent(5m)];

    /// <summary>Builds the report.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The edition has no figures for the year.</exception>
    public static StatusReport Build(EditionData data, int year, ShareOfGdp target, IReadOnlyList<Ally> allies, StatusSort sort = StatusSort.Share)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(allies);
        if (!data.Years.Contains(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"Edition {data.Edition.Id} has figures for {data.FirstYear} to {data.LastYear}, not {year}; choose a year in that range.");
        }

        var unranked = new List<StatusRow>();
        var notReported = new List<Ally>();
        foreach (var ally in allies)
        {
            if (data.Find(ally.Code, Metric.DefenceShareOfGdp, year) is not { } shareObs)
            {
                notReported.Add(ally);
                continue;
            }
            unranked.Add(BuildRow(data, ally, year, shareObs, target));
        }

        var ranked = unranked
            .Select(r => r with { Rank = 1 + unranked.Count(o => o.Share.RoundedAsPublished > r.Share.RoundedAsPublished) });
        var rows = Sort(ranked, sort).ToArray();

        var thresholds = StandardThresholds.Contains(target) ? StandardThresholds : [.. StandardThresholds, target];
        var counts = thresholds.Order()
            .Select(t => new ThresholdCount(t, rows.Count(r => r.Share.Meets(t)), rows.Length))
            .ToArray();

        return new StatusReport(data.Edition, year, target, rows, notReported, counts, SumTotals(data, year, rows));
    }

    private static StatusRow BuildRow(EditionData data, Ally ally, int year, Observation shareObs, ShareOfGdp target)
    {
        var code = ally.Code;
        var share = ShareOfGdp.FromPercent(shareObs.Value);
        var previous = data.Share(code, year - 1);
        var gapPp = target - share;
        var shortfallShare = ShareOfGdp.FromPercent(Math.Max(0m, gapPp));
        var gdp = data.GdpNational(ally, year);
        var gdpUsd = data.GdpUsd(code, year);
        return new StatusRow(
            Rank: 0,
            ally,
            share,
            shareObs.Estimate,
            previous is { } p ? share - p : null,
            data.Value(code, Metric.DefenceRealChange, year),
            data.Value(code, Metric.DefenceNatcurCurrent, year) is { } nat ? Money.FromMillions(nat, ally.Currency) : null,
            data.Value(code, Metric.DefenceUsdCurrent, year) is { } usd ? Money.FromMillions(usd, Currency.Usd) : null,
            data.Value(code, Metric.DefencePerCapitaConst2021, year),
            data.Value(code, Metric.EquipmentShare, year),
            data.Value(code, Metric.MilitaryPersonnel, year),
            gapPp,
            gdp is { } g ? shortfallShare * g : null,
            gdpUsd is { } gu ? shortfallShare * gu : null);
    }

    private static IEnumerable<StatusRow> Sort(IEnumerable<StatusRow> rows, StatusSort sort) => sort switch
    {
        StatusSort.Name => rows.OrderBy(r => r.Ally.Name, StringComparer.Ordinal),
        StatusSort.Gap => rows.OrderByDescending(r => r.GapPp).ThenBy(r => r.Ally.Name, StringComparer.Ordinal),
        StatusSort.Change => rows.OrderByDescending(r => r.ChangePp ?? decimal.MinValue).ThenBy(r => r.Ally.Name, StringComparer.Ordinal),
        StatusSort.Spending => rows.OrderByDescending(r => r.SpendingUsd?.Amount ?? decimal.MinValue),
        _ => rows.OrderBy(r => r.Rank).ThenByDescending(r => r.Share).ThenBy(r => r.Ally.Name, StringComparer.Ordinal),
    };

    private static StatusTotals SumTotals(EditionData data, int year, IReadOnlyList<StatusRow> rows)
    {
        Money? Published(string entity) =>
            data.Find(entity, Metric.DefenceUsdCurrent, year) is { } o ? Money.FromMillions(o.Value, Currency.Usd) : null;

        var total = Published(Aggregates.NatoTotal);
        var us = data.Value(AllyCode.From("USA"), Metric.DefenceUsdCurrent, year);
        var withUsd = rows.Where(r => r.SpendingUsd is not null).ToArray();
        return new StatusTotals(
            total,
            Published(Aggregates.EuropeCanada),
            total is { } t && us is { } u ? 100m * u / t.Millions : null,
            withUsd.Length > 0 ? Money.FromMillions(withUsd.Sum(r => r.SpendingUsd!.Value.Millions), Currency.Usd) : null,
            withUsd.Length > 0 ? Money.FromMillions(rows.Sum(r => r.ShortfallUsd?.Millions ?? 0m), Currency.Usd) : null);
    }
}
