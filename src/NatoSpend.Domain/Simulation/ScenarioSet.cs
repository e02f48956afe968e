using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using static System.FormattableString;

namespace NatoSpend.Domain.Simulation;

/// <summary>What a simulation runs over: the scenarios, the projections behind them, and the allies left out.</summary>
/// <param name="Projections">The GDP projections of the allies simulated.</param>
/// <param name="Scenarios">One scenario per ally simulated.</param>
/// <param name="Label">What is simulated, in words (a path shape or a plan).</param>
/// <param name="Skipped">A sentence for each ally chosen that has no base-year share.</param>
public sealed record ScenarioSet(ProjectionSet Projections, IReadOnlyList<AllyScenario> Scenarios, string Label, IReadOnlyList<string> Skipped)
{
    /// <summary>Sets up a path shape for several allies, or a national plan for its ally; the CLI and the API both call this.</summary>
    /// <param name="data">The edition.</param>
    /// <param name="picked">The allies chosen (ignored for a plan, which names its own).</param>
    /// <param name="plan">The plan, or <c>null</c> for a path shape.</param>
    /// <param name="outlook">The macro outlook for the projections.</param>
    /// <param name="rules">The rule set.</param>
    /// <param name="targets">Each ally's target.</param>
    /// <param name="shape">The path shape (not used for a plan).</param>
    /// <param name="parameters">The path shape's parameters.</param>
    /// <param name="baseYear">The base year of a path (a plan starts from the edition's latest year).</param>
    /// <param name="deadline">The deadline.</param>
    /// <param name="options">Growth and exchange-rate overrides.</param>
    /// <param name="basis">What a path holds fixed when GDP moves.</param>
    /// <exception cref="ArgumentException">No ally chosen has a share of GDP in the base year; the message names it.</exception>
    public static ScenarioSet Build(EditionData data, IReadOnlyList<Ally> picked, Plan? plan, MacroOutlook outlook, RuleSet rules, Targets targets,
        PathShape shape, PathParameters parameters, int baseYear, int deadline, ProjectionOptions options, SpendingBasis basis)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(picked);
        ArgumentNullException.ThrowIfNull(targets);
        if (plan is not null)
        {
            picked = [plan.Ally];
            baseYear = data.LastYear;
        }
        var reported = picked.Where(a => a.HasExpenditureData && data.Share(a.Code, baseYear) is not null).ToArray();
        if (reported.Length == 0)
        {
            var a = picked[0];
            throw new ArgumentException(Invariant(
                $"Edition {data.Edition.Id} has no share of GDP for {a.Name} ({a.Code}) in {baseYear} ({a.NoDataReason ?? "no figure"}), so nothing can be simulated for it; choose another ally."), nameof(picked));
        }
        var projections = ProjectionSet.Build(data, reported, outlook, baseYear, deadline, options);
        AllyScenario[] scenarios;
        string label;
        if (plan is not null)
        {
            var economy = PlanEconomy.Build(data, plan.Ally, outlook, Math.Max(deadline, plan.LastYear), options);
            var check = PlanChecker.Check(plan, rules, economy);
            scenarios = [AllyScenario.FromPlan(check, projections.For(plan.Ally.Code), deadline)];
            label = ScenarioLabels.PlanLabel(plan.Title, plan.BasisLabel);
        }
        else
        {
            scenarios = [.. projections.Projections.Select(p => AllyScenario.FromPath(
                RequiredPath.Compute(p, data.Share(p.Ally.Code, baseYear)!.Value, targets.For(p.Ally.Code), deadline, shape, parameters), p, rules, basis))];
            label = ScenarioLabels.PathLabel(PathShapes.Name(shape), basis);
        }
        var skipped = picked.Except(reported).Select(a => $"{a.Name} ({a.Code}): {a.NoDataReason ?? "no share of GDP in the base year"}; not simulated.").ToArray();
        return new ScenarioSet(projections, scenarios, label, skipped);
    }
}
