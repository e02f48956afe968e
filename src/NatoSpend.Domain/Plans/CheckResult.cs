namespace NatoSpend.Domain.Plans;

/// <summary>What one check found.</summary>
public enum CheckOutcome
{
    /// <summary>The plan passes the check.</summary>
    Pass,

    /// <summary>The plan fails the check.</summary>
    Fail,

    /// <summary>The check does not apply (the rule set has no such rule, or the plan lacks what the check needs).</summary>
    NotApplicable,

    /// <summary>The rule set has the rule but the plan gives none of the figures it needs (no related spending, no equipment share): never a pass, and said so in the verdict.</summary>
    NotShown,
}

/// <summary>How much a check weighs in the verdict.</summary>
public enum CheckWeight
{
    /// <summary>A failure makes the plan not credible.</summary>
    Decisive,

    /// <summary>A failure (missing years) makes the plan incomplete.</summary>
    Completeness,

    /// <summary>A failure is a question to ask (an unexplained jump, fast growth), reported but not deciding the verdict.</summary>
    Flag,
}

/// <summary>The overall verdict on a plan.</summary>
public enum VerdictKind
{
    /// <summary>Every decisive check passes or does not apply, and every year needed is given.</summary>
    Credible,

    /// <summary>At least one decisive check fails.</summary>
    NotCredible,

    /// <summary>No decisive check fails, but years are missing, so some checks cannot be decided.</summary>
    Incomplete,
}

/// <summary>A number that decided a check, with its unit.</summary>
/// <param name="Name">What the number is, such as <c>share 2032</c> or <c>minimum step</c>.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">The unit: <c>%</c> of GDP, <c>pp</c>, <c>% a year</c>, <c>fraction</c>, <c>years</c>.</param>
public sealed record CheckNumber(string Name, decimal Value, string Unit);

/// <summary>The result of one plan check.</summary>
/// <param name="Name">The check's id, such as <c>min-step</c>.</param>
/// <param name="Outcome">Pass, fail or not applicable.</param>
/// <param name="Weight">How it weighs in the verdict.</param>
/// <param name="Years">The years that decided it (the failing years, or the years compared).</param>
/// <param name="Numbers">The numbers that decided it.</param>
/// <param name="Message">One or two sentences a researcher can quote.</param>
/// <param name="Undecided">Whether the check is not applicable only because the plan lacks a year it needs.</param>
public sealed record CheckResult(string Name, CheckOutcome Outcome, CheckWeight Weight, IReadOnlyList<int> Years, IReadOnlyList<CheckNumber> Numbers, string Message, bool Undecided = false)
{
    /// <summary>The outcome as printed: <c>pass</c>, <c>fail</c>, <c>not shown</c> or <c>n/a</c>.</summary>
    public string OutcomeLabel => Outcome switch
    {
        CheckOutcome.Pass => "pass",
        CheckOutcome.Fail => "fail",
        CheckOutcome.NotShown => "not shown",
        _ => "n/a",
    };

    /// <summary>The weight as printed: <c>decisive</c>, <c>completeness</c> or <c>flag</c>.</summary>
    public string WeightLabel => Weight.ToString().ToLowerInvariant();
}

/// <summary>The verdict on a plan under a rule set, with the reasons in order of weight.</summary>
/// <param name="Kind">Credible, not credible or incomplete.</param>
/// <param name="Summary">One sentence naming the verdict, the rule set and the deciding checks.</param>
/// <param name="Reasons">The reasons: decisive failures first, then missing years and undecided checks, then flags.</param>
public sealed record Verdict(VerdictKind Kind, string Summary, IReadOnlyList<string> Reasons)
{
    /// <summary>The verdict as printed: <c>credible</c>, <c>not credible</c> or <c>incomplete</c>.</summary>
    public string Label => Kind switch
    {
        VerdictKind.Credible => "credible",
        VerdictKind.NotCredible => "not credible",
        _ => "incomplete",
    };
}

/// <summary>One change the smallest fix makes: a year's figure raised.</summary>
/// <param name="Year">The year.</param>
/// <param name="Ledger"><c>core</c>, <c>related</c> or <c>equipment</c>.</param>
/// <param name="FromPercent">The plan's share, percent of GDP (for the <c>equipment</c> ledger: percent of core defence spending).</param>
/// <param name="ToPercent">The least share that passes, in the same unit.</param>
/// <param name="Money">The extra spending in national currency, current prices, on the GDP used (derived; for equipment, on the plan's core spending), or <c>null</c> when it is not known.</param>
/// <param name="Message">The change in words, such as <c>raise 2029 from 2.80% to at least 2.95% (+0.15 pp, EUR 6,900 m)</c>.</param>
public sealed record FixChange(int Year, string Ledger, decimal FromPercent, decimal ToPercent, Money? Money, string Message)
{
    /// <summary>The rise in percentage points.</summary>
    public decimal ChangePp => ToPercent - FromPercent;
}

/// <summary>The least upward change to named years that makes a failing plan pass its decisive checks.</summary>
/// <param name="Changes">The changes, year by year.</param>
/// <param name="Passes">Whether the plan with the changes passes every decisive check (it cannot when a needed year is missing).</param>
/// <param name="Message">The fix in one or more sentences.</param>
public sealed record SmallestFix(IReadOnlyList<FixChange> Changes, bool Passes, string Message);
