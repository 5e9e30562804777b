using DashboardKpi.Ingest.Jobs.Migrations;
using DashboardKpi.Ingest.Jobs.ReferenceData;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DashboardKpi.Ingest.Jobs.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store chosen by the <c>Storage</c> section (Provider, ConnectionString), the repositories as
    /// singletons (they are stateless, holding only the factory), and, unless
    /// <c>Storage:MigrateOnStartup</c> is false, a hosted service that migrates and loads reference data at start.
    /// </summary>
    public static IServiceCollection AddDashboardStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = StorageOptions.FromConfiguration(configuration);
        services.AddSingleton(options);
        services.AddSingleton<DbConnectionFactory>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<CommuneRepository>();
        services.AddSingleton<ReferenceDataRepository>();
        services.AddSingleton<IndicatorRepository>();
        services.AddSingleton<IngestRunRepository>();
        services.AddSingleton<RuleSetRepository>();
        services.AddSingleton<ShippedRuleFileRepository>();
        services.AddSingleton<RatingSnapshotRepository>();
        services.AddSingleton<Rescoring.PeriodRescoreRepository>();
        services.AddSingleton<UserRepository>();
        services.AddSingleton<ApiTokenRepository>();
        services.AddSingleton<AuditLogRepository>();
        services.AddSingleton<Narrative.NarrativeReportRepository>();
        services.AddSingleton<Narrative.ReadingRulesRepository>();
        services.AddSingleton<Actions.ActionRepository>();
        services.AddSingleton<Disputes.DisputeRepository>();

        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<ReferenceDataLoader>();

        // A DBA-managed production database may want migrations applied by hand (see docs/storage.md).
        if (!string.Equals(configuration["Storage:MigrateOnStartup"], "false", StringComparison.OrdinalIgnoreCase))
        {
            services.AddHostedService<StorageInitializer>();
        }

        return services;
    }
}
