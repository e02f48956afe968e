using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Text;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

/// <summary>Where an ally's newest plan stands against the rule set's required path.</summary>
public enum ScorecardStatus
{
    /// <summary>On track on its announced points, and at or above the required path in the year assessed.</summary>
    OnTrack,

    /// <summary>Off track on its announced points, or below the required path in the year assessed.</summary>
    OffTrack,

    /// <summary>No plan, no core figure, or nothing to set against the required path.</summary>
    NotAssessable,
}

/// <summary>One ally on the scorecard: its newest plan against the rule set's required path.</summary>
/// <param name="Ally">The ally.</param>
/// <param name="Plans">How many shipped plans the ally has.</param>
/// <param name="Newest">The newest plan: of those no other plan revises, the last announced (then by file); <c>null</c> when the ally has none.</param>
/// <param name="Year">The year assessed: the deadline when the plan announces it, else its last announced year; <c>null</c> without a core point.</param>
/// <param name="AnnouncedShare">The plan's core share in <paramref name="Year"/> as announced (derived from money on the GDP used when the plan gives only money).</param>
/// <param name="AnnouncedAs"><c>share</c>, or <c>money</c> when the share is derived from an amount; <c>null</c> without a core point.</param>
/// <param name="RequiredShare">The required path's share in <paramref name="Year"/> (derived), or <c>null</c> when the year is before the path starts.</param>
/// <param name="GapPp">Announced less required, pp, both as NATO prints them (2 decimals); negative is behind the path.</param>
/// <param name="Status">On track, off track or not assessable.</param>
/// <param name="Reason">Why, in one line.</param>
/// <param name="RequiredShape">The shape of the ally's required path: the rule set's default, or linear where a fixed step falls short of the target.</param>
public sealed record ScorecardRow(Ally Ally, int Plans, ShippedPlanCheck? Newest, int? Year, decimal? AnnouncedShare, string? AnnouncedAs,
    decimal? RequiredShare, decimal? GapPp, ScorecardStatus Status, string Reason, PathShape RequiredShape)
{
    /// <summary>The status as printed: <c>on track</c>, <c>off track</c> or <c>not assessable</c>.</summary>
    public string StatusLabel => PlanScorecard.Label(Status);
}

/// <summary>Every ally's newest plan against the rule set's required path: the summit-day table.</summary>
/// <param name="Rules">The rule set.</param>
/// <param name="BaseYear">The year the required path starts from NATO's published share.</param>
/// <param name="Edition">The NATO edition.</param>
/// <param name="Rows">One row per ally NATO publishes figures for, by ally code.</param>
public sealed record Scorecard(RuleSet Rules, int BaseYear, Edition Edition, IReadOnlyList<ScorecardRow> Rows)
{
    /// <summary>How many allies have each status.</summary>
    public int Count(ScorecardStatus status) => Rows.Count(r => r.Status == status);
}

/// <summary>Builds the scorecard: each ally's newest plan, its verdict on its announced points, and its announced share against the required path.</summary>
/// <remarks>
/// The year assessed is always an announced year, never an interpolated one. The required path is the rule set's default shape from
/// NATO's latest published share to the ally's target by the deadline (held at the target after it). A plan on a national basis is
/// compared all the same, and its reason says so: part of any gap may be definitional.
/// </remarks>
public static class PlanScorecard
{
    /// <summary>The status as printed.</summary>
    public static string Label(ScorecardStatus status) => status switch
    {
        ScorecardStatus.OnTrack => "on track",
        ScorecardStatus.OffTrack => "off track",
        _ => "not assessable",
    };

    /// <summary>The rule set's required path for an ally: its default shape, or linear where a fixed step falls short of the target.</summary>
    /// <param name="projection">The ally's GDP projection from the base year to at least the deadline.</param>
    /// <param name="baseShare">NATO's published share in the base year.</param>
    /// <param name="rules">The rule set.</param>
    public static RequiredPath RequiredFor(GdpProjection projection, ShareOfGdp baseShare, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(rules);
        var target = rules.TargetFor(projection.Ally.Code);
        var shape = rules.DefaultShape == PathShape.Hold ? PathShape.Linear : rules.DefaultShape;
        var parameters = new PathParameters(rules.MinAnnualStepPp ?? PathParameters.Default.MinStepPp, rules.FrontLoadFraction);
        var path = RequiredPath.Compute(projection, baseShare, target, rules.Deadline, shape, parameters);
        // A fixed step too small to reach the target: the straight line, steeper than the step, is what the target requires.
        return path.ReachesTarget ? path : RequiredPath.Compute(projection, baseShare, target, rules.Deadline, PathShape.Linear, parameters);
    }

