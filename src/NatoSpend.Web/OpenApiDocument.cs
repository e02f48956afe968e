using Microsoft.AspNetCore.OpenApi;

namespace NatoSpend.Web;

/// <summary>The OpenAPI document's title and description; the operations describe themselves where they are mapped.</summary>
public static class OpenApiDocument
{
    /// <summary>Sets the document's info and leaves out the server list, so the document is the same on every host and port.</summary>
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NatoSpend API";
            document.Info.Version = "v1";
            document.Info.Description =
                "NATO allies' defence spending against the alliance's pledges (2%, 3.5% core, 5% by 2035), from the data that ship with NatoSpend. "
                + "Every figure is labelled with its source, edition, definition and prices, and marked published or derived, as in the natospend CLI, "
                + "which gives the same numbers from the same code. Data endpoints answer JSON or, with format=csv, CSV; they send an ETag and Cache-Control. "
                + "Errors are RFC 9457 ProblemDetails with one sentence naming the value and the fix.";
            document.Servers = [];
            return Task.CompletedTask;
        });
    }
}
