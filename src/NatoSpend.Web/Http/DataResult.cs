using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Answers;

namespace NatoSpend.Web.Http;

/// <summary>The formats a data endpoint answers in.</summary>
public enum DataFormat
{
    /// <summary>One JSON object, as <c>--format json</c> writes it.</summary>
    Json,
    /// <summary>RFC 4180 CSV of the table, as <c>--format csv</c> writes it.</summary>
    Csv,
}

/// <summary>
/// A data endpoint's answer: the JSON document or the table as CSV, with a strong ETag over the bytes sent and a
/// Cache-Control header; a matching <c>If-None-Match</c> gets 304 without a body. Through the <see cref="AnswerCache"/>
/// it is kept, compressed, and sent again without being computed.
/// </summary>
/// <remarks>The shipped data does not change while the app runs, so the same request always gives the same bytes and the same ETag.</remarks>
public sealed class DataResult : IResult
{
    /// <summary>How long a browser or proxy may reuse an answer without asking again.</summary>
    public const string CacheControl = "public, max-age=300";

    private readonly byte[] _body;
    private readonly string _contentType;
    private readonly string? _fileName;
    private bool _cached = true;

    private DataResult(byte[] body, string contentType, string? fileName)
    {
        _body = body;
        _contentType = contentType;
        _fileName = fileName;
    }

    /// <summary>A typed answer as JSON, or its table as CSV, as the client asked; the JSON is the CLI's <c>--format json</c>, byte for byte.</summary>
    /// <param name="format">The format asked for.</param>
    /// <param name="answer">The answer (built only when asked for).</param>
    /// <param name="table">The table for CSV (built only when asked for).</param>
    /// <param name="fileName">The download's file name without extension.</param>
    public static DataResult Of<T>(DataFormat format, Func<T> answer, Func<ReportTable> table, string fileName)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(table);
        return format == DataFormat.Csv
            ? new DataResult(Encoding.UTF8.GetBytes(ReportCsv.ToText(table())), "text/csv; charset=utf-8", fileName + ".csv")
            : new DataResult(Encoding.UTF8.GetBytes(AnswerJson.Write(answer())), "application/json; charset=utf-8", null);
    }

    /// <summary>A typed answer that has no table form.</summary>
    public static DataResult Json<T>(T answer) => new(Encoding.UTF8.GetBytes(AnswerJson.Write(answer)), "application/json; charset=utf-8", null);


    /// <summary>A text file, such as a plan template, downloaded under <paramref name="fileName"/>.</summary>
    public static DataResult File(string text, string contentType, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DataResult(Encoding.UTF8.GetBytes(text), contentType, fileName);
    }

    /// <summary>Marks the answer as not to be stored (an answer to a POST, which depends on the body sent): no ETag, <c>Cache-Control: no-store</c>.</summary>
    public DataResult NotCached()
    {
        _cached = false;
        return this;
    }

    /// <summary>Reads <c>format=json|csv</c> (default json).</summary>
    /// <exception cref="ApiProblemException">Another format (400).</exception>
    public static DataFormat ParseFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "json" => DataFormat.Json,
        "csv" => DataFormat.Csv,
        _ => throw new ApiProblemException(StatusCodes.Status400BadRequest, $"The format '{text}' is not one the API writes; use json or csv."),
    };

    /// <inheritdoc/>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (_cached)
        {
            // Answered once, then kept (with its compressed forms) by the answer cache, when the request came through it.
            var slot = httpContext.Features.Get<AnswerCache.Slot>();
            var answer = new CachedAnswer(_body, _contentType, _fileName, slot?.CacheControl ?? CacheControl, compress: slot is not null);
            slot?.Keep(answer);
            await answer.WriteAsync(httpContext);
            return;
        }
        var response = httpContext.Response;
        response.Headers.CacheControl = "no-store";
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = _contentType;
        response.ContentLength = _body.Length;
        if (_fileName is not null)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = _fileName }.ToString();
        }
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(_body, httpContext.RequestAborted);
        }
    }
}
