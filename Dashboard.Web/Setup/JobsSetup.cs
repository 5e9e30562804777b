using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Ratings;

namespace DashboardKpi.Dashboard.Web.Setup;

public static class JobsSetup
{
    /// <summary>The ingest jobs and the Hangfire server (Ingest.Jobs decides storage and whether the server runs here).</summary>
    public static IServiceCollection AddDashboardJobs(this IServiceCollection services, IConfiguration configuration)
    {
        // Interim until AddIngestJobs(configuration) lands from main: the rule set, rescoring and demo seeding only.
        _ = configuration;
        services.AddSingleton<ActiveRules>();
        services.AddSingleton<Rescorer>();
        services.AddSingleton<DemoData>();
        services.AddHostedService<InterimFirstStart>();
        return services;
    }

    public static WebApplication MapDashboardJobs(this WebApplication app) => app;

    private sealed class InterimFirstStart(ActiveRules rules, DemoData demo, TimeProvider clock) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await rules.SeedShippedAsync(clock.GetUtcNow(), cancellationToken);
            await demo.SeedIfEmptyAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
