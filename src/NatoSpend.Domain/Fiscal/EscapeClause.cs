using NatoSpend.Domain.Allies;

namespace NatoSpend.Domain.Fiscal;

/// <summary>The Stability and Growth Pact's national escape clause activated for a member state's defence spending (data/eu/README.md).</summary>
/// <param name="Ally">The member state.</param>
/// <param name="RequestedBy">The date of the Council statement that listed the state as requesting it, or <c>null</c>.</param>
/// <param name="ActivatedOn">The date the Council activated it.</param>
/// <param name="DurationYears">How many years it covers (four).</param>
/// <param name="MaxFlexibilityPct">The cap on the deviation it allows, percent of GDP (1.5).</param>
/// <param name="Source">The source, as the file cites it.</param>
public sealed record EscapeClauseActivation(AllyCode Ally, DateOnly? RequestedBy, DateOnly ActivatedOn, int DurationYears, decimal MaxFlexibilityPct, string Source)
{
    /// <summary>The first year covered: the year of activation (2025, the Commission's design: flexibility from 2025).</summary>
    public int FirstYear => ActivatedOn.Year;

    /// <summary>The last year covered: four years from the first (2028).</summary>
    public int LastYear => FirstYear + DurationYears - 1;
}

/// <summary>One year of the escape clause's cover for a path.</summary>
/// <param name="Year">The year.</param>
/// <param name="Share">The core share of GDP that year: published up to the base year, on the path after it, percent.</param>
/// <param name="Basis"><c>published</c> (NATO, up to the base year) or <c>path</c>.</param>
/// <param name="RiseSinceReferencePp">The share above the 2021 share, percentage points (negative when below).</param>
/// <param name="FlexibilityPp">The deviation the clause allows that year: the rise since 2021, capped at the maximum and never below zero, pp of GDP.</param>
/// <param name="ExtraPp">The path's extra share above the base year's, pp (zero up to the base year).</param>
/// <param name="CoveredPp">The part of the path's extra that falls within the flexibility, pp.</param>
/// <param name="Extra">The path's extra spending, millions of national currency (zero up to the base year).</param>
/// <param name="Covered">The part of the extra spending within the flexibility, millions of national currency.</param>
public sealed record EscapeClauseYear(int Year, decimal Share, string Basis, decimal RiseSinceReferencePp, decimal FlexibilityPp, decimal ExtraPp, decimal CoveredPp,
    decimal Extra, decimal Covered)
{
    /// <summary>The extra spending beyond the clause's cover, millions of national currency.</summary>
    public decimal NotCovered => Extra - Covered;
}

/// <summary>
/// How much of a path's extra defence spending the national escape clause covers. Under the clause, defence spending above the
/// 2021 level, up to 1.5% of GDP, may deviate from the net expenditure path without opening an excessive deficit procedure,
/// for four years. So in each covered year the flexibility is <c>min(cap, max(0, s(y) − s(2021)))</c>, and the path's extra
/// (the band from the base-year share <c>s(b)</c> up to <c>s(y)</c>) is covered where it lies inside the band from <c>s(2021)</c>
/// to <c>s(2021) + cap</c>: <c>max(0, min(s(y), s(2021) + cap) − max(s(b), s(2021)))</c> pp. The rise from 2021 to the base
/// year uses the cover first. The clause is flexibility in the EU's fiscal rules, not money: covered spending is still borrowed.
/// </summary>
public static class EscapeClauseCoverage
{
    /// <summary>The reference year the clause measures the rise in defence spending from.</summary>
    public const int ReferenceYear = 2021;

    /// <summary>The clause's cover for each year it covers, from its first year to its last or the path's last, whichever is earlier.</summary>
    /// <param name="clause">The activation.</param>
    /// <param name="referenceShare">The core share of GDP in 2021, percent.</param>
    /// <param name="baseYear">The path's base year.</param>
    /// <param name="baseShare">The share in the base year, percent.</param>
    /// <param name="published">The published share in a year up to the base year, or <c>null</c>.</param>
    /// <param name="extra">The path's extra spending after the base year.</param>
    public static IReadOnlyList<EscapeClauseYear> Compute(EscapeClauseActivation clause, decimal referenceShare, int baseYear, decimal baseShare,
        Func<int, decimal?> published, IReadOnlyList<ExtraSpending> extra)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(extra);
        var rows = new List<EscapeClauseYear>();
        for (var year = clause.FirstYear; year <= clause.LastYear; year++)
        {
            if (year <= baseYear)
            {
                if (published(year) is { } s)
                {
                    var rise = s - referenceShare;
                    rows.Add(new EscapeClauseYear(year, s, "published", rise, Flexibility(rise, clause.MaxFlexibilityPct), 0m, 0m, 0m, 0m));
                }
                continue;
            }
            if (extra.FirstOrDefault(x => x.Year == year) is not { } x)
            {
                continue;
            }
            var up = x.Share - referenceShare;
            var covered = Math.Max(0m, Math.Min(x.Share, referenceShare + clause.MaxFlexibilityPct) - Math.Max(baseShare, referenceShare));
            covered = Math.Min(covered, Math.Max(0m, x.ExtraPp));
            var money = x.ExtraPp > 0m ? x.Extra * covered / x.ExtraPp : 0m;
            rows.Add(new EscapeClauseYear(year, x.Share, "path", up, Flexibility(up, clause.MaxFlexibilityPct), x.ExtraPp, covered, x.Extra, money));
        }
        return rows;
    }

    private static decimal Flexibility(decimal rise, decimal cap) => Math.Min(cap, Math.Max(0m, rise));
}
