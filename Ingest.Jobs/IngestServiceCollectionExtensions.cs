using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Sources;
using DashboardKpi.Ingest.Jobs.Storage;
using Hangfire;
using Hangfire.SqlServer;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly;

namespace DashboardKpi.Ingest.Jobs;

public static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// Storage, the import pipeline, scoring runs, demo data and Hangfire: on Hangfire.InMemory for the embedded
    /// SQLite default (correctness never depends on Hangfire's state: the ledger and the data are in the
    /// application database), on SQL Server next to the data in production. A Hangfire server runs in this process
    /// unless Jobs:RunServer is false.
    /// </summary>
    public static IServiceCollection AddIngestJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = JobsOptions.Register(services, configuration);
        services.AddDashboardStorage(configuration);
        services.AddMetrics();
        services.TryAddSingleton<Telemetry.DashboardMetrics>();
        services.AddSingleton<ActiveRules>();
        services.AddSingleton<Rescorer>();
        services.AddSingleton<RescoreRequests>();
        services.AddSingleton<RatingReproducer>();
        services.AddSingleton<RuleVersions.RuleVersionService>();
        services.AddSingleton<RuleVersions.RuleSimulator>();
        services.TryAddSingleton(_ => RuleVersions.ShippedRuleFile.Embedded());
        services.AddSingleton<RuleVersions.ShippedRulesAdoption>();
        services.AddSingleton<RunLeases>();
        services.AddSingleton<IndicatorImporter>();
        services.AddSingleton<Actions.ActionVerifier>();
        services.AddSingleton<Actions.ActionService>();
        services.AddSingleton<Actions.DisputeService>();
        services.AddSingleton<NarrativeReportService>();
        services.AddSingleton(Reports.Ocr.OcrOptions.FromConfiguration(configuration));
        services.AddSingleton<Reports.Ocr.OcrTools>();
        services.AddSingleton<Reports.Ocr.OcrEngine>();
        services.AddTransient<OcrReportJob>();
        services.AddSingleton<DropFolderImporter>();
        services.AddSingleton<HttpIndicatorSource>();
        services.AddSingleton<DemoData>();
        services.AddSingleton<RecurringJobsRegistration>();
        services.AddTransient<PullIndicatorsJob>();
        services.AddTransient<RescoreJob>();
        services.AddTransient<NightlyRescoreJob>();
        services.AddSingleton<Notifications.OutboxSender>();
        services.AddSingleton<Notifications.ScheduledNotifications>();
        services.AddTransient<SendNotificationsJob>();
        services.AddTransient<DailyNotificationsJob>();
        services.AddSingleton<Importing.UploadImporter>();
        services.AddTransient<UploadImportJob>();
        AddHttpSources(services, options);

        services.AddHangfire((provider, config) =>
        {
            var storage = provider.GetRequiredService<StorageOptions>();
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (storage.Provider == StorageProvider.SqlServer)
            {
                config.UseSqlServerStorage(() => new SqlConnection(storage.ConnectionString), new SqlServerStorageOptions { PrepareSchemaIfNecessary = true });
            }
            else
            {
                config.UseInMemoryStorage();
            }
        });
        if (options.RunServer)
        {
            services.AddHangfireServer(server => server.WorkerCount = Math.Max(1, options.WorkerCount));
        }

        services.AddHostedService<IngestStartup>();
        services.TryAddSingleton<DemoPreparation>();
        services.AddHostedService<DemoSeeding>();
        services.AddSingleton<LapsedRunCheck>();
        services.AddHostedService(provider => provider.GetRequiredService<LapsedRunCheck>());
        return services;
    }

    private static void AddHttpSources(IServiceCollection services, JobsOptions options)
    {
        services.AddHttpClient();
        foreach (var source in options.HttpSources)
        {
            var attempt = TimeSpan.FromSeconds(Math.Max(1, source.TimeoutSeconds));
            services.AddHttpClient(HttpIndicatorSource.ClientName(source.Name)).AddStandardResilienceHandler(resilience =>
            {
                resilience.AttemptTimeout.Timeout = attempt;
                resilience.Retry.MaxRetryAttempts = Math.Max(1, source.Retries);
                resilience.Retry.BackoffType = DelayBackoffType.Exponential;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(Math.Max(1, source.RetryDelayMilliseconds));
                resilience.TotalRequestTimeout.Timeout = (attempt * (source.Retries + 1)) + TimeSpan.FromMilliseconds(source.RetryDelayMilliseconds * Math.Pow(2, source.Retries + 1)) + TimeSpan.FromSeconds(5);
                resilience.CircuitBreaker.SamplingDuration = attempt * 2 + TimeSpan.FromSeconds(30);
            });
        }
    }
}
