using System.Text.Json;

namespace NatoSpend.Data.Files;

/// <summary>Parses a JSON file the way every reader does: UTF-8 with or without a byte-order mark, comments and trailing commas allowed, within a size limit.</summary>
internal static class JsonInput
{
    /// <summary>The options every reader parses with.</summary>
    public static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The parsed document and the bytes it was parsed from (without a byte-order mark), for <see cref="JsonLines"/>.</summary>
    /// <param name="json">The file's bytes.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="limit">The largest size accepted.</param>
    /// <param name="what">What the file is, for messages.</param>
    /// <param name="syntax">The reader's sentence for JSON that does not parse, given the parser's message and line.</param>
    /// <exception cref="DataFileException">The bytes are too many, not UTF-8, not JSON, or hold a string that is not text.</exception>
    public static (JsonDocument Document, ReadOnlyMemory<byte> Json) Parse(ReadOnlyMemory<byte> json, string display, int limit, string what,
        Func<JsonException, DataProblem> syntax)
    {
        var text = TextBytes.Checked(json, display, limit, what);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw new DataFileException(syntax(e));
        }
        if (UnreadableString(text.Span) is { } line)
        {
            document.Dispose();
            throw new DataFileException(new DataProblem(display, line,
                "a string holds an escape such as \\ud800 that is half of a character (a lone surrogate), which is not text; write the whole character or remove the escape."));
        }
        return (document, text);
    }

    // The line of the first string or member name whose escapes do not make text (the parser accepts them; reading them throws).
    private static int? UnreadableString(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                try
                {
                    _ = reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    return 1 + json[..(int)reader.TokenStartIndex].Count((byte)'\n');
                }
            }
        }
        return null;
    }
}
