using System.Reflection;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// Recomputes ratings for periods and stores them as snapshots pinned to the rule-set version and hash, the data
/// snapshot id and the application version. A period is rated as at its last day, so a rating never depends on
/// when it was computed. A commune whose result did not change keeps its snapshot (no duplicate rows).
/// Rescoring never stops silently: each period's run is recorded (PeriodRescore), one unit that cannot be rated or
/// stored is recorded and skipped while the others are stored, and a period that fails as a whole is recorded
/// before the next period is tried; the job then fails so that Hangfire retries it.
/// </summary>
public sealed partial class Rescorer(
    ActiveRules rules,
    IndicatorRepository indicators,
    CommuneRepository communes,
    RatingSnapshotRepository snapshots,
    PeriodRescoreRepository status,
    AuditLogRepository audit,
    TimeProvider clock,
    Actions.ActionVerifier verifier,
    ILogger<Rescorer> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static string AppVersion { get; } =
        typeof(Rescorer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>
    /// Rescores each period that has a rule set in force; returns how many snapshots were written. Throws a
    /// <see cref="RescoreFailedException"/> after trying every period if any period failed as a whole (a period
    /// where only some units failed is recorded as partial and does not fail the job: a retry would fail them again).
    /// </summary>
    /// <param name="onlyChanged">
    /// Rate again only the communes with a value stored or revised since the period's last successful rescore under
    /// the same rule-set version (each one's values as before, read for it alone); the others' stored ratings are still
    /// right, because a commune's rating depends on its own values only. Falls back to every commune when the last
    /// rescore failed, was partial, used another version or is unknown. What an import asks for: its rescore reads a
    /// few communes' values instead of the city's (docs/benchmarks.md, "Upload to colour").
    /// </param>
    public async Task<int> RescoreAsync(IReadOnlyList<Period> periods, CancellationToken ct, IProgress<(int Done, int Total)>? progress = null, bool onlyChanged = false)
    {
        ArgumentNullException.ThrowIfNull(periods);
        // One rescore at a time in this process (the jobs, the demo data, an admin's request): two runs of one period
        // would compare against the same stored ratings and both store the change.
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await RescoreInOrderAsync(periods, onlyChanged, progress, ct).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> RescoreInOrderAsync(IReadOnlyList<Period> periods, bool onlyChanged, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var directory = await CommuneDirectory.LoadAsync(communes, ct).ConfigureAwait(false);
        var written = 0;
        var failed = new List<Period>();
        var ordered = periods.Distinct().Order().ToList();
        // A period re-scored only because a correction of an earlier one may change its published colours (stability
        // rules): the corrected period it follows, by period. Appended to the queue in order as the change propagates.
        var republish = new Dictionary<Period, Republication>();
        var done = 0;
        for (var at = 0; at < ordered.Count; at++)
        {
            var period = ordered[at];
            progress?.Report((done++, ordered.Count));
            try
            {
                var republication = republish.GetValueOrDefault(period);
                var (stored, outcome, next) = await RescorePeriodAsync(period, directory, republication, onlyChanged, ct).ConfigureAwait(false);
                written += stored;
                if (outcome == PeriodRescoreStatus.Failed)
                {
                    failed.Add(period);
                }

                if (next is not null && !ordered.Contains(next.Period))
                {
                    ordered.Insert(InsertionPoint(ordered, next.Period), next.Period);
                    republish[next.Period] = next;
                }
            }
            catch (Exception exception)
            {
                // Recorded even when cancelled (a server shutting down): the period then reads "failed" until the
                // retry, never "running" for ever. CancellationToken.None: the token given is the one that fired.
                await FinishAsync(period, PeriodRescoreStatus.Failed, null, null, 0, [], Describe(exception), CancellationToken.None).ConfigureAwait(false);
                if (exception is OperationCanceledException)
                {
                    // A stop, not a fault: no stack trace in the error log. The job runs again (IngestStartup, Hangfire).
                    LogPeriodInterrupted(period);
                    throw;
                }

                LogPeriodFailed(exception, period);
                failed.Add(period);
            }
        }

        progress?.Report((ordered.Count, ordered.Count));

        // New colours may be the data an action was waiting for (or show its criterion retired).
        await verifier.VerifyAsync(ct).ConfigureAwait(false);
        return failed.Count == 0 ? written : throw new RescoreFailedException(failed);
    }

    private async Task<(int Stored, string Outcome, Republication? Next)> RescorePeriodAsync(
        Period period, CommuneDirectory directory, Republication? republication, bool onlyChanged, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var last = await status.FindAsync(period, ct).ConfigureAwait(false);
        var startedAt = clock.GetUtcNow();
        await status.StartAsync(period, startedAt, ct).ConfigureAwait(false);
        var active = await rules.FindForPeriodAsync(period, ct).ConfigureAwait(false);
        if (active is null)
        {
            LogNoRules(period);
            await FinishAsync(period, PeriodRescoreStatus.NoRules, null, null, 0, [], null, ct).ConfigureAwait(false);
            return (0, PeriodRescoreStatus.NoRules, null);
        }

        var (version, ruleSet) = active.Value;
        var dataSnapshotId = await indicators.GetDataSnapshotIdAsync(ct).ConfigureAwait(false);
        var from = period.AddMonths(-ruleSet.LookBack);
        // A re-publication (colours of later periods after an earlier one changed) rates every commune.
        IReadOnlyList<string>? only = onlyChanged && republication is null && last is { Status: PeriodRescoreStatus.Succeeded, DataSnapshotId: { } since, RuleSetVersion: { } lastVersion }
            && lastVersion == version.Version && since <= dataSnapshotId
            ? await indicators.ListCommunesChangedAsync(since, dataSnapshotId, from, period, ct).ConfigureAwait(false)
            : null;
        var failures = new List<RescoreFailure>();
        var earlier = ruleSet.HasStability ? await LoadEarlierAsync(ruleSet, period, ct).ConfigureAwait(false) : null;
        var inputs = await LoadInputsAsync(ruleSet, directory, period, dataSnapshotId, only, ct).ConfigureAwait(false);
        var read = clock.GetTimestamp();
        var scores = ScoreEach(ruleSet, inputs, period, failures, earlier);
        var previous = (await snapshots.ListLatestSummariesForPeriodAsync(period, ct).ConfigureAwait(false)).ToDictionary(s => s.CommuneCode);
        var now = clock.GetUtcNow();
        var changed = scores
            .Select(score => (Score: score, Json: ScoreJson.Serialize(score)))
            .Where(x => !(previous.TryGetValue(x.Score.CommuneCode, out var old) && old.RuleSetSha256 == version.Sha256 && old.ResultSha256 == Sha256Hex.Of(x.Json)))
            // Re-published after a correction of an earlier period: only where the published colours change, the rest keep
            // their rating (and the earlier colours pinned in it, with which it still reproduces).
            .Where(x => republication is null || PublishedColoursChanged(previous.GetValueOrDefault(x.Score.CommuneCode), x.Score))
            .Select(x => ToSnapshot(x.Score, x.Json, version.Sha256, dataSnapshotId, now, republication?.After))
            .ToList();
        var ratedAt = clock.GetTimestamp();
        var stored = await SaveAsync(changed, failures, ct).ConfigureAwait(false);
        var outcome = failures.Count == 0 ? PeriodRescoreStatus.Succeeded
            : failures.Count == inputs.Count ? PeriodRescoreStatus.Failed
            : PeriodRescoreStatus.Partial;
        await FinishAsync(period, outcome, dataSnapshotId, version.Version, stored, failures, failures.FirstOrDefault()?.Error, ct).ConfigureAwait(false);
        LogRescored(period, stored, dataSnapshotId, failures.Count);
        LogTimings(period, (startedAt - (last?.RequestedAt ?? startedAt)).TotalMilliseconds, inputs.Count, only is null ? "all" : "changed",
            clock.GetElapsedTime(started, read).TotalMilliseconds,
            clock.GetElapsedTime(read, ratedAt).TotalMilliseconds, clock.GetElapsedTime(ratedAt).TotalMilliseconds);
        if (republication is not null && stored > 0)
        {
            await AuditRepublishedAsync(period, republication.After, changed.Select(c => c.CommuneCode).ToList(), ct).ConfigureAwait(false);
        }

        var next = ruleSet.HasStability ? await NextToRepublishAsync(period, ruleSet, stored > 0, republication, ct).ConfigureAwait(false) : null;
        return (stored, outcome, next);
    }

    /// <summary>
    /// Scores every commune for a period from the data as it was at a data snapshot id. Stores nothing. Every unit, not
    /// only those in force: a stored rating may predate a recorded re-organisation and must still reproduce (a unit's
    /// rating depends on its own values only).
    /// </summary>
    /// <param name="pinnedPopulations">
    /// Populations to use instead of today's reference data, by commune (null = the unit had none): the reproducer passes
    /// the one pinned in the stored rating, so that a later population update does not change a past colour.
    /// </param>
    public async Task<IReadOnlyList<CommuneScore>> ScoreAsync(
        RuleSet ruleSet, CommuneDirectory directory, Period period, long dataSnapshotId, CancellationToken ct,
        IReadOnlyDictionary<string, ReferencePopulation?>? pinnedPopulations = null, IReadOnlyDictionary<string, EarlierColours>? pinnedEarlier = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var inputs = await LoadInputsAsync(ruleSet, directory, period, dataSnapshotId, null, ct, inForceOnly: false).ConfigureAwait(false);
        if (pinnedPopulations is not null)
        {
            inputs = inputs.Select(i => pinnedPopulations.TryGetValue(i.CommuneCode, out var pinned) ? i with { Population = pinned } : i).ToList();
        }

        return pinnedEarlier is null
            ? Scorer.ScoreAll(ruleSet, inputs, period, period.LastDay)
            : inputs.Select(i => Scorer.Score(ruleSet, i, period, period.LastDay, pinnedEarlier.GetValueOrDefault(i.CommuneCode))).ToList();
    }

    /// <param name="only">Some communes only (their values alone are read); null for every commune.</param>
    /// <param name="inForceOnly">Only the units in force in the period (what a rescore stores); false: every unit.</param>
    private async Task<List<CommuneInput>> LoadInputsAsync(
        RuleSet ruleSet, CommuneDirectory directory, Period period, long dataSnapshotId, IReadOnlyList<string>? only, CancellationToken ct, bool inForceOnly = true)
    {
        ArgumentNullException.ThrowIfNull(directory);
        // Far enough back for every criterion: N periods for carryForward, 36 for a held state (holdState), 11 more for
        // a year-to-date or rolling-12 sum (RuleSet.LookBack; rule sets without one load what they always did).
        var from = period.AddMonths(-ruleSet.LookBack);
        if (only is null)
        {
            return CommuneInputs.Build(directory, await indicators.ListValuesAsOfAsync(from, period, dataSnapshotId, ct).ConfigureAwait(false), inForceOnly ? period : null);
        }

        // Only the units in force in the period are rated: a later re-organisation never adds or removes a past period's units.
        var codes = only.Where(directory.CodesInForce(period).Contains).ToHashSet(StringComparer.Ordinal);
        var values = await indicators.ListValuesAsOfAsync(from, period, dataSnapshotId, codes, ct).ConfigureAwait(false);
        return CommuneInputs.Build(directory, values, period).Where(i => codes.Contains(i.CommuneCode)).ToList();
    }

    /// <summary>Scores each commune on its own, so a commune the engine cannot rate is recorded instead of stopping the rest.</summary>
    private List<CommuneScore> ScoreEach(
        RuleSet ruleSet, List<CommuneInput> inputs, Period period, List<RescoreFailure> failures, IReadOnlyDictionary<string, EarlierColours>? earlier)
    {
        var scores = new List<CommuneScore>(inputs.Count);
        foreach (var input in inputs)
        {
            try
            {
                scores.Add(Scorer.Score(ruleSet, input, period, period.LastDay, earlier is null ? null : earlier.GetValueOrDefault(input.CommuneCode) ?? EarlierColours.None));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogUnitFailed(exception, input.CommuneCode, period);
                failures.Add(new RescoreFailure(input.CommuneCode, Describe(exception)));
            }
        }

        return scores;
    }

    /// <summary>
    /// Stores the period's new snapshots in one transaction; if that fails, one unit at a time, so one unit the store
    /// refuses costs only its own new colour. Returns how many were stored.
    /// </summary>
    private async Task<int> SaveAsync(List<NewRatingSnapshot> changed, List<RescoreFailure> failures, CancellationToken ct)
    {
        if (changed.Count == 0)
        {
            return 0;
        }

        try
        {
            await snapshots.SaveAsync(changed, ct).ConfigureAwait(false);
            return changed.Count;
        }
        catch (Exception batchError) when (batchError is not OperationCanceledException)
        {
            LogBatchFailed(batchError, changed[0].Period);
        }

        var stored = 0;
        foreach (var snapshot in changed)
        {
            try
            {
                await snapshots.SaveAsync(snapshot, ct).ConfigureAwait(false);
                stored++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogUnitFailed(exception, snapshot.CommuneCode, snapshot.Period);
                failures.Add(new RescoreFailure(snapshot.CommuneCode, Describe(exception)));
            }
        }

        return stored;
    }

    private Task FinishAsync(
        Period period, string outcome, long? dataSnapshotId, int? ruleSetVersion, int written, IReadOnlyList<RescoreFailure> failures, string? error, CancellationToken ct) =>
        status.FinishAsync(new PeriodRescoreCompletion
        {
            Period = period,
            Status = outcome,
            FinishedAt = clock.GetUtcNow(),
            DataSnapshotId = dataSnapshotId,
            RuleSetVersion = ruleSetVersion,
            WrittenCount = written,
            Failures = failures,
            Error = error,
        }, ct);

    /// <summary>What an admin reads: the kind of error and its message (storage errors name the constraint).</summary>
    private static string Describe(Exception exception) => exception.GetType().Name + ": " + exception.Message;

    private static NewRatingSnapshot ToSnapshot(CommuneScore score, string json, string ruleSetSha256, long dataSnapshotId, DateTimeOffset now, Period? republishedAfter) => new()
    {
        CommuneCode = score.CommuneCode,
        Period = score.Period,
        RuleSetId = score.RuleSetId,
        RuleSetVersion = score.RuleSetVersion,
        // The stored version's hash is over its exact text; the engine's is over the canonical form. Pin the stored one:
        // it is the key to reload that very version.
        RuleSetSha256 = ruleSetSha256,
        DataSnapshotId = dataSnapshotId,
        AppVersion = AppVersion,
        Overall = RatingColours.Of(score.Overall),
        Score = score.Score,
        ResultJson = json,
        ComputedAt = now,
        Criteria = score.Criteria.Select(c => new RatingSnapshotCriterion
        {
            CriterionCode = c.Code,
            Rating = RatingColours.Of(c.Outcome, c.Rating),
            Value = c.Value?.Percent ?? c.Value?.Reported.Number,
        }).ToList(),
        Stability = score.Stability is not { } stability ? null : new RatingStabilityRow
        {
            RawOverall = RatingColours.Of(stability.RawOverall),
            HeldCount = score.Criteria.Count(c => c.Stability?.Decision == StabilityDecision.Held),
            RepublishedAfter = republishedAfter,
        },
    };
}
