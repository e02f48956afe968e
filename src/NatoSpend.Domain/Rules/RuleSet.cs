using System.Collections.Frozen;
using System.Globalization;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;

namespace NatoSpend.Domain.Rules;

/// <summary>Where a rule set stands: adopted by the allies, a reported draft, or one ally's reading.</summary>
public enum RuleStatus
{
    /// <summary>Adopted at a summit.</summary>
    Adopted,

    /// <summary>A draft reported before adoption; never NATO's rule.</summary>
    Draft,

    /// <summary>One ally's own reading of an adopted rule; user-selectable, never a hard-coded exemption.</summary>
    NationalView,
}

/// <summary>When a plan may not let its share fall from one year to the next.</summary>
public enum DeclineRule
{
    /// <summary>Never: every year at least the year before.</summary>
    Always,

    /// <summary>Only while the share is below the target (the Wales pledge's "halt any decline").</summary>
    WhileBelowTarget,

    /// <summary>No such check.</summary>
    Off,
}

/// <summary>The parameters of the plan checks (issue 4); NATO defines none of them, so they are NatoSpend's stated, editable defaults.</summary>
/// <param name="NoDecline">When a year-on-year decline fails a plan.</param>
/// <param name="EveryYearPresent">Whether a plan must give every year from the base year to the deadline.</param>
/// <param name="JumpTolerancePp">How far, in percentage points, a plan's first year may sit from the latest published share without an explanation.</param>
/// <param name="BackLoadingMinProgress">The fraction (0 to 1) of straight-line progress a plan must have made by the review year, or <c>null</c> for no such check.</param>
/// <param name="MaxRealGrowthPct">Real growth of spending, percent a year, above which execution is flagged as implausible when it lasts.</param>
/// <param name="MaxRealGrowthRunYears">How many years running above <paramref name="MaxRealGrowthPct"/> are flagged.</param>
public sealed record PlanCheckParameters(
    DeclineRule NoDecline,
    bool EveryYearPresent,
    decimal JumpTolerancePp,
    decimal? BackLoadingMinProgress,
    decimal MaxRealGrowthPct,
    int MaxRealGrowthRunYears);

/// <summary>A rule set as read from a file, before it is checked: every member may be missing or out of range.</summary>
/// <remarks>Member names follow the JSON schema of <c>data/rules/README.md</c>, so that a problem's field is its JSON path.</remarks>
public sealed record RuleSetDefinition
{
    /// <summary>A short id, lower case with hyphens, such as <c>hague-2025</c>.</summary>
    public string? Id { get; init; }

    /// <summary>A one-line title.</summary>
    public string? Title { get; init; }

    /// <summary>Adopted, draft or national view.</summary>
    public RuleStatus Status { get; init; }

    /// <summary>The citation of the text the rule set encodes.</summary>
    public string? Source { get; init; }

    /// <summary>Where the text is published.</summary>
    public Uri? Url { get; init; }

    /// <summary>The date the rule was adopted (or reported, for a draft).</summary>
    public DateOnly? Adopted { get; init; }

    /// <summary>The core target, percent of GDP.</summary>
    public decimal? CoreTarget { get; init; }

    /// <summary>The total target (core plus capped related spending), percent of GDP, or <c>null</c>.</summary>
    public decimal? TotalTarget { get; init; }

    /// <summary>The most related spending that counts towards the total target, percent of GDP.</summary>
    public decimal? RelatedCap { get; init; }

    /// <summary>The year by which the targets must be met.</summary>
    public int? Deadline { get; init; }

    /// <summary>The first year from which the core target is a floor every year, or <c>null</c>.</summary>
    public int? FloorFrom { get; init; }

    /// <summary>The year the trajectory is reviewed, or <c>null</c>.</summary>
    public int? ReviewYear { get; init; }

    /// <summary>The minimum rise of the core share each year, pp, or <c>null</c>.</summary>
    public decimal? MinAnnualStepPp { get; init; }

    /// <summary>Core targets for named allies that replace <see cref="CoreTarget"/> for them.</summary>
    public IReadOnlyDictionary<AllyCode, decimal> AllyTargets { get; init; } = FrozenDictionary<AllyCode, decimal>.Empty;

    /// <summary>Whether direct contributions to Ukraine's defence count towards spending: when not, a plan's Ukraine figures are taken out of the core share checked.</summary>
    public bool UkraineContributionsCount { get; init; }

