using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.RuleVersions;

/// <summary>
/// What-if: rates the stored data of chosen periods with a candidate rule set next to the rules in force for each
/// period. Stores nothing and publishes nothing.
/// </summary>
/// <remarks>
/// The values of every chosen period (with their look-back) are read in one query and kept for the data snapshot
/// they were read at, so the form editor's live what-if, which asks again at every change of a value, rates from
/// memory until an import or correction moves the snapshot on. Each period then sees exactly the values its own
/// query would have returned: those of its look-back window, as of the snapshot.
/// </remarks>
public sealed class RuleSimulator(ActiveRules active, IndicatorRepository indicators, CommuneRepository communes)
{
    private readonly Lock _gate = new();
    private Loaded? _loaded;

    /// <summary>The engine's inputs for a period range, as of a data snapshot, every value in it per commune.</summary>
    private sealed record Loaded(long Snapshot, Period From, Period To, IReadOnlyList<CommuneInput> Inputs);

    public async Task<IReadOnlyList<WhatIfPeriod>> SimulateAsync(RuleSet candidate, IReadOnlyList<string> periods, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(periods);
        var chosen = periods.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(Period.Parse).ToList();
        if (chosen.Count == 0)
        {
            return [];
        }

        var plans = new List<(Period Period, RuleSet Current, int Carry)>();
        foreach (var period in chosen)
        {
            var current = (await active.FindForPeriodAsync(period.ToString(), ct).ConfigureAwait(false))?.Rules ?? candidate;
            // Far enough back for every criterion: N periods for carryForward, 36 for a held state (holdState), 11 more
            // for a year-to-date or rolling-12 sum (RuleSet.LookBack).
            // A stability rule is simulated as a series from a warm-up before the period (StableSeries.WarmUpPeriods).
            var carry = Math.Max(current.LookBack, candidate.LookBack)
                + (current.HasStability || candidate.HasStability ? StableSeries.WarmUpPeriods : 0);
            plans.Add((period, current, carry));
        }

        var loaded = await LoadAsync(plans.Min(p => p.Period.AddMonths(-p.Carry)), chosen[^1], ct).ConfigureAwait(false);
        var results = new List<WhatIfPeriod>();
        foreach (var (period, current, carry) in plans)
        {
            var from = period.AddMonths(-carry);
            var inputs = loaded.Inputs
                .Select(c => c with { Values = [.. c.Values.Where(v => v.Period >= from && v.Period <= period)] })
                .ToList();
            results.AddRange(WhatIf.Compare(current, candidate, inputs, [period]));
        }

        return results;
    }

    private async Task<Loaded> LoadAsync(Period from, Period to, CancellationToken ct)
    {
        var snapshot = await indicators.GetDataSnapshotIdAsync(ct).ConfigureAwait(false);
        lock (_gate)
        {
            if (_loaded is { } cached && cached.Snapshot == snapshot && cached.From <= from && cached.To >= to)
            {
                return cached;
            }
        }

        var directory = await CommuneDirectory.LoadAsync(communes, ct).ConfigureAwait(false);
        var values = await indicators.ListValuesAsOfAsync(from.ToString(), to.ToString(), snapshot, ct).ConfigureAwait(false);
        var loaded = new Loaded(snapshot, from, to, CommuneInputs.Build(directory, values));
        lock (_gate)
        {
            _loaded = loaded;
        }

        return loaded;
    }
}
