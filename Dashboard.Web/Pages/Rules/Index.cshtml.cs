using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>The rule-set versions and the criteria of the newest published one (read-only; editing and what-if come later).</summary>
public sealed class IndexModel(RuleSetRepository repository, ActiveRules rules) : PageModel
{
    public IReadOnlyList<RuleSetVersion> Versions { get; private set; } = [];

    public RuleSet? Latest { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Versions = await repository.ListAsync(ActiveRules.RuleSetId, ct);
        Latest = Versions.Any(v => v.Status == RuleSetStatus.Published) ? await rules.GetLatestAsync(ct) : null;
    }
}
