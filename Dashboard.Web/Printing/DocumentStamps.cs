using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Printing;

/// <summary>Builds the <see cref="DocumentStamp"/> of a period (the city) or of one unit's rating in it.</summary>
public sealed class DocumentStamps(RatingsQueries ratings, RescoreNotices notices, DemoStatus demo, TimeProvider clock)
{
    /// <summary>The city's stamp: the rule set versions of the period's ratings and the data snapshot of its last rescore.</summary>
    public async Task<DocumentStamp> ForPeriodAsync(Period period, CancellationToken ct)
    {
        var rated = await ratings.ForPeriodAsync(period, ct);
        var versions = rated.Values.Select(r => r.RuleSetVersion).Distinct().Order().ToList();
        var rescore = await notices.FindAsync(period, ct);
        return new DocumentStamp(period, versions, rescore?.DataSnapshotId, await demo.IsPresentAsync(ct), clock.GetUtcNow());
    }

    /// <summary>A unit's stamp: the version and data snapshot its own rating was computed with.</summary>
    public async Task<DocumentStamp> ForScorecardAsync(ScorecardQueries.Scorecard card, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(card);
        var period = card.Period;
        if (card.Snapshot is not { } snapshot)
        {
            return new DocumentStamp(period, [], null, await demo.IsPresentAsync(ct), clock.GetUtcNow());
        }

        return new DocumentStamp(period, [snapshot.RuleSetVersion], snapshot.DataSnapshotId, await demo.IsPresentAsync(ct), clock.GetUtcNow());
    }
}
