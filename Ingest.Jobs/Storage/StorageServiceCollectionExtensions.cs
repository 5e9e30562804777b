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
using Microsoft.Extensions.Options;

namespace DashboardKpi.Ingest.Jobs.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store chosen by the <c>Storage</c> section (<see cref="StorageOptions"/>: bound once, checked when
    /// the host starts), the repositories as singletons (they are stateless, holding only the factory), and a hosted
    /// service that migrates and loads reference data at start unless <c>Storage:MigrateOnStartup</c> is false.
    /// </summary>
    public static IServiceCollection AddDashboardStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<StorageOptions>>().Value);
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
        services.AddSingleton<Narrative.ReportScanRepository>();
        services.AddSingleton<Uploads.FileUploadRepository>();
        services.AddSingleton<Actions.ActionRepository>();
        services.AddSingleton<Disputes.DisputeRepository>();
        services.TryAddSingleton(_ => global::DashboardKpi.Ingest.Jobs.Notifications.NotificationOptions.From(configuration));
        services.AddSingleton<global::DashboardKpi.Ingest.Jobs.Notifications.NotificationWriter>();
        services.AddSingleton<Storage.Notifications.NotificationRepository>();
        services.AddSingleton<Storage.Notifications.AccountSettingRepository>();

        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<ReferenceDataLoader>();

        services.AddHostedService<StorageInitializer>();

        return services;
    }
}
