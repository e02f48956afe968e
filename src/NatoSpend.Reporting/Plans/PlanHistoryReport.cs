using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Text;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Rules;
using static System.FormattableString;

namespace NatoSpend.Reporting.Plans;

/// <summary>Shipped plans as a list, side by side and as JSON: what <c>natospend plans</c> and <c>GET /api/v1/plans</c> show.</summary>
/// <remarks>Only announced figures appear in the list and side by side; interpolated years belong to the verdict's path, marked there.</remarks>
public static class PlanHistoryReport
{
    /// <summary>One row per plan: ally, announced, title, basis, years covered, verdict on the announced points, completeness, the checker's verdict.</summary>
    public static ReportTable List(IReadOnlyList<ShippedPlanCheck> plans, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(rules);
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("announced", "Announced", null, Provenance.Label),
            new("file", "File", null, Provenance.Label),
            new("title", "Plan", null, Provenance.Label),
            new("basis", "Basis", null, Provenance.Label),
            new("years", "Years announced", null, Provenance.Label),
            new("announced_verdict", "On the announced points", null, Provenance.Derived),
            new("completeness", "Completeness", null, Provenance.Derived),
            new("verdict", "Verdict", null, Provenance.Derived),
            new("revises", "Revises", null, Provenance.Label),
            new("grades", "Grades", null, Provenance.Label),
        ];
        var rows = plans.Select(p => (IReadOnlyList<object?>)
        [
            p.Check.Plan.Ally.Code.Value,
            p.Check.Plan.Announced,
            p.Name,
            p.Check.Plan.Title,
            p.Check.Plan.Basis == PlanBasis.National ? "national" : "nato",
            YearRanges.Text([.. p.Check.Plan.Years.Select(y => y.Year)]),
            p.Announced.Label,
            p.Announced.Completeness,
            p.Check.Verdict.Label,
            p.Check.Plan.Revises,
            string.Join("", p.Check.Plan.Years.SelectMany(y => y.Figures ?? []).Select(f => f.Grade).OfType<string>().Distinct().Order(StringComparer.Ordinal)),
        ]).ToArray();
        return new ReportTable(columns, rows, Notes(rules));
    }

    /// <summary>One ally's plans side by side: a row per year any plan announces, a column per plan with its core figure as announced.</summary>
    /// <remarks>A cell is the share when the plan gives one (with the amount after it when it gives both), else the amount in millions; empty when the plan does not give the year.</remarks>
    public static ReportTable SideBySide(IReadOnlyList<ShippedPlanCheck> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var years = plans.SelectMany(p => p.Check.Plan.Years.Select(y => y.Year)).Distinct().Order().ToArray();
        var currency = plans.Count > 0 ? plans[0].Check.Plan.Currency.Code : "";
        ReportColumn[] columns =
        [
            new("year", "Year", null, Provenance.Label),
            .. plans.Select(p => new ReportColumn(Key(p), Invariant($"{p.Name} ({p.Check.Plan.Announced ?? "undated"})"), $"% of GDP or million {currency}, as announced", Provenance.Label)),
        ];
        var rows = years.Select(year => (IReadOnlyList<object?>)[year, .. plans.Select(p => PlanHistory.Describe(p.Check.Plan.Find(year), currency))]).ToArray();
        return new ReportTable(columns, rows,
        [
            "Each column is one announcement as its sources state it; an empty cell is a year the plan does not give (nothing is filled in).",
            "Conflicting announcements are separate columns, never averaged.",
        ]);
    }

    /// <summary>The plans as an answer, the same for <c>natospend plans --format json</c> and <c>GET /api/v1/plans</c>.</summary>
    /// <param name="plans">The checked plans.</param>
    /// <param name="rules">The rule set.</param>
    /// <param name="full">Each plan's full check (<see cref="PlanCheckAnswer.Of"/>).</param>
    public static PlanHistoryAnswer Answer(IReadOnlyList<ShippedPlanCheck> plans, RuleSet rules, Func<ShippedPlanCheck, PlanCheckAnswer> full)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(full);
        return new PlanHistoryAnswer(RulesAnswer.Of(rules),
            [.. plans.Select(p => new ShippedPlanAnswer(full(p), p.File, p.Check.Plan.Announced, p.Check.Plan.Revises))],
            [.. PlanHistory.Revisions(plans).Select(r => new RevisionAnswer(r.File, r.Revises, r.Changes))],
            Notes(rules));
    }

    private static IReadOnlyList<string> Notes(RuleSet rules) =>
    [
        "Plans as announced, each figure with its source, date and grade (data/plans/README.md); conflicting sources are separate plans, never averaged.",
        Invariant($"On the announced points: the path through the plan's core points, interpolated between them and never beyond, checked under {rules.Id}; completeness: the years from the latest published year to the deadline that the plan gives."),
        "Verdicts are NatoSpend's explicit tests, never NATO's: NATO does not define a credible, incremental path.",
    ];

    private static string Key(ShippedPlanCheck p) => Path.GetFileNameWithoutExtension(p.Name).Replace('-', '_');
}
