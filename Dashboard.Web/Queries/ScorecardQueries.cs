using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// "Why are we yellow?": one commune's stored explanation for a period (the engine's CommuneScore from the
/// snapshot), where each value came from, the units it was merged from and each criterion's history.
/// </summary>
public sealed class ScorecardQueries(
    RatingsQueries ratings,
    CommuneRepository communes,
    RatingSnapshotRepository snapshots,
    IndicatorRepository indicators,
    ActiveRules rules,
    PageCache cache)
{
    /// <summary>How many periods the per-criterion trends show.</summary>
    public const int HistoryPeriods = 12;

    public sealed record Scorecard(
        Commune Commune,
        Period? Period,
        RatingSnapshot? Snapshot,
        CommuneScore? Score,
        IReadOnlyDictionary<(string Indicator, Period Period), IndicatorValueRow> Sources)
    {
        /// <summary>The overall colour, "no data" while the unit has no rating for the period.</summary>
        public RatingColour OverallColour => Snapshot?.Overall ?? RatingColour.NoData;
    }

    /// <summary>One criterion's colour and value in one period (value: percent for ratios, the number for counts).</summary>
    /// <param name="Threshold">The cuts that applied to this unit in that period (rule set, override and validity in force then).</param>
    public sealed record HistoryPoint(Period Period, RatingColour Rating, decimal? Value, Threshold? Threshold = null);

    /// <summary>The scorecard, or null when the commune code is unknown. A known commune not yet rated has no Score.</summary>
    public async Task<Scorecard?> GetAsync(string code, Period? requestedPeriod, CancellationToken ct)
    {
        // From the cached reference list rather than a query per request (it was a tenth of the page's time).
        var commune = (await ratings.ListCommunesAsync(ct)).FirstOrDefault(c => c.Code == code);
        if (commune is null)
        {
            return null;
        }

        var period = await ResolvePeriodAsync(commune, requestedPeriod, ct);
        if (period is not { } at || !commune.IsInForce(at))
        {
            // Not in force then (ended, or not yet started): no rating, even one stored before the change was recorded.
            return new Scorecard(commune, period, null, null, new Dictionary<(string, Period), IndicatorValueRow>());
        }

        // The stored explanation is some 40 KB of JSON: read and parsed once while the period's ratings stay cached.
        return await ratings.DerivedAsync($"scorecard:{code}:{period}", fillCt => BuildAsync(commune, at, fillCt), ct);
    }

    /// <summary>The requested period if any, else the newest rated period the unit was in force (an ended unit opens on its last).</summary>
    private async Task<Period?> ResolvePeriodAsync(Commune commune, Period? requested, CancellationToken ct) =>
        requested
            ?? (await ratings.ListPeriodsAsync(ct)).Where(commune.IsInForce).Select(p => (Period?)p).FirstOrDefault()
            ?? await ratings.ResolvePeriodAsync(null, ct);

    private async Task<Scorecard> BuildAsync(Commune commune, Period at, CancellationToken ct)
    {
        var code = commune.Code;
        var snapshot = await snapshots.FindLatestAsync(code, at, ct);
        var score = snapshot is null ? null : ScoreJson.Deserialize(snapshot.ResultJson);
        var values = await indicators.ListForCommuneAsync(code, at.AddMonths(-6), at, ct);
        var sources = values.GroupBy(v => (v.IndicatorCode, v.Period))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.UpdatedAt).First());
        return new Scorecard(commune, at, snapshot, score, sources);
    }

    /// <summary>
    /// Each criterion's colour and value over the newest periods up to <paramref name="period"/>, oldest first. One
    /// query for the colours and values; the cuts come from the rule set each rating names (parsed once per hash),
    /// worked out for the unit's type and the period as the rating did, instead of from 12 explanations of 40 KB.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<HistoryPoint>>> HistoryAsync(string code, Period period, CancellationToken ct)
    {
        var periods = (await ratings.ListPeriodsAsync(ct)).Where(p => p <= period).Take(HistoryPeriods).ToList();
        var rows = await snapshots.ListCriterionHistoryAsync(code, periods, ct);
        var unitType = CommuneDirectory.ToUnitType((await ratings.ListCommunesAsync(ct)).FirstOrDefault(c => c.Code == code)?.Type ?? "");
        var points = new Dictionary<string, List<HistoryPoint>>(StringComparer.Ordinal);
        foreach (var rated in rows.GroupBy(r => r.Period))
        {
            var first = rated.First();
            var thresholds = await ThresholdsAsync(code, first, unitType, ct);
            foreach (var criterion in rated)
            {
                if (!points.TryGetValue(criterion.CriterionCode, out var list))
                {
                    points[criterion.CriterionCode] = list = [];
                }

                list.Add(new HistoryPoint(criterion.Period, criterion.Rating, criterion.Value, thresholds(criterion.CriterionCode)));
            }
        }

        return points.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<HistoryPoint>)kv.Value, StringComparer.Ordinal);
    }

    /// <summary>The cut per criterion code that applied in one rated period; from the stored explanation only when its rule set is gone.</summary>
    private async Task<Func<string, Threshold?>> ThresholdsAsync(string code, CriterionHistoryRow rated, UnitType unitType, CancellationToken ct)
    {
        if (await rules.FindRatedWithAsync(rated.RuleSetId, rated.RuleSetVersion, rated.RuleSetSha256, ct) is { } ruleSet)
        {
            var byCode = ruleSet.Criteria.ToDictionary(c => c.Code, c => c.ThresholdFor(unitType, rated.Period).Threshold, StringComparer.Ordinal);
            return c => byCode.GetValueOrDefault(c);
        }

        var snapshot = await snapshots.FindLatestAsync(code, rated.Period, ct);
        var applied = snapshot is null ? null : ScoreJson.Deserialize(snapshot.ResultJson).Criteria.ToDictionary(c => c.Code, c => c.Threshold.Threshold, StringComparer.Ordinal);
        return c => applied?.GetValueOrDefault(c);
    }

    /// <summary>The units this one was merged from: reference data, loaded at start-up, so cached like the communes.</summary>
    public Task<IReadOnlyList<MergerMapping>> FormerUnitsAsync(string code, CancellationToken ct) =>
        cache.GetOrCreateAsync("former-units:" + code, fillCt => communes.ListFormerUnitsAsync(code, fillCt), ct);

    /// <summary>The units this one was formed from, or that succeeded it, in a re-organisation after 2025.</summary>
    public async Task<UnitLineage> LineageAsync(string code, CancellationToken ct)
    {
        var changes = await cache.GetOrCreateAsync("unit-changes", communes.ListUnitChangesAsync, ct);
        return changes.Count == 0 ? UnitLineage.None : UnitLineage.Of(code, changes, await ratings.ListCommunesAsync(ct));
    }

    /// <summary>The stored value a criterion was rated on (its source and when it arrived), if any.</summary>
    public static IndicatorValueRow? SourceOf(Scorecard card, CriterionResult result) =>
        result.Value is { } value && card.Sources.TryGetValue((value.Reported.IndicatorCode, value.Period), out var stored) ? stored : null;

}
