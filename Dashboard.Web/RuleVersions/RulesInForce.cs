using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>The current month in the city's time zone and the published version that rates it: what a draft is compared with.</summary>
public sealed class RulesInForce(ActiveRules rules, TimeProvider clock)
{
    public Period CurrentMonth => Period.Of(VietnamTime.Today(clock));

    public async Task<(RuleSetVersion Version, RuleSet Rules)?> FindAsync(CancellationToken ct) =>
        await rules.FindForPeriodAsync(CurrentMonth, ct);
}
