namespace NatoSpend.Web.Http;

/// <summary>What keeps the app usable when it is misused: the security headers, a log line for each failed request, and admission control for simulations.</summary>
public static class Hardening
{
    /// <summary>Registers the simulation gate (<see cref="SimulationGate"/>), one per app.</summary>
    public static IServiceCollection AddHardening(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<SimulationGate>();
        return services;
    }

    /// <summary>Adds the log of failed requests and the security headers, first in the pipeline, so that they see every response (errors included).</summary>
    public static WebApplication UseHardening(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ErrorLog>();
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }
}
