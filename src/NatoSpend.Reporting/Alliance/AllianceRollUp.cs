using NatoSpend.Domain;
using NatoSpend.Domain.Alliance;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Rules;
using NatoSpend.Reporting.Status;

namespace NatoSpend.Reporting.Alliance;

/// <summary>The alliance roll-up with its table and GDP assumptions: what <c>natospend alliance</c> and <c>GET /api/v1/alliance</c> both answer.</summary>
/// <param name="View">The allies' paths summed year by year.</param>
/// <param name="Table">The view as a table, one row a year.</param>
/// <param name="Projections">The GDP projections behind the paths.</param>
public sealed record AllianceRollUp(AllianceView View, ReportTable Table, ProjectionSet Projections)
{
    /// <summary>Puts every picked ally on the shape from its base-year share to its target by the deadline and sums them.</summary>
    /// <remarks>Thresholds counted: 2%, 3.5% and 5%, the default target and every per-ally target of the rule set.</remarks>
    /// <exception cref="ArgumentException">A parameter is out of range, or no ally has a path.</exception>
    public static AllianceRollUp Build(EditionData data, MacroOutlook outlook, RuleSet rules, IReadOnlyList<Ally> picked, Targets targets,
        PathShape shape, PathParameters parameters, int baseYear, int deadline, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(targets);
        RequiredPath.ValidateDeadline(deadline, baseYear, Years.Last);
        var projections = ProjectionSet.Build(data, picked, outlook, baseYear, deadline, options);
        RequiredPath[] paths = [.. projections.Projections
            .Select(p => RequiredPath.Compute(p, data.Share(p.Ally.Code, baseYear)!.Value, targets.For(p.Ally.Code), deadline, shape, parameters))];
        var thresholds = StatusReport.StandardThresholds.Append(targets.Default).Concat(targets.ByAlly.Values);
        var view = AllianceView.Build(paths, thresholds);
        return new AllianceRollUp(view, AllianceTable.Build(view, data.Edition, rules.Id, projections.Assumptions), projections);
    }

    /// <summary>The roll-up as an answer.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="edition">The edition of the base shares.</param>
    public AllianceAnswer ToAnswer(RuleSet rules, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return new AllianceAnswer(RulesAnswer.Of(rules), PathShapes.Name(View.Shape), View.BaseYear, View.Deadline, edition.Id, edition.DefinitionLabel,
            "million USD, current prices at each year's projected exchange rates, and constant 2021 prices and exchange rates",
            "derived by NatoSpend from published base-year shares and projected GDP", EditionAnswer.Of(edition), [.. Projections.Assumptions.Lines()],
            RowAnswer.Of(Table), ColumnAnswer.Of(Table), Table.Notes);
    }
}
