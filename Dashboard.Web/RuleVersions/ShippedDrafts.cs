using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>Drafts that came with a software update and wait for an admin, with the links to review them (the notice on /Rules).</summary>
public sealed class ShippedDrafts(ShippedRuleFileRepository shipped, WhatIfQueries whatIf)
{
    /// <summary>A shipped draft with the links to review it: the diff against the version in force and the what-if over stored periods.</summary>
    public sealed record Draft(int Version, string DiffLink, string SimulateLink);

    public async Task<IReadOnlyList<Draft>> ListAsync(IReadOnlyList<RuleSetVersion> versions, RuleSetVersion? inForce, CancellationToken ct)
    {
        var rated = await whatIf.ListRatedPeriodsAsync(ct);
        return (await shipped.ListPendingDraftsAsync(ActiveRules.RuleSetId, ct))
            .Select(number => versions.FirstOrDefault(v => v.Version == number))
            .OfType<RuleSetVersion>()
            .Select(draft => new Draft(
                draft.Version,
                $"/Rules/Version/{draft.Version}" + (inForce is { } f ? $"?against={f.Version}" : "") + "#diff-heading",
                SimulateLink(draft, rated)))
            .ToList();
    }

    /// <summary>The what-if over the stored periods the draft would re-rate (from its effective-from; the latest ones when there are more than a simulation takes).</summary>
    private static string SimulateLink(RuleSetVersion draft, IReadOnlyList<Period> rated)
    {
        var periods = rated.Where(p => p >= draft.EffectiveFrom).Order().TakeLast(WhatIfQueries.MaxPeriods).ToList();
        if (periods.Count == 0)
        {
            periods = rated.Order().TakeLast(WhatIfQueries.DefaultPeriodCount).ToList();
        }

        return $"/Rules/Simulate/{draft.Version}?run=true" + string.Concat(periods.Select(p => "&periods=" + p));
    }
}