    /// <summary>The share of defence spending on major equipment (incl. R&amp;D) required by the deadline, percent, or <c>null</c>.</summary>
    public decimal? EquipmentSharePct { get; init; }

    /// <summary>The path shape used when the user names none.</summary>
    public PathShape DefaultShape { get; init; } = PathShape.Linear;

    /// <summary>The fraction of the remaining distance a front-loaded path closes each year.</summary>
    public decimal FrontLoadFraction { get; init; } = 0.25m;

    /// <summary>The plan-check parameters.</summary>
    public PlanCheckParameters Checks { get; init; } = RuleSet.DefaultChecks;
}

/// <summary>One thing wrong with a rule-set definition.</summary>
/// <param name="Field">The member, written as its path in the rule-set file (such as <c>checks.jumpTolerancePp</c>).</param>
/// <param name="Value">The offending value, as text.</param>
/// <param name="Message">One sentence naming the rule and the fix.</param>
public sealed record RuleProblem(string Field, string Value, string Message);

/// <summary>A pledge as data: targets, deadline, review, steps and the parameters of the plan checks.</summary>
/// <remarks>Immutable and checked: build one with <see cref="Create"/>. Pledges are never code; the shipped ones live in <c>data/rules/</c>.</remarks>
public sealed class RuleSet
{
    /// <summary>The earliest and latest deadline a rule set may have.</summary>
    public const int MinDeadline = 2000, MaxDeadline = Years.Last;

    /// <summary>NatoSpend's default plan-check parameters (not NATO's: NATO defines no "credible path").</summary>
    public static PlanCheckParameters DefaultChecks { get; } = new(DeclineRule.Always, true, 0.3m, 0.5m, 10m, 3);

    private RuleSet(RuleSetDefinition d)
    {
        Id = d.Id!;
        Title = d.Title!;
        Status = d.Status;
        Source = d.Source!;
        Url = d.Url;
        Adopted = d.Adopted;
        CoreTarget = ShareOfGdp.FromPercent(d.CoreTarget!.Value);
        TotalTarget = d.TotalTarget is { } total ? ShareOfGdp.FromPercent(total) : null;
        RelatedCap = d.RelatedCap is { } cap ? ShareOfGdp.FromPercent(cap) : null;
        Deadline = d.Deadline!.Value;
        FloorFrom = d.FloorFrom;
        ReviewYear = d.ReviewYear;
        MinAnnualStepPp = d.MinAnnualStepPp;
        AllyTargets = d.AllyTargets.ToFrozenDictionary(p => p.Key, p => ShareOfGdp.FromPercent(p.Value));
        UkraineContributionsCount = d.UkraineContributionsCount;
        EquipmentSharePct = d.EquipmentSharePct;
        DefaultShape = d.DefaultShape;
        FrontLoadFraction = d.FrontLoadFraction;
        Checks = d.Checks;
    }

    /// <summary>A short id, such as <c>hague-2025</c>.</summary>
    public string Id { get; }

    /// <summary>A one-line title.</summary>
    public string Title { get; }

    /// <summary>Adopted, draft or national view.</summary>
    public RuleStatus Status { get; }

    /// <summary>The citation of the text the rule set encodes.</summary>
    public string Source { get; }

    /// <summary>Where the text is published, or <c>null</c>.</summary>
    public Uri? Url { get; }

    /// <summary>The adoption (or report) date, or <c>null</c>.</summary>
    public DateOnly? Adopted { get; }

    /// <summary>The core target (NATO's definition of defence expenditure).</summary>
    public ShareOfGdp CoreTarget { get; }

    /// <summary>Core plus related spending (capped at <see cref="RelatedCap"/>) required, or <c>null</c>.</summary>
    public ShareOfGdp? TotalTarget { get; }

    /// <summary>The most related spending that counts towards the total; an excess never substitutes for core.</summary>
    public ShareOfGdp? RelatedCap { get; }

    /// <summary>The year by which the targets must be met.</summary>
    public int Deadline { get; }

    /// <summary>The first year from which the core target is a floor every year, or <c>null</c>.</summary>
    public int? FloorFrom { get; }

    /// <summary>The review year, or <c>null</c>.</summary>
    public int? ReviewYear { get; }

    /// <summary>The minimum rise of the core share each year, pp, or <c>null</c>.</summary>
    public decimal? MinAnnualStepPp { get; }

