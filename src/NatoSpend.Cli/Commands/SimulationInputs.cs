using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Simulation;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary>What <c>natospend simulate</c> and <c>natospend chart simulate</c> read to run a simulation: the allies or plan, the path, the draws and the model.</summary>
/// <param name="force">The command's <c>--force</c>: it accepts many draws and, where the command writes a file, overwrites it.</param>
internal sealed class SimulationInputs(Option<bool> force)
{
    private readonly Argument<string?> _code = new("ally") { Description = "The ally's ISO3 code, such as DEU (or use --allies, or --plan).", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<string?> _allies = new("--allies") { Description = "Several allies: ISO3 codes separated by commas, or all (every ally), europe-canada, europe, eu." };
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
            $"Accept more than {SimulateVerb.MaxDrawsUnforced:N0} draws, and overwrite the --out file if it exists.");
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

    /// <summary>Runs the simulation with what the command line gives (with a progress bar on a terminal).</summary>
    /// <param name="context">The console and data.</param>
    /// <param name="parse">The command line.</param>
    /// <param name="explain">Whether the answer adds the model's explanation lines.</param>
    public SimulateVerb.Result Run(CliContext context, ParseResult parse, bool explain = false)
    {
        var request = new SimulateVerb.Request(parse.GetValue(_code), parse.GetValue(_allies), parse.GetValue(_planFile), null, parse.GetValue(_draws),
            parse.GetValue(_seed), parse.GetValue(_threads), parse.GetValue(_fix), explain, parse.GetValue(_parameters), parse.GetValue(force),
            _options.Input(parse, parse.GetValue(_edition)));
        var sources = context.Sources(parse.GetValue(CommonOptions.Data));
        var progress = new SimulationProgress();
        if (!context.Console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            var watch = Stopwatch.StartNew();
            var result = SimulateVerb.Run(request, sources, Face.Cli, progress);
            var run = result.Report.Result;
            // No terminal: no bar, one plain line on the error stream so that piped CSV and JSON stay clean.
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"natospend: simulated {run.Draws:N0} draws of {run.Allies.Count} ally(ies), {run.BaseYear + 1}-{run.Deadline}, seed {run.Seed}, in {watch.Elapsed.TotalSeconds:0.0} s."));
            return result;
        }
        var task = Task.Run(() => SimulateVerb.Run(request, sources, Face.Cli, progress));
        // Waits on a continuation so that a refused input ends the bar and is thrown below as itself.
        var finished = task.ContinueWith(_ => { }, TaskScheduler.Default);
        context.Console.Progress().AutoClear(true).Start(ctx =>
        {
            var bar = ctx.AddTask("Simulating", maxValue: 1.0);
            while (!finished.Wait(100))
            {
                bar.Value = progress.Total > 0 ? (double)progress.Done / progress.Total : 0.0;
            }
            bar.Value = 1.0;
        });
        return task.GetAwaiter().GetResult();
    }
}
