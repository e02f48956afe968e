using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace NatoSpend.Web.Http;

/// <summary>
/// The API's answers to GET, each computed once: a request whose normalised query was answered before gets the same bytes
/// (or a 304) before any endpoint runs. Bounded by the bytes it holds, so that many distinct queries cannot fill memory.
/// </summary>
/// <remarks>
/// The data do not change while the app runs (<see cref="NatoSpend.Reporting.DataSources"/> reads each file once), so
/// the same query always gives the same bytes. There is one cache per app, and an app reads one data folder, so the cache
/// is keyed by that folder too. The shipped data are the same in every run, and their answers may be kept by browsers
/// for a while; a folder given with <c>--data</c> may change between runs, so its answers are only kept for as long as
/// the app runs, and browsers are told to ask again each time (a 304 when nothing changed).
/// Only answers to GET are kept: a POST (a plan check, a simulation) depends on its body, and a simulation is too large
/// and too rare to be worth the memory. Problems (4xx, 5xx) are never kept; they are cheap to find again.
/// </remarks>
public sealed class AnswerCache : IDisposable
{
    /// <summary>The most the cache holds, counting every encoding of every answer.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The largest single answer kept; a larger one is computed for each request.</summary>
    public const long MaxAnswerBytes = 8L * 1024 * 1024;

    // Counted against the bound for each answer beside its bytes (its key, headers and bookkeeping), which also bounds the number of answers.
    private const long EntryOverhead = 2048;

    /// <summary><c>Cache-Control</c> for the shipped data's answers: a browser or proxy may reuse one for five minutes.</summary>
    public const string ShippedCacheControl = "public, max-age=300";

    /// <summary><c>Cache-Control</c> for the answers from a <c>--data</c> folder: ask again each time.</summary>
    public const string UserDataCacheControl = "no-cache";

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = MaxBytes, CompactionPercentage = 0.25 });

    /// <summary>A cache for the answers over the shipped data (<paramref name="shippedData"/>) or over a user's folder.</summary>
    public AnswerCache(bool shippedData) => CacheControl = shippedData ? ShippedCacheControl : UserDataCacheControl;

    /// <summary>The <c>Cache-Control</c> sent with the answers.</summary>
    public string CacheControl { get; }

    /// <summary>The key of a request: its path, then its query parameters sorted by name (names in lower case, as the API binds them), each value escaped.</summary>
    public static string KeyOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value ?? "";
        if (request.Query.Count == 0)
        {
            return path;
        }
        var key = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, values) in request.Query.OrderBy(p => p.Key.ToLowerInvariant(), StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                key.Append(separator).Append(Uri.EscapeDataString(name.ToLowerInvariant())).Append('=').Append(Uri.EscapeDataString(value ?? ""));
                separator = '&';
            }
        }
        return key.ToString();
    }

    /// <summary>The answer kept for <paramref name="key"/>, if any.</summary>
    public bool TryGet(string key, out CachedAnswer answer) => _answers.TryGetValue(key, out answer!);

    /// <summary>Keeps <paramref name="answer"/> under <paramref name="key"/>, unless it is larger than <see cref="MaxAnswerBytes"/>.</summary>
    public void Keep(string key, CachedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Size <= MaxAnswerBytes)
        {
            _answers.Set(key, answer, new MemoryCacheEntryOptions { Size = answer.Size + EntryOverhead + (key.Length * 2) });
        }
    }

    /// <summary>How many answers are kept.</summary>
    public int Count => _answers.Count;

    /// <inheritdoc/>
    public void Dispose() => _answers.Dispose();

    /// <summary>Where an endpoint that has not been answered before leaves its answer for the cache (see <see cref="DataResult"/>).</summary>
    public sealed class Slot(AnswerCache cache, string key)
    {
        /// <summary>The <c>Cache-Control</c> sent with the answer.</summary>
        public string CacheControl => cache.CacheControl;

        /// <summary>Keeps the answer.</summary>
        public void Keep(CachedAnswer answer) => cache.Keep(key, answer);
    }

    /// <summary>Answers a GET or HEAD under <c>/api/v1</c> from the cache, or leaves a slot for the endpoint's answer.</summary>
    public sealed class Middleware(RequestDelegate next, AnswerCache cache)
    {
        /// <summary>Answers from the cache or passes the request on.</summary>
        public Task InvokeAsync(HttpContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var request = context.Request;
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                || !request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase))
            {
                return next(context);
            }
            var key = KeyOf(request);
            if (cache.TryGet(key, out var answer))
            {
                return answer.WriteAsync(context);
            }
            context.Features.Set(new Slot(cache, key));
            return next(context);
        }
    }
}
