using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// What-if: a version (usually a draft) against the stored data of chosen periods, next to the rules in force:
/// counts before and after, the communes whose colour changes and why, and a map of the changes. A GET: nothing is
/// stored or published.
/// </summary>
public sealed class SimulateModel(RuleVersionService versions, SimulationQueries simulation, Ui ui) : RuleVersionPage(versions, ui)
{
    public SimulationQueries.View View { get; private set; } = SimulationQueries.View.Empty;

    public async Task<IActionResult> OnGetAsync(int version, string[]? periods, string? map, bool run, CancellationToken ct)
    {
        if (await LoadAsync(version, draftsOnly: false, ct) is { } missing)
        {
            return missing;
        }

        View = await simulation.GetAsync(Item!, periods, map, run, ct);
        Response.StatusCode = View.BadInput is null ? Response.StatusCode : StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The query string of this simulation with another map period (the period links under the map).</summary>
    public string LinkForMap(Scoring.Engine.Model.Period period) =>
        $"/Rules/Simulate/{Item!.Version}?run=true&{string.Join("&", View.Chosen.Select(p => "periods=" + p))}&map={period}#change-map";
}
