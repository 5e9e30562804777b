using System.Globalization;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// The labelled demo data: loaded on first start of an empty embedded database (source "demo", with its own
/// ingest run), shown as demo wherever it appears, and removable in one admin action.
/// </summary>
public sealed class DemoData(
    IndicatorRepository indicators,
    IngestRunRepository runs,
    CommuneRepository communes,
    RatingSnapshotRepository snapshots,
    ActiveRules rules,
    Rescorer rescorer,
    RunLeases leases,
    TimeProvider clock)
{
    public async Task<bool> IsPresentAsync(CancellationToken ct) =>
        await indicators.CountForSourceAsync(DemoDataGenerator.Source, ct).ConfigureAwait(false) > 0;

    /// <summary>Loads demo data from July 2025 to the current month, only into a database that has no values at all.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct)
    {
        if (!await IsEmptyAsync(ct).ConfigureAwait(false))
        {
            return false;
        }

        await SeedAsync(null, ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Whether the database holds no indicator value at all (the only kind the demo data is loaded into).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken ct) =>
        await indicators.CountAllAsync(ct).ConfigureAwait(false) == 0;

    /// <summary>The months the demo data covers: July 2025 to the current month (Vietnam time).</summary>
    public IReadOnlyList<string> Months() =>
        First.Through(Period.Of(VietnamTime.Today(clock))).Select(p => p.ToString()).ToList();

    private static Period First => new(2025, 7);

    /// <summary>
    /// Generates and stores the demo values, then rates the months one by one, oldest first, telling
    /// <paramref name="preparation"/> after each. A month that cannot be rated is recorded (PeriodRescore) and the
    /// others are still rated; the failure is thrown at the end, as a rescore job does.
    /// </summary>
    internal async Task SeedAsync(DemoPreparation? preparation, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var first = First;
        var last = Period.Of(VietnamTime.Today(clock));
        var ruleSet = await rules.GetLatestAsync(ct).ConfigureAwait(false);
        var units = await communes.ListAsync(ct).ConfigureAwait(false);
        var readings = DemoDataGenerator.Generate(ruleSet, units, first, last, asOf: VietnamTime.Today(clock)).ToList();
        var runId = await runs.StartAsync(new NewIngestRun
        {
            Source = DemoDataGenerator.Source,
            FileName = null,
            Sha256 = Sha256Hex.Of(string.Create(CultureInfo.InvariantCulture, $"demo:{DemoDataGenerator.DefaultSeed}:{first}:{last}:{ruleSet.Sha256}")),
            TriggeredBy = "first start",
            StartedAt = now,
            LeaseExpiresAt = leases.FirstExpiry(now),
        }, ct).ConfigureAwait(false);
        await using (leases.Hold(runId))
        {
            await indicators.UpsertAsync(readings, runId, now, ct).ConfigureAwait(false);
            await runs.CompleteAsync(runId, new IngestRunCompletion
            {
                Status = IngestRunStatus.Succeeded,
                FinishedAt = clock.GetUtcNow(),
                ImportedCount = readings.Count,
                Message = "Dữ liệu minh họa (sinh tự động) / Demo data (generated)",
            }, ct).ConfigureAwait(false);
        }

        var periods = first.Through(last).ToList();
        var failed = new List<Period>();
        for (var i = 0; i < periods.Count; i++)
        {
            try
            {
                await rescorer.RescoreAsync([periods[i]], ct).ConfigureAwait(false);
            }
            catch (RescoreFailedException exception)
            {
                failed.AddRange(exception.Periods);
            }

            if (preparation is not null)
            {
                await preparation.MonthRatedAsync(i + 1, ct).ConfigureAwait(false);
            }
        }

        if (failed.Count > 0)
        {
            throw new RescoreFailedException(failed);
        }
    }

    /// <summary>Removes every demo value and the ratings computed from them, then rescores those periods from what is left.</summary>
    public async Task<int> RemoveAsync(CancellationToken ct)
    {
        var periods = await indicators.ListPeriodsForSourceAsync(DemoDataGenerator.Source, ct).ConfigureAwait(false);
        var removed = await indicators.DeleteSourceAsync(DemoDataGenerator.Source, ct).ConfigureAwait(false);
        await snapshots.DeleteForPeriodsAsync(periods, ct).ConfigureAwait(false);
        await rescorer.RescoreAsync(periods, ct).ConfigureAwait(false);
        return removed;
    }
}
