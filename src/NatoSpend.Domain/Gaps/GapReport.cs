using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using static System.FormattableString;

namespace NatoSpend.Domain.Gaps;

/// <summary>The euro's rate against the US dollar in a year, as implied by NATO's own tables.</summary>
/// <param name="Year">The year of the rate (an annual average, as NATO converts).</param>
/// <param name="EurPerUsd">Euros per US dollar.</param>
/// <param name="Basis">Where the rate comes from, in a sentence.</param>
public sealed record EuroRate(int Year, decimal EurPerUsd, string Basis)
{
    /// <summary>The ally whose tables give the rate: Germany, the largest euro-area ally.</summary>
    public static AllyCode Reference { get; } = AllyCode.From("DEU");

    /// <summary>The rate implied by Germany's defence spending in euros and in USD (NATO Tables 1 and 2) for a year.</summary>
    /// <exception cref="ArgumentException">The edition has no such figures for the year.</exception>
    public static EuroRate Implied(EditionData data, int year)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ally = AllyRegistry.Get(Reference);
        var rate = data.ImpliedRate(ally, year)
            ?? throw new ArgumentException(Invariant($"Edition {data.Edition.Id} has no defence spending for Germany in euros and USD in {year}, so no euro rate can be derived; use an edition with Tables 1 and 2."), nameof(data));
        return new EuroRate(year, rate, Invariant($"EUR {rate:0.0000} per USD, NATO's {year} annual-average rate implied by Germany's defence spending in EUR and USD (edition {data.Edition.Id}, derived)"));
    }

    /// <summary>The euro's projected rate in a year: Germany's projected rate, on the projection's exchange-rate rule.</summary>
    /// <param name="projections">The projections; when they lack Germany the base year's rate is held, and the basis says so.</param>
    /// <param name="data">The edition the base comes from.</param>
    /// <param name="year">The projected year.</param>
    public static EuroRate Projected(ProjectionSet projections, EditionData data, int year)
    {
        ArgumentNullException.ThrowIfNull(projections);
        ArgumentNullException.ThrowIfNull(data);
        var baseYear = projections.Assumptions.BaseYear;
        if (!projections.Projections.Any(p => p.Ally.Code == Reference))
        {
            var held = Implied(data, baseYear);
            return held with { Year = year, Basis = held.Basis + Invariant($", held for {year}") };
        }
        var germany = projections.For(Reference);
        var rate = germany.UsdRate(year);
        return new EuroRate(year, rate, Invariant($"EUR {rate:0.0000} per USD in {year}, Germany's projected rate ({projections.Assumptions.RateRuleText}; derived)"));
    }
}

/// <summary>What an ally would lack at the deadline if its share stayed at the base year's level, on projected GDP.</summary>
/// <param name="Year">The deadline.</param>
/// <param name="BaseYear">The base year whose share is held.</param>
/// <param name="Share">The base-year share, held.</param>
/// <param name="GapPp">Target minus share, pp (negative when above).</param>
/// <param name="Gdp">Projected GDP in the deadline year on the share's basis (nominal GDP anchored on NATO's published spending), national currency.</param>
/// <param name="Shortfall">The money lacking (zero when met), national currency, current prices of the deadline year.</param>
/// <param name="ShortfallUsd">The same in USD at the deadline year's projected exchange rate.</param>
/// <param name="ShortfallEur">The same in EUR at the deadline year's projected euro rate.</param>
public sealed record DeadlineGap(int Year, int BaseYear, ShareOfGdp Share, decimal GapPp, Money Gdp, Money Shortfall, Money ShortfallUsd, Money ShortfallEur);

/// <summary>One ally's gap in the chosen year, and at the deadline when asked.</summary>
/// <param name="Ally">The ally.</param>
/// <param name="Target">The target it is held to.</param>
/// <param name="Share">Its share of GDP in the year, as published.</param>
/// <param name="Estimate">Whether the edition marks the year as an estimate.</param>
/// <param name="GapPp">Target minus share, pp (negative when above the target).</param>
/// <param name="Gdp">Nominal GDP in national currency (derived from NATO's implied exchange rate).</param>
/// <param name="GdpUsd">Nominal GDP in USD, as published.</param>
/// <param name="Shortfall">Money lacking in national currency, current prices (zero when met; derived).</param>
/// <param name="ShortfallUsd">The same in USD, current prices and exchange rates (derived).</param>
/// <param name="ShortfallEur">The same in EUR at the year's euro rate (derived).</param>
/// <param name="AtDeadline">The gap at the deadline on projected GDP, or <c>null</c>.</param>
public sealed record GapRow(
    Ally Ally,
    ShareOfGdp Target,
    ShareOfGdp Share,
    bool Estimate,
    decimal GapPp,
    Money Gdp,
    Money GdpUsd,
    Money Shortfall,
    Money ShortfallUsd,
    Money ShortfallEur,
    DeadlineGap? AtDeadline);

