using System.Globalization;
using NatoSpend.Domain.Gaps;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using static System.FormattableString;

namespace NatoSpend.Reporting.Gaps;

/// <summary><c>natospend gap</c> and <c>GET /api/v1/gaps</c>: the money allies and groups lack to reach a target, in a year and at the deadline.</summary>
public static class GapVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Year">The year of the published shares and GDP (default: the edition's latest).</param>
    /// <param name="Allies">Codes or a group (default: all).</param>
    /// <param name="Path">The path inputs; a gap takes the edition, rules, target, deadline, growth, rates, outlook and exchange-rate rule.</param>
    public sealed record Request(string? Year, string? Allies, PathInput Path);

    /// <summary>The gaps, with the answer.</summary>
    /// <param name="Report">The gaps by ally and group.</param>
    /// <param name="Table">The report as a table, one row per ally.</param>
    /// <param name="Answer">The typed answer.</param>
    /// <param name="Rules">The rule set the targets come from.</param>
    /// <param name="Assumptions">The GDP and exchange-rate assumptions of the deadline figures.</param>
    /// <param name="Title">The table's title.</param>
    /// <param name="Subject">What the answer is about, in a line, for an export's sources.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(GapReport Report, ReportTable Table, GapAnswer Answer, RuleSet Rules, Assumptions Assumptions, string Title, string Subject, string FileName);

    /// <summary>Checks the request, computes the gaps and shapes the answer.</summary>
    /// <exception cref="InputException">The request is malformed or cannot be answered.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(face);
        var alliesText = request.Allies ?? "all";
        var picked = Input.Read(() => UserInput.Allies(alliesText));
        var setup = PathSetup.Resolve(request.Path, sources, face);
        var data = setup.Data;
        // A whole number the edition lacks can be typed but not answered; anything else cannot be read.
        var y = Input.Read(() => UserInput.Year(request.Year, data),
            int.TryParse(request.Year, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? InputProblem.Unanswerable : InputProblem.Malformed);
        var (report, projections) = Input.Read(() =>
        {
            var projected = ProjectionSet.Build(data, picked, setup.Outlook, setup.BaseYear, setup.Deadline, setup.Options);
            return (GapReport.Build(data, y, setup.Targets, picked, GapReport.GroupsFor(alliesText, picked), projected, setup.Deadline), projected);
        }, InputProblem.Unanswerable);
        var table = GapTable.Build(report);
        var assumptions = projections.Assumptions;
        var targetText = setup.TargetGiven ? Invariant($"{setup.Targets.Default.Percent}% of GDP") : $"the targets of {setup.Rules.Id}";
        var title = Invariant($"Money lacking to reach {targetText}: {y}{(data.EstimateYears.Contains(y) ? "e" : "")} at {y} GDP, and {setup.Deadline} at projected GDP with {setup.BaseYear} shares held; NATO edition {data.Edition.Id}");
        return new Result(report, table, GapAnswer.Of(report, table, setup.Rules, setup.Deadline, assumptions.Lines()), setup.Rules, assumptions, title,
            Invariant($"Money lacking to reach {targetText} in {y} and by {setup.Deadline}, NATO edition {data.Edition.Id}"),
            Invariant($"natospend-gap-{y}-{setup.Deadline}-edition-{data.Edition.Id}"));
    }
}
