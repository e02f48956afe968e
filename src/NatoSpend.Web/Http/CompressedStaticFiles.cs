using System.Collections.Concurrent;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace NatoSpend.Web.Http;

/// <summary>
/// Sends the dashboard's scripts, styles and data files (ECharts, the country shapes) compressed to a client that accepts
/// Brotli or gzip, each compressed once and kept; other requests go on to the static file middleware.
/// </summary>
/// <remarks>
/// Only files that exist under the web root are kept, so memory is bounded by the web root's size (about 2 MB, twice
/// compressed). A file that changes on disk (while the dashboard is being worked on) is compressed again. Range requests
/// get the whole compressed file, as a server may answer them.
/// </remarks>
public sealed class CompressedStaticFiles(RequestDelegate next, IFileProvider files)
{
    /// <summary>The files worth compressing, by extension: text that compresses to a fifth or a third of its size.</summary>
    public static readonly IReadOnlySet<string> CompressedExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".map", ".html" };

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly ConcurrentDictionary<string, Lazy<Kept>> _kept = new(StringComparer.Ordinal);

    /// <summary>Sends a compressed file, or passes the request on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var path = request.Path.Value;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || string.IsNullOrEmpty(path)
            || !CompressedExtensions.Contains(Path.GetExtension(path)) || !AcceptsCompression(request.Headers.AcceptEncoding))
        {
            return next(context);
        }
        var file = files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory || !ContentTypes.TryGetContentType(path, out var contentType))
        {
            return next(context);
        }
        var kept = _kept.GetOrAdd(path, _ => Keep(file, contentType)).Value;
        if (kept.LastModified != file.LastModified || kept.Length != file.Length)
        {
            var fresh = Keep(file, contentType);
            _kept[path] = fresh;
            kept = fresh.Value;
        }
        return kept.Answer.WriteAsync(context);
    }

    /// <summary>Adds <c>Vary: Accept-Encoding</c> to a file that this middleware would have compressed, when the static file middleware sends it as it is.</summary>
    public static void MarkVary(StaticFileResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (CompressedExtensions.Contains(Path.GetExtension(context.File.Name)))
        {
            context.Context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        }
    }

    private static bool AcceptsCompression(Microsoft.Extensions.Primitives.StringValues acceptEncoding)
    {
        foreach (var value in acceptEncoding)
        {
            if (value is not null && (value.Contains("br", StringComparison.OrdinalIgnoreCase) || value.Contains("gzip", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    private static Lazy<Kept> Keep(IFileInfo file, string contentType) => new(() =>
    {
        using var stream = file.CreateReadStream();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return new Kept(new CachedAnswer(bytes.ToArray(), contentType, null, "no-cache", compress: true), file.LastModified, file.Length);
    });

    private sealed record Kept(CachedAnswer Answer, DateTimeOffset LastModified, long Length);
}
