using NatoSpend.Domain.Plans;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;

namespace NatoSpend.Reporting.Plans;

/// <summary><c>natospend plans --scorecard</c> and <c>GET /api/v1/plans/scorecard</c>: every ally's newest shipped plan against the rule set's required path.</summary>
public static class ScorecardVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Inputs">The rules, growth, rates, outlook and exchange-rate inputs; the others are not read.</param>
    public sealed record Request(PathInput Inputs);

    /// <summary>The scorecard, with the answer in the forms asked for.</summary>
    /// <param name="Card">The scorecard.</param>
    /// <param name="Table">One row per ally: the terminal table, the CSV and the sheet.</param>
    /// <param name="Answer">The scorecard as JSON.</param>
    /// <param name="Title">The title of the table.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(Scorecard Card, ReportTable Table, ScorecardAnswer Answer, string Title, string FileName);

    /// <summary>Checks the inputs and every shipped plan, and sets each ally's newest against the required path.</summary>
    /// <exception cref="InputException">An input is malformed or names nothing, or the rule set's deadline leaves no required path (unanswerable).</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var setup = PlanSetup.Resolve(request.Inputs, sources, face);
        var plans = PlanHistory.CheckAll(sources.Plans.Select(p => (p.File, p.Plan)), setup.Rules, setup.Data, setup.Outlook, setup.Options);
        var card = Input.Read(() => PlanScorecard.Build(plans, setup.Rules, setup.Data, setup.Outlook, setup.Options), InputProblem.Unanswerable);
        var table = ScorecardReport.Table(card);
        return new Result(card, table, ScorecardReport.Answer(card, table), $"National plans against the required path; rules {card.Rules.Id}",
            $"natospend-plans-scorecard-{card.Rules.Id}");
    }
}
