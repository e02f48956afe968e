using System.ComponentModel;
using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Simulation;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary>What <c>POST /api/v1/simulate</c> reads from its JSON body: an ally, allies or a plan, and optional settings; any other member is refused.</summary>
/// <param name="Ally">One ally's ISO3 code, such as DEU.</param>
/// <param name="Allies">Several allies: ISO3 codes separated by commas, or all (every ally), europe-canada, europe, eu; the body names ally, allies or a plan.</param>
/// <param name="Shape">The path shape (see <see cref="ParameterText.Shapes"/>; default: the rule set's).</param>
/// <param name="Plan">A national plan as text, CSV or JSON (data/plans/README.md), to simulate instead of a path; it names its own ally.</param>
/// <param name="Rules">A shipped rule set (see <see cref="ParameterText.RuleSets"/>).</param>
/// <param name="Draws">The number of draws, 1 to 200,000 (default 100,000).</param>
/// <param name="Seed">The seed: the same seed gives the same numbers (default 1).</param>
/// <param name="Fix">What a path holds fixed when GDP moves: money (default), share or real.</param>
/// <param name="Explain">Whether to add the model's explanation lines.</param>
public sealed record SimulateRequest(
    [property: Description("One ally's ISO3 code, such as DEU.")] string? Ally = null,
    [property: Description("Several allies: ISO3 codes separated by commas, or all (every ally), europe-canada, europe, eu; the body names ally, allies or a plan.")] string? Allies = null,
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
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/simulate", Simulate)
            .WithTags("Simulation")
            .WithName("Simulate")
            .WithSummary("Monte Carlo over GDP growth, inflation and exchange rates for a path or a national plan: the probability of reaching the target and of passing every check, and quantiles of share and spending per year, with the alliance total and US share (the same as natospend simulate --format json). At most 200,000 draws a request.")
            .Accepts<SimulateRequest>("application/json")
            .ProducesAnswer<SimulationAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> Simulate(
        HttpContext context,
        DataSources sources,
        SimulationGate gate,
        [Description("json (default) or csv (one row per ally and year)")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var body = await JsonBody.Read<SimulateRequest>(context, "simulate", "{\"ally\": \"DEU\", \"draws\": 10000}");
        var request = new SimulateVerb.Request(body.Ally, body.Allies, PlanText: body.Plan, Draws: body.Draws?.ToString(CultureInfo.InvariantCulture),
            Seed: body.Seed?.ToString(CultureInfo.InvariantCulture), Fix: body.Fix, Explain: body.Explain ?? false, Path: new PathInput(Rules: body.Rules, Shape: body.Shape));
        // The checks run inside the gate too: they load and calibrate data, which is work best kept off the request threads.
        return await gate.Run(context, aborted =>
        {
            SimulateVerb.Result result;
            try
            {
                result = SimulateVerb.Run(request, sources, Face.Api, cancellation: aborted);
            }
            catch (DataFileException e) when (body.Plan is { } plan && e.Problems.All(p => p.File == SimulateVerb.PlanTextName(plan)))
            {
                return PlansApi.Problems(e.Problems);
            }
            return DataResult.Of(outputFormat, () => result.Answer, result.Report.YearTable, result.FileName).NotCached();
        });
    }
}
