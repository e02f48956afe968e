using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NatoSpend.Web.Http;

/// <summary>Declares an endpoint's answer types, so that the OpenAPI document has a schema for every response.</summary>
public static class AnswerSchemas
{
    /// <summary>The endpoint answers <typeparamref name="T"/> as JSON, and with <c>format=csv</c> its table as CSV text when <paramref name="csv"/>.</summary>
    public static RouteHandlerBuilder ProducesAnswer<T>(this RouteHandlerBuilder builder, bool csv = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return csv
            ? builder.Produces<T>(StatusCodes.Status200OK, "application/json", "text/csv").AddOpenApiOperationTransformer(CsvIsText)
            : builder.Produces<T>(StatusCodes.Status200OK, "application/json");
    }

    /// <summary>The endpoint answers <typeparamref name="TOne"/> or <typeparamref name="TOther"/> (one ally at the top level, or several in a list) as JSON, and its table as CSV text when <paramref name="csv"/>.</summary>
    public static RouteHandlerBuilder ProducesOneOf<TOne, TOther>(this RouteHandlerBuilder builder, bool csv = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .ProducesAnswer<TOne>(csv)
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var one = await context.GetOrCreateSchemaAsync(typeof(TOne), null, cancellationToken);
                var other = await context.GetOrCreateSchemaAsync(typeof(TOther), null, cancellationToken);
                if (Ok(operation)?.TryGetValue("application/json", out var json) == true)
                {
                    json.Schema = new OpenApiSchema { OneOf = [one, other] };
                }
            });
    }

    // A table as CSV is text; the JSON schema does not describe it.
    private static Task CsvIsText(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (Ok(operation)?.TryGetValue("text/csv", out var csv) == true)
        {
            csv.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The answer's table as RFC 4180 CSV, one row per line, with the JSON's column keys as the header." };
        }
        return Task.CompletedTask;
    }

    private static IDictionary<string, OpenApiMediaType>? Ok(OpenApiOperation operation) =>
        operation.Responses?.TryGetValue("200", out var response) == true ? response.Content : null;
}
