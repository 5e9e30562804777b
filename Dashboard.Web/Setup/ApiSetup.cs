namespace DashboardKpi.Dashboard.Web.Setup;

public static class ApiSetup
{
    /// <summary>The JSON API for city systems (IOC) and its OpenAPI document at /openapi/v1.json.</summary>
    public static IServiceCollection AddDashboardApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication MapDashboardApi(this WebApplication app)
    {
        app.MapOpenApi();
        return app;
    }
}
