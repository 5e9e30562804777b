using DashboardKpi.Dashboard.Web.Api;

namespace DashboardKpi.Dashboard.Web.Setup;

public static class ApiSetup
{
    /// <summary>The JSON API for city systems (IOC) and its OpenAPI document at /openapi/v1.json.</summary>
    public static IServiceCollection AddDashboardApi(this IServiceCollection services)
    {
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DashboardKpi API";
            document.Info.Description = "Ratings of Ho Chi Minh City's 168 commune-level units against Plan 02-KH/BCĐTW. "
                + "Authenticate with the login cookie or an admin-issued token: Authorization: Bearer <token>.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication MapDashboardApi(this WebApplication app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api/v1");
        api.MapCommunesApi();
        api.MapRatingsApi();
        api.MapLeagueApi();
        api.MapImportsApi();
        api.MapReportImportsApi();
        api.MapRulesApi();
        api.MapReproduceApi();
        api.MapMethodologyApi();
        api.MapActionsApi();
        api.MapDisputesApi();
        return app;
    }
}
