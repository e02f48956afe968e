using NatoSpend.Reporting;
using NatoSpend.Reporting.Answers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.FileProviders;
using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using NatoSpend.Web.Http;
using Scalar.AspNetCore;

namespace NatoSpend.Web;

/// <summary>Builds NatoSpend's web app: the REST API under <c>/api/v1</c>, its OpenAPI document and reference, and the dashboard.</summary>
public static class NatoSpendWeb
{
    /// <summary>Where the app listens unless <c>--urls</c> says otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>The largest request body the app reads: a plan or a scenario is a few kilobytes.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    /// <summary>Builds the app over the shipped data or over <paramref name="dataDir"/>.</summary>
    /// <param name="args">Command-line arguments, such as <c>--urls http://127.0.0.1:8080</c>.</param>
    /// <param name="dataDir">A data folder in the shipped layout, or <c>null</c> for the shipped data.</param>
    /// <exception cref="DataFileException">The data folder or its registry is unusable.</exception>
    public static WebApplication Build(string[] args, string? dataDir = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = WebRoot,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = MaxRequestBodyBytes);

        var catalog = DataCatalog.Open(dataDir is null ? DataFolder.Shipped() : DataFolder.Open(dataDir));
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(new DataSources(catalog));
        builder.Services.AddProblemDetails(ApiProblems.Customise);
        builder.Services.AddExceptionHandler<ApiProblems>();
        // The OpenAPI schemas name properties as the answers are written (snake_case).
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            AnswerJson.Configure(json.SerializerOptions);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, RequestJsonContext.Default);
        });
        builder.Services.AddOpenApi(OpenApiDocument.Configure);
        builder.Services.AddHardening();
        builder.Services.AddSingleton(new AnswerCache(shippedData: dataDir is null));

        var app = builder.Build();
        app.UseHardening();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<AnswerCache.Middleware>();
        app.UseMiddleware<RequestSizeLimit>();
        // The pages are composed from Pages (see DashboardPages); wwwroot holds the styles, scripts and libraries they load.
        DashboardPages.Open(DashboardPages.Folder).Map(app);
        var webRoot = new PhysicalFileProvider(WebRoot);
        app.UseMiddleware<CompressedStaticFiles>(webRoot);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = webRoot,
            OnPrepareResponse = c =>
            {
                c.Context.Response.Headers.CacheControl = "no-cache";
                CompressedStaticFiles.MarkVary(c);
            },
        });

        var api = app.MapGroup("/api/v1");
        EditionsApi.Map(api);
        AlliesApi.Map(api);
        StatusApi.Map(api);
        PathsApi.Map(api);
        GapsApi.Map(api);
        AllianceApi.Map(api);
        PlansApi.Map(api);
        RulesApi.Map(api);
        PersonnelApi.Map(api);
        UkraineApi.Map(api);
        CompareApi.Map(api);
        WorldApi.Map(api);
        SimulateApi.Map(api);
        FiscalApi.Map(api);
        ChangesApi.Map(api);
        api.MapFallback(ApiProblems.UnknownRoute).ExcludeFromDescription();

        app.MapOpenApi();
        app.MapScalarApiReference("/scalar", scalar => scalar
            .WithTitle("NatoSpend API")
            .DisableDefaultFonts()
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }

    /// <summary>The dashboard's files: <c>wwwroot</c> beside the program.</summary>
    public static string WebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Writes where the app listens, one address a line, for the person who started it.</summary>
    public static void PrintAddresses(WebApplication app, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var url in app.Urls)
        {
            output.WriteLine($"NatoSpend dashboard: {url}/   API: {url}/api/v1/   reference: {url}/scalar");
        }
        output.WriteLine("Press Ctrl+C to stop.");
    }
}
