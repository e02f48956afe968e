using NatoSpend.Domain.Rules;

namespace NatoSpend.Domain.Plans;

/// <summary>One year of a checked plan, in shares and money both ways.</summary>
/// <param name="Year">The year.</param>
/// <param name="CoreShare">Core share of GDP, percent: given, or derived from spending and GDP; <c>null</c> when GDP is not known.</param>
/// <param name="CoreSpending">Core spending, national currency units, current prices: given, or derived from the share and GDP.</param>
/// <param name="CoreGivenAs"><c>share</c> or <c>money</c>: which of the two the plan gives (the other is derived).</param>
/// <param name="RelatedShare">Related share of GDP, percent, or <c>null</c>.</param>
/// <param name="RelatedSpending">Related spending, national currency units, or <c>null</c>.</param>
/// <param name="RelatedCounted">The related share that counts towards the total target (at most the cap), or <c>null</c>.</param>
/// <param name="UkraineShare">Contributions to Ukraine inside core, percent of GDP, or <c>null</c>.</param>
/// <param name="StepPp">The rise of the core share from the previous year given, per year, pp (<c>null</c> for the first year).</param>
/// <param name="RealGrowthPct">Real growth of core spending from the year before, percent (<c>null</c> when that year is not given).</param>
/// <param name="Published">NATO's published share for the year, or <c>null</c>.</param>
/// <param name="Gdp">Nominal GDP used for conversions, national currency units (derived), or <c>null</c>.</param>
/// <param name="Note">The plan's note.</param>
public sealed record CheckedYear(
    int Year,
    decimal? CoreShare,
    decimal? CoreSpending,
    string CoreGivenAs,
    decimal? RelatedShare,
    decimal? RelatedSpending,
    decimal? RelatedCounted,
    decimal? UkraineShare,
    decimal? StepPp,
    decimal? RealGrowthPct,
    ShareOfGdp? Published,
    decimal? Gdp,
    string? Note);

/// <summary>A plan checked under a rule set: each check with its numbers, the verdict and, for a failing plan, the smallest fix.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Rules">The rule set.</param>
/// <param name="Economy">The published figures and GDP used.</param>
/// <param name="Target">The core target for the plan's ally.</param>
/// <param name="Years">The plan's years in shares and money.</param>
/// <param name="Checks">Every check, in the order of issue 4.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Fix">The smallest fix for a plan that is not credible, else <c>null</c>.</param>
public sealed record PlanCheck(Plan Plan, RuleSet Rules, PlanEconomy Economy, ShareOfGdp Target, IReadOnlyList<CheckedYear> Years,
    IReadOnlyList<CheckResult> Checks, Verdict Verdict, SmallestFix? Fix);

