using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NatoSpend.Reporting.Answers;

/// <summary>
/// The one JSON writer of every answer: the CLI's <c>--format json</c> and the API write the same bytes with it (indented,
/// snake_case keys, nulls kept so that an absent figure reads as absent, never as missing).
/// </summary>
public static class AnswerJson
{
    /// <summary>The options every answer is written with; the API documents its schemas with the same naming.</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions());

    /// <summary>Sets <paramref name="options"/> to the answers' conventions (the web app calls it on its own options for the OpenAPI schemas).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.WriteIndented = true;
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Encoder = JavaScriptEncoder.Default;
        // The generated contracts come first; the web app's options keep ASP.NET's own resolvers after them.
        options.TypeInfoResolverChain.Insert(0, AnswerJsonContext.Default);
        return options;
    }

    /// <summary>A typed answer as JSON text.</summary>
    /// <exception cref="NotSupportedException">The answer's type is not in <see cref="AnswerJsonContext"/>.</exception>
    public static string Write<T>(T answer) => JsonSerializer.Serialize(answer, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
}
