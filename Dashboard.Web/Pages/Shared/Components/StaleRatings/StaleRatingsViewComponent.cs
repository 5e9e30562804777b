using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Shared.Components.StaleRatings;

/// <summary>
/// "Màu của tháng 10/2025 chưa được cập nhật…" above the colours of a period that is not up to date; on a commune's
/// page also whether that unit is one the last rescore could not store.
/// </summary>
public sealed class StaleRatingsViewComponent(RescoreNotices notices, Ui ui) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Period period, string? communeCode = null)
    {
        var ct = HttpContext.RequestAborted;
        var rescore = await notices.FindAsync(period, ct);
        var text = RescoreNotices.Text(ui, period, rescore);
        var thisUnitFailed = text is not null && communeCode is not null && RescoreStates.Of(rescore) == RescoreState.Partial
            && (await notices.ListFailuresAsync(period, ct)).Any(f => f.CommuneCode == communeCode);
        return View(new StaleRatingsView(text, thisUnitFailed));
    }
}

public sealed record StaleRatingsView(string? Text, bool ThisUnitFailed);
