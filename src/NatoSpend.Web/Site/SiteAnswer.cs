using System.Globalization;
using System.Text.Json.Nodes;

namespace NatoSpend.Web.Site;

/// <summary>
/// One API answer a static copy of the dashboard holds: a GET of <see cref="Route"/> with the query <see cref="Pairs"/>,
/// or a POST of them as a flat JSON body (a simulation's settings); with <see cref="Csv"/>, its CSV as well.
/// </summary>
/// <param name="Route">The path under <c>/api/v1/</c>, such as <c>status</c> or <c>allies/DEU/series</c>.</param>
/// <param name="Pairs">The query's keys and values (or the POST body's members), in any order.</param>
/// <param name="Post">Whether the pages ask for it with a POST and a JSON body.</param>
/// <param name="Csv">Whether the pages offer its CSV as a download.</param>
public sealed record SiteAnswer(string Route, IReadOnlyList<KeyValuePair<string, string>> Pairs, bool Post = false, bool Csv = false)
{
    /// <summary>A GET of <paramref name="route"/> with the query given as key and value in turn.</summary>
    public static SiteAnswer Get(string route, params string[] keysAndValues) => new(route, PairsOf(keysAndValues));

    /// <summary>The same answer, with its CSV as well.</summary>
    public SiteAnswer WithCsv() => this with { Csv = true };

    /// <summary>
    /// The file that holds the answer, relative to the site's folder: the mapping <c>staticFile</c> in
    /// <c>wwwroot/js/common.js</c> reads with, so the two must agree. The route under <c>api/v1/</c>, then, when there are
    /// pairs, a slash and the <c>key=value</c> pairs with empty values left out, sorted by key then value (ordinal) and
    /// joined by <c>&amp;</c>; the extension is <c>.csv</c> or <c>.json</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A key or value holds a character outside letters, digits and <c>. _ , -</c>.</exception>
    public string FilePath(bool csv = false)
    {
        var pairs = Pairs.Where(p => p.Value.Length > 0).ToList();
        foreach (var (key, value) in pairs)
        {
            if (!IsSafe(key) || !IsSafe(value))
            {
                throw new InvalidOperationException($"The pair {key}={value} cannot name a static file; keys and values hold letters, digits and . _ , - only.");
            }
        }
        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey : string.CompareOrdinal(a.Value, b.Value));
        var query = pairs.Count == 0 ? "" : "/" + string.Join('&', pairs.Select(p => $"{p.Key}={p.Value}"));
        return $"api/v1/{Route.Trim('/')}{query}.{(csv ? "csv" : "json")}";
    }

    /// <summary>The file that holds the API's refusal of this answer (its ProblemDetails), where it refuses it.</summary>
    public string ProblemPath() => FilePath()[..^".json".Length] + ".problem.json";

    /// <summary>The request's address on the live app, with <c>format=csv</c> when <paramref name="csv"/>.</summary>
    public string Address(bool csv = false)
    {
        var query = Post ? [] : Pairs.Where(p => p.Value.Length > 0).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}").ToList();
        if (csv)
        {
            query.Add("format=csv");
        }
        return $"/api/v1/{Route.Trim('/')}" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    /// <summary>The POST body: the pairs as one JSON object, whole numbers as numbers (as the pages send them).</summary>
    public string Body()
    {
        var body = new JsonObject();
        foreach (var (key, value) in Pairs.Where(p => p.Value.Length > 0))
        {
            body[key] = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(value);
        }
        return body.ToJsonString();
    }

    /// <inheritdoc/>
    public override string ToString() => (Post ? "POST " : "GET ") + Address() + (Post ? " " + Body() : "");

    private static bool IsSafe(string text) => text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ',' or '-');

    private static List<KeyValuePair<string, string>> PairsOf(string[] keysAndValues)
    {
        if (keysAndValues.Length % 2 != 0)
        {
            throw new ArgumentException("The query is given as key and value in turn.", nameof(keysAndValues));
        }
        var pairs = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < keysAndValues.Length; i += 2)
        {
            pairs.Add(new(keysAndValues[i], keysAndValues[i + 1]));
        }
        return pairs;
    }
}
