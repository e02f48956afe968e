namespace NatoSpend.Domain.Plans;

/// <summary>The plan checks, in the order they are reported; one list for the plan checker and the simulation.</summary>
public enum CheckId
{
    /// <summary>The core share reaches the target by the deadline (and every floor year).</summary>
    ReachesTarget,

    /// <summary>No year-on-year decline (always, or while below the target, as the rule set says).</summary>
    NoDecline,

    /// <summary>The core share rises at least the rule set's minimum step each year until the target.</summary>
    MinStep,

    /// <summary>By the review year, at least the rule set's fraction of the straight-line progress.</summary>
    NotBackLoaded,

    /// <summary>The first year starts from NATO's latest published figure, within a tolerance.</summary>
    StartsFromPublished,

    /// <summary>Real growth of spending above the rule set's rate for several years running is flagged.</summary>
    PlausibleExecution,

    /// <summary>The related ledger is capped at 1.5% of GDP, and core plus related reaches the total target.</summary>
    RelatedCap,

    /// <summary>Every year from the first to the deadline is given.</summary>
    EveryYearPresent,

    /// <summary>The equipment share meets the rule set's guideline (Wales: 20%).</summary>
    Equipment,
}

/// <summary>The names checks go by in every output (<c>reaches-target</c>, …).</summary>
public static class CheckIds
{
    private static readonly string[] Names =
        ["reaches-target", "no-decline", "min-step", "not-back-loaded", "starts-from-published", "plausible-execution", "related-cap", "every-year-present", "equipment"];

    /// <summary>Every check, in the order they are reported.</summary>
    public static IReadOnlyList<CheckId> All { get; } = Enum.GetValues<CheckId>();

    /// <summary>The checks that depend on GDP, and so on each simulated draw, in the order the simulation counts them.</summary>
    public static IReadOnlyList<CheckId> PerDraw { get; } = [CheckId.ReachesTarget, CheckId.NoDecline, CheckId.MinStep, CheckId.NotBackLoaded, CheckId.PlausibleExecution];

    /// <summary>The check's name in outputs.</summary>
    public static string Name(this CheckId id) => Names[(int)id];

    /// <summary>The check with a name, or <c>null</c>.</summary>
    public static CheckId? FromName(string name) => Array.IndexOf(Names, name) is var i and >= 0 ? (CheckId)i : null;
}
