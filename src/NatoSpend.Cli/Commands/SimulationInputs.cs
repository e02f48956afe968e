using System.CommandLine;
using System.Globalization;
using NatoSpend.Data.Macro;
using NatoSpend.Data.Plans;
using NatoSpend.Data.Simulation;
using NatoSpend.Domain;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Simulation;

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
        RequiredPath.ValidateDeadline(deadline, baseYear, Years.Last);
        var plan = planPath is null ? null : PlanReader.ReadFile(planPath, planPath.Replace('\\', '/'));
        var outlook = _options.LoadOutlook(parse, catalog);
        var calibrated = Calibration.Calibrate(catalog.LoadHistory(outlook.Id), CalibrationOptions.Default);
        var model = parse.GetValue(_parameters) is { } file ? ParameterFileReader.Apply(file, calibrated) : calibrated;
        var setup = ScenarioSet.Build(data, picked, plan, outlook, rules, targets, shape, pathParameters, baseYear, deadline, projectionOptions, basis);

        var result = SimulateCommand.Run(context, [.. setup.Scenarios], model, new SimulationOptions(drawCount, seedValue, threadCount));
        return new SimulationReport(result, model, rules, setup.Label, plan is null ? PathShapes.Name(shape) : null, plan is null ? basis : null,
            plan is null ? null : new SimulatedPlan(planPath!.Replace('\\', '/'), plan.Ally.Code.Value, plan.Title, plan.BasisLabel),
            plan is null ? baseYear : data.LastYear, deadline, data.Edition, setup.Skipped, [.. setup.Projections.Assumptions.Lines()]);
    }
}
