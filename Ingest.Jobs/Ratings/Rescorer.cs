using System.Reflection;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// Recomputes ratings for periods and stores them as snapshots pinned to the rule-set version and hash, the data
/// snapshot id and the application version. A period is rated as at its last day, so a rating never depends on
/// when it was computed. A commune whose result did not change keeps its snapshot (no duplicate rows).
/// </summary>
public sealed partial class Rescorer(
    ActiveRules rules,
    IndicatorRepository indicators,
    CommuneRepository communes,
    RatingSnapshotRepository snapshots,
    TimeProvider clock,
    ILogger<Rescorer> logger)
{
    public static string AppVersion { get; } =
        typeof(Rescorer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Rescores each period that has a rule set in force; returns how many snapshots were written.</summary>
    public async Task<int> RescoreAsync(IReadOnlyList<string> periods, CancellationToken ct, IProgress<(int Done, int Total)>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var directory = await CommuneDirectory.LoadAsync(communes, ct).ConfigureAwait(false);
        var written = 0;
        var ordered = periods.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var done = 0;
        foreach (var period in ordered)
        {
            progress?.Report((done++, ordered.Count));
            var active = await rules.FindForPeriodAsync(period, ct).ConfigureAwait(false);
            if (active is null)
            {
                LogNoRules(period);
                continue;
            }

            var (version, ruleSet) = active.Value;
            var dataSnapshotId = await indicators.GetDataSnapshotIdAsync(ct).ConfigureAwait(false);
            var scores = await ScoreAsync(ruleSet, directory, period, dataSnapshotId, ct).ConfigureAwait(false);
            var previous = (await snapshots.ListLatestSummariesForPeriodAsync(period, ct).ConfigureAwait(false)).ToDictionary(s => s.CommuneCode);
            var now = clock.GetUtcNow();
            var changed = scores
                .Select(score => (Score: score, Json: ScoreJson.Serialize(score)))
                .Where(x => !(previous.TryGetValue(x.Score.CommuneCode, out var old) && old.RuleSetSha256 == version.Sha256 && old.ResultSha256 == Sha256Hex.Of(x.Json)))
                .Select(x => ToSnapshot(x.Score, x.Json, version.Sha256, dataSnapshotId, now))
                .ToList();
            if (changed.Count > 0)
            {
                await snapshots.SaveAsync(changed, ct).ConfigureAwait(false);
            }

            written += changed.Count;
            LogRescored(period, changed.Count, dataSnapshotId);
        }

        progress?.Report((ordered.Count, ordered.Count));
        return written;
    }

    /// <summary>Scores every commune for a period from the data as it was at a data snapshot id. Stores nothing.</summary>
    public async Task<IReadOnlyList<CommuneScore>> ScoreAsync(RuleSet ruleSet, CommuneDirectory directory, string period, long dataSnapshotId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(directory);
        var rated = Period.Parse(period);
        var carry = ruleSet.Criteria.Max(c => c.Missing.Periods);
        var values = await indicators.ListValuesAsOfAsync(rated.AddMonths(-carry).ToString(), period, dataSnapshotId, ct).ConfigureAwait(false);
        return Scorer.ScoreAll(ruleSet, CommuneInputs.Build(directory, values), rated, rated.LastDay);
    }

    private static NewRatingSnapshot ToSnapshot(CommuneScore score, string json, string ruleSetSha256, long dataSnapshotId, DateTimeOffset now) => new()
    {
        CommuneCode = score.CommuneCode,
        Period = score.Period.ToString(),
        RuleSetId = score.RuleSetId,
        RuleSetVersion = score.RuleSetVersion,
        // The stored version's hash is over its exact text; the engine's is over the canonical form. Pin the stored one:
        // it is the key to reload that very version.
        RuleSetSha256 = ruleSetSha256,
        DataSnapshotId = dataSnapshotId,
        AppVersion = AppVersion,
        Overall = RatingColour.Of(score.Overall),
        Score = score.Score,
        ResultJson = json,
        ComputedAt = now,
        Criteria = score.Criteria.Select(c => new RatingSnapshotCriterion
        {
            CriterionCode = c.Code,
            Rating = RatingColour.Of(c.Outcome, c.Rating),
            Value = c.Value?.Percent ?? c.Value?.Reported.Number,
        }).ToList(),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "No published rule set is in force for {Period}; not rescored")]
    private partial void LogNoRules(string period);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rescored {Period}: {Changed} snapshots written at data snapshot {DataSnapshotId}")]
    private partial void LogRescored(string period, int changed, long dataSnapshotId);
}
