using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Projections;
using static System.FormattableString;

namespace NatoSpend.Domain.Paths;

/// <summary>The shape parameters of a path.</summary>
/// <param name="MinStepPp">The fixed rise of a <see cref="PathShape.MinStep"/> path, percentage points a year.</param>
/// <param name="FrontLoadFraction">The fraction of the remaining distance a <see cref="PathShape.FrontLoaded"/> path closes each year (0 to 1, exclusive).</param>
public sealed record PathParameters(decimal MinStepPp, decimal FrontLoadFraction)
{
    /// <summary>The 2032 draft's 0.2 pp a year, and a front-loaded path closing a quarter of the remaining distance each year.</summary>
    public static PathParameters Default { get; } = new(0.2m, 0.25m);
}

/// <summary>One year of a required path. The base year's share and spending are NATO's published figures; every other figure is derived.</summary>
/// <param name="Year">The year.</param>
/// <param name="Share">Core share of GDP on the path (the base year's is as published).</param>
/// <param name="Spending">Spending in national currency, current prices: NATO's published spending in the base year, then grown with the share and nominal GDP.</param>
/// <param name="SpendingUsd">Spending in USD, current prices, at the year's exchange rate.</param>
/// <param name="SpendingUsd2021">Spending in USD at 2021 prices and exchange rates.</param>
/// <param name="StepPp">The rise of the share against the previous year, pp (<c>null</c> in the base year).</param>
/// <param name="RealGrowthPct">Real growth of spending against the previous year, percent (<c>null</c> in the base year).</param>
/// <param name="ExtraVsHold">Spending above the baseline (share frozen at the base year), national currency.</param>
/// <param name="CumulativeExtra">The extra summed from the year after the base year to this year, national currency.</param>
/// <param name="ExtraVsHoldUsd">The extra in USD, current prices.</param>
/// <param name="CumulativeExtraUsd">The cumulative extra in USD, current prices.</param>
/// <param name="Basis">Where the year's figures come from: published (base year), the outlook, or extrapolated past it.</param>
/// <param name="Estimate">Whether NATO marks the (base-year) published figures as an estimate.</param>
public sealed record PathYear(
    int Year,
    ShareOfGdp Share,
    Money Spending,
    Money SpendingUsd,
    Money SpendingUsd2021,
    decimal? StepPp,
    decimal? RealGrowthPct,
    Money ExtraVsHold,
    Money CumulativeExtra,
    Money ExtraVsHoldUsd,
    Money CumulativeExtraUsd,
    ProjectionBasis Basis,
    bool Estimate);

/// <summary>A path for one ally from its published base-year share to a target by a deadline, year by year (docs/domain.md §3).</summary>
/// <remarks>
/// Every path starts exactly at the published base-year share. Every shape but <see cref="PathShape.Hold"/> ends exactly on the
/// target in the deadline year, with two stated exceptions: an ally already at or above the target holds its share (nothing is
/// required), and a <see cref="PathShape.MinStep"/> path whose fixed step is too small stops short (<see cref="ReachesTarget"/> is false).
/// </remarks>
public sealed class RequiredPath
{
    private RequiredPath(Ally ally, PathShape shape, ShareOfGdp baseShare, ShareOfGdp target, int baseYear, int deadline,
        PathParameters parameters, IReadOnlyList<PathYear> rows, decimal? constantRealGrowthPct, int? targetReachedYear, IReadOnlyList<string> notes)
    {
        Ally = ally;
        Shape = shape;
        BaseShare = baseShare;
        Target = target;
        BaseYear = baseYear;
        Deadline = deadline;
        Parameters = parameters;
        Rows = rows;
        ConstantRealGrowthPct = constantRealGrowthPct;
        TargetReachedYear = targetReachedYear;
        Notes = notes;
    }

    /// <summary>The ally.</summary>
    public Ally Ally { get; }

    /// <summary>The shape.</summary>
    public PathShape Shape { get; }

    /// <summary>The published share in the base year.</summary>
    public ShareOfGdp BaseShare { get; }

    /// <summary>The target.</summary>
    public ShareOfGdp Target { get; }

    /// <summary>The base year.</summary>
    public int BaseYear { get; }

    /// <summary>The deadline.</summary>
    public int Deadline { get; }

    /// <summary>The shape parameters used.</summary>
    public PathParameters Parameters { get; }

