using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace NatoSpend.Web.Http;

/// <summary>
/// One answer's bytes, ready to send as often as asked: the body, its Brotli and gzip encodings (made once), and a strong
/// ETag for each encoding. A matching <c>If-None-Match</c> gets a 304; otherwise the smallest encoding the client accepts.
/// </summary>
/// <remarks>
/// Each encoding is a different representation, so each has its own strong ETag (the body's hash, with <c>-br</c> or
/// <c>-gz</c> for the encoded ones); any of them in <c>If-None-Match</c> means the client holds this answer.
/// </remarks>
public sealed class CachedAnswer
{
    // Below this a compressed body saves less than the headers that announce it.
    private const int MinCompressedLength = 512;

    // Brotli's quality 9 compresses JSON and scripts within a few percent of 11, several times faster.
    private const int BrotliQuality = 9;
    private const int BrotliWindow = 22;

    private readonly string? _contentDisposition;

    /// <summary>Prepares <paramref name="body"/> to be sent, compressing it once when <paramref name="compress"/> is set.</summary>
    /// <param name="body">The bytes of the answer.</param>
    /// <param name="contentType">Its media type.</param>
    /// <param name="fileName">The download's file name, or <c>null</c> to show it inline.</param>
    /// <param name="cacheControl">The <c>Cache-Control</c> header sent with it.</param>
    /// <param name="compress">Whether to keep Brotli and gzip encodings beside the body.</param>
    public CachedAnswer(byte[] body, string contentType, string? fileName, string cacheControl, bool compress)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        ContentType = contentType;
        CacheControl = cacheControl;
        _contentDisposition = fileName is null ? null : new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        var hash = Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12));
        ETag = "\"" + hash + "\"";
        if (compress && body.Length >= MinCompressedLength)
        {
            Brotli = Smaller(body, BrotliBytes(body));
            Gzip = Smaller(body, GzipBytes(body));
        }
        BrotliETag = "\"" + hash + "-br\"";
        GzipETag = "\"" + hash + "-gz\"";
    }

    /// <summary>The uncompressed body.</summary>
    public byte[] Body { get; }

    /// <summary>The body in Brotli, or <c>null</c> when it is not kept (small, or not smaller).</summary>
    public byte[]? Brotli { get; }

    /// <summary>The body in gzip, or <c>null</c> when it is not kept.</summary>
    public byte[]? Gzip { get; }

    /// <summary>The media type.</summary>
    public string ContentType { get; }

    /// <summary>The <c>Cache-Control</c> header.</summary>
    public string CacheControl { get; }

    /// <summary>The strong ETag of the uncompressed body.</summary>
    public string ETag { get; }

    /// <summary>The strong ETag of the Brotli encoding.</summary>
    public string BrotliETag { get; }

    /// <summary>The strong ETag of the gzip encoding.</summary>
    public string GzipETag { get; }

    /// <summary>What the answer holds in memory, for the cache's bound.</summary>
    public long Size => Body.Length + (Brotli?.Length ?? 0) + (Gzip?.Length ?? 0);

    /// <summary>Whether <c>If-None-Match</c> names this answer (weak comparison, as RFC 9110 asks for this header), or is <c>*</c>.</summary>
    public bool IsMatchedBy(StringValues ifNoneMatch)
    {
        foreach (var value in ifNoneMatch)
        {
            if (value is null)
            {
                continue;
            }
            foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tag = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
                if (tag == "*" || tag == ETag || tag == BrotliETag || tag == GzipETag)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Sends the answer: 304 when <c>If-None-Match</c> matches, otherwise the body in the best encoding the client accepts.</summary>
    public Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var response = context.Response;
        var headers = response.Headers;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        var coding = Choose(request.Headers.AcceptEncoding);
        var (bytes, etag) = coding switch
        {
            Coding.Brotli => (Brotli!, BrotliETag),
            Coding.Gzip => (Gzip!, GzipETag),
            _ => (Body, ETag),
        };
        headers.ETag = etag;
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0 && IsMatchedBy(ifNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = bytes.Length;
        if (coding != Coding.Identity)
        {
            headers.ContentEncoding = coding == Coding.Brotli ? "br" : "gzip";
        }
        if (_contentDisposition is not null)
        {
            headers.ContentDisposition = _contentDisposition;
        }
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    private enum Coding
    {
        Identity,
        Gzip,
        Brotli,
    }

    // Brotli when accepted (it is smaller), then gzip, else the body as it is; an encoding with q=0 is refused.
    private Coding Choose(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0 || (Brotli is null && Gzip is null))
        {
            return Coding.Identity;
        }
        var brotli = false;
        var gzip = false;
        foreach (var value in acceptEncoding)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var semicolon = part.IndexOf(';', StringComparison.Ordinal);
                var name = semicolon < 0 ? part : part[..semicolon].TrimEnd();
                if (semicolon >= 0 && IsRefused(part[(semicolon + 1)..]))
                {
                    continue;
                }
                brotli |= name.Equals("br", StringComparison.OrdinalIgnoreCase) || name == "*";
                gzip |= name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name == "*";
            }
        }
        return brotli && Brotli is not null ? Coding.Brotli : gzip && Gzip is not null ? Coding.Gzip : Coding.Identity;
    }

    // "q=0", "q=0.0", "q=0.000": the client refuses the encoding.
    private static bool IsRefused(string parameters)
    {
        var q = parameters.Trim();
        return q.StartsWith("q=0", StringComparison.OrdinalIgnoreCase) && q[3..].Trim('.', '0').Length == 0;
    }

    private static byte[]? Smaller(byte[] body, byte[] encoded) => encoded.Length < body.Length ? encoded : null;

    private static byte[] BrotliBytes(byte[] body)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, output, out var written, BrotliQuality, BrotliWindow)
            ? output.AsSpan(0, written).ToArray()
            : body;
    }

    private static byte[] GzipBytes(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }
        return output.ToArray();
    }
}