/// <summary>A named set of allies to total.</summary>
/// <param name="Name">A group name (<c>europe</c>) or <c>selection</c>.</param>
/// <param name="Members">The allies.</param>
public sealed record GapGroup(string Name, IReadOnlyList<AllyCode> Members);

/// <summary>A group's totals in USD (and EUR): the sum of shortfalls, and the aggregate net gap where allies above the target offset those below.</summary>
/// <param name="Group">The group name.</param>
/// <param name="Allies">How many allies with figures it sums.</param>
/// <param name="SharePct">The group's share: Σ share × GDP / Σ GDP (USD weights), percent (derived).</param>
/// <param name="SumOfShortfallsUsd">Σ of the allies' shortfalls (allies above the target count zero).</param>
/// <param name="AggregateGapUsd">Σ (target − share) × GDP: what the group as a whole lacks (negative when above).</param>
/// <param name="SumOfShortfallsEur">The sum of shortfalls in EUR.</param>
/// <param name="AggregateGapEur">The aggregate gap in EUR.</param>
/// <param name="SumAtDeadlineUsd">The sum of shortfalls at the deadline, or <c>null</c>.</param>
/// <param name="AggregateAtDeadlineUsd">The aggregate gap at the deadline, or <c>null</c>.</param>
public sealed record GapTotal(
    string Group,
    int Allies,
    decimal SharePct,
    Money SumOfShortfallsUsd,
    Money AggregateGapUsd,
    Money SumOfShortfallsEur,
    Money AggregateGapEur,
    Money? SumAtDeadlineUsd,
    Money? AggregateAtDeadlineUsd);

