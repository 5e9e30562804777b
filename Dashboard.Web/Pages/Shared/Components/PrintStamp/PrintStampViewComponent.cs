using DashboardKpi.Dashboard.Web.Printing;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Shared.Components.PrintStamp;

/// <summary>
/// The block a printed page carries at its top (hidden on screen): the subject, the period, the rule set version, the
/// data snapshot, the time it was printed and the demo label. With a commune code, the unit's own rating's version and
/// snapshot; without, the city's.
/// </summary>
public sealed class PrintStampViewComponent(DocumentStamps stamps, ScorecardQueries scorecards) : ViewComponent
{
    public sealed record Model(string Subject, DocumentStamp Stamp);

    public async Task<IViewComponentResult> InvokeAsync(Period period, string subject, string? communeCode = null)
    {
        var ct = HttpContext.RequestAborted;
        var card = communeCode is null ? null : await scorecards.GetAsync(communeCode, period, ct);
        var stamp = card is not null ? await stamps.ForScorecardAsync(card, ct) : await stamps.ForPeriodAsync(period, ct);
        return View(new Model(subject, stamp));
    }
}
