using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NatoSpend.Data.Files;
using NatoSpend.Data.Plans;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Simulation;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary>What <c>POST /api/v1/simulate</c> reads from its JSON body; every member is optional.</summary>
/// <param name="Ally">One ally's ISO3 code, such as DEU.</param>
/// <param name="Allies">Several allies: ISO3 codes separated by commas, or all, europe-canada, europe, eu (default: all when neither ally nor plan is given).</param>
/// <param name="Shape">The path shape (see <see cref="ParameterText.Shapes"/>; default: the rule set's).</param>
/// <param name="Plan">A national plan as text, CSV or JSON (data/plans/README.md), to simulate instead of a path; it names its own ally.</param>
/// <param name="Rules">A shipped rule set (see <see cref="ParameterText.RuleSets"/>).</param>
/// <param name="Draws">The number of draws, 1 to 200,000 (default 100,000).</param>
/// <param name="Seed">The seed: the same seed gives the same numbers (default 1).</param>
/// <param name="Fix">What a path holds fixed when GDP moves: money (default), share or real.</param>
/// <param name="Explain">Whether to add the model's explanation lines.</param>
public sealed record SimulateRequest(
    [property: Description("One ally's ISO3 code, such as DEU.")] string? Ally = null,
    [property: Description("Several allies: ISO3 codes separated by commas, or all, europe-canada, europe, eu (default: all when neither ally nor plan is given).")] string? Allies = null,
    [property: Description(ParameterText.Shape)] string? Shape = null,
    [property: Description("A national plan as text, CSV or JSON (format in data/plans/README.md), to simulate instead of a path; it names its own ally.")] string? Plan = null,
    [property: Description("A shipped rule set: " + ParameterText.RuleSets + ".")] string? Rules = null,
    [property: Description("The number of draws, 1 to 200,000 (default 100,000).")] long? Draws = null,
    [property: Description("The seed: the same seed gives the same numbers (default 1).")] ulong? Seed = null,
    [property: Description("What a path holds fixed when GDP moves: money (default), share or real.")] string? Fix = null,
    [property: Description("Whether to add the model's explanation lines (default false).")] bool? Explain = null);

/// <summary><c>/api/v1/simulate</c>: the odds of a path or a plan under uncertain GDP, inflation and exchange rates (the same as <c>natospend simulate --format json</c>).</summary>
public static class SimulateApi
{
    /// <summary>The most draws one request runs: about a second of the server's time for every ally.</summary>
    public const long MaxDraws = 200_000;

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/simulate", Simulate)
            .WithTags("Simulation")
            .WithName("Simulate")
            .WithSummary("Monte Carlo over GDP growth, inflation and exchange rates for a path or a national plan: the probability of reaching the target and of passing every check, and quantiles of share and spending per year, with the alliance total and US share (the same as natospend simulate --format json). At most 200,000 draws a request.")
            .Accepts<SimulateRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/csv"])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult Simulate(
        DataSources sources,
        SimulateRequest? body,
        [Description("json (default) or csv (one row per ally and year)")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        if (body is null)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "The request has no body; send a JSON object such as {\"ally\": \"DEU\", \"draws\": 10000}.");
        }
        var draws = ReadDraws(body.Draws ?? 100_000);
        var seed = body.Seed ?? 1UL;
        var basis = ReadBasis(body.Fix ?? "money");
        if (body.Plan is not null && (body.Ally ?? body.Allies) is { } named)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, $"The plan names its own ally, so '{named}' cannot be given too; drop ally and allies, or the plan.");
        }
        IReadOnlyList<Ally> picked = (body.Ally, body.Allies) switch
        {
            ({ }, { }) => throw new ApiProblemException(StatusCodes.Status400BadRequest, $"Name one ally ('{body.Ally}') or allies '{body.Allies}', not both."),
            ({ } one, null) => [ApiInput.Read(() => UserInput.Ally(one))],
            (null, var many) => body.Plan is null ? ApiInput.Read(() => UserInput.Allies(many ?? "all")) : [],
        };
        var query = PathQuery.Read(sources, null, body.Rules, null, body.Shape, null, null, null, null, null);
        var (data, rules, baseYear, deadline) = (query.Data, query.Rules, query.BaseYear, query.Deadline);
        Plan? plan = null;
        if (body.Plan is not null)
        {
            try
            {
                plan = ReadPlan(body.Plan);
            }
            catch (DataFileException e)
            {
                return PlansApi.Problems(e.Problems);
            }
            picked = [plan.Ally];
        }
        var model = sources.Simulation;
        var setup = ApiInput.Read(() => ScenarioSet.Build(data, picked, plan, sources.Outlook(), rules, query.Targets, query.Shape, query.Parameters,
            baseYear, deadline, query.Options, basis), StatusCodes.Status422UnprocessableEntity);
        var result = ApiInput.Read(() => MonteCarlo.Run([.. setup.Scenarios], model, new SimulationOptions(draws, seed, 0)), StatusCodes.Status422UnprocessableEntity);
        var report = new SimulationReport(result, model, rules, setup.Label, plan is null ? PathShapes.Name(query.Shape) : null, plan is null ? basis : null,
            plan is null ? null : new SimulatedPlan(PlanName(body.Plan!), plan.Ally.Code.Value, plan.Title, plan.BasisLabel),
            plan is null ? baseYear : data.LastYear, deadline, data.Edition, setup.Skipped, [.. setup.Projections.Assumptions.Lines()]);
        var name = picked.Count == 1 ? picked[0].Code.Value.ToLowerInvariant() : "allies";
        return DataResult.Of(outputFormat, () => report.ToJson(body.Explain ?? false), report.YearTable,
            string.Create(CultureInfo.InvariantCulture, $"natospend-simulate-{name}-{rules.Id}-seed{seed}")).NotCached();
    }

    private static long ReadDraws(long draws) => draws switch
    {
        <= 0 => throw new ApiProblemException(StatusCodes.Status400BadRequest, string.Create(CultureInfo.InvariantCulture,
            $"The number of draws must be at least 1, but was {draws}; give one such as 100000.")),
        > MaxDraws => throw new ApiProblemException(StatusCodes.Status422UnprocessableEntity, string.Create(CultureInfo.InvariantCulture,
            $"The number of draws {draws:N0} is above the {MaxDraws:N0} the API runs in one request; give fewer, or run natospend simulate for more.")),
        _ => draws,
    };

    private static SpendingBasis ReadBasis(string text) => text.Trim().ToLowerInvariant() switch
    {
        "money" => SpendingBasis.Money,
        "share" => SpendingBasis.Share,
        "real" => SpendingBasis.Real,
        _ => throw new ApiProblemException(StatusCodes.Status400BadRequest, $"The value '{text}' given to fix is not one NatoSpend knows; use money, share or real."),
    };

    private static bool IsJson(string text) => text.TrimStart().StartsWith('{');

    private static string PlanName(string text) => IsJson(text) ? "plan.json" : "plan.csv";

    private static Plan ReadPlan(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "The plan is empty; give its CSV or JSON text, such as the one GET /api/v1/plans/template?ally=DEU writes.");
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
            throw new ApiProblemException(StatusCodes.Status400BadRequest, $"The plan is not valid JSON ({e.Message}); fix the syntax, or give it as CSV.");
        }
        return PlanReader.ParseJson(bytes, "plan.json");
    }
}
