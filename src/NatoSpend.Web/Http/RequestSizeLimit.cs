namespace NatoSpend.Web.Http;

/// <summary>Answers 413 with ProblemDetails before reading a body that declares more than <see cref="NatoSpendWeb.MaxRequestBodyBytes"/>.</summary>
/// <remarks>Kestrel's own limit stops a chunked body that grows past the limit while it is read; this answers the common case early and clearly.</remarks>
public sealed class RequestSizeLimit(RequestDelegate next)
{
    /// <summary>What a client is told when its body is too large.</summary>
    public static readonly string Message = FormattableString.Invariant(
        $"The request body is larger than the {NatoSpendWeb.MaxRequestBodyBytes / 1024} KiB the API accepts; send a smaller plan (one row per year is a few kilobytes).");

    /// <summary>Checks the declared length and passes the request on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.ContentLength > NatoSpendWeb.MaxRequestBodyBytes)
        {
            throw new ApiProblemException(StatusCodes.Status413PayloadTooLarge, Message);
        }
        await next(context);
    }
}
