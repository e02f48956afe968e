using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace NatoSpend.Web.Http;

/// <summary>
/// Reads a JSON request body strictly: one object whose members are all known, each with a value of its type. A
/// misspelt member is refused rather than ignored, since ignoring it would answer a question the client did not ask.
/// </summary>
public static class JsonBody
{
    /// <summary>Reads the body as <typeparamref name="T"/> with the app's JSON options (snake_case names).</summary>
    /// <param name="context">The request.</param>
    /// <param name="endpoint">The endpoint, as the messages name it, such as <c>simulate</c>.</param>
    /// <param name="example">A small valid body, for the messages.</param>
    /// <exception cref="ApiProblemException">No body, not a JSON object, an unknown member or a value of the wrong type (400), each in one sentence.</exception>
    public static async Task<T> Read<T>(HttpContext context, string endpoint, string example)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using var document = await Parse(context, example);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Problem($"The body is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not the object {endpoint} reads; send one such as {example}.");
        }
        var contract = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var known = contract.Properties.Select(p => p.Name).ToList();
        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var member in root.EnumerateObject())
        {
            if (!known.Any(k => k.Equals(member.Name, comparison)))
            {
                throw Problem($"The member '{member.Name}' is not one {endpoint} reads; use {string.Join(", ", known.SkipLast(1))} or {known[^1]}.");
            }
        }
        try
        {
            return root.Deserialize(contract) ?? throw Problem($"The body is empty; send a JSON object such as {example}.");
        }
        catch (JsonException e)
        {
            var member = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : e.Path;
            throw Problem($"The value of '{member}' is not of the type {endpoint} reads there; send a body such as {example}.");
        }
    }

    private static async Task<JsonDocument> Parse(HttpContext context, string example)
    {
        if (context.Request.ContentLength == 0)
        {
            throw Problem($"The request has no body; send a JSON object such as {example}.");
        }
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, new JsonDocumentOptions { MaxDepth = 16 }, context.RequestAborted);
        }
        catch (JsonException e) when (e.BytePositionInLine == 0 && e.LineNumber == 0)
        {
            throw Problem($"The request has no body; send a JSON object such as {example}.");
        }
        catch (JsonException e)
        {
            throw Problem($"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}); send a JSON object such as {example}.");
        }
    }

    private static ApiProblemException Problem(string message) => new(StatusCodes.Status400BadRequest, message);
}
