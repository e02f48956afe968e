using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Rules;
using static System.FormattableString;

namespace NatoSpend.Reporting.Plans;

/// <summary>The plan scorecard as a table and as JSON: what <c>natospend plans --scorecard</c> and <c>GET /api/v1/plans/scorecard</c> show.</summary>
public static class ScorecardReport
{
    /// <summary>The scorecard as a table: one row per ally, the same for the terminal, CSV and the workbook.</summary>
    public static ReportTable Table(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("name", "Name", null, Provenance.Label),
            new("plans", "Plans", "plans", Provenance.Label, 0),
            new("newest_plan", "Newest plan", null, Provenance.Label),
            new("announced", "Announced", null, Provenance.Label),
            new("basis", "Basis", null, Provenance.Label),
            new("announced_verdict", "On its announced points", null, Provenance.Derived),
            new("year", "Year", null, Provenance.Label),
            new("announced_share", "Announced % GDP", "% of GDP", Provenance.Published, 2, "the plan's own figure as announced (data/plans), with its source in plan_source"),
            new("announced_as", "Announced as", null, Provenance.Label),
            new("required_share", "Required % GDP", "% of GDP", Provenance.Derived),
            new("required_shape", "Required path", null, Provenance.Label),
            new("gap_pp", "Gap pp", "pp", Provenance.Derived),
            new("status", "Status", null, Provenance.Derived),
            new("reason", "Reason", null, Provenance.Derived),
            new("plan_source", "Plan source", null, Provenance.Label),
        ];
        var rows = card.Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Ally.Code.Value,
            r.Ally.Name,
            r.Plans,
            r.Newest?.Name,
            r.Newest?.Check.Plan.Announced,
            r.Newest is null ? null : r.Newest.Check.Plan.Basis == PlanBasis.National ? "national" : "nato",
            r.Newest?.Announced.Label,
            r.Year,
            r.AnnouncedShare,
            r.AnnouncedAs is "money" ? "money (share derived on the GDP used)" : r.AnnouncedAs,
            r.RequiredShare,
            PathShapes.Name(r.RequiredShape),
            r.GapPp,
            r.StatusLabel,
            r.Reason,
            r.Newest?.Check.Plan.Source?.ToString(),
        ]).ToArray();
        return new ReportTable(columns, rows, Notes(card));
    }

    /// <summary>The scorecard as an answer, the same for <c>natospend plans --scorecard --format json</c> and <c>GET /api/v1/plans/scorecard</c>.</summary>
    public static ScorecardAnswer Answer(Scorecard card, ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(table);
        // A hold rule set still has a required path to score against: the linear one.
        var shape = card.Rules.DefaultShape == PathShape.Hold ? PathShape.Linear : card.Rules.DefaultShape;
        return new ScorecardAnswer(RulesAnswer.Of(card.Rules), EditionAnswer.Of(card.Edition),
            new RequiredPathAnswer(PathShapes.Name(shape), card.BaseYear, card.Rules.Deadline),
            new ScorecardCountsAnswer(card.Count(ScorecardStatus.OnTrack), card.Count(ScorecardStatus.OffTrack), card.Count(ScorecardStatus.NotAssessable)),
            ColumnAnswer.Of(table), RowAnswer.Of(table), table.Notes);
    }

    private static IReadOnlyList<string> Notes(Scorecard card) =>
    [
        Invariant($"Each ally's newest shipped plan (data/plans) against the required path of {card.Rules.Id}: its {PathShapes.Name(card.Rules.DefaultShape)} shape (linear where a fixed step falls short of the target) from NATO's published share in {card.BaseYear} (edition {card.Edition.Id}) to the ally's target by {card.Rules.Deadline}, held at the target after it (derived by NatoSpend)."),
        Invariant($"Year: the deadline {card.Rules.Deadline} when the plan announces it, else its last announced year; an interpolated year is never used. Gap: announced less required, pp, both rounded to 2 decimals as NATO prints shares."),
        "Status: off track when a decisive check fails on the path through the announced points or the announced share is below the required path; on track when neither; not assessable with no plan, no core figure, or one point at or above the path.",
        "Verdicts are NatoSpend's explicit tests, never NATO's: NATO does not define a credible, incremental path.",
    ];
}
