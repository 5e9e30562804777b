using DashboardKpi.Dashboard.Web.Charts;
using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Dashboard.Web.Map;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Dashboard.Web.RuleVersions.Form;

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
        services.AddSingleton<CommunePageQueries>();
        services.AddSingleton<CommuneTrends>();
        services.AddSingleton<CommuneStanding.Query>();
        services.AddSingleton<LeagueView.Query>();
        services.AddSingleton<ScorecardExport>();
        services.AddSingleton<Printing.DocumentStamps>();
        services.AddSingleton<LeagueExport>();
        services.AddSingleton<Pdf.PdfFonts>();
        services.AddSingleton<Pdf.MeetingPdfs>();
        services.AddSingleton<UploadQueue>();
        services.AddSingleton<ReportReviewQueries>();
        services.AddSingleton<ReportTemplate>();
        services.AddSingleton<RejectedRowsQueries>();
        services.AddSingleton<Rescoring.RescoringAdmin>();
        services.AddSingleton<WhatIfQueries>();
        services.AddSingleton<SimulationQueries>();
        services.AddSingleton<RuleVersionList>();
        services.AddSingleton<RescoreProgress>();
        services.AddSingleton<RuleAuditLog>();
        services.AddSingleton<DraftSaver>();
        services.AddSingleton<DraftTextEditor>();
        services.AddSingleton<ShippedDrafts>();
        services.AddSingleton<DraftFormSession.Factory>();
        services.AddSingleton<RulesInForce>();
        services.AddSingleton<MethodologyQueries>();
        services.AddSingleton<Methodology.MethodologyText>();
        services.AddSingleton<ReportChecklist>();
        services.AddSingleton<Actions.ActionQueries>();
        services.AddSingleton<Actions.ActionListing>();

        // Page services that ask IAuthorizationService (a transient) live per request.
        services.AddScoped<Actions.ActionDetailsService>();
        services.AddScoped<Actions.NewActionForm>();
        services.AddScoped<Actions.NewDisputeForm>();
        services.AddScoped<Actions.DisputeDetailsService>();
        return services;
    }
}
