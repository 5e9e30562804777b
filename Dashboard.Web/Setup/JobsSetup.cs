using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;
using Hangfire;
using Hangfire.Common;
using Hangfire.Dashboard;

namespace DashboardKpi.Dashboard.Web.Setup;

public static class JobsSetup
{
    /// <summary>
    /// Storage, the import pipeline, scoring and Hangfire, all from Ingest.Jobs: it decides the job storage and
    /// whether a Hangfire server runs in this process (Jobs:RunServer), and seeds rules and demo data on first start.
    /// The job server here also drops the cached ratings after every job (<see cref="RatingsRefreshFilter"/>).
    /// </summary>
    public static IServiceCollection AddDashboardJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RatingsRefreshFilter>();

        // Registered before Hangfire's default (a TryAdd), so this application's job server asks this provider.
        services.AddSingleton<IJobFilterProvider, JobFiltersWithRefresh>();
        return services.AddIngestJobs(configuration);
    }

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

    /// <summary>
    /// Hangfire's filters (global ones and the jobs' attributes) plus the ratings refresh, for this application only:
    /// a filter added to Hangfire's static GlobalJobFilters would reach every application in the process (tests run several).
    /// </summary>
    private sealed class JobFiltersWithRefresh(RatingsRefreshFilter refresh) : IJobFilterProvider
    {
        private readonly JobFilter _refresh = new(refresh, JobFilterScope.Global, null);

        public IEnumerable<JobFilter> GetFilters(Job job) => JobFilterProviders.Providers.GetFilters(job).Append(_refresh);
    }

    private sealed class AdminOnlyFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(UserRoles.Admin);
    }
}
