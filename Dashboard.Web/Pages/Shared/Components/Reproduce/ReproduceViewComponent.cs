using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Shared.Components.Reproduce;

/// <summary>
/// "Tái lập kết quả / Reproduce" on the commune page: a button, and when pressed (?reproduce=true) the stored
/// rating recomputed from its pinned rule-set version and data snapshot: identical facts (noting when only the wording
/// changed since the app version that stored it) or the facts that differ.
/// The page has already checked that the user may see the commune.
/// </summary>
public sealed class ReproduceViewComponent(RatingReproducer reproducer, RuleVersionService versions) : ViewComponent
{
    public sealed record Model(string Code, Period Period, bool Ran, Reproduction? Result, string? PinnedSha256);

    public async Task<IViewComponentResult> InvokeAsync(string code, Period period, bool run)
    {
        if (!run)
        {
            return View(new Model(code, period, false, null, null));
        }

        var ct = HttpContext.RequestAborted;
        var result = await reproducer.ReproduceLatestAsync(code, period, ct);
        var pinned = result is null ? null : await versions.FindAsync(result.RuleSetVersion, ct);
        return View(new Model(code, period, true, result, pinned?.Sha256));
    }
}
