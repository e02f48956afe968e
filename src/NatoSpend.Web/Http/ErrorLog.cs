using System.Text;

namespace NatoSpend.Web.Http;

/// <summary>
/// Logs one line for every 4xx and 5xx the app sends: the method, the path, the status and the problem's detail, never
/// the query or the body. 4xx and 503 are warnings (a client's mistake, abuse, or too many simulations), other 5xx errors.
/// </summary>
public sealed partial class ErrorLog(RequestDelegate next, ILogger<ErrorLog> logger)
{
    // What a log line keeps of a path or detail: enough to read, too little to flood the log.
    private const int MaxText = 300;

    private static readonly object DetailKey = new();

    /// <summary>Keeps the detail of the ProblemDetails being written, for the log line (called as each one is written).</summary>
    public static void Remember(HttpContext context, string? detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[DetailKey] = detail;
    }

    /// <summary>Passes the request on, then logs it if it failed.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch
        {
            // Nothing inside answered; the server sends a bare 500.
            Log(context, StatusCodes.Status500InternalServerError);
            throw;
        }
        if (context.Response.StatusCode >= 400)
        {
            Log(context, context.Response.StatusCode);
        }
    }

    private void Log(HttpContext context, int status)
    {
        // 503 is the simulation gate turning work away, as designed; other 5xx are the server's faults.
        var level = status >= 500 && status != StatusCodes.Status503ServiceUnavailable ? LogLevel.Error : LogLevel.Warning;
        if (!logger.IsEnabled(level))
        {
            return;
        }
        var detail = Clean(context.Items.TryGetValue(DetailKey, out var kept) && kept is string text ? text
            : status == StatusCodes.Status499ClientClosedRequest ? "the client went away before the answer"
            : "no detail");
        var path = Clean(context.Request.Path.HasValue ? context.Request.Path.Value : "/");
        Answered(level, context.Request.Method, path, status, detail);
    }

    [LoggerMessage(EventId = 1, Message = "{Method} {Path} answered {Status}: {Detail}")]
    private partial void Answered(LogLevel level, string method, string path, int status, string detail);

    // A path or a detail echoes what the client typed: control characters are escaped so that one request is one line.
    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(Math.Min(text.Length, MaxText) + 8);
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, MaxText)))
        {
            if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return text.Length > MaxText ? builder.Append('…').ToString() : builder.ToString();
    }
}
