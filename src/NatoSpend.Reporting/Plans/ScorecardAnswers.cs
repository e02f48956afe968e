using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Plans;

/// <summary>The scorecard as JSON (<c>natospend plans --scorecard --format json</c>, <c>GET /api/v1/plans/scorecard</c>): every ally's newest plan against the required path.</summary>
/// <param name="Rules">The rule set whose required path the plans are set against.</param>
/// <param name="Edition">The NATO edition the required path starts from.</param>
/// <param name="RequiredPath">The required path's shape, base year and deadline.</param>
/// <param name="Counts">How many allies are on track, off track and not assessable.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Allies">One row per ally, keyed by <paramref name="Columns"/>.</param>
/// <param name="Notes">How the scorecard is built and read.</param>
public sealed record ScorecardAnswer(RulesAnswer Rules, EditionAnswer Edition, RequiredPathAnswer RequiredPath, ScorecardCountsAnswer Counts,
    IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> Allies, IReadOnlyList<string> Notes);

/// <summary>The required path plans are scored against.</summary>
/// <param name="Shape">The path shape.</param>
/// <param name="FromYear">The year it starts from NATO's published share.</param>
/// <param name="Deadline">The rule set's deadline.</param>
public sealed record RequiredPathAnswer(string Shape, int FromYear, int Deadline);

/// <summary>How many allies have each status.</summary>
/// <param name="OnTrack">On track.</param>
/// <param name="OffTrack">Off track.</param>
/// <param name="NotAssessable">Not assessable.</param>
public sealed record ScorecardCountsAnswer(int OnTrack, int OffTrack, int NotAssessable);