    /// <summary>Core targets for named allies, replacing <see cref="CoreTarget"/> for them.</summary>
    public IReadOnlyDictionary<AllyCode, ShareOfGdp> AllyTargets { get; }

    /// <summary>Whether direct contributions to Ukraine's defence count: when not, a plan's Ukraine figures are taken out of the core share its checks use.</summary>
    public bool UkraineContributionsCount { get; }

    /// <summary>The share of defence spending on major equipment (incl. R&amp;D) a plan must reach by the deadline, percent, or <c>null</c> for no such check.</summary>
    public decimal? EquipmentSharePct { get; }

    /// <summary>The path shape used when the user names none.</summary>
    public PathShape DefaultShape { get; }

    /// <summary>The fraction of the remaining distance a front-loaded path closes each year (0 to 1, exclusive).</summary>
    public decimal FrontLoadFraction { get; }

    /// <summary>The plan-check parameters.</summary>
    public PlanCheckParameters Checks { get; }

    /// <summary>The citation with its adoption date and address where the file gives them, such as <c>NATO, The Hague Summit Declaration, 25 June 2025 (adopted 2025-06-25; https://…)</c>.</summary>
    public string Citation
    {
        get
        {
            var details = new[] { Adopted?.ToString("'adopted 'yyyy-MM-dd", CultureInfo.InvariantCulture), Url?.ToString() }.OfType<string>().ToArray();
            return details.Length == 0 ? Source : $"{Source} ({string.Join("; ", details)})";
        }
    }

    /// <summary>The core target for an ally: its own where the rule set names one, else <see cref="CoreTarget"/>.</summary>
    public ShareOfGdp TargetFor(AllyCode ally) => AllyTargets.TryGetValue(ally, out var own) ? own : CoreTarget;

    /// <summary>Checks a definition and builds the rule set.</summary>
    /// <exception cref="ArgumentException">The definition has problems; the message gives the first, <see cref="Validate"/> lists them all.</exception>
    public static RuleSet Create(RuleSetDefinition definition)
    {
        var problems = Validate(definition);
        return problems.Count == 0
            ? new RuleSet(definition)
            : throw new ArgumentException($"The rule set has {problems.Count} problem(s), the first at {problems[0].Field}: {problems[0].Message}", nameof(definition));
    }

