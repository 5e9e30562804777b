using DashboardKpi.Dashboard.Web.Queries;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Shared.Components.DemoBanner;

/// <summary>"Dữ liệu minh họa" on every page while demo data is in the database.</summary>
public sealed class DemoBannerViewComponent(DemoStatus demo) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await demo.IsPresentAsync(HttpContext.RequestAborted));
}
