extern alias cli;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using cli::NatoSpend.Cli;
using Microsoft.AspNetCore.Mvc.Testing;
using Spectre.Console;

namespace NatoSpend.Web.Tests.Api;

/// <summary>Paths, gaps, alliance, personnel, Ukraine and plans through the API: the CLI's numbers and labels, and ProblemDetails for bad input.</summary>
public sealed class AnalysisApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly string ShippedPlans = Path.Combine(AppContext.BaseDirectory, "data", "plans");

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/paths?ally=DEU", new[] { "path", "DEU", "--format", "json" })]
    [InlineData("/api/v1/paths?allies=europe&shape=min-step&rules=hague-draft-2032", new[] { "path", "--allies", "europe", "--shape", "min-step", "--rules", "hague-draft-2032", "--format", "json" })]
    [InlineData("/api/v1/paths?ally=POL&shape=front-loaded&target=5&deadline=2030&growth=3.1&from_year=2024", new[] { "path", "POL", "--shape", "front-loaded", "--target", "5", "--by", "2030", "--growth", "3.1", "--from-year", "2024", "--format", "json" })]
    [InlineData("/api/v1/gaps?year=2026&target=3.5&allies=europe", new[] { "gap", "--year", "2026", "--target", "3.5", "--allies", "europe", "--format", "json" })]
    [InlineData("/api/v1/gaps?rules=spain-view&deadline=2032", new[] { "gap", "--rules", "spain-view", "--by", "2032", "--format", "json" })]
    [InlineData("/api/v1/alliance", new[] { "alliance", "--format", "json" })]
    [InlineData("/api/v1/paths?ally=TUR&outlook=weo-2024-10&exchange_rates=hold", new[] { "path", "TUR", "--outlook", "weo-2024-10", "--exchange-rates", "hold", "--format", "json" })]
    [InlineData("/api/v1/alliance?outlook=weo-2025-10", new[] { "alliance", "--outlook", "weo-2025-10", "--format", "json" })]
    [InlineData("/api/v1/gaps?outlook=weo-2025-04&deadline=2030", new[] { "gap", "--outlook", "weo-2025-04", "--by", "2030", "--format", "json" })]
    [InlineData("/api/v1/alliance?shape=real-growth&deadline=2032&growth=DEU=3.1&growth=2.5", new[] { "alliance", "--shape", "real-growth", "--by", "2032", "--growth", "DEU=3.1", "--growth", "2.5", "--format", "json" })]
    [InlineData("/api/v1/personnel?ally=DEU", new[] { "personnel", "DEU", "--format", "json" })]
    [InlineData("/api/v1/personnel?ally=DEU&add=60000", new[] { "personnel", "DEU", "--add", "60000", "--format", "json" })]
    [InlineData("/api/v1/personnel?allies=europe&add=100000&key=gdp&ramp=immediate", new[] { "personnel", "--allies", "europe", "--add", "100000", "--key", "gdp", "--ramp", "immediate", "--format", "json" })]
    [InlineData("/api/v1/ukraine?year=2025", new[] { "ukraine", "--year", "2025", "--format", "json" })]
    [InlineData("/api/v1/ukraine?allies=DEU,POL", new[] { "ukraine", "--allies", "DEU,POL", "--format", "json" })]
    [InlineData("/api/v1/status?year=2025&ukraine=true", new[] { "status", "--year", "2025", "--ukraine", "--format", "json" })]
    [InlineData("/api/v1/plans?ally=DEU", new[] { "plans", "DEU", "--format", "json" })]
    [InlineData("/api/v1/plans?rules=hague-draft-2032", new[] { "plans", "--rules", "hague-draft-2032", "--format", "json" })]
    [InlineData("/api/v1/plans/scorecard", new[] { "plans", "--scorecard", "--format", "json" })]
    [InlineData("/api/v1/plans/scorecard?rules=hague-draft-2032&growth=2.5", new[] { "plans", "--scorecard", "--rules", "hague-draft-2032", "--growth", "2.5", "--format", "json" })]
    public async Task ApiAnswersWithTheCliNumbersAndLabels(string path, string[] arguments)
    {
        var api = await GetText(path);

        var (code, output) = CliTwin.Run(arguments);
        Assert.Equal(0, code);
        // Byte for byte: the CLI writes the API's body and a final newline.
        Assert.Equal(api + "\n", output);
    }

    [Theory]
    [InlineData("deu-2025-06.csv", "text/csv", "incomplete")]
    [InlineData("nld-2025-06.json", "application/json", null)]
    [InlineData("pol-2025-08.csv", null, null)]
    public async Task PlanCheckGivesTheCliVerdictChecksAndFix(string file, string? contentType, string? verdict)
    {
        var plan = Path.Combine(ShippedPlans, file);
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(plan));
        if (contentType is not null)
        {
            content.Headers.ContentType = new(contentType);
        }

        using var response = await _client.PostAsync("/api/v1/plans/check", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        var api = JsonNode.Parse(text)!;
        var (code, output) = CliTwin.Run(["check", plan, "--format", "json"]);
        Assert.True(code is 0 or 3);
        Assert.Equal(text + "\n", output);
        Assert.Equal(NatoSpend.Domain.Plans.PlanChecker.CheckNames.Count, api["checks"]!.AsArray().Count);
        if (verdict is not null)
        {
            Assert.Equal(verdict, api["verdict"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task TemplatePlanIsCredibleUnderItsRulesAndNotUnderTheDraft()
    {
        var template = await _client.GetStringAsync("/api/v1/plans/template?ally=DEU");
        Assert.Equal(CliTwin.Run(["plan", "template", "DEU"]).Output, template);

        var adopted = await PostPlan(template, "text/csv", "/api/v1/plans/check?rules=hague-2025");
        var draft = await PostPlan(template, "text/csv", "/api/v1/plans/check?rules=hague-draft-2032");

        Assert.Equal("credible", adopted["verdict"]!.GetValue<string>());
        Assert.Null(adopted["fix"]);
        Assert.Equal("not credible", draft["verdict"]!.GetValue<string>());
        Assert.True(draft["fix"]!["changes"]!.AsArray().Count > 0);
        Assert.Contains(draft["checks"]!.AsArray(), c => c!["outcome"]!.GetValue<string>() == "fail" && c["numbers"]!.AsArray().Count > 0);
        Assert.NotEmpty(draft["years"]!.AsArray());
    }

    [Fact]
    public async Task TemplateAsJsonIsAPlanTheCheckerReads()
    {
        using var response = await _client.GetAsync("/api/v1/plans/template?ally=POL&format=json");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("pol-template-hague-2025.json", response.Content.Headers.ContentDisposition!.FileName);

        var check = await PostPlan(await response.Content.ReadAsStringAsync(), "application/json", "/api/v1/plans/check");

        Assert.Equal("POL", check["ally"]!.GetValue<string>());
    }

    [Fact]
    public async Task PlanWithProblemsGets422ListingEveryProblemWithItsLine()
    {
        using var content = new StringContent("# ally: DEU\nyear,core_share\n2026,abc\n2027,2.9\nxx,3\n", Encoding.UTF8, "text/csv");

        using var response = await _client.PostAsync("/api/v1/plans/check", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(
            ["plan.csv:3: the core share for 2026 must be a number of percent of GDP such as 3.5, but was 'abc'.", "plan.csv:5: the year must be a whole number such as 2029, but was 'xx'."],
            problem["problems"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.NotNull(problem["errors"]!["line 3"]);
        Assert.NotNull(problem["errors"]!["line 5"]);
    }

    [Fact]
    public async Task JsonPlanWithProblemsGets422WithJsonPaths()
    {
        using var content = new StringContent("{\"ally\":\"DEU\",\"years\":[{\"year\":2026,\"core_share\":\"x\"}]}", Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/v1/plans/check", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("the core share for 2026 must be a number of percent of GDP such as 3.5, but was \"x\".",
            problem["errors"]!["$.years[0].core_share"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"ally\":", "application/json", HttpStatusCode.BadRequest, "The plan is not valid JSON (Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed. LineNumber: 0 | BytePositionInLine: 8.); fix the syntax, or send CSV with Content-Type text/csv.")]
    [InlineData("  \n", "text/csv", HttpStatusCode.BadRequest, "The request has no plan; send a plan as the body, CSV with Content-Type text/csv or JSON with application/json, such as the one GET /api/v1/plans/template?ally=DEU writes.")]
    [InlineData("<plan/>", "application/xml", HttpStatusCode.UnsupportedMediaType, "A plan is sent as CSV (text/csv) or JSON (application/json), not as 'application/xml'; set the Content-Type to one of those.")]
    public async Task MalformedPlansGetProblemDetails(string body, string contentType, HttpStatusCode status, string detail)
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);

        using var response = await _client.PostAsync("/api/v1/plans/check", content);

        await AssertProblem(response, status, detail);
    }

    [Fact]
    public async Task OversizedPlanGets413()
    {
        using var content = new StringContent("year,core_share\n" + new string('#', (int)NatoSpendWeb.MaxRequestBodyBytes), Encoding.UTF8, "text/csv");

        using var response = await _client.PostAsync("/api/v1/plans/check", content);

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge,
            "The request body is larger than the 256 KiB the API accepts; send a smaller plan (one row per year is a few kilobytes).");
    }

    [Fact]
    public async Task ShippedPlansOfAnAllyComeWithTheirVerdicts()
    {
        var json = await GetJson("/api/v1/plans?ally=DEU");

        var plans = json["plans"]!.AsArray();
        var files = plans.Select(p => p!["file"]!.GetValue<string>()).ToArray();
        Assert.Contains("plans/deu-2025-06.csv", files);
        Assert.Contains("plans/deu-2025-11.csv", files);
        Assert.All(files, f => Assert.StartsWith("plans/deu-", f, StringComparison.Ordinal));
        Assert.All(plans, p => Assert.Contains(p!["verdict"]!.GetValue<string>(), new[] { "credible", "not credible", "incomplete" }));
        Assert.All(plans, p => Assert.Matches("^(on track|off track|not assessable)", p!["announced"]!["label"]!.GetValue<string>()));

        using var csv = await _client.GetAsync("/api/v1/plans?format=csv");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.StartsWith("ally,announced,file,title,", lines[0], StringComparison.Ordinal);
        Assert.Equal(Directory.GetFiles(ShippedPlans).Count(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)) + 1, lines.Length);
    }

    [Fact]
    public async Task RulesListTheShippedRuleSetsAndShapes()
    {
        var json = await GetJson("/api/v1/rules");

        Assert.Equal("hague-2025", json["default"]!.GetValue<string>());
        Assert.Equal(["hague-2025", "hague-draft-2032", "spain-view", "vilnius-2023", "wales-2014"], json["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        Assert.Contains("front-loaded", json["shapes"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task RulesListEveryShippedRuleSetAsThePathsNameIt()
    {
        var json = await GetJson("/api/v1/rules");

        var shipped = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "rules"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var rules = json["rules"]!.AsArray().Select(r => r!.AsObject()).ToArray();
        Assert.Equal(shipped, rules.Select(r => r["id"]!.GetValue<string>()));
        var shapes = json["shapes"]!.AsArray().Select(s => s!.GetValue<string>()).ToArray();
        foreach (var entry in rules)
        {
            // Each entry is the rule set as every other answer names it, then the shape it suggests.
            var id = entry["id"]!.GetValue<string>();
            var named = (await GetJson($"/api/v1/paths?ally=DEU&deadline=2035&rules={id}"))["rules"]!.AsObject();
            Assert.Equal([.. named.Select(p => p.Key), "default_shape"], entry.Select(p => p.Key));
            Assert.All(named, p => Assert.True(JsonNode.DeepEquals(p.Value, entry[p.Key]), $"{id}: {p.Key}"));
            Assert.Contains(entry["default_shape"]!.GetValue<string>(), shapes);
        }
    }

    [Fact]
    public async Task AllianceTotalsChangeWithTheShape()
    {
        var linear = await GetJson("/api/v1/alliance?shape=linear");
        var front = await GetJson("/api/v1/alliance?shape=front-loaded");

        var year = 2028;
        decimal Total(JsonNode json) => json["years"]!.AsArray().Single(y => y!["year"]!.GetValue<int>() == year)!["total_usd_m"]!.GetValue<decimal>();
        Assert.True(Total(front) > Total(linear), "A front-loaded path spends more in 2028 than a linear one.");
    }

    [Theory]
    [InlineData("/api/v1/paths?ally=DEU&format=csv", "natospend-path-deu-linear-2035-hague-2025.csv")]
    [InlineData("/api/v1/gaps?format=csv", "natospend-gap-2026-2035-edition-2026.csv")]
    [InlineData("/api/v1/alliance?format=csv", "natospend-alliance-linear-2026-2035-hague-2025.csv")]
    [InlineData("/api/v1/personnel?ally=DEU&add=60000&format=csv", "natospend-personnel-deu-add-60000-by-2035-linear.csv")]
    [InlineData("/api/v1/ukraine?year=2025&format=csv", "natospend-ukraine-2025-edition-2026.csv")]
    [InlineData("/api/v1/status?year=2025&ukraine=true&format=csv", "natospend-status-2025-edition-2026-ukraine.csv")]
    [InlineData("/api/v1/plans/template?ally=DEU", "deu-template-hague-2025.csv")]
    public async Task DownloadsAreCsvWithAFileNameAndAnETag(string path, string fileName)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileName);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl!.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        using var second = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/paths", HttpStatusCode.BadRequest, "Name an ally, such as ally=DEU, or several with allies (all, europe, DEU,POL).")]
    [InlineData("/api/v1/paths?ally=DEU&allies=all", HttpStatusCode.BadRequest, "Name one ally ('DEU') or allies 'all', not both.")]
    [InlineData("/api/v1/paths?ally=XYZ", HttpStatusCode.BadRequest, "'XYZ' is not an ally code; use one of ALB, BEL, BGR, CAN, HRV, CZE, DNK, EST, FIN, FRA, DEU, GRC, HUN, ISL, ITA, LVA, LTU, LUX, MNE, NLD, MKD, NOR, POL, PRT, ROU, SVK, SVN, ESP, SWE, TUR, GBR, USA.")]
    [InlineData("/api/v1/paths?ally=ISL", HttpStatusCode.UnprocessableEntity, "Edition 2026 has no share of GDP for Iceland (ISL) in 2026 (no armed forces, no expenditure data), so no path can start there; choose another ally or base year.")]
    [InlineData("/api/v1/paths?ally=DEU&shape=zigzag", HttpStatusCode.BadRequest, "The shape 'zigzag' is not one NatoSpend knows; use linear, min-step, real-growth, front-loaded or hold.")]
    [InlineData("/api/v1/paths?ally=DEU&rules=../../etc/passwd", HttpStatusCode.BadRequest, "There is no rule set '../../etc/passwd'; use one of hague-2025, hague-draft-2032, spain-view, vilnius-2023, wales-2014.")]
    [InlineData("/api/v1/paths?ally=DEU&deadline=soon", HttpStatusCode.BadRequest, "The year 'soon' given to deadline is not a year from 1949 to 2100; give one such as 2035.")]
    [InlineData("/api/v1/paths?ally=DEU&edition=2024", HttpStatusCode.UnprocessableEntity, "Edition 2024 has no GDP in USD or defence spending in national currency and USD for Germany in 2024, so its GDP cannot be projected from that year; choose another base year or ally.")]
    [InlineData("/api/v1/paths?ally=DEU&deadline=2020", HttpStatusCode.UnprocessableEntity, "The deadline 2020 is before the base year 2026; choose a deadline from 2027 on.")]
    [InlineData("/api/v1/paths?ally=DEU&from_year=2031", HttpStatusCode.UnprocessableEntity, "The base year 2031 is not in edition 2026, which covers 2014 to 2026; choose from_year in that range.")]
    [InlineData("/api/v1/paths?ally=DEU&growth=fast", HttpStatusCode.BadRequest, "The growth 'fast' is not a growth assumption; give nominal percent a year (3.1), real plus inflation (1.2+2.0), or one ally's (DEU=3.1), each between -50 and 100.")]
    [InlineData("/api/v1/paths?ally=DEU&step=big", HttpStatusCode.BadRequest, "The value 'big' given to step is not a number; give one such as 0.2.")]
    [InlineData("/api/v1/paths?ally=DEU&target=120", HttpStatusCode.BadRequest, "The target 120 is outside 0 to 100 percent of GDP; choose target between 0 and 100, such as 3.5.")]
    [InlineData("/api/v1/paths?ally=DEU&format=xml", HttpStatusCode.BadRequest, "The format 'xml' is not one the API writes; use json or csv.")]
    [InlineData("/api/v1/gaps?year=abc", HttpStatusCode.BadRequest, "The year 'abc' is not in edition 2026, which covers 2014-2026; choose one of those years.")]
    [InlineData("/api/v1/gaps?year=2040", HttpStatusCode.UnprocessableEntity, "The year '2040' is not in edition 2026, which covers 2014-2026; choose one of those years.")]
    [InlineData("/api/v1/gaps?allies=moon", HttpStatusCode.BadRequest, "'moon' is not an ally code or group; use an ISO3 code such as DEU or POL (a comma-separated list is fine) or one of the groups all, europe-canada, europe, eu.")]
    [InlineData("/api/v1/gaps?edition=2024", HttpStatusCode.UnprocessableEntity, "Edition 2024 has no GDP in USD or defence spending in national currency and USD for Albania in 2024, so its GDP cannot be projected from that year; choose another base year or ally.")]
    [InlineData("/api/v1/alliance?shape=zigzag", HttpStatusCode.BadRequest, "The shape 'zigzag' is not one NatoSpend knows; use linear, min-step, real-growth, front-loaded or hold.")]
    [InlineData("/api/v1/alliance?rules=nato-2099", HttpStatusCode.BadRequest, "There is no rule set 'nato-2099'; use one of hague-2025, hague-draft-2032, spain-view, vilnius-2023, wales-2014.")]
    [InlineData("/api/v1/alliance?deadline=2101", HttpStatusCode.BadRequest, "The year '2101' given to deadline is not a year from 1949 to 2100; give one such as 2035.")]
    [InlineData("/api/v1/personnel", HttpStatusCode.BadRequest, "Name an ally, such as ally=DEU, or give add with allies to spread a need.")]
    [InlineData("/api/v1/personnel?ally=DEU&add=lots", HttpStatusCode.BadRequest, "The number 'lots' given to add is not a number; give how many service members to add, such as 60000.")]
    [InlineData("/api/v1/personnel?ally=DEU&add=0", HttpStatusCode.BadRequest, "The number 0 given to add must be from 1 to 5,000,000; give how many service members to add, such as 60000.")]
    [InlineData("/api/v1/personnel?ally=DEU&add=100&ramp=sudden", HttpStatusCode.BadRequest, "The ramp 'sudden' is not one NatoSpend knows; use linear or immediate.")]
    [InlineData("/api/v1/personnel?allies=all&add=100&key=area", HttpStatusCode.BadRequest, "The key 'area' is not one NatoSpend spreads by; use population, gdp or personnel.")]
    [InlineData("/api/v1/personnel?ally=DEU&add=100&by=soon", HttpStatusCode.BadRequest, "The year 'soon' given to by is not a year from 1949 to 2100; give one such as 2035.")]
    [InlineData("/api/v1/personnel?ally=DEU&ramp=sudden", HttpStatusCode.BadRequest, "Only an addition of service members uses ramp; give add with it, such as add=60000, or leave ramp out.")]
    [InlineData("/api/v1/personnel?ally=DEU&by=soon", HttpStatusCode.BadRequest, "Only an addition of service members uses by; give add with it, such as add=60000, or leave by out.")]
    [InlineData("/api/v1/personnel?ally=DEU&allies=all", HttpStatusCode.BadRequest, "Name one ally ('DEU') or allies 'all', not both.")]
    [InlineData("/api/v1/gaps?target=120", HttpStatusCode.BadRequest, "The target 120 is outside 0 to 100 percent of GDP; choose target between 0 and 100, such as 3.5.")]
    [InlineData("/api/v1/ukraine?year=last", HttpStatusCode.BadRequest, "The year 'last' is not a year; give one from 2022 to 2026, such as 2025.")]
    [InlineData("/api/v1/status?ukraine=maybe", HttpStatusCode.BadRequest, "The value 'maybe' given to ukraine is not true or false; give ukraine=true to add Kiel's aid columns.")]
    [InlineData("/api/v1/plans/template", HttpStatusCode.BadRequest, "Name the ally the plan is for, such as ally=DEU.")]
    [InlineData("/api/v1/plans/template?ally=DEU&format=xlsx", HttpStatusCode.BadRequest, "The format 'xlsx' is not one a plan is written in; use csv or json.")]
    [InlineData("/api/v1/plans/template?ally=ISL", HttpStatusCode.UnprocessableEntity, "Edition 2026 has no share of GDP for Iceland (ISL) in 2026 (no armed forces, no expenditure data), so no starter plan can start from it; choose another ally.")]
    [InlineData("/api/v1/plans?ally=XX", HttpStatusCode.BadRequest, "'XX' is not an ally code; use one of ALB, BEL, BGR, CAN, HRV, CZE, DNK, EST, FIN, FRA, DEU, GRC, HUN, ISL, ITA, LVA, LTU, LUX, MNE, NLD, MKD, NOR, POL, PRT, ROU, SVK, SVN, ESP, SWE, TUR, GBR, USA.")]
    public async Task BadRequestsGetProblemDetailsWithOneSentence(string path, HttpStatusCode status, string detail)
    {
        using var response = await _client.GetAsync(path);

        await AssertProblem(response, status, detail);
    }


    private async Task<JsonNode> PostPlan(string plan, string contentType, string path)
    {
        using var content = new StringContent(plan, Encoding.UTF8, contentType);
        using var response = await _client.PostAsync(path, content);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<string> GetText(string path)
    {
        using var response = await _client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {text}");
        return text;
    }

    private async Task<JsonNode> GetJson(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.Equal(detail, problem["detail"]!.GetValue<string>());
    }
}
