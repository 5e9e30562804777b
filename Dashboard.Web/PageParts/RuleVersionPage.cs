using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.PageParts;

/// <summary>
/// A page about one stored rule-set version (/Rules/{Page}/{version}): finds it, or renders the page with a 404
/// message; the editing pages take drafts only and send any other version to its read-only page.
/// </summary>
public abstract class RuleVersionPage(RuleVersionService versions, Ui ui) : PageModel
{
    public RuleSetVersion? Item { get; protected set; }

    protected RuleVersionService Versions { get; } = versions;

    protected Ui Ui { get; } = ui;

    public string? NotFoundMessage { get; private set; }

    /// <summary>Null when the page may go on with <see cref="Item"/>; else the result to return.</summary>
    protected async Task<IActionResult?> LoadAsync(int version, bool draftsOnly, CancellationToken ct)
    {
        Item = await Versions.FindAsync(version, ct);
        if (Item is null)
        {
            NotFoundMessage = Ui.Format("Rules.NotFound", version);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        // A published or retired version never changes: it is shown read-only.
        if (draftsOnly && Item.Status != RuleSetStatus.Draft)
        {
            return RedirectToPage("/Rules/Version", new { version });
        }

        await OnLoadedAsync(Item, ct);
        return null;
    }

    /// <summary>What a page reads about the version it found, before any handler goes on.</summary>
    protected virtual Task OnLoadedAsync(RuleSetVersion item, CancellationToken ct) => Task.CompletedTask;
}
