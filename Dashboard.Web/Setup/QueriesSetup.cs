using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Dashboard.Web.Map;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Dashboard.Web.RuleVersions;

namespace DashboardKpi.Dashboard.Web.Setup;

public static class QueriesSetup
{
    /// <summary>The read models behind pages and API (queries return view records; page models stay thin).</summary>
    public static IServiceCollection AddDashboardQueries(this IServiceCollection services)
    {
        services.AddSingleton<DemoStatus>();
        services.AddSingleton<MapGeometryCache>();
        services.AddSingleton<RatingsQueries>();
        services.AddSingleton<RescoreNotices>();
        services.AddSingleton<LeagueQueries>();
        services.AddSingleton<PeerQueries>();
        services.AddSingleton<OverviewQueries>();
        services.AddSingleton<OverviewMap>();
        services.AddSingleton<ScorecardQueries>();
        services.AddSingleton<ScorecardExport>();
        services.AddSingleton<UploadImporter>();
        services.AddSingleton<ImportTracker>();
        services.AddSingleton<WhatIfQueries>();
        services.AddSingleton<RescoreProgress>();
        services.AddSingleton<RuleAuditLog>();
        services.AddSingleton<RulesInForce>();
        services.AddSingleton<MethodologyQueries>();
        services.AddSingleton<ReportChecklist>();
        services.AddSingleton<Actions.ActionQueries>();
        return services;
    }
}