    /// <summary>One row a year from the base year to the deadline.</summary>
    public IReadOnlyList<PathYear> Rows { get; }

    /// <summary>The constant real growth of spending of a <see cref="PathShape.RealGrowth"/> path, percent a year; otherwise <c>null</c>.</summary>
    public decimal? ConstantRealGrowthPct { get; }

    /// <summary>The first year at or above the target (possibly after the deadline for a min-step path), or <c>null</c> for a hold path below it.</summary>
    public int? TargetReachedYear { get; }

    /// <summary>Whether the base share is already at or above the target.</summary>
    public bool AlreadyAtTarget => BaseShare >= Target;

    /// <summary>Whether the path is at or above the target in the deadline year.</summary>
    public bool ReachesTarget => Rows[^1].Share >= Target;

    /// <summary>Plain statements about the path (already at target, falls short), one sentence each.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Computes a path.</summary>
    /// <param name="projection">The ally's GDP projection; its base year is the path's base year.</param>
    /// <param name="baseShare">The published share in the base year.</param>
    /// <param name="target">The target share.</param>
    /// <param name="deadline">The year the target must be reached; after the base year and within the projection.</param>
    /// <param name="shape">The shape.</param>
    /// <param name="parameters">The shape parameters (step, fraction).</param>
    /// <exception cref="ArgumentOutOfRangeException">An input is out of range; the message names it, the rule and the fix.</exception>
    public static RequiredPath Compute(GdpProjection projection, ShareOfGdp baseShare, ShareOfGdp target, int deadline, PathShape shape, PathParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(parameters);
        var b = projection.BaseYear;
        ValidateDeadline(deadline, b, projection.LastYear);
        if (!Enum.IsDefined(shape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, PathShapes.UnknownMessage(shape.ToString()));
        }
        if (shape == PathShape.MinStep && parameters.MinStepPp is <= 0m or > 10m)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), parameters.MinStepPp,
                Invariant($"The minimum step {parameters.MinStepPp} pp is outside the range above 0 to 10 pp a year; choose a step such as 0.2."));
        }
        if (shape == PathShape.FrontLoaded && parameters.FrontLoadFraction is <= 0m or >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), parameters.FrontLoadFraction,
                Invariant($"The front-load fraction {parameters.FrontLoadFraction} is not between 0 and 1; choose a fraction such as 0.25."));
        }

        var n = deadline - b;
        var s0 = baseShare.Percent;
        var t = target.Percent;
        var shares = new decimal[n + 1];
        var holding = shape == PathShape.Hold || s0 >= t;
        decimal? realGrowth = null;
        for (var k = 0; k <= n; k++)
        {
            shares[k] = holding ? s0 : shape switch
            {
                PathShape.Linear => s0 + (t - s0) * k / n,
                PathShape.MinStep => Math.Min(t, s0 + parameters.MinStepPp * k),
                PathShape.FrontLoaded => s0 + (t - s0) * FrontLoadedProgress(1m - parameters.FrontLoadFraction, k, n),
                _ => 0m,
            };
        }
        if (!holding && shape == PathShape.RealGrowth)
        {
            realGrowth = RealGrowthShares(projection, s0, t, n, shares);
        }
        shares[0] = s0;

        var rows = BuildRows(projection, shares);
        int? reached = s0 >= t ? b
            : shape == PathShape.Hold ? null
            : shape == PathShape.MinStep ? b + (int)Math.Ceiling((t - s0) / parameters.MinStepPp)
            : deadline;
        var notes = NotesFor(projection.Ally, shape, s0, t, b, deadline, parameters, shares[^1], reached);
        return new RequiredPath(projection.Ally, shape, baseShare, target, b, deadline, parameters, rows, realGrowth, reached, notes);
    }

    /// <summary>Checks a deadline against a base year: it must come after it and within the projection.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The deadline is not after the base year or beyond the last projected year.</exception>
    public static void ValidateDeadline(int deadline, int baseYear, int lastYear)
    {
        if (deadline < baseYear)
        {
            throw new ArgumentOutOfRangeException(nameof(deadline), deadline,
                Invariant($"The deadline {deadline} is before the base year {baseYear}; choose a deadline from {baseYear + 1} on."));
        }
        if (deadline == baseYear)
        {
            throw new ArgumentOutOfRangeException(nameof(deadline), deadline,
                Invariant($"The deadline {deadline} is the base year itself; choose a deadline from {baseYear + 1} on."));
        }
        if (deadline > lastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(deadline), deadline,
                Invariant($"The deadline {deadline} is after the last projected year {lastYear}; choose a deadline up to {lastYear} or project further."));
        }
    }

    // Normalised geometric progress: each step is (1 − f) times the one before, so each year closes the fraction f of the
    // distance still to go (to a point chosen so that the path lands exactly on the target at k = n).
    private static decimal FrontLoadedProgress(decimal q, int k, int n)
    {
        if (k == n)
        {
            return 1m;
        }
        decimal qk = 1m, qn = 1m;
        for (var i = 0; i < n; i++)
        {
            if (i < k)
            {
                qk *= q;
            }
            qn *= q;
        }
        return (1m - qk) / (1m - qn);
    }

    // Real spending is share × real GDP; constant growth g from s0·R(0) to t·R(n) gives (1 + g)^n = t·R(n) / (s0·R(0)).
    private static decimal RealGrowthShares(GdpProjection projection, decimal s0, decimal t, int n, decimal[] shares)
    {
        var b = projection.BaseYear;
        var r0 = projection.RealAmount(b);
        var ratio = (double)(t * projection.RealAmount(b + n) / (s0 * r0));
        for (var k = 1; k < n; k++)
        {
            var factor = (decimal)Math.Pow(ratio, (double)k / n);
            shares[k] = s0 * factor * r0 / projection.RealAmount(b + k);
        }
        shares[n] = t;
        return (decimal)((Math.Pow(ratio, 1.0 / n) - 1.0) * 100.0);
    }

    private static PathYear[] BuildRows(GdpProjection projection, decimal[] shares)
    {
        var b = projection.BaseYear;
        var currency = projection.Ally.Currency;
        var rows = new PathYear[shares.Length];
        var s0 = shares[0];
        decimal cumulative = 0m, cumulativeUsd = 0m;
        for (var k = 0; k < shares.Length; k++)
        {
            var year = b + k;
            var spending = k == 0 ? projection.BaseSpending : projection.SpendingAt(shares[k], year);
            var extra = projection.SpendingAt(shares[k] - s0, year);
            var extraUsd = projection.ToUsd(extra, year);
            cumulative += extra;
            cumulativeUsd += extraUsd;
            decimal? step = null, realGrowth = null;
            if (k > 0)
            {
                step = shares[k] - shares[k - 1];
                var before = shares[k - 1] * projection.RealAmount(year - 1);
                realGrowth = before > 0m ? (shares[k] * projection.RealAmount(year) / before - 1m) * 100m : null;
            }
            rows[k] = new PathYear(
                year,
                ShareOfGdp.FromPercent(shares[k]),
                Money.Of(spending, currency),
                Money.Of(projection.ToUsd(spending, year), Currency.Usd),
                Money.Of(projection.ToUsd2021(spending, year), Currency.Usd),
                step,
                realGrowth,
                Money.Of(extra, currency),
                Money.Of(cumulative, currency),
                Money.Of(extraUsd, Currency.Usd),
                Money.Of(cumulativeUsd, Currency.Usd),
                projection.BasisOf(year),
                k == 0 && projection.BaseIsEstimate);
        }
        return rows;
    }

    private static string[] NotesFor(Ally ally, PathShape shape, decimal s0, decimal t, int b, int deadline, PathParameters p, decimal last, int? reached)
    {
        if (shape == PathShape.Hold)
        {
            return [Invariant($"The hold path freezes {ally.Name}'s share at its {b} level of {s0:0.00}%; it is the baseline for the extra spending.")];
        }
        if (s0 >= t)
        {
            return [Invariant($"{ally.Name} is at {s0:0.00}% in {b}, already at or above the target {t:0.00}%, so the path holds its share and requires no extra spending.")];
        }
        if (shape == PathShape.MinStep && last < t)
        {
            var linear = (t - s0) / (deadline - b);
            return [Invariant($"At {p.MinStepPp:0.00} pp a year {ally.Name} reaches {last:0.00}% in {deadline}, {t - last:0.00} pp short of the target {t:0.00}%; it would reach it in {reached}, and a linear path needs {linear:0.000} pp a year.")];
        }
        return [];
    }
}