    /// <summary>The scorecard of every ally NATO publishes figures for, from the shipped plans checked under the rule set.</summary>
    /// <param name="plans">Every shipped plan checked under <paramref name="rules"/> (<see cref="PlanHistory.CheckAll"/>).</param>
    /// <param name="rules">The rule set.</param>
    /// <param name="data">The NATO edition (the newest).</param>
    /// <param name="outlook">The WEO outlook for GDP beyond the edition.</param>
    /// <param name="options">Growth and exchange-rate overrides.</param>
    /// <exception cref="ArgumentException">The rule set's deadline is not after the edition's last year, so there is no required path.</exception>
    public static Scorecard Build(IReadOnlyList<ShippedPlanCheck> plans, RuleSet rules, EditionData data, MacroOutlook outlook, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(data);
        var b = data.LastYear;
        if (rules.Deadline <= b)
        {
            throw new ArgumentException(
                Invariant($"Rule set {rules.Id} has its deadline in {rules.Deadline}, not after NATO's latest published year {b}, so there is no required path to score plans against; choose a rule set with a later deadline, such as hague-2025."),
                nameof(rules));
        }
        var rows = new List<ScorecardRow>();
        foreach (var ally in AllyRegistry.All.Where(a => a.HasExpenditureData && data.Share(a.Code, b) is not null).OrderBy(a => a.Code.Value, StringComparer.Ordinal))
        {
            var own = plans.Where(p => p.Check.Plan.Ally.Code == ally.Code).ToArray();
            var projection = GdpProjection.Build(data, ally, outlook, b, rules.Deadline, options);
            var required = RequiredFor(projection, data.Share(ally.Code, b)!.Value, rules);
            rows.Add(Row(ally, own, required, rules) with { RequiredShape = required.Shape });
        }
        return new Scorecard(rules, b, data.Edition, rows);
    }

    private static ScorecardRow Row(Ally ally, ShippedPlanCheck[] own, RequiredPath required, RuleSet rules)
    {
        if (own.Length == 0)
        {
            return new ScorecardRow(ally, 0, null, null, null, null, null, null, ScorecardStatus.NotAssessable, "no shipped plan", PathShape.Linear);
        }
        // A plan another one revises is not the newest, whatever its date says ("2025" sorts before "2025-02-18"); among the rest,
        // PlanHistory.CheckAll's order (announcement date, then file) puts the newest last.
        var newest = own.Where(p => !own.Any(q => q.Check.Plan.Revises == p.Name)).DefaultIfEmpty(own[^1]).Last()!;
        var verdict = newest.Announced;
        var points = verdict.Path.Where(p => !p.Interpolated).ToArray();
        if (points.Length == 0)
        {
            return new ScorecardRow(ally, own.Length, newest, null, null, null, null, null, ScorecardStatus.NotAssessable, verdict.Label, PathShape.Linear);
        }
        var deadline = rules.Deadline;
        var point = points.FirstOrDefault(p => p.Year == deadline) ?? points[^1];
        var announced = Round(point.Share);
        var year = point.Year;
        var basis = newest.Check.Plan.Basis == PlanBasis.National ? " (the plan is on a national basis, so part of the gap may be definitional)" : "";
        if (year < required.BaseYear)
        {
            return new ScorecardRow(ally, own.Length, newest, year, announced, point.Unit, null, null, ScorecardStatus.NotAssessable,
                Invariant($"not assessable: its last announced year {year} is before {required.BaseYear}, where the required path starts; {verdict.Label}"), PathShape.Linear);
        }
        var needed = Round(year > deadline ? required.Target.Percent : required.Rows.First(r => r.Year == year).Share.Percent);
        var gap = announced - needed;
        var against = Invariant($"{announced:0.00}% against {needed:0.00}% required in {year}");
        ScorecardStatus status;
        string reason;
        if (verdict.Kind == AnnouncedVerdictKind.OffTrack)
        {
            status = ScorecardStatus.OffTrack;
            reason = Invariant($"{verdict.Label}; {against}{basis}");
        }
        else if (gap < 0m)
        {
            status = ScorecardStatus.OffTrack;
            reason = Invariant($"{-gap:0.00} pp below the required path: {against}{basis}");
        }
        else if (verdict.Kind == AnnouncedVerdictKind.NotAssessable)
        {
            status = ScorecardStatus.NotAssessable;
            reason = Invariant($"{verdict.Label}; at or above the required path there: {against}{basis}");
        }
        else
        {
            status = ScorecardStatus.OnTrack;
            reason = Invariant($"{verdict.Label}; {against}{basis}");
        }
        return new ScorecardRow(ally, own.Length, newest, year, announced, point.Unit, needed, gap, status, reason, PathShape.Linear);
    }

    private static decimal Round(decimal share) => decimal.Round(share, 2, MidpointRounding.AwayFromZero);
}
