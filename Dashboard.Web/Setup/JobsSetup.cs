using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs;
using DashboardKpi.Scoring.Engine.Model;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

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
            Authorization = [],
            AsyncAuthorization = [new AdminPolicyFilter()],
            DashboardTitle = "DashboardKpi · " + UiText.Get("Nav.Jobs", Language.Vi) + " / " + UiText.Get("Nav.Jobs", Language.En),
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.Admin);
        return app;
    }

    /// <summary>The endpoint's own Admin policy again, in place of Hangfire's local-requests-only default.</summary>
    private sealed class AdminPolicyFilter : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            return await http.RequestServices.GetRequiredService<IAuthorizationService>().MeetsAsync(http.User, Policies.Admin);
        }
    }
}
