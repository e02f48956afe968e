using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using NatoSpend.Data.Files;
using NatoSpend.Data.Plans;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Plans;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/plans</c>: check a national plan (the same as <c>natospend check</c>), write a starter plan, and the real plans that ship.</summary>
public static class PlansApi
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/plans").WithTags("Plans");
        group.MapPost("/check", Check)
            .WithName("CheckPlan")
            .WithSummary("Checks a national plan sent as the body (CSV with Content-Type text/csv, or JSON with application/json; format in data/plans/README.md) for a credible, incremental path: the verdict with reasons, each check with its numbers, the smallest fix and the years in shares and money (the same as natospend check FILE --format json). A plan file with problems gets 422 listing every problem with its line or JSON path.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // The body is read by hand (CSV or JSON, sniffed when no Content-Type is given), so it is described here.
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The plan: CSV (text/csv) with optional '# key: value' header lines, or JSON (application/json); format in data/plans/README.md.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                        ["application/json"] = new() { Schema = PlanFileSchema() },
                    },
                };
                return Task.CompletedTask;
            })
            .ProducesAnswer<PlanCheckAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/template", Template)
            .WithName("GetPlanTemplate")
            .WithSummary("A starter plan that passes every check of the rule set it is made for: from NATO's latest published share to the ally's target by the deadline, on the rule set's default shape or the path nearest it that passes, with a related line to the total target, on NATO's basis, to edit and send to /api/v1/plans/check (the same as natospend plan template). Where no path can pass a check, the file's comments say why. A rule set whose deadline is not after NATO's latest published year gets 422.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "application/json")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // The answer is a plan file, not a typed answer: CSV text, or with format=json the JSON plan the checker reads.
                if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
                {
                    content["text/csv"].Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The plan as CSV: '# key: value' header lines, then one row per year (format in data/plans/README.md)." };
                    content["application/json"].Schema = PlanFileSchema();
                }
                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/scorecard", Scorecard)
            .WithName("GetPlansScorecard")
            .WithSummary("The scorecard: for every ally, its newest shipped plan (and how many it has), the verdict on its announced points, its announced share in the deadline year or its last announced year against the rule set's required path in that year, the gap in pp, on track, off track or not assessable, and why (the same as natospend plans --scorecard --format json). A rule set whose deadline is not after NATO's latest published year gets 422.")
            .ProducesAnswer<ScorecardAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", Shipped)
            .WithName("ListPlans")
            .WithSummary("The real national plans that ship in data/plans (announced figures with their sources, dates and grades), each checked under a rule set: the verdict on its announced points (on track, off track, not assessable), completeness, the full check, reconciliations and what each revision changed (the same as natospend plans --format json).")
            .ProducesAnswer<PlanHistoryAnswer>(csv: true)
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> Check(
        HttpRequest request,
        DataSources sources,
        [Description(ParameterText.Rules)] string? rules,
        [Description("json (default) or csv (the checks table)")] string? format,
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 or DEU=3.1; repeatable.")][FromQuery] string[]? growth = null)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var body = await ReadBody(request);
        var planFormat = FormatOf(request.ContentType) ?? PlanCheckVerb.Sniff(body);
        if (planFormat == PlanFormat.Json)
        {
            RefuseInvalidJson(body);
        }
        var name = planFormat == PlanFormat.Json ? "plan.json" : "plan.csv";
        PlanCheckVerb.Result result;
        try
        {
            result = PlanCheckVerb.Run(new PlanCheckVerb.Request(body, name, planFormat, new PathInput(Rules: rules, Growth: growth)), sources, Face.Api);
        }
        catch (DataFileException e) when (e.Problems.All(p => p.File == name))
        {
            // The plan's own problems are the client's to fix (422); a problem in the server's data stays a 500.
            return Problems(e.Problems);
        }
        return DataResult.Of(outputFormat, () => result.Answer, () => result.Checks, result.FileName).NotCached();
    }

    private static DataResult Template(
        DataSources sources,
        [Description("The ally's ISO3 code, such as DEU.")] string? ally,
        [Description("The rule set giving target and deadline: " + ParameterText.RuleSets + ".")] string? rules,
        [Description("csv (default) or json: the plan file's format")] string? format,
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 or DEU=3.1; repeatable.")][FromQuery] string[]? growth = null)
    {
        var result = PlanTemplateVerb.Run(new PlanTemplateVerb.Request(ally, format, new PathInput(Rules: rules, Growth: growth)), sources, Face.Api);
        return DataResult.File(result.Text, result.ContentType, result.FileName);
    }

    private static DataResult Shipped(
        DataSources sources,
        [Description("Only the plans of this ally, such as DEU (default: every plan).")] string? ally,
        [Description("The rule set to check them under: " + ParameterText.RuleSets + ".")] string? rules,
        [Description("json (default) or csv (one row per plan)")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var result = PlansVerb.Run(new PlansVerb.Request(ally, new PathInput(Rules: rules)), sources, Face.Api);
        return DataResult.Of(outputFormat, () => result.Answer, () => result.List, result.FileName);
    }

    private static DataResult Scorecard(
        DataSources sources,
        [Description("The rule set whose required path the plans are set against: hague-2025 (default), hague-draft-2032 or spain-view (wales-2014 and vilnius-2023 have passed deadlines).")] string? rules,
        [Description("json (default) or csv (one row per ally)")] string? format,
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 or DEU=3.1; repeatable.")][FromQuery] string[]? growth = null)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var result = ScorecardVerb.Run(new ScorecardVerb.Request(new PathInput(Rules: rules, Growth: growth)), sources, Face.Api);
        return DataResult.Of(outputFormat, () => result.Answer, () => result.Table, result.FileName);
    }

    private static async Task<byte[]> ReadBody(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > NatoSpendWeb.MaxRequestBodyBytes)
            {
                throw new ApiProblemException(StatusCodes.Status413PayloadTooLarge, RequestSizeLimit.Message);
            }
        }
        if (buffer.Length == 0 || buffer.ToArray().All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest,
                "The request has no plan; send a plan as the body, CSV with Content-Type text/csv or JSON with application/json, such as the one GET /api/v1/plans/template?ally=DEU writes.");
        }
        return buffer.ToArray();
    }

    // The Content-Type names the plan's format; without one (or as octet-stream) the body is sniffed.
    private static PlanFormat? FormatOf(string? contentType)
    {
        var media = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "application/json" or "text/json" => PlanFormat.Json,
            { } m when m.EndsWith("+json", StringComparison.Ordinal) => PlanFormat.Json,
            "text/csv" or "text/plain" or "application/csv" => PlanFormat.Csv,
            null or "" or "application/octet-stream" => null,
            _ => throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType,
                $"A plan is sent as CSV (text/csv) or JSON (application/json), not as '{media}'; set the Content-Type to one of those."),
        };
    }

    // A body that is not JSON at all is a malformed request (400), told apart from a JSON plan with problems (422).
    private static void RefuseInvalidJson(byte[] body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest,
                $"The plan is not valid JSON ({e.Message}); fix the syntax, or send CSV with Content-Type text/csv.");
        }
    }

    // The JSON plan file's shape, from the reader's own header keys and columns (format in data/plans/README.md).
    private static OpenApiSchema PlanFileSchema()
    {
        var numbers = PlanReader.Columns.Where(c => c.EndsWith("_share", StringComparison.Ordinal) || c.EndsWith("_spending", StringComparison.Ordinal) || c == "ukraine").ToHashSet(StringComparer.Ordinal);
        var year = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = PlanReader.Columns.ToDictionary(c => c, c => (IOpenApiSchema)new OpenApiSchema
            {
                Type = c == "year" ? JsonSchemaType.Integer : numbers.Contains(c) ? JsonSchemaType.Number : JsonSchemaType.String,
            }),
        };
        var properties = PlanReader.HeaderKeys.ToDictionary(k => k, k => (IOpenApiSchema)new OpenApiSchema { Type = JsonSchemaType.String });
        properties["$comment"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Comments, such as why no path can pass a check." };
        properties["years"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = year, Description = "One entry per year, with the CSV's column names." };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A plan as JSON: the header keys and years (format in data/plans/README.md).",
            Properties = properties,
            Required = new HashSet<string>(StringComparer.Ordinal) { "years" },
        };
    }

    // Every problem of the file, keyed by where it is (line or JSON path), in file order, as RFC 9457 validation problems.
    internal static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problems(IReadOnlyList<DataProblem> problems)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var p in problems)
        {
            var key = p switch
            {
                { Line: > 0 } => FormattableString.Invariant($"line {p.Line}"),
                { JsonPath: { } path } => path,
                _ => "plan",
            };
            errors[key] = errors.TryGetValue(key, out var messages) ? [.. messages, p.Message] : [p.Message];
        }
        return TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The plan has problems",
            Detail = problems.Count == 1
                ? $"The plan has a problem: {problems[0]}"
                : FormattableString.Invariant($"The plan has {problems.Count} problems; fix every one listed in errors and send it again. The first: {problems[0]}"),
            Extensions = { ["problems"] = problems.Select(p => p.ToString()).ToArray() },
        });
    }
}
