using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NatoSpend.Data.Files;
using NatoSpend.Reporting;

using NatoSpend.Reporting.Inputs;

namespace NatoSpend.Web.Http;

/// <summary>A request the API cannot answer, with the status and the one-sentence reason to send back as ProblemDetails.</summary>
public sealed class ApiProblemException : Exception
{
    /// <summary>Makes the problem.</summary>
    /// <param name="status">400 (malformed), 404 (no such resource), 413 (too large) or 422 (well-formed but not answerable).</param>
    /// <param name="message">One sentence naming the input, the rule, the actual value and the fix.</param>
    public ApiProblemException(int status, string message)
        : base(message) => Status = status;

    /// <inheritdoc/>
    public ApiProblemException()
        : this(StatusCodes.Status400BadRequest, "The request could not be read.")
    {
    }

    /// <inheritdoc/>
    public ApiProblemException(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    /// <inheritdoc/>
    public ApiProblemException(string message, Exception innerException)
        : base(message, innerException) => Status = StatusCodes.Status400BadRequest;

    /// <summary>The HTTP status to answer with.</summary>
    public int Status { get; }
}

/// <summary>Reads query and route values with the parsers the CLI uses, so both say the same sentence when a value is wrong.</summary>
public static class ApiInput
{
    /// <summary>Runs a shared parser; its validation error becomes a ProblemDetails answer with <paramref name="status"/>.</summary>
    public static T Read<T>(Func<T> parse, int status = StatusCodes.Status400BadRequest)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse();
        }
        catch (ArgumentException e)
        {
            throw new ApiProblemException(status, UserInput.MessageOf(e));
        }
    }
}

/// <summary>Turns every failure into RFC 9457 ProblemDetails: the user's mistakes as 400/404/413/422 with the one-sentence reason, never a stack trace.</summary>
public sealed class ApiProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        var (status, detail) = exception switch
        {
            ApiProblemException p => (p.Status, p.Message),
            InputException i => (i.Problem switch
            {
                InputProblem.NotFound => StatusCodes.Status404NotFound,
                InputProblem.Unanswerable => StatusCodes.Status422UnprocessableEntity,
                _ => StatusCodes.Status400BadRequest,
            }, i.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, RequestSizeLimit.Message),
            BadHttpRequestException b => (b.StatusCode, $"The request could not be read: {b.Message}"),
            DataFileException d => (StatusCodes.Status500InternalServerError,
                $"The server's data folder has {d.Problems.Count} problem(s), the first: {(d.Problems.Count > 0 ? d.Problems[0] : null)}; fix the data files and restart."),
            _ => (StatusCodes.Status500InternalServerError, "The server failed to answer; the error is in its log."),
        };
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }

    /// <summary>Adds the request path to every ProblemDetails, so a log line says which request failed.</summary>
    public static void Customise(ProblemDetailsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            c.ProblemDetails.Detail ??= c.ProblemDetails.Status switch
            {
                StatusCodes.Status404NotFound => "There is nothing at this address; see /openapi/v1.json or /scalar for the API's addresses.",
                StatusCodes.Status405MethodNotAllowed => $"{c.HttpContext.Request.Method} is not allowed at this address; see /openapi/v1.json for the methods each address takes.",
                _ => null,
            };
            ErrorLog.Remember(c.HttpContext, c.ProblemDetails.Detail);
        };
    }

    /// <summary>Any <c>/api/v1</c> request that no endpoint answers: 405 or 415 when an endpoint has the address (see <see cref="RouteMismatch"/>), else 404.</summary>
    public static IResult UnknownRoute(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RouteMismatch.Answer(context) ?? TypedResults.Problem(
            detail: $"There is no API address '{context.Request.Path}'; see /openapi/v1.json or /scalar for the API's addresses.",
            statusCode: StatusCodes.Status404NotFound);
    }
}
