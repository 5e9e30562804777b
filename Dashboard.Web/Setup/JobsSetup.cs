namespace DashboardKpi.Dashboard.Web.Setup;

public static class JobsSetup
{
    /// <summary>The ingest jobs and the Hangfire server (Ingest.Jobs decides storage and whether the server runs here).</summary>
    public static IServiceCollection AddDashboardJobs(this IServiceCollection services, IConfiguration configuration)
    {
        // Pending: services.AddIngestJobs(configuration) lands with the ingest branch.
        _ = configuration;
        return services;
    }

    public static WebApplication MapDashboardJobs(this WebApplication app) => app;
}
