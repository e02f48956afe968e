using System.Globalization;
using System.Text;
using System.Text.Json;
using NatoSpend.Data.Plans;
using NatoSpend.Data.Simulation;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Simulation;
using NatoSpend.Domain.Text;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using static System.FormattableString;

namespace NatoSpend.Reporting.Simulation;

/// <summary><c>natospend simulate</c> and <c>POST /api/v1/simulate</c>: the odds of a path or a national plan under uncertain GDP, inflation and exchange rates.</summary>
public static class SimulateVerb
{
    /// <summary>The most draws the command line runs without <c>--force</c>: more takes minutes and adds little precision.</summary>
    public const long MaxDrawsUnforced = 10_000_000;

    /// <summary>The most draws one API request runs: about a second of the server's time for every ally.</summary>
    public const long MaxApiDraws = 200_000;

    /// <summary>What the user asked for, as typed; <c>null</c> where not given.</summary>
    /// <param name="Ally">One ally (the CLI's argument, the API's <c>ally</c>).</param>
    /// <param name="Allies">Several allies instead: codes or a group such as all; an ally, allies or a plan is required.</param>
    /// <param name="PlanFile">The command line's plan file, read as JSON when it ends in <c>.json</c>, else as CSV; it names its own ally.</param>
    /// <param name="PlanText">The API's plan as text, read as JSON when it starts with <c>{</c>, else as CSV; it names its own ally.</param>
    /// <param name="Draws">The number of draws (default 100000).</param>
    /// <param name="Seed">The seed (default 1).</param>
    /// <param name="Threads">The most threads to use (default: one per core); the result does not depend on it.</param>
    /// <param name="Fix">What a path holds fixed when GDP moves: money (default), share or real.</param>
    /// <param name="Explain">Whether the answer adds the model's explanation lines.</param>
    /// <param name="ParametersFile">The command line's JSON file of parameter overrides.</param>
    /// <param name="Force">Whether the command line accepts more than <see cref="MaxDrawsUnforced"/> draws.</param>
    /// <param name="Path">The path inputs (rules, shape, target, deadline and the rest).</param>
    public sealed record Request(string? Ally = null, string? Allies = null, string? PlanFile = null, string? PlanText = null, string? Draws = null,
        string? Seed = null, string? Threads = null, string? Fix = null, bool Explain = false, string? ParametersFile = null, bool Force = false,
        PathInput? Path = null);

    /// <summary>The simulation, with its answer.</summary>
    /// <param name="Report">The simulation with what it ran on, and its tables.</param>
    /// <param name="Answer">The typed answer.</param>
    /// <param name="Title">What was simulated, in one line (a workbook's sources sheet).</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(SimulationReport Report, SimulationAnswer Answer, string Title, string FileName);

