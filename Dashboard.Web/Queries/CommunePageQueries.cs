using DashboardKpi.Dashboard.Web.Charts;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// The commune page ("why are we yellow?"): the scorecard of a period, and what the full page adds to it: the trend
/// charts, the units merged into this one (or, after 2025, formed from it or succeeding it) and its standing in the city and its peer group.
/// </summary>
public sealed class CommunePageQueries(
    ScorecardQueries queries, RatingsQueries ratings, CommuneTrends trends, CommuneStanding.Query standing, ScorecardExport export, Caching.PageCache cache, Ui ui)
{
    /// <summary>What the full page shows beside the scorecard.</summary>
    public sealed record Extras(
        IReadOnlyDictionary<string, CommuneTrends.CriterionTrend> Trends, IReadOnlyList<MergerMapping> FormerUnits, CommuneStanding Standing, UnitLineage Lineage)
    {
        public static readonly Extras None = new(new Dictionary<string, CommuneTrends.CriterionTrend>(), [], CommuneStanding.None, UnitLineage.None);

        /// <summary>The data-version stamp read before these were: markup made from them can be kept under it (the trend figures).</summary>
        public long Stamp { get; init; }
    }

    /// <summary>The rated periods and the scorecard; a null card (no such unit or no rating) comes with the 404 message.</summary>
    public async Task<(ScorecardQueries.Scorecard? Card, IReadOnlyList<Scoring.Engine.Model.Period> Periods, string? NotFoundMessage)> FindAsync(string code, Scoring.Engine.Model.Period? period, CancellationToken ct)
    {
        var periods = await ratings.ListPeriodsAsync(ct);
        var card = await queries.GetAsync(code, period, ct);
        return (card, periods, card is null ? ui.Format("NotFound.Commune", code) : null);
    }

    public async Task<Extras> ExtrasAsync(string code, ScorecardQueries.Scorecard card, CancellationToken ct)
    {
        var stamp = await cache.StampAsync(ct);
        return new(await TrendsAsync(code, card, ct), await queries.FormerUnitsAsync(code, ct), await standing.GetAsync(card, ct), await queries.LineageAsync(code, ct))
        {
            Stamp = stamp,
        };
    }

    /// <summary>One criterion's trend chart; null when the criterion has none.</summary>
    public async Task<CommuneTrends.CriterionTrend?> TrendAsync(string code, ScorecardQueries.Scorecard card, string? criterion, CancellationToken ct) =>
        criterion is not null && (await TrendsAsync(code, card, ct)).TryGetValue(criterion, out var trend) ? trend : null;

    public Task<FileStreamResult> ExportAsync(string code, ScorecardQueries.Scorecard card, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(card);
        return XlsxFile.CreateAsync($"bang-diem-{code}-{card.Period}.xlsx", stream => export.WriteAsync(card, ui, stream, ct));
    }

    private async Task<IReadOnlyDictionary<string, CommuneTrends.CriterionTrend>> TrendsAsync(string code, ScorecardQueries.Scorecard card, CancellationToken ct) =>
        card is { Period: { } p, Score: { } score, Snapshot: { } snapshot } ? await trends.GetAsync(code, p, snapshot.Id, score, ui, ct) : Extras.None.Trends;
}
