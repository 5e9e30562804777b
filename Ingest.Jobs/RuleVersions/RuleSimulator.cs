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
public sealed class RuleSimulator(ActiveRules active, IndicatorRepository indicators, CommuneRepository communes)
{
    public async Task<IReadOnlyList<WhatIfPeriod>> SimulateAsync(RuleSet candidate, IReadOnlyList<string> periods, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(periods);
        var directory = await CommuneDirectory.LoadAsync(communes, ct).ConfigureAwait(false);
        var snapshot = await indicators.GetDataSnapshotIdAsync(ct).ConfigureAwait(false);
        var results = new List<WhatIfPeriod>();
        foreach (var text in periods.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var period = Period.Parse(text);
            var current = (await active.FindForPeriodAsync(text, ct).ConfigureAwait(false))?.Rules ?? candidate;
            // Far enough back for every criterion: N periods for carryForward, 36 for a held state (holdState), 11 more
            // for a year-to-date or rolling-12 sum (RuleSet.LookBack).
            // A stability rule is simulated as a series from a warm-up before the period (StableSeries.WarmUpPeriods).
            var carry = Math.Max(current.LookBack, candidate.LookBack)
                + (current.HasStability || candidate.HasStability ? StableSeries.WarmUpPeriods : 0);
            var values = await indicators.ListValuesAsOfAsync(period.AddMonths(-carry).ToString(), text, snapshot, ct).ConfigureAwait(false);
            results.AddRange(WhatIf.Compare(current, candidate, CommuneInputs.Build(directory, values), [period]));
        }

        return results;
    }
}
