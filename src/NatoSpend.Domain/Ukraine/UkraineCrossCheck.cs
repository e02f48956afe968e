using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Plans;
using static System.FormattableString;

namespace NatoSpend.Domain.Ukraine;

/// <summary>A plan year's Ukraine contribution set against what the Kiel Institute recorded for the ally that year.</summary>
/// <param name="Year">The year.</param>
/// <param name="PlanNationalM">What the plan counts for Ukraine, million national currency (derived from its share and GDP where given as a share).</param>
/// <param name="KielNationalM">Kiel's military allocations, million national currency at NATO's implied rates (derived), or <c>null</c> where the ally is not tracked.</param>
/// <param name="KielEurM">Kiel's military allocations, EUR million as published, or <c>null</c>.</param>
/// <param name="CompleteYear">Whether Kiel's release covers the whole year.</param>
/// <param name="Warning">A sentence when the plan counts more than Kiel recorded (or Kiel does not track the ally), else <c>null</c>.</param>
/// <param name="KielMonths">The months of the year Kiel's figures cover, such as "Jan-Dec" or "Jan-Apr".</param>
public sealed record UkraineYearCheck(int Year, decimal PlanNationalM, decimal? KielNationalM, decimal? KielEurM, bool CompleteYear, string? Warning, string KielMonths);

/// <summary>Checks a plan's <c>ukraine</c> column against Kiel's history where the years overlap (a warning, never part of the verdict).</summary>
public static class UkraineCrossCheck
{
    /// <summary>Whether a plan gives a Ukraine column to cross-check.</summary>
    public static bool Applies(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Years.Any(y => y.Ukraine is not null);
    }

    /// <summary>One entry per plan year that gives a Ukraine figure within Kiel's coverage.</summary>
    public static IReadOnlyList<UkraineYearCheck> Check(PlanCheck check, UkraineLedger ledger, EditionData data)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(data);
        var ally = check.Plan.Ally;
        var results = new List<UkraineYearCheck>();
        foreach (var year in check.Years)
        {
            if (year.UkraineShare is not { } share || year.Gdp is not { } gdp || year.Year < UkraineLedger.FirstYear || year.Year > ledger.LastYear)
            {
                continue;
            }
            var planM = share / 100m * gdp / 1_000_000m;
            var kielEur = ledger.MilitaryEurBn(ally.Code, year.Year) is { } bn ? bn * 1000m : (decimal?)null;
            var kielNat = kielEur is { } e && data.Years.Contains(year.Year) ? AidConversion.ToNational(data, ally, year.Year, e) : null;
            var complete = ledger.IsComplete(year.Year);
            var partial = complete ? "" : Invariant($" (Kiel's {year.Year} covers January to {ledger.DataThrough:MMMM} only)");
            string? warning = kielEur is null
                ? Invariant($"{year.Year}: the plan counts {ally.Currency} {planM:#,0} m for Ukraine, but the Kiel Institute does not track {ally.Name}, so it cannot be cross-checked.")
                : kielNat is { } k && planM > k
                    ? Invariant($"{year.Year}: the plan counts {ally.Currency} {planM:#,0} m for Ukraine, more than the military aid the Kiel Institute recorded ({ally.Currency} {k:#,0} m{(ally.Currency == Currency.Eur ? "" : $", EUR {kielEur:#,0} m")}){partial}; check what the plan counts.")
                    : null;
            results.Add(new UkraineYearCheck(year.Year, Math.Round(planM, 1), kielNat is { } kn ? Math.Round(kn, 1) : null, kielEur, complete, warning, ledger.MonthsLabel(year.Year)));
        }
        return results;
    }
}
