namespace NatoSpend.Web.Http;

/// <summary>
/// Adds the security headers to every response: the API's answers and problems, the dashboard's pages, the static files,
/// the reference and the errors of them all. They are set when the response starts, so that an error page written after
/// the exception handler cleared the headers carries them too.
/// </summary>
/// <remarks>
/// Framing: the dashboard's pages send <c>frame-ancestors *</c>, so that another site can embed a chart; they hold no
/// account, cookie or form that changes anything, so there is nothing to steal by clickjacking. <c>X-Frame-Options</c> is
/// not sent, since it cannot allow every site (and browsers that know <c>frame-ancestors</c> ignore it). The API and the
/// OpenAPI document are never framed (<c>frame-ancestors 'none'</c>), and the reference only by the app itself.
/// </remarks>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// The dashboard's policy: its own scripts and style sheets only, no inline script. ECharts' tooltips are HTML with
    /// <c>style</c> attributes (as are the map legend's swatches), so those, and only those, are allowed inline.
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *";

    /// <summary>The API's policy: a JSON or CSV answer runs nothing, loads nothing and is never framed.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /// <summary>
    /// The reference page's policy: Scalar starts itself with an inline module script (which varies with the address, so
    /// no hash fits) and injects its own styles, so it needs <c>'unsafe-inline'</c> for both; it loads nothing from other
    /// sites (its web fonts are turned off) and calls only this app.
    /// </summary>
    public const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>Sent with every response: no sniffing of scripts out of other types.</summary>
    public const string ContentTypeOptions = "nosniff";

    /// <summary>Sent with every response: links to sources leave no trace of the dashboard's address or query.</summary>
    public const string ReferrerPolicy = "no-referrer";

    /// <summary>
    /// The API's and the OpenAPI document's <c>Cross-Origin-Resource-Policy</c>: other sites cannot embed an answer as a
    /// script or image (no CORS is offered either); a program reads the API directly, and a person downloads the CSV.
    /// </summary>
    public const string ApiResourcePolicy = "same-origin";

    /// <summary>Registers the headers and passes the request on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var path = context.Request.Path;
        var headers = context.Response.Headers;
        var api = path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = api ? ApiPolicy
            : path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase) ? ReferencePolicy
            : PagePolicy;
        headers.XContentTypeOptions = ContentTypeOptions;
        headers["Referrer-Policy"] = ReferrerPolicy;
        if (api)
        {
            headers["Cross-Origin-Resource-Policy"] = ApiResourcePolicy;
        }
    }
}
