using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using NatoSpend.Web.Http;

namespace NatoSpend.Web.Tests.Hardening;

/// <summary>Requests the API does not take: the wrong method, the wrong body type, unknown members; each a ProblemDetails with one sentence, and a log line.</summary>
public sealed class AbuseTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("DELETE", "/api/v1/status", "GET", "DELETE is not allowed at /api/v1/status, which takes GET; see /openapi/v1.json for the methods each address takes.")]
    [InlineData("GET", "/api/v1/simulate", "POST", "GET is not allowed at /api/v1/simulate, which takes POST; see /openapi/v1.json for the methods each address takes.")]
    [InlineData("PUT", "/api/v1/allies/DEU/series", "GET", "PUT is not allowed at /api/v1/allies/DEU/series, which takes GET; see /openapi/v1.json for the methods each address takes.")]
    public async Task AWrongMethodIs405WithAllow(string method, string path, string allow, string detail)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await AssertProblem(response, HttpStatusCode.MethodNotAllowed, detail);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task AnUnknownAddressIsStill404()
    {
        using var response = await _client.DeleteAsync("/api/v1/no-such-thing");

        await AssertProblem(response, HttpStatusCode.NotFound, "There is no API address '/api/v1/no-such-thing'; see /openapi/v1.json or /scalar for the API's addresses.");
    }

    [Theory]
    [InlineData("text/plain", "POST /api/v1/simulate reads a body of application/json, but the request was sent with Content-Type 'text/plain'; send it with Content-Type: application/json.")]
    [InlineData(null, "POST /api/v1/simulate reads a body of application/json, but the request was sent with no Content-Type; send it with Content-Type: application/json.")]
    public async Task SimulateWithABodyThatIsNotJsonIs415NamingJson(string? type, string detail)
    {
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"ally": "DEU"}"""));
        body.Headers.ContentType = type is null ? null : new MediaTypeHeaderValue(type);

        using var response = await _client.PostAsync("/api/v1/simulate", body);

        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType, detail);
    }

    [Theory]
    [InlineData("""{"aly": "DEU"}""", "The member 'aly' is not one simulate reads; use ally, allies, shape, plan, rules, draws, seed, fix or explain.")]
    [InlineData("""{"ally": "DEU", "draws": 1000, "threads": 64}""", "The member 'threads' is not one simulate reads; use ally, allies, shape, plan, rules, draws, seed, fix or explain.")]
    [InlineData("{}", "A simulation needs an ally, such as DEU, allies (such as all, for every ally) or a plan, and none was given.")]
    [InlineData("""{"draws": 1000}""", "A simulation needs an ally, such as DEU, allies (such as all, for every ally) or a plan, and none was given.")]
    [InlineData("""[{"ally": "DEU"}]""", """The body is a JSON array, not the object simulate reads; send one such as {"ally": "DEU", "draws": 10000}.""")]
    [InlineData("""{"ally": "DEU", "draws": "many"}""", """The value of 'draws' is not of the type simulate reads there; send a body such as {"ally": "DEU", "draws": 10000}.""")]
    [InlineData("", """The request has no body; send a JSON object such as {"ally": "DEU", "draws": 10000}.""")]
    public async Task SimulateRefusesUnknownMembersAndAnEmptyRequest(string body, string detail)
    {
        using var response = await _client.PostAsync("/api/v1/simulate", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblem(response, HttpStatusCode.BadRequest, detail);
    }

    [Theory]
    [InlineData("GET", "/", "page")]
    [InlineData("GET", "/simulate.html", "page")]
    [InlineData("GET", "/css/site.css", "page")]
    [InlineData("GET", "/lib/echarts.custom.min.js", "page")]
    [InlineData("GET", "/no-such-page.html", "page")]
    [InlineData("DELETE", "/index.html", "page")]
    [InlineData("GET", "/api/v1/status", "api")]
    [InlineData("GET", "/api/v1/status?year=abc", "api")]
    [InlineData("GET", "/api/v1/no-such-thing", "api")]
    [InlineData("DELETE", "/api/v1/status", "api")]
    [InlineData("POST", "/api/v1/simulate", "api")]
    [InlineData("GET", "/openapi/v1.json", "api")]
    [InlineData("GET", "/scalar/", "reference")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string method, string path, string area)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await _client.SendAsync(request);

        var expected = area switch { "api" => SecurityHeaders.ApiPolicy, "reference" => SecurityHeaders.ReferencePolicy, _ => SecurityHeaders.PagePolicy };
        Assert.Equal(expected, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal(area == "api" ? "same-origin" : null, Header(response, "Cross-Origin-Resource-Policy"));
        // Framing is governed by frame-ancestors alone (see SecurityHeaders).
        Assert.Null(Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task ANotModifiedAnswerCarriesTheHeadersToo()
    {
        using var first = await _client.GetAsync("/api/v1/editions");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/editions");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(SecurityHeaders.ApiPolicy, Header(second, "Content-Security-Policy"));
    }

    [Fact]
    public async Task EveryFailedRequestIsLoggedWithItsDetailButNeverItsBodyOrQuery()
    {
        var log = new CapturedLog();
        using var app = factory.WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.AddProvider(log)));
        using var client = app.CreateClient();

        (await client.GetAsync("/api/v1/status?year=abc&key=QUERY-MARKER")).Dispose();
        (await client.DeleteAsync("/api/v1/status")).Dispose();
        (await client.GetAsync("/no-such-page.html")).Dispose();
        (await client.PostAsync("/api/v1/simulate", new StringContent("""{"ally": "DEU", "draws": 0, "fix": "BODY-MARKER"}""", Encoding.UTF8, "application/json"))).Dispose();
        (await client.PostAsync("/api/v1/simulate", new StringContent("BODY-MARKER", Encoding.UTF8, "text/plain"))).Dispose();
        (await client.GetAsync("/api/v1/editions")).Dispose();

        var lines = log.Lines.Where(l => l.Category == typeof(ErrorLog).FullName).ToList();
        Assert.Equal(
        [
            "GET /api/v1/status answered 400: The year 'abc' is not in edition 2026, which covers 2014-2026; choose one of those years.",
            "DELETE /api/v1/status answered 405: DELETE is not allowed at /api/v1/status, which takes GET; see /openapi/v1.json for the methods each address takes.",
            "GET /no-such-page.html answered 404: There is nothing at this address; see /openapi/v1.json or /scalar for the API's addresses.",
            "POST /api/v1/simulate answered 400: The number of draws must be at least 1, but was 0; give one such as 100000.",
            "POST /api/v1/simulate answered 415: POST /api/v1/simulate reads a body of application/json, but the request was sent with Content-Type 'text/plain; charset=utf-8'; send it with Content-Type: application/json.",
        ], lines.Select(l => l.Message));
        Assert.All(lines, l => Assert.Equal(LogLevel.Warning, l.Level));
        Assert.DoesNotContain(lines, l => l.Message.Contains("MARKER", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALogLineIsOneLineWhateverThePathHolds()
    {
        var log = new CapturedLog();
        using var app = factory.WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.AddProvider(log)));
        using var client = app.CreateClient();

        (await client.GetAsync("/api/v1/a%0Afake%20line")).Dispose();

        var line = Assert.Single(log.Lines, l => l.Category == typeof(ErrorLog).FullName).Message;
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("GET /api/v1/a\\u000afake line answered 404: ", line, StringComparison.Ordinal);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.Equal(detail, problem["detail"]!.GetValue<string>());
    }
}
