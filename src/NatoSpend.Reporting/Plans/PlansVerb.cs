using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;

namespace NatoSpend.Reporting.Plans;

/// <summary><c>natospend plans [ALLY]</c> and <c>GET /api/v1/plans</c>: every shipped plan checked, with the verdict on its announced points, or one ally's plans side by side.</summary>
public static class PlansVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Ally">One ally's plans only, such as <c>DEU</c> (default: every plan).</param>
    /// <param name="Inputs">The rules, growth, rates, outlook and exchange-rate inputs; the others are not read.</param>
    public sealed record Request(string? Ally, PathInput Inputs);

    /// <summary>The plans checked, with the answer in the forms asked for.</summary>
    /// <param name="Ally">The ally asked for, or <c>null</c> for every plan.</param>
    /// <param name="Rules">The rule set the plans are checked under.</param>
    /// <param name="Edition">The NATO edition the plans are checked on.</param>
    /// <param name="Plans">The plans, each checked.</param>
    /// <param name="List">One row per plan: the CSV and the Plans sheet.</param>
    /// <param name="SideBySide">With an ally, its plans side by side; else <c>null</c>.</param>
    /// <param name="Revisions">What each revision changed.</param>
    /// <param name="Answer">The plans as JSON.</param>
    /// <param name="Title">The title of the list.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(Ally? Ally, RuleSet Rules, Edition Edition, IReadOnlyList<ShippedPlanCheck> Plans, ReportTable List, ReportTable? SideBySide,
        IReadOnlyList<PlanRevision> Revisions, PlanHistoryAnswer Answer, string Title, string FileName);

    /// <summary>Checks the inputs and every shipped plan (of the ally asked for).</summary>
    /// <exception cref="InputException">An input is malformed or names nothing.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var ally = request.Ally is { } text ? Input.Read(() => UserInput.Ally(text)) : null;
        var setup = PlanSetup.Resolve(request.Inputs, sources, face);
        var plans = PlanHistory.CheckAll(sources.Plans.Where(p => ally is null || p.Plan.Ally.Code == ally.Code).Select(p => (p.File, p.Plan)),
            setup.Rules, setup.Data, setup.Outlook, setup.Options);
        var answer = PlanHistoryReport.Answer(plans, setup.Rules, p =>
        {
            var ukraine = PlanCheckVerb.CrossCheck(p.Check, sources, setup.Data);
            return PlanCheckAnswer.Of(p.Check, PlanReport.Checks(p.Check), PlanReport.Years(p.Check), ukraine);
        });
        return new Result(ally, setup.Rules, setup.Data.Edition, plans, PlanHistoryReport.List(plans, setup.Rules), ally is null ? null : PlanHistoryReport.SideBySide(plans),
            PlanHistory.Revisions(plans), answer,
            $"National plans as announced{(ally is null ? "" : ", " + ally.Name)}; rules {setup.Rules.Id}",
            $"natospend-plans-{(ally?.Code.Value ?? "all").ToLowerInvariant()}-{setup.Rules.Id}");
    }
}
