using System.Text.Json;

namespace NatoSpend.Data.Files;

/// <summary>The line of each member of a JSON document, so that a problem found on the parsed document can name its line as well as its path.</summary>
internal static class JsonLines
{
    /// <summary>The 1-based line of every object member's name, keyed by its path (<c>$.checks.noDecline</c>); members of arrays are not listed.</summary>
    /// <remarks>Call it on JSON that has already parsed; comments and trailing commas are allowed, as the readers allow them.</remarks>
    public static IReadOnlyDictionary<string, int> Of(ReadOnlySpan<byte> json)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        // The path of each open container; null for an array, whose members have no name.
        var open = new Stack<string?>();
        string? pending = null;
        var line = 1;
        var counted = 0;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += json[counted..start].Count((byte)'\n');
            counted = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    open.Push(open.Count == 0 ? "$" : pending);
                    pending = null;
                    break;
                case JsonTokenType.StartArray:
                    open.Push(null);
                    pending = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    pending = open.Peek() is { } parent ? $"{parent}.{reader.GetString()}" : null;
                    if (pending is not null)
                    {
                        lines.TryAdd(pending, line);
                    }
                    break;
                default:
                    pending = null;
                    break;
            }
        }
        return lines;
    }

    /// <summary>The line of a path, or <c>null</c> when the document has no such member (a required member that is missing).</summary>
    public static int? Line(IReadOnlyDictionary<string, int> lines, string path) => lines.TryGetValue(path, out var line) ? line : null;
}
