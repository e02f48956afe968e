using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Net.Http.Headers;

namespace NatoSpend.Web.Http;

/// <summary>
/// Tells the API's fallback why no endpoint took a request to a known address: a method the address does not take
/// (405, with <c>Allow</c>) or a body in a type the endpoint does not read (415).
/// </summary>
/// <remarks>
/// Routing answers 405 and 415 itself only when no other endpoint matches, and the API's fallback (which answers every
/// unknown <c>/api/v1</c> address with ProblemDetails) always matches; so the fallback asks here first.
/// </remarks>
public static class RouteMismatch
{
    private static readonly ConditionalWeakTable<EndpointDataSource, IReadOnlyList<Route>> Routes = [];

    /// <summary>The 405 or 415 answer for a request the fallback received, or <c>null</c> when no endpoint has its address (404).</summary>
    public static IResult? Answer(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var source = context.RequestServices.GetRequiredService<EndpointDataSource>();
        var routes = Routes.GetValue(source, Read);
        var request = context.Request;
        var allowed = new SortedSet<string>(StringComparer.Ordinal);
        IReadOnlyList<string>? accepts = null;
        var taken = false;
        foreach (var route in routes.Where(r => r.Matcher.TryMatch(request.Path, [])))
        {
            allowed.UnionWith(route.Methods);
            if (route.Methods.Contains(request.Method, StringComparer.OrdinalIgnoreCase))
            {
                if (route.Accepts is { Count: > 0 } types && !Reads(types, request.ContentType))
                {
                    accepts = types;
                }
                else
                {
                    taken = true;
                }
            }
        }
        if (taken)
        {
            // Method and type fit, so a route constraint refused the address: there is nothing there.
            return null;
        }
        if (accepts is not null)
        {
            // The address takes the method: the endpoint was passed over for the body's Content-Type.
            var sent = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"Content-Type '{request.ContentType}'";
            return TypedResults.Problem(
                detail: $"{request.Method} {request.Path} reads a body of {string.Join(" or ", accepts)}, but the request was sent with {sent}; send it with Content-Type: {accepts[0]}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        if (allowed.Count == 0)
        {
            return null;
        }
        context.Response.Headers.Allow = string.Join(", ", allowed);
        return TypedResults.Problem(
            detail: $"{request.Method} is not allowed at {request.Path}, which takes {string.Join(" and ", allowed)}; see /openapi/v1.json for the methods each address takes.",
            statusCode: StatusCodes.Status405MethodNotAllowed);
    }

    private static bool Reads(IReadOnlyList<string> types, string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var sent) && types.Any(t => sent.IsSubsetOf(MediaTypeHeaderValue.Parse(t)));

    // The endpoints with methods (the fallback has none), read once: the endpoints do not change while the app runs.
    private static IReadOnlyList<Route> Read(EndpointDataSource source) =>
    [
        .. source.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods))
            .Where(e => e.Methods is { Count: > 0 })
            .Select(e => new Route(
                new TemplateMatcher(new RouteTemplate(e.Endpoint.RoutePattern), new RouteValueDictionary(e.Endpoint.RoutePattern.Defaults)),
                e.Methods!,
                e.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes)),
    ];

    private sealed record Route(TemplateMatcher Matcher, IReadOnlyList<string> Methods, IReadOnlyList<string>? Accepts);
}
