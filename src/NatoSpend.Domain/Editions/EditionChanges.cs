using NatoSpend.Domain.Allies;

namespace NatoSpend.Domain.Editions;

/// <summary>One ally's share of GDP for one year as two editions publish it.</summary>
/// <param name="Ally">The ally.</param>
/// <param name="Year">The year.</param>
/// <param name="Older">The older edition's figure.</param>
/// <param name="Newer">The newer edition's figure.</param>
public sealed record Revision(Ally Ally, int Year, Observation Older, Observation Newer)
{
    /// <summary>The revision in percentage points: newer minus older, as published.</summary>
    public decimal Pp => Newer.Value - Older.Value;

    /// <summary>The revision as a percentage of the older figure, or <c>null</c> when the older figure is zero.</summary>
    public decimal? Pct => Older.Value == 0m ? null : Pp / Older.Value * 100m;
}

/// <summary>One ally's latest share of GDP in each edition (each edition's own latest year for the ally), and the move between them.</summary>
/// <param name="Ally">The ally.</param>
/// <param name="Older">The older edition's latest figure for the ally.</param>
/// <param name="Newer">The newer edition's latest figure for the ally.</param>
public sealed record Move(Ally Ally, Observation Older, Observation Newer)
{
    /// <summary>The move in percentage points: newer minus older.</summary>
    public decimal Pp => Newer.Value - Older.Value;
}

/// <summary>How many allies are at or above a threshold in a year, as each of two editions publishes it.</summary>
/// <param name="Year">The year.</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="Older">The older edition's count, or <c>null</c> when it has no figure for the year.</param>
/// <param name="Newer">The newer edition's count, or <c>null</c> when it has no figure for the year.</param>
public sealed record CountMove(int Year, ShareOfGdp Threshold, ThresholdTally? Older, ThresholdTally? Newer)
{
    /// <summary>Newer minus older, when both editions count the year.</summary>
    public int? Change => Older is { } o && Newer is { } n ? n.AtOrAbove - o.AtOrAbove : null;
}

/// <summary>A count of allies at or above a threshold, out of the allies the edition gives a figure for.</summary>
/// <param name="AtOrAbove">The allies at or above, with shares rounded to 2 decimals as NATO counts.</param>
/// <param name="Of">The allies with a figure.</param>
public sealed record ThresholdTally(int AtOrAbove, int Of);

/// <summary>What changed between two NATO editions: revisions of the same figure, moves of the latest figure, and counts at the thresholds.</summary>
/// <remarks>Every figure is as published in its edition; nothing is spliced. Editions on different definitions are compared as published, and a difference includes the change of definition.</remarks>
public static class EditionChanges
{
    /// <summary>Every ally-year both editions publish a share of GDP for, largest revision (absolute pp) first.</summary>
    public static IReadOnlyList<Revision> Revisions(EditionData older, EditionData newer, IReadOnlyList<Ally> allies)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(allies);
        var revisions = new List<Revision>();
        foreach (var ally in allies)
        {
            foreach (var year in older.Years.Intersect(newer.Years))
            {
                if (older.Find(ally.Code, Metric.DefenceShareOfGdp, year) is { } o && newer.Find(ally.Code, Metric.DefenceShareOfGdp, year) is { } n)
                {
                    revisions.Add(new Revision(ally, year, o, n));
                }
            }
        }
        return [.. revisions.OrderByDescending(r => Math.Abs(r.Pp)).ThenBy(r => r.Ally.Code.Value, StringComparer.Ordinal).ThenBy(r => r.Year)];
    }

    /// <summary>Each ally's latest published share in each edition, largest move (absolute pp) first.</summary>
    public static IReadOnlyList<Move> Moves(EditionData older, EditionData newer, IReadOnlyList<Ally> allies)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(allies);
        var moves = new List<Move>();
        foreach (var ally in allies)
        {
            if (Latest(older, ally) is { } o && Latest(newer, ally) is { } n)
            {
                moves.Add(new Move(ally, o, n));
            }
        }
        return [.. moves.OrderByDescending(m => Math.Abs(m.Pp)).ThenBy(m => m.Ally.Code.Value, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The counts at each threshold for the years that tell the story: from the older edition's last year with a figure for
    /// every ally it covers, to the newer edition's latest year.
    /// </summary>
    public static IReadOnlyList<CountMove> Counts(EditionData older, EditionData newer, IReadOnlyList<Ally> allies, IReadOnlyList<ShareOfGdp> thresholds)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(allies);
        ArgumentNullException.ThrowIfNull(thresholds);
        var from = LastCompleteYear(older, allies);
        var counts = new List<CountMove>();
        foreach (var year in older.Years.Union(newer.Years).Where(y => y >= from && y <= newer.LastYear).Order())
        {
            foreach (var threshold in thresholds)
            {
                counts.Add(new CountMove(year, threshold, Tally(older, allies, year, threshold), Tally(newer, allies, year, threshold)));
            }
        }
        return counts;
    }

    /// <summary>The count of allies at or above a threshold in a year, or <c>null</c> when the edition has no figure for the year.</summary>
    public static ThresholdTally? Tally(EditionData data, IReadOnlyList<Ally> allies, int year, ShareOfGdp threshold)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(allies);
        var shares = allies.Select(a => data.Share(a.Code, year)).OfType<ShareOfGdp>().ToArray();
        return shares.Length == 0 ? null : new ThresholdTally(shares.Count(s => s.Meets(threshold)), shares.Length);
    }

    /// <summary>The latest year in which the edition has a share for every ally it covers in any year.</summary>
    public static int LastCompleteYear(EditionData data, IReadOnlyList<Ally> allies)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(allies);
        var covered = allies.Count(a => data.Covers(a.Code));
        var complete = data.Years.Where(y => allies.Count(a => data.Find(a.Code, Metric.DefenceShareOfGdp, y) is not null) == covered).ToArray();
        return complete.Length > 0 ? complete.Max() : data.LastYear;
    }

    private static Observation? Latest(EditionData data, Ally ally) =>
        data.Years.Reverse().Select(y => data.Find(ally.Code, Metric.DefenceShareOfGdp, y)).FirstOrDefault(o => o is not null);
}
