using System.Globalization;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Paths;

/// <summary>Required paths for one or several allies with their table and assumptions: what <c>natospend path</c> and <c>GET /api/v1/paths</c> both answer.</summary>
/// <param name="Data">The edition the base shares come from.</param>
/// <param name="Rules">The rule set.</param>
/// <param name="Shape">The path shape.</param>
/// <param name="Parameters">The shape's parameters.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Projections">The GDP projections behind the paths, with their assumptions.</param>
/// <param name="Paths">One path per ally with a base-year share.</param>
/// <param name="Table">The paths as one table, one row per ally and year.</param>
/// <param name="NotReported">One line per ally asked for but without a base-year share.</param>
public sealed record PathReport(
    EditionData Data,
    RuleSet Rules,
    PathShape Shape,
    PathParameters Parameters,
    int BaseYear,
    int Deadline,
    ProjectionSet Projections,
    IReadOnlyList<RequiredPath> Paths,
    ReportTable Table,
    IReadOnlyList<string> NotReported)
{
    /// <summary>The allies of <paramref name="picked"/> that have a published share in the base year, so a path can start there.</summary>
    public static IReadOnlyList<Ally> Reported(EditionData data, IEnumerable<Ally> picked, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(picked);
        return [.. picked.Where(a => a.HasExpenditureData && data.Share(a.Code, baseYear) is not null)];
    }

    /// <summary>The sentence for an ally that has no base-year share.</summary>
    public static string NoBaseShareMessage(EditionData data, Ally ally, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        return string.Create(CultureInfo.InvariantCulture,
            $"Edition {data.Edition.Id} has no share of GDP for {ally.Name} ({ally.Code}) in {baseYear} ({ally.NoDataReason ?? "no figure"}), so no path can start there");
    }

    /// <summary>Computes every picked ally's path from its published base-year share to its target by the deadline.</summary>
    /// <exception cref="ArgumentException">No picked ally has a base-year share, or a parameter is out of range.</exception>
    public static PathReport Build(EditionData data, MacroOutlook outlook, RuleSet rules, IReadOnlyList<Ally> picked, Targets targets,
        PathShape shape, PathParameters parameters, int baseYear, int deadline, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(picked);
        ArgumentNullException.ThrowIfNull(targets);
        RequiredPath.ValidateDeadline(deadline, baseYear, Years.Last);
        var reported = Reported(data, picked, baseYear);
        if (reported.Count == 0)
        {
            throw new ArgumentException(NoBaseShareMessage(data, picked[0], baseYear) + "; choose another ally or base year.", nameof(picked));
        }
        var projections = ProjectionSet.Build(data, reported, outlook, baseYear, deadline, options);
        RequiredPath[] paths = [.. projections.Projections
            .Select(p => RequiredPath.Compute(p, data.Share(p.Ally.Code, baseYear)!.Value, targets.For(p.Ally.Code), deadline, shape, parameters))];
        var table = PathTable.Build(paths, data.Edition, rules.Id, projections.Assumptions);
        string[] skipped = [.. picked.Except(reported).Select(a => $"{a.Name} ({a.Code}): {a.NoDataReason ?? "no share of GDP in the base year"}; no path.")];
        return new PathReport(data, rules, shape, parameters, baseYear, deadline, projections, paths, table, skipped);
    }

    /// <summary>Computes the paths from a resolved setup.</summary>
    public static PathReport Build(PathSetup setup, IReadOnlyList<Ally> picked)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return Build(setup.Data, setup.Outlook, setup.Rules, picked, setup.Targets, setup.Shape, setup.Parameters, setup.BaseYear, setup.Deadline, setup.Options);
    }

    /// <summary>One ally's path with the path at the top level (the CLI's <c>path DEU</c>, the API's <c>ally=DEU</c>).</summary>
    public PathAnswer ToAnswer()
    {
        var p = Paths[0];
        return new PathAnswer(p.Ally.Code.Value, p.Ally.Name, p.Ally.Currency.Code, RulesAnswer.Of(Rules), PathShapes.Name(Shape), BaseYear, Deadline,
            ShapeParameters.Of(Parameters), Data.Edition.Id, Data.Edition.DefinitionLabel, PricesText, ProvenanceText, EditionAnswer.Of(Data.Edition),
            [.. Projections.Assumptions.Lines()], p.Target.Percent, p.BaseShare.Percent, p.ReachesTarget, p.TargetReachedYear, p.AlreadyAtTarget,
            GrowthOf(p), p.Notes, YearsOf(p), ColumnAnswer.Of(Table), Table.Notes);
    }

    /// <summary>Every picked ally's path in a <c>paths</c> array.</summary>
    public PathsAnswer ToAllAnswer() => new(RulesAnswer.Of(Rules), PathShapes.Name(Shape), BaseYear, Deadline, ShapeParameters.Of(Parameters),
        Data.Edition.Id, Data.Edition.DefinitionLabel, PricesText, ProvenanceText, EditionAnswer.Of(Data.Edition), [.. Projections.Assumptions.Lines()],
        [.. Paths.Select(p => new AllyPathAnswer(p.Ally.Code.Value, p.Ally.Name, p.Ally.Currency.Code, p.Target.Percent, p.BaseShare.Percent,
            p.ReachesTarget, p.TargetReachedYear, p.AlreadyAtTarget, GrowthOf(p), p.Notes, YearsOf(p)))],
        NotReported, ColumnAnswer.Of(Table), Table.Notes);

    private const string PricesText = "current prices (national currency and USD) and constant 2021 prices (USD)";
    private const string ProvenanceText = "base-year share published; every other figure derived by NatoSpend";

    private static decimal? GrowthOf(RequiredPath path) => path.ConstantRealGrowthPct is { } g ? Math.Round(g, 4) : null;

    private IReadOnlyList<IReadOnlyDictionary<string, object?>> YearsOf(RequiredPath path)
    {
        var allyColumn = Table.IndexOf("ally");
        return RowAnswer.Of(new ReportTable(Table.Columns, [.. Table.Rows.Where(r => (string?)r[allyColumn] == path.Ally.Code.Value)], []));
    }
}