/// <summary>The money allies lack to reach their targets in a year (at that year's GDP) and at a deadline (on projected GDP).</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Year">The year of the published shares.</param>
/// <param name="Targets">The targets.</param>
/// <param name="Rate">The euro rate for the year.</param>
/// <param name="Deadline">The deadline, or <c>null</c> when not asked.</param>
/// <param name="DeadlineRate">The euro's projected rate in the deadline year, or <c>null</c>.</param>
/// <param name="Rows">One row per ally with figures.</param>
/// <param name="Totals">One total per group.</param>
/// <param name="NotReported">Allies without figures for the year (Iceland).</param>
/// <param name="Assumptions">The projection's assumptions when a deadline is asked, else <c>null</c>.</param>
public sealed record GapReport(
    Edition Edition,
    int Year,
    Targets Targets,
    EuroRate Rate,
    int? Deadline,
    EuroRate? DeadlineRate,
    IReadOnlyList<GapRow> Rows,
    IReadOnlyList<GapTotal> Totals,
    IReadOnlyList<Ally> NotReported,
    Assumptions? Assumptions)
{
    /// <summary>The groups to total for a selection: the selection itself, then each standard group (<see cref="AllyRegistry.GroupNames"/>) inside it.</summary>
    public static IReadOnlyList<GapGroup> GroupsFor(string selectionName, IReadOnlyList<Ally> selection)
    {
        ArgumentNullException.ThrowIfNull(selectionName);
        ArgumentNullException.ThrowIfNull(selection);
        var codes = selection.Select(a => a.Code).ToHashSet();
        var groups = new List<GapGroup> { new(selectionName.Trim().ToLowerInvariant(), [.. codes]) };
        foreach (var name in AllyRegistry.GroupNames)
        {
            var members = AllyRegistry.Resolve(name).Select(a => a.Code).ToArray();
            if (members.All(codes.Contains) && !groups.Any(g => g.Members.Count == members.Length && g.Members.All(members.Contains)))
            {
                groups.Add(new GapGroup(name, members));
            }
        }
        return groups;
    }

    /// <summary>Builds the report.</summary>
    /// <param name="data">The edition (with GDP and spending tables).</param>
    /// <param name="year">The year of the shares and GDP.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="allies">The allies to show.</param>
    /// <param name="groups">The groups to total (see <see cref="GroupsFor"/>).</param>
    /// <param name="projections">Projections covering the deadline, or <c>null</c> for no deadline gap.</param>
    /// <param name="deadline">The deadline, or <c>null</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the edition or the deadline outside the projections.</exception>
    /// <exception cref="ArgumentException">The edition lacks GDP or spending tables.</exception>
    public static GapReport Build(EditionData data, int year, Targets targets, IReadOnlyList<Ally> allies, IReadOnlyList<GapGroup> groups,
        ProjectionSet? projections = null, int? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(allies);
        ArgumentNullException.ThrowIfNull(groups);
        if (!data.Years.Contains(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                Invariant($"Edition {data.Edition.Id} has figures for {data.FirstYear} to {data.LastYear}, not {year}; choose a year in that range."));
        }
        if (!data.Metrics.Contains(Metric.GdpUsdCurrent) || !data.Metrics.Contains(Metric.DefenceUsdCurrent) || !data.Metrics.Contains(Metric.DefenceNatcurCurrent))
        {
            throw new ArgumentException($"Edition {data.Edition.Id} publishes no GDP or spending tables, only shares, so money gaps cannot be derived from it; use an edition with Tables 1, 2 and 5 such as 2026.", nameof(data));
        }
        if (deadline is { } d)
        {
            if (projections is null)
            {
                throw new ArgumentException("A deadline gap needs GDP projections covering the deadline.", nameof(projections));
            }
            Paths.RequiredPath.ValidateDeadline(d, projections.Assumptions.BaseYear, projections.Assumptions.LastYear);
        }
        var rate = EuroRate.Implied(data, year);
        var deadlineRate = deadline is { } dlYear ? EuroRate.Projected(projections!, data, dlYear) : null;

        var rows = new List<GapRow>();
        var notReported = new List<Ally>();
        foreach (var ally in allies)
        {
            var share = data.Share(ally.Code, year);
            var gdp = ally.HasExpenditureData ? data.GdpNational(ally, year) : null;
            var gdpUsd = data.GdpUsd(ally.Code, year);
            if (share is not { } s || gdp is not { } g || gdpUsd is not { } gu)
            {
                notReported.Add(ally);
                continue;
            }
            var target = targets.For(ally.Code);
            var gapPp = target - s;
            var lacking = Math.Max(0m, gapPp) / 100m;
            var shortfallUsd = gu * lacking;
            DeadlineGap? atDeadline = null;
            if (deadline is { } dl)
            {
                var p = projections!.For(ally.Code);
                var baseShare = data.Share(ally.Code, p.BaseYear)!.Value;
                var gapAtDeadline = target - baseShare;
                var gdpAtDeadline = Money.Of(p.ShareBasis(dl), ally.Currency);
                var shortfallAtDeadline = gdpAtDeadline * (Math.Max(0m, gapAtDeadline) / 100m);
                var usd = Money.Of(p.ToUsd(shortfallAtDeadline.Amount, dl), Currency.Usd);
                atDeadline = new DeadlineGap(dl, p.BaseYear, baseShare, gapAtDeadline, gdpAtDeadline, shortfallAtDeadline, usd,
                    usd.ConvertTo(Currency.Eur, deadlineRate!.EurPerUsd));
            }
            rows.Add(new GapRow(ally, target, s, data.Find(ally.Code, Metric.DefenceShareOfGdp, year)!.Estimate, gapPp, g, gu,
                g * lacking, shortfallUsd, shortfallUsd.ConvertTo(Currency.Eur, rate.EurPerUsd), atDeadline));
        }

        var totals = groups.Select(group => Total(group, rows, rate, deadlineRate, projections)).ToArray();
        return new GapReport(data.Edition, year, targets, rate, deadline, deadlineRate, rows, totals, notReported,
            deadline is not null ? projections!.Assumptions : null);
    }

    private static GapTotal Total(GapGroup group, List<GapRow> rows, EuroRate rate, EuroRate? deadlineRate, ProjectionSet? projections)
    {
        var members = rows.Where(r => group.Members.Contains(r.Ally.Code)).ToArray();
        decimal sum = 0m, net = 0m, weighted = 0m, gdp = 0m, sumDeadline = 0m, netDeadline = 0m;
        foreach (var r in members)
        {
            sum += r.ShortfallUsd.Amount;
            net += r.GdpUsd.Amount * r.GapPp / 100m;
            weighted += r.GdpUsd.Amount * r.Share.Percent;
            gdp += r.GdpUsd.Amount;
            if (r.AtDeadline is { } d)
            {
                sumDeadline += d.ShortfallUsd.Amount;
                netDeadline += projections!.For(r.Ally.Code).ToUsd(d.Gdp.Amount, d.Year) * d.GapPp / 100m;
            }
        }
        var hasDeadline = deadlineRate is not null;
        return new GapTotal(
            group.Name,
            members.Length,
            gdp > 0m ? weighted / gdp : 0m,
            Money.Of(sum, Currency.Usd),
            Money.Of(net, Currency.Usd),
            Money.Of(sum * rate.EurPerUsd, Currency.Eur),
            Money.Of(net * rate.EurPerUsd, Currency.Eur),
            hasDeadline ? Money.Of(sumDeadline, Currency.Usd) : null,
            hasDeadline ? Money.Of(netDeadline, Currency.Usd) : null);
    }
}