    /// <summary>Checks the request, runs the draws and shapes the answer; the same seed gives the same answer.</summary>
    /// <param name="request">The request.</param>
    /// <param name="sources">The data.</param>
    /// <param name="face">Who asks.</param>
    /// <param name="progress">Where the draws report their progress (the CLI's progress bar), or <c>null</c>.</param>
    /// <param name="cancellation">Stops the draws between blocks (the API's client went away).</param>
    /// <exception cref="InputException">The request is malformed or cannot be answered.</exception>
    /// <exception cref="NatoSpend.Data.Files.DataFileException">The plan or the parameters file is not valid; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static Result Run(Request request, DataSources sources, Face face, SimulationProgress? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        if (!face.IsCli && (request.PlanFile ?? request.ParametersFile) is not null)
        {
            // The API never opens a file a client names.
            throw new InputException("The API reads no files; send the plan as text in plan.");
        }
        var draws = ReadDraws(request.Draws ?? "100000", request.Force, face);
        var seed = ReadSeed(request.Seed ?? "1");
        var threads = request.Threads is { } t ? ReadThreads(t) : 0;
        var basis = ReadBasis(request.Fix ?? "money", face);
        var picked = PickAllies(request, face);
        var setup = PathSetup.Resolve(request.Path ?? new PathInput(), sources, face);
        var plan = ReadPlan(request);
        var calibrated = request.Path?.Outlook is null
            ? sources.Simulation
            : Calibration.Calibrate(sources.Catalog.LoadHistory(setup.Outlook.Id), CalibrationOptions.Default);
        var model = request.ParametersFile is { } file ? ParameterFileReader.Apply(file, calibrated) : calibrated;
        var set = Input.Read(() => ScenarioSet.Build(setup.Data, plan is null ? picked : [plan.Ally], plan, setup.Outlook, setup.Rules, setup.Targets,
            setup.Shape, setup.Parameters, setup.BaseYear, setup.Deadline, setup.Options, basis), InputProblem.Unanswerable);
        var result = Input.Read(() => MonteCarlo.Run([.. set.Scenarios], model, new SimulationOptions(draws, seed, threads, Progress: progress, Cancellation: cancellation)),
            InputProblem.Unanswerable);
        var report = new SimulationReport(result, model, setup.Rules, set.Label, plan is null ? PathShapes.Name(setup.Shape) : null, plan is null ? basis : null,
            plan is null ? null : new SimulatedPlan(PlanName(request), plan.Ally.Code.Value, plan.Title, plan.BasisLabel),
            plan is null ? setup.BaseYear : setup.Data.LastYear, setup.Deadline, setup.Data.Edition, set.Skipped, [.. set.Projections.Assumptions.Lines()]);
        var name = plan is not null ? plan.Ally.Code.Value : picked.Count == 1 ? picked[0].Code.Value : "allies";
        return new Result(report, report.ToAnswer(request.Explain),
            Invariant($"Simulation: {report.Label}, rules {setup.Rules.Id}, {result.Draws:N0} draws, seed {result.Seed}"),
            Invariant($"natospend-simulate-{name.ToLowerInvariant()}-{setup.Rules.Id}-seed{seed}"));
    }

    /// <summary>How a plan sent as text is named in the answer and in its problems: <c>plan.json</c> or <c>plan.csv</c>.</summary>
    public static string PlanTextName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsJson(text) ? "plan.json" : "plan.csv";
    }

    private static long ReadDraws(string text, bool force, Face face)
    {
        Input.Read(() => { TypedNumber.RefuseComma(text, $"The number of draws '{text}'", v => v is >= 1m and <= MonteCarlo.MaxDraws && v == decimal.Truncate(v), "100000", whole: true); return true; });
        if (!long.TryParse(text.Trim().Replace("_", "", StringComparison.Ordinal), TypedNumber.WholeStyles | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            throw new InputException($"The number of draws '{text}' is not a whole number; give one such as 100000.");
        }
        return n switch
        {
            <= 0 => throw new InputException(Invariant($"The number of draws must be at least 1, but was {n}; give one such as 100000.")),
            > MaxApiDraws when !face.IsCli => throw new InputException(
                Invariant($"The number of draws {n:N0} is above the {MaxApiDraws:N0} the API runs in one request; give fewer, or run natospend simulate for more."),
                InputProblem.Unanswerable),
            > MonteCarlo.MaxDraws => throw new InputException(Invariant($"The number of draws {n:N0} is above the most NatoSpend runs ({MonteCarlo.MaxDraws:N0}); give fewer.")),
            > MaxDrawsUnforced when !force => throw new InputException(
                Invariant($"The number of draws {n:N0} is above {MaxDrawsUnforced:N0}, which takes minutes and adds little precision; give fewer, or add --force.")),
            _ => n,
        };
    }

    private static ulong ReadSeed(string text)
    {
        Input.Read(() => { TypedNumber.RefuseComma(text, $"The seed '{text}'", v => v >= 0m && v == decimal.Truncate(v), "7", whole: true); return true; });
        return ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            ? s
            : throw new InputException($"The seed '{text}' is not a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}; give one such as 7.");
    }

    private static int ReadThreads(string text)
    {
        Input.Read(() => { TypedNumber.RefuseComma(text, $"The thread count '{text}'", v => v is >= 1m and <= 1024m && v == decimal.Truncate(v), "2", whole: true); return true; });
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t is >= 1 and <= 1024
            ? t
            : throw new InputException($"The thread count '{text}' is not a whole number from 1 to 1024; give one such as 2.");
    }

    private static SpendingBasis ReadBasis(string text, Face face) => text.Trim().ToLowerInvariant() switch
    {
        "money" => SpendingBasis.Money,
        "share" => SpendingBasis.Share,
        "real" => SpendingBasis.Real,
        _ => throw new InputException($"The value '{text}' given to {face.Name("fix")} is not one NatoSpend knows; use money, share or real."),
    };

    // A plan names its own ally; without one, an ally or allies must be named: every ally is a long run, asked for as all.
    private static IReadOnlyList<Ally> PickAllies(Request request, Face face)
    {
        if ((request.PlanFile ?? request.PlanText ?? request.Ally ?? request.Allies) is null)
        {
            throw new InputException(
                $"A simulation needs an ally, such as DEU, {face.Name("allies")} (such as all, for every ally) or a {face.Name("plan")}, and none was given.");
        }
        if ((request.PlanFile ?? request.PlanText) is not null && (request.Ally ?? request.Allies) is { } named)
        {
            throw new InputException(face.IsCli
                ? $"The plan '{request.PlanFile}' names its own ally, so '{named}' cannot be given too; drop the ally or the --plan."
                : $"The plan names its own ally, so '{named}' cannot be given too; drop ally and allies, or the plan.");
        }
        return (request.Ally, request.Allies) switch
        {
            ({ } one, { } many) => throw new InputException($"Name one ally ('{one}') or {face.Name("allies")} '{many}', not both."),
            ({ } one, null) => face.IsCli ? Input.Read(() => UserInput.Allies(one)) : [Input.Read(() => UserInput.Ally(one))],
            (null, { } many) => Input.Read(() => UserInput.Allies(many)),
            (null, null) => [],
        };
    }

    private static string PlanName(Request request) => request.PlanFile?.Replace('\\', '/') ?? PlanTextName(request.PlanText!);

    private static bool IsJson(string text) => text.TrimStart().StartsWith('{');

    private static Plan? ReadPlan(Request request)
    {
        if (request.PlanFile is { } file)
        {
            return PlanReader.ReadFile(file, PlanName(request));
        }
        if (request.PlanText is not { } text)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException("The plan is empty; give its CSV or JSON text, such as the one GET /api/v1/plans/template?ally=DEU writes.");
        }
        if (!IsJson(text))
        {
            return PlanReader.ParseCsv(text, "plan.csv");
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            using var _ = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InputException($"The plan is not valid JSON ({e.Message}); fix the syntax, or give it as CSV.");
        }
        return PlanReader.ParseJson(bytes, "plan.json");
    }
}
