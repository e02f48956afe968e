using System.CommandLine;
using System.Globalization;
using NatoSpend.Data.Macro;
using NatoSpend.Data.Plans;
using NatoSpend.Data.Simulation;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Simulation;

namespace NatoSpend.Cli.Commands;

/// <summary>What <c>natospend simulate</c> and <c>natospend chart simulate</c> read to run a simulation: the allies or plan, the path, the draws and the model.</summary>
/// <param name="force">The command's <c>--force</c>: it accepts many draws and, where the command writes a file, overwrites it.</param>
internal sealed class SimulationInputs(Option<bool> force)
{
    private readonly Argument<string?> _code = new("ally") { Description = "The ally's ISO3 code, such as DEU (or use --allies).", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<string?> _allies = new("--allies") { Description = "Several allies: ISO3 codes separated by commas, or all, europe-canada, europe, eu (default: all when no ally is named)." };
    private readonly Option<string?> _edition = CommonOptions.Edition();
    private readonly Option<string> _draws = new("--draws") { Description = "The number of draws (default 100000).", DefaultValueFactory = _ => "100000" };
    private readonly Option<string> _seed = new("--seed") { Description = "The seed: the same seed gives the same numbers, whatever the number of threads (default 1).", DefaultValueFactory = _ => "1" };
    private readonly Option<string?> _threads = new("--threads") { Description = "The most threads to use (default: one per core); the result does not depend on it." };
    private readonly Option<string?> _parameters = new("--parameters") { Description = "A JSON file that overrides calibrated parameters: series persistence, volatility, drift; correlation method, factors, pairs (see docs/simulation.md)." };
    private readonly Option<string?> _planFile = new("--plan") { Description = "A national plan file (CSV or JSON, see data/plans/README.md) to simulate instead of a path shape: each year it gives stays fixed in its own unit, share or money." };
    private readonly Option<string> _fix = new("--fix") { Description = "What a path holds fixed when GDP moves: money (national currency, the default), share (percent of GDP) or real (spending in real terms).", DefaultValueFactory = _ => "money" };
    private readonly PathOptions _options = new();

    /// <summary>Adds the inputs to a command; <c>--force</c> is added by the caller (with the export options or alone).</summary>
    public void AddTo(Command command)
    {
        force.Description = string.Create(CultureInfo.InvariantCulture,
            $"Accept more than {SimulateCommand.MaxDrawsUnforced:N0} draws, and overwrite the --out file if it exists.");
        command.Arguments.Add(_code);
        foreach (var option in new Option[] { _allies, _edition, _draws, _seed, _threads, _parameters, _planFile, _fix })
        {
            command.Options.Add(option);
        }
        _options.AddTo(command);
    }

    /// <summary>Checks that the inputs name one ally or a plan, for a chart of one ally.</summary>
    public void RequireOneAlly(ParseResult parse)
    {
        if (parse.GetValue(_code) is null && parse.GetValue(_planFile) is null)
        {
            throw new UsageException($"A simulation chart draws one ally, but {(parse.GetValue(_allies) is { } many ? $"--allies '{many}' was given" : "none was named")}; name one ally, such as DEU, or give a --plan.");
        }
    }

    /// <summary>Reads the inputs, runs the simulation (with a progress bar on a terminal) and returns it with what it ran on.</summary>
    public SimulationReport Run(CliContext context, ParseResult parse)
    {
        var drawCount = SimulateCommand.ParseDraws(parse.GetValue(_draws)!, parse.GetValue(force));
        var seedValue = SimulateCommand.ParseSeed(parse.GetValue(_seed)!);
        var threadCount = parse.GetValue(_threads) is { } t ? SimulateCommand.ParseThreads(t) : 0;
        var basis = SimulateCommand.ParseBasis(parse.GetValue(_fix)!);
        var planPath = parse.GetValue(_planFile);
        if (planPath is not null && (parse.GetValue(_code) ?? parse.GetValue(_allies)) is { } named)
        {
            throw new UsageException($"The plan '{planPath}' names its own ally, so '{named}' cannot be given too; drop the ally or the --plan.");
        }
        var picked = planPath is null ? SimulateCommand.PickAllies(parse.GetValue(_code), parse.GetValue(_allies)) : [];
        var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
        var rules = _options.LoadRules(parse, catalog);
        var targets = _options.ParseTargets(parse, rules);
        var shape = _options.ParseShape(parse, rules);
        var pathParameters = _options.ParseParameters(parse, rules);
        var projectionOptions = _options.ParseProjection(parse);
        var data = CommandRunner.LoadEdition(catalog, parse.GetValue(_edition));
        var baseYear = _options.ParseBaseYear(parse, data);
        var deadline = _options.ParseDeadline(parse, rules);
        RequiredPath.ValidateDeadline(deadline, baseYear, 2100);
        Plan? plan = null;
        if (planPath is not null)
        {
            plan = PlanReader.ReadFile(planPath, planPath.Replace('\\', '/'));
            picked = [plan.Ally];
            baseYear = data.LastYear;
        }
        var reported = picked.Where(a => a.HasExpenditureData && data.Share(a.Code, baseYear) is not null).ToArray();
        if (reported.Length == 0)
        {
            var a = picked[0];
            throw new UsageException($"Edition {data.Edition.Id} has no share of GDP for {a.Name} ({a.Code}) in {baseYear.ToString(CultureInfo.InvariantCulture)} ({a.NoDataReason ?? "no figure"}), so nothing can be simulated for it; choose another ally.");
        }
        var calibrated = Calibration.Calibrate(WeoReader.ReadHistory(catalog.Folder), CalibrationOptions.Default);
        var model = parse.GetValue(_parameters) is { } file ? ParameterFileReader.Apply(file, calibrated) : calibrated;
        var outlook = PathOptions.LoadOutlook(catalog);
        var projections = ProjectionSet.Build(data, reported, outlook, baseYear, deadline, projectionOptions);
        AllyScenario[] scenarios;
        string label;
        if (plan is not null)
        {
            var economy = PlanEconomy.Build(data, plan.Ally, outlook, Math.Max(deadline, plan.LastYear), projectionOptions);
            var check = PlanChecker.Check(plan, rules, economy);
            scenarios = [AllyScenario.FromPlan(check, projections.For(plan.Ally.Code), deadline)];
            label = SimulationReport.PlanLabel(plan.Title, plan.BasisLabel);
        }
        else
        {
            scenarios = [.. projections.Projections.Select(p => AllyScenario.FromPath(
                RequiredPath.Compute(p, data.Share(p.Ally.Code, baseYear)!.Value, targets.For(p.Ally.Code), deadline, shape, pathParameters), p, rules, basis))];
            label = SimulationReport.PathLabel(PathShapes.Name(shape), basis);
        }

        var result = SimulateCommand.Run(context, scenarios, model, new SimulationOptions(drawCount, seedValue, threadCount));

        var skipped = picked.Except(reported).Select(a => $"{a.Name} ({a.Code}): {a.NoDataReason ?? "no share of GDP in the base year"}; not simulated.").ToArray();
        return new SimulationReport(result, model, rules, label, plan is null ? PathShapes.Name(shape) : null, plan is null ? basis : null,
            plan is null ? null : new SimulatedPlan(planPath!.Replace('\\', '/'), plan.Ally.Code.Value, plan.Title, plan.BasisLabel),
            baseYear, deadline, data.Edition, skipped, [.. projections.Assumptions.Lines()]);
    }
}
