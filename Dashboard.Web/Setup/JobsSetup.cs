using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;
using Hangfire;
using Hangfire.Dashboard;

namespace DashboardKpi.Dashboard.Web.Setup;

public static class JobsSetup
{
    /// <summary>
    /// Storage, the import pipeline, scoring and Hangfire, all from Ingest.Jobs: it decides the job storage and
    /// whether a Hangfire server runs in this process (Jobs:RunServer), and seeds rules and demo data on first start.
    /// Cached pages need no hook here: a job that changes what they show moves the data-version stamp when it commits
    /// (docs/caching.md), wherever it runs.
    /// </summary>
    public static IServiceCollection AddDashboardJobs(this IServiceCollection services, IConfiguration configuration) =>
        services.AddIngestJobs(configuration);

    /// <summary>
    /// The Hangfire dashboard at /hangfire for admins only: the endpoint policy sends others to the login or
    /// access-denied page, and the dashboard's own filter refuses anyone else (the default is local requests only,
    /// which would lock admins out on a server).
    /// </summary>
    public static WebApplication MapDashboardJobs(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminOnlyFilter()],
            DashboardTitle = "DashboardKpi · " + UiText.Get("Nav.Jobs", Language.Vi) + " / " + UiText.Get("Nav.Jobs", Language.En),
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.Admin);
        return app;
    }

    private sealed class AdminOnlyFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(UserRoles.Admin);
    }
}
