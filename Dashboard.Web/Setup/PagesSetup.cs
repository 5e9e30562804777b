using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Map;

namespace DashboardKpi.Dashboard.Web.Setup;

public static class PagesSetup
{
    /// <summary>Razor Pages with authorization by folder: everything needs a login, some folders a role.</summary>
    public static IServiceCollection AddDashboardPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/Language");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.AuthorizeFolder("/Rules", Policies.RuleEditor);
            o.Conventions.AuthorizeFolder("/Data", Policies.DataSteward);
        });
        services.AddHttpContextAccessor();
        services.AddDashboardCaching();
        services.AddDashboardQueries();
        return services;
    }

    public static WebApplication MapDashboardPages(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapOverviewMap();
        return app;
    }
}
