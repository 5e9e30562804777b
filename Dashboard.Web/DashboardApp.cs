using DashboardKpi.Dashboard.Web.Setup;
using DashboardKpi.Ingest.Jobs.Telemetry;
using OpenTelemetry.Metrics;

namespace DashboardKpi.Dashboard.Web;

/// <summary>
/// The application's table of contents, shared by Program.cs and the tests (which start the real app on a loopback
/// port, so that a browser or a load tool can reach it). The configure callback runs before any service is
/// registered, so tests can point Storage at a fresh SQLite file.
/// </summary>
public static class DashboardApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null, string? contentRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(DashboardApp).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
        });
        configure?.Invoke(builder);

        builder.Services.AddDashboardJobs(builder.Configuration);
        builder.Services.AddDashboardAuth(builder.Configuration);
        builder.Services.AddDashboardLocalization();
        builder.Services.AddDashboardPages();
        builder.Services.AddDashboardApi();
        builder.Services.AddDashboardErrors();
        builder.Services.AddDashboardHealth();
        builder.Services.AddDashboardTelemetry(builder.Configuration, "DashboardKpi.Web", metrics => metrics.AddAspNetCoreInstrumentation());

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseDashboardErrors();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseUploadGuard();
        app.UseNulInFormValues();
        app.UseAntiforgery();

        app.MapDashboardHealth();
        app.MapDashboardPages();
        app.MapDashboardApi();
        app.MapDashboardJobs();
        return app;
    }
}