    /// <summary>Every problem with a definition, in schema order; empty when it is valid.</summary>
    public static IReadOnlyList<RuleProblem> Validate(RuleSetDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var d = definition;
        var problems = new List<RuleProblem>();
        // Every message names the rule, the value it got and, where there is one, the fix; V() writes the value.
        void Problem(string field, object? value, string message) => problems.Add(new RuleProblem(field, Text(value), message));

        if (string.IsNullOrWhiteSpace(d.Id) || !d.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            Problem("id", d.Id, $"the id must be lower-case letters, digits and hyphens such as hague-2025, but was {V(d.Id)}.");
        }
        if (string.IsNullOrWhiteSpace(d.Title))
        {
            Problem("title", d.Title, $"the title must be a non-empty sentence naming the pledge, but was {V(d.Title)}.");
        }
        if (string.IsNullOrWhiteSpace(d.Source))
        {
            Problem("source", d.Source, $"the source must cite the text the rule set encodes (who, what, date), but was {V(d.Source)}.");
        }
        if (d.CoreTarget is not ({ } core and > 0m and <= 100m))
        {
            Problem("coreTarget", d.CoreTarget, $"the core target must be a percent of GDP above 0 and at most 100 such as 3.5, but was {V(d.CoreTarget)}.");
        }
        if (d.TotalTarget is { } total)
        {
            if (total is <= 0m or > 100m || (d.CoreTarget is { } c && total < c))
            {
                Problem("totalTarget", total, $"the total target must be a percent of GDP from the core target up to 100 such as 5, but was {V(total)}.");
            }
            else if (d.RelatedCap is null)
            {
                Problem("relatedCap", null, "a rule set with a total target needs relatedCap, the most related spending that counts such as 1.5, but it is missing.");
            }
            else if (d.CoreTarget is { } c2 && total > c2 + d.RelatedCap.Value)
            {
                Problem("totalTarget", total, $"the total target {V(total)} is above the core target plus the related cap ({V(c2)} + {V(d.RelatedCap.Value)}), so no ally could meet it; raise relatedCap or lower totalTarget.");
            }
        }
        if (d.RelatedCap is { } related && related is < 0m or > 100m)
        {
            Problem("relatedCap", related, $"the related cap must be a percent of GDP from 0 to 100 such as 1.5, but was {V(related)}.");
        }
        if (d.Deadline is not ({ } deadline and >= MinDeadline and <= MaxDeadline))
        {
            Problem("deadline", d.Deadline, $"the deadline must be a year from {MinDeadline} to {MaxDeadline} such as 2035, but was {V(d.Deadline)}.");
        }
        else
        {
            if (d.Adopted is { } adopted && adopted.Year > deadline)
            {
                Problem("adopted", adopted, $"the adoption date {V(adopted)} is after the deadline {deadline}; correct one of them.");
            }
            if (d.FloorFrom is { } floor && floor is < MinDeadline or > MaxDeadline)
            {
                Problem("floorFrom", floor, $"floorFrom must be a year from {MinDeadline} to {MaxDeadline} such as 2024, but was {V(floor)}.");
            }
            if (d.ReviewYear is { } review && (review > deadline || (d.Adopted is { } a && review < a.Year)))
            {
                Problem("reviewYear", review, $"the review year must lie between the adoption year and the deadline {deadline} such as 2029, but was {V(review)}.");
            }
        }
        if (d.MinAnnualStepPp is { } step && step is <= 0m or > 10m)
        {
            Problem("minAnnualStepPp", step, $"the minimum annual step must be above 0 and at most 10 percentage points such as 0.2, but was {V(step)}.");
        }
        foreach (var (ally, target) in d.AllyTargets)
        {
            if (AllyRegistry.Find(ally) is null)
            {
                Problem($"allyTargets.{ally.Value}", ally.Value, $"each key of allyTargets must be an ally code such as ESP, but was {V(ally.Value)}.");
            }
            if (target is <= 0m or > 100m)
            {
                Problem($"allyTargets.{ally.Value}", target, $"an ally's target must be a percent of GDP above 0 and at most 100 such as 2.1, but was {V(target)}.");
            }
        }
        if (d.EquipmentSharePct is { } equipment && equipment is < 0m or > 100m)
        {
            Problem("equipmentSharePct", equipment, $"the equipment share must be a percent of defence spending from 0 to 100 such as 20, but was {V(equipment)}.");
        }
        if (d.FrontLoadFraction is <= 0m or >= 1m)
        {
            Problem("paths.frontLoadFraction", d.FrontLoadFraction, $"the front-load fraction must be above 0 and below 1 such as 0.25, but was {V(d.FrontLoadFraction)}.");
        }
        var checks = d.Checks;
        if (checks is null)
        {
            Problem("checks", null, "the checks object is required, but it is missing; copy it from a shipped rule set.");
            return problems;
        }
        if (checks.JumpTolerancePp is < 0m or > 100m)
        {
            Problem("checks.jumpTolerancePp", checks.JumpTolerancePp, $"the jump tolerance must be from 0 to 100 percentage points such as 0.3, but was {V(checks.JumpTolerancePp)}.");
        }
        if (checks.BackLoadingMinProgress is { } progress && progress is < 0m or > 1m)
        {
            Problem("checks.backLoadingMinProgress", progress, $"the back-loading threshold must be a fraction from 0 to 1 of straight-line progress such as 0.5, but was {V(progress)}.");
        }
        else if (checks.BackLoadingMinProgress is { } needsReview && d.ReviewYear is null)
        {
            Problem("checks.backLoadingMinProgress", needsReview, $"a back-loading check ({V(needsReview)}) needs a reviewYear; set reviewYear or make backLoadingMinProgress null.");
        }
        if (checks.MaxRealGrowthPct <= 0m)
        {
            Problem("checks.maxRealGrowthPct", checks.MaxRealGrowthPct, $"the plausible real growth must be above 0 percent a year such as 10, but was {V(checks.MaxRealGrowthPct)}.");
        }
        if (checks.MaxRealGrowthRunYears is < 1 or > 50)
        {
            Problem("checks.maxRealGrowthRunYears", checks.MaxRealGrowthRunYears, $"the run length must be from 1 to 50 years such as 3, but was {V(checks.MaxRealGrowthRunYears)}.");
        }
        return problems;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}";

    private static string V(object? value) => Text(value);

    private static string Text(object? value) => value switch
    {
        null => "missing",
        string s => $"'{s}'",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "missing",
    };
}
