using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using NatoSpend.Data.Files;
using NatoSpend.Data.Plans;
using NatoSpend.Domain.Plans;
using NatoSpend.Reporting;
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
                        ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
                    },
                };
                return Task.CompletedTask;
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/csv"])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/template", Template)
            .WithName("GetPlanTemplate")
            .WithSummary("A starter plan that passes every check of the rule set it is made for: from NATO's latest published share to the ally's target by the deadline, on the rule set's default shape or the path nearest it that passes, with a related line to the total target, on NATO's basis, to edit and send to /api/v1/plans/check (the same as natospend plan template). Where no path can pass a check, the file's comments say why. A rule set whose deadline is not after NATO's latest published year gets 422.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: ["application/json"])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/scorecard", Scorecard)
            .WithName("GetPlansScorecard")
            .WithSummary("The scorecard: for every ally, its newest shipped plan (and how many it has), the verdict on its announced points, its announced share in the deadline year or its last announced year against the rule set's required path in that year, the gap in pp, on track, off track or not assessable, and why (the same as natospend plans --scorecard --format json). A rule set whose deadline is not after NATO's latest published year gets 422.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/csv"])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", Shipped)
            .WithName("ListPlans")
            .WithSummary("The real national plans that ship in data/plans (announced figures with their sources, dates and grades), each checked under a rule set: the verdict on its announced points (on track, off track, not assessable), completeness, the full check, reconciliations and what each revision changed (the same as natospend plans --format json).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/csv"])
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> Check(
        HttpRequest request,
        DataSources sources,
        [Description(ParameterText.Rules)] string? rules,
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 or DEU=3.1; repeatable.")][FromQuery] string[]? growth,
        [Description("json (default) or csv (the checks table)")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var ruleSet = sources.Rules(rules);
        var options = ApiInput.Read(() => UserInput.Projection(growth ?? [], []));
        var body = await ReadBody(request);
        Plan plan;
        try
        {
            plan = IsJson(request.ContentType, body) ? ParseJson(body) : PlanReader.ParseCsv(DecodeText(body), "plan.csv");
        }
        catch (DataFileException e)
        {
            return Problems(e.Problems);
        }
        var check = ApiInput.Read(() => PlanChecker.Check(plan, ruleSet, sources.Catalog.LoadNewest(), sources.Outlook(), options), StatusCodes.Status422UnprocessableEntity);
        var checks = PlanReport.Checks(check);
        var ukraine = CrossCheck(sources, check);
        return DataResult.Of(outputFormat, () => PlanCheckJson.Build(check, checks, PlanReport.Years(check), ukraine), () => checks,
            $"natospend-check-{plan.Ally.Code.Value.ToLowerInvariant()}-{ruleSet.Id}").NotCached();
    }

    private static DataResult Template(
        DataSources sources,
        [Description("The ally's ISO3 code, such as DEU.")] string? ally,
        [Description("The rule set giving target and deadline: " + ParameterText.RuleSets + ".")] string? rules,
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 or DEU=3.1; repeatable.")] string[]? growth,
        [Description("csv (default) or json: the plan file's format")] string? format)
    {
        var text = (format ?? "csv").Trim().ToLowerInvariant();
        if (text is not ("csv" or "json"))
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, $"The format '{format}' is not one a plan is written in; use csv or json.");
        }
        if (ally is null)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Name the ally the plan is for, such as ally=DEU.");
        }
        var one = ApiInput.Read(() => UserInput.Ally(ally), StatusCodes.Status404NotFound);
        var ruleSet = sources.Rules(rules);
        var options = ApiInput.Read(() => UserInput.Projection(growth ?? [], []));
        var plan = ApiInput.Read(() => PlanTemplate.For(sources.Catalog.LoadNewest(), one, sources.Outlook(), ruleSet, options), StatusCodes.Status422UnprocessableEntity).Definition;
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        if (text == "json")
        {
            PlanWriter.WriteJson(writer, plan);
        }
        else
        {
            PlanWriter.WriteCsv(writer, plan);
        }
        var name = $"{one.Code.Value.ToLowerInvariant()}-template-{ruleSet.Id}.{text}";
        return DataResult.File(writer.ToString(), text == "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8", name);
    }

    private static DataResult Shipped(
        DataSources sources,
        [Description("Only the plans of this ally, such as DEU (default: every plan).")] string? ally,
        [Description("The rule set to check them under: " + ParameterText.RuleSets + ".")] string? rules,
        [Description("json (default) or csv (one row per plan)")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var ruleSet = sources.Rules(rules);
        Domain.Allies.AllyCode? code = ally is null ? null : ApiInput.Read(() => UserInput.Ally(ally)).Code;
        var data = sources.Catalog.LoadNewest();
        // The same use case as natospend plans: every plan checked, the verdict on its announced points, completeness and revisions.
        var plans = PlanHistory.CheckAll(sources.Plans.Where(p => code is null || p.Plan.Ally.Code == code).Select(p => (p.File, p.Plan)),
            ruleSet, data, sources.Outlook(), Domain.Projections.ProjectionOptions.Default);
        return DataResult.Of(outputFormat,
            () => PlanHistoryReport.Json(plans, ruleSet, p => PlanCheckJson.Build(p.Check, PlanReport.Checks(p.Check), PlanReport.Years(p.Check), CrossCheck(sources, p.Check))),
            () => PlanHistoryReport.List(plans, ruleSet), $"natospend-plans-{(code?.Value ?? "all").ToLowerInvariant()}-{ruleSet.Id}");
    }

    private static DataResult Scorecard(
        DataSources sources,
        [Description("The rule set whose required path the plans are set against: hague-2025 (default), hague-draft-2032 or spain-view (wales-2014 and vilnius-2023 have passed deadlines).")] string? rules,
        [Description("Long-run GDP growth after the WEO's last year, percent a year: 3.1, 1.2+2.0 or DEU=3.1; repeatable.")][FromQuery] string[]? growth,
        [Description("json (default) or csv (one row per ally)")] string? format)
    {
        var outputFormat = DataResult.ParseFormat(format);
        var ruleSet = sources.Rules(rules);
        var options = ApiInput.Read(() => UserInput.Projection(growth ?? [], []));
        var data = sources.Catalog.LoadNewest();
        var outlook = sources.Outlook();
        // The same use case as natospend plans --scorecard: every shipped plan checked, then each ally's newest against the required path.
        var plans = PlanHistory.CheckAll(sources.Plans.Select(p => (p.File, p.Plan)), ruleSet, data, outlook, options);
        var card = ApiInput.Read(() => PlanScorecard.Build(plans, ruleSet, data, outlook, options), StatusCodes.Status422UnprocessableEntity);
        return DataResult.Of(outputFormat, () => ScorecardReport.Json(card), () => ScorecardReport.Table(card), $"natospend-plans-scorecard-{ruleSet.Id}");
    }

    // A plan's Ukraine column against Kiel's history, as natospend check does: a warning, never the verdict.
    private static IReadOnlyList<Domain.Ukraine.UkraineYearCheck> CrossCheck(DataSources sources, PlanCheck check) =>
        Domain.Ukraine.UkraineCrossCheck.Applies(check.Plan)
            ? Domain.Ukraine.UkraineCrossCheck.Check(check, sources.Ukraine, sources.Catalog.LoadNewest())
            : [];

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

    private static bool IsJson(string? contentType, byte[] body)
    {
        var media = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "application/json" or "text/json" => true,
            { } m when m.EndsWith("+json", StringComparison.Ordinal) => true,
            "text/csv" or "text/plain" or "application/csv" => false,
            null or "" or "application/octet-stream" => body.SkipWhile(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0xEF or 0xBB or 0xBF).FirstOrDefault() == (byte)'{',
            _ => throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType,
                $"A plan is sent as CSV (text/csv) or JSON (application/json), not as '{media}'; set the Content-Type to one of those."),
        };
    }

    private static Plan ParseJson(byte[] body)
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
        return PlanReader.ParseJson(body, "plan.json");
    }

    private static string DecodeText(byte[] body)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "The plan is not UTF-8 text; save the CSV as UTF-8 and send it again.");
        }
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
