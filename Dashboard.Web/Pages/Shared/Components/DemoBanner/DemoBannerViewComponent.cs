using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Demo;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Shared.Components.DemoBanner;

/// <summary>
/// "Dữ liệu minh họa" on every page while demo data is in the database, and while it is being prepared after a first
/// start, how far that is ("7/18 tháng").
/// </summary>
public sealed class DemoBannerViewComponent(DemoStatus demo, DemoPreparation preparation) : ViewComponent
{
    public sealed record Model(bool Present, DemoPreparation.State Preparation);

    public async Task<IViewComponentResult> InvokeAsync() =>
        View(new Model(await demo.IsPresentAsync(HttpContext.RequestAborted), preparation.Current));
}
